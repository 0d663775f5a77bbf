<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Workroom</source>
        <translation>Über Workroom</translation>
    </message>
    <message>
        <source>Product name and version</source>
        <translation>Produktname und Version</translation>
    </message>
    <message>
        <source>The virtual workroom for municipal casework: cases and case files, PDF forms, electronic signatures, civil-register queries and the shared document-management system.</source>
        <translation>Das virtuelle Arbeitszimmer für die kommunale Sachbearbeitung: Vorgänge und Fallakten, PDF-Formulare, elektronische Signaturen, Melderegisterauskünfte und das gemeinsame Dokumentenmanagementsystem.</translation>
    </message>
    <message>
        <source>&amp;Components in use:</source>
        <translation>&amp;Verwendete Komponenten:</translation>
    </message>
    <message>
        <source>Components in use</source>
        <translation>Verwendete Komponenten</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Neuer Vorgang</translation>
    </message>
    <message>
        <source>Reference number:</source>
        <translation>Aktenzeichen:</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>&amp;File-plan code:</source>
        <translation>Aktenplan&amp;kennzeichen:</translation>
    </message>
    <message>
        <source>File-plan code</source>
        <translation>Aktenplankennzeichen</translation>
    </message>
    <message>
        <source>e.g. 32.10</source>
        <translation>z. B. 32.10</translation>
    </message>
    <message>
        <source>The code of the file plan (Aktenplan) the case is filed under: digits in dot-separated groups.</source>
        <translation>Das Kennzeichen im Aktenplan, unter dem der Vorgang abgelegt wird: Ziffern in Gruppen, durch Punkte getrennt.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>&amp;No.:</source>
        <translation>&amp;Lfd. Nr.:</translation>
    </message>
    <message>
        <source>Running number</source>
        <translation>Laufende Nummer</translation>
    </message>
    <message>
        <source>next free</source>
        <translation>nächste freie</translation>
    </message>
    <message>
        <source>The running number within the file-plan code and year. Leave at &quot;next free&quot; unless the case already has a number on paper.</source>
        <translation>Die laufende Nummer innerhalb von Aktenplankennzeichen und Jahr. Lassen Sie „nächste freie“ stehen, es sei denn, der Vorgang hat auf Papier bereits eine Nummer.</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>Bearbeitun&amp;g:</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <source>user name of the clerk in charge</source>
        <translation>Benutzername der zuständigen Sachbearbeitung</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <source>The case has a deadline</source>
        <translation>Der Vorgang hat eine Frist</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>&amp;Resubmission:</source>
        <translation>&amp;Wiedervorlage:</translation>
    </message>
    <message>
        <source>The case has a resubmission date</source>
        <translation>Der Vorgang hat eine Wiedervorlage</translation>
    </message>
    <message>
        <source>Resubmission date</source>
        <translation>Wiedervorlagedatum</translation>
    </message>
    <message>
        <source>The day the case comes back onto your desk (Wiedervorlage).</source>
        <translation>Der Tag, an dem der Vorgang wieder auf Ihrem Schreibtisch liegt.</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Schlagwör&amp;ter:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>separated by commas, e.g. urgent, documents missing</source>
        <translation>durch Kommas getrennt, z. B. eilig, Unterlagen fehlen</translation>
    </message>
    <message>
        <source>&amp;First party</source>
        <translation>&amp;Erste/r Beteiligte/r</translation>
    </message>
    <message>
        <source>First party of the case</source>
        <translation>Erste/r Beteiligte/r des Vorgangs</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Problem with the input</source>
        <translation>Problem mit der Eingabe</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>Add party</source>
        <translation>Beteiligte hinzufügen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Problem with the input</source>
        <translation>Problem mit der Eingabe</translation>
    </message>
</context>
<context>
    <name>PartyEditor</name>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>The party is a person</source>
        <translation>Beteiligte/r ist eine Person</translation>
    </message>
    <message>
        <source>C&amp;ompany or organisation</source>
        <translation>&amp;Unternehmen oder Organisation</translation>
    </message>
    <message>
        <source>The party is a company or organisation</source>
        <translation>Beteiligte/r ist ein Unternehmen oder eine Organisation</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Role in the case</source>
        <translation>Rolle im Vorgang</translation>
    </message>
    <message>
        <source>What the party is in this case; choose one or type your own.</source>
        <translation>Welche Rolle die oder der Beteiligte in diesem Vorgang hat; wählen Sie eine aus oder geben Sie eine eigene ein.</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Name of the company or organisation</source>
        <translation>Name des Unternehmens oder der Organisation</translation>
    </message>
    <message>
        <source>&amp;Street and number:</source>
        <translation>&amp;Straße und Hausnummer:</translation>
    </message>
    <message>
        <source>Street and house number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>Postal code and &amp;city:</source>
        <translation>PLZ und &amp;Ort:</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workroom cannot start</source>
        <translation>Workroom kann nicht starten</translation>
    </message>
</context>
<context>
    <name>workroom::app::ComponentVersions</name>
    <message>
        <source> (built with %1)</source>
        <translation> (erstellt mit %1)</translation>
    </message>
    <message>
        <source>no provider offers CMS signatures</source>
        <translation>kein Anbieter bietet CMS-Signaturen</translation>
    </message>
    <message>
        <source>provider %1</source>
        <translation>Anbieter %1</translation>
    </message>
    <message>
        <source>%1 with FTS5</source>
        <translation>%1 mit FTS5</translation>
    </message>
    <message>
        <source>%1 without FTS5</source>
        <translation>%1 ohne FTS5</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
</context>
<context>
    <name>workroom::app::Localization</name>
    <message>
        <source>Unsupported language &quot;%1&quot;: choose de or en.</source>
        <translation>Nicht unterstützte Sprache „%1“: Wählen Sie de oder en.</translation>
    </message>
</context>
<context>
    <name>workroom::app::Profile</name>
    <message>
        <source>No data directory is known for this user.</source>
        <translation>Für diese Benutzerin oder diesen Benutzer ist kein Datenverzeichnis bekannt.</translation>
    </message>
    <message>
        <source>The data directory %1 is a file, not a directory.</source>
        <translation>Das Datenverzeichnis %1 ist eine Datei, kein Verzeichnis.</translation>
    </message>
    <message>
        <source>The data directory %1 cannot be created.</source>
        <translation>Das Datenverzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The data directory %1 is not writable: %2</source>
        <translation>In das Datenverzeichnis %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>workroom::casework::FormService</name>
    <message>
        <source>The form mapping has no &quot;fields&quot; object.</source>
        <translation>Die Formularzuordnung enthält kein Objekt „fields“.</translation>
    </message>
    <message>
        <source>The form mapping gives no text for the field &quot;%1&quot;.</source>
        <translation>Die Formularzuordnung gibt für das Feld „%1“ keinen Text an.</translation>
    </message>
    <message>
        <source>The form mapping %1 cannot be read: %2</source>
        <translation>Die Formularzuordnung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The form mapping %1 is not a JSON object: %2</source>
        <translation>Die Formularzuordnung %1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>There is no sample form %1.</source>
        <translation>Es gibt kein Beispielformular %1.</translation>
    </message>
    <message>
        <source>The form mapping names the unknown case data &quot;%1&quot;.</source>
        <translation>Die Formularzuordnung nennt die unbekannten Vorgangsdaten „%1“.</translation>
    </message>
    <message>
        <source>There is no document %1 in this case.</source>
        <translation>In diesem Vorgang gibt es kein Dokument %1.</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; is an XFA form, which Workroom cannot fill.</source>
        <translation>Das Dokument „%1“ ist ein XFA-Formular, das Workroom nicht ausfüllen kann.</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; has no form fields.</source>
        <translation>Das Dokument „%1“ hat keine Formularfelder.</translation>
    </message>
    <message>
        <source>Readers cannot fill forms in this workroom.</source>
        <translation>Mit Lesezugriff können Sie in diesem Arbeitszimmer keine Formulare ausfüllen.</translation>
    </message>
    <message>
        <source>No temporary folder for the filled form.</source>
        <translation>Kein temporärer Ordner für das ausgefüllte Formular.</translation>
    </message>
    <message>
        <source>storing the filled form</source>
        <translation>Speichern des ausgefüllten Formulars</translation>
    </message>
</context>
<context>
    <name>workroom::casework::RegisterExtract</name>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <source>Doctoral degree</source>
        <translation>Doktorgrad</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Geburtsname</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Geburtsort</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>Staatsangehörigkeiten</translation>
    </message>
    <message>
        <source>Current address</source>
        <translation>Derzeitige Anschrift</translation>
    </message>
    <message>
        <source>Moved in on</source>
        <translation>Eingezogen am</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Verstorben</translation>
    </message>
    <message>
        <source>yes, on %1</source>
        <translation>ja, am %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Previous addresses (newest first):</source>
        <translation>Frühere Anschriften (neueste zuerst):</translation>
    </message>
    <message>
        <source> (%1 to %2)</source>
        <translation> (%1 bis %2)</translation>
    </message>
    <message>
        <source>, born %1</source>
        <translation>, geboren am %1</translation>
    </message>
    <message>
        <source>, formerly %1</source>
        <translation>, früher %1</translation>
    </message>
    <message>
        <source>Register extract %1</source>
        <translation>Registerauszug %1</translation>
    </message>
    <message>
        <source>Register extract (Melderegisterauskunft)</source>
        <translation>Registerauszug (Melderegisterauskunft)</translation>
    </message>
    <message>
        <source>Kind of query</source>
        <translation>Art der Auskunft</translation>
    </message>
    <message>
        <source>Authority query (Behördenauskunft)</source>
        <translation>Behördenauskunft</translation>
    </message>
    <message>
        <source>Simple query (einfache Melderegisterauskunft)</source>
        <translation>Einfache Melderegisterauskunft</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Date of the query</source>
        <translation>Datum der Anfrage</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Aktenzeichen des Vorgangs</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>not stated (simple query)</source>
        <translation>nicht angegeben (einfache Melderegisterauskunft)</translation>
    </message>
    <message>
        <source>Queried by</source>
        <translation>Angefragt von</translation>
    </message>
    <message>
        <source>Answer id of the register</source>
        <translation>Antwort-ID des Registers</translation>
    </message>
    <message>
        <source>Searched for (as entered)</source>
        <translation>Gesucht nach (wie eingegeben)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>More than one person matches the search data; the register gives no data. Refine the search (for example with a previous address).</source>
        <translation>Mehr als eine Person passt zu den Suchdaten; das Register gibt keine Daten heraus. Grenzen Sie die Suche ein (zum Beispiel mit einer früheren Anschrift).</translation>
    </message>
    <message>
        <source>Nobody in the register matches the search data.</source>
        <translation>Niemand im Register passt zu den Suchdaten.</translation>
    </message>
    <message>
        <source>No information may be given.</source>
        <translation>Es darf keine Auskunft erteilt werden.</translation>
    </message>
    <message>
        <source>Created by Workroom from the register&apos;s answer. The query is recorded in the query log.</source>
        <translation>Von Workroom aus der Antwort des Registers erstellt. Die Anfrage ist im Anfrageprotokoll verzeichnet.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>filing the register extract</source>
        <translation>Ablegen des Registerauszugs</translation>
    </message>
</context>
<context>
    <name>workroom::ctl::Commands</name>
    <message>
        <source>There is no workroom yet: create one with &apos;workroom create&apos;.</source>
        <translation>Es gibt noch kein Arbeitszimmer: Legen Sie eines mit &apos;workroom create&apos; an.</translation>
    </message>
    <message>
        <source>There are several workrooms: name one with --workroom.</source>
        <translation>Es gibt mehrere Arbeitszimmer: Nennen Sie eines mit --workroom.</translation>
    </message>
    <message>
        <source>There is no workroom &quot;%1&quot;.</source>
        <translation>Es gibt kein Arbeitszimmer „%1“.</translation>
    </message>
    <message>
        <source>There is no case &quot;%1&quot;.</source>
        <translation>Es gibt keinen Vorgang „%1“.</translation>
    </message>
    <message>
        <source>The reference number %1 exists in several workrooms: name one with --workroom.</source>
        <translation>Das Aktenzeichen %1 gibt es in mehreren Arbeitszimmern: Nennen Sie eines mit --workroom.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>&apos;workroom create&apos; takes one name.</source>
        <translation>&apos;workroom create&apos; erwartet genau einen Namen.</translation>
    </message>
    <message>
        <source>Created the workroom &quot;%1&quot; (id %2).</source>
        <translation>Arbeitszimmer „%1“ angelegt (ID %2).</translation>
    </message>
    <message>
        <source>&apos;workroom&apos; takes list or create.</source>
        <translation>&apos;workroom&apos; erwartet list oder create.</translation>
    </message>
    <message>
        <source>The demo workroom &quot;%1&quot; is ready (id %2).</source>
        <translation>Das Demo-Arbeitszimmer „%1“ ist bereit (ID %2).</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use clerk, team_leader or reader.</source>
        <translation>Unbekannte Rolle „%1“: Verwenden Sie clerk, team_leader oder reader.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date; use YYYY-MM-DD or DD.MM.YYYY.</source>
        <translation>„%1“ ist kein gültiges Datum; verwenden Sie JJJJ-MM-TT oder TT.MM.JJJJ.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>Unbekannter Status „%1“.</translation>
    </message>
    <message>
        <source>Unknown --due &quot;%1&quot;: use overdue, week, none or myday.</source>
        <translation>Unbekanntes --due „%1“: Verwenden Sie overdue, week, none oder myday.</translation>
    </message>
    <message>
        <source>&apos;case create&apos; needs --plan and --subject.</source>
        <translation>&apos;case create&apos; braucht --plan und --subject.</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Antragsteller/in</translation>
    </message>
    <message>
        <source>Created case %1: %2</source>
        <translation>Vorgang %1 angelegt: %2</translation>
    </message>
    <message>
        <source>&apos;case %1&apos; needs a reference number.</source>
        <translation>&apos;case %1&apos; braucht ein Aktenzeichen.</translation>
    </message>
    <message>
        <source>The case could not be read completely.</source>
        <translation>Der Vorgang konnte nicht vollständig gelesen werden.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>Bearbeitung: %1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Frist: %1</translation>
    </message>
    <message>
        <source>Resubmission: %1</source>
        <translation>Wiedervorlage: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Party: %1 (%2), %3, %4 %5</source>
        <translation>Beteiligte/r: %1 (%2), %3, %4 %5</translation>
    </message>
    <message>
        <source>Document: %1 v%2, %3, %4 bytes, SHA-256 %5</source>
        <translation>Dokument: %1 V%2, %3, %4 Bytes, SHA-256 %5</translation>
    </message>
    <message>
        <source>Note by %1: %2</source>
        <translation>Notiz von %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>History: %n entries</source>
        <translation>
            <numerusform>Verlauf: %n Eintrag</numerusform>
            <numerusform>Verlauf: %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved case %1.</source>
        <translation>Vorgang %1 gespeichert.</translation>
    </message>
    <message>
        <source>Case %1 is now &quot;%2&quot;.</source>
        <translation>Vorgang %1 ist jetzt „%2“.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Notiz hinzugefügt.</translation>
    </message>
    <message>
        <source>Unknown &apos;case&apos; command &quot;%1&quot;.</source>
        <translation>Unbekannter &apos;case&apos;-Befehl „%1“.</translation>
    </message>
    <message>
        <source>&apos;doc&apos; takes add REF FILE... or list REF.</source>
        <translation>&apos;doc&apos; erwartet add AZ DATEI... oder list AZ.</translation>
    </message>
    <message>
        <source>&apos;doc add&apos; needs at least one file or folder.</source>
        <translation>&apos;doc add&apos; braucht mindestens eine Datei oder einen Ordner.</translation>
    </message>
    <message>
        <source>Unknown document kind &quot;%1&quot;.</source>
        <translation>Unbekannte Dokumentart „%1“.</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>&apos;search&apos; needs words to look for.</source>
        <translation>&apos;search&apos; braucht Suchbegriffe.</translation>
    </message>
    <message>
        <source>&apos;export&apos; takes a reference number and a destination.</source>
        <translation>&apos;export&apos; erwartet ein Aktenzeichen und ein Ziel.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>&apos;audit&apos; takes verify.</source>
        <translation>&apos;audit&apos; erwartet verify.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact (%n entries).</source>
        <translation>
            <numerusform>Das Protokoll ist unversehrt (%n Eintrag).</numerusform>
            <numerusform>Das Protokoll ist unversehrt (%n Einträge).</numerusform>
        </translation>
    </message>
    <message>
        <source>The workroom store is consistent.</source>
        <translation>Der Datenbestand des Arbeitszimmers ist konsistent.</translation>
    </message>
    <message>
        <source>Removed %1 unused documents (%2 bytes) and %3 temporary files.</source>
        <translation>%1 nicht mehr verwendete Dokumente (%2 Bytes) und %3 temporäre Dateien entfernt.</translation>
    </message>
