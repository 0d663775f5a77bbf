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
    <name>workroom::models::DocumentTreeModel</name>
    <message numerus="yes">
        <source>%1: %n version(s)</source>
        <translation>
            <numerusform>%1: %n version</numerusform>
            <numerusform>%1: %n versions</numerusform>
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
    <name>workroom::widgets::MainWindow</name>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (and %n more)</numerusform>
            <numerusform>%1 (and %n more)</numerusform>
        </translation>
    </message>
</context>
</TS>
