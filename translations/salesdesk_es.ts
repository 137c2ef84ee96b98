<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Duration</name>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
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
        <translation>Sales Desk no puede abrir sus datos.

%1</translation>
    </message>
    <message>
        <source>Sales Desk cannot open its slot data.

%1</source>
        <translation>Sales Desk no puede abrir los datos de sus slots.

%1</translation>
    </message>
</context>
<context>
    <name>salesdesk::MainWindow</name>
    <message>
        <source>Data: %1</source>
        <translation>Datos: %1</translation>
    </message>
    <message>
        <source>Quota %1: %2 used, %3 reserved, %4 free</source>
        <translation>Cuota %1: %2 usados, %3 reservados, %4 libres</translation>
    </message>
</context>
</TS>