</context>
<context>
    <name>workroom::ctl::DmsCommands</name>
    <message>
        <source>With dms link: a PEM file of extra CA certificates.</source>
        <translation>Mit dms link: eine PEM-Datei mit zusätzlichen CA-Zertifikaten.</translation>
    </message>
    <message>
        <source>No DMS password: set WORKROOM_DMS_PASSWORD or store it in the keychain (%1)</source>
        <translation>Kein DMS-Kennwort: Setzen Sie WORKROOM_DMS_PASSWORD oder speichern Sie es im Schlüsselbund (%1)</translation>
    </message>
    <message>
        <source>Usage: dms link URL --user NAME [--ca FILE]</source>
        <translation>Aufruf: dms link URL --user NAME [--ca FILE]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https address.</source>
        <translation>„%1“ ist keine http- oder https-Adresse.</translation>
    </message>
    <message>
        <source>No certificate could be read from %1.</source>
        <translation>Aus %1 konnte kein Zertifikat gelesen werden.</translation>
    </message>
    <message>
        <source>The DMS link is fixed by IT in the system settings.</source>
        <translation>Die DMS-Verbindung ist von der IT in den Systemeinstellungen fest vorgegeben.</translation>
    </message>
    <message>
        <source>Linked to %1 as %2.</source>
        <translation>Mit %1 als %2 verbunden.</translation>
    </message>
    <message>
        <source>No DMS is linked: use &apos;dms link URL --user NAME&apos; first.</source>
        <translation>Es ist kein DMS verbunden: Verwenden Sie zuerst &apos;dms link URL --user NAME&apos;.</translation>
    </message>
    <message>
        <source>Uploaded %1 files, wrote %2 cases, took over %3 cases, downloaded %4 files, %5 new conflicts.</source>
        <translation>%1 Dateien hochgeladen, %2 Vorgänge geschrieben, %3 Vorgänge übernommen, %4 Dateien heruntergeladen, %5 neue Konflikte.</translation>
    </message>
    <message>
        <source>No DMS is linked.</source>
        <translation>Es ist kein DMS verbunden.</translation>
    </message>
    <message>
        <source>Uploads: %1 pending, %2 failed, %3 done.</source>
        <translation>Uploads: %1 ausstehend, %2 fehlgeschlagen, %3 erledigt.</translation>
    </message>
    <message>
        <source>Conflict in %1, %2: &quot;%3&quot; here, &quot;%4&quot; on the DMS.</source>
        <translation>Konflikt in %1, %2: hier „%3“, auf dem DMS „%4“.</translation>
    </message>
    <message>
        <source>With dms resolve: keep the value from here (local) or from the DMS (remote).</source>
        <translation>Mit dms resolve: den Wert von hier (local) oder vom DMS (remote) behalten.</translation>
    </message>
    <message>
        <source>With dms resolve: the value to keep (tags separated by commas).</source>
        <translation>Mit dms resolve: der zu behaltende Wert (Schlagwörter durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Unknown dms command &quot;%1&quot;; use link, sync, status or resolve.</source>
        <translation>Unbekannter dms-Befehl „%1“; verwenden Sie link, sync, status oder resolve.</translation>
    </message>
    <message>
        <source>Recent activity:</source>
        <translation>Letzte Aktivitäten:</translation>
    </message>
    <message>
        <source>Name the workroom with --workroom.</source>
        <translation>Nennen Sie das Arbeitszimmer mit --workroom.</translation>
    </message>
    <message>
        <source>Usage: dms resolve REF FIELD (--take local|remote | --value TEXT)</source>
        <translation>Aufruf: dms resolve REF FIELD (--take local|remote | --value TEXT)</translation>
    </message>
    <message>
        <source>No open conflict in %1, field %2.</source>
        <translation>Kein offener Konflikt in %1, Feld %2.</translation>
    </message>
    <message>
        <source>Resolved %1 in %2; the next sync tells the other computers.</source>
        <translation>Konflikt bei %1 in %2 gelöst; die nächste Synchronisierung teilt dies den anderen Computern mit.</translation>
    </message>
</context>
<context>
    <name>workroom::ctl::FormCommands</name>
    <message>
        <source>Unknown form command &quot;%1&quot;.</source>
        <translation>Unbekannter form-Befehl „%1“.</translation>
    </message>
    <message>
        <source>The case %1 has no document &quot;%2&quot;.</source>
        <translation>Der Vorgang %1 hat kein Dokument „%2“.</translation>
    </message>
    <message>
        <source>Several documents are called &quot;%1&quot;: name one by its id.</source>
        <translation>Mehrere Dokumente heißen „%1“: Nennen Sie eines über seine ID.</translation>
    </message>
    <message>
        <source>%1 is an XFA form, which Workroom cannot fill.</source>
        <translation>%1 ist ein XFA-Formular, das Workroom nicht ausfüllen kann.</translation>
    </message>
    <message>
        <source>form fields takes one FILE or case reference.</source>
        <translation>form fields erwartet eine FILE oder ein Aktenzeichen.</translation>
    </message>
    <message>
        <source>The document has no form fields.</source>
        <translation>Das Dokument hat keine Formularfelder.</translation>
    </message>
    <message>
        <source>form export takes one FILE or case reference.</source>
        <translation>form export erwartet eine FILE oder ein Aktenzeichen.</translation>
    </message>
    <message>
        <source>form fill takes one FILE or case reference.</source>
        <translation>form fill erwartet eine FILE oder ein Aktenzeichen.</translation>
    </message>
    <message>
        <source>form fill FILE needs --values and --out.</source>
        <translation>form fill FILE braucht --values und --out.</translation>
    </message>
    <message>
        <source>form fill REF --doc needs --from-case, --values or both.</source>
        <translation>form fill REF --doc braucht --from-case, --values oder beides.</translation>
    </message>
    <message>
        <source>--from-case needs a stored form: REF --doc DOCUMENT.</source>
        <translation>--from-case braucht ein gespeichertes Formular: REF --doc DOCUMENT.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use clerk, team_leader or reader.</source>
        <translation>Unbekannte Rolle „%1“: Verwenden Sie clerk, team_leader oder reader.</translation>
    </message>
    <message>
        <source>The values file %1 cannot be read: %2</source>
        <translation>Die Wertedatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The values file %1 is not a JSON object: %2</source>
        <translation>Die Wertedatei %1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>There is no mapping for the form %1: give one with --mapping.</source>
        <translation>Für das Formular %1 gibt es keine Zuordnung: Geben Sie eine mit --mapping an.</translation>
    </message>
    <message>
        <source>Filled form written to %1.</source>
        <translation>Ausgefülltes Formular nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Stored the filled form as version %1 of document %2.</source>
        <translation>Das ausgefüllte Formular wurde als Version %1 des Dokuments %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>workroom::ctl::NoticeCommands</name>
    <message>
        <source>&apos;notice&apos; takes &apos;templates&apos; or &apos;render&apos;.</source>
        <translation>&apos;notice&apos; erwartet &apos;templates&apos; oder &apos;render&apos;.</translation>
    </message>
    <message>
        <source>&apos;notice render&apos; takes one case (reference number or id).</source>
        <translation>&apos;notice render&apos; erwartet einen Vorgang (Aktenzeichen oder ID).</translation>
    </message>
    <message>
        <source>Name the template with --template ID (&apos;notice templates&apos; lists them).</source>
        <translation>Nennen Sie die Vorlage mit --template ID (&apos;notice templates&apos; listet sie auf).</translation>
    </message>
    <message>
        <source>Say where the notice goes: --out FILE.pdf, --file-in-case or both.</source>
        <translation>Geben Sie an, wohin der Bescheid soll: --out FILE.pdf, --file-in-case oder beides.</translation>
    </message>
    <message>
        <source>Readers cannot add notices to cases.</source>
        <translation>Mit Lesezugriff können Sie Vorgängen keine Bescheide hinzufügen.</translation>
    </message>
    <message>
        <source>There is no notice template &quot;%1&quot; (&apos;notice templates&apos; lists them).</source>
        <translation>Es gibt keine Bescheidvorlage „%1“ (&apos;notice templates&apos; listet sie auf).</translation>
    </message>
    <message>
        <source>unknown placeholder {{%1}} on line %2</source>
        <translation>unbekannter Platzhalter {{%1}} in Zeile %2</translation>
    </message>
    <message>
        <source>These values of the notice are empty: %1. Configure them in the [noticeValues] settings or add them to the case; --allow-missing prints anyway.</source>
        <translation>Diese Werte des Bescheids sind leer: %1. Legen Sie sie in den Einstellungen unter [noticeValues] fest oder ergänzen Sie sie im Vorgang; mit --allow-missing wird trotzdem gedruckt.</translation>
    </message>
    <message>
        <source>warning: empty values in the notice: %1</source>
        <translation>Warnung: leere Werte im Bescheid: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Notice &quot;%1&quot; for %2 written to %3.</source>
        <translation>Bescheid „%1“ für %2 nach %3 geschrieben.</translation>
    </message>
    <message>
        <source>Notice &quot;%1&quot; filed in %2 as %3.</source>
        <translation>Bescheid „%1“ in %2 als %3 abgelegt.</translation>
    </message>
</context>
<context>
    <name>workroom::ctl::RegisterCommands</name>
    <message>
        <source>The register address in the settings (register/serviceUrl) is not a URL: %1</source>
        <translation>Die Registeradresse in den Einstellungen (register/serviceUrl) ist keine URL: %1</translation>
    </message>
    <message>
        <source>The CA certificate file of the register (%1) cannot be read.</source>
        <translation>Die CA-Zertifikatsdatei des Registers (%1) kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No register command given.</source>
        <translation>Kein register-Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown register command &quot;%1&quot;.</source>
        <translation>Unbekannter register-Befehl „%1“.</translation>
    </message>
    <message>
        <source>The register cannot be reached; the query was queued as number %1. Send it later with &apos;register queue send %1&apos;.</source>
        <translation>Das Register ist nicht erreichbar; die Anfrage wurde unter der Nummer %1 in die Warteschlange gestellt. Senden Sie sie später mit &apos;register queue send %1&apos;.</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Verstorben</translation>
    </message>
    <message>
        <source>Birth name: %1</source>
        <translation>Geburtsname: %1</translation>
    </message>
    <message>
        <source>Born: %1 in %2</source>
        <translation>Geboren: %1 in %2</translation>
    </message>
    <message>
        <source>Previously: %1 (%2 – %3)</source>
        <translation>Früher: %1 (%2 – %3)</translation>
    </message>
    <message>
        <source>Answer id: %1</source>
        <translation>Antwort-ID: %1</translation>
    </message>
    <message>
        <source>No bulk command given.</source>
        <translation>Kein bulk-Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown bulk command &quot;%1&quot;.</source>
        <translation>Unbekannter bulk-Befehl „%1“.</translation>
    </message>
    <message>
        <source>Give one CSV file.</source>
        <translation>Geben Sie eine CSV-Datei an.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The CSV file has errors; nothing was sent.</source>
        <translation>Die CSV-Datei enthält Fehler; es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>The CSV file has %n error(s); nothing was sent.</source>
        <translation>
            <numerusform>Die CSV-Datei enthält %n Fehler; es wurde nichts gesendet.</numerusform>
            <numerusform>Die CSV-Datei enthält %n Fehler; es wurde nichts gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Job %1 submitted to %2: %n row(s). The results can be fetched until %3.</source>
        <translation>
            <numerusform>Auftrag %1 an %2 übermittelt: %n Zeile. Die Ergebnisse können bis %3 abgerufen werden.</numerusform>
            <numerusform>Auftrag %1 an %2 übermittelt: %n Zeilen. Die Ergebnisse können bis %3 abgerufen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give one job id.</source>
        <translation>Geben Sie eine Auftrags-ID an.</translation>
    </message>
    <message>
        <source>Job %1: %2, %3 of %4 rows. Results until %5.</source>
        <translation>Auftrag %1: %2, %3 von %4 Zeilen. Ergebnisse bis %5.</translation>
    </message>
    <message>
        <source>Say where to write the results with --out FILE.csv.</source>
        <translation>Geben Sie mit --out FILE.csv an, wohin die Ergebnisse geschrieben werden sollen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 rows written to %2: %3 found, %4 not unique, %5 not found, %6 blocked.</source>
        <translation>%1 Zeilen nach %2 geschrieben: %3 gefunden, %4 nicht eindeutig, %5 nicht gefunden, %6 gesperrt.</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>needs --confirm</source>
        <translation>braucht --confirm</translation>
    </message>
    <message>
        <source>Give the number of a queued query.</source>
        <translation>Geben Sie die Nummer einer Anfrage in der Warteschlange an.</translation>
    </message>
    <message>
        <source>Unknown queue command &quot;%1&quot;.</source>
        <translation>Unbekannter queue-Befehl „%1“.</translation>
    </message>
</context>
<context>
    <name>workroom::ctl::SigningCommands</name>
    <message>
        <source>Wrong passphrase. Passphrase for %1: </source>
        <translation>Falsche Passphrase. Passphrase für %1: </translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Passphrase für %1: </translation>
    </message>
    <message>
        <source>No signing command given.</source>
        <translation>Kein Signaturbefehl angegeben.</translation>
    </message>
    <message>
        <source>sign takes one file and --identity NAME.</source>
        <translation>sign erwartet eine Datei und --identity NAME.</translation>
    </message>
    <message>
        <source>The role of a signature is signed, co_signed or final, not &quot;%1&quot;.</source>
        <translation>Die Rolle einer Signatur ist signed, co_signed oder final, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 exists already; signatures are never overwritten. Choose another file with --out.</source>
        <translation>%1 existiert bereits; Signaturen werden nie überschrieben. Wählen Sie mit --out eine andere Datei.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Signed %1 as %2 (%3): %4</source>
        <translation>%1 signiert als %2 (%3): %4</translation>
    </message>
    <message>
        <source>verify takes one file (and --signature for a detached signature).</source>
        <translation>verify erwartet eine Datei (und --signature für eine abgesetzte Signatur).</translation>
    </message>
    <message>
        <source>%1 exists already; choose another file with --out.</source>
        <translation>%1 existiert bereits; wählen Sie mit --out eine andere Datei.</translation>
    </message>
    <message>
        <source>Signer: %1</source>
        <translation>Unterzeichner: %1</translation>
    </message>
    <message>
        <source>Content written to %1</source>
        <translation>Inhalt geschrieben nach %1</translation>
    </message>
    <message>
        <source>Identity:    %1 (key held by %2)</source>
        <translation>Identität:   %1 (Schlüssel bei %2)</translation>
    </message>
    <message>
        <source>Subject:     %1</source>
        <translation>Inhaber:     %1</translation>
    </message>
    <message>
        <source>Issuer:      %1</source>
        <translation>Aussteller:  %1</translation>
    </message>
    <message>
        <source>Serial:      %1</source>
        <translation>Seriennr.:   %1</translation>
    </message>
    <message>
        <source>Valid:       %1 to %2 (UTC)</source>
        <translation>Gültig:      %1 bis %2 (UTC)</translation>
    </message>
    <message>
        <source>Key usage:   %1</source>
        <translation>Verwendung:  %1</translation>
    </message>
    <message>
        <source>any (no keyUsage extension)</source>
        <translation>beliebig (keine keyUsage-Erweiterung)</translation>
    </message>
    <message>
        <source>Extended:    %1</source>
        <translation>Erweitert:   %1</translation>
    </message>
    <message>
        <source>Public key:  %1</source>
        <translation>Schlüssel:   %1</translation>
    </message>
    <message>
        <source>SHA-256:     %1</source>
        <translation>SHA-256:     %1</translation>
    </message>
    <message>
        <source>SHA-1:       %1</source>
        <translation>SHA-1:       %1</translation>
    </message>
    <message>
        <source>Issued by:   %1</source>
        <translation>Ausgestellt von: %1</translation>
    </message>
    <message>
        <source>Warning: the certificate is not valid now.</source>
        <translation>Warnung: Das Zertifikat ist derzeit nicht gültig.</translation>
    </message>
    <message numerus="yes">
        <source>Warning: the certificate expires in %n day(s).</source>
        <translation>
            <numerusform>Warnung: Das Zertifikat läuft in %n Tag ab.</numerusform>
            <numerusform>Warnung: Das Zertifikat läuft in %n Tagen ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the certificate does not allow signing.</source>
        <translation>Warnung: Das Zertifikat erlaubt keine Signatur.</translation>
    </message>
    <message>
        <source>expires soon</source>
        <translation>läuft bald ab</translation>
    </message>
    <message>
        <source>You now trust %1 (SHA-256 %2).</source>
        <translation>Sie vertrauen jetzt %1 (SHA-256 %2).</translation>
    </message>
    <message>
        <source>cert takes import FILE.p12, list, show NAME or trust FILE.pem.</source>
        <translation>cert erwartet import DATEI.p12, list, show NAME oder trust DATEI.pem.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>The reference number %1 exists in several workrooms: name one with --workroom.</source>
        <translation>Das Aktenzeichen %1 gibt es in mehreren Arbeitszimmern: Nennen Sie eines mit --workroom.</translation>
    </message>
    <message>
        <source>There is no case &quot;%1&quot;.</source>
        <translation>Es gibt keinen Vorgang „%1“.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use clerk, team_leader or reader.</source>
        <translation>Unbekannte Rolle „%1“: Verwenden Sie clerk, team_leader oder reader.</translation>
    </message>
    <message>
        <source>Warning: the revocation list %1 could not be downloaded (%2); using the copy from %3.</source>
        <translation>Warnung: Die Sperrliste %1 konnte nicht heruntergeladen werden (%2); die Kopie vom %3 wird verwendet.</translation>
    </message>
    <message>
        <source>Warning: the revocation list %1 could not be downloaded (%2), and no copy is stored: revocation cannot be checked.</source>
        <translation>Warnung: Die Sperrliste %1 konnte nicht heruntergeladen werden (%2), und es ist keine Kopie gespeichert: Der Sperrstatus kann nicht geprüft werden.</translation>
    </message>
    <message>
        <source>--doc-version takes a version number (1, 2, …).</source>
        <translation>--doc-version erwartet eine Versionsnummer (1, 2, …).</translation>
    </message>
    <message>
        <source>The case %1 has no document &quot;%2&quot;.</source>
        <translation>Der Vorgang %1 hat kein Dokument „%2“.</translation>
    </message>
    <message>
        <source>Several documents are called &quot;%1&quot;: name one by its id (%2).</source>
        <translation>Mehrere Dokumente heißen „%1“: Nennen Sie eines über seine ID (%2).</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; has no version %2.</source>
        <translation>Das Dokument „%1“ hat keine Version %2.</translation>
    </message>
    <message>
        <source>Signed version %1 of &quot;%2&quot; as %3 (%4).</source>
        <translation>Version %1 von „%2“ als %3 signiert (%4).</translation>
    </message>
    <message>
        <source>No stored signatures.</source>
        <translation>Keine gespeicherten Signaturen.</translation>
    </message>
    <message>
        <source>%1 of %2 signature(s) valid.</source>
        <translation>%1 von %2 Signatur(en) gültig.</translation>
    </message>
    <message>
        <source>%1 holds no signatures.</source>
        <translation>%1 enthält keine Signaturen.</translation>
    </message>
    <message>
        <source>   Signer: %1</source>
        <translation>   Unterzeichner/in: %1</translation>
    </message>
    <message>
        <source>   Covers the whole file.</source>
        <translation>   Umfasst die gesamte Datei.</translation>
    </message>
    <message>
        <source>   Does not cover the whole file: it was extended after signing.</source>
        <translation>   Umfasst nicht die gesamte Datei: Sie wurde nach dem Signieren erweitert.</translation>
    </message>
    <message>
        <source>A detached signature (.p7s) belongs to a stored document: name it with --doc.</source>
        <translation>Eine abgesetzte Signatur (.p7s) gehört zu einem gespeicherten Dokument: Nennen Sie es mit --doc.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Es gibt keine Datei %1.</translation>
    </message>
    <message>
        <source>Several documents are called &quot;%1&quot;: name one by its id.</source>
        <translation>Mehrere Dokumente heißen „%1“: Nennen Sie eines über seine ID.</translation>
    </message>
    <message>
        <source>Imported the signature of %1 (%2) for version %3 of &quot;%4&quot;: %5.</source>
        <translation>Signatur von %1 (%2) für Version %3 von „%4“ importiert: %5.</translation>
    </message>
</context>
<context>
    <name>workroom::dms</name>
    <message>
        <source>%1 cannot be read for upload: %2</source>
        <translation>%1 kann für das Hochladen nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The DMS sent more data for %1 than expected.</source>
        <translation>Das DMS hat für %1 mehr Daten gesendet als erwartet.</translation>
    </message>
    <message>
        <source>The DMS redirected the request for %1 to another server (%2); Workroom only follows redirects within the same server.</source>
        <translation>Das DMS hat die Anfrage für %1 an einen anderen Server umgeleitet (%2); Workroom folgt Umleitungen nur innerhalb desselben Servers.</translation>
    </message>
    <message>
        <source>The DMS redirected the request for %1 too many times.</source>
        <translation>Das DMS hat die Anfrage für %1 zu oft umgeleitet.</translation>
    </message>
    <message>
        <source>The transfer of %1 was cancelled.</source>
        <translation>Die Übertragung von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The DMS announced %1 bytes for %2 but sent %3; the transfer was discarded.</source>
        <translation>Das DMS hat %1 Bytes für %2 angekündigt, aber %3 gesendet; die Übertragung wurde verworfen.</translation>
    </message>
    <message>
        <source>%1 on the DMS does not have the expected content (SHA-256 differs); it was not kept.</source>
        <translation>%1 hat auf dem DMS nicht den erwarteten Inhalt (SHA-256 weicht ab); es wurde nicht übernommen.</translation>
    </message>
    <message>
        <source>The DMS answered the listing of %1 with HTTP status %2 instead of a multistatus.</source>
        <translation>Das DMS hat die Auflistung von %1 mit dem HTTP-Status %2 statt mit einem Multistatus beantwortet.</translation>
    </message>
    <message>
        <source>The secure connection to the DMS failed: %1</source>
        <translation>Die sichere Verbindung zum DMS ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The DMS did not answer in time for %1.</source>
        <translation>Das DMS hat für %1 nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The DMS cannot be reached: %1</source>
        <translation>Das DMS ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The connection to the DMS broke during %1: %2</source>
        <translation>Die Verbindung zum DMS ist bei %1 abgebrochen: %2</translation>
    </message>
    <message>
        <source>The request has not finished.</source>
        <translation>Die Anfrage ist noch nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>No password for the DMS is stored in the keychain.</source>
        <translation>Im Schlüsselbund ist kein Kennwort für das DMS gespeichert.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the DMS password cannot be remembered; Workroom will ask for it each time.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar, daher kann das DMS-Kennwort nicht gespeichert werden; Workroom fragt jedes Mal danach.</translation>
    </message>
    <message>
        <source>The keychain refused access to the DMS password: %1</source>
        <translation>Der Schlüsselbund hat den Zugriff auf das DMS-Kennwort verweigert: %1</translation>
    </message>
    <message>
        <source>The keychain could not be used (%1); Workroom will ask for the DMS password each time.</source>
        <translation>Der Schlüsselbund konnte nicht verwendet werden (%1); Workroom fragt jedes Mal nach dem DMS-Kennwort.</translation>
    </message>
    <message>
        <source>The DMS refused the user name or password (%1).</source>
        <translation>Das DMS hat den Benutzernamen oder das Kennwort abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The DMS does not allow this for %1 (access denied).</source>
        <translation>Das DMS erlaubt dies für %1 nicht (Zugriff verweigert).</translation>
    </message>
    <message>
        <source>%1 does not exist on the DMS.</source>
        <translation>%1 gibt es auf dem DMS nicht.</translation>
    </message>
    <message>
        <source>The DMS does not allow this operation on %1 (it may exist already or be of another kind).</source>
        <translation>Das DMS erlaubt diese Operation für %1 nicht (möglicherweise existiert es bereits oder ist von anderer Art).</translation>
    </message>
    <message>
        <source>%1 cannot be written on the DMS: its folder is missing or a file is in the way.</source>
        <translation>%1 kann auf dem DMS nicht geschrieben werden: Sein Ordner fehlt, oder eine Datei steht im Weg.</translation>
    </message>
    <message>
        <source>%1 was changed on the DMS since it was last read, or exists already; nothing was overwritten.</source>
        <translation>%1 wurde auf dem DMS seit dem letzten Lesen geändert oder existiert bereits; es wurde nichts überschrieben.</translation>
    </message>
    <message>
        <source>%1 is locked on the DMS by someone else; try again later.</source>
        <translation>%1 ist auf dem DMS von jemand anderem gesperrt; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The DMS has no space left for %1.</source>
        <translation>Auf dem DMS ist kein Platz mehr für %1.</translation>
    </message>
    <message>
        <source>The DMS failed with HTTP status %1 for %2; try again later.</source>
        <translation>Das DMS ist mit dem HTTP-Status %1 für %2 gescheitert; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The DMS answered %1 with the unexpected HTTP status %2.</source>
        <translation>Das DMS hat %1 mit dem unerwarteten HTTP-Status %2 beantwortet.</translation>
    </message>
    <message>
        <source>The DMS sent an answer to %1 that cannot be read (line %2, column %3: %4).</source>
        <translation>Das DMS hat auf %1 eine Antwort gesendet, die nicht gelesen werden kann (Zeile %2, Spalte %3: %4).</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <source>expected DAV:multistatus, found %1</source>
        <translation>DAV:multistatus erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>a response without DAV:href</source>
        <translation>eine Antwort ohne DAV:href</translation>
    </message>
    <message>
        <source>the server granted a lock without a token</source>
        <translation>der Server hat eine Sperre ohne Token gewährt</translation>
    </message>
    <message>
        <source>The local copy of %1 is missing or damaged; it was not uploaded.</source>
        <translation>Die lokale Kopie von %1 fehlt oder ist beschädigt; sie wurde nicht hochgeladen.</translation>
    </message>
    <message>
        <source>%1 exists on the DMS with other content and could not be replaced.</source>
        <translation>%1 existiert auf dem DMS mit anderem Inhalt und konnte nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>The sync journal %1 could not be used (%2): %3</source>
        <translation>Das Synchronisierungsjournal %1 konnte nicht verwendet werden (%2): %3</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>reading its version</source>
        <translation>Lesen seiner Version</translation>
    </message>
    <message>
        <source>The sync journal %1 was written by a newer Workroom; it was left untouched.</source>
        <translation>Das Synchronisierungsjournal %1 wurde von einer neueren Workroom-Version geschrieben; es wurde nicht verändert.</translation>
    </message>
    <message>
        <source>creating it</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>the workroom collection</source>
        <translation>die Sammlung des Arbeitszimmers</translation>
    </message>
    <message>
        <source>The documents of the workroom could not be read for the sync: %1</source>
        <translation>Die Dokumente des Arbeitszimmers konnten für die Synchronisierung nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 on the DMS is not readable JSON; the case was left as it is.</source>
        <translation>%1 auf dem DMS ist kein lesbares JSON; der Vorgang wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>The reference number %1 belongs to another case on the DMS; this case was not synced. Give one of the two cases a new reference number.</source>
        <translation>Das Aktenzeichen %1 gehört auf dem DMS zu einem anderen Vorgang; dieser Vorgang wurde nicht synchronisiert. Geben Sie einem der beiden Vorgänge ein neues Aktenzeichen.</translation>
    </message>
    <message>
        <source>%1 kept changing on the DMS while it was written; it is tried again on the next sync.</source>
        <translation>%1 hat sich auf dem DMS während des Schreibens ständig geändert; bei der nächsten Synchronisierung wird es erneut versucht.</translation>
    </message>
    <message>
        <source>The sync is not ready.</source>
        <translation>Die Synchronisierung ist nicht bereit.</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Synchronisierung abgebrochen.</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Das Prüfprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing from this computer&apos;s audit log; its audit is not uploaded until the log is checked.</source>
        <translation>Der Protokolleintrag %1 fehlt im Prüfprotokoll dieses Computers; das Protokoll wird erst hochgeladen, wenn es geprüft wurde.</translation>
    </message>
    <message>
        <source>The audit segment %1 on the server holds other entries than this computer&apos;s audit log; the audit of this computer is not uploaded until that is cleared up.</source>
        <translation>Das Protokollsegment %1 auf dem Server enthält andere Einträge als das Prüfprotokoll dieses Computers; das Protokoll dieses Computers wird erst hochgeladen, wenn dies geklärt ist.</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 uploaded</source>
        <translation>Protokolleinträge %1 bis %2 hochgeladen</translation>
    </message>
    <message>
        <source>it holds %1 entries instead of %2</source>
        <translation>es enthält %1 Einträge statt %2</translation>
    </message>
    <message>
        <source>line %1 is not a JSON object</source>
        <translation>Zeile %1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>line %1 has the sequence number %2 instead of %3</source>
        <translation>Zeile %1 hat die laufende Nummer %2 statt %3</translation>
    </message>
    <message>
        <source>entry %1 does not follow its predecessor</source>
        <translation>Eintrag %1 schließt nicht an seinen Vorgänger an</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>Eintrag %1 wurde nach dem Schreiben geändert</translation>
    </message>
    <message>
        <source>The cases could not be read: %1</source>
        <translation>Die Vorgänge konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The audit segment %1 of computer %2 was not imported: %3. Nothing of it was taken; that computer&apos;s later segments wait until it is cleared up.</source>
        <translation>Das Protokollsegment %1 von Computer %2 wurde nicht importiert: %3. Nichts davon wurde übernommen; die späteren Segmente dieses Computers warten, bis dies geklärt ist.</translation>
    </message>
    <message>
        <source>the entries %1 to %2 before it are missing</source>
        <translation>die Einträge %1 bis %2 davor fehlen</translation>
    </message>
    <message>
        <source>it overlaps entries imported before</source>
        <translation>es überschneidet sich mit zuvor importierten Einträgen</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries of another computer imported</source>
        <translation>
            <numerusform>%n Protokolleintrag eines anderen Computers importiert</numerusform>
            <numerusform>%n Protokolleinträge eines anderen Computers importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Case taken over from the DMS.</source>
        <translation>Vorgang aus dem DMS übernommen.</translation>
    </message>
    <message>
        <source>Changes taken over from the DMS.</source>
        <translation>Änderungen aus dem DMS übernommen.</translation>
    </message>
    <message>
        <source>Case written to the DMS.</source>
        <translation>Vorgang in das DMS geschrieben.</translation>
    </message>
    <message>
        <source>The workroom database could not be read: %1</source>
        <translation>Die Datenbank des Arbeitszimmers konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 was changed differently here and on the DMS; both values are kept until someone chooses one.</source>
        <translation>%1 wurde hier und auf dem DMS unterschiedlich geändert; beide Werte bleiben erhalten, bis jemand einen davon auswählt.</translation>
    </message>
    <message>
        <source>cases/%1/case.json on the DMS names a document version without a valid SHA-256; the case was left as it is.</source>
        <translation>cases/%1/case.json auf dem DMS nennt eine Dokumentversion ohne gültigen SHA-256-Wert; der Vorgang wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case status.</source>
        <translation>„%1“ ist kein Vorgangsstatus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Tags must be a list.</source>
        <translation>Schlagwörter müssen eine Liste sein.</translation>
    </message>
    <message>
        <source>There is no open conflict %1 in this case.</source>
        <translation>In diesem Vorgang gibt es keinen offenen Konflikt %1.</translation>
    </message>
    <message>
        <source>%1 can only be resolved by keeping the value on the DMS.</source>
        <translation>%1 kann nur gelöst werden, indem der Wert auf dem DMS behalten wird.</translation>
    </message>
    <message>
        <source>workroom.json on the DMS cannot be read, so it is not clear what this collection holds; nothing was synced. Ask IT to check the collection.</source>
        <translation>workroom.json auf dem DMS kann nicht gelesen werden, daher ist unklar, was diese Sammlung enthält; es wurde nichts synchronisiert. Bitten Sie die IT, die Sammlung zu prüfen.</translation>
    </message>
    <message>
        <source>The workroom on the DMS was written by a newer Workroom (format %1): update first; nothing was synced.</source>
        <translation>Das Arbeitszimmer auf dem DMS wurde von einer neueren Workroom-Version geschrieben (Format %1): Aktualisieren Sie zuerst; es wurde nichts synchronisiert.</translation>
    </message>
    <message>
        <source>workroom.json on the DMS names an unknown format (%1); nothing was synced.</source>
        <translation>workroom.json auf dem DMS nennt ein unbekanntes Format (%1); es wurde nichts synchronisiert.</translation>
    </message>
    <message>
        <source>workroom.json on the DMS could neither be read nor created; nothing was synced.</source>
        <translation>workroom.json auf dem DMS konnte weder gelesen noch angelegt werden; es wurde nichts synchronisiert.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Merging cases</source>
        <translation>Vorgänge zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n file(s).</source>
        <translation>
            <numerusform>%n Datei hochgeladen.</numerusform>
            <numerusform>%n Dateien hochgeladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync cancelled; the rest follows with the next sync.</source>
        <translation>Synchronisierung abgebrochen; der Rest folgt mit der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Exchanging audit entries</source>
        <translation>Protokolleinträge austauschen</translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %n file(s).</source>
        <translation>
            <numerusform>%n Datei heruntergeladen.</numerusform>
            <numerusform>%n Dateien heruntergeladen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>workroom::domain</name>
    <message>
        <source>Application</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Bescheid</translation>
    </message>
    <message>
        <source>Register extract</source>
        <translation>Registerauszug</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Anlage</translation>
    </message>
    <message>
        <source>A case needs a subject.</source>
        <translation>Ein Vorgang braucht einen Betreff.</translation>
    </message>
    <message>
        <source>The subject is too long (at most 500 characters).</source>
        <translation>Der Betreff ist zu lang (höchstens 500 Zeichen).</translation>
    </message>
    <message>
        <source>The deadline is not a valid date.</source>
        <translation>Die Frist ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>The resubmission date is not a valid date.</source>
        <translation>Das Wiedervorlagedatum ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>Tags must not be empty or contain commas.</source>
        <translation>Schlagwörter dürfen nicht leer sein und keine Kommas enthalten.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zurückgegeben</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Sachbearbeitung</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Lesezugriff</translation>
    </message>
</context>
<context>
    <name>workroom::domain::ReferenceNumberFormat</name>
    <message>
        <source>Only {seq} takes a width in the reference-number pattern &quot;%1&quot;.</source>
        <translation>Nur {seq} kann im Aktenzeichen-Muster „%1“ eine Breite haben.</translation>
    </message>
    <message>
        <source>The reference-number pattern &quot;%1&quot; has an unknown placeholder; known are {plan}, {year} and {seq}.</source>
        <translation>Das Aktenzeichen-Muster „%1“ enthält einen unbekannten Platzhalter; bekannt sind {plan}, {year} und {seq}.</translation>
    </message>
    <message>
        <source>The reference-number pattern &quot;%1&quot; must contain {plan}, {year} and {seq} exactly once each.</source>
        <translation>Das Aktenzeichen-Muster „%1“ muss {plan}, {year} und {seq} je genau einmal enthalten.</translation>
    </message>
    <message>
        <source>The placeholders of the reference-number pattern &quot;%1&quot; need a separator between them.</source>
        <translation>Die Platzhalter des Aktenzeichen-Musters „%1“ brauchen ein Trennzeichen dazwischen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file-plan code: digits in groups separated by dots, such as 32.10.</source>
        <translation>„%1“ ist kein Aktenplankennzeichen: Ziffern in Gruppen, durch Punkte getrennt, etwa 32.10.</translation>
    </message>
    <message>
        <source>%1 is not a valid year for a reference number.</source>
        <translation>%1 ist kein gültiges Jahr für ein Aktenzeichen.</translation>
    </message>
    <message>
        <source>The running number %1 does not fit the reference-number pattern &quot;%2&quot;.</source>
        <translation>Die laufende Nummer %1 passt nicht in das Aktenzeichen-Muster „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reference number of the form &quot;%2&quot;.</source>
        <translation>„%1“ ist kein Aktenzeichen der Form „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no running number.</source>
        <translation>„%1“ hat keine laufende Nummer.</translation>
    </message>
</context>
<context>
    <name>workroom::models::CaseHistoryModel</name>
    <message>
        <source>Workroom created</source>
        <translation>Arbeitszimmer angelegt</translation>
    </message>
    <message>
        <source>Case created</source>
        <translation>Vorgang angelegt</translation>
    </message>
    <message>
        <source>Case edited</source>
        <translation>Vorgang bearbeitet</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status geändert</translation>
    </message>
    <message>
        <source>Case exported</source>
        <translation>Vorgang exportiert</translation>
    </message>
    <message>
        <source>Party added</source>
        <translation>Beteiligte/r hinzugefügt</translation>
    </message>
    <message>
        <source>Party removed</source>
        <translation>Beteiligte/r entfernt</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Notiz hinzugefügt</translation>
    </message>
    <message>
        <source>Document added</source>
        <translation>Dokument hinzugefügt</translation>
    </message>
    <message>
        <source>New document version</source>
        <translation>Neue Dokumentversion</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Resubmission</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Signature added</source>
        <translation>Signatur hinzugefügt</translation>
    </message>
    <message>
        <source>Notice created</source>
        <translation>Bescheid erstellt</translation>
    </message>
    <message>
        <source>Form filled in</source>
        <translation>Formular ausgefüllt</translation>
    </message>
    <message>
        <source>Register extract filed</source>
        <translation>Registerauszug abgelegt</translation>
    </message>
    <message>
        <source>Register query (simple)</source>
        <translation>Einfache Melderegisterauskunft</translation>
    </message>
    <message>
        <source>Register query (authority)</source>
        <translation>Behördenauskunft</translation>
    </message>
    <message>
        <source>Register query queued</source>
        <translation>Registerauskunft in die Warteschlange gestellt</translation>
    </message>
    <message>
        <source>Bulk register query submitted</source>
        <translation>Massenanfrage an das Register übermittelt</translation>
    </message>
    <message>
        <source>Bulk register results fetched</source>
        <translation>Ergebnisse der Massenanfrage abgerufen</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Zweck: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Signature imported</source>
        <translation>Signatur importiert</translation>
    </message>
    <message>
        <source>%1, on another computer; received through the DMS</source>
        <translation>%1, auf einem anderen Computer; über das DMS empfangen</translation>
    </message>
    <message>
        <source>%1 (other computer)</source>
        <translation>%1 (anderer Computer)</translation>
    </message>
</context>
<context>
    <name>workroom::models::CaseListModel</name>
    <message>
        <source>Overdue: the deadline was %1</source>
        <translation>Überfällig: Die Frist endete am %1</translation>
    </message>
    <message>
        <source>Resubmission due since %1</source>
        <translation>Wiedervorlage fällig seit %1</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, überfällig</translation>
    </message>
    <message>
        <source>%1, resubmission due</source>
        <translation>%1, Wiedervorlage fällig</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>keine Frist</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Resubmission</source>
        <translation>Wiedervorlage</translation>
    </message>
</context>
<context>
    <name>workroom::models::DocumentTreeModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n version(s)</source>
        <translation>
            <numerusform>%1: %n Version</numerusform>
            <numerusform>%1: %n Versionen</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256 beginning %1</source>
        <translation>SHA-256 beginnend mit %1</translation>
    </message>
    <message>
        <source>Document / file</source>
        <translation>Dokument / Datei</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Hinzugefügt von</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s): %1</source>
        <translation>
            <numerusform>%n Signatur: %1</numerusform>
            <numerusform>%n Signaturen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation>nicht geprüft: %1</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signaturen</translation>
    </message>
    <message>
        <source>Embedded in the PDF</source>
        <translation>Im PDF eingebettet</translation>
    </message>
