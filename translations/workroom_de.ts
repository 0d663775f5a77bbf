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
        <source>Unsupported language "%1": choose de or en.</source>
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
    <name>workroom::storage</name>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert (Debian-Paket libqt6sql6-sqlite).</translation>
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
        <source>Search cases</source>
        <translation>Vorgänge suchen</translation>
    </message>
    <message>
        <source>Search reference numbers, subjects, parties and documents (%1)</source>
        <translation>Aktenzeichen, Betreff, Beteiligte und Dokumente durchsuchen (%1)</translation>
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
    <message>
        <source>Cases</source>
        <translation>Vorgänge</translation>
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
        <source>No cases in this view.</source>
        <translation>In dieser Ansicht gibt es keine Vorgänge.</translation>
    </message>
</context>
</TS>
