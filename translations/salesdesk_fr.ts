<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Duration</name>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
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
        <translation>Sales Desk ne peut pas ouvrir ses données.

%1</translation>
    </message>
    <message>
        <source>Sales Desk cannot open its slot data.

%1</source>
        <translation>Sales Desk ne peut pas ouvrir les données de ses slots.

%1</translation>
    </message>
</context>
<context>
    <name>salesdesk::MainWindow</name>
    <message>
        <source>Data: %1</source>
        <translation>Données : %1</translation>
    </message>
    <message>
        <source>Quota %1: %2 used, %3 reserved, %4 free</source>
        <translation>Quota %1 : %2 utilisés, %3 réservés, %4 libres</translation>
    </message>
</context>
</TS>