</context>
<context>
    <name>workroom::notices</name>
    <message>
        <source>The notice could not be prepared for printing in time.</source>
        <translation>Der Bescheid konnte nicht rechtzeitig für den Druck vorbereitet werden.</translation>
    </message>
    <message>
        <source>The notice could not be printed to PDF in time.</source>
        <translation>Der Bescheid konnte nicht rechtzeitig als PDF gedruckt werden.</translation>
    </message>
    <message>
        <source>Another notice is being printed; try again when it is done.</source>
        <translation>Ein anderer Bescheid wird gerade gedruckt; versuchen Sie es erneut, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>The notice is too large to print (%1 KiB; at most %2 KiB). Embed smaller images in the template.</source>
        <translation>Der Bescheid ist zu groß zum Drucken (%1 KiB; höchstens %2 KiB). Betten Sie kleinere Bilder in die Vorlage ein.</translation>
    </message>
    <message>
        <source>Notices can only be printed in a graphical application.</source>
        <translation>Bescheide können nur in einer grafischen Anwendung gedruckt werden.</translation>
    </message>
    <message>
        <source>The web engine stopped while printing the notice.</source>
        <translation>Die Web-Engine wurde beim Drucken des Bescheids beendet.</translation>
    </message>
    <message>
        <source>The web engine could not load the notice.</source>
        <translation>Die Web-Engine konnte den Bescheid nicht laden.</translation>
    </message>
    <message>
        <source>The web engine produced no PDF for the notice.</source>
        <translation>Die Web-Engine hat kein PDF für den Bescheid erzeugt.</translation>
    </message>
    <message>
        <source>Printing the notice was cancelled.</source>
        <translation>Das Drucken des Bescheids wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Reference number (Aktenzeichen) of the case</source>
        <translation>Aktenzeichen des Vorgangs</translation>
    </message>
    <message>
        <source>Subject of the case</source>
        <translation>Betreff des Vorgangs</translation>
    </message>
    <message>
        <source>File-plan code of the case</source>
        <translation>Aktenplankennzeichen des Vorgangs</translation>
    </message>
    <message>
        <source>Date the case was created</source>
        <translation>Datum, an dem der Vorgang angelegt wurde</translation>
    </message>
    <message>
        <source>Deadline of the case</source>
        <translation>Frist des Vorgangs</translation>
    </message>
    <message>
        <source>Assignee of the case</source>
        <translation>Bearbeitung des Vorgangs</translation>
    </message>
    <message>
        <source>Applicant: given and family name, or company</source>
        <translation>Antragsteller/in: Vor- und Nachname oder Unternehmen</translation>
    </message>
    <message>
        <source>Applicant: given name</source>
        <translation>Antragsteller/in: Vorname</translation>
    </message>
    <message>
        <source>Applicant: family name</source>
        <translation>Antragsteller/in: Nachname</translation>
    </message>
    <message>
        <source>Applicant: company name</source>
        <translation>Antragsteller/in: Name des Unternehmens</translation>
    </message>
    <message>
        <source>Applicant: street and house number</source>
        <translation>Antragsteller/in: Straße und Hausnummer</translation>
    </message>
    <message>
        <source>Applicant: postal code</source>
        <translation>Antragsteller/in: PLZ</translation>
    </message>
    <message>
        <source>Applicant: city</source>
        <translation>Antragsteller/in: Ort</translation>
    </message>
    <message>
        <source>Applicant: street, postal code and city</source>
        <translation>Antragsteller/in: Straße, PLZ und Ort</translation>
    </message>
    <message>
        <source>Name of the workroom</source>
        <translation>Name des Arbeitszimmers</translation>
    </message>
    <message>
        <source>Today&apos;s date (31.12.2026)</source>
        <translation>Heutiges Datum (31.12.2026)</translation>
    </message>
    <message>
        <source>Today&apos;s date (31. Dezember 2026)</source>
        <translation>Heutiges Datum (31. Dezember 2026)</translation>
    </message>
    <message>
        <source>Name of the clerk</source>
        <translation>Name der Sachbearbeitung</translation>
    </message>
    <message>
        <source>Telephone of the clerk</source>
        <translation>Telefon der Sachbearbeitung</translation>
    </message>
    <message>
        <source>E-mail address of the clerk</source>
        <translation>E-Mail-Adresse der Sachbearbeitung</translation>
    </message>
    <message>
        <source>Room of the clerk</source>
        <translation>Raum der Sachbearbeitung</translation>
    </message>
    <message>
        <source>Authority, e.g. Stadt Musterstadt</source>
        <translation>Behörde, z. B. Stadt Musterstadt</translation>
    </message>
    <message>
        <source>Department, e.g. Bürgeramt</source>
        <translation>Dienststelle, z. B. Bürgeramt</translation>
    </message>
    <message>
        <source>Authority: street and house number</source>
        <translation>Behörde: Straße und Hausnummer</translation>
    </message>
    <message>
        <source>Authority: postal code</source>
        <translation>Behörde: PLZ</translation>
    </message>
    <message>
        <source>Authority: city</source>
        <translation>Behörde: Ort</translation>
    </message>
    <message>
        <source>Authority: street, postal code and city</source>
        <translation>Behörde: Straße, PLZ und Ort</translation>
    </message>
    <message>
        <source>Return address line above the window</source>
        <translation>Absenderzeile über dem Sichtfenster</translation>
    </message>
    <message>
        <source>Authority: telephone</source>
        <translation>Behörde: Telefon</translation>
    </message>
    <message>
        <source>Authority: e-mail address</source>
        <translation>Behörde: E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Authority: website</source>
        <translation>Behörde: Website</translation>
    </message>
    <message>
        <source>Authority: opening hours</source>
        <translation>Behörde: Öffnungszeiten</translation>
    </message>
    <message>
        <source>Authority: bank account for fees</source>
        <translation>Behörde: Bankverbindung für Gebühren</translation>
    </message>
    <message>
        <source>The notice template %1 is larger than %2 KiB.</source>
        <translation>Die Bescheidvorlage %1 ist größer als %2 KiB.</translation>
    </message>
    <message>
        <source>The notice template %1 is not UTF-8 text.</source>
        <translation>Die Bescheidvorlage %1 ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>The notice template %1 has no title: add &lt;meta name=&quot;workroom.title&quot; content=&quot;…&quot;&gt; or a &lt;title&gt;.</source>
        <translation>Die Bescheidvorlage %1 hat keinen Titel: Fügen Sie &lt;meta name=&quot;workroom.title&quot; content=&quot;…&quot;&gt; oder ein &lt;title&gt; hinzu.</translation>
    </message>
    <message>
        <source>The notice template %1 cannot be read: %2</source>
        <translation>Die Bescheidvorlage %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>%1 missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>unbekannt: %1</translation>
    </message>
    <message>
        <source>{{%1}} on line %2</source>
        <translation>{{%1}} in Zeile %2</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; uses placeholders Workroom does not know: %2. Correct the template or configure these values.</source>
        <translation>Die Vorlage „%1“ verwendet Platzhalter, die Workroom nicht kennt: %2. Korrigieren Sie die Vorlage, oder legen Sie diese Werte fest.</translation>
    </message>
    <message>
        <source>The notice template %1 includes the part &quot;%2&quot;, which Workroom does not have.</source>
        <translation>Die Bescheidvorlage %1 bindet den Teil „%2“ ein, den es in Workroom nicht gibt.</translation>
    </message>
</context>
<context>
    <name>workroom::pdf</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>Die Datei %1 ist leer.</translation>
    </message>
    <message>
        <source>The file %1 is not a PDF document.</source>
        <translation>Die Datei %1 ist kein PDF-Dokument.</translation>
    </message>
    <message>
        <source>The file %1 is too large to be read (%2; at most %3).</source>
        <translation>Die Datei %1 ist zu groß zum Lesen (%2; höchstens %3).</translation>
    </message>
    <message>
        <source>The file %1 is damaged and cannot be opened.</source>
        <translation>Die Datei %1 ist beschädigt und kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The file %1 is protected by a password.</source>
        <translation>Die Datei %1 ist durch ein Kennwort geschützt.</translation>
    </message>
    <message>
        <source>The password for the file %1 is not correct.</source>
        <translation>Das Kennwort für die Datei %1 ist nicht richtig.</translation>
    </message>
    <message>
        <source>Page %1 is damaged and cannot be shown.</source>
        <translation>Seite %1 ist beschädigt und kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>The file %1 is too large to be read.</source>
        <translation>Die Datei %1 ist zu groß zum Lesen.</translation>
    </message>
    <message>
        <source>The password does not open the file %1.</source>
        <translation>Das Kennwort öffnet die Datei %1 nicht.</translation>
    </message>
</context>
<context>
    <name>workroom::pdf::PdfDocument</name>
    <message>
        <source>The file %1 is damaged and cannot be opened.</source>
        <translation>Die Datei %1 ist beschädigt und kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The file %1 is protected by a password.</source>
        <translation>Die Datei %1 ist durch ein Kennwort geschützt.</translation>
    </message>
    <message>
        <source>The password for the file %1 is not correct.</source>
        <translation>Das Kennwort für die Datei %1 ist nicht richtig.</translation>
    </message>
    <message>
        <source>The file %1 is damaged or incomplete: it has no readable pages.</source>
        <translation>Die Datei %1 ist beschädigt oder unvollständig: Sie hat keine lesbaren Seiten.</translation>
    </message>
    <message>
        <source>This document is an XFA form, which Workroom does not support: it cannot be filled here. Its static pages are shown.</source>
        <translation>Dieses Dokument ist ein XFA-Formular, das Workroom nicht unterstützt: Es kann hier nicht ausgefüllt werden. Angezeigt werden seine statischen Seiten.</translation>
    </message>
