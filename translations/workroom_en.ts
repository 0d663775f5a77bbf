<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>workroom::ctl::Commands</name>
    <message numerus="yes">
        <source>History: %n entries</source>
        <translation>
            <numerusform>History: %n entry</numerusform>
            <numerusform>History: %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact (%n entries).</source>
        <translation>
            <numerusform>The audit log is intact (%n entry).</numerusform>
            <numerusform>The audit log is intact (%n entries).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>workroom::ctl::RegisterCommands</name>
    <message numerus="yes">
        <source>The CSV file has %n error(s); nothing was sent.</source>
        <translation>
            <numerusform>The CSV file has %n error; nothing was sent.</numerusform>
            <numerusform>The CSV file has %n errors; nothing was sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Job %1 submitted to %2: %n row(s). The results can be fetched until %3.</source>
        <translation>
            <numerusform>Job %1 submitted to %2: %n row. The results can be fetched until %3.</numerusform>
            <numerusform>Job %1 submitted to %2: %n rows. The results can be fetched until %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>workroom::ctl::SigningCommands</name>
    <message numerus="yes">
        <source>Warning: the certificate expires in %n day(s).</source>
        <translation>
            <numerusform>Warning: the certificate expires in %n day.</numerusform>
            <numerusform>Warning: the certificate expires in %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>workroom::dms</name>
    <message numerus="yes">
        <source>%n audit entries of another computer imported</source>
        <translation>
            <numerusform>%n audit entry of another computer imported</numerusform>
            <numerusform>%n audit entries of another computer imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n file(s).</source>
        <translation>
            <numerusform>Uploaded %n file.</numerusform>
            <numerusform>Uploaded %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %n file(s).</source>
        <translation>
            <numerusform>Downloaded %n file.</numerusform>
            <numerusform>Downloaded %n files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>workroom::models::CaseHistoryModel</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>workroom::models::DocumentTreeModel</name>
    <message numerus="yes">
        <source>%1: %n version(s)</source>
        <translation>
            <numerusform>%1: %n version</numerusform>
            <numerusform>%1: %n versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s): %1</source>
        <translation>
            <numerusform>%n signature: %1</numerusform>
            <numerusform>%n signatures: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>workroom::registers</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The register service did not answer within %n second(s). It may still have received the query; try again later.</source>
        <translation>
            <numerusform>The register service did not answer within %n second. It may still have received the query; try again later.</numerusform>
            <numerusform>The register service did not answer within %n seconds. It may still have received the query; try again later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The register service is busy with too many queries. Try again in %n second(s).</source>
        <translation>
            <numerusform>The register service is busy with too many queries. Try again in %n second.</numerusform>
            <numerusform>The register service is busy with too many queries. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>workroom::widgets::BulkQueryWindow</name>
    <message numerus="yes">
        <source>%Ln row(s) in %1</source>
        <translation>
            <numerusform>%Ln row in %1</numerusform>
            <numerusform>%Ln rows in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s) must be corrected in the file before it can be sent; open it again afterwards.</source>
        <translation>
            <numerusform>%Ln error must be corrected in the file before it can be sent; open it again afterwards.</numerusform>
            <numerusform>%Ln errors must be corrected in the file before it can be sent; open it again afterwards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) can be sent.</source>
        <translation>
            <numerusform>%Ln row can be sent.</numerusform>
            <numerusform>%Ln rows can be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s).</source>
        <translation>
            <numerusform>%Ln warning.</numerusform>
            <numerusform>%Ln warnings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Submitting %Ln row(s)…</source>
        <translation>
            <numerusform>Submitting %Ln row…</numerusform>
            <numerusform>Submitting %Ln rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The results of this job have expired: the register deletes them %n day(s) after submission.</source>
        <translation>
            <numerusform>The results of this job have expired: the register deletes them %n day after submission.</numerusform>
            <numerusform>The results of this job have expired: the register deletes them %n days after submission.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>workroom::widgets::CaseListPane</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) found</source>
        <translation>
            <numerusform>%n case found</numerusform>
            <numerusform>%n cases found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>workroom::widgets::CertificateDialog</name>
    <message numerus="yes">
        <source>Valid; expires in %n day(s)</source>
        <translation>
            <numerusform>Valid; expires in %n day</numerusform>
            <numerusform>Valid; expires in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>workroom::widgets::DocumentImportProgress</name>
    <message numerus="yes">
        <source>%n document(s) added</source>
        <translation>
            <numerusform>%n document added</numerusform>
            <numerusform>%n documents added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the case</source>
        <translation>
            <numerusform>%n already in the case</numerusform>
            <numerusform>%n already in the case</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>workroom::widgets::FormFieldEditorFactory</name>
    <message numerus="yes">
        <source>At most %n characters</source>
        <translation>
            <numerusform>At most %n character</numerusform>
            <numerusform>At most %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>workroom::widgets::MainWindow</name>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (and %n more)</numerusform>
            <numerusform>%1 (and %n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The signing certificate of %1 expires in %n day(s); see File › Signing Identities.</source>
        <translation>
            <numerusform>The signing certificate of %1 expires in %n day; see File › Signing Identities.</numerusform>
            <numerusform>The signing certificate of %1 expires in %n days; see File › Signing Identities.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>workroom::widgets::RegisterJobsView</name>
    <message numerus="yes">
        <source>Single queries are made from a case (Case ▸ Register Query…). Bulk queries run as jobs at the register; their results can be fetched again for %n day(s) after submission.</source>
        <translation>
            <numerusform>Single queries are made from a case (Case ▸ Register Query…). Bulk queries run as jobs at the register; their results can be fetched again for %n day after submission.</numerusform>
            <numerusform>Single queries are made from a case (Case ▸ Register Query…). Bulk queries run as jobs at the register; their results can be fetched again for %n days after submission.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The results of job %1 have expired; the register deletes them %n day(s) after submission.</source>
        <translation>
            <numerusform>The results of job %1 have expired; the register deletes them %n day after submission.</numerusform>
            <numerusform>The results of job %1 have expired; the register deletes them %n days after submission.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The results of job %1 expired on %2: the register deletes them %n day(s) after submission. Submit the bulk query again if you still need them.</source>
        <translation>
            <numerusform>The results of job %1 expired on %2: the register deletes them %n day after submission. Submit the bulk query again if you still need them.</numerusform>
            <numerusform>The results of job %1 expired on %2: the register deletes them %n days after submission. Submit the bulk query again if you still need them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>workroom::widgets::SigningIdentitiesDialog</name>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Expires in %n day</numerusform>
            <numerusform>Expires in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>workroom::widgets::SyncController</name>
    <message numerus="yes">
        <source>%n item(s) failed.</source>
        <translation>
            <numerusform>%n item failed.</numerusform>
            <numerusform>%n items failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>workroom::widgets::SyncStatusWidget</name>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>workroom::widgets::SyncTexts</name>
    <message numerus="yes">
        <source>Synced %1 – %n problem(s)</source>
        <translation>
            <numerusform>Synced %1 – %n problem</numerusform>
            <numerusform>Synced %1 – %n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n open conflict</numerusform>
            <numerusform>%n open conflicts</numerusform>
        </translation>
    </message>
</context>
</TS>
