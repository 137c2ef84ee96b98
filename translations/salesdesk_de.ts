<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Duration</name>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Sales Desk cannot open its data.

%1</source>
        <translation>Sales Desk kann seine Daten nicht öffnen.

%1</translation>
    </message>
    <message>
        <source>Sales Desk cannot open its slot data.

%1</source>
        <translation>Sales Desk kann die Daten seiner Slots nicht öffnen.

%1</translation>
    </message>
</context>
<context>
    <name>salesdesk::MainWindow</name>
    <message>
        <source>Data: %1</source>
        <translation>Daten: %1</translation>
    </message>
    <message>
        <source>Quota %1: %2 used, %3 reserved, %4 free</source>
        <translation>Kontingent %1: %2 belegt, %3 reserviert, %4 frei</translation>
    </message>
</context>
</TS>