</context>
<context>
    <name>workroom::pdf::PdfForm</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a PDF document.</source>
        <translation>Die Datei %1 ist kein PDF-Dokument.</translation>
    </message>
    <message>
        <source>The file %1 is too large to be read.</source>
        <translation>Die Datei %1 ist zu groß zum Lesen.</translation>
    </message>
    <message>
        <source>The file %1 is damaged and cannot be opened.</source>
        <translation>Die Datei %1 ist beschädigt und kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The file %1 is protected by a password.</source>
        <translation>Die Datei %1 ist durch ein Kennwort geschützt.</translation>
    </message>
    <message>
        <source>The password for the file %1 is not correct.</source>
        <translation>Das Kennwort für die Datei %1 ist nicht richtig.</translation>
    </message>
    <message>
        <source>The form has no field named &quot;%1&quot;.</source>
        <translation>Das Formular hat kein Feld namens „%1“.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; cannot be changed.</source>
        <translation>Das Feld „%1“ kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; takes a single value.</source>
        <translation>Das Feld „%1“ nimmt nur einen einzelnen Wert auf.</translation>
    </message>
    <message>
        <source>Only one entry can be chosen in the field &quot;%1&quot;.</source>
        <translation>Im Feld „%1“ kann nur ein Eintrag gewählt werden.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; takes at most %2 characters.</source>
        <translation>Das Feld „%1“ nimmt höchstens %2 Zeichen auf.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; takes a single line.</source>
        <translation>Das Feld „%1“ nimmt nur eine einzelne Zeile auf.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value of the field &quot;%2&quot;; it takes %3 or Off.</source>
        <translation>„%1“ ist kein Wert des Feldes „%2“; es nimmt %3 oder Off auf.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices of the field &quot;%2&quot;.</source>
        <translation>„%1“ ist keine der Auswahlmöglichkeiten des Feldes „%2“.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; must be a list of texts.</source>
        <translation>Der Wert von „%1“ muss eine Liste von Texten sein.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; must be a text or a list of texts.</source>
        <translation>Der Wert von „%1“ muss ein Text oder eine Liste von Texten sein.</translation>
    </message>
    <message>
        <source>A filled form is saved as a new file, never over %1.</source>
        <translation>Ein ausgefülltes Formular wird als neue Datei gespeichert, nie über %1.</translation>
    </message>
    <message>
        <source>The filled form could not be saved as %1.</source>
        <translation>Das ausgefüllte Formular konnte nicht als %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>workroom::registers</name>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>The result CSV of the register service cannot be read: %1</source>
        <translation>Die Ergebnis-CSV des Registerdienstes kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… und %n weiteres Problem.</numerusform>
            <numerusform>… und %n weitere Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1: line %2, %3: %4</source>
        <translation>%1: Zeile %2, %3: %4</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252.</source>
        <translation>Die Datei ist nicht UTF-8-kodiert; sie wurde als Windows-1252 gelesen.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The columns are separated by %1. Save the file with semicolons (;) or commas (,) between the columns.</source>
        <translation>Die Spalten sind durch %1 getrennt. Speichern Sie die Datei mit Semikolons (;) oder Kommas (,) zwischen den Spalten.</translation>
    </message>
    <message>
        <source>The header line has only one column. The columns must be separated by semicolons (;) or commas (,); required are: %1.</source>
        <translation>Die Kopfzeile hat nur eine Spalte. Die Spalten müssen durch Semikolons (;) oder Kommas (,) getrennt sein; erforderlich sind: %1.</translation>
    </message>
    <message>
        <source>The column appears twice.</source>
        <translation>Die Spalte kommt zweimal vor.</translation>
    </message>
    <message>
        <source>Unknown column; it is ignored.</source>
        <translation>Unbekannte Spalte; sie wird ignoriert.</translation>
    </message>
    <message>
        <source>Required columns are missing: %1.</source>
        <translation>Erforderliche Spalten fehlen: %1.</translation>
    </message>
    <message>
        <source>The line has %1 field(s) where the header has %2: it seems to use %3 as separator instead of %4.</source>
        <translation>Die Zeile hat %1 Feld(er), die Kopfzeile hat %2: Offenbar wird %3 statt %4 als Trennzeichen verwendet.</translation>
    </message>
    <message>
        <source>The line has %1 field(s) where the header has %2.</source>
        <translation>Die Zeile hat %1 Feld(er), die Kopfzeile hat %2.</translation>
    </message>
    <message>
        <source>The family name is missing.</source>
        <translation>Der Nachname fehlt.</translation>
    </message>
    <message>
        <source>The given names are missing.</source>
        <translation>Die Vornamen fehlen.</translation>
    </message>
    <message>
        <source>The date of birth is missing.</source>
        <translation>Das Geburtsdatum fehlt.</translation>
    </message>
    <message>
        <source>Not a valid date; write it as DD.MM.YYYY or YYYY-MM-DD.</source>
        <translation>Kein gültiges Datum; schreiben Sie es als TT.MM.JJJJ oder JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>The date of birth lies in the future.</source>
        <translation>Das Geburtsdatum liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>The date of birth lies before 1890.</source>
        <translation>Das Geburtsdatum liegt vor 1890.</translation>
    </message>
    <message>
        <source>The reference is missing.</source>
        <translation>Die Referenz fehlt.</translation>
    </message>
    <message>
        <source>The reference was used in line %1 already.</source>
        <translation>Die Referenz wurde bereits in Zeile %1 verwendet.</translation>
    </message>
    <message>
        <source>The line asks for the same person as line %1.</source>
        <translation>Die Zeile fragt nach derselben Person wie Zeile %1.</translation>
    </message>
    <message>
        <source>The file has no rows below the header.</source>
        <translation>Die Datei enthält unter der Kopfzeile keine Zeilen.</translation>
    </message>
    <message>
        <source>The file has %L1 rows; a bulk query may have at most %L2. Split it into several files.</source>
        <translation>Die Datei hat %L1 Zeilen; eine Massenanfrage darf höchstens %L2 haben. Teilen Sie sie auf mehrere Dateien auf.</translation>
    </message>
    <message>
        <source>it is not UTF-8</source>
        <translation>sie ist nicht UTF-8-kodiert</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>the column %1 is missing</source>
        <translation>die Spalte %1 fehlt</translation>
    </message>
    <message>
        <source>line %1 has no valid result</source>
        <translation>Zeile %1 hat kein gültiges Ergebnis</translation>
    </message>
    <message>
        <source>saving the bulk job</source>
        <translation>Speichern des Massenauftrags</translation>
    </message>
    <message>
        <source>reading the bulk jobs</source>
        <translation>Lesen der Massenaufträge</translation>
    </message>
    <message>
        <source>removing the bulk job</source>
        <translation>Entfernen des Massenauftrags</translation>
    </message>
    <message>
        <source>The register knows no such job.</source>
        <translation>Dem Register ist kein solcher Auftrag bekannt.</translation>
    </message>
    <message>
        <source>The results of this bulk query have expired: they could be fetched for 8 days.</source>
        <translation>Die Ergebnisse dieser Massenanfrage sind abgelaufen: Sie konnten 8 Tage lang abgerufen werden.</translation>
    </message>
    <message>
        <source>queuing the register query</source>
        <translation>Einreihen der Registerauskunft in die Warteschlange</translation>
    </message>
    <message>
        <source>reading the queued queries</source>
        <translation>Lesen der wartenden Anfragen</translation>
    </message>
    <message>
        <source>removing a queued query</source>
        <translation>Entfernen einer wartenden Anfrage</translation>
    </message>
    <message>
        <source>The queued query is no longer in the queue.</source>
        <translation>Die Anfrage ist nicht mehr in der Warteschlange.</translation>
    </message>
    <message>
        <source>updating a queued query</source>
        <translation>Aktualisieren einer wartenden Anfrage</translation>
    </message>
    <message>
        <source>This queued authority query is only sent after you confirm it again.</source>
        <translation>Diese wartende Behördenauskunft wird erst gesendet, wenn Sie sie erneut bestätigen.</translation>
    </message>
    <message>
        <source>recording the register query in the audit log</source>
        <translation>Protokollieren der Registerauskunft</translation>
    </message>
    <message>
        <source>The register query could not be recorded in the audit log: %1</source>
        <translation>Die Registerauskunft konnte nicht protokolliert werden: %1</translation>
    </message>
    <message>
        <source>reading the query log</source>
        <translation>Lesen des Anfrageprotokolls</translation>
    </message>
    <message>
        <source>The register service sent an answer that cannot be read (%1).</source>
        <translation>Der Registerdienst hat eine Antwort gesendet, die nicht gelesen werden kann (%1).</translation>
    </message>
    <message>
        <source>No address of the register service is configured.</source>
        <translation>Es ist keine Adresse des Registerdienstes konfiguriert.</translation>
    </message>
    <message numerus="yes">
        <source>The register service did not answer within %n second(s). It may still have received the query; try again later.</source>
        <translation>
            <numerusform>Der Registerdienst hat nicht innerhalb von %n Sekunde geantwortet. Möglicherweise hat er die Anfrage dennoch erhalten; versuchen Sie es später erneut.</numerusform>
            <numerusform>Der Registerdienst hat nicht innerhalb von %n Sekunden geantwortet. Möglicherweise hat er die Anfrage dennoch erhalten; versuchen Sie es später erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate of the register service %1 is not trusted (%2). Ask IT for the service&apos;s CA certificate.</source>
        <translation>Dem Zertifikat des Registerdienstes %1 wird nicht vertraut (%2). Bitten Sie die IT um das CA-Zertifikat des Dienstes.</translation>
    </message>
    <message>
        <source>The register service %1 cannot be reached (%2). Check the network connection, or queue the query to send it later.</source>
        <translation>Der Registerdienst %1 ist nicht erreichbar (%2). Prüfen Sie die Netzwerkverbindung oder stellen Sie die Anfrage in die Warteschlange, um sie später zu senden.</translation>
    </message>
    <message numerus="yes">
        <source>The register service is busy with too many queries. Try again in %n second(s).</source>
        <translation>
            <numerusform>Der Registerdienst ist mit zu vielen Anfragen ausgelastet. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Der Registerdienst ist mit zu vielen Anfragen ausgelastet. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The register service is busy with too many queries. Try again later.</source>
        <translation>Der Registerdienst ist mit zu vielen Anfragen ausgelastet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The register service is not available at the moment (HTTP %1). Try again later.</source>
        <translation>Der Registerdienst ist derzeit nicht verfügbar (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The register service did not accept the sign-in (HTTP 401). Check the access token or password.</source>
        <translation>Der Registerdienst hat die Anmeldung nicht angenommen (HTTP 401). Prüfen Sie das Zugriffstoken oder das Passwort.</translation>
    </message>
    <message>
        <source>The register service refused the query: this account may not make it (HTTP 403).</source>
        <translation>Der Registerdienst hat die Anfrage abgelehnt: Dieses Konto darf sie nicht stellen (HTTP 403).</translation>
    </message>
    <message>
        <source>The register service knows no such job.</source>
        <translation>Dem Registerdienst ist kein solcher Auftrag bekannt.</translation>
    </message>
    <message>
        <source>The bulk query is not finished yet.</source>
        <translation>Die Massenanfrage ist noch nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The results have expired: the register service keeps the results of a bulk query for 8 days after it was submitted. Submit the query again if you still need them.</source>
        <translation>Die Ergebnisse sind abgelaufen: Der Registerdienst bewahrt die Ergebnisse einer Massenanfrage 8 Tage nach dem Absenden auf. Senden Sie die Anfrage erneut, wenn Sie die Ergebnisse noch benötigen.</translation>
    </message>
    <message>
        <source>The register service failed to answer (HTTP %1). Try again later; if it keeps failing, tell IT.</source>
        <translation>Der Registerdienst konnte nicht antworten (HTTP %1). Versuchen Sie es später erneut; wenn der Fehler bestehen bleibt, informieren Sie die IT.</translation>
    </message>
    <message>
        <source>The register service refused the query (HTTP %1).</source>
        <translation>Der Registerdienst hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The register service refused the query: %1</source>
        <translation>Der Registerdienst hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>The register service could not finish the bulk query.</source>
        <translation>Der Registerdienst konnte die Massenanfrage nicht abschließen.</translation>
    </message>
    <message>
        <source>The bulk query is not finished yet (%1 of %2 rows).</source>
        <translation>Die Massenanfrage ist noch nicht abgeschlossen (%1 von %2 Zeilen).</translation>
    </message>
    <message>
        <source>The results of this bulk query have expired: they could be fetched for 8 days, until %1.</source>
        <translation>Die Ergebnisse dieser Massenanfrage sind abgelaufen: Sie konnten 8 Tage lang abgerufen werden, bis %1.</translation>
    </message>
    <message>
        <source>A bulk query may have at most %L1 rows.</source>
        <translation>Eine Massenanfrage darf höchstens %L1 Zeilen haben.</translation>
    </message>
    <message>
        <source>The bulk query was not sent: %1</source>
        <translation>Die Massenanfrage wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>No job id was given.</source>
        <translation>Es wurde keine Auftrags-ID angegeben.</translation>
    </message>
    <message>
        <source>The date of birth is not a valid date.</source>
        <translation>Das Geburtsdatum ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>Give the date of birth or a previous address.</source>
        <translation>Geben Sie das Geburtsdatum oder eine frühere Anschrift an.</translation>
    </message>
    <message>
        <source>The street of the previous address is missing.</source>
        <translation>Die Straße der früheren Anschrift fehlt.</translation>
    </message>
    <message>
        <source>The postal code or town of the previous address is missing.</source>
        <translation>Postleitzahl oder Ort der früheren Anschrift fehlen.</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Not unique: more than one person matches</source>
        <translation>Nicht eindeutig: Mehr als eine Person passt</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>No information may be given</source>
        <translation>Keine Auskunft zulässig</translation>
    </message>
    <message>
        <source>An authority query needs its purpose.</source>
        <translation>Für eine Behördenauskunft muss der Zweck angegeben werden.</translation>
    </message>
    <message>
        <source>An authority query needs the case reference.</source>
        <translation>Für eine Behördenauskunft muss das Aktenzeichen des Vorgangs angegeben werden.</translation>
    </message>
    <message>
        <source>The query was not sent: %1</source>
        <translation>Die Anfrage wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>A bulk query needs its purpose.</source>
        <translation>Für eine Massenanfrage muss der Zweck angegeben werden.</translation>
    </message>
    <message>
        <source>A bulk query needs the case reference.</source>
        <translation>Für eine Massenanfrage muss das Aktenzeichen des Vorgangs angegeben werden.</translation>
    </message>
    <message>
        <source>The bulk query has no rows.</source>
        <translation>Die Massenanfrage hat keine Zeilen.</translation>
    </message>
    <message>
        <source>A bulk query may have at most %L1 rows; this one has %L2.</source>
        <translation>Eine Massenanfrage darf höchstens %L1 Zeilen haben; diese hat %L2.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>workroom::registers::RegisterCredentialStore</name>
    <message>
        <source>No access token or password for the register service is stored in the keychain.</source>
        <translation>Im Schlüsselbund ist kein Zugriffstoken und kein Kennwort für den Registerdienst gespeichert.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the register service&apos;s access data cannot be remembered; Workroom will ask for it each time.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar, daher können die Zugangsdaten des Registerdienstes nicht gespeichert werden; Workroom fragt jedes Mal danach.</translation>
    </message>
    <message>
        <source>The keychain refused access to the register service&apos;s access data: %1</source>
        <translation>Der Schlüsselbund hat den Zugriff auf die Zugangsdaten des Registerdienstes verweigert: %1</translation>
    </message>
    <message>
        <source>The keychain could not be used (%1); Workroom will ask for the register service&apos;s access data each time.</source>
        <translation>Der Schlüsselbund konnte nicht verwendet werden (%1); Workroom fragt jedes Mal nach den Zugangsdaten des Registerdienstes.</translation>
    </message>
</context>
<context>
    <name>workroom::signing</name>
    <message>
        <source>The certificate &quot;%1&quot; has an unreadable validity period.</source>
        <translation>Das Zertifikat „%1“ hat einen unlesbaren Gültigkeitszeitraum.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; has a damaged extension.</source>
        <translation>Das Zertifikat „%1“ hat eine beschädigte Erweiterung.</translation>
    </message>
    <message>
        <source>The text holds no readable certificate.</source>
        <translation>Der Text enthält kein lesbares Zertifikat.</translation>
    </message>
    <message>
        <source>The text holds %1 certificates where one was expected.</source>
        <translation>Der Text enthält %1 Zertifikate, erwartet wurde eines.</translation>
    </message>
    <message>
        <source>The data are not a certificate, or a damaged one.</source>
        <translation>Die Daten sind kein Zertifikat oder ein beschädigtes.</translation>
    </message>
    <message>
        <source>The certificate file %1 could not be read: %2</source>
        <translation>Die Zertifikatsdatei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file %1 is too large to be a certificate.</source>
        <translation>Die Datei %1 ist zu groß für ein Zertifikat.</translation>
    </message>
    <message>
        <source>The file %1 holds a damaged certificate.</source>
        <translation>Die Datei %1 enthält ein beschädigtes Zertifikat.</translation>
    </message>
    <message>
        <source>The file %1 holds no certificate.</source>
        <translation>Die Datei %1 enthält kein Zertifikat.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Document changed</source>
        <translation>Dokument verändert</translation>
    </message>
    <message>
        <source>Certificate expired</source>
        <translation>Zertifikat abgelaufen</translation>
    </message>
    <message>
        <source>Certificate not yet valid</source>
        <translation>Zertifikat noch nicht gültig</translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation>Nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Certificate may not sign</source>
        <translation>Zertifikat darf nicht signieren</translation>
    </message>
    <message>
        <source>Certificate revoked</source>
        <translation>Zertifikat gesperrt</translation>
    </message>
    <message>
        <source>Damaged signature</source>
        <translation>Signatur beschädigt</translation>
    </message>
    <message>
        <source>The signature could not be made (%1).</source>
        <translation>Die Signatur konnte nicht erstellt werden (%1).</translation>
    </message>
    <message>
        <source>SHA-256 is not available: is the crypto runtime running?</source>
        <translation>SHA-256 ist nicht verfügbar: Läuft die Kryptografie-Laufzeit?</translation>
    </message>
    <message>
        <source>The document could not be read: %1</source>
        <translation>Das Dokument konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Signing was cancelled.</source>
        <translation>Das Signieren wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The certificate of %1 is valid only from %2 on.</source>
        <translation>Das Zertifikat von %1 ist erst ab %2 gültig.</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2.</source>
        <translation>Das Zertifikat von %1 ist am %2 abgelaufen.</translation>
    </message>
    <message>
        <source>The certificate of %1 does not allow signing (its key usage lacks digitalSignature and nonRepudiation).</source>
        <translation>Das Zertifikat von %1 erlaubt keine Signatur (seiner Schlüsselverwendung fehlen digitalSignature und nonRepudiation).</translation>
    </message>
    <message>
        <source>The key of &quot;%1&quot; could not be read: %2</source>
        <translation>Der Schlüssel von „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The key of &quot;%1&quot; does not match its certificate; import it again.</source>
        <translation>Der Schlüssel von „%1“ passt nicht zu seinem Zertifikat; importieren Sie ihn erneut.</translation>
    </message>
    <message>
        <source>The document %1 could not be read: %2</source>
        <translation>Das Dokument %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There is no signing identity named &quot;%1&quot;.</source>
        <translation>Es gibt keine Signaturidentität namens „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be the name of a signing identity: use letters, digits, spaces and . _ - @ (at most 64).</source>
        <translation>„%1“ kann nicht der Name einer Signaturidentität sein: Verwenden Sie Buchstaben, Ziffern, Leerzeichen und . _ - @ (höchstens 64).</translation>
    </message>
    <message>
        <source>A signing identity named &quot;%1&quot; exists already.</source>
        <translation>Eine Signaturidentität namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a PKCS #12 file.</source>
        <translation>%1 ist zu groß für eine PKCS-#12-Datei.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The folder %1 is not writable.</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The signing identity &quot;%1&quot; could not be stored in %2.</source>
        <translation>Die Signaturidentität „%1“ konnte nicht in %2 gespeichert werden.</translation>
    </message>
    <message>
        <source>The signing identity &quot;%1&quot; is incomplete; import it again.</source>
        <translation>Die Signaturidentität „%1“ ist unvollständig; importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>The signing identity &quot;%1&quot; could not be removed.</source>
        <translation>Die Signaturidentität „%1“ konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>%1 holds %2 certificates; import one at a time.</source>
        <translation>%1 enthält %2 Zertifikate; importieren Sie eines nach dem anderen.</translation>
    </message>
    <message>
        <source>No user-trusted certificate has the fingerprint %1.</source>
        <translation>Kein von Ihnen vertrautes Zertifikat hat den Fingerabdruck %1.</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The signature is damaged or truncated, or it is not a CMS signature.</source>
        <translation>Die Signatur ist beschädigt oder unvollständig, oder sie ist keine CMS-Signatur.</translation>
    </message>
    <message>
        <source>No trusted certificate vouches for the certificate of %1: its chain ends at &quot;%2&quot;, which is not a trust anchor.</source>
        <translation>Kein vertrauenswürdiges Zertifikat bürgt für das Zertifikat von %1: Seine Kette endet bei „%2“, das kein Vertrauensanker ist.</translation>
    </message>
    <message>
        <source>A certificate in the chain of %1 carries an invalid signature.</source>
        <translation>Ein Zertifikat in der Kette von %1 trägt eine ungültige Signatur.</translation>
    </message>
    <message>
        <source>A certificate in the chain of %1 has a critical extension that Workroom does not know.</source>
        <translation>Ein Zertifikat in der Kette von %1 hat eine kritische Erweiterung, die Workroom nicht kennt.</translation>
    </message>
    <message>
        <source>A certificate in the chain of %1 is not allowed to issue certificates.</source>
        <translation>Ein Zertifikat in der Kette von %1 darf keine Zertifikate ausstellen.</translation>
    </message>
    <message>
        <source>The chain of the certificate of %1 is not trusted: %2</source>
        <translation>Der Kette des Zertifikats von %1 wird nicht vertraut: %2</translation>
    </message>
    <message>
        <source>The revocation list %1 could not be read: %2</source>
        <translation>Die Sperrliste %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a revocation list, or a damaged one.</source>
        <translation>%1 ist keine Sperrliste oder eine beschädigte.</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>Nicht genügend Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The file is a CMS structure, but not a signature.</source>
        <translation>Die Datei ist eine CMS-Struktur, aber keine Signatur.</translation>
    </message>
    <message>
        <source>The file holds no signature.</source>
        <translation>Die Datei enthält keine Signatur.</translation>
    </message>
    <message>
        <source>The file holds no signed content: it is a detached signature (.p7s) and needs its document.</source>
        <translation>Die Datei enthält keinen signierten Inhalt: Sie ist eine abgesetzte Signatur (.p7s) und braucht ihr Dokument.</translation>
    </message>
    <message>
        <source>The signature uses a digest algorithm Workroom does not know.</source>
        <translation>Die Signatur verwendet ein Hashverfahren, das Workroom nicht kennt.</translation>
    </message>
    <message>
        <source>The document could not be read to the end.</source>
        <translation>Das Dokument konnte nicht bis zum Ende gelesen werden.</translation>
    </message>
    <message>
        <source>The content could not be written: %1</source>
        <translation>Der Inhalt konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Verification was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The signing time in the signature is unreadable.</source>
        <translation>Der Signaturzeitpunkt in der Signatur ist unlesbar.</translation>
    </message>
    <message>
        <source>The signature does not include the signer&apos;s certificate, and no trusted certificate fits it.</source>
        <translation>Die Signatur enthält das Zertifikat des Unterzeichners nicht, und kein vertrauenswürdiges Zertifikat passt zu ihr.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate in the signature is damaged.</source>
        <translation>Das Zertifikat des Unterzeichners in der Signatur ist beschädigt.</translation>
    </message>
    <message>
        <source>The document differs from the one %1 signed: it was changed, or the signature belongs to another document.</source>
        <translation>Das Dokument weicht von dem ab, das %1 signiert hat: Es wurde verändert, oder die Signatur gehört zu einem anderen Dokument.</translation>
    </message>
    <message>
        <source>The signature data were altered, or they do not belong to the certificate of %1.</source>
        <translation>Die Signaturdaten wurden verändert, oder sie gehören nicht zum Zertifikat von %1.</translation>
    </message>
    <message>
        <source>The signature names another signing certificate than the one it includes.</source>
        <translation>Die Signatur nennt ein anderes Signaturzertifikat als das, das sie enthält.</translation>
    </message>
    <message>
        <source>The revocation list %1 is not signed by &quot;%2&quot;: it cannot be relied on.</source>
        <translation>Die Sperrliste %1 ist nicht von „%2“ signiert: Auf sie ist kein Verlass.</translation>
    </message>
    <message>
        <source>The certificate of %1 was revoked on %2.</source>
        <translation>Das Zertifikat von %1 wurde am %2 gesperrt.</translation>
    </message>
    <message>
        <source>The certificate of %1 was revoked on %2 (%3).</source>
        <translation>Das Zertifikat von %1 wurde am %2 gesperrt (%3).</translation>
    </message>
    <message>
        <source>The certificate of %1 was not yet valid when the signature was made (%2); it is valid from %3.</source>
        <translation>Das Zertifikat von %1 war beim Signieren (%2) noch nicht gültig; es gilt ab %3.</translation>
    </message>
    <message>
        <source>The certificate of %1 had expired when the signature was made (%2); it was valid until %3.</source>
        <translation>Das Zertifikat von %1 war beim Signieren (%2) bereits abgelaufen; es galt bis %3.</translation>
    </message>
    <message>
        <source>The issuing certificate &quot;%1&quot; was not valid when the signature was made (%2).</source>
        <translation>Das ausstellende Zertifikat „%1“ war beim Signieren (%2) nicht gültig.</translation>
    </message>
    <message>
        <source>no signing time given</source>
        <translation>ohne Angabe des Signaturzeitpunkts</translation>
    </message>
    <message>
        <source>Signed by %1 (%2); trusted through &quot;%3&quot;, a certificate you imported yourself.</source>
        <translation>Signiert von %1 (%2); vertrauenswürdig über „%3“, ein Zertifikat, das Sie selbst importiert haben.</translation>
    </message>
    <message>
        <source>Signed by %1 (%2); trusted through &quot;%3&quot;.</source>
        <translation>Signiert von %1 (%2); vertrauenswürdig über „%3“.</translation>
    </message>
    <message>
        <source>The signature %1 could not be read: %2</source>
        <translation>Die Signatur %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file %1 is far too large to be a signature.</source>
        <translation>Die Datei %1 ist viel zu groß für eine Signatur.</translation>
    </message>
    <message>
        <source>The document %1 does not exist or is no file.</source>
        <translation>Das Dokument %1 existiert nicht oder ist keine Datei.</translation>
    </message>
    <message>
        <source>The document %1 could not be opened.</source>
        <translation>Das Dokument %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The signed file %1 could not be read: %2</source>
        <translation>Die signierte Datei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The signed file %1 is larger than 1 GiB, the most Workroom reads.</source>
        <translation>Die signierte Datei %1 ist größer als 1 GiB, die Obergrenze für Workroom.</translation>
    </message>
    <message>
        <source>QCA could not make the RSA signature.</source>
        <translation>QCA konnte die RSA-Signatur nicht erstellen.</translation>
    </message>
    <message>
        <source>OpenSSL could not make the EC signature: %1</source>
        <translation>OpenSSL konnte die EC-Signatur nicht erstellen: %1</translation>
    </message>
    <message>
        <source>The passphrase does not open the key %1.</source>
        <translation>Die Passphrase öffnet den Schlüssel %1 nicht.</translation>
    </message>
    <message>
        <source>The key %1 is damaged or truncated (no readable PKCS #12 file).</source>
        <translation>Der Schlüssel %1 ist beschädigt oder unvollständig (keine lesbare PKCS-#12-Datei).</translation>
    </message>
    <message>
        <source>The key %1 is encrypted with an outdated method (such as RC2) that cannot be read here. Export it again with AES.</source>
        <translation>Der Schlüssel %1 ist mit einem veralteten Verfahren (etwa RC2) verschlüsselt, das hier nicht gelesen werden kann. Exportieren Sie ihn erneut mit AES.</translation>
    </message>
    <message>
        <source>The PKCS #12 file of %1 holds no private key with its certificate.</source>
        <translation>Die PKCS-#12-Datei von %1 enthält keinen privaten Schlüssel mit Zertifikat.</translation>
    </message>
    <message>
        <source>In the PKCS #12 file of %1 the private key does not belong to the certificate.</source>
        <translation>In der PKCS-#12-Datei von %1 gehört der private Schlüssel nicht zum Zertifikat.</translation>
    </message>
    <message>
        <source>QCA could not open the RSA key %1.</source>
        <translation>QCA konnte den RSA-Schlüssel %1 nicht öffnen.</translation>
    </message>
    <message>
        <source>The key %1 is a %2 key; Workroom signs with RSA and EC keys only.</source>
        <translation>Der Schlüssel %1 ist ein %2-Schlüssel; Workroom signiert nur mit RSA- und EC-Schlüsseln.</translation>
    </message>
    <message>
        <source>No passphrase was given for the key %1.</source>
        <translation>Für den Schlüssel %1 wurde keine Passphrase angegeben.</translation>
    </message>
    <message>
        <source>The download is far too large to be a revocation list.</source>
        <translation>Der Download ist viel zu groß für eine Sperrliste.</translation>
    </message>
    <message>
        <source>Only http, https and file addresses are supported.</source>
        <translation>Nur http-, https- und file-Adressen werden unterstützt.</translation>
    </message>
    <message>
        <source>What was downloaded is not a revocation list.</source>
        <translation>Das Heruntergeladene ist keine Sperrliste.</translation>
    </message>
    <message>
        <source>The revocation list could not be saved in %1.</source>
        <translation>Die Sperrliste konnte nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>The signature has the form &quot;%1&quot;, which Workroom does not check (only adbe.pkcs7.detached and ETSI.CAdES.detached).</source>
        <translation>Die Signatur hat das Format „%1“, das Workroom nicht prüft (nur adbe.pkcs7.detached und ETSI.CAdES.detached).</translation>
    </message>
    <message>
        <source>The signature does not say which bytes it covers in the usual form (/ByteRange).</source>
        <translation>Die Signatur gibt nicht in der üblichen Form (/ByteRange) an, welche Bytes sie abdeckt.</translation>
    </message>
    <message>
        <source>The signature leaves out more of the file than the signature itself: what it leaves out is not protected.</source>
        <translation>Die Signatur lässt mehr von der Datei aus als die Signatur selbst: Was sie auslässt, ist nicht geschützt.</translation>
    </message>
    <message>
        <source>The signature field holds no signature data.</source>
        <translation>Das Signaturfeld enthält keine Signaturdaten.</translation>
    </message>
    <message>
        <source>The file was extended after this signature (%1 added, for example by a later signature or saved annotations); the signature covers the version before.</source>
        <translation>Die Datei wurde nach dieser Signatur erweitert (%1 hinzugefügt, etwa durch eine spätere Signatur oder gespeicherte Anmerkungen); die Signatur deckt die vorherige Version ab.</translation>
    </message>
    <message>
        <source>Revocation was checked against an outdated list (%1): a newer one could not be had.</source>
        <translation>Der Sperrstatus wurde anhand einer veralteten Liste (%1) geprüft: Eine neuere war nicht erhältlich.</translation>
    </message>
    <message>
        <source>Revocation could not be checked: the revocation list %1 could not be downloaded (%2) and no copy is stored.</source>
        <translation>Der Sperrstatus konnte nicht geprüft werden: Die Sperrliste %1 konnte nicht heruntergeladen werden (%2), und es ist keine Kopie gespeichert.</translation>
    </message>
    <message>
        <source>The signed content could not be read.</source>
        <translation>Der signierte Inhalt konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The signed part of %1 reaches beyond the end of the file: it was cut short or changed.</source>
        <translation>Der signierte Teil von %1 reicht über das Dateiende hinaus: Die Datei wurde gekürzt oder verändert.</translation>
    </message>
</context>
<context>
    <name>workroom::storage</name>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert (Debian-Paket libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>recording the change in the audit log</source>
        <translation>Protokollieren der Änderung</translation>
    </message>
    <message>
        <source>reading the history of the case</source>
        <translation>Lesen des Verlaufs</translation>
    </message>
    <message>
        <source>checking the audit log</source>
        <translation>Prüfen des Protokolls</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing: entries were deleted.</source>
        <translation>Protokolleintrag %1 fehlt: Einträge wurden gelöscht.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow its predecessor: entries were inserted or replaced.</source>
        <translation>Protokolleintrag %1 schließt nicht an seinen Vorgänger an: Einträge wurden eingefügt oder ersetzt.</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation>Protokolleintrag %1 wurde nachträglich geändert.</translation>
    </message>
    <message>
        <source>The audit log ends before its last recorded entry: entries were removed from the end.</source>
        <translation>Das Protokoll endet vor seinem zuletzt vermerkten Eintrag: Einträge wurden am Ende entfernt.</translation>
    </message>
    <message>
        <source>The disk is full; %1 was not possible. Nothing was saved half-way: free some space and try again.</source>
        <translation>Der Datenträger ist voll; %1 war nicht möglich. Nichts wurde halb gespeichert: Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>storing %1</source>
        <translation>Speichern von %1</translation>
    </message>
    <message>
        <source>The file %1 does not exist (any more).</source>
        <translation>Die Datei %1 ist nicht (mehr) vorhanden.</translation>
    </message>
    <message>
        <source>%1 is not a regular file and cannot be stored.</source>
        <translation>%1 ist keine gewöhnliche Datei und kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>storing a document</source>
        <translation>Speichern eines Dokuments</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The stored document %1 is missing: %2</source>
        <translation>Das gespeicherte Dokument %1 fehlt: %2</translation>
    </message>
    <message>
        <source>The unused document %1 cannot be removed.</source>
        <translation>Das nicht mehr verwendete Dokument %1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>A workroom needs a name.</source>
        <translation>Ein Arbeitszimmer braucht einen Namen.</translation>
    </message>
    <message>
        <source>creating the workroom %1</source>
        <translation>Anlegen des Arbeitszimmers %1</translation>
    </message>
    <message>
        <source>A workroom named &quot;%1&quot; exists already.</source>
        <translation>Ein Arbeitszimmer namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>listing workrooms</source>
        <translation>Auflisten der Arbeitszimmer</translation>
    </message>
    <message>
        <source>reading a workroom</source>
        <translation>Lesen eines Arbeitszimmers</translation>
    </message>
    <message>
        <source>There is no workroom %1.</source>
        <translation>Es gibt kein Arbeitszimmer %1.</translation>
    </message>
    <message>
        <source>creating the case</source>
        <translation>Anlegen des Vorgangs</translation>
    </message>
    <message>
        <source>The reference number %1 is taken already in this workroom.</source>
        <translation>Das Aktenzeichen %1 ist in diesem Arbeitszimmer bereits vergeben.</translation>
    </message>
    <message>
        <source>reading the case</source>
        <translation>Lesen des Vorgangs</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Es gibt keinen Vorgang %1.</translation>
    </message>
    <message>
        <source>There is no case with the reference number %1.</source>
        <translation>Es gibt keinen Vorgang mit dem Aktenzeichen %1.</translation>
    </message>
    <message>
        <source>saving the case %1</source>
        <translation>Speichern des Vorgangs %1</translation>
    </message>
    <message>
        <source>The case %1 was changed elsewhere while you edited it. Reload it and make your change again.</source>
        <translation>Der Vorgang %1 wurde an anderer Stelle geändert, während Sie ihn bearbeitet haben. Laden Sie ihn neu und nehmen Sie Ihre Änderung erneut vor.</translation>
    </message>
    <message>
        <source>changing the status of the case</source>
        <translation>Ändern des Status</translation>
    </message>
    <message>
        <source>reading the parties</source>
        <translation>Lesen der Beteiligten</translation>
    </message>
    <message>
        <source>A party needs a name.</source>
        <translation>Beteiligte brauchen einen Namen.</translation>
    </message>
    <message>
        <source>adding a party to the case</source>
        <translation>Hinzufügen von Beteiligten</translation>
    </message>
    <message>
        <source>removing a party from the case</source>
        <translation>Entfernen von Beteiligten</translation>
    </message>
    <message>
        <source>There is no party %1.</source>
        <translation>Es gibt keine Beteiligten mit der Nummer %1.</translation>
    </message>
    <message>
        <source>reading the notes</source>
        <translation>Lesen der Notizen</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>Eine Notiz braucht Text.</translation>
    </message>
    <message>
        <source>adding the note</source>
        <translation>Hinzufügen der Notiz</translation>
    </message>
    <message>
        <source>reading the documents</source>
        <translation>Lesen der Dokumente</translation>
    </message>
    <message>
        <source>The document has no valid content hash.</source>
        <translation>Das Dokument hat keinen gültigen Inhalts-Hash.</translation>
    </message>
    <message>
        <source>adding the document %1</source>
        <translation>Hinzufügen des Dokuments %1</translation>
    </message>
    <message>
        <source>There is no document %1 in this case.</source>
        <translation>In diesem Vorgang gibt es kein Dokument %1.</translation>
    </message>
    <message>
        <source>listing the cases</source>
        <translation>Auflisten der Vorgänge</translation>
    </message>
    <message>
        <source>counting the cases</source>
        <translation>Zählen der Vorgänge</translation>
    </message>
    <message>
        <source>listing the stored documents</source>
        <translation>Auflisten der gespeicherten Dokumente</translation>
    </message>
    <message>
        <source>The workroom database %1 cannot be read: %2</source>
        <translation>Die Datenbank des Arbeitszimmers %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a workroom database (it is not an SQLite file). It was left untouched.</source>
        <translation>%1 ist keine Arbeitszimmer-Datenbank (keine SQLite-Datei). Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>opening the workroom database</source>
        <translation>Öffnen der Datenbank</translation>
    </message>
    <message>
        <source>The workroom database %1 was written by a newer version of Workroom (schema %2; this version knows up to %3). It was left untouched: update Workroom to open it.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Workroom-Version geschrieben (Schema %2; diese Version kennt bis %3). Sie wurde nicht verändert: Aktualisieren Sie Workroom, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>migrating</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>taking a backup copy before updating the database</source>
        <translation>Anlegen einer Sicherungskopie vor dem Aktualisieren der Datenbank</translation>
    </message>
    <message>
        <source>updating the database to schema %1</source>
        <translation>Aktualisieren der Datenbank auf Schema %1</translation>
    </message>
    <message>
        <source>updating the database</source>
        <translation>Aktualisieren der Datenbank</translation>
    </message>
    <message>
        <source>checking the workroom database</source>
        <translation>Prüfen der Datenbank</translation>
    </message>
    <message>
        <source>The workroom database %1 is damaged (%2). Nothing was overwritten; restore a backup or ask IT for help.</source>
        <translation>Die Datenbank %1 ist beschädigt (%2). Nichts wurde überschrieben; spielen Sie eine Sicherung ein oder wenden Sie sich an die IT.</translation>
    </message>
    <message>
        <source>The workroom database %1 has a dangling reference in table %2.</source>
        <translation>Die Datenbank %1 enthält einen Verweis ins Leere in Tabelle %2.</translation>
    </message>
    <message>
        <source>updating the search index</source>
        <translation>Aktualisieren des Suchindex</translation>
    </message>
    <message>
        <source>searching</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>rebuilding the search index</source>
        <translation>Neuaufbau des Suchindex</translation>
    </message>
    <message>
        <source>The workroom database is in use by another program; %1 was not possible. Close the other program and try again.</source>
        <translation>Die Datenbank wird von einem anderen Programm benutzt; %1 war nicht möglich. Schließen Sie das andere Programm und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The workroom database is damaged (%1); %2 was not possible. Nothing was overwritten.</source>
        <translation>Die Datenbank ist beschädigt (%1); %2 war nicht möglich. Nichts wurde überschrieben.</translation>
    </message>
    <message>
        <source>The workroom database could not be read or written (%1); %2 was not possible.</source>
        <translation>Die Datenbank konnte nicht gelesen oder geschrieben werden (%1); %2 war nicht möglich.</translation>
    </message>
    <message>
        <source>%1 was not possible: %2</source>
        <translation>%1 war nicht möglich: %2</translation>
    </message>
    <message>
        <source>exporting the case to %1</source>
        <translation>Exportieren des Vorgangs nach %1</translation>
    </message>
    <message>
        <source>%1 exists already; choose another folder.</source>
        <translation>%1 gibt es bereits; wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>cannot copy %1</source>
        <translation>%1 kann nicht kopiert werden</translation>
    </message>
    <message>
        <source>cannot rename %1</source>
        <translation>%1 kann nicht umbenannt werden</translation>
    </message>
    <message>
        <source>Readers cannot change cases in this workroom.</source>
        <translation>Mit Lesezugriff können Sie in diesem Arbeitszimmer keine Vorgänge ändern.</translation>
    </message>
    <message>
        <source>Your role (%1) may not move the case %2 from &quot;%3&quot; to &quot;%4&quot;.</source>
        <translation>Ihre Rolle (%1) darf den Vorgang %2 nicht von „%3“ auf „%4“ setzen.</translation>
    </message>
    <message>
        <source>creating the demo workroom</source>
        <translation>Anlegen des Demo-Arbeitszimmers</translation>
    </message>
    <message>
        <source>The file %1 is empty (0 bytes); nothing was added.</source>
        <translation>Die Datei %1 ist leer (0 Bytes); nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 is in this case already, as &quot;%2&quot;; it was not added again.</source>
        <translation>%1 ist bereits in diesem Vorgang, als „%2“; sie wurde nicht erneut hinzugefügt.</translation>
    </message>
    <message>
        <source>The data directory %1 cannot be created.</source>
        <translation>Das Datenverzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The stored document %1 is missing from %2.</source>
        <translation>Das gespeicherte Dokument %1 fehlt in %2.</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signiert</translation>
    </message>
    <message>
        <source>Co-signed</source>
        <translation>Mitgezeichnet</translation>
    </message>
    <message>
        <source>Final signature</source>
        <translation>Schlusszeichnung</translation>
    </message>
    <message>
        <source>reading the document version</source>
        <translation>Lesen der Dokumentversion</translation>
    </message>
    <message>
        <source>There is no document version %1.</source>
        <translation>Es gibt keine Dokumentversion %1.</translation>
    </message>
    <message>
        <source>reading the signatures</source>
        <translation>Lesen der Signaturen</translation>
    </message>
    <message>
        <source>The signature has no valid content hash.</source>
        <translation>Die Signatur hat keinen gültigen Inhalts-Hash.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate has no valid fingerprint.</source>
        <translation>Das Zertifikat des Unterzeichners hat keinen gültigen Fingerabdruck.</translation>
    </message>
    <message>
        <source>storing the signature</source>
        <translation>Speichern der Signatur</translation>
    </message>
    <message>
        <source>%1 has given this version of %2 the signature &quot;%3&quot; already.</source>
        <translation>%1 hat diese Version von %2 bereits mit der Signatur „%3“ versehen.</translation>
    </message>
    <message>
        <source>listing the stored signatures</source>
        <translation>Auflisten der gespeicherten Signaturen</translation>
    </message>
    <message>
        <source>Readers cannot add notices to cases.</source>
        <translation>Mit Lesezugriff können Sie Vorgängen keine Bescheide hinzufügen.</translation>
    </message>
    <message>
        <source>The printed notice is not a PDF.</source>
        <translation>Der gedruckte Bescheid ist kein PDF.</translation>
    </message>
    <message>
        <source>filing the notice %1</source>
        <translation>Ablegen des Bescheids %1</translation>
    </message>
    <message>
        <source>The notice would have empty places: %1.</source>
        <translation>Der Bescheid hätte leere Stellen: %1.</translation>
    </message>
    <message>
        <source>%1 is no readable signature: %2</source>
        <translation>%1 ist keine lesbare Signatur: %2</translation>
    </message>
    <message>
        <source>%1 does not sign this document (or was altered): %2</source>
        <translation>%1 signiert dieses Dokument nicht (oder wurde verändert): %2</translation>
    </message>
    <message>
        <source>%1 does not name its signer&apos;s certificate.</source>
        <translation>%1 nennt das Zertifikat des Unterzeichners nicht.</translation>
    </message>
    <message>
        <source>Readers cannot sign documents in this workroom.</source>
        <translation>Mit Lesezugriff können Sie in diesem Arbeitszimmer keine Dokumente signieren.</translation>
    </message>
    <message>
        <source>Only a team leader may give the final signature.</source>
        <translation>Nur die Teamleitung darf die Schlusszeichnung vornehmen.</translation>
    </message>
    <message>
        <source>Only a team leader may co-sign.</source>
        <translation>Nur die Teamleitung darf mitzeichnen.</translation>
    </message>
    <message>
        <source>This certificate has given version %1 of %2 the signature &quot;%3&quot; already.</source>
        <translation>Dieses Zertifikat hat Version %1 von %2 bereits mit der Signatur „%3“ versehen.</translation>
    </message>
    <message>
        <source>No temporary folder for checking the signature.</source>
        <translation>Kein temporärer Ordner für die Prüfung der Signatur verfügbar.</translation>
    </message>
    <message>
        <source>The stored document differs from the content of the signed file.</source>
        <translation>Das gespeicherte Dokument weicht vom Inhalt der signierten Datei ab.</translation>
    </message>
    <message>
        <source>No temporary folder for the signed content.</source>
        <translation>Kein temporärer Ordner für den signierten Inhalt verfügbar.</translation>
    </message>
    <message>
        <source>The stored signature %1 is missing from %2 or damaged.</source>
        <translation>Die gespeicherte Signatur %1 fehlt in %2 oder ist beschädigt.</translation>
    </message>
    <message>
        <source>storing the history of other computers</source>
        <translation>Speichern des Verlaufs anderer Computer</translation>
    </message>
    <message>
        <source>Entry %1 of another computer&apos;s history differs from the one imported before: its history was rewritten.</source>
        <translation>Eintrag %1 im Verlauf eines anderen Computers weicht vom zuvor importierten ab: Dessen Verlauf wurde umgeschrieben.</translation>
    </message>
    <message>
        <source>linking the history of other computers</source>
        <translation>Verknüpfen des Verlaufs anderer Computer</translation>
    </message>
    <message>
        <source>reading the history of other computers</source>
        <translation>Lesen des Verlaufs anderer Computer</translation>
    </message>
</context>
<context>
    <name>workroom::widgets::AboutDialog</name>
    <message>
        <source>Workroom %1</source>
        <translation>Workroom %1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the component versions to the clipboard</source>
        <translation>Die Versionen der Komponenten in die Zwischenablage kopieren</translation>
    </message>
</context>
<context>
    <name>workroom::widgets::BulkQueryWindow</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a bulk query (%2 MB at most).</source>
        <translation>%1 ist zu groß für eine Massenanfrage (höchstens %2 MB).</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Bulk register query</source>
        <translation>Massenanfrage an das Melderegister</translation>
    </message>
    <message>
        <source>A bulk query asks the register about up to %1 people at once. The CSV file needs the columns familienname, vornamen and geburtsdatum (referenz is optional); every row is checked before anything is sent.</source>
        <translation>Eine Massenanfrage fragt das Register zu bis zu %1 Personen auf einmal ab. Die CSV-Datei braucht die Spalten familienname, vornamen und geburtsdatum (referenz ist optional); jede Zeile wird geprüft, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>&amp;Open CSV file…</source>
        <translation>CSV-Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>No file opened yet.</source>
        <translation>Noch keine Datei geöffnet.</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>What the check of the file found</source>
        <translation>Ergebnis der Dateiprüfung</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>In der Datei gefundene Probleme</translation>
    </message>
    <message>
        <source>Rows that will be sent</source>
        <translation>Zeilen, die gesendet werden</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <source>Ro&amp;ws to send</source>
        <translation>Zu sendende &amp;Zeilen</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Purpose of the bulk query</source>
        <translation>Zweck der Massenanfrage</translation>
    </message>
    <message>
        <source>Why the data are needed</source>
        <translation>Wofür die Daten benötigt werden</translation>
    </message>
    <message>
        <source>P&amp;urpose (required):</source>
        <translation>Z&amp;weck (erforderlich):</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Aktenzeichen des Vorgangs</translation>
    </message>
    <message>
        <source>Case &amp;reference (required):</source>
        <translation>&amp;Aktenzeichen (erforderlich):</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>State of the bulk query</source>
        <translation>Status der Massenanfrage</translation>
    </message>
    <message>
        <source>Progress of the bulk query</source>
        <translation>Fortschritt der Massenanfrage</translation>
    </message>
    <message>
        <source>&amp;Submit bulk query</source>
        <translation>&amp;Massenanfrage senden</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>Save &amp;results as CSV…</source>
        <translation>&amp;Ergebnisse als CSV speichern…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Open a CSV file for a bulk query</source>
        <translation>CSV-Datei für eine Massenanfrage öffnen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading and checking the file…</source>
        <translation>Datei wird gelesen und geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) in %1</source>
        <translation>
            <numerusform>%Ln Zeile in %1</numerusform>
            <numerusform>%Ln Zeilen in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>read as %1, columns separated by “%2”</source>
        <translation>gelesen als %1, Spalten getrennt durch „%2“</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s) must be corrected in the file before it can be sent; open it again afterwards.</source>
        <translation>
            <numerusform>%Ln Fehler muss in der Datei korrigiert werden, bevor sie gesendet werden kann; öffnen Sie sie danach erneut.</numerusform>
            <numerusform>%Ln Fehler müssen in der Datei korrigiert werden, bevor sie gesendet werden kann; öffnen Sie sie danach erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no rows to send.</source>
        <translation>Die Datei enthält keine zu sendenden Zeilen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) can be sent.</source>
        <translation>
            <numerusform>%Ln Zeile kann gesendet werden.</numerusform>
            <numerusform>%Ln Zeilen können gesendet werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s).</source>
        <translation>
            <numerusform>%Ln Warnung.</numerusform>
            <numerusform>%Ln Warnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Problems (%1)</source>
        <translation>&amp;Probleme (%1)</translation>
    </message>
    <message>
        <source>Ro&amp;ws to send (%1)</source>
        <translation>Zu sendende &amp;Zeilen (%1)</translation>
    </message>
    <message>
        <source>Nothing has been sent: the file has errors (see “Problems”).</source>
        <translation>Nichts wurde gesendet: Die Datei enthält Fehler (siehe „Probleme“).</translation>
    </message>
    <message numerus="yes">
        <source>Submitting %Ln row(s)…</source>
        <translation>
            <numerusform>%Ln Zeile wird gesendet…</numerusform>
            <numerusform>%Ln Zeilen werden gesendet…</numerusform>
        </translation>
    </message>
    <message>
        <source>The bulk query was not accepted: %1</source>
        <translation>Die Massenanfrage wurde nicht angenommen: %1</translation>
    </message>
    <message>
        <source>The job could not be added to your list of jobs: %1</source>
        <translation>Der Auftrag konnte nicht in Ihre Auftragsliste aufgenommen werden: %1</translation>
    </message>
    <message>
        <source>Job %1 accepted; the register is working on it.</source>
        <translation>Auftrag %1 angenommen; das Register bearbeitet ihn.</translation>
    </message>
    <message>
        <source>Job %1: %2 of %3 rows done.</source>
        <translation>Auftrag %1: %2 von %3 Zeilen erledigt.</translation>
    </message>
    <message numerus="yes">
        <source>The results of this job have expired: the register deletes them %n day(s) after submission.</source>
        <translation>
            <numerusform>Die Ergebnisse dieses Auftrags sind abgelaufen: Das Register löscht sie %n Tag nach dem Absenden.</numerusform>
            <numerusform>Die Ergebnisse dieses Auftrags sind abgelaufen: Das Register löscht sie %n Tage nach dem Absenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The state of the job could not be asked for: %1</source>
        <translation>Der Status des Auftrags konnte nicht abgefragt werden: %1</translation>
    </message>
    <message>
        <source>Job %1 is kept in “Register queries”; fetch it again from there.</source>
        <translation>Auftrag %1 bleibt unter „Registerauskünfte“ erhalten; rufen Sie ihn dort erneut ab.</translation>
    </message>
    <message>
        <source>The register could not finish job %1.</source>
        <translation>Das Register konnte Auftrag %1 nicht abschließen.</translation>
    </message>
    <message>
        <source>Fetching the results of job %1…</source>
        <translation>Ergebnisse von Auftrag %1 werden abgerufen…</translation>
    </message>
    <message>
        <source>The results could not be fetched: %1</source>
        <translation>Die Ergebnisse konnten nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>Job %1 done: %2 found, %3 not unique, %4 not found, %5 with an information block. The results can be fetched again until %6.</source>
        <translation>Auftrag %1 abgeschlossen: %2 gefunden, %3 nicht eindeutig, %4 nicht gefunden, %5 mit Auskunftssperre. Die Ergebnisse können bis %6 erneut abgerufen werden.</translation>
    </message>
    <message>
        <source>The submission was cancelled. If the register received it already, the job appears under “Register queries” after a refresh.</source>
        <translation>Das Senden wurde abgebrochen. Falls das Register die Anfrage bereits erhalten hat, erscheint der Auftrag nach einer Aktualisierung unter „Registerauskünfte“.</translation>
    </message>
    <message>
        <source>Stopped waiting. Job %1 goes on at the register; fetch its results from “Register queries” until %2.</source>
        <translation>Warten beendet. Auftrag %1 läuft beim Register weiter; rufen Sie die Ergebnisse bis %2 unter „Registerauskünfte“ ab.</translation>
    </message>
    <message>
        <source>register-results-%1.csv</source>
        <translation>registerergebnisse-%1.csv</translation>
    </message>
    <message>
        <source>Save the results as CSV</source>
        <translation>Ergebnisse als CSV speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Results saved to %1.</source>
        <translation>Ergebnisse in %1 gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Stop Waiting</source>
        <translation>Warten &amp;beenden</translation>
    </message>
    <message>
        <source>The job goes on at the register; its results can be fetched from “Register queries”.</source>
        <translation>Der Auftrag läuft beim Register weiter; die Ergebnisse können unter „Registerauskünfte“ abgerufen werden.</translation>
    </message>
