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
</TS>