</context>
<context>
    <name>workroom::widgets::BulkRowModel</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
</context>
<context>
    <name>workroom::widgets::CaseConflictBanner</name>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Lösen…</translation>
    </message>
    <message>
        <source>Resolve the sync conflict of this case</source>
        <translation>Den Synchronisierungskonflikt dieses Vorgangs lösen</translation>
    </message>
    <message>
        <source>Conflict: %1 changed here and on the DMS. Both values are kept until you choose.</source>
        <translation>Konflikt: %1 wurde hier und auf dem DMS geändert. Beide Werte bleiben erhalten, bis Sie einen auswählen.</translation>
    </message>
</context>
<context>
    <name>workroom::widgets::CaseDetailView</name>
    <message>
        <source>Chosen case</source>
        <translation>Ausgewählter Vorgang</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Meldung ausblenden</translation>
    </message>
    <message>
        <source>Parts of the case</source>
        <translation>Bereiche des Vorgangs</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ver&amp;lauf</translation>
    </message>
    <message>
        <source>&amp;Edit Case…</source>
        <translation>&amp;Vorgang bearbeiten…</translation>
    </message>
    <message>
        <source>Change the subject, assignee, dates and tags of the case</source>
        <translation>Betreff, Bearbeitung, Termine und Schlagwörter des Vorgangs ändern</translation>
    </message>
    <message>
        <source>Add &amp;Documents…</source>
        <translation>&amp;Dokumente hinzufügen…</translation>
    </message>
    <message>
        <source>Add files to the case; you can also drop files and folders onto it</source>
        <translation>Dateien zum Vorgang hinzufügen; Sie können Dateien und Ordner auch auf den Vorgang ziehen</translation>
    </message>
    <message>
        <source>Add &amp;Party…</source>
        <translation>&amp;Beteiligte hinzufügen…</translation>
    </message>
    <message>
        <source>Add a person or a company to the case</source>
        <translation>Eine Person oder ein Unternehmen als Beteiligte zum Vorgang hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Note</source>
        <translation>&amp;Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Write a note on the case</source>
        <translation>Eine Notiz zum Vorgang schreiben</translation>
    </message>
    <message>
        <source>History of the case, newest first</source>
        <translation>Verlauf des Vorgangs, neueste Einträge zuerst</translation>
    </message>
    <message>
        <source>&amp;Documents (%1)</source>
        <translation>Do&amp;kumente (%1)</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>Do&amp;kumente</translation>
    </message>
    <message>
        <source>No&amp;tes (%1)</source>
        <translation>No&amp;tizen (%1)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tizen</translation>
    </message>
    <message>
        <source>Drop to add the files to %1</source>
        <translation>Loslassen, um die Dateien zu %1 hinzuzufügen</translation>
    </message>
</context>
<context>
    <name>workroom::widgets::CaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Neuer Vorgang</translation>
    </message>
    <message>
        <source>assigned when the case is saved</source>
        <translation>wird beim Speichern vergeben</translation>
    </message>
    <message>
        <source>&amp;Create case</source>
        <translation>Vorgang &amp;anlegen</translation>
    </message>
    <message>
        <source>Edit case %1</source>
        <translation>Vorgang %1 bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Enter the file-plan code the case is filed under, such as 32.10.</source>
        <translation>Geben Sie das Aktenplankennzeichen ein, unter dem der Vorgang abgelegt wird, etwa 32.10.</translation>
    </message>
    <message>
        <source>Enter the name of the first party, or untick &quot;First party&quot;.</source>
        <translation>Geben Sie den Namen der oder des ersten Beteiligten ein, oder entfernen Sie das Häkchen bei „Erste/r Beteiligte/r“.</translation>
    </message>
</context>
<context>
    <name>workroom::widgets::CaseDocumentsTab</name>
    <message>
        <source>&amp;Open Document</source>
        <translation>Dokument ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open a read-only copy of the chosen version in the system&apos;s viewer</source>
        <translation>Eine schreibgeschützte Kopie der gewählten Version mit dem Anzeigeprogramm des Systems öffnen</translation>
    </message>
    <message>
        <source>Documents and their versions</source>
        <translation>Dokumente und ihre Versionen</translation>
    </message>
    <message>
        <source>Files and folders dropped onto the case are added to it.</source>
        <translation>Dateien und Ordner, die Sie auf den Vorgang ziehen, werden ihm hinzugefügt.</translation>
    </message>
    <message>
        <source>Opened a read-only copy: %1</source>
        <translation>Schreibgeschützte Kopie geöffnet: %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>No documents yet. Add them with “Add Documents…” or drop files and folders here.</source>
        <translation>Noch keine Dokumente. Fügen Sie sie mit „Dokumente hinzufügen…“ hinzu oder ziehen Sie Dateien und Ordner hierher.</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Signieren…</translation>
    </message>
    <message>
        <source>Sign the chosen version with your signing identity</source>
        <translation>Die gewählte Version mit Ihrer Signaturidentität signieren</translation>
    </message>
    <message>
        <source>&amp;Co-sign…</source>
        <translation>&amp;Mitzeichnen…</translation>
    </message>
    <message>
        <source>Co-sign the chosen version (team leaders)</source>
        <translation>Die gewählte Version mitzeichnen (Teamleitung)</translation>
    </message>
    <message>
        <source>&amp;Final Signature…</source>
        <translation>Schluss&amp;zeichnung…</translation>
    </message>
    <message>
        <source>Give the chosen version the final signature (team leaders)</source>
        <translation>Die Schlusszeichnung für die gewählte Version vornehmen (Teamleitung)</translation>
    </message>
    <message>
        <source>Add &amp;Received Signature…</source>
        <translation>Erhaltene Signatur &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Check and keep a signature received with a document: a .p7s for the chosen version, or a signed .p7m file</source>
        <translation>Eine mit einem Dokument erhaltene Signatur prüfen und aufbewahren: eine .p7s-Datei für die gewählte Version oder eine signierte .p7m-Datei</translation>
    </message>
    <message>
        <source>Add Received Signature</source>
        <translation>Erhaltene Signatur hinzufügen</translation>
    </message>
    <message>
        <source>Signatures (*.p7s *.p7m);;All files (*)</source>
        <translation>Signaturen (*.p7s *.p7m);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open in S&amp;ystem Viewer</source>
        <translation>Im S&amp;ystem-Anzeigeprogramm öffnen</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, Version %2</translation>
    </message>
    <message>
        <source>No Signing Identity</source>
        <translation>Keine Signaturidentität</translation>
    </message>
    <message>
        <source>You have no signing identity yet. Import one with File › Signing Identities…</source>
        <translation>Sie haben noch keine Signaturidentität. Importieren Sie eine über Datei › Signaturidentitäten…</translation>
    </message>
    <message>
        <source>%1 – %2 (valid until %3)</source>
        <translation>%1 – %2 (gültig bis %3)</translation>
    </message>
    <message>
        <source>Choose Signing Identity</source>
        <translation>Signaturidentität wählen</translation>
    </message>
    <message>
        <source>Sign %1 with:</source>
        <translation>%1 signieren mit:</translation>
    </message>
    <message>
        <source>Signing %1…</source>
        <translation>%1 wird signiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signieren</translation>
    </message>
    <message>
        <source>Signing was cancelled.</source>
        <translation>Das Signieren wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Signing was cancelled; nothing was stored.</source>
        <translation>Das Signieren wurde abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Signed: %1 by %2.</source>
        <translation>Signiert: %1 von %2.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>%1 was added to the case with its signature: %2.</source>
        <translation>%1 wurde dem Vorgang samt Signatur hinzugefügt: %2.</translation>
    </message>
    <message>
        <source>The signature of %1 was added: %2.</source>
        <translation>Die Signatur von %1 wurde hinzugefügt: %2.</translation>
    </message>
</context>
<context>
    <name>workroom::widgets::CaseFilterBar</name>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Assi&amp;gnee:</source>
        <translation>Bearbeitun&amp;g:</translation>
    </message>
    <message>
        <source>Filter by assignee</source>
        <translation>Nach Bearbeitung filtern</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <source>Filter by deadline</source>
        <translation>Nach Frist filtern</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Within a week</source>
        <translation>Innerhalb einer Woche</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Ohne Frist</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>workroom::widgets::CaseListPane</name>
    <message>
        <source>Search cases</source>
        <translation>Vorgänge suchen</translation>
    </message>
    <message>
        <source>Search reference numbers, subjects, parties and documents (%1)</source>
        <translation>Aktenzeichen, Betreffe, Beteiligte und Dokumente durchsuchen (%1)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>Number of cases</source>
        <translation>Anzahl der Vorgänge</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n Vorgang</numerusform>
            <numerusform>%n Vorgänge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) found</source>
        <translation>
            <numerusform>%n Vorgang gefunden</numerusform>
            <numerusform>%n Vorgänge gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>This profile has no workroom yet. Start Workroom with --demo to try the demo workroom.</source>
        <translation>Dieses Profil hat noch kein Arbeitszimmer. Starten Sie Workroom mit --demo, um das Demo-Arbeitszimmer auszuprobieren.</translation>
    </message>
    <message>
        <source>No case matches “%1”.</source>
        <translation>Kein Vorgang passt zu „%1“.</translation>
    </message>
    <message>
        <source>No cases match the filters.</source>
        <translation>Kein Vorgang passt zu den Filtern.</translation>
    </message>
</context>
<context>
    <name>workroom::widgets::CaseNotesTab</name>
    <message>
        <source>Notes, newest first</source>
        <translation>Notizen, neueste zuerst</translation>
    </message>
    <message>
        <source>New &amp;note:</source>
        <translation>Neue &amp;Notiz:</translation>
    </message>
    <message>
        <source>Text of the new note</source>
        <translation>Text der neuen Notiz</translation>
    </message>
    <message>
        <source>What should the next person to open this case know?</source>
        <translation>Was sollte die nächste Person wissen, die diesen Vorgang öffnet?</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Add the note to the case (%1)</source>
        <translation>Die Notiz zum Vorgang hinzufügen (%1)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Note by %1: %2</source>
        <translation>Notiz von %1: %2</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Noch keine Notizen.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Notiz hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>workroom::widgets::CaseOverviewTab</name>
    <message>
        <source>Resume work</source>
        <translation>Bearbeitung fortsetzen</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>Bearbeitung beginnen</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Zur Prüfung vorlegen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Return to the clerk</source>
        <translation>An die Sachbearbeitung zurückgeben</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Vorgang abschließen</translation>
    </message>
    <message>
        <source>Set to “%1”</source>
        <translation>Auf „%1“ setzen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&amp;Remove Party</source>
        <translation>Beteiligte ent&amp;fernen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>Bearbeitung:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Frist:</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Resubmission:</source>
        <translation>Wiedervorlage:</translation>
    </message>
    <message>
        <source>Resubmission</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <source>Created and last changed</source>
        <translation>Angelegt und zuletzt geändert</translation>
    </message>
    <message>
        <source>Recorded:</source>
        <translation>Erfasst:</translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <translation>B&amp;eteiligte:</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>%1 – overdue</source>
        <translation>%1 – überfällig</translation>
    </message>
    <message>
        <source>%1 – due</source>
        <translation>%1 – fällig</translation>
    </message>
    <message>
        <source>created %1, last changed %2</source>
        <translation>angelegt am %1, zuletzt geändert am %2</translation>
    </message>
    <message>
        <source>No parties yet.</source>
        <translation>Noch keine Beteiligten.</translation>
    </message>
    <message>
        <source>Set the status to “%1”</source>
        <translation>Status auf „%1“ setzen</translation>
    </message>
    <message>
        <source>The next step is the team leader&apos;s.</source>
        <translation>Der nächste Schritt liegt bei der Teamleitung.</translation>
    </message>
    <message>
        <source>%1 is now “%2”.</source>
        <translation>%1 ist jetzt „%2“.</translation>
    </message>
    <message>
        <source>Remove party</source>
        <translation>Beteiligte entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the case %2? The history keeps a record of the removal.</source>
        <translation>%1 aus dem Vorgang %2 entfernen? Das Entfernen wird im Verlauf festgehalten.</translation>
    </message>
    <message>
        <source>Register &amp;Query…</source>
        <translation>&amp;Registerauskunft…</translation>
    </message>
    <message>
        <source>Ask the civil register about the selected party</source>
        <translation>Melderegisterauskunft zur gewählten beteiligten Person einholen</translation>
    </message>
</context>
<context>
    <name>workroom::widgets::CertificateDialog</name>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Certificate of %1</source>
        <translation>Zertifikat von %1</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Zertifikatskette</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Aktuell:</translation>
    </message>
    <message>
        <source>Key usage:</source>
        <translation>Schlüsselverwendung:</translation>
    </message>
    <message>
        <source>Extended key usage:</source>
        <translation>Erweiterte Schlüsselverwendung:</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Öffentlicher Schlüssel:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint:</source>
        <translation>SHA-1-Fingerabdruck:</translation>
    </message>
    <message>
        <source>%1 (self-issued)</source>
        <translation>%1 (selbst ausgestellt)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Not valid yet</source>
        <translation>Noch nicht gültig</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>Valid; expires in %n day(s)</source>
        <translation>
            <numerusform>Gültig; läuft in %n Tag ab</numerusform>
            <numerusform>Gültig; läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>any (the certificate does not restrict it)</source>
        <translation>beliebig (das Zertifikat schränkt sie nicht ein)</translation>
    </message>
    <message>
        <source>This certificate may not sign documents.</source>
        <translation>Dieses Zertifikat darf keine Dokumente signieren.</translation>
    </message>
    <message>
        <source>%1 (certification authority)</source>
        <translation>%1 (Zertifizierungsstelle)</translation>
    </message>
</context>
<context>
    <name>workroom::widgets::ConflictDialog</name>
    <message>
        <source>Sync Conflicts</source>
        <translation>Synchronisierungskonflikte</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Offene Konflikte</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Value last synced</source>
        <translation>Zuletzt synchronisierter Wert</translation>
    </message>
    <message>
        <source>Value on this computer</source>
        <translation>Wert auf diesem Computer</translation>
    </message>
    <message>
        <source>Value on the DMS</source>
        <translation>Wert auf dem DMS</translation>
    </message>
    <message>
        <source>Last synced:</source>
        <translation>Zuletzt synchronisiert:</translation>
    </message>
    <message>
        <source>This computer:</source>
        <translation>Dieser Computer:</translation>
    </message>
    <message>
        <source>DMS:</source>
        <translation>DMS:</translation>
    </message>
    <message>
        <source>Keep &amp;this computer&apos;s</source>
        <translation>Wert dieses &amp;Computers behalten</translation>
    </message>
    <message>
        <source>Keep the &amp;DMS&apos;s</source>
        <translation>Wert des &amp;DMS behalten</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Zusammengeführter Wert</translation>
    </message>
    <message>
        <source>&amp;Apply Merged Value</source>
        <translation>Zusammengeführten Wert &amp;übernehmen</translation>
    </message>
    <message>
        <source>M&amp;erged value:</source>
        <translation>Zusammengeführter &amp;Wert:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>There are no open conflicts.</source>
        <translation>Es gibt keine offenen Konflikte.</translation>
    </message>
    <message>
        <source>%1 of case %2 was changed here and on the DMS (noticed %3).</source>
        <translation>%1 von Vorgang %2 wurde hier und auf dem DMS geändert (festgestellt: %3).</translation>
    </message>
    <message>
        <source>%1 of case %2 was changed here and on the DMS.</source>
        <translation>%1 von Vorgang %2 wurde hier und auf dem DMS geändert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2.</source>
        <translation>„%1“ ist kein gültiger Wert für %2.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird übernommen…</translation>
    </message>
    <message>
        <source>Resolved; the choice goes to the DMS with the next sync.</source>
        <translation>Gelöst; die Auswahl geht mit der nächsten Synchronisierung an das DMS.</translation>
    </message>
    <message>
        <source>Could not resolve the conflict: %1</source>
        <translation>Der Konflikt konnte nicht gelöst werden: %1</translation>
    </message>
</context>
<context>
    <name>workroom::widgets::CsvIssueModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>workroom::widgets::DmsLinkDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the keychain</source>
        <translation>Kennwort im &amp;Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>&amp;Test and Link</source>
        <translation>&amp;Testen und verbinden</translation>
    </message>
    <message>
        <source>Link to DMS</source>
        <translation>Mit DMS verbinden</translation>
    </message>
    <message>
        <source>Address of the DMS collection</source>
        <translation>Adresse der DMS-Sammlung</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>Only if the server&apos;s certificate is from your own CA</source>
        <translation>Nur wenn das Zertifikat des Servers von Ihrer eigenen CA stammt</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>CA-Zertifikatsdatei auswählen</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>IT has fixed the DMS link on this computer; only the password can be entered here.</source>
        <translation>Die IT hat die DMS-Verbindung auf diesem Computer fest vorgegeben; hier kann nur das Kennwort eingegeben werden.</translation>
    </message>
    <message>
        <source>Testing the server</source>
        <translation>Server wird getestet</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Enter the https:// address of the workroom&apos;s collection on the DMS.</source>
        <translation>Geben Sie die https://-Adresse der Sammlung des Arbeitszimmers auf dem DMS ein.</translation>
    </message>
    <message>
        <source>Enter the user name and the password of your DMS account.</source>
        <translation>Geben Sie den Benutzernamen und das Kennwort Ihres DMS-Kontos ein.</translation>
    </message>
    <message>
        <source>No certificate could be read from %1.</source>
        <translation>Aus %1 konnte kein Zertifikat gelesen werden.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <source>The server works, but the link could not be saved in the settings.</source>
        <translation>Der Server funktioniert, aber die Verbindung konnte nicht in den Einstellungen gespeichert werden.</translation>
    </message>
    <message>
        <source>The password is kept in the keychain.</source>
        <translation>Das Kennwort wird im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The password is kept until Workroom is closed.</source>
        <translation>Das Kennwort wird bis zum Beenden von Workroom gespeichert.</translation>
    </message>
    <message>
        <source>Linked to %1 as %2.</source>
        <translation>Mit %1 als %2 verbunden.</translation>
    </message>
    <message>
        <source>The DMS refused the user name or the password.</source>
        <translation>Das DMS hat den Benutzernamen oder das Kennwort abgelehnt.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. If your organisation runs its own certificate authority, choose its CA file.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut. Wenn Ihre Organisation eine eigene Zertifizierungsstelle betreibt, wählen Sie deren CA-Datei.</translation>
    </message>
    <message>
        <source>The account may not write to this collection.</source>
        <translation>Das Konto darf nicht in diese Sammlung schreiben.</translation>
    </message>
    <message>
        <source>There is no collection at this address.</source>
        <translation>An dieser Adresse gibt es keine Sammlung.</translation>
    </message>
    <message>
        <source>The address does not look like a WebDAV collection.</source>
        <translation>Die Adresse sieht nicht nach einer WebDAV-Sammlung aus.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <source>The server refuses to overwrite a file changed in the meantime.</source>
        <translation>Der Server verweigert das Überschreiben einer zwischenzeitlich geänderten Datei.</translation>
    </message>
    <message>
        <source>The server cannot refuse stale writes; Workroom re-reads before it writes.</source>
        <translation>Der Server kann veraltete Schreibvorgänge nicht abweisen; Workroom liest vor dem Schreiben erneut.</translation>
    </message>
    <message>
        <source>Locking works.</source>
        <translation>Sperren funktionieren.</translation>
    </message>
    <message>
        <source>No locking.</source>
        <translation>Keine Sperren.</translation>
    </message>
    <message>
        <source>Whole trees can be listed at once.</source>
        <translation>Ganze Verzeichnisbäume können auf einmal aufgelistet werden.</translation>
    </message>
    <message>
        <source>Folders are listed one by one.</source>
        <translation>Ordner werden einzeln aufgelistet.</translation>
    </message>
    <message>
        <source>The server works with Workroom. %1</source>
        <translation>Der Server funktioniert mit Workroom. %1</translation>
    </message>
</context>
<context>
    <name>workroom::widgets::DmsPasswordDialog</name>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>Im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>DMS Password</source>
        <translation>DMS-Kennwort</translation>
    </message>
    <message>
        <source>The password of %1 for the DMS at %2:</source>
        <translation>Das Kennwort von %1 für das DMS unter %2:</translation>
    </message>
    <message>
        <source>DMS password</source>
        <translation>DMS-Kennwort</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>There is no keychain on this computer: the password is asked for each time.</source>
        <translation>Auf diesem Computer gibt es keinen Schlüsselbund: Das Kennwort wird jedes Mal abgefragt.</translation>
    </message>
</context>
<context>
    <name>workroom::widgets::DocumentImportProgress</name>
    <message>
        <source>Adding documents to %1</source>
        <translation>Dokumente werden zu %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Abbruch nach der aktuellen Datei…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) added</source>
        <translation>
            <numerusform>%n Dokument hinzugefügt</numerusform>
            <numerusform>%n Dokumente hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the case</source>
        <translation>
            <numerusform>%n bereits im Vorgang vorhanden</numerusform>
            <numerusform>%n bereits im Vorgang vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>File %1 of %2: %3
%4 of %5</source>
        <translation>Datei %1 von %2: %3
%4 von %5</translation>
    </message>
    <message>
        <source>Adding documents to %1: file %2 of %3</source>
        <translation>Dokumente werden zu %1 hinzugefügt: Datei %2 von %3</translation>
    </message>
    <message>
        <source>(cancelled; what was added before stays in the case)</source>
        <translation>(abgebrochen; bereits Hinzugefügtes bleibt im Vorgang)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Documents for %1</source>
        <translation>Dokumente für %1</translation>
    </message>
</context>
<context>
    <name>workroom::widgets::DocumentOpener</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The document cannot be copied for viewing from %1.</source>
        <translation>Das Dokument kann nicht zur Ansicht aus %1 kopiert werden.</translation>
    </message>
    <message>
        <source>The copy for viewing cannot be written to %1.</source>
        <translation>Die Kopie zur Ansicht kann nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>No temporary folder for viewing documents: %1</source>
        <translation>Kein temporärer Ordner zum Ansehen von Dokumenten: %1</translation>
    </message>
    <message>
        <source>No program is set up to open %1.</source>
        <translation>Es ist kein Programm zum Öffnen von %1 eingerichtet.</translation>
    </message>
</context>
<context>
    <name>workroom::widgets::EditCaseCommand</name>
    <message>
        <source>Edit case %1</source>
        <translation>Änderung an Vorgang %1</translation>
    </message>
</context>
<context>
    <name>workroom::widgets::FormFieldEditorFactory</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Required field</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>Read-only field</source>
        <translation>Schreibgeschütztes Feld</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters</source>
        <translation>
            <numerusform>Höchstens %n Zeichen</numerusform>
            <numerusform>Höchstens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Signature field: sign the document instead</source>
        <translation>Signaturfeld: Signieren Sie stattdessen das Dokument</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
</context>
<context>
    <name>workroom::widgets::MainWindow</name>
    <message>
        <source>My day</source>
        <translation>Mein Tag</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alle Vorgänge</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Zur Prüfung</translation>
    </message>
    <message>
        <source>Register queries</source>
        <translation>Registerauskünfte</translation>
    </message>
    <message>
        <source>Local workroom</source>
        <translation>Lokales Arbeitszimmer</translation>
    </message>
    <message>
        <source>%1 – Workroom</source>
        <translation>%1 – Workroom</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find Cases</source>
        <translation>Vorgänge &amp;suchen</translation>
    </message>
    <message>
        <source>Search the cases of this view</source>
        <translation>Die Vorgänge dieser Ansicht durchsuchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Workroom</source>
        <translation>Ü&amp;ber Workroom</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Workroom:</source>
        <translation>Arbeits&amp;zimmer:</translation>
    </message>
    <message>
        <source>Workroom</source>
        <translation>Arbeitszimmer</translation>
    </message>
    <message>
        <source>Views of the workroom</source>
        <translation>Ansichten des Arbeitszimmers</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Vorgangsdetails</translation>
    </message>
    <message>
        <source>No case selected.

Choose a case in the list to see its overview, documents, notes and history.</source>
        <translation>Kein Vorgang ausgewählt.

Wählen Sie einen Vorgang in der Liste, um Übersicht, Dokumente, Notizen und Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Local workroom – not linked to a DMS</source>
        <translation>Lokales Arbeitszimmer – nicht mit einem DMS verbunden</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Synchronisationsstatus</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Nothing due today: no overdue deadlines and no resubmissions.</source>
        <translation>Heute steht nichts an: keine überfälligen Fristen und keine Wiedervorlagen.</translation>
    </message>
    <message>
        <source>(Demo)</source>
        <translation>(Demo)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>&amp;Neuer Vorgang…</translation>
    </message>
    <message>
        <source>Create a case in this workroom</source>
        <translation>Einen Vorgang in diesem Arbeitszimmer anlegen</translation>
    </message>
    <message>
        <source>&amp;Export Case as ZIP Archive…</source>
        <translation>Vorgang als &amp;ZIP-Archiv exportieren…</translation>
    </message>
    <message>
        <source>Write the chosen case with its documents, notes and history to a ZIP archive</source>
        <translation>Den gewählten Vorgang mit Dokumenten, Notizen und Verlauf in ein ZIP-Archiv schreiben</translation>
    </message>
    <message>
        <source>Export Case to &amp;Folder…</source>
        <translation>Vorgang in &amp;Ordner exportieren…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Vorgang</translation>
    </message>
    <message>
        <source>Change &amp;Status</source>
        <translation>&amp;Status ändern</translation>
    </message>
    <message>
        <source>No step possible</source>
        <translation>Kein Schritt möglich</translation>
    </message>
    <message>
        <source>Background work</source>
        <translation>Hintergrundaufgaben</translation>
    </message>
    <message>
        <source>Progress of the background work</source>
        <translation>Fortschritt der Hintergrundaufgaben</translation>
    </message>
    <message>
        <source>%1
Data: %2</source>
        <translation>%1
Daten: %2</translation>
    </message>
    <message>
        <source>No workroom yet</source>
        <translation>Noch kein Arbeitszimmer</translation>
    </message>
    <message>
        <source>Due today or earlier</source>
        <translation>Heute oder früher fällig</translation>
    </message>
    <message>
        <source>No cases yet. Create one with “New Case” (%1).</source>
        <translation>Noch keine Vorgänge. Legen Sie mit „Neuer Vorgang“ (%1) einen an.</translation>
    </message>
    <message>
        <source>No case is waiting for review.</source>
        <translation>Kein Vorgang wartet auf Prüfung.</translation>
    </message>
    <message>
        <source>The inbox will hold what citizens submit through the service portal. It arrives with the portal connection in a later version; nothing has been delivered here.</source>
        <translation>Im Posteingang erscheint, was Bürgerinnen und Bürger über das Serviceportal einreichen. Er kommt mit der Portalanbindung in einer späteren Version; hier wurde noch nichts zugestellt.</translation>
    </message>
    <message>
        <source>Queries to the civil register (Melderegisterauskunft) will be listed here. They arrive with the register connection in a later version; no query has been made.</source>
        <translation>Hier werden Anfragen an das Melderegister (Melderegisterauskünfte) aufgeführt. Sie kommen mit der Registeranbindung in einer späteren Version; bisher wurde keine Anfrage gestellt.</translation>
    </message>
    <message>
        <source>Case %1 created.</source>
        <translation>Vorgang %1 angelegt.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Änderungen gespeichert.</translation>
    </message>
    <message>
        <source>Add documents to the case</source>
        <translation>Dokumente zum Vorgang hinzufügen</translation>
    </message>
    <message>
        <source>All files (*);;PDF documents (*.pdf);;Text files (*.txt)</source>
        <translation>Alle Dateien (*);;PDF-Dokumente (*.pdf);;Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Adding documents to %1…</source>
        <translation>Dokumente werden zu %1 hinzugefügt…</translation>
    </message>
    <message>
        <source>Export case as ZIP archive</source>
        <translation>Vorgang als ZIP-Archiv exportieren</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Export case to folder</source>
        <translation>Vorgang in Ordner exportieren</translation>
    </message>
    <message>
        <source>Export of %1</source>
        <translation>Export von %1</translation>
    </message>
    <message>
        <source>The case %1 was exported to:</source>
        <translation>Der Vorgang %1 wurde exportiert nach:</translation>
    </message>
    <message>
        <source>%1 exported.</source>
        <translation>%1 exportiert.</translation>
    </message>
    <message>
        <source>The case %1 could not be exported.</source>
        <translation>Der Vorgang %1 konnte nicht exportiert werden.</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (und %n weitere Aufgabe)</numerusform>
            <numerusform>%1 (und %n weitere Aufgaben)</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing &amp;Identities…</source>
        <translation>Signatur&amp;identitäten…</translation>
    </message>
    <message>
        <source>Import, show and remove your signing identities; choose trusted certificates</source>
        <translation>Signaturidentitäten importieren, anzeigen und entfernen; vertrauenswürdige Zertifikate wählen</translation>
    </message>
    <message>
        <source>New &amp;Notice…</source>
        <translation>Neuer Besc&amp;heid…</translation>
    </message>
    <message>
        <source>Create a notice (Bescheid) for this case from a template</source>
        <translation>Einen Bescheid für diesen Vorgang aus einer Vorlage erstellen</translation>
    </message>
    <message>
        <source>Notice &quot;%1&quot; filed in the case.</source>
        <translation>Bescheid „%1“ im Vorgang abgelegt.</translation>
    </message>
    <message>
        <source>The filled form was saved as a new version.</source>
        <translation>Das ausgefüllte Formular wurde als neue Version gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>The signing certificate of %1 expires in %n day(s); see File › Signing Identities.</source>
        <translation>
            <numerusform>Das Signaturzertifikat von %1 läuft in %n Tag ab; siehe Datei › Signaturidentitäten.</numerusform>
            <numerusform>Das Signaturzertifikat von %1 läuft in %n Tagen ab; siehe Datei › Signaturidentitäten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>workroom::widgets::NoticeDialog</name>
    <message>
        <source>New Notice</source>
        <translation>Neuer Bescheid</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Notice templates</source>
        <translation>Bescheidvorlagen</translation>
    </message>
    <message>
        <source>Preview of the notice</source>
        <translation>Vorschau des Bescheids</translation>
    </message>
    <message>
        <source>Progress of the notice</source>
        <translation>Fortschritt der Bescheiderstellung</translation>
    </message>
    <message>
        <source>&amp;Create Notice</source>
        <translation>Bescheid &amp;erstellen</translation>
    </message>
    <message>
        <source>Preparing the notice…</source>
        <translation>Bescheid wird vorbereitet…</translation>
    </message>
    <message>
        <source>Printing the notice to PDF…</source>
        <translation>Bescheid wird als PDF gedruckt…</translation>
    </message>
    <message>
        <source>%1 (%2 template)</source>
        <translation>%1 (Vorlage: %2)</translation>
    </message>
    <message>
        <source>No notice templates were found.</source>
        <translation>Es wurden keine Bescheidvorlagen gefunden.</translation>
    </message>
    <message>
        <source>Unknown placeholders (the notice cannot be created):</source>
        <translation>Unbekannte Platzhalter (der Bescheid kann nicht erstellt werden):</translation>
    </message>
    <message>
        <source>Empty values (marked in the preview):</source>
        <translation>Leere Werte (in der Vorschau markiert):</translation>
    </message>
    <message>
        <source>Readers cannot add notices to cases.</source>
        <translation>Mit Lesezugriff können Sie Vorgängen keine Bescheide hinzufügen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The notice was not created</source>
        <translation>Der Bescheid wurde nicht erstellt</translation>
    </message>
    <message>
        <source>Empty values</source>
        <translation>Leere Werte</translation>
    </message>
    <message>
        <source>These values of the notice are empty: %1.

Create the notice anyway?</source>
        <translation>Diese Werte des Bescheids sind leer: %1.

Den Bescheid trotzdem erstellen?</translation>
    </message>
    <message>
        <source>Filing the notice in the case…</source>
        <translation>Der Bescheid wird im Vorgang abgelegt…</translation>
    </message>
</context>
<context>
    <name>workroom::widgets::PartyDialog</name>
    <message>
        <source>&amp;Add party</source>
        <translation>Beteiligte &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Enter the name of the person or the company.</source>
        <translation>Geben Sie den Namen der Person oder des Unternehmens ein.</translation>
    </message>
</context>
<context>
    <name>workroom::widgets::PartyEditor</name>
    <message>
        <source>Applicant</source>
        <translation>Antragsteller/in</translation>
    </message>
    <message>
        <source>Authorised representative</source>
        <translation>Bevollmächtigte/r</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Zeuge/Zeugin</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>Sonstige/r Beteiligte/r</translation>
    </message>
</context>
<context>
    <name>workroom::widgets::PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Enter the passphrase of the signing key “%1”.</source>
        <translation>Geben Sie die Passphrase des Signaturschlüssels „%1“ ein.</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Zertifikat: %1</translation>
    </message>
    <message>
        <source>The passphrase was wrong. Try again (attempt %1 of %2).</source>
        <translation>Die Passphrase war falsch. Versuchen Sie es erneut (Versuch %1 von %2).</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>The passphrase is not stored.</source>
        <translation>Die Passphrase wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
</context>
<context>
    <name>workroom::widgets::PdfFormOverlay</name>
    <message>
        <source>No temporary folder for the filled form: %1</source>
        <translation>Kein temporärer Ordner für das ausgefüllte Formular: %1</translation>
    </message>
</context>
<context>
    <name>workroom::widgets::PdfThumbnailBar</name>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Page thumbnails</source>
        <translation>Seitenminiaturen</translation>
    </message>
</context>
<context>
    <name>workroom::widgets::PdfView</name>
    <message>
        <source>Document pages</source>
        <translation>Dokumentseiten</translation>
    </message>
    <message>
        <source>Page %1 is being drawn…</source>
        <translation>Seite %1 wird dargestellt…</translation>
    </message>
</context>
<context>
    <name>workroom::widgets::PdfViewer</name>
    <message>
        <source>The printer cannot be used.</source>
        <translation>Der Drucker kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Das Drucken wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The printer stopped accepting pages.</source>
        <translation>Der Drucker nimmt keine Seiten mehr an.</translation>
    </message>
    <message>
        <source>&amp;Thumbnails</source>
        <translation>&amp;Miniaturansichten</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>An &amp;Breite anpassen</translation>
    </message>
    <message>
        <source>Fit &amp;Page</source>
        <translation>An Seite an&amp;passen</translation>
    </message>
    <message>
        <source>Rotate &amp;Left</source>
        <translation>Nach &amp;links drehen</translation>
    </message>
    <message>
        <source>Rotate &amp;Right</source>
        <translation>Nach &amp;rechts drehen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>Rückwär&amp;ts suchen</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Save Form</source>
        <translation>&amp;Formular speichern</translation>
    </message>
    <message>
        <source>Save the filled form as a new document version</source>
        <translation>Das ausgefüllte Formular als neue Dokumentversion speichern</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>Aktuelle Seite</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>An Breite anpassen</translation>
    </message>
    <message>
        <source>Fit Page</source>
        <translation>An Seite anpassen</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>Password of the document</source>
        <translation>Kennwort des Dokuments</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Text in the document</source>
        <translation>Text im Dokument</translation>
    </message>
    <message>
        <source>&amp;Match case</source>
        <translation>Groß-/Kleinschreibung be&amp;achten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the search bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Enter it to open the document.</source>
        <translation>%1 ist durch ein Kennwort geschützt. Geben Sie es ein, um das Dokument zu öffnen.</translation>
    </message>
    <message>
        <source>The password is not correct. Try again: %1 is protected by a password.</source>
        <translation>Das Kennwort ist nicht richtig. Versuchen Sie es erneut: %1 ist durch ein Kennwort geschützt.</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Zoom: %1 %</source>
        <translation>Zoom: %1 %</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>%1 of %2 so far</source>
        <translation>%1 von %2 bisher</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Printing is not possible now.</source>
        <translation>Drucken ist derzeit nicht möglich.</translation>
    </message>
    <message>
        <source>Printing %1…</source>
        <translation>%1 wird gedruckt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>workroom::widgets::PdfViewerWindow</name>
    <message>
        <source>PDF Viewer</source>
        <translation>PDF-Anzeige</translation>
    </message>
    <message>
        <source>%1 – PDF Viewer</source>
        <translation>%1 – PDF-Anzeige</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>Gedruckt.</translation>
    </message>
    <message>
        <source>The filled form was saved.</source>
        <translation>Das ausgefüllte Formular wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>workroom::widgets::RegisterActions</name>
    <message>
        <source>Register &amp;Query…</source>
        <translation>&amp;Registerauskunft…</translation>
    </message>
    <message>
        <source>Ask the civil register about a party of the case (Melderegisterauskunft)</source>
        <translation>Melderegisterauskunft zu einer beteiligten Person des Vorgangs einholen</translation>
    </message>
    <message>
        <source>&amp;Bulk Register Query…</source>
        <translation>&amp;Massenanfrage an das Register…</translation>
    </message>
    <message>
        <source>Ask the register about many people at once from a CSV file</source>
        <translation>Das Register zu vielen Personen auf einmal aus einer CSV-Datei abfragen</translation>
    </message>
    <message>
        <source>Register extract filed in the case.</source>
        <translation>Registerauszug im Vorgang abgelegt.</translation>
    </message>
</context>
<context>
    <name>workroom::widgets::RegisterJobsView</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Register queries</source>
        <translation>Registerauskünfte</translation>
    </message>
    <message numerus="yes">
        <source>Single queries are made from a case (Case ▸ Register Query…). Bulk queries run as jobs at the register; their results can be fetched again for %n day(s) after submission.</source>
        <translation>
            <numerusform>Einzelanfragen stellen Sie aus einem Vorgang heraus (Vorgang ▸ Registerauskunft…). Massenanfragen laufen als Aufträge beim Register; ihre Ergebnisse können nach dem Einreichen %n Tag lang erneut abgerufen werden.</numerusform>
            <numerusform>Einzelanfragen stellen Sie aus einem Vorgang heraus (Vorgang ▸ Registerauskunft…). Massenanfragen laufen als Aufträge beim Register; ihre Ergebnisse können nach dem Einreichen %n Tage lang erneut abgerufen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Bulk Query…</source>
        <translation>&amp;Neue Massenanfrage…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>My bulk jobs</source>
        <translation>Meine Massenanfragen</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Results available until</source>
        <translation>Ergebnisse verfügbar bis</translation>
    </message>
    <message>
        <source>No bulk jobs yet. Start one with “New Bulk Query”.</source>
        <translation>Noch keine Massenanfragen. Starten Sie eine mit „Neue Massenanfrage“.</translation>
    </message>
    <message>
        <source>Fetch &amp;Results Again…</source>
        <translation>&amp;Ergebnisse erneut abrufen…</translation>
    </message>
    <message>
        <source>Check &amp;State</source>
        <translation>&amp;Status prüfen</translation>
    </message>
    <message>
        <source>Queries waiting to be sent</source>
        <translation>Anfragen in der Warteschlange</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Letzter Versuch</translation>
    </message>
    <message>
        <source>Send &amp;Now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <source>Re&amp;move from Queue</source>
        <translation>Aus Warteschlange ent&amp;fernen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Expired – results deleted</source>
        <translation>Abgelaufen – Ergebnisse gelöscht</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
    <message>
        <source>Job %1 at %2</source>
        <translation>Auftrag %1 bei %2</translation>
    </message>
    <message>
        <source>Authority query (asks before sending)</source>
        <translation>Behördenauskunft (Rückfrage vor dem Senden)</translation>
    </message>
    <message>
        <source>Simple query</source>
        <translation>Einfache Melderegisterauskunft</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>noch nicht versucht</translation>
    </message>
    <message>
        <source>Queries waiting to be sent (%1)</source>
        <translation>Anfragen in der Warteschlange (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The results of job %1 have expired; the register deletes them %n day(s) after submission.</source>
        <translation>
            <numerusform>Die Ergebnisse des Auftrags %1 sind abgelaufen; das Register löscht sie %n Tag nach dem Einreichen.</numerusform>
            <numerusform>Die Ergebnisse des Auftrags %1 sind abgelaufen; das Register löscht sie %n Tage nach dem Einreichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1: %2.</source>
        <translation>Auftrag %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>The results of job %1 expired on %2: the register deletes them %n day(s) after submission. Submit the bulk query again if you still need them.</source>
        <translation>
            <numerusform>Die Ergebnisse des Auftrags %1 sind am %2 abgelaufen: Das Register löscht sie %n Tag nach dem Einreichen. Reichen Sie die Massenanfrage erneut ein, wenn Sie die Ergebnisse noch benötigen.</numerusform>
            <numerusform>Die Ergebnisse des Auftrags %1 sind am %2 abgelaufen: Das Register löscht sie %n Tage nach dem Einreichen. Reichen Sie die Massenanfrage erneut ein, wenn Sie die Ergebnisse noch benötigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>register-results-%1.csv</source>
        <translation>registerergebnisse-%1.csv</translation>
    </message>
    <message>
        <source>Save the results as CSV</source>
        <translation>Ergebnisse als CSV speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Fetching the results of job %1…</source>
        <translation>Die Ergebnisse des Auftrags %1 werden abgerufen…</translation>
    </message>
    <message>
        <source>The results of job %1 could not be fetched: %2</source>
        <translation>Die Ergebnisse des Auftrags %1 konnten nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>The results of job %1 were saved to %2.</source>
        <translation>Die Ergebnisse des Auftrags %1 wurden in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Send authority query?</source>
        <translation>Behördenauskunft senden?</translation>
    </message>
    <message>
        <source>Send the authority query queued on %1 now?</source>
        <translation>Die am %1 eingereihte Behördenauskunft jetzt senden?</translation>
    </message>
    <message>
        <source>Case reference: %1
Purpose: %2
Searched for: %3, %4

Check that the purpose still applies before you send it.</source>
        <translation>Aktenzeichen: %1
Zweck: %2
Gesucht: %3, %4

Prüfen Sie vor dem Senden, ob der Zweck noch zutrifft.</translation>
    </message>
    <message>
        <source>&amp;Send Authority Query</source>
        <translation>Behördenauskunft &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Keep in Queue</source>
        <translation>In Warteschlange &amp;belassen</translation>
    </message>
    <message>
        <source>The authority query stays in the queue; nothing was sent.</source>
        <translation>Die Behördenauskunft bleibt in der Warteschlange; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Sending the queued query…</source>
        <translation>Die eingereihte Anfrage wird gesendet…</translation>
    </message>
    <message>
        <source>The queued query could not be sent: %1</source>
        <translation>Die eingereihte Anfrage konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>The queued query was answered: %1</source>
        <translation>Die eingereihte Anfrage wurde beantwortet: %1</translation>
    </message>
    <message>
        <source>Answer of the register</source>
        <translation>Antwort des Registers</translation>
    </message>
    <message>
        <source>A&amp;ttach to Case</source>
        <translation>Im Vorgang &amp;ablegen</translation>
    </message>
    <message>
        <source>The answer was filed in its case as “%1”.</source>
        <translation>Die Antwort wurde in ihrem Vorgang als „%1“ abgelegt.</translation>
    </message>
    <message>
        <source>The query was removed from the queue without being sent.</source>
        <translation>Die Anfrage wurde aus der Warteschlange entfernt, ohne gesendet zu werden.</translation>
    </message>
</context>
<context>
    <name>workroom::widgets::RegisterQueryDialog</name>
    <message>
        <source>Register query for %1</source>
        <translation>Registerauskunft zu %1</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Vorgang %1: %2</translation>
    </message>
    <message>
        <source>Whom to search</source>
        <translation>Gesuchte Person</translation>
    </message>
    <message>
        <source>Party of the case</source>
        <translation>Beteiligte/r des Vorgangs</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Someone else (type the search data)</source>
        <translation>Eine andere Person (Suchdaten eingeben)</translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation>&amp;Beteiligte/r:</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Vornamen:</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>&amp;Geburtsdatum</translation>
    </message>
    <message>
        <source>Previous a&amp;ddress</source>
        <translation>&amp;Frühere Anschrift</translation>
    </message>
    <message>
        <source>Search by:</source>
        <translation>Suchen nach:</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>Date of bi&amp;rth:</source>
        <translation>Geburts&amp;datum:</translation>
    </message>
    <message>
        <source>Street of the previous address</source>
        <translation>Straße der früheren Anschrift</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>House number of the previous address</source>
        <translation>Hausnummer der früheren Anschrift</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Postal code of the previous address</source>
        <translation>Postleitzahl der früheren Anschrift</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>Town of the previous address</source>
        <translation>Ort der früheren Anschrift</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Pr&amp;evious address:</source>
        <translation>Frühere Ansch&amp;rift:</translation>
    </message>
    <message>
        <source>Kind of query</source>
        <translation>Art der Auskunft</translation>
    </message>
    <message>
        <source>S&amp;imple query (einfache Melderegisterauskunft): name, doctoral degree and current address</source>
        <translation>&amp;Einfache Melderegisterauskunft: Name, Doktorgrad und aktuelle Anschrift</translation>
    </message>
    <message>
        <source>&amp;Authority query (Behördenauskunft): extended data; purpose and case reference required</source>
        <translation>Be&amp;hördenauskunft: erweiterte Daten; Zweck und Aktenzeichen erforderlich</translation>
    </message>
    <message>
        <source>Purpose of the query</source>
        <translation>Zweck der Anfrage</translation>
    </message>
    <message>
        <source>Why the data are needed, e.g. serving a notice</source>
        <translation>Wozu die Daten benötigt werden, z. B. Zustellung eines Bescheids</translation>
    </message>
    <message>
        <source>P&amp;urpose (required):</source>
        <translation>&amp;Zweck (erforderlich):</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Case &amp;reference (required):</source>
        <translation>&amp;Aktenzeichen (erforderlich):</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Asking the register…</source>
        <translation>Register wird abgefragt…</translation>
    </message>
    <message>
        <source>Asking the register</source>
        <translation>Abfrage des Registers</translation>
    </message>
    <message>
        <source>Cancel &amp;query</source>
        <translation>Anfrage abbre&amp;chen</translation>
    </message>
    <message>
        <source>Answer of the register</source>
        <translation>Antwort des Registers</translation>
    </message>
    <message>
        <source>Result of the query</source>
        <translation>Ergebnis der Anfrage</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>&amp;Send query</source>
        <translation>Anfrage &amp;senden</translation>
    </message>
    <message>
        <source>A&amp;ttach to case</source>
        <translation>Im Vorgang ab&amp;legen</translation>
    </message>
    <message>
        <source>File the answer in the case as a register extract</source>
        <translation>Die Antwort als Registerauszug im Vorgang ablegen</translation>
    </message>
    <message>
        <source>You may not add documents to this case</source>
        <translation>Sie dürfen diesem Vorgang keine Dokumente hinzufügen</translation>
    </message>
    <message>
        <source>Enter the date of birth as DD.MM.YYYY, for example 31.01.1980.</source>
        <translation>Geben Sie das Geburtsdatum im Format TT.MM.JJJJ ein, zum Beispiel 31.01.1980.</translation>
    </message>
    <message>
        <source>The query was cancelled; no answer will be shown.</source>
        <translation>Die Anfrage wurde abgebrochen; es wird keine Antwort angezeigt.</translation>
    </message>
    <message>
        <source>Doctoral degree</source>
        <translation>Doktorgrad</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Geburtsname</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Geburtsort</translation>
    </message>
    <message>
        <source>Current address</source>
        <translation>Aktuelle Anschrift</translation>
    </message>
    <message>
        <source>Moved in on</source>
        <translation>Eingezogen am</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Verstorben</translation>
    </message>
    <message>
        <source>yes, on %1</source>
        <translation>ja, am %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (bis %2)</translation>
    </message>
    <message>
        <source>Previous addresses</source>
        <translation>Frühere Anschriften</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>Staatsangehörigkeiten</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Register not reachable</source>
        <translation>Register nicht erreichbar</translation>
    </message>
    <message>
        <source>The register cannot be reached at the moment.</source>
        <translation>Das Register ist zurzeit nicht erreichbar.</translation>
    </message>
    <message>
        <source>Queue the query and send it once the register can be reached again? The search data stay on this computer until then.</source>
        <translation>Die Anfrage in die Warteschlange stellen und senden, sobald das Register wieder erreichbar ist? Die Suchdaten bleiben bis dahin auf diesem Computer.</translation>
    </message>
    <message>
        <source>An authority query is sent only after you have confirmed it once more.</source>
        <translation>Eine Behördenauskunft wird erst gesendet, nachdem Sie sie noch einmal bestätigt haben.</translation>
    </message>
    <message>
        <source>&amp;Queue for later</source>
        <translation>&amp;Für später vormerken</translation>
    </message>
    <message>
        <source>&amp;Do not queue</source>
        <translation>&amp;Nicht vormerken</translation>
    </message>
    <message>
        <source>The query waits in the queue. Send it from “Register queries” once the register can be reached again.</source>
        <translation>Die Anfrage wartet in der Warteschlange. Senden Sie sie unter „Registerauskünfte“, sobald das Register wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Abgelegt</translation>
    </message>
    <message>
        <source>Filed in the case %1 as “%2”.</source>
        <translation>Im Vorgang %1 als „%2“ abgelegt.</translation>
    </message>
</context>
<context>
    <name>workroom::widgets::RegisterSignIn</name>
    <message>
        <source>Sign In to the Register Service</source>
        <translation>Beim Registerdienst anmelden</translation>
    </message>
    <message>
        <source>The register service %1 needs an access token.</source>
        <translation>Der Registerdienst %1 benötigt ein Zugriffstoken.</translation>
    </message>
    <message>
        <source>The register service %1 needs the password of the account %2.</source>
        <translation>Der Registerdienst %1 benötigt das Kennwort des Kontos %2.</translation>
    </message>
    <message>
        <source>The register service refused the access token.</source>
        <translation>Der Registerdienst hat das Zugriffstoken abgelehnt.</translation>
    </message>
    <message>
        <source>The register service refused the password.</source>
        <translation>Der Registerdienst hat das Kennwort abgelehnt.</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Zugriffstoken:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>Im Schlüsselbund &amp;speichern</translation>
    </message>
    <message>
        <source>Sign &amp;In</source>
        <translation>An&amp;melden</translation>
    </message>
</context>
<context>
    <name>workroom::widgets::RegisterTexts</name>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Register: %1 – made-up people for trying Workroom out, not the civil register</source>
        <translation>Register: %1 – erfundene Personen zum Ausprobieren von Workroom, nicht das Melderegister</translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation>Register: %1</translation>
    </message>
    <message>
        <source>Register in use</source>
        <translation>Verwendetes Register</translation>
    </message>
    <message>
        <source>The register knows exactly one person with these search data. The data it may give are shown below.</source>
        <translation>Das Register kennt genau eine Person mit diesen Suchdaten. Die Daten, die es herausgeben darf, sehen Sie unten.</translation>
    </message>
    <message>
        <source>More than one person matches these search data, so the register gives no data. Refine the search, for example with the full given names or a previous address.</source>
        <translation>Mehr als eine Person passt zu diesen Suchdaten, daher gibt das Register keine Daten heraus. Verfeinern Sie die Suche, zum Beispiel mit allen Vornamen oder einer früheren Anschrift.</translation>
    </message>
    <message>
        <source>Nobody in the register matches these search data. Check the spelling and the date of birth.</source>
        <translation>Niemand im Register passt zu diesen Suchdaten. Prüfen Sie die Schreibweise und das Geburtsdatum.</translation>
    </message>
    <message>
        <source>No information may be given.</source>
        <translation>Es darf keine Auskunft erteilt werden.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Previous address</source>
        <translation>Frühere Anschrift</translation>
    </message>
</context>
<context>
    <name>workroom::widgets::SignaturePanel</name>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>&amp;Certificate…</source>
        <translation>&amp;Zertifikat…</translation>
    </message>
    <message>
        <source>Show the certificate of the chosen signature&apos;s signer</source>
        <translation>Das Zertifikat der signierenden Person der gewählten Signatur anzeigen</translation>
    </message>
    <message>
        <source>Signatures of the chosen version</source>
        <translation>Signaturen der gewählten Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Unterzeichner/in</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signiert am</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>This version is not signed.</source>
        <translation>Diese Version ist nicht signiert.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signaturen</translation>
    </message>
    <message>
        <source>Signatures of %1</source>
        <translation>Signaturen von %1</translation>
    </message>
    <message>
        <source>%1 (received)</source>
        <translation>%1 (empfangen)</translation>
    </message>
    <message>
        <source>(The chain ends at a certificate you trust yourself.)</source>
        <translation>(Die Kette endet bei einem Zertifikat, dem Sie selbst vertrauen.)</translation>
    </message>
    <message>
        <source>The chain ends at a certificate you trust yourself (user-trusted), not at one set by IT.</source>
        <translation>Die Kette endet bei einem Zertifikat, dem Sie selbst vertrauen, nicht bei einem, das die IT festgelegt hat.</translation>
    </message>
    <message>
        <source>%1 – revocation list out of date</source>
        <translation>%1 – Sperrliste veraltet</translation>
    </message>
    <message>
        <source>%1 – revocation not checked</source>
        <translation>%1 – Sperrstatus nicht geprüft</translation>
    </message>
    <message>
        <source>Embedded in the PDF</source>
        <translation>Im PDF eingebettet</translation>
    </message>
    <message>
        <source>Embedded in the PDF (does not cover the whole file)</source>
        <translation>Im PDF eingebettet (deckt nicht die ganze Datei ab)</translation>
    </message>
</context>
<context>
    <name>workroom::widgets::SigningIdentitiesDialog</name>
    <message>
        <source>Signing Identities</source>
        <translation>Signaturidentitäten</translation>
    </message>
    <message>
        <source>Your signing identities</source>
        <translation>Ihre Signaturidentitäten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import a soft token (PKCS #12, .p12 or .pfx)</source>
        <translation>Ein Soft-Token importieren (PKCS #12, .p12 oder .pfx)</translation>
    </message>
    <message>
        <source>&amp;Certificate…</source>
        <translation>&amp;Zertifikat…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Vertrauenswürdige Zertifikate</translation>
    </message>
    <message>
        <source>Trusted by</source>
        <translation>Vertraut von</translation>
    </message>
    <message>
        <source>&amp;Trust a Certificate…</source>
        <translation>Zertifikat &amp;vertrauen…</translation>
    </message>
    <message>
        <source>Trust a certificate yourself, e.g. the root of a partner authority (user-trusted)</source>
        <translation>Einem Zertifikat selbst vertrauen, z. B. dem Wurzelzertifikat einer Partnerbehörde</translation>
    </message>
    <message>
        <source>C&amp;ertificate…</source>
        <translation>Zer&amp;tifikat…</translation>
    </message>
    <message>
        <source>&amp;Stop Trusting</source>
        <translation>&amp;Nicht mehr vertrauen</translation>
    </message>
    <message>
        <source>Not valid yet</source>
        <translation>Noch nicht gültig</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>May not sign</source>
        <translation>Darf nicht signieren</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Läuft in %n Tag ab</numerusform>
            <numerusform>Läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate of %1 expires soon. Ask for a new one in time.</source>
        <translation>Das Zertifikat von %1 läuft bald ab. Beantragen Sie rechtzeitig ein neues.</translation>
    </message>
    <message>
        <source>You have no signing identity yet. Import the .p12 or .pfx file you received with your signature card or from your IT.</source>
        <translation>Sie haben noch keine Signaturidentität. Importieren Sie die .p12- oder .pfx-Datei, die Sie mit Ihrer Signaturkarte oder von Ihrer IT erhalten haben.</translation>
    </message>
    <message>
        <source>You (user-trusted)</source>
        <translation>Sie (selbst vertraut)</translation>
    </message>
    <message>
        <source>IT (system-wide)</source>
        <translation>IT (systemweit)</translation>
    </message>
    <message>
        <source>Imported %1 (%2).</source>
        <translation>%1 importiert (%2).</translation>
    </message>
    <message>
        <source>You now trust %1 (SHA-256 %2).</source>
        <translation>Sie vertrauen jetzt %1 (SHA-256 %2).</translation>
    </message>
    <message>
        <source>Import Signing Identity</source>
        <translation>Signaturidentität importieren</translation>
    </message>
    <message>
        <source>Soft tokens (*.p12 *.pfx);;All files (*)</source>
        <translation>Soft-Token (*.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Name of the identity:</source>
        <translation>Name der Identität:</translation>
    </message>
    <message>
        <source>Remove Signing Identity</source>
        <translation>Signaturidentität entfernen</translation>
    </message>
    <message>
        <source>Remove the signing identity %1? Its key file is deleted from this profile; signatures made with it stay valid.</source>
        <translation>Die Signaturidentität %1 entfernen? Ihre Schlüsseldatei wird aus diesem Profil gelöscht; damit erstellte Signaturen bleiben gültig.</translation>
    </message>
    <message>
        <source>Trust a Certificate</source>
        <translation>Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>You trust this certificate yourself.</source>
        <translation>Sie vertrauen diesem Zertifikat selbst.</translation>
    </message>
    <message>
        <source>IT set this certificate as trusted for everyone.</source>
        <translation>Die IT hat dieses Zertifikat für alle als vertrauenswürdig festgelegt.</translation>
    </message>
</context>
<context>
    <name>workroom::widgets::SyncActions</name>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisierung</translation>
    </message>
    <message>
        <source>&amp;Link to DMS…</source>
        <translation>Mit &amp;DMS verbinden…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Sync &amp;Activity…</source>
        <translation>Synchronisierungs&amp;aktivität…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflikte…</translation>
    </message>
</context>
<context>
    <name>workroom::widgets::SyncActivityDialog</name>
    <message>
        <source>&amp;Problems only</source>
        <translation>Nur &amp;Probleme</translation>
    </message>
    <message>
        <source>Sync Activity</source>
        <translation>Synchronisierungsaktivität</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Sync activity</source>
        <translation>Synchronisierungsaktivität</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>No sync has run yet in this session.</source>
        <translation>In dieser Sitzung wurde noch keine Synchronisierung ausgeführt.</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>Synchronisierungsproblem</translation>
    </message>
</context>
<context>
    <name>workroom::widgets::SyncController</name>
    <message>
        <source>No password for the DMS was given; Sync Now asks again.</source>
        <translation>Es wurde kein Kennwort für das DMS angegeben; „Jetzt synchronisieren“ fragt erneut danach.</translation>
    </message>
    <message>
        <source>Sync finished – files uploaded: %1, cases sent: %2, cases received: %3, files downloaded: %4.</source>
        <translation>Synchronisierung abgeschlossen – Dateien hochgeladen: %1, Vorgänge gesendet: %2, Vorgänge empfangen: %3, Dateien heruntergeladen: %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) failed.</source>
        <translation>
            <numerusform>%n Element ist fehlgeschlagen.</numerusform>
            <numerusform>%n Elemente sind fehlgeschlagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>workroom::widgets::SyncStatusWidget</name>
    <message>
        <source>Sync state</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <source>Show the conflicts and decide which value counts</source>
        <translation>Konflikte anzeigen und entscheiden, welcher Wert gilt</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>workroom::widgets::SyncTexts</name>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Resubmission</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>given names</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>Name des Unternehmens</translation>
    </message>
    <message>
        <source>street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Party: %1</source>
        <translation>Beteiligte/r: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Heruntergeladen</translation>
    </message>
    <message>
        <source>Case sent</source>
        <translation>Vorgang gesendet</translation>
    </message>
    <message>
        <source>Case received</source>
        <translation>Vorgang empfangen</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Retry later</source>
        <translation>Später erneut versuchen</translation>
    </message>
    <message>
        <source>Not linked to a DMS</source>
        <translation>Nicht mit einem DMS verbunden</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>Synced %1 – %n problem(s)</source>
        <translation>
            <numerusform>Synchronisiert %1 – %n Problem</numerusform>
            <numerusform>Synchronisiert %1 – %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisiert %1</translation>
    </message>
    <message>
        <source>Syncing %1 of %2…</source>
        <translation>Wird synchronisiert: %1 von %2…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <source>Syncing: %1…</source>
        <translation>Wird synchronisiert: %1…</translation>
    </message>
    <message>
        <source>Offline – retrying at %1 (%2)</source>
        <translation>Offline – neuer Versuch um %1 (%2)</translation>
    </message>
    <message>
        <source>Sync error: %1</source>
        <translation>Synchronisierungsfehler: %1</translation>
    </message>
    <message>
        <source>DMS: %1</source>
        <translation>DMS: %1</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Zuletzt synchronisiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n offener Konflikt</numerusform>
            <numerusform>%n offene Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>Click for the sync activity.</source>
        <translation>Klicken Sie hier für die Synchronisierungsaktivität.</translation>
    </message>
</context>
</TS>
