<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AmountCopy</name>
    <message>
        <source>Copy exact amount</source>
        <translation>Genauen Betrag kopieren</translation>
    </message>
</context>
<context>
    <name>AvailabilityRules</name>
    <message>
        <source>Total size must be larger than zero</source>
        <translation>Die Gesamtgröße muss größer als null sein</translation>
    </message>
    <message>
        <source>Total size is too large (at most %1)</source>
        <translation>Die Gesamtgröße ist zu groß (höchstens %1)</translation>
    </message>
    <message>
        <source>Not enough storage quota: %1 requested, %2 available</source>
        <translation>Nicht genug Speicherkontingent: %1 angefordert, %2 verfügbar</translation>
    </message>
    <message>
        <source>New total size must be at least the bytes committed to reservations, which is currently: %1</source>
        <translation>Die neue Gesamtgröße muss mindestens den an Reservierungen gebundenen Bytes entsprechen, derzeit: %1</translation>
    </message>
    <message>
        <source>Duration must be larger than zero</source>
        <translation>Die Dauer muss größer als null sein</translation>
    </message>
    <message>
        <source>Duration is too large (at most %1)</source>
        <translation>Die Dauer ist zu lang (höchstens %1)</translation>
    </message>
    <message>
        <source>Minimum price must be larger than zero (the lowest price is %1)</source>
        <translation>Der Mindestpreis muss größer als null sein (der niedrigste Preis ist %1)</translation>
    </message>
    <message>
        <source>Total collateral must be larger than zero</source>
        <translation>Die gesamte Sicherheitsleistung muss größer als null sein</translation>
    </message>
    <message>
        <source>Total collateral must be at least the collateral committed to or lost by sales, which is currently: %1</source>
        <translation>Die gesamte Sicherheitsleistung muss mindestens der von Verkäufen gebundenen oder verlorenen Sicherheitsleistung entsprechen, derzeit: %1</translation>
    </message>
    <message>
        <source>Cannot set until to a negative value</source>
        <translation>Das Enddatum darf kein negativer Wert sein</translation>
    </message>
    <message>
        <source>Until must be greater or equal to the longest currently hosted slot, which ends at %1</source>
        <translation>Das Enddatum darf nicht vor dem Ende des am längsten gehosteten Slots liegen, der am %1 endet</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>%1 base units</source>
        <translation>%1 Basiseinheiten</translation>
    </message>
    <message>
        <source>1 base unit per byte per second</source>
        <translation>1 Basiseinheit pro Byte und Sekunde</translation>
    </message>
    <message>
        <source>%1 base units per byte per second</source>
        <translation>%1 Basiseinheiten pro Byte und Sekunde</translation>
    </message>
</context>
<context>
    <name>ChainText</name>
    <message>
        <source>the node refuses connections (is it running?)</source>
        <translation>der Knoten lehnt Verbindungen ab (läuft er?)</translation>
    </message>
    <message>
        <source>the node&apos;s host name is unknown</source>
        <translation>der Rechnername des Knotens ist unbekannt</translation>
    </message>
    <message>
        <source>the node took too long to answer</source>
        <translation>der Knoten hat zu lange nicht geantwortet</translation>
    </message>
    <message>
        <source>the node&apos;s secure connection could not be set up</source>
        <translation>die sichere Verbindung zum Knoten kam nicht zustande</translation>
    </message>
    <message>
        <source>the node cannot be reached</source>
        <translation>der Knoten ist nicht erreichbar</translation>
    </message>
    <message>
        <source>the node refuses more requests for now (rate limit)</source>
        <translation>der Knoten nimmt vorerst keine weiteren Anfragen an (Ratenbegrenzung)</translation>
    </message>
    <message>
        <source>the node answered with HTTP error %1</source>
        <translation>der Knoten antwortete mit HTTP-Fehler %1</translation>
    </message>
    <message>
        <source>the node refused the request: %1</source>
        <translation>der Knoten lehnte die Anfrage ab: %1</translation>
    </message>
    <message>
        <source>the node&apos;s answer could not be read</source>
        <translation>die Antwort des Knotens war nicht lesbar</translation>
    </message>
    <message>
        <source>answering</source>
        <translation>antwortet</translation>
    </message>
    <message>
        <source>waiting for the first answer</source>
        <translation>wartet auf die erste Antwort</translation>
    </message>
    <message>
        <source>not answering since %1</source>
        <translation>antwortet nicht seit %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>check: reads the books of a data directory without writing to it (the host&apos;s database, the simulated market&apos;s file, the slot data files) and checks that they reconcile: the scenario invariants, the host&apos;s balance against the ledger and what was minted to it, and the slot data files against their records. A host&apos;s directory on a chain (salesdesk-cli host) is checked against the chain with --rpc-url: the tokens the host and the Marketplace moved to each other (their Transfer logs) against the ledger, and every slot the Marketplace lists as the host&apos;s against the reservations; the node is only read. The directory must not be in use.
Exit 0: everything holds; 1: violations, listed on stdout; 2: bad options, or no readable desk in the directory.</source>
        <translation>check: liest die Bücher eines Datenverzeichnisses, ohne hineinzuschreiben (die Datenbank des Hosts, die Datei des simulierten Markts, die Slot-Datendateien), und prüft, ob sie zusammenpassen: die Invarianten der Szenarien, das Guthaben des Hosts gegen das Kassenbuch und das, was ihm gemünzt wurde, und die Slot-Datendateien gegen ihre Einträge. Das Verzeichnis eines Hosts auf einer Chain (salesdesk-cli host) wird mit --rpc-url gegen die Chain geprüft: die Tokens, die Host und Marketplace einander überwiesen haben (ihre Transfer-Logs), gegen das Kassenbuch, und jeder Slot, den der Marketplace als Slot des Hosts führt, gegen die Reservierungen; der Knoten wird nur gelesen. Das Verzeichnis darf nicht in Gebrauch sein.
Exit 0: alles stimmt; 1: Verstöße, auf stdout aufgelistet; 2: falsche Optionen, oder im Verzeichnis sind keine lesbaren Bücher.</translation>
    </message>
    <message>
        <source>The data directory to check.</source>
        <translation>Das zu prüfende Datenverzeichnis.</translation>
    </message>
    <message>
        <source>For a host&apos;s directory on a chain: the chain&apos;s JSON-RPC URL.</source>
        <translation>Für das Verzeichnis eines Hosts auf einer Chain: die JSON-RPC-URL der Chain.</translation>
    </message>
    <message>
        <source>For a host&apos;s directory on a chain: the first block whose token transfers are read (the Marketplace&apos;s deployment; default 0).</source>
        <translation>Für das Verzeichnis eines Hosts auf einer Chain: der erste Block, dessen Token-Überweisungen gelesen werden (die Bereitstellung des Marketplace; Standard 0).</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>usage: salesdesk-cli check --data-dir DIR [--rpc-url URL [--start-block B]]</source>
        <translation>Aufruf: salesdesk-cli check --data-dir DIR [--rpc-url URL [--start-block B]]</translation>
    </message>
    <message>
        <source>%1 keeps a host&apos;s books on a chain: check it against the chain with --rpc-url and an http:// or https:// URL</source>
        <translation>%1 enthält die Bücher eines Hosts auf einer Chain: prüfen Sie es gegen die Chain mit --rpc-url und einer http://- oder https://-URL</translation>
    </message>
    <message>
        <source>the books of %1 reconcile</source>
        <translation>die Bücher in %1 stimmen überein</translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s) in %1:</source>
        <translation>
            <numerusform>%n Verstoß in %1:</numerusform>
            <numerusform>%n Verstöße in %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientDealCommand</name>
    <message>
        <source>deal needs either --file or --generated-size</source>
        <translation>deal braucht entweder --file oder --generated-size</translation>
    </message>
    <message>
        <source>--file: cannot read %1: %2</source>
        <translation>--file: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation>größer als %1 Byte</translation>
    </message>
    <message>
        <source>--file: %1 is empty</source>
        <translation>--file: %1 ist leer</translation>
    </message>
    <message>
        <source>Deal %1 accepted by %2</source>
        <translation>Deal %1 von %2 angenommen</translation>
    </message>
    <message>
        <source>the provider refused the deal: %1</source>
        <translation>der Anbieter lehnte den Deal ab: %1</translation>
    </message>
    <message>
        <source>Deal %1: %2 bytes sent, the provider says %3</source>
        <translation>Deal %1: %2 Byte gesendet, der Anbieter meldet %3</translation>
    </message>
    <message>
        <source>Deposited %1 base units into the DirectDeals escrow</source>
        <translation>%1 Basiseinheiten in das DirectDeals-Treuhandkonto eingezahlt</translation>
    </message>
    <message>
        <source>the provider&apos;s ask does not take this deal: %1</source>
        <translation>die Konditionen des Anbieters lassen diesen Deal nicht zu: %1</translation>
    </message>
    <message>
        <source>deal: the DirectDeals contract&apos;s address.</source>
        <translation>deal: die Adresse des DirectDeals-Vertrags.</translation>
    </message>
    <message>
        <source>deal: the data to store, read from &lt;file&gt;.</source>
        <translation>deal: die zu speichernden Daten, gelesen aus &lt;file&gt;.</translation>
    </message>
    <message>
        <source>deal: store &lt;bytes&gt; of random data instead of a file.</source>
        <translation>deal: &lt;bytes&gt; Zufallsdaten statt einer Datei speichern.</translation>
    </message>
    <message>
        <source>deal: the deal starts &lt;seconds&gt; from now (default: the provider&apos;s least start lead and 60 s).</source>
        <translation>deal: der Deal beginnt in &lt;seconds&gt; Sekunden (Standard: die kürzeste Vorlaufzeit des Anbieters plus 60 s).</translation>
    </message>
</context>
<context>
    <name>ClientRetrieveCommand</name>
    <message>
        <source>the channels contract did not answer for channel %1: %2</source>
        <translation>der Kanalvertrag hat zu Kanal %1 nicht geantwortet: %2</translation>
    </message>
    <message>
        <source>Reusing channel %1: deposit %2, signed %3</source>
        <translation>Kanal %1 wird wiederverwendet: Einlage %2, signiert %3</translation>
    </message>
    <message>
        <source>no open channel to %1 to reuse: give --deposit to open one</source>
        <translation>kein offener Kanal zu %1 zum Wiederverwenden: geben Sie --deposit an, um einen zu öffnen</translation>
    </message>
    <message>
        <source>the channels contract at %1 did not name its token: %2</source>
        <translation>der Kanalvertrag unter %1 hat seinen Token nicht genannt: %2</translation>
    </message>
    <message>
        <source>the opening of the channel logged no ChannelOpened</source>
        <translation>die Eröffnung des Kanals hat kein ChannelOpened protokolliert</translation>
    </message>
    <message>
        <source>Opened channel %1 to %2 with a deposit of %3</source>
        <translation>Kanal %1 zu %2 mit einer Einlage von %3 eröffnet</translation>
    </message>
    <message>
        <source>the retrieval of slot %1 failed: %2</source>
        <translation>der Abruf von Slot %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Retrieved %1 bytes of slot %2 into %3: %4 vouchers paid %5 base units (channel %6 cumulative %7)</source>
        <translation>%1 Byte von Slot %2 nach %3 abgerufen: %4 Gutscheine zahlten %5 Basiseinheiten (Kanal %6 kumuliert %7)</translation>
    </message>
    <message>
        <source>retrieve needs --slot with the slot&apos;s id (0x and 64 hex digits)</source>
        <translation>retrieve braucht --slot mit der ID des Slots (0x und 64 Hexziffern)</translation>
    </message>
    <message>
        <source>--deposit must be above 0</source>
        <translation>--deposit muss größer als 0 sein</translation>
    </message>
    <message>
        <source>retrieve needs --out with the file to write</source>
        <translation>retrieve braucht --out mit der zu schreibenden Datei</translation>
    </message>
    <message>
        <source>--out: cannot write %1: %2</source>
        <translation>--out: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>retrieve: the RetrievalChannels contract&apos;s address.</source>
        <translation>retrieve: die Adresse des RetrievalChannels-Vertrags.</translation>
    </message>
    <message>
        <source>retrieve: the slot&apos;s id (0x…).</source>
        <translation>retrieve: die ID des Slots (0x…).</translation>
    </message>
    <message>
        <source>retrieve: write the bytes to &lt;file&gt;.</source>
        <translation>retrieve: die Bytes in &lt;file&gt; schreiben.</translation>
    </message>
    <message>
        <source>retrieve: base units to deposit when a new channel is opened (needed unless a channel to the provider is reused).</source>
        <translation>retrieve: Basiseinheiten als Einlage, wenn ein neuer Kanal eröffnet wird (nötig, außer ein Kanal zum Anbieter wird wiederverwendet).</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Recovering</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Reserving</source>
        <translation>Reservierung</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Filling</source>
        <translation>Befüllung</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Befüllt</translation>
    </message>
    <message>
        <source>Proving</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Auszahlung</translation>
    </message>
</context>
<context>
    <name>DealSettings</name>
    <message>
        <source>Type the IP address to listen on, such as 127.0.0.1 (this computer only) or 0.0.0.0 (every network interface).</source>
        <translation>Geben Sie die IP-Adresse ein, auf der gelauscht wird, etwa 127.0.0.1 (nur dieser Rechner) oder 0.0.0.0 (alle Netzwerkschnittstellen).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address: type one such as 127.0.0.1 (this computer only) or 0.0.0.0 (every network interface).</source>
        <translation>„%1“ ist keine IP-Adresse: Geben Sie eine ein, etwa 127.0.0.1 (nur dieser Rechner) oder 0.0.0.0 (alle Netzwerkschnittstellen).</translation>
    </message>
    <message>
        <source>Type a whole number of the token&apos;s smallest unit (0 or more).</source>
        <translation>Geben Sie eine ganze Zahl der kleinsten Einheit des Tokens ein (0 oder mehr).</translation>
    </message>
    <message>
        <source>Type a whole number of the token&apos;s smallest unit (0 or more): %1</source>
        <translation>Geben Sie eine ganze Zahl der kleinsten Einheit des Tokens ein (0 oder mehr): %1</translation>
    </message>
    <message>
        <source>Type a size in bytes: a whole number, 1 or more.</source>
        <translation>Geben Sie eine Größe in Byte ein: eine ganze Zahl, 1 oder mehr.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a size in bytes: type a whole number, 1 or more, without units (68719476736 is 64 GiB).</source>
        <translation>„%1“ ist keine Größe in Byte: Geben Sie eine ganze Zahl ein, 1 oder mehr, ohne Einheit (68719476736 sind 64 GiB).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address: each entry must be 0x followed by 40 hex digits.</source>
        <translation>„%1“ ist keine Adresse: Jeder Eintrag muss aus 0x und 40 Hexziffern bestehen.</translation>
    </message>
    <message>
        <source>The least collateral per byte (%1) is above the largest (%2).</source>
        <translation>Die kleinste Sicherheitsleistung pro Byte (%1) liegt über der größten (%2).</translation>
    </message>
    <message>
        <source>The smallest deal size (%1 bytes) is above the largest (%2 bytes).</source>
        <translation>Die kleinste Deal-Größe (%1 Byte) liegt über der größten (%2 Byte).</translation>
    </message>
    <message>
        <source>The shortest term (%1 hours) is longer than the longest (%2 days).</source>
        <translation>Die kürzeste Laufzeit (%1 Stunden) ist länger als die längste (%2 Tage).</translation>
    </message>
    <message>
        <source>The least time before a deal starts (%1 minutes) is longer than the most (%2 days).</source>
        <translation>Die kürzeste Vorlaufzeit bis zum Beginn eines Deals (%1 Minuten) ist länger als die längste (%2 Tage).</translation>
    </message>
</context>
<context>
    <name>DemoSpeed</name>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
</context>
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
    <name>EventKind</name>
    <message>
        <source>State change</source>
        <translation>Zustandswechsel</translation>
    </message>
    <message>
        <source>Sale ended</source>
        <translation>Verkauf beendet</translation>
    </message>
    <message>
        <source>Sale error</source>
        <translation>Verkaufsfehler</translation>
    </message>
    <message>
        <source>Proof missed</source>
        <translation>Nachweis verpasst</translation>
    </message>
    <message>
        <source>Collateral lost</source>
        <translation>Sicherheitsleistung verloren</translation>
    </message>
    <message>
        <source>Low balance</source>
        <translation>Niedriges Guthaben</translation>
    </message>
    <message>
        <source>Slot queue</source>
        <translation>Slot-Warteschlange</translation>
    </message>
</context>
<context>
    <name>EventSeverity</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>Exact: %1</source>
        <translation>Genau: %1</translation>
    </message>
    <message>
        <source>%1 per byte per second</source>
        <translation>%1 pro Byte und Sekunde</translation>
    </message>
    <message>
        <source>%1 per TiB per month</source>
        <translation>%1 pro TiB und Monat</translation>
    </message>
    <message>
        <source>Exact: %1 per TiB per month (a month is 30 days)
= %2 (what the contract stores)</source>
        <translation>Genau: %1 pro TiB und Monat (ein Monat hat 30 Tage)
= %2 (was der Vertrag speichert)</translation>
    </message>
    <message>
        <source>%1 per TiB</source>
        <translation>%1 pro TiB</translation>
    </message>
    <message>
        <source>%1 per byte</source>
        <translation>%1 pro Byte</translation>
    </message>
</context>
<context>
    <name>HostCommand</name>
    <message>
        <source>The host&apos;s data directory: its wallet, its books and its slot data.</source>
        <translation>Das Datenverzeichnis des Hosts: seine Wallet, seine Bücher und seine Slot-Daten.</translation>
    </message>
    <message>
        <source>The chain&apos;s JSON-RPC URL (http:// or https://).</source>
        <translation>Die JSON-RPC-URL der Chain (http:// oder https://).</translation>
    </message>
    <message>
        <source>The chain id the node must serve.</source>
        <translation>Die Chain-ID, die der Knoten bedienen muss.</translation>
    </message>
    <message>
        <source>The Marketplace contract&apos;s address.</source>
        <translation>Die Adresse des Marketplace-Vertrags.</translation>
    </message>
    <message>
        <source>The first block to read the Marketplace&apos;s events from (its deployment; default 0).</source>
        <translation>Der erste Block, ab dem die Ereignisse des Marketplace gelesen werden (seine Bereitstellung; Standard 0).</translation>
    </message>
    <message>
        <source>Blocks an event must be under before it counts (default 0).</source>
        <translation>Blöcke, die über einem Ereignis liegen müssen, bevor es zählt (Standard 0).</translation>
    </message>
    <message>
        <source>Seconds between two reads of new blocks (default 4).</source>
        <translation>Sekunden zwischen zwei Abfragen neuer Blöcke (Standard 4).</translation>
    </message>
    <message>
        <source>Read the wallet&apos;s passphrase from the first line of &lt;file&gt; (default: ask on the terminal).</source>
        <translation>Die Passphrase der Wallet aus der ersten Zeile von &lt;file&gt; lesen (Standard: im Terminal fragen).</translation>
    </message>
    <message>
        <source>When the directory offers nothing yet, offer &lt;size,duration,min-price,collateral&gt;: bytes, the longest sale in seconds, base units per byte per second at least, and the base units of collateral for all of it.</source>
        <translation>Wenn das Verzeichnis noch nichts anbietet, &lt;size,duration,min-price,collateral&gt; anbieten: Bytes, der längste Verkauf in Sekunden, mindestens so viele Basiseinheiten pro Byte und Sekunde, und die Basiseinheiten an Sicherheitsleistung für alles zusammen.</translation>
    </message>
    <message>
        <source>Count each slot&apos;s data as generated instead of writing it to disk (the demo&apos;s way; proofs are made from the generator).</source>
        <translation>Die Daten jedes Slots als erzeugt zählen, statt sie auf die Platte zu schreiben (wie die Demo; die Nachweise entstehen aus dem Generator).</translation>
    </message>
    <message>
        <source>Stop after &lt;seconds&gt; of real time (default: run until SIGINT/SIGTERM).</source>
        <translation>Nach &lt;seconds&gt; Sekunden echter Zeit aufhören (Standard: bis SIGINT/SIGTERM laufen).</translation>
    </message>
    <message>
        <source>--offer takes size,duration,min-price,collateral (four numbers), not &quot;%1&quot;</source>
        <translation>--offer erwartet size,duration,min-price,collateral (vier Zahlen), nicht „%1“</translation>
    </message>
    <message>
        <source>--offer: size and duration must be whole numbers above 0, min-price and collateral whole numbers of base units, not &quot;%1&quot;</source>
        <translation>--offer: size und duration müssen ganze Zahlen über 0 sein, min-price und collateral ganze Zahlen von Basiseinheiten, nicht „%1“</translation>
    </message>
    <message>
        <source>sale %1: started</source>
        <translation>Verkauf %1: begonnen</translation>
    </message>
    <message>
        <source>sale %1: %2 -&gt; %3</source>
        <translation>Verkauf %1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>sale %1: ended %2%3</source>
        <translation>Verkauf %1: beendet als %2%3</translation>
    </message>
    <message>
        <source>sale %1/%2: settled at start as %3</source>
        <translation>Verkauf %1/%2: beim Start abgerechnet als %3</translation>
    </message>
    <message>
        <source>host: sells storage on a chain by RPC URL without a window. Opens the data directory&apos;s books (bound to the chain id and Marketplace at the first run), unlocks its wallet (salesdesk-cli wallet new or import), offers --offer when nothing is offered yet, recovers what an earlier run left and sells; every sale&apos;s transitions go to stdout. Stops cleanly after --run-seconds or on SIGINT/SIGTERM.
Exit 0: stopped as asked; 1: the desk could not open or start (the node does not answer or serves another chain, no Marketplace at the address, a data directory in use or keeping another network&apos;s books); 2: bad options, no wallet, a wrong passphrase.</source>
        <translation>host: verkauft Speicher auf einer Chain über ihre RPC-URL, ohne Fenster. Öffnet die Bücher des Datenverzeichnisses (beim ersten Lauf an Chain-ID und Marketplace gebunden), entsperrt seine Wallet (salesdesk-cli wallet new oder import), bietet --offer an, wenn noch nichts angeboten ist, nimmt auf, was ein früherer Lauf hinterlassen hat, und verkauft; die Übergänge jedes Verkaufs gehen nach stdout. Hält sauber an nach --run-seconds oder bei SIGINT/SIGTERM.
Exit 0: wie verlangt angehalten; 1: die Sitzung konnte nicht öffnen oder starten (der Knoten antwortet nicht oder bedient eine andere Chain, kein Marketplace an der Adresse, ein Datenverzeichnis in Gebrauch oder mit den Büchern eines anderen Netzes); 2: falsche Optionen, keine Wallet, eine falsche Passphrase.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>--rpc-url must be an http:// or https:// URL, not &quot;%1&quot;</source>
        <translation>--rpc-url muss eine http://- oder https://-URL sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--marketplace must be the contract&apos;s address (0x and 40 hex digits), not &quot;%1&quot;</source>
        <translation>--marketplace muss die Adresse des Vertrags sein (0x und 40 Hexziffern), nicht „%1“</translation>
    </message>
    <message>
        <source>Passphrase of %1:</source>
        <translation>Passphrase von %1:</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>wird angehalten</translation>
    </message>
    <message>
        <source>host %1 opening %2 on chain %3 at %4</source>
        <translation>Host %1 öffnet %2 auf Chain %3 unter %4</translation>
    </message>
    <message>
        <source>cannot open the desk: %1</source>
        <translation>die Sitzung kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot offer storage: %1</source>
        <translation>Speicher kann nicht angeboten werden: %1</translation>
    </message>
    <message>
        <source>offered %1 bytes</source>
        <translation>%1 Bytes angeboten</translation>
    </message>
    <message>
        <source>the desk cannot start selling: %1</source>
        <translation>die Sitzung kann den Verkauf nicht starten: %1</translation>
    </message>
    <message>
        <source>selling</source>
        <translation>verkauft</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>Take direct deals on the DirectDeals contract at &lt;address&gt; (docs/deals.md), on the terms of --deal-ask.</source>
        <translation>Direkte Deals über den DirectDeals-Vertrag unter &lt;address&gt; annehmen (docs/deals.md), zu den Bedingungen von --deal-ask.</translation>
    </message>
    <message>
        <source>The direct deals&apos; ask: a JSON file as GET /salesdesk/v1/deals/ask answers it under &quot;ask&quot; (prices, collateral, sizes, durations, start lead).</source>
        <translation>Das Angebot für direkte Deals: eine JSON-Datei, wie GET /salesdesk/v1/deals/ask sie unter &quot;ask&quot; liefert (Preise, Sicherheiten, Größen, Laufzeiten, Vorlauf bis zum Beginn).</translation>
    </message>
    <message>
        <source>The port the direct-deal endpoint listens on, on 127.0.0.1 (default 0: a free port, printed).</source>
        <translation>Der Port, auf dem der Endpunkt für direkte Deals auf 127.0.0.1 lauscht (Standard 0: ein freier Port, wird ausgegeben).</translation>
    </message>
    <message>
        <source>--direct-deals and --deal-ask go together</source>
        <translation>--direct-deals und --deal-ask gehören zusammen</translation>
    </message>
    <message>
        <source>--direct-deals must be the contract&apos;s address (0x and 40 hex digits), not &quot;%1&quot;</source>
        <translation>--direct-deals muss die Adresse des Vertrags sein (0x und 40 Hex-Ziffern), nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--deal-ask: cannot read %1: %2</source>
        <translation>--deal-ask: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--deal-ask: %1: %2</source>
        <translation>--deal-ask: %1: %2</translation>
    </message>
    <message>
        <source>cannot take direct deals: %1</source>
        <translation>direkte Deals können nicht angenommen werden: %1</translation>
    </message>
    <message>
        <source>direct deals at %1</source>
        <translation>direkte Deals unter %1</translation>
    </message>
    <message>
        <source>deal %1: %2%3</source>
        <translation>Deal %1: %2%3</translation>
    </message>
    <message>
        <source>Serve paid retrievals of the slot data held, paid over channels of the RetrievalChannels contract at &lt;address&gt; (docs/retrieval.md), on the terms of --retrieval-terms.</source>
        <translation>Bezahlte Abrufe der gehaltenen Slot-Daten ausliefern, bezahlt über Kanäle des RetrievalChannels-Vertrags unter &lt;address&gt; (docs/retrieval.md), zu den Bedingungen von --retrieval-terms.</translation>
    </message>
    <message>
        <source>The paid retrievals&apos; terms: a JSON file with &quot;pricePerByte&quot; (base units, a decimal string) and optionally &quot;paymentInterval&quot; and &quot;paymentIntervalIncrease&quot; (bytes; default 1048576 each), as GET /salesdesk/v1/retrieval/ask answers them.</source>
        <translation>Die Bedingungen der bezahlten Abrufe: eine JSON-Datei mit &quot;pricePerByte&quot; (Basiseinheiten, eine Dezimalzahl als Zeichenkette) und optional &quot;paymentInterval&quot; und &quot;paymentIntervalIncrease&quot; (Bytes; Standard je 1048576), wie GET /salesdesk/v1/retrieval/ask sie liefert.</translation>
    </message>
    <message>
        <source>The port the paid-retrieval endpoint listens on, on 127.0.0.1 (default 0: a free port, printed).</source>
        <translation>Der Port, auf dem der Endpunkt für bezahlte Abrufe auf 127.0.0.1 lauscht (Standard 0: ein freier Port, wird ausgegeben).</translation>
    </message>
    <message>
        <source>Claim a retrieval channel&apos;s best voucher as soon as it pays &lt;amount&gt; base units more than was claimed (default 0: only when its payer asks to close it).</source>
        <translation>Den besten Gutschein eines Abrufkanals einfordern, sobald er &lt;amount&gt; Basiseinheiten mehr zahlt, als eingefordert wurde (Standard 0: nur wenn sein Zahler die Schließung beantragt).</translation>
    </message>
    <message>
        <source>--retrieval-channels and --retrieval-terms go together (--retrieval-port and --claim-threshold need them)</source>
        <translation>--retrieval-channels und --retrieval-terms gehören zusammen (--retrieval-port und --claim-threshold setzen sie voraus)</translation>
    </message>
    <message>
        <source>--retrieval-channels must be the contract&apos;s address (0x and 40 hex digits), not &quot;%1&quot;</source>
        <translation>--retrieval-channels muss die Adresse des Vertrags sein (0x und 40 Hexziffern), nicht „%1“</translation>
    </message>
    <message>
        <source>--retrieval-terms: cannot read %1: %2</source>
        <translation>--retrieval-terms: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--retrieval-terms: %1: %2</source>
        <translation>--retrieval-terms: %1: %2</translation>
    </message>
    <message>
        <source>--claim-threshold must be a whole number of base units, not &quot;%1&quot;</source>
        <translation>--claim-threshold muss eine ganze Zahl von Basiseinheiten sein, nicht „%1“</translation>
    </message>
    <message>
        <source>retrieval channel %1: deposit %2, claimed %3</source>
        <translation>Abrufkanal %1: Einlage %2, eingefordert %3</translation>
    </message>
    <message>
        <source>, closing at %1</source>
        <translation>, Schließung bei %1</translation>
    </message>
    <message>
        <source>, finalized</source>
        <translation>, abgeschlossen</translation>
    </message>
    <message>
        <source>cannot serve paid retrieval: %1</source>
        <translation>bezahlte Abrufe können nicht ausgeliefert werden: %1</translation>
    </message>
    <message>
        <source>paid retrieval at %1</source>
        <translation>bezahlte Abrufe unter %1</translation>
    </message>
    <message>
        <source>retrieval channel %1: claim of %2 %3 (%4)</source>
        <translation>Abrufkanal %1: Einforderung von %2 %3 (%4)</translation>
    </message>
    <message>
        <source>mined</source>
        <translation>gemint</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>usage: salesdesk-cli host --rpc-url URL --chain-id N --marketplace ADDRESS --data-dir DIR [--start-block B] [--confirmations C] [--poll-seconds S] [--passphrase-file FILE] [--offer SIZE,DURATION,MIN_PRICE,COLLATERAL] [--generated] [--run-seconds S] [--direct-deals ADDRESS --deal-ask FILE [--deals-port P]] [--retrieval-channels ADDRESS --retrieval-terms FILE [--retrieval-port P] [--claim-threshold AMOUNT]]</source>
        <translation>Aufruf: salesdesk-cli host --rpc-url URL --chain-id N --marketplace ADDRESS --data-dir DIR [--start-block B] [--confirmations C] [--poll-seconds S] [--passphrase-file FILE] [--offer SIZE,DURATION,MIN_PRICE,COLLATERAL] [--generated] [--run-seconds S] [--direct-deals ADDRESS --deal-ask FILE [--deals-port P]] [--retrieval-channels ADDRESS --retrieval-terms FILE [--retrieval-port P] [--claim-threshold AMOUNT]]</translation>
    </message>
</context>
<context>
    <name>Keystore</name>
    <message>
        <source>Not a usable keystore: %1 %2</source>
        <translation>Kein verwendbarer Keystore: %1 %2</translation>
    </message>
    <message>
        <source>is missing or not a string</source>
        <translation>fehlt oder ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>is not hexadecimal bytes</source>
        <translation>ist nicht hexadezimal</translation>
    </message>
    <message>
        <source>has %1 bytes, expected %2</source>
        <translation>hat %1 Bytes, erwartet %2</translation>
    </message>
    <message>
        <source>is missing or not a positive whole number</source>
        <translation>fehlt oder ist keine positive ganze Zahl</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; supported are scrypt and pbkdf2</source>
        <translation>ist „%1“; unterstützt werden scrypt und pbkdf2</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>is %1, expected %2 to %3</source>
        <translation>ist %1, erwartet %2 bis %3</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; supported is hmac-sha256</source>
        <translation>ist „%1“; unterstützt wird hmac-sha256</translation>
    </message>
    <message>
        <source>asks for %1 iterations, more than the %2 we allow</source>
        <translation>verlangt %1 Iterationen, mehr als die erlaubten %2</translation>
    </message>
    <message>
        <source>is %1, not a power of two above 1</source>
        <translation>ist %1, keine Zweierpotenz über 1</translation>
    </message>
    <message>
        <source>is %1, more than the %2 we allow</source>
        <translation>ist %1, mehr als die erlaubten %2</translation>
    </message>
    <message>
        <source>is %1, but scrypt needs n below 2^(16·r) = %2 for r = %3</source>
        <translation>ist %1, aber scrypt verlangt n unter 2^(16·r) = %2 für r = %3</translation>
    </message>
    <message>
        <source>with n asks for more than %1 MiB of memory</source>
        <translation>verlangt mit n mehr als %1 MiB Speicher</translation>
    </message>
    <message>
        <source>with n and r asks for more work (n·r·p) than the %1 we allow</source>
        <translation>verlangt mit n und r mehr Aufwand (n·r·p) als die erlaubten %1</translation>
    </message>
    <message>
        <source>The key derivation (%1) failed; out of memory?</source>
        <translation>Die Schlüsselableitung (%1) ist fehlgeschlagen; zu wenig Speicher?</translation>
    </message>
    <message>
        <source>AES-128-CTR failed</source>
        <translation>AES-128-CTR ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not a keystore: not a JSON object (%1)</source>
        <translation>Kein Keystore: kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>ein anderer JSON-Wert</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed</source>
        <translation>Der Zufallszahlengenerator des Systems ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>is %1; only version 3 is supported</source>
        <translation>ist %1; nur Version 3 wird unterstützt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlend</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>is missing or not an object</source>
        <translation>fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; supported is aes-128-ctr</source>
        <translation>ist „%1“; unterstützt wird aes-128-ctr</translation>
    </message>
    <message>
        <source>has %1 bytes, expected at most %2</source>
        <translation>hat %1 Bytes, erwartet höchstens %2</translation>
    </message>
    <message>
        <source>Wrong passphrase: the keystore&apos;s MAC does not match (or the file is damaged)</source>
        <translation>Falsche Passphrase: der MAC des Keystores stimmt nicht (oder die Datei ist beschädigt)</translation>
    </message>
    <message>
        <source>does not hold a valid private key</source>
        <translation>enthält keinen gültigen privaten Schlüssel</translation>
    </message>
    <message>
        <source>is %1, but the key is %2&apos;s</source>
        <translation>ist %1, aber der Schlüssel gehört zu %2</translation>
    </message>
</context>
<context>
    <name>MatchReasonText</name>
    <message>
        <source>The availability is disabled.</source>
        <translation>Das Angebot ist deaktiviert.</translation>
    </message>
    <message>
        <source>The slot needs %1 (%2 bytes) but only %3 (%4 bytes) is free.</source>
        <translation>Der Slot benötigt %1 (%2 Byte), aber nur %3 (%4 Byte) sind frei.</translation>
    </message>
    <message>
        <source>The request runs for %1, longer than the %2 this availability accepts.</source>
        <translation>Die Anfrage läuft %1, länger als die %2, die dieses Angebot annimmt.</translation>
    </message>
    <message>
        <source>The request would end on %1, after this availability&apos;s end date (%2).</source>
        <translation>Die Anfrage würde am %1 enden, nach dem Enddatum dieses Angebots (%2).</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>slot too big</source>
        <translation>Slot zu groß</translation>
    </message>
    <message>
        <source>duration too long</source>
        <translation>Laufzeit zu lang</translation>
    </message>
    <message>
        <source>price below minimum</source>
        <translation>Preis unter Minimum</translation>
    </message>
    <message>
        <source>collateral budget too small</source>
        <translation>Sicherheitsleistung zu knapp</translation>
    </message>
    <message>
        <source>ends after until</source>
        <translation>endet nach Enddatum</translation>
    </message>
    <message>
        <source>Takes it: the smallest availability that fits every rule.</source>
        <translation>Nimmt an: das kleinste Angebot, das alle Regeln erfüllt.</translation>
    </message>
    <message>
        <source>Could take it, but a smaller fitting availability goes first.</source>
        <translation>Könnte annehmen, aber ein kleineres passendes Angebot hat Vorrang.</translation>
    </message>
    <message>
        <source>%1, %2 free</source>
        <translation>%1, %2 frei</translation>
    </message>
    <message>
        <source>Yes — %1</source>
        <translation>Ja – %1</translation>
    </message>
    <message>
        <source>No — no storage offered</source>
        <translation>Nein – kein Speicher angeboten</translation>
    </message>
    <message>
        <source>No — %1</source>
        <translation>Nein – %1</translation>
    </message>
    <message>
        <source>No — none of %1 availabilities</source>
        <translation>Nein – keines der %1 Angebote</translation>
    </message>
    <message>
        <source>%1 sold</source>
        <translation>%1 verkauft</translation>
    </message>
    <message>
        <source>%1 selling</source>
        <translation>%1 im Verkauf</translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation>%1 in der Warteschlange</translation>
    </message>
    <message>
        <source>%1 ignored</source>
        <translation>%1 ignoriert</translation>
    </message>
    <message>
        <source>%1 missed</source>
        <translation>%1 verpasst</translation>
    </message>
    <message>
        <source>%1 errored</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>The request pays %1, below the minimum of %2.</source>
        <translation>Die Anfrage zahlt %1, weniger als das Minimum von %2.</translation>
    </message>
    <message>
        <source>The slot asks %1 of collateral; the %2 of collateral left over %3 free allows at most %4.</source>
        <translation>Der Slot verlangt %1 Sicherheit; die verbleibenden %2 Sicherheit über %3 frei erlauben höchstens %4.</translation>
    </message>
</context>
<context>
    <name>NetworkProfile</name>
    <message>
        <source>Local test chain (anvil, started by Sales Desk)</source>
        <translation>Lokale Testkette (anvil, von Sales Desk gestartet)</translation>
    </message>
    <message>
        <source>Codex testnet (chain %1) — offline since 2025-09, not usable</source>
        <translation>Codex-Testnetz (Chain %1) — seit 2025-09 offline, nicht nutzbar</translation>
    </message>
    <message>
        <source>The Codex testnet has been offline since September 2025: its nodes no longer answer and its marketplace cannot be reached. Use the local test chain, or enter the details of a network that runs.</source>
        <translation>Das Codex-Testnetz ist seit September 2025 offline: seine Knoten antworten nicht mehr und sein Marktplatz ist nicht erreichbar. Nutzen Sie die lokale Testkette oder geben Sie die Daten eines laufenden Netzes ein.</translation>
    </message>
    <message>
        <source>Give the network a name.</source>
        <translation>Geben Sie dem Netz einen Namen.</translation>
    </message>
    <message>
        <source>Enter the RPC URL of a node of the network.</source>
        <translation>Geben Sie die RPC-URL eines Knotens des Netzes ein.</translation>
    </message>
    <message>
        <source>Sales Desk talks to the node over HTTP: enter its http:// or https:// URL, not the WebSocket one.</source>
        <translation>Sales Desk spricht über HTTP mit dem Knoten: geben Sie seine http://- oder https://-URL ein, nicht die WebSocket-URL.</translation>
    </message>
    <message>
        <source>Not a node&apos;s URL: it must start with http:// or https:// and name a host, e.g. http://127.0.0.1:8545.</source>
        <translation>Keine Knoten-URL: sie muss mit http:// oder https:// beginnen und einen Host nennen, z. B. http://127.0.0.1:8545.</translation>
    </message>
    <message>
        <source>The chain id is a whole number above 0 (e.g. 31337 for a local anvil).</source>
        <translation>Die Chain-ID ist eine ganze Zahl über 0 (z. B. 31337 für ein lokales anvil).</translation>
    </message>
    <message>
        <source>Enter the address of the network&apos;s Marketplace contract.</source>
        <translation>Geben Sie die Adresse des Marketplace-Vertrags des Netzes ein.</translation>
    </message>
    <message>
        <source>Not a valid address: 0x and 40 hex digits, with the checksum&apos;s mixed case if it has any (a mistyped letter changes it).</source>
        <translation>Keine gültige Adresse: 0x und 40 Hex-Ziffern, in der Groß-/Kleinschreibung der Prüfsumme, falls sie gemischt ist (ein Tippfehler ändert sie).</translation>
    </message>
    <message>
        <source>The start block is a whole number, 0 or more (the block the Marketplace was deployed in; 0 reads from the first block).</source>
        <translation>Der Startblock ist eine ganze Zahl ab 0 (der Block, in dem der Marketplace bereitgestellt wurde; 0 liest ab dem ersten Block).</translation>
    </message>
    <message>
        <source>Confirmations are a whole number from 0 to %1.</source>
        <translation>Bestätigungen sind eine ganze Zahl von 0 bis %1.</translation>
    </message>
    <message>
        <source>Not a web address: it must start with http:// or https:// and name a host, e.g. http://127.0.0.1:8080/api/codex/v1.</source>
        <translation>Keine Webadresse: sie muss mit http:// oder https:// beginnen und einen Host nennen, z. B. http://127.0.0.1:8080/api/codex/v1.</translation>
    </message>
</context>
<context>
    <name>OfferCheck</name>
    <message>
        <source>The contract cannot hold %1 %2 per TiB per month exactly: it stores a whole number of base units per byte per second. Choose one of the nearest prices.</source>
        <translation>Der Vertrag kann %1 %2 pro TiB und Monat nicht genau speichern: Er speichert eine ganze Zahl von Basiseinheiten pro Byte und Sekunde. Wählen Sie einen der nächstgelegenen Preise.</translation>
    </message>
    <message>
        <source>%1 base units (%2)</source>
        <translation>%1 Basiseinheiten (%2)</translation>
    </message>
    <message>
        <source>%1. Raise the quota in Settings → Storage quota.</source>
        <translation>%1. Erhöhen Sie das Kontingent unter Einstellungen → Speicherkontingent.</translation>
    </message>
    <message>
        <source>Your wallet holds %1, less than this collateral: sales stop taking slots once their collateral has used the wallet up.</source>
        <translation>Ihre Wallet enthält %1, weniger als diese Sicherheitsleistung: Verkäufe nehmen keine Slots mehr an, sobald deren Sicherheitsleistung die Wallet aufgebraucht hat.</translation>
    </message>
    <message>
        <source>Your wallet holds no ETH for gas: it cannot send the transactions a sale needs (reserve, fill, proofs, payout).</source>
        <translation>Ihre Wallet enthält kein ETH für Gas: Sie kann die Transaktionen nicht senden, die ein Verkauf braucht (Reservierung, Befüllung, Nachweise, Auszahlung).</translation>
    </message>
    <message>
        <source>Your wallet holds %1 for gas, less than one sale may need: %2 (%3 gas: reserve, fill, payout and up to %4 proofs, one per period, at the node&apos;s current fee). Send at least %5 more to the wallet.</source>
        <translation>Ihre Wallet enthält %1 für Gas, weniger als ein Verkauf brauchen kann: %2 (%3 Gas: Reservierung, Befüllung, Auszahlung und bis zu %4 Nachweise, einer pro Periode, zur aktuellen Gebühr des Knotens). Senden Sie mindestens %5 mehr an die Wallet.</translation>
    </message>
</context>
<context>
    <name>OfferUnits</name>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>TB</source>
        <translation>TB</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>TiB</source>
        <translation>TiB</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>months (30 days)</source>
        <translation>Monate (30 Tage)</translation>
    </message>
    <message>
        <source>Enter an amount of base units</source>
        <translation>Geben Sie eine Anzahl Basiseinheiten ein</translation>
    </message>
    <message>
        <source>Enter a whole number of base units (digits only): %1</source>
        <translation>Geben Sie eine ganze Zahl von Basiseinheiten ein (nur Ziffern): %1</translation>
    </message>
</context>
<context>
    <name>PassphraseInput</name>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>Die Passphrasen-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is larger than %2 bytes</source>
        <translation>Die Passphrasen-Datei %1 ist größer als %2 Bytes</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty</source>
        <translation>Die Passphrasen-Datei %1 ist leer</translation>
    </message>
    <message>
        <source>No terminal to ask for the passphrase on; use --passphrase-file</source>
        <translation>Kein Terminal, um nach der Passphrase zu fragen; --passphrase-file verwenden</translation>
    </message>
    <message>
        <source>The passphrase must not be empty</source>
        <translation>Die Passphrase darf nicht leer sein</translation>
    </message>
    <message>
        <source>Repeat the passphrase:</source>
        <translation>Passphrase wiederholen:</translation>
    </message>
    <message>
        <source>The two passphrases differ</source>
        <translation>Die beiden Passphrasen stimmen nicht überein</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Sales Desk cannot open its data in %1.

%2</source>
        <translation>Sales Desk kann seine Daten in %1 nicht öffnen.

%2</translation>
    </message>
    <message>
        <source>Sales Desk cannot start selling.

%1</source>
        <translation>Sales Desk kann den Verkauf nicht starten.

%1</translation>
    </message>
    <message>
        <source>Sales Desk cannot start a local test chain in %1.

%2</source>
        <translation>Sales Desk kann in %1 keine lokale Testchain starten.

%2</translation>
    </message>
    <message>
        <source>Starting the local test chain…</source>
        <translation>Die lokale Testkette wird gestartet…</translation>
    </message>
    <message>
        <source>The network chosen in Settings → Market cannot be used: %1</source>
        <translation>Das unter Einstellungen → Markt gewählte Netz kann nicht genutzt werden: %1</translation>
    </message>
    <message>
        <source>Sales Desk cannot create its data directory %1.</source>
        <translation>Sales Desk kann sein Datenverzeichnis %1 nicht anlegen.</translation>
    </message>
    <message>
        <source>Sales Desk cannot create %1.</source>
        <translation>Sales Desk kann %1 nicht anlegen.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1…</translation>
    </message>
    <message>
        <source>Sales Desk cannot open the network %1 (%2).

%3</source>
        <translation>Sales Desk kann das Netz %1 (%2) nicht öffnen.

%3</translation>
    </message>
</context>
<context>
    <name>RetrievalSettings</name>
    <message>
        <source>Type the IP address to listen on, such as 127.0.0.1 (this computer only) or 0.0.0.0 (every network interface).</source>
        <translation>Geben Sie die IP-Adresse ein, auf der gelauscht wird, etwa 127.0.0.1 (nur dieser Rechner) oder 0.0.0.0 (alle Netzwerkschnittstellen).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address: type one such as 127.0.0.1 (this computer only) or 0.0.0.0 (every network interface).</source>
        <translation>„%1“ ist keine IP-Adresse: Geben Sie eine ein, etwa 127.0.0.1 (nur dieser Rechner) oder 0.0.0.0 (alle Netzwerkschnittstellen).</translation>
    </message>
    <message>
        <source>Type a whole number of the token&apos;s smallest unit (0 or more).</source>
        <translation>Geben Sie eine ganze Zahl der kleinsten Einheit des Tokens ein (0 oder mehr).</translation>
    </message>
    <message>
        <source>Type a whole number of the token&apos;s smallest unit (0 or more): %1</source>
        <translation>Geben Sie eine ganze Zahl der kleinsten Einheit des Tokens ein (0 oder mehr): %1</translation>
    </message>
</context>
<context>
    <name>SaleState</name>
    <message>
        <source>Recovering</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Reserving slot</source>
        <translation>Slot wird reserviert</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Initial proof</source>
        <translation>Erster Nachweis</translation>
    </message>
    <message>
        <source>Filling</source>
        <translation>Befüllung</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Befüllt</translation>
    </message>
    <message>
        <source>Proving</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Proving (simulated failures)</source>
        <translation>Nachweise (simulierte Fehler)</translation>
    </message>
    <message>
        <source>Paying out</source>
        <translation>Auszahlung läuft</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gescheitert</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <source>Errored</source>
        <translation>Fehlerhaft</translation>
    </message>
</context>
<context>
    <name>TokenAmount</name>
    <message>
        <source>Enter an amount of %1</source>
        <translation>Geben Sie einen Betrag in %1 ein</translation>
    </message>
    <message>
        <source>Not an amount of %1: &quot;%2&quot; (use digits, and &quot;%3&quot; before the decimal places)</source>
        <translation>Kein Betrag in %1: „%2“ (Ziffern verwenden und „%3“ vor den Nachkommastellen)</translation>
    </message>
    <message>
        <source>%1 has %2 decimal places; &quot;%3&quot; has %4 digits after the decimal point</source>
        <translation>%1 hat %2 Nachkommastellen; „%3“ hat %4 Stellen nach dem Dezimaltrennzeichen</translation>
    </message>
    <message>
        <source>Too large: at most %1</source>
        <translation>Zu groß: höchstens %1</translation>
    </message>
</context>
<context>
    <name>TokenAxis</name>
    <message>
        <source>Tokens (%1)</source>
        <translation>Token (%1)</translation>
    </message>
</context>
<context>
    <name>Wallet</name>
    <message>
        <source>%1 already holds an account; it is never overwritten</source>
        <translation>%1 enthält bereits ein Konto; es wird nie überschrieben</translation>
    </message>
    <message>
        <source>The passphrase must not be empty</source>
        <translation>Die Passphrase darf nicht leer sein</translation>
    </message>
    <message>
        <source>The wallet is locked: unlock it to sign</source>
        <translation>Die Wallet ist gesperrt: zum Signieren entsperren</translation>
    </message>
    <message>
        <source>No wallet in %1: create one with salesdesk-cli wallet new or import one with salesdesk-cli wallet import</source>
        <translation>Keine Wallet in %1: mit salesdesk-cli wallet new eine anlegen oder mit salesdesk-cli wallet import eine importieren</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, too large for a keystore</source>
        <translation>%1 hat %2 Bytes, zu groß für einen Keystore</translation>
    </message>
    <message>
        <source>Cannot create the directory %1</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 was written but others may read it, and its mode could not be set to 0600</source>
        <translation>%1 wurde geschrieben, aber andere dürfen es lesen, und der Modus ließ sich nicht auf 0600 setzen</translation>
    </message>
</context>
<context>
    <name>WalletCommand</name>
    <message>
        <source>wallet: the host&apos;s chain account, kept encrypted as wallet.json in the data directory.
  new      create an account with a new random key
  import   take an existing key (--key-file) or keystore (--keystore, from geth or foundry)
  address  print the account&apos;s address (no passphrase needed)
  balance  print its balance in ETH (and of --token) from the node at --rpc
Passphrases are asked on the terminal without echo, or read from --passphrase-file. A private key is never given on the command line, where it would stay in the shell&apos;s history: put it in a file for --key-file and delete the file after the import.
Exit 0: done; 2: bad options or input, a wrong passphrase; 3: the wallet file cannot be written or the node does not answer.</source>
        <translation>wallet: das Chain-Konto des Hosts, verschlüsselt als wallet.json im Datenverzeichnis.
  new      ein Konto mit einem neuen Zufallsschlüssel anlegen
  import   einen vorhandenen Schlüssel (--key-file) oder Keystore (--keystore, von geth oder foundry) übernehmen
  address  die Adresse des Kontos ausgeben (ohne Passphrase)
  balance  sein Guthaben in ETH (und in --token) vom Knoten unter --rpc ausgeben
Passphrasen werden ohne Echo im Terminal abgefragt oder aus --passphrase-file gelesen. Ein privater Schlüssel wird nie auf der Kommandozeile übergeben, wo er in der Shell-History bliebe: ihn für --key-file in eine Datei schreiben und die Datei nach dem Import löschen.
Exit 0: erledigt; 2: falsche Optionen oder Eingaben, eine falsche Passphrase; 3: die Wallet-Datei kann nicht geschrieben werden oder der Knoten antwortet nicht.</translation>
    </message>
    <message>
        <source>The data directory holding the wallet.</source>
        <translation>Das Datenverzeichnis mit der Wallet.</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of &lt;file&gt; instead of the terminal.</source>
        <translation>Die Passphrase aus der ersten Zeile von &lt;file&gt; statt vom Terminal lesen.</translation>
    </message>
    <message>
        <source>With import: the file holding the private key as 64 hex digits.</source>
        <translation>Mit import: die Datei mit dem privaten Schlüssel als 64 Hexziffern.</translation>
    </message>
    <message>
        <source>With import: a keystore file (Web3 Secret Storage v3) and its own passphrase.</source>
        <translation>Mit import: eine Keystore-Datei (Web3 Secret Storage v3) mit ihrer eigenen Passphrase.</translation>
    </message>
    <message>
        <source>With balance: the JSON-RPC URL of an Ethereum node.</source>
        <translation>Mit balance: die JSON-RPC-URL eines Ethereum-Knotens.</translation>
    </message>
    <message>
        <source>With balance: also print the balance of this ERC-20 token.</source>
        <translation>Mit balance: auch das Guthaben dieses ERC-20-Tokens ausgeben.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>new, import, address or balance</source>
        <translation>new, import, address oder balance</translation>
    </message>
    <message>
        <source>usage: salesdesk-cli wallet new|import|address|balance --data-dir DIR; see salesdesk-cli wallet --help</source>
        <translation>Aufruf: salesdesk-cli wallet new|import|address|balance --data-dir DIR; siehe salesdesk-cli wallet --help</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Neue Passphrase:</translation>
    </message>
    <message>
        <source>wallet import takes either --key-file FILE or --keystore FILE</source>
        <translation>wallet import nimmt entweder --key-file FILE oder --keystore FILE</translation>
    </message>
    <message>
        <source>Cannot read the key file</source>
        <translation>Die Schlüsseldatei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the keystore</source>
        <translation>Der Keystore kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Passphrase of the keystore:</source>
        <translation>Passphrase des Keystores:</translation>
    </message>
    <message>
        <source>Account %1 is in %2.
Keep a copy of that file and its passphrase: without both the account and its funds are lost.
</source>
        <translation>Das Konto %1 liegt in %2.
Bewahren Sie eine Kopie dieser Datei und ihre Passphrase auf: ohne beide sind das Konto und sein Guthaben verloren.
</translation>
    </message>
    <message>
        <source>wallet balance needs --rpc with an http:// or https:// URL</source>
        <translation>wallet balance braucht --rpc mit einer http://- oder https://-URL</translation>
    </message>
    <message>
        <source>--token: %1</source>
        <translation>--token: %1</translation>
    </message>
    <message>
        <source>the node at %1 did not answer: %2</source>
        <translation>der Knoten unter %1 hat nicht geantwortet: %2</translation>
    </message>
    <message>
        <source>ETH: %1</source>
        <translation>ETH: %1</translation>
    </message>
    <message>
        <source>%1 did not answer balanceOf and decimals as an ERC-20 token does</source>
        <translation>%1 hat auf balanceOf und decimals nicht wie ein ERC-20-Token geantwortet</translation>
    </message>
    <message>
        <source>Token %1: %2 (%3 decimals)</source>
        <translation>Token %1: %2 (%3 Dezimalstellen)</translation>
    </message>
</context>
<context>
    <name>Withdrawal</name>
    <message>
        <source>Enter the address to send the tokens to</source>
        <translation>Geben Sie die Adresse ein, an die die Token gehen sollen</translation>
    </message>
    <message>
        <source>Not an address: %1</source>
        <translation>Keine Adresse: %1</translation>
    </message>
    <message>
        <source>The zero address burns what it is sent; enter another address</source>
        <translation>Was an die Nulladresse geht, ist verloren; geben Sie eine andere Adresse ein</translation>
    </message>
    <message>
        <source>That is this wallet&apos;s own address; enter another address</source>
        <translation>Das ist die eigene Adresse dieser Wallet; geben Sie eine andere Adresse ein</translation>
    </message>
    <message>
        <source>Enter the amount to send</source>
        <translation>Geben Sie den zu sendenden Betrag ein</translation>
    </message>
    <message>
        <source>The amount must be more than zero</source>
        <translation>Der Betrag muss größer als null sein</translation>
    </message>
    <message>
        <source>%1 is more than you can withdraw: %2 (the balance, %3, minus %4 of collateral the open sales still need)</source>
        <translation>%1 ist mehr, als Sie abheben können: %2 (das Guthaben, %3, abzüglich %4 Sicherheit, die die offenen Verkäufe noch brauchen)</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Sell disk space on the Codex storage marketplace.</source>
        <translation>Verkaufen Sie Speicherplatz auf dem Codex-Speichermarktplatz.</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>Erstellt mit Qt %1.</translation>
    </message>
    <message>
        <source>Your data:</source>
        <translation>Ihre Daten:</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::AlertBanner</name>
    <message>
        <source>Show Alerts</source>
        <translation>Meldungen anzeigen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>1 new alert. Latest: %1</source>
        <translation>1 neue Meldung. Zuletzt: %1</translation>
    </message>
    <message>
        <source>%1 new alerts. Latest: %2</source>
        <translation>%1 neue Meldungen. Zuletzt: %2</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::AvailabilitiesPage</name>
    <message>
        <source>&amp;Offer storage…</source>
        <translation>&amp;Speicher anbieten…</translation>
    </message>
    <message>
        <source>Offer disk space for sale (%1)</source>
        <translation>Speicherplatz zum Verkauf anbieten (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Accept new sales</source>
        <translation>Neue Verkäufe &amp;annehmen</translation>
    </message>
    <message>
        <source>Whether the selected availability takes new slots; its running sales go on either way</source>
        <translation>Ob das ausgewählte Angebot neue Slots annimmt; laufende Verkäufe gehen in jedem Fall weiter</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;You do not offer any storage yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Say how much disk space to sell, for how long and at what minimum price; Sales Desk then takes the storage requests that fit.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sie bieten noch keinen Speicher an.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Legen Sie fest, wie viel Speicherplatz Sie wie lange und zu welchem Mindestpreis verkaufen möchten; Sales Desk nimmt dann die passenden Speicheranfragen an.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Offer storage…</source>
        <translation>Speicher anbieten…</translation>
    </message>
    <message>
        <source>Availabilities: %1 · offered: %2 · committed to sales: %3</source>
        <translation>Angebote: %1 · angeboten: %2 · an Verkäufe gebunden: %3</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Reservierungen</translation>
    </message>
    <message>
        <source>Select an availability to see the slots it is committed to.</source>
        <translation>Wählen Sie ein Angebot aus, um die daran gebundenen Slots zu sehen.</translation>
    </message>
    <message>
        <source>Reservations of availability %1</source>
        <translation>Reservierungen von Angebot %1</translation>
    </message>
    <message>
        <source>Remove availability</source>
        <translation>Angebot entfernen</translation>
    </message>
    <message>
        <source>Remove availability %1? Its %2 go back to the free quota.</source>
        <translation>Angebot %1 entfernen? Die %2 gehen an das freie Kontingent zurück.</translation>
    </message>
    <message>
        <source>Availabilities</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>No slot uses this availability yet: all %1 are free and %2 of collateral remain (%3).</source>
        <translation>Noch kein Slot nutzt dieses Angebot: alle %1 sind frei und %2 Sicherheit verbleiben (%3).</translation>
    </message>
    <message>
        <source>Slots holding part of it: %1. They hold %2 of %3 and %4 of collateral; %5 of collateral remain (%6), %7 were lost to slashing.</source>
        <translation>Slots, die einen Teil davon belegen: %1. Sie belegen %2 von %3 und %4 Sicherheit; %5 Sicherheit verbleiben (%6), %7 gingen durch Slashing verloren.</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::AvailabilityForm</name>
    <message>
        <source>Offer storage</source>
        <translation>Speicher anbieten</translation>
    </message>
    <message>
        <source>Edit availability %1</source>
        <translation>Angebot %1 bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>Longest &amp;duration:</source>
        <translation>Längste &amp;Laufzeit:</translation>
    </message>
    <message>
        <source>Minimum &amp;price:</source>
        <translation>Mindest&amp;preis:</translation>
    </message>
    <message>
        <source>per byte</source>
        <translation>pro Byte</translation>
    </message>
    <message>
        <source>&amp;Collateral:</source>
        <translation>&amp;Sicherheitsleistung:</translation>
    </message>
    <message>
        <source>Only slots that end &amp;before</source>
        <translation>Nur Slots, die &amp;vorher enden</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>&amp;Accept new sales</source>
        <translation>Neue Verkäufe &amp;annehmen</translation>
    </message>
    <message>
        <source>A disabled availability keeps its running sales but takes no new slots.</source>
        <translation>Ein deaktiviertes Angebot behält seine laufenden Verkäufe, nimmt aber keine neuen Slots an.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Anbieten</translation>
    </message>
    <message>
        <source>%1 bytes; at most %2 (%3 committed to sales)</source>
        <translation>%1 Byte; höchstens %2 (%3 an Verkäufe gebunden)</translation>
    </message>
    <message>
        <source>%1 bytes; %2 of the quota are free</source>
        <translation>%1 Byte; %2 des Kontingents sind frei</translation>
    </message>
    <message>
        <source>A month is 30 days. The contract stores the price as a whole number of base units (10^-%1 %2) per byte per second; a price per TiB per month it cannot hold exactly is offered as the nearest price below and above, for you to choose.</source>
        <translation>Ein Monat hat 30 Tage. Der Vertrag speichert den Preis als ganze Zahl von Basiseinheiten (10^-%1 %2) pro Byte und Sekunde; einen Preis pro TiB und Monat, den er nicht genau darstellen kann, bietet das Formular als nächstniedrigeren und nächsthöheren Preis zur Wahl an.</translation>
    </message>
    <message>
        <source>%1 per TiB per month</source>
        <translation>%1 pro TiB und Monat</translation>
    </message>
    <message>
        <source>base units in total, or</source>
        <translation>Basiseinheiten insgesamt, oder</translation>
    </message>
    <message>
        <source>%1 base units per byte, rounded down; a slot may ask for at most that much collateral per byte</source>
        <translation>%1 Basiseinheiten pro Byte, abgerundet; ein Slot darf höchstens so viel Sicherheit pro Byte verlangen</translation>
    </message>
    <message>
        <source>%1 base units per byte; a slot may ask for at most that much collateral per byte</source>
        <translation>%1 Basiseinheiten pro Byte; ein Slot darf höchstens so viel Sicherheit pro Byte verlangen</translation>
    </message>
    <message>
        <source>(%1 in total, %2)</source>
        <translation>(%1 insgesamt, %2)</translation>
    </message>
    <message>
        <source>= %1 per byte per second, exactly</source>
        <translation>= genau %1 pro Byte und Sekunde</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>Demo requests ask for slots of %1 to %2 each: every slot sold is hashed once in full, so the demo keeps them small enough to hash in seconds.</source>
        <translation>Demo-Anfragen verlangen Slots von je %1 bis %2: Jeder verkaufte Slot wird einmal vollständig gehasht, daher hält die Demo sie klein genug, um sie in Sekunden zu hashen.</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::AvailabilityTableModel</name>
    <message>
        <source>No end</source>
        <translation>Kein Ende</translation>
    </message>
    <message>
        <source>Selling</source>
        <translation>Im Verkauf</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Gebunden</translation>
    </message>
    <message>
        <source>Max. duration</source>
        <translation>Max. Laufzeit</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Sicherheitsleistung</translation>
    </message>
    <message>
        <source>Collateral left</source>
        <translation>Verbleibende Sicherheitsl.</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>%1; %2 committed to sales, %3 lost to slashing</source>
        <translation>%1; %2 an Verkäufe gebunden, %3 durch Slashing verloren</translation>
    </message>
    <message>
        <source>Lowest price accepted, in %1 per TiB per month (a month is 30 days)</source>
        <translation>Niedrigster akzeptierter Preis, in %1 pro TiB und Monat (ein Monat hat 30 Tage)</translation>
    </message>
    <message>
        <source>Min. price / TiB·month</source>
        <translation>Mindestpreis / TiB·Monat</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Its end (%1) has passed: a slot must end before it, so it sells nothing more. Edit it to set a later end or none.</source>
        <translation>Sein Ende (%1) ist vorbei: Ein Slot muss davor enden, daher verkauft es nichts mehr. Bearbeiten Sie es, um ein späteres oder kein Ende festzulegen.</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::AvailabilityVerdictsModel</name>
    <message>
        <source>Takes it</source>
        <translation>Nimmt an</translation>
    </message>
    <message>
        <source>Could take it</source>
        <translation>Könnte annehmen</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>Nicht angenommen</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::ChannelsModel</name>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>closes in %1</source>
        <translation>schließt in %1</translation>
    </message>
    <message>
        <source>Exact: %1</source>
        <translation>Genau: %1</translation>
    </message>
    <message>
        <source>Finalized on chain: nothing more can be claimed</source>
        <translation>Auf der Chain abgeschlossen: Es kann nichts mehr eingefordert werden</translation>
    </message>
    <message>
        <source>The payer asked to close the channel: its close window ends %1; the best voucher must be claimed before</source>
        <translation>Der Zahler hat die Schließung des Kanals beantragt: Sein Schließfenster endet am %1; der beste Gutschein muss vorher eingefordert werden</translation>
    </message>
    <message>
        <source>No close requested</source>
        <translation>Keine Schließung beantragt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Zahler</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Einlage</translation>
    </message>
    <message>
        <source>Best voucher</source>
        <translation>Bester Gutschein</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Eingefordert</translation>
    </message>
    <message>
        <source>Unclaimed</source>
        <translation>Nicht eingefordert</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließung</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::CreateWalletDialog</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file or a keystore.</source>
        <translation>%1 ist zu groß für eine Schlüsseldatei oder einen Keystore.</translation>
    </message>
    <message>
        <source>A wallet for this data directory</source>
        <translation>Eine Wallet für dieses Datenverzeichnis</translation>
    </message>
    <message>
        <source>Selling on a network needs an account that pays collateral and fees and receives payments. This data directory has none yet: create one, or bring one you have. It is kept encrypted with your passphrase in %1.</source>
        <translation>Zum Verkaufen in einem Netz braucht es ein Konto, das Sicherheiten und Gebühren zahlt und Zahlungen erhält. Dieses Datenverzeichnis hat noch keines: legen Sie eines an oder bringen Sie eines mit. Es wird mit Ihrer Passphrase verschlüsselt in %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Create a new account</source>
        <translation>Ein neues Konto anlegen</translation>
    </message>
    <message>
        <source>Import a private key from a file (hex)</source>
        <translation>Einen privaten Schlüssel aus einer Datei importieren (hex)</translation>
    </message>
    <message>
        <source>Import a keystore file (geth, foundry, …)</source>
        <translation>Eine Keystore-Datei importieren (geth, foundry, …)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the keystore</source>
        <translation>Keystore wählen</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>Schlüsseldatei wählen</translation>
    </message>
    <message>
        <source>Keystores (*.json);;All files (*)</source>
        <translation>Keystores (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation>Zu kurz: mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
    <message>
        <source>Fair: longer is better; several words make a good passphrase.</source>
        <translation>Mittel: länger ist besser; mehrere Wörter ergeben eine gute Passphrase.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Use a longer one, e.g. several words.</source>
        <translation>Schwach: leicht zu erraten. Nehmen Sie eine längere, z. B. mehrere Wörter.</translation>
    </message>
    <message>
        <source>Its passphrase:</source>
        <translation>Seine Passphrase:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Neue Passphrase:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>Die Passphrase muss mindestens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>Die beiden Passphrasen unterscheiden sich: geben Sie zweimal dieselbe ein.</translation>
    </message>
    <message>
        <source>Enter the keystore&apos;s passphrase.</source>
        <translation>Geben Sie die Passphrase des Keystores ein.</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Wählen Sie die zu importierende Datei.</translation>
    </message>
    <message>
        <source>Creating the account… (a few seconds)</source>
        <translation>Das Konto wird angelegt… (einige Sekunden)</translation>
    </message>
    <message>
        <source>Importing… (a few seconds)</source>
        <translation>Import läuft… (einige Sekunden)</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::DashboardCharts</name>
    <message>
        <source>Cumulative earnings</source>
        <translation>Kumulierte Einnahmen</translation>
    </message>
    <message>
        <source>No payouts yet.
A slot pays when its request ends.</source>
        <translation>Noch keine Auszahlungen.
Ein Slot wird bezahlt, wenn seine Anfrage endet.</translation>
    </message>
    <message>
        <source>Storage use</source>
        <translation>Speichernutzung</translation>
    </message>
    <message>
        <source>Nothing offered yet.
Offer storage to start selling.</source>
        <translation>Noch nichts angeboten.
Bieten Sie Speicher an, um mit dem Verkauf zu beginnen.</translation>
    </message>
    <message>
        <source>Running sales by state</source>
        <translation>Laufende Verkäufe nach Zustand</translation>
    </message>
    <message>
        <source>No sale is running.
Sales start when a request matches an availability.</source>
        <translation>Kein Verkauf läuft.
Verkäufe beginnen, wenn eine Anfrage zu einem Angebot passt.</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>Paid to you</source>
        <translation>An Sie ausgezahlt</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::DashboardPage</name>
    <message>
        <source>Storage offered</source>
        <translation>Angebotener Speicher</translation>
    </message>
    <message>
        <source>Free for new sales</source>
        <translation>Frei für neue Verkäufe</translation>
    </message>
    <message>
        <source>Reserved for slots</source>
        <translation>Für Slots reserviert</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Active slots</source>
        <translation>Aktive Slots</translation>
    </message>
    <message>
        <source>Slot queue</source>
        <translation>Slot-Warteschlange</translation>
    </message>
    <message>
        <source>Earned to date</source>
        <translation>Bisherige Einnahmen</translation>
    </message>
    <message>
        <source>Collateral locked</source>
        <translation>Gebundene Sicherheitsleistung</translation>
    </message>
    <message>
        <source>Expected earnings</source>
        <translation>Erwartete Einnahmen</translation>
    </message>
    <message>
        <source>No payout is scheduled. Slots you host are paid when their request ends; they will be listed here with the amount and the date.</source>
        <translation>Keine Auszahlung geplant. Ihre gehosteten Slots werden bezahlt, wenn ihre Anfrage endet; sie erscheinen dann hier mit Betrag und Datum.</translation>
    </message>
    <message>
        <source>Next payouts</source>
        <translation>Nächste Auszahlungen</translation>
    </message>
    <message>
        <source>No availability yet: offer storage to start selling</source>
        <translation>Noch kein Angebot: Bieten Sie Speicher an, um mit dem Verkauf zu beginnen</translation>
    </message>
    <message>
        <source>quota %1</source>
        <translation>Kontingent %1</translation>
    </message>
    <message>
        <source>Nothing offered</source>
        <translation>Nichts angeboten</translation>
    </message>
    <message>
        <source>%1 of the offer</source>
        <translation>%1 des Angebots</translation>
    </message>
    <message>
        <source>held for slots being sold or hosted</source>
        <translation>für verkaufte oder gehostete Slots reserviert</translation>
    </message>
    <message>
        <source>hosted now; sales in progress: %1</source>
        <translation>derzeit gehostet; Verkäufe in Bearbeitung: %1</translation>
    </message>
    <message>
        <source>paused by you</source>
        <translation>von Ihnen pausiert</translation>
    </message>
    <message>
        <source>waiting: no queued slot matches</source>
        <translation>wartet: kein Slot in der Warteschlange passt</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>slots waiting; %1</source>
        <translation>Slots warten; %1</translation>
    </message>
    <message>
        <source>no collateral lost</source>
        <translation>keine Sicherheitsleistung verloren</translation>
    </message>
    <message>
        <source>deposited in filled slots, returned at the end</source>
        <translation>in befüllten Slots hinterlegt, am Ende zurückerstattet</translation>
    </message>
    <message>
        <source>scheduled payouts: %1</source>
        <translation>geplante Auszahlungen: %1</translation>
    </message>
    <message>
        <source>Some figures could not be read: %1</source>
        <translation>Einige Werte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 of collateral lost</source>
        <translation>%1 Sicherheit verloren</translation>
    </message>
    <message>
        <source>slot data of hosted slots, %1 of the quota</source>
        <translation>Slot-Daten der gehosteten Slots, %1 des Kontingents</translation>
    </message>
    <message>
        <source>Direct deals</source>
        <translation>Direkte Deals</translation>
    </message>
    <message>
        <source>Paid retrieval</source>
        <translation>Bezahlter Abruf</translation>
    </message>
    <message>
        <source>Earned in all markets</source>
        <translation>Einnahmen aus allen Märkten</translation>
    </message>
    <message>
        <source>paid so far; %1 active · %2 collateral locked</source>
        <translation>bisher bezahlt; %1 aktiv · %2 Sicherheitsleistung hinterlegt</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>taken when turned on in Settings → Direct deals</source>
        <translation>werden angenommen, sobald unter Einstellungen → Direkte Deals eingeschaltet</translation>
    </message>
    <message>
        <source>served when turned on in Settings → Paid retrieval</source>
        <translation>werden ausgeliefert, sobald unter Einstellungen → Bezahlter Abruf eingeschaltet</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>slots %1 · deals %2 · retrieval %3</source>
        <translation>Slots %1 · Deals %2 · Abrufe %3</translation>
    </message>
    <message numerus="yes">
        <source>claimed on chain; %1 more in vouchers still to claim, on %n channel(s)</source>
        <translation>
            <numerusform>auf der Chain eingefordert; %1 mehr in Gutscheinen noch einzufordern, auf %n Kanal</numerusform>
            <numerusform>auf der Chain eingefordert; %1 mehr in Gutscheinen noch einzufordern, auf %n Kanälen</numerusform>
        </translation>
    </message>
    <message>
        <source>paid so far; %1 active · %2 collateral locked · %3 collateral lost</source>
        <translation>bisher bezahlt; %1 aktiv · %2 Sicherheitsleistung hinterlegt · %3 Sicherheitsleistung verloren</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::DealEscrowBox</name>
    <message>
        <source>Direct deals escrow</source>
        <translation>Treuhandkonto für direkte Deals</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <source>The %1 of this wallet held free in the DirectDeals contract (%2): what direct deals paid and what the next deals&apos; collateral is taken from</source>
        <translation>Die %1 dieser Wallet, die frei im DirectDeals-Vertrag (%2) liegen: was direkte Deals bezahlt haben und woraus die Sicherheitsleistung der nächsten Deals genommen wird</translation>
    </message>
    <message>
        <source>Free escrow:</source>
        <translation>Freies Treuhandguthaben:</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>Betrag in %1</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Betrag:</translation>
    </message>
    <message>
        <source>Withdraw to wallet</source>
        <translation>In die Wallet abheben</translation>
    </message>
    <message>
        <source>Send the amount from the free escrow to this wallet</source>
        <translation>Den Betrag aus dem freien Treuhandguthaben an diese Wallet senden</translation>
    </message>
    <message>
        <source>Deposit from wallet</source>
        <translation>Aus der Wallet einzahlen</translation>
    </message>
    <message>
        <source>Approve the amount for the DirectDeals contract, then deposit it into the escrow (two transactions)</source>
        <translation>Den Betrag für den DirectDeals-Vertrag freigeben und ihn dann auf das Treuhandkonto einzahlen (zwei Transaktionen)</translation>
    </message>
    <message>
        <source>The last read failed: %1</source>
        <translation>Das letzte Lesen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The free escrow is not known yet: the node has not answered</source>
        <translation>Das freie Treuhandguthaben ist noch nicht bekannt: der Knoten hat nicht geantwortet</translation>
    </message>
    <message>
        <source>%1 is more than the free escrow: at most %2 can be withdrawn</source>
        <translation>%1 ist mehr als das freie Treuhandguthaben: höchstens %2 können abgehoben werden</translation>
    </message>
    <message>
        <source>The wallet&apos;s balance is not known yet: the node has not answered</source>
        <translation>Das Guthaben der Wallet ist noch nicht bekannt: der Knoten hat nicht geantwortet</translation>
    </message>
    <message>
        <source>%1 is more than you can deposit: at most %2 (the wallet&apos;s balance, %3, minus %4 of collateral the open sales still need)</source>
        <translation>%1 ist mehr, als Sie einzahlen können: höchstens %2 (das Guthaben der Wallet, %3, abzüglich %4 Sicherheit, die die offenen Verkäufe noch brauchen)</translation>
    </message>
    <message>
        <source>Withdraw from the escrow</source>
        <translation>Vom Treuhandkonto abheben</translation>
    </message>
    <message>
        <source>&lt;b&gt;Withdraw %1 from the direct deals escrow to this wallet?&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 vom Treuhandkonto für direkte Deals in diese Wallet abheben?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 %2 leave the free escrow in the DirectDeals contract for this wallet. The deals you take next need their collateral in the escrow. The transaction costs some ETH for gas.</source>
        <translation>%1 %2 verlassen das freie Treuhandguthaben im DirectDeals-Vertrag in Richtung dieser Wallet. Die Deals, die Sie als Nächstes annehmen, brauchen ihre Sicherheitsleistung auf dem Treuhandkonto. Die Transaktion kostet etwas ETH für Gas.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Abheben</translation>
    </message>
    <message>
        <source>Deposit into the escrow</source>
        <translation>Auf das Treuhandkonto einzahlen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deposit %1 from this wallet into the direct deals escrow?&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 aus dieser Wallet auf das Treuhandkonto für direkte Deals einzahlen?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Two transactions: the token&apos;s approval of exactly %1 %2 for the DirectDeals contract (%3), then the deposit. The escrow holds the collateral of the deals you take; &quot;Withdraw to wallet&quot; takes back what is free. Each transaction costs some ETH for gas.</source>
        <translation>Zwei Transaktionen: die Freigabe von genau %1 %2 im Token für den DirectDeals-Vertrag (%3), dann die Einzahlung. Das Treuhandkonto hält die Sicherheitsleistung der Deals, die Sie annehmen; „In die Wallet abheben“ holt zurück, was frei ist. Jede Transaktion kostet etwas ETH für Gas.</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Einzahlen</translation>
    </message>
    <message>
        <source>Withdrawing %1 to this wallet…</source>
        <translation>%1 wird in diese Wallet abgehoben…</translation>
    </message>
    <message>
        <source>Approving %1 for the DirectDeals contract (1 of 2)…</source>
        <translation>%1 wird für den DirectDeals-Vertrag freigegeben (1 von 2)…</translation>
    </message>
    <message>
        <source>Depositing %1 into the escrow (2 of 2)…</source>
        <translation>%1 wird auf das Treuhandkonto eingezahlt (2 von 2)…</translation>
    </message>
    <message>
        <source>Withdrawn: mined in block %1.</source>
        <translation>Abgehoben: gemint in Block %1.</translation>
    </message>
    <message>
        <source>Deposited: mined in block %1.</source>
        <translation>Eingezahlt: gemint in Block %1.</translation>
    </message>
    <message>
        <source>Not withdrawn: %1</source>
        <translation>Nicht abgehoben: %1</translation>
    </message>
    <message>
        <source>Not deposited: the approval failed: %1</source>
        <translation>Nicht eingezahlt: die Freigabe ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not deposited: the approval went through, the deposit failed: %1</source>
        <translation>Nicht eingezahlt: die Freigabe ist durchgegangen, die Einzahlung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::DealSettingsBox</name>
    <message>
        <source>Direct deals</source>
        <translation>Direkte Deals</translation>
    </message>
    <message>
        <source>Take direct deals</source>
        <translation>Direkte Deals annehmen</translation>
    </message>
    <message>
        <source>Clients send this desk a signed proposal to store their data; the desk takes the data, publishes the deal on the chain, proves it every period and is paid as the term runs.</source>
        <translation>Kunden senden diesem Desk ein signiertes Angebot, ihre Daten zu speichern; der Desk nimmt die Daten entgegen, veröffentlicht den Deal auf der Chain, weist ihn in jeder Periode nach und wird im Lauf der Laufzeit bezahlt.</translation>
    </message>
    <message>
        <source>Accept new deals</source>
        <translation>Neue Deals annehmen</translation>
    </message>
    <message>
        <source>Off: proposals are refused, while the deals already taken are still served, proven and paid.</source>
        <translation>Aus: Angebote werden abgelehnt, während die bereits angenommenen Deals weiter bedient, nachgewiesen und bezahlt werden.</translation>
    </message>
    <message>
        <source>127.0.0.1 serves this computer only; 0.0.0.0 serves every network interface.</source>
        <translation>127.0.0.1 bedient nur diesen Rechner; 0.0.0.0 bedient alle Netzwerkschnittstellen.</translation>
    </message>
    <message>
        <source>The least a deal may pay for each byte and second, in the smallest unit of %1 (one %1 is 10^%2 of them).</source>
        <translation>Das Mindeste, was ein Deal pro Byte und Sekunde zahlen muss, in der kleinsten Einheit von %1 (ein %1 sind 10^%2 davon).</translation>
    </message>
    <message>
        <source>The desk locks at least this much of its own for each byte of a deal, and loses it when it misses too many proofs.</source>
        <translation>Der Desk hinterlegt für jedes Byte eines Deals mindestens so viel Eigenes und verliert es, wenn er zu viele Nachweise verpasst.</translation>
    </message>
    <message>
        <source>The most the desk locks for each byte of a deal.</source>
        <translation>Das Höchste, was der Desk für jedes Byte eines Deals hinterlegt.</translation>
    </message>
    <message>
        <source>The time the client has to push the data before the deal starts.</source>
        <translation>Die Zeit, die der Kunde hat, um die Daten vor Beginn des Deals zu senden.</translation>
    </message>
    <message>
        <source>Empty: every client that is not denied</source>
        <translation>Leer: jeder Kunde, der nicht abgelehnt ist</translation>
    </message>
    <message>
        <source>Client addresses (0x and 40 hex digits), separated by commas, spaces or new lines. Only they may propose deals.</source>
        <translation>Kundenadressen (0x und 40 Hexziffern), getrennt durch Kommas, Leerzeichen oder Zeilenumbrüche. Nur sie dürfen Deals anbieten.</translation>
    </message>
    <message>
        <source>Empty: no client is denied</source>
        <translation>Leer: kein Kunde wird abgelehnt</translation>
    </message>
    <message>
        <source>Client addresses (0x and 40 hex digits), separated by commas, spaces or new lines. Their proposals are refused.</source>
        <translation>Kundenadressen (0x und 40 Hexziffern), getrennt durch Kommas, Leerzeichen oder Zeilenumbrüche. Ihre Angebote werden abgelehnt.</translation>
    </message>
    <message>
        <source>How many deals of one client may receive data at the same time.</source>
        <translation>Wie viele Deals eines Kunden gleichzeitig Daten empfangen dürfen.</translation>
    </message>
    <message>
        <source>smallest unit of %1</source>
        <translation>kleinste Einheit von %1</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Listen address:</source>
        <translation>Lauschadresse:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Price per byte per second:</source>
        <translation>Preis pro Byte und Sekunde:</translation>
    </message>
    <message>
        <source>Least collateral per byte:</source>
        <translation>Kleinste Sicherheitsleistung pro Byte:</translation>
    </message>
    <message>
        <source>Largest collateral per byte:</source>
        <translation>Größte Sicherheitsleistung pro Byte:</translation>
    </message>
    <message>
        <source>Smallest deal:</source>
        <translation>Kleinster Deal:</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Byte</translation>
    </message>
    <message>
        <source>Largest deal:</source>
        <translation>Größter Deal:</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Laufzeit:</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Start from now:</source>
        <translation>Beginn ab jetzt:</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Allowed clients:</source>
        <translation>Zugelassene Kunden:</translation>
    </message>
    <message>
        <source>Denied clients:</source>
        <translation>Abgelehnte Kunden:</translation>
    </message>
    <message>
        <source>Transfers per client:</source>
        <translation>Übertragungen pro Kunde:</translation>
    </message>
    <message>
        <source>Changes take effect at the next start of Sales Desk; while direct deals run, the price, bounds and clients apply to new proposals at once. Direct deals run on a chain only (the local test chain or a network): the demo market has no deal contract. The Deals screen shows the deals taken and what they paid.</source>
        <translation>Änderungen werden beim nächsten Start von Sales Desk wirksam; während direkte Deals laufen, gelten Preis, Grenzen und Kunden sofort für neue Angebote. Direkte Deals laufen nur auf einer Chain (der lokalen Testchain oder einem Netz): Der Demo-Markt hat keinen Deal-Vertrag. Die Ansicht „Deals“ zeigt die angenommenen Deals und was sie bezahlt haben.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>%1 per byte per second, %2 per TiB per month</source>
        <translation>%1 pro Byte und Sekunde, %2 pro TiB und Monat</translation>
    </message>
    <message>
        <source>%1 per byte per second</source>
        <translation>%1 pro Byte und Sekunde</translation>
    </message>
    <message>
        <source>%1 per byte, %2 per TiB</source>
        <translation>%1 pro Byte, %2 pro TiB</translation>
    </message>
    <message>
        <source>%1 per byte</source>
        <translation>%1 pro Byte</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked above.</source>
        <translation>Nichts wurde gespeichert: Korrigieren Sie die oben markierten Felder.</translation>
    </message>
    <message>
        <source>Saved: direct deals are off from the next start of Sales Desk.</source>
        <translation>Gespeichert: Ab dem nächsten Start von Sales Desk sind direkte Deals aus.</translation>
    </message>
    <message>
        <source>Saved: direct deals start with the next start of Sales Desk on a chain, accepting new deals.</source>
        <translation>Gespeichert: Direkte Deals beginnen mit dem nächsten Start von Sales Desk auf einer Chain und nehmen neue Deals an.</translation>
    </message>
    <message>
        <source>Saved: direct deals start with the next start of Sales Desk on a chain; they serve the deals taken but accept no new ones.</source>
        <translation>Gespeichert: Direkte Deals beginnen mit dem nächsten Start von Sales Desk auf einer Chain; sie bedienen die angenommenen Deals, nehmen aber keine neuen an.</translation>
    </message>
    <message>
        <source>The price, bounds and clients apply to new proposals now; the listen address and port at the next start.</source>
        <translation>Preis, Grenzen und Kunden gelten ab sofort für neue Angebote; Lauschadresse und Port ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::DealsModel</name>
    <message>
        <source>awaiting data</source>
        <translation>wartet auf Daten</translation>
    </message>
    <message>
        <source>receiving data</source>
        <translation>empfängt Daten</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <source>publishing</source>
        <translation>wird veröffentlicht</translation>
    </message>
    <message>
        <source>awaiting activation</source>
        <translation>wartet auf Aktivierung</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>slashed</source>
        <translation>gekürzt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>never started</source>
        <translation>nie begonnen</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>starts in %1</source>
        <translation>beginnt in %1</translation>
    </message>
    <message>
        <source>ends in %1</source>
        <translation>endet in %1</translation>
    </message>
    <message>
        <source>Exact: %1</source>
        <translation>Genau: %1</translation>
    </message>
    <message>
        <source>Accepted %1, last changed %2</source>
        <translation>Angenommen %1, zuletzt geändert %2</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alles</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 of %2 bytes received</source>
        <translation>%1 von %2 Byte empfangen</translation>
    </message>
    <message>
        <source>Exact: %1 per second</source>
        <translation>Genau: %1 pro Sekunde</translation>
    </message>
    <message>
        <source>The whole term pays %1</source>
        <translation>Die gesamte Laufzeit zahlt %1</translation>
    </message>
    <message>
        <source>From %1 to %2 (%3)</source>
        <translation>Von %1 bis %2 (%3)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 proofs submitted, %2 missed</source>
        <translation>%1 Nachweise eingereicht, %2 verpasst</translation>
    </message>
    <message>
        <source>%1 locked when the deal was published</source>
        <translation>%1 bei der Veröffentlichung des Deals hinterlegt</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Price per second</source>
        <translation>Preis pro Sekunde</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Proofs / missed</source>
        <translation>Nachweise / verpasst</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Collateral left</source>
        <translation>Verbleibende Sicherheitsl.</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::DealsPage</name>
    <message>
        <source>Direct deals are not available on the demo market: it has no deal contract.

On a chain (Settings → Market: the local test chain or a network), clients can send this desk a signed proposal to store their data: the desk takes the data, publishes the deal on the chain, proves it every period and is paid as the term runs. Turn it on in Settings → Direct deals.</source>
        <translation>Direkte Deals gibt es auf dem Demo-Markt nicht: Er hat keinen Deal-Vertrag.

Auf einer Chain (Einstellungen → Markt: die lokale Testchain oder ein Netz) können Kunden diesem Desk ein signiertes Angebot senden, ihre Daten zu speichern: Der Desk nimmt die Daten entgegen, veröffentlicht den Deal auf der Chain, weist ihn in jeder Periode nach und wird im Lauf der Laufzeit bezahlt. Schalten Sie es unter Einstellungen → Direkte Deals ein.</translation>
    </message>
    <message>
        <source>Direct deals could not start: %1

Check Settings → Direct deals (listen address, port, price and bounds); changes take effect at the next start of Sales Desk.</source>
        <translation>Direkte Deals konnten nicht starten: %1

Prüfen Sie Einstellungen → Direkte Deals (Lauschadresse, Port, Preis und Grenzen); Änderungen werden beim nächsten Start von Sales Desk wirksam.</translation>
    </message>
    <message>
        <source>Direct deals start once the desk has recovered its sales…</source>
        <translation>Direkte Deals beginnen, sobald der Desk seine Verkäufe wiederhergestellt hat…</translation>
    </message>
    <message>
        <source>Direct deals are off. Turn them on in Settings → Direct deals: clients then send this desk signed proposals to store their data, and the desk takes the data, publishes each deal on the chain, proves it every period and is paid as the term runs.</source>
        <translation>Direkte Deals sind aus. Schalten Sie sie unter Einstellungen → Direkte Deals ein: Kunden senden diesem Desk dann signierte Angebote, ihre Daten zu speichern, und der Desk nimmt die Daten entgegen, veröffentlicht jeden Deal auf der Chain, weist ihn in jeder Periode nach und wird im Lauf der Laufzeit bezahlt.</translation>
    </message>
    <message>
        <source>They are turned on in Settings and start at the next start of Sales Desk.</source>
        <translation>Sie sind in den Einstellungen eingeschaltet und beginnen beim nächsten Start von Sales Desk.</translation>
    </message>
    <message>
        <source>Direct deals</source>
        <translation>Direkte Deals</translation>
    </message>
    <message>
        <source>Clients ask this address for the desk&apos;s ask and send it their signed proposals and then their data over HTTP.</source>
        <translation>Kunden fragen unter dieser Adresse die Konditionen des Desks ab und senden ihm per HTTP ihre signierten Angebote und danach ihre Daten.</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <source>New deals:</source>
        <translation>Neue Deals:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Preis:</translation>
    </message>
    <message>
        <source>Deals:</source>
        <translation>Deals:</translation>
    </message>
    <message>
        <source>Totals:</source>
        <translation>Summen:</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Refused: the deals taken are still served, proven and paid (Settings → Direct deals)</source>
        <translation>Abgelehnt: Die angenommenen Deals werden weiter bedient, nachgewiesen und bezahlt (Einstellungen → Direkte Deals)</translation>
    </message>
    <message>
        <source>At least %1 per byte per second (%2 per TiB per month)</source>
        <translation>Mindestens %1 pro Byte und Sekunde (%2 pro TiB und Monat)</translation>
    </message>
    <message>
        <source>At least %1 per byte per second</source>
        <translation>Mindestens %1 pro Byte und Sekunde</translation>
    </message>
    <message>
        <source>%1 active · %2 awaiting data</source>
        <translation>%1 aktiv · %2 warten auf Daten</translation>
    </message>
    <message>
        <source>%1 paid so far · %2 collateral locked</source>
        <translation>%1 bisher bezahlt · %2 Sicherheitsleistung hinterlegt</translation>
    </message>
    <message>
        <source>Paid: what all deals paid this desk on chain, exactly %1; collateral locked: what the unfinished deals still hold of the desk&apos;s collateral, exactly %2</source>
        <translation>Bezahlt: was alle Deals diesem Desk auf der Chain gezahlt haben, genau %1; Sicherheitsleistung hinterlegt: was die laufenden Deals noch von der Sicherheitsleistung des Desks halten, genau %2</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::DeskStatusBar</name>
    <message>
        <source>The slot queue</source>
        <translation>Die Slot-Warteschlange</translation>
    </message>
    <message>
        <source>Storage quota: stored and reserved bytes</source>
        <translation>Speicherkontingent: gespeicherte und reservierte Bytes</translation>
    </message>
    <message>
        <source>Your balance on the marketplace</source>
        <translation>Ihr Guthaben auf dem Marktplatz</translation>
    </message>
    <message>
        <source>Time on the simulated marketplace</source>
        <translation>Zeit auf dem simulierten Marktplatz</translation>
    </message>
    <message>
        <source>Marketplace time</source>
        <translation>Marktplatzzeit</translation>
    </message>
    <message>
        <source>Balance unknown</source>
        <translation>Guthaben unbekannt</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>Queue: %1 waiting, %2</source>
        <translation>Warteschlange: %1 wartend, %2</translation>
    </message>
    <message>
        <source>Quota: %1 stored, %2 reserved of %3</source>
        <translation>Kontingent: %1 gespeichert, %2 reserviert von %3</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>Guthaben %1</translation>
    </message>
    <message>
        <source>A local test chain with our contracts, started empty for this run; its tokens have no value</source>
        <translation>Eine lokale Testchain mit unseren Verträgen, für diesen Lauf leer gestartet; ihre Token haben keinen Wert</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>Block %1</translation>
    </message>
    <message>
        <source>Market events read up to block %1</source>
        <translation>Ereignisse des Marktes gelesen bis Block %1</translation>
    </message>
    <message>
        <source>Local chain</source>
        <translation>Lokale Chain</translation>
    </message>
    <message>
        <source>Chain %1</source>
        <translation>Chain %1</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message numerus="yes">
        <source>%n behind</source>
        <translation>
            <numerusform>%n zurück</numerusform>
            <numerusform>%n zurück</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain %1, node at %2: %3</source>
        <translation>Chain %1, Knoten unter %2: %3</translation>
    </message>
    <message>
        <source>Head block %1</source>
        <translation>Neuester Block %1</translation>
    </message>
    <message>
        <source>Blocks of the market&apos;s events not read yet: %1</source>
        <translation>Noch nicht gelesene Blöcke mit Ereignissen des Marktes: %1</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <source>The wallet&apos;s transactions not mined yet: %1</source>
        <translation>Noch nicht geminte Transaktionen der Wallet: %1</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::EarningsChartView</name>
    <message>
        <source>Collateral returned</source>
        <translation>Zurückerstattete Sicherheitsleistung</translation>
    </message>
    <message>
        <source>Collateral lost</source>
        <translation>Verlorene Sicherheitsleistung</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Pro Stunde</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Pro Woche</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bisher</translation>
    </message>
    <message>
        <source>Slot sales</source>
        <translation>Slot-Verkäufe</translation>
    </message>
    <message>
        <source>Direct deals</source>
        <translation>Direkte Deals</translation>
    </message>
    <message>
        <source>Paid retrieval</source>
        <translation>Bezahlter Abruf</translation>
    </message>
    <message>
        <source>Net to date, all markets</source>
        <translation>Netto bis heute, alle Märkte</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::EarningsPage</name>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the entries shown as a CSV file (Ctrl+E)</source>
        <translation>Die angezeigten Einträge als CSV-Datei speichern (Strg+E)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Auszahlungen</translation>
    </message>
    <message>
        <source>Collateral returned</source>
        <translation>Zurückerstattete Sicherheitsleistung</translation>
    </message>
    <message>
        <source>Collateral deposited</source>
        <translation>Hinterlegte Sicherheitsleistung</translation>
    </message>
    <message>
        <source>Collateral lost</source>
        <translation>Verlorene Sicherheitsleistung</translation>
    </message>
    <message>
        <source>The ledger could not be read: %1</source>
        <translation>Das Kassenbuch konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No money has moved yet.
Payouts, returned collateral and any collateral lost appear here as your sales are filled and finish.
Offer storage on the Availabilities screen to start selling.</source>
        <translation>Noch keine Geldbewegungen.
Auszahlungen, zurückerstattete und verlorene Sicherheitsleistungen erscheinen hier, sobald Ihre Verkäufe befüllt werden und enden.
Bieten Sie auf der Seite „Angebote“ Speicher an, um mit dem Verkauf zu beginnen.</translation>
    </message>
    <message>
        <source>No ledger entries match the filter.
Choose another kind or a longer period.</source>
        <translation>Keine Einträge entsprechen dem Filter.
Wählen Sie eine andere Art oder einen längeren Zeitraum.</translation>
    </message>
    <message>
        <source>earnings-%1.csv</source>
        <translation>einnahmen-%1.csv</translation>
    </message>
    <message>
        <source>Export earnings</source>
        <translation>Einnahmen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Exported 1 entry to %1</source>
        <translation>1 Eintrag nach %1 exportiert</translation>
    </message>
    <message>
        <source>Exported %1 entries to %2</source>
        <translation>%1 Einträge nach %2 exportiert</translation>
    </message>
    <message>
        <source>Amounts rounded; hover over one for every digit, right-click to copy it.</source>
        <translation>Beträge gerundet; mit der Maus darauf zeigen für alle Stellen, Rechtsklick zum Kopieren.</translation>
    </message>
    <message>
        <source>Exact: %1</source>
        <translation>Genau: %1</translation>
    </message>
    <message>
        <source>Direct deals paid</source>
        <translation>Zahlungen aus direkten Deals</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Läuft nicht</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Slot sales paid</source>
        <translation>Aus Slot-Verkäufen gezahlt</translation>
    </message>
    <message>
        <source>Paid retrieval claimed</source>
        <translation>Aus bezahltem Abruf eingelöst</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>Alle Märkte</translation>
    </message>
    <message>
        <source>All time, whatever the kind chosen.</source>
        <translation>Gesamter Zeitraum, unabhängig von der gewählten Art.</translation>
    </message>
    <message>
        <source>In the chosen period, whatever the kind chosen.</source>
        <translation>Im gewählten Zeitraum, unabhängig von der gewählten Art.</translation>
    </message>
    <message>
        <source>Direct deals count when the DirectDeals contract pays them (a settlement or the close), paid retrieval when a voucher is claimed on chain.</source>
        <translation>Direkte Deals zählen, wenn der DirectDeals-Vertrag sie auszahlt (eine Abrechnung oder der Abschluss), bezahlter Abruf, wenn ein Gutschein auf der Chain eingelöst wird.</translation>
    </message>
    <message>
        <source>Vouchers accepted and not claimed yet: %1.</source>
        <translation>Angenommene, noch nicht eingelöste Gutscheine: %1.</translation>
    </message>
    <message>
        <source>Slot sales net (payouts − lost)</source>
        <translation>Netto der Slot-Verkäufe (Auszahlungen − Verluste)</translation>
    </message>
    <message>
        <source>Direct deals&apos; collateral lost: %1 (in the chart&apos;s collateral lost and its net line).</source>
        <translation>Bei Direktverträgen verlorene Sicherheitsleistung: %1 (im Diagramm unter „Verlorene Sicherheitsleistung“ und in seiner Nettolinie).</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::EngineEventCollector</name>
    <message>
        <source>Sale started in %1</source>
        <translation>Verkauf gestartet in %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Sale errored</source>
        <translation>Verkauf fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sale errored: %1</source>
        <translation>Verkauf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>A slot errored</source>
        <translation>Ein Slot ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sale ended: %1</source>
        <translation>Verkauf beendet: %1</translation>
    </message>
    <message>
        <source>Sale ended: %1 (%2)</source>
        <translation>Verkauf beendet: %1 (%2)</translation>
    </message>
    <message>
        <source>Proof missed (%1 missed, %2 submitted for this slot); the validator slashes collateral for a missed proof</source>
        <translation>Nachweis verpasst (%1 verpasst, %2 für diesen Slot eingereicht); der Validator kürzt für einen verpassten Nachweis die Sicherheitsleistung</translation>
    </message>
    <message>
        <source>A proof was missed</source>
        <translation>Ein Nachweis wurde verpasst</translation>
    </message>
    <message>
        <source>Collateral slashed</source>
        <translation>Sicherheitsleistung gekürzt</translation>
    </message>
    <message>
        <source>Balance is low</source>
        <translation>Guthaben niedrig</translation>
    </message>
    <message>
        <source>Slot queue resumed</source>
        <translation>Slot-Warteschlange fortgesetzt</translation>
    </message>
    <message>
        <source>Slot queue paused by you</source>
        <translation>Slot-Warteschlange von Ihnen pausiert</translation>
    </message>
    <message>
        <source>Slot queue paused itself: every queued slot was already checked against the availabilities; it resumes on a new slot or a wider availability</source>
        <translation>Slot-Warteschlange hat sich selbst pausiert: jeder Slot in der Warteschlange wurde bereits mit den Angeboten abgeglichen; sie läuft bei einem neuen Slot oder einem erweiterten Angebot weiter</translation>
    </message>
    <message>
        <source>Dropped from the full slot queue (lowest priority)</source>
        <translation>Aus der vollen Slot-Warteschlange entfernt (niedrigste Priorität)</translation>
    </message>
    <message>
        <source>Collateral lost: %1 were slashed or forfeited</source>
        <translation>Sicherheit verloren: %1 wurden gekürzt oder verfallen</translation>
    </message>
    <message>
        <source>Balance is low: %1 left, less than the %2 of collateral another fill needs</source>
        <translation>Guthaben niedrig: %1 übrig, weniger als die %2 Sicherheit, die eine weitere Befüllung braucht</translation>
    </message>
    <message>
        <source>Exact: %1 left, %2 needed</source>
        <translation>Genau: %1 übrig, %2 benötigt</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::EventsPage</name>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Alerts only</source>
        <translation>Nur Warnmeldungen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Filter by request id, slot or message</source>
        <translation>Nach Anfrage-ID, Slot oder Meldung filtern</translation>
    </message>
    <message>
        <source>Find Event</source>
        <translation>Ereignis suchen</translation>
    </message>
    <message>
        <source>Dismiss Alerts</source>
        <translation>Warnmeldungen ausblenden</translation>
    </message>
    <message>
        <source>Clear Log</source>
        <translation>Protokoll leeren</translation>
    </message>
    <message>
        <source>Request %1: %2</source>
        <translation>Anfrage %1: %2</translation>
    </message>
    <message>
        <source>Slot %1 of request %2: %3</source>
        <translation>Slot %1 von Anfrage %2: %3</translation>
    </message>
    <message>
        <source>%1 alerts</source>
        <translation>%1 Warnmeldungen</translation>
    </message>
    <message>
        <source>Latest: %1: %2</source>
        <translation>Zuletzt: %1: %2</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No events yet. Sale state changes, errors and alerts (errored slots, missed proofs, slashed collateral, a low balance) appear here as they happen.</source>
        <translation>Noch keine Ereignisse. Zustandswechsel von Verkäufen, Fehler und Warnmeldungen (fehlgeschlagene Slots, verpasste Nachweise, gekürzte Sicherheitsleistung, niedriges Guthaben) erscheinen hier, sobald sie auftreten.</translation>
    </message>
    <message>
        <source>No event matches the filters.</source>
        <translation>Kein Ereignis entspricht den Filtern.</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::FinishedSalesModel</name>
    <message>
        <source>Collateral lost</source>
        <translation>Sicherheitsleistung verloren</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Collateral returned</source>
        <translation>Sicherheitsleistung zurückerstattet</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Ended before this session; the outcome is read from the ledger.</source>
        <translation>Vor dieser Sitzung beendet; das Ergebnis stammt aus dem Kassenbuch.</translation>
    </message>
    <message>
        <source>%1 / %2 missed</source>
        <translation>%1 / %2 verpasst</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <source>Proofs</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::LedgerEntriesModel</name>
    <message>
        <source>Collateral deposited</source>
        <translation>Sicherheitsleistung hinterlegt</translation>
    </message>
    <message>
        <source>Collateral returned</source>
        <translation>Sicherheitsleistung zurückerstattet</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <source>Collateral lost</source>
        <translation>Sicherheitsleistung verloren</translation>
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
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::MainWindow</name>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Availabilities</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Slot queue</source>
        <translation>Slot-Warteschlange</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Offer storage…</source>
        <translation>Speicher anbieten…</translation>
    </message>
    <message>
        <source>Show Sales Desk</source>
        <translation>Sales Desk anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Welcome to Sales Desk</source>
        <translation>Willkommen bei Sales Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offer storage to start selling.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bieten Sie Speicher an, um mit dem Verkauf zu beginnen.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sales Desk sells the disk space you offer to clients of the storage marketplace. Say how much space, for how long and at what minimum price; matching requests are then reserved, stored, proven and paid for you.

The demo market is running: requests arrive every few minutes of simulated time.</source>
        <translation>Sales Desk verkauft den von Ihnen angebotenen Speicherplatz an Kunden des Speichermarktplatzes. Legen Sie fest, wie viel Platz Sie wie lange und zu welchem Mindestpreis anbieten; passende Anfragen werden dann für Sie reserviert, gespeichert, nachgewiesen und bezahlt.

Der Demo-Markt läuft: Alle paar Minuten simulierter Zeit treffen Anfragen ein.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Do not ask again</source>
        <translation>Nicht mehr fragen</translation>
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
        <source>Stop selling and quit Sales Desk</source>
        <translation>Verkauf beenden und Sales Desk schließen</translation>
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
        <source>&amp;About Sales Desk…</source>
        <translation>&amp;Über Sales Desk…</translation>
    </message>
    <message>
        <source>Close Sales Desk</source>
        <translation>Sales Desk schließen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep selling in the system tray?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Im Infobereich weiter verkaufen?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quit Sales Desk?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sales Desk beenden?&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) running. While Sales Desk is not running, their proofs are missed, and missed proofs can cost collateral.</source>
        <translation>
            <numerusform>%n Verkauf läuft. Solange Sales Desk nicht läuft, werden seine Nachweise versäumt, und versäumte Nachweise können Sicherheiten kosten.</numerusform>
            <numerusform>%n Verkäufe laufen. Solange Sales Desk nicht läuft, werden ihre Nachweise versäumt, und versäumte Nachweise können Sicherheiten kosten.</numerusform>
        </translation>
    </message>
    <message>
        <source>While Sales Desk is not running, it takes no new slots.</source>
        <translation>Solange Sales Desk nicht läuft, nimmt es keine neuen Slots an.</translation>
    </message>
    <message>
        <source>In the tray Sales Desk goes on selling; quit it from the tray icon&apos;s menu or File → Quit.</source>
        <translation>Im Infobereich verkauft Sales Desk weiter; beenden Sie es über das Menü des Symbols oder Datei → Beenden.</translation>
    </message>
    <message>
        <source>Keep selling in the tray</source>
        <translation>Im Infobereich weiter verkaufen</translation>
    </message>
    <message>
        <source>Sales Desk goes on selling here. Use the tray icon to open the window or to quit.</source>
        <translation>Sales Desk verkauft hier weiter. Über das Symbol öffnen Sie das Fenster oder beenden das Programm.</translation>
    </message>
    <message>
        <source>Sales Desk sells the disk space you offer to clients of the storage marketplace. Say how much space, for how long and at what minimum price; matching requests are then reserved, stored, proven and paid for you.

A local test chain is running: its demo clients post requests every few minutes of chain time, which runs at the speed shown in the toolbar.</source>
        <translation>Sales Desk verkauft den von Ihnen angebotenen Speicherplatz an Kunden des Speichermarktplatzes. Legen Sie fest, wie viel Platz Sie wie lange und zu welchem Mindestpreis anbieten; passende Anfragen werden dann für Sie reserviert, gespeichert, nachgewiesen und bezahlt.

Eine lokale Testchain läuft: ihre Demo-Kunden stellen alle paar Minuten Chain-Zeit Anfragen; diese Zeit läuft im Tempo, das die Werkzeugleiste zeigt.</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <source>Retrievals</source>
        <translation>Abrufe</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::MarketSettingsBox</name>
    <message>
        <source>the local test chain</source>
        <translation>der lokalen Testkette</translation>
    </message>
    <message>
        <source>the network</source>
        <translation>dem Netz</translation>
    </message>
    <message>
        <source>the demo market</source>
        <translation>dem Demo-Markt</translation>
    </message>
    <message>
        <source>The node at %1 is not answering (%2).</source>
        <translation>Der Knoten unter %1 antwortet nicht (%2).</translation>
    </message>
    <message>
        <source>The address %1 answers, but not as a chain node does: %2</source>
        <translation>Die Adresse %1 antwortet, aber nicht wie ein Chain-Knoten: %2</translation>
    </message>
    <message>
        <source>The node at %1 serves chain %2, not chain %3: check the chain id and the RPC URL.</source>
        <translation>Der Knoten unter %1 bedient Chain %2, nicht Chain %3: prüfen Sie Chain-ID und RPC-URL.</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>Demo market (simulated, accelerated time)</source>
        <translation>Demo-Markt (simuliert, beschleunigte Zeit)</translation>
    </message>
    <message>
        <source>Network (a chain by RPC URL, with your wallet)</source>
        <translation>Netz (eine Chain per RPC-URL, mit Ihrer Wallet)</translation>
    </message>
    <message>
        <source>Custom network</source>
        <translation>Eigenes Netz</translation>
    </message>
    <message>
        <source>The Codex testnet is listed, but cannot be chosen: it is offline.</source>
        <translation>Das Codex-Testnetz steht in der Liste, kann aber nicht gewählt werden: es ist offline.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>RPC URL:</source>
        <translation>RPC-URL:</translation>
    </message>
    <message>
        <source>Chain id:</source>
        <translation>Chain-ID:</translation>
    </message>
    <message>
        <source>Marketplace address:</source>
        <translation>Marketplace-Adresse:</translation>
    </message>
    <message>
        <source>Start block:</source>
        <translation>Startblock:</translation>
    </message>
    <message>
        <source>Confirmations:</source>
        <translation>Bestätigungen:</translation>
    </message>
    <message>
        <source>Data source URL:</source>
        <translation>URL der Datenquelle:</translation>
    </message>
    <message>
        <source>e.g. My test network</source>
        <translation>z. B. Mein Testnetz</translation>
    </message>
    <message>
        <source>optional: http://127.0.0.1:8080/api/codex/v1</source>
        <translation>optional: http://127.0.0.1:8080/api/codex/v1</translation>
    </message>
    <message>
        <source>A name of your choice, shown while Sales Desk connects.</source>
        <translation>Ein Name Ihrer Wahl, angezeigt, während Sales Desk sich verbindet.</translation>
    </message>
    <message>
        <source>The JSON-RPC URL of a node of the chain (http:// or https://).</source>
        <translation>Die JSON-RPC-URL eines Knotens der Chain (http:// oder https://).</translation>
    </message>
    <message>
        <source>The chain&apos;s id; it is checked against the node before anything is signed.</source>
        <translation>Die ID der Chain; sie wird beim Knoten geprüft, bevor etwas signiert wird.</translation>
    </message>
    <message>
        <source>The address of the Codex Marketplace contract on that chain.</source>
        <translation>Die Adresse des Codex-Marketplace-Vertrags auf dieser Chain.</translation>
    </message>
    <message>
        <source>The block the Marketplace was deployed in; events before it are not read.</source>
        <translation>Der Block, in dem der Marketplace bereitgestellt wurde; Ereignisse davor werden nicht gelesen.</translation>
    </message>
    <message>
        <source>How many blocks to wait on top of a transaction&apos;s block before counting on it.</source>
        <translation>Wie viele Blöcke nach dem Block einer Transaktion abzuwarten sind, bevor man sich auf sie verlässt.</translation>
    </message>
    <message>
        <source>Where slot data is downloaded from: a Codex node&apos;s REST API or a client&apos;s HTTP server.</source>
        <translation>Woher Slot-Daten geladen werden: die REST-API eines Codex-Knotens oder der HTTP-Server eines Kunden.</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Sales Desk signs with the wallet of the data directory: at the next start it asks for its passphrase, or offers to create or import one. Each network&apos;s books are kept in their own folder of the data directory.</source>
        <translation>Sales Desk signiert mit der Wallet des Datenverzeichnisses: beim nächsten Start fragt es nach ihrer Passphrase oder bietet an, eine anzulegen oder zu importieren. Die Bücher jedes Netzes liegen in einem eigenen Ordner des Datenverzeichnisses.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Saved when you try again.</source>
        <translation>Wird gespeichert, wenn Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Sales Desk now sells on %1. A change takes effect the next time it starts.</source>
        <translation>Sales Desk verkauft jetzt auf %1. Eine Änderung wirkt beim nächsten Start.</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Nicht gespeichert: korrigieren Sie die rot markierten Felder.</translation>
    </message>
    <message>
        <source>Saved. Sales Desk uses it the next time it starts.</source>
        <translation>Gespeichert. Sales Desk nutzt es beim nächsten Start.</translation>
    </message>
    <message>
        <source>Saved. Sales Desk sells on %1 from the next start.</source>
        <translation>Gespeichert. Ab dem nächsten Start verkauft Sales Desk auf %1.</translation>
    </message>
    <message>
        <source>Correct the RPC URL, chain id and Marketplace address first.</source>
        <translation>Korrigieren Sie zuerst RPC-URL, Chain-ID und Marketplace-Adresse.</translation>
    </message>
    <message>
        <source>Asking the node at %1…</source>
        <translation>Der Knoten unter %1 wird gefragt…</translation>
    </message>
    <message>
        <source>Chain %1 answers, but there is no Codex Marketplace at %2: %3</source>
        <translation>Chain %1 antwortet, aber unter %2 ist kein Codex Marketplace: %3</translation>
    </message>
    <message>
        <source>Connected: the node serves chain %1 and a Codex Marketplace is at %2 (its token at %3).</source>
        <translation>Verbunden: der Knoten bedient Chain %1 und unter %2 ist ein Codex Marketplace (sein Token unter %3).</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::MatchingPage</name>
    <message>
        <source>Storage requests seen on the market, and whether your availabilities would take them — and if not, why.</source>
        <translation>Auf dem Markt gesehene Speicheranfragen und ob Ihre Angebote sie annehmen würden – und wenn nicht, warum.</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Alle Anfragen</translation>
    </message>
    <message>
        <source>Requests we would take</source>
        <translation>Anfragen, die wir annehmen würden</translation>
    </message>
    <message>
        <source>Requests we would not take</source>
        <translation>Anfragen, die wir nicht annehmen würden</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>No storage requests seen yet.
Requests posted on the market appear here as they arrive, each with the reason your availabilities would or would not take it.</source>
        <translation>Noch keine Speicheranfragen gesehen.
Auf dem Markt veröffentlichte Anfragen erscheinen hier, sobald sie eintreffen, jeweils mit dem Grund, warum Ihre Angebote sie annehmen würden oder nicht.</translation>
    </message>
    <message>
        <source>Select a request to see, for each availability, whether it would take the request&apos;s slots and exactly why not.</source>
        <translation>Wählen Sie eine Anfrage aus, um für jedes Angebot zu sehen, ob es die Slots der Anfrage annehmen würde und warum genau nicht.</translation>
    </message>
    <message>
        <source>1 slot</source>
        <translation>1 Slot</translation>
    </message>
    <message>
        <source>%1 slots</source>
        <translation>%1 Slots</translation>
    </message>
    <message>
        <source>You offer no storage yet: add an availability on the Availabilities screen.</source>
        <translation>Sie bieten noch keinen Speicher an: Fügen Sie auf der Seite „Angebote“ ein Angebot hinzu.</translation>
    </message>
    <message>
        <source>%1 seen, %2 we would take</source>
        <translation>%1 gesehen, %2 würden wir annehmen</translation>
    </message>
    <message>
        <source>Request %1: %2 of %3 for %4 at %5, collateral %6; it would end on %7.</source>
        <translation>Anfrage %1: %2 zu %3 für %4 zu %5, Sicherheit %6; sie würde am %7 enden.</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::MatchingRequestsModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Slots</source>
        <translation>Slots</translation>
    </message>
    <message>
        <source>Slot size</source>
        <translation>Slot-Größe</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Would we take it?</source>
        <translation>Würden wir annehmen?</translation>
    </message>
    <message>
        <source>Our engine</source>
        <translation>Unsere Engine</translation>
    </message>
    <message>
        <source>Exact: %1 per byte</source>
        <translation>Genau: %1 pro Byte</translation>
    </message>
    <message>
        <source>%1 for a whole slot</source>
        <translation>%1 für einen ganzen Slot</translation>
    </message>
    <message>
        <source>Price offered to each host per TiB per month (a month is 30 days)</source>
        <translation>Jedem Host angebotener Preis pro TiB und Monat (ein Monat hat 30 Tage)</translation>
    </message>
    <message>
        <source>Collateral a host deposits per TiB of a slot it fills</source>
        <translation>Sicherheit, die ein Host pro TiB eines befüllten Slots hinterlegt</translation>
    </message>
    <message>
        <source>Price / TiB·month</source>
        <translation>Preis / TiB·Monat</translation>
    </message>
    <message>
        <source>Collateral / TiB</source>
        <translation>Sicherheit / TiB</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::NextPayoutsModel</name>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 slot %2</source>
        <translation>%1 Slot %2</translation>
    </message>
    <message>
        <source>Request %1, slot %2</source>
        <translation>Anfrage %1, Slot %2</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Bezahlt am</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Auszahlung</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::ReservationTableModel</name>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Slot size</source>
        <translation>Slot-Größe</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Sicherheitsleistung</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::RetrievalSettingsBox</name>
    <message>
        <source>Paid retrieval</source>
        <translation>Bezahlter Abruf</translation>
    </message>
    <message>
        <source>Serve paid retrievals</source>
        <translation>Bezahlte Abrufe anbieten</translation>
    </message>
    <message>
        <source>Clients download the slot data this desk holds, paying for it chunk by chunk with vouchers of a payment channel.</source>
        <translation>Kunden laden die Slot-Daten herunter, die dieser Desk hält, und bezahlen sie Stück für Stück mit Gutscheinen eines Zahlungskanals.</translation>
    </message>
    <message>
        <source>127.0.0.1 serves this computer only; 0.0.0.0 serves every network interface.</source>
        <translation>127.0.0.1 bedient nur diesen Rechner; 0.0.0.0 bedient alle Netzwerkschnittstellen.</translation>
    </message>
    <message>
        <source>What each byte costs, in the smallest unit of %1 (one %1 is 10^%2 of them).</source>
        <translation>Was jedes Byte kostet, in der kleinsten Einheit von %1 (ein %1 sind 10^%2 davon).</translation>
    </message>
    <message>
        <source>The first chunk goes out before anything is paid: the most a client who never pays can take.</source>
        <translation>Das erste Stück geht hinaus, bevor etwas bezahlt ist: das Meiste, was ein Kunde, der nie zahlt, bekommen kann.</translation>
    </message>
    <message>
        <source>Each next chunk is this much larger than the one before it; each is paid for before the next goes out.</source>
        <translation>Jedes weitere Stück ist um so viel größer als das vorige; jedes wird bezahlt, bevor das nächste hinausgeht.</translation>
    </message>
    <message>
        <source>smallest unit of %1</source>
        <translation>kleinste Einheit von %1</translation>
    </message>
    <message>
        <source>Listen address:</source>
        <translation>Lauschadresse:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Price per byte:</source>
        <translation>Preis pro Byte:</translation>
    </message>
    <message>
        <source>First chunk:</source>
        <translation>Erstes Stück:</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>Chunk growth:</source>
        <translation>Zuwachs je Stück:</translation>
    </message>
    <message>
        <source>Claim threshold:</source>
        <translation>Einforderungsschwelle:</translation>
    </message>
    <message>
        <source>Changes take effect at the next start of Sales Desk. Paid retrieval runs on a chain only (the local test chain or a network): the demo market has no payment channels. The Retrievals screen shows what is served and paid.</source>
        <translation>Änderungen werden beim nächsten Start von Sales Desk wirksam. Bezahlte Abrufe laufen nur auf einer Chain (der lokalen Testchain oder einem Netz): Der Demo-Markt hat keine Zahlungskanäle. Die Ansicht „Abrufe“ zeigt, was ausgeliefert und bezahlt wurde.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>%1 per byte, %2 per GiB</source>
        <translation>%1 pro Byte, %2 pro GiB</translation>
    </message>
    <message>
        <source>%1 per byte</source>
        <translation>%1 pro Byte</translation>
    </message>
    <message>
        <source>0: a channel is claimed only when its client asks to close it.</source>
        <translation>0: Ein Kanal wird nur eingefordert, wenn sein Kunde die Schließung beantragt.</translation>
    </message>
    <message>
        <source>A channel is claimed once %1 of its vouchers are unclaimed, and when its client asks to close it.</source>
        <translation>Ein Kanal wird eingefordert, sobald %1 seiner Gutscheine nicht eingefordert sind, und wenn sein Kunde die Schließung beantragt.</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked above.</source>
        <translation>Nichts wurde gespeichert: Korrigieren Sie die oben markierten Felder.</translation>
    </message>
    <message>
        <source>Saved: paid retrieval starts with the next start of Sales Desk on a chain.</source>
        <translation>Gespeichert: Bezahlte Abrufe beginnen mit dem nächsten Start von Sales Desk auf einer Chain.</translation>
    </message>
    <message>
        <source>Saved: paid retrieval is off from the next start of Sales Desk.</source>
        <translation>Gespeichert: Ab dem nächsten Start von Sales Desk sind bezahlte Abrufe aus.</translation>
    </message>
    <message>
        <source>How many retrievals one client may have under way at the same time, over all its payment channels.</source>
        <translation>Wie viele Abrufe ein Kunde gleichzeitig laufen lassen darf, über alle seine Zahlungskanäle.</translation>
    </message>
    <message>
        <source>Retrievals per client:</source>
        <translation>Abrufe pro Kunde:</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::RetrievalsModel</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>waiting for payment</source>
        <translation>wartet auf Zahlung</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Exact: %1</source>
        <translation>Genau: %1</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1 of %2 bytes handed out</source>
        <translation>%1 von %2 Byte ausgeliefert</translation>
    </message>
    <message>
        <source>The whole retrieval costs %1</source>
        <translation>Der ganze Abruf kostet %1</translation>
    </message>
    <message>
        <source>Started %1, last changed %2</source>
        <translation>Begonnen %1, zuletzt geändert %2</translation>
    </message>
    <message>
        <source>Retrieval</source>
        <translation>Abruf</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Geschuldet</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::RetrievalsPage</name>
    <message>
        <source>Paid retrieval is not available on the demo market: it has no payment channels.

On a chain (Settings → Market: the local test chain or a network), clients can pay this desk to download the slot data it holds, chunk by chunk, with vouchers of a payment channel. Turn it on in Settings → Paid retrieval.</source>
        <translation>Bezahlte Abrufe gibt es auf dem Demo-Markt nicht: Er hat keine Zahlungskanäle.

Auf einer Chain (Einstellungen → Markt: die lokale Testchain oder ein Netz) können Kunden diesen Desk dafür bezahlen, die Slot-Daten herunterzuladen, die er hält, Stück für Stück mit Gutscheinen eines Zahlungskanals. Schalten Sie es unter Einstellungen → Bezahlter Abruf ein.</translation>
    </message>
    <message>
        <source>Paid retrieval could not start: %1

Check Settings → Paid retrieval (listen address, port, price and chunks); changes take effect at the next start of Sales Desk.</source>
        <translation>Bezahlte Abrufe konnten nicht starten: %1

Prüfen Sie Einstellungen → Bezahlter Abruf (Lauschadresse, Port, Preis und Stücke); Änderungen werden beim nächsten Start von Sales Desk wirksam.</translation>
    </message>
    <message>
        <source>Paid retrieval starts once the desk has recovered its sales…</source>
        <translation>Bezahlte Abrufe beginnen, sobald der Desk seine Verkäufe wiederhergestellt hat…</translation>
    </message>
    <message>
        <source>Paid retrieval is off. Turn it on in Settings → Paid retrieval: clients then pay this desk to download the slot data it holds, chunk by chunk, with vouchers of a payment channel, and the desk claims what they paid on the chain.</source>
        <translation>Bezahlte Abrufe sind aus. Schalten Sie sie unter Einstellungen → Bezahlter Abruf ein: Kunden bezahlen diesen Desk dann dafür, die Slot-Daten herunterzuladen, die er hält, Stück für Stück mit Gutscheinen eines Zahlungskanals, und der Desk fordert das Bezahlte auf der Chain ein.</translation>
    </message>
    <message>
        <source>It is turned on in Settings and starts at the next start of Sales Desk.</source>
        <translation>Sie ist in den Einstellungen eingeschaltet und beginnt beim nächsten Start von Sales Desk.</translation>
    </message>
    <message>
        <source>Paid retrieval</source>
        <translation>Bezahlter Abruf</translation>
    </message>
    <message>
        <source>Clients ask this address for the terms and download slot data from it over HTTP, paying with vouchers as they go.</source>
        <translation>Kunden fragen diese Adresse nach den Bedingungen und laden Slot-Daten per HTTP von ihr herunter, wobei sie laufend mit Gutscheinen bezahlen.</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Preis:</translation>
    </message>
    <message>
        <source>Chunks:</source>
        <translation>Stücke:</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Einforderungen:</translation>
    </message>
    <message>
        <source>Totals:</source>
        <translation>Summen:</translation>
    </message>
    <message>
        <source>%1 per byte (%2 per GiB)</source>
        <translation>%1 pro Byte (%2 pro GiB)</translation>
    </message>
    <message>
        <source>%1 per byte</source>
        <translation>%1 pro Byte</translation>
    </message>
    <message>
        <source>The first %1, each next one %2 larger; each is paid for before the next goes out</source>
        <translation>Das erste %1, jedes weitere %2 größer; jedes wird bezahlt, bevor das nächste hinausgeht</translation>
    </message>
    <message>
        <source>When a client asks to close its channel</source>
        <translation>Wenn ein Kunde die Schließung seines Kanals beantragt</translation>
    </message>
    <message>
        <source>Once a channel holds %1 unclaimed, and when its client asks to close it</source>
        <translation>Sobald ein Kanal %1 nicht Eingefordertes hält, und wenn sein Kunde die Schließung beantragt</translation>
    </message>
    <message>
        <source>Retrievals</source>
        <translation>Abrufe</translation>
    </message>
    <message>
        <source>Payment channels</source>
        <translation>Zahlungskanäle</translation>
    </message>
    <message>
        <source>%1 served since the start · %2 paid · %3 unclaimed</source>
        <translation>%1 seit dem Start ausgeliefert · %2 bezahlt · %3 nicht eingefordert</translation>
    </message>
    <message>
        <source>Paid: the best vouchers accepted on all channels (or the amounts claimed, where more), exactly %1; unclaimed: what they promise above the amounts claimed on chain, exactly %2</source>
        <translation>Bezahlt: die besten angenommenen Gutscheine auf allen Kanälen (oder die eingeforderten Beträge, wo diese höher sind), genau %1; nicht eingefordert: was sie über die auf der Chain eingeforderten Beträge hinaus versprechen, genau %2</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::RunningSalesModel</name>
    <message>
        <source>%1 submitted, %2 missed</source>
        <translation>%1 eingereicht, %2 verpasst</translation>
    </message>
    <message>
        <source>%1 / %2 missed</source>
        <translation>%1 / %2 verpasst</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Sicherheitsleistung</translation>
    </message>
    <message>
        <source>Expected payout</source>
        <translation>Erwartete Auszahlung</translation>
    </message>
    <message>
        <source>Proofs</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>In state since</source>
        <translation>Im Zustand seit</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::SaleDetailsPane</name>
    <message>
        <source>Select a sale to see its ids, money and state history.</source>
        <translation>Wählen Sie einen Verkauf aus, um seine IDs, Beträge und seinen Zustandsverlauf zu sehen.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Slot index</source>
        <translation>Slot-Index</translation>
    </message>
    <message>
        <source>Slot id</source>
        <translation>Slot-ID</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Reservierung</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Bytes stored</source>
        <translation>Gespeicherte Bytes</translation>
    </message>
    <message>
        <source>Proofs</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Sicherheitsleistung</translation>
    </message>
    <message>
        <source>Expected payout</source>
        <translation>Erwartete Auszahlung</translation>
    </message>
    <message>
        <source>State history</source>
        <translation>Zustandsverlauf</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Lasted</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>This sale has ended; it is listed under History.</source>
        <translation>Dieser Verkauf ist beendet; er wird unter „Verlauf“ aufgeführt.</translation>
    </message>
    <message>
        <source>Slot %1 of request %2</source>
        <translation>Slot %1 von Anfrage %2</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 submitted, %2 missed</source>
        <translation>%1 eingereicht, %2 verpasst</translation>
    </message>
    <message>
        <source>%1 deposited</source>
        <translation>%1 hinterlegt</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>bisher %1</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>%1 deposited (%2)</source>
        <translation>%1 hinterlegt (%2)</translation>
    </message>
    <message>
        <source>%1 required to fill (%2)</source>
        <translation>%1 zum Befüllen nötig (%2)</translation>
    </message>
    <message>
        <source>%1 per second for the whole slot</source>
        <translation>%1 pro Sekunde für den ganzen Slot</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::SaleStatesModel</name>
    <message>
        <source>All running sales</source>
        <translation>Alle laufenden Verkäufe</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Endend</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::SalesPage</name>
    <message>
        <source>Find Sale</source>
        <translation>Verkauf suchen</translation>
    </message>
    <message>
        <source>Copy Sale Ids</source>
        <translation>Verkaufs-IDs kopieren</translation>
    </message>
    <message>
        <source>Running Sales</source>
        <translation>Laufende Verkäufe</translation>
    </message>
    <message>
        <source>Sales History</source>
        <translation>Verkaufsverlauf</translation>
    </message>
    <message>
        <source>Filter by request id, slot or state</source>
        <translation>Nach Anfrage-ID, Slot oder Zustand filtern</translation>
    </message>
    <message>
        <source>Filter by request id, slot, outcome or note</source>
        <translation>Nach Anfrage-ID, Slot, Ergebnis oder Hinweis filtern</translation>
    </message>
    <message>
        <source>No sale has ended yet. Sales that end (paid, cancelled, failed or errored) are kept here with what they paid.</source>
        <translation>Noch kein Verkauf ist beendet. Beendete Verkäufe (bezahlt, abgebrochen, gescheitert oder fehlerhaft) werden hier mit ihrem Ertrag aufbewahrt.</translation>
    </message>
    <message>
        <source>Running (%1)</source>
        <translation>Laufend (%1)</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Verlauf (%1)</translation>
    </message>
    <message>
        <source>No sale is running. A sale starts when a storage request on the market fits one of your availabilities: offer storage on the Availabilities screen.</source>
        <translation>Kein Verkauf läuft. Ein Verkauf beginnt, wenn eine Speicheranfrage auf dem Markt zu einem Ihrer Angebote passt: Bieten Sie auf der Seite „Angebote“ Speicher an.</translation>
    </message>
    <message>
        <source>No sale is in this state now.</source>
        <translation>Derzeit ist kein Verkauf in diesem Zustand.</translation>
    </message>
    <message>
        <source>No running sale matches the filter.</source>
        <translation>Kein laufender Verkauf entspricht dem Filter.</translation>
    </message>
    <message>
        <source>request %1 slot %2 slotId %3</source>
        <translation>Anfrage %1 Slot %2 Slot-ID %3</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::SellingToolBar</name>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Offer storage…</source>
        <translation>Speicher anbieten…</translation>
    </message>
    <message>
        <source>Offer disk space for sale (Ctrl+N)</source>
        <translation>Speicherplatz zum Verkauf anbieten (Strg+N)</translation>
    </message>
    <message>
        <source>Demo speed:</source>
        <translation>Demo-Tempo:</translation>
    </message>
    <message>
        <source>How much faster than real time the demo market runs</source>
        <translation>Wie viel schneller als in Echtzeit der Demo-Markt läuft</translation>
    </message>
    <message>
        <source>Resume selling</source>
        <translation>Verkauf fortsetzen</translation>
    </message>
    <message>
        <source>Pause selling</source>
        <translation>Verkauf pausieren</translation>
    </message>
    <message>
        <source>Take slots from the queue again (Ctrl+P)</source>
        <translation>Wieder Slots aus der Warteschlange nehmen (Strg+P)</translation>
    </message>
    <message>
        <source>Stop taking new slots from the queue; running sales go on (Ctrl+P)</source>
        <translation>Keine neuen Slots mehr aus der Warteschlange nehmen; laufende Verkäufe gehen weiter (Strg+P)</translation>
    </message>
    <message>
        <source>Every queued slot was already checked against your availabilities; the queue waits for a new request or a change to an availability.</source>
        <translation>Jeder Slot in der Warteschlange wurde bereits mit Ihren Angeboten abgeglichen; die Warteschlange wartet auf eine neue Anfrage oder eine Änderung an einem Angebot.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Waiting for a matching slot</source>
        <translation>Wartet auf einen passenden Slot</translation>
    </message>
    <message>
        <source>Selling (%1 active)</source>
        <translation>Im Verkauf (%1 aktiv)</translation>
    </message>
    <message>
        <source>The demo&apos;s time waits for work that is due (proofs, fills, the hashing of downloaded slots) so that none of it is late: this machine kept up with about %1 over the last seconds.</source>
        <translation>Die Zeit der Demo wartet auf fällige Arbeit (Nachweise, Belegungen, das Hashen geladener Slots), damit nichts davon zu spät kommt: Dieser Rechner hat in den letzten Sekunden etwa %1 geschafft.</translation>
    </message>
    <message>
        <source>held to %1 by proofs</source>
        <translation>auf %1 gebremst durch Nachweise</translation>
    </message>
    <message>
        <source>held to %1 by fills</source>
        <translation>auf %1 gebremst durch Belegungen</translation>
    </message>
    <message>
        <source>held to %1 by slot hashing</source>
        <translation>auf %1 gebremst durch Slot-Hashing</translation>
    </message>
    <message>
        <source>held to %1 while sales are recovered</source>
        <translation>auf %1 gebremst, während die Verkäufe wiederhergestellt werden</translation>
    </message>
    <message>
        <source>held to %1: the engine is busy</source>
        <translation>auf %1 gebremst: die Engine ist ausgelastet</translation>
    </message>
    <message>
        <source>Chain speed:</source>
        <translation>Tempo der Testkette:</translation>
    </message>
    <message>
        <source>held to %1 by the local chain</source>
        <translation>auf %1 gebremst durch die lokale Testkette</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::SettingsPage</name>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>Datenverzeichnis:</translation>
    </message>
    <message>
        <source>Selling</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>How many slots are downloaded and proven at the same time.</source>
        <translation>Wie viele Slots gleichzeitig heruntergeladen und nachgewiesen werden.</translation>
    </message>
    <message>
        <source>The most slots waiting in the queue; beyond it the least profitable are dropped.</source>
        <translation>Die maximale Anzahl wartender Slots in der Warteschlange; darüber hinaus werden die am wenigsten rentablen entfernt.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Storage quota:</source>
        <translation>Speicherkontingent:</translation>
    </message>
    <message>
        <source>Parallel sales (workers):</source>
        <translation>Parallele Verkäufe (Worker):</translation>
    </message>
    <message>
        <source>Slot queue size:</source>
        <translation>Größe der Slot-Warteschlange:</translation>
    </message>
    <message>
        <source>Demo market</source>
        <translation>Demo-Markt</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <source>Simulated time runs this many times faster than real time. Time never goes back, also after a restart.</source>
        <translation>Die simulierte Zeit läuft so viele Male schneller als in Echtzeit. Die Zeit läuft nie zurück, auch nicht nach einem Neustart.</translation>
    </message>
    <message>
        <source>This desk runs on a scripted clock; its speed cannot be changed.</source>
        <translation>Diese Sitzung läuft mit einer vorgegebenen Uhr; ihr Tempo kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Takes effect the next time Sales Desk starts.</source>
        <translation>Wird beim nächsten Start von Sales Desk wirksam.</translation>
    </message>
    <message>
        <source>About Sales Desk…</source>
        <translation>Über Sales Desk…</translation>
    </message>
    <message>
        <source>%1 used by slot data, %2 reserved; the quota cannot be lower.</source>
        <translation>%1 durch Slot-Daten belegt, %2 reserviert; das Kontingent kann nicht niedriger sein.</translation>
    </message>
    <message>
        <source>From the next start: %1</source>
        <translation>Ab dem nächsten Start: %1</translation>
    </message>
    <message>
        <source>The database and the slot data live here. A change takes effect on restart.</source>
        <translation>Hier liegen die Datenbank und die Slot-Daten. Eine Änderung wird nach einem Neustart wirksam.</translation>
    </message>
    <message>
        <source>Parallel sales (%1) cannot exceed the slot queue size (%2).</source>
        <translation>Parallele Verkäufe (%1) dürfen die Größe der Slot-Warteschlange (%2) nicht überschreiten.</translation>
    </message>
    <message>
        <source>Applied: quota %1, parallel sales %2, slot queue size %3.</source>
        <translation>Übernommen: Kontingent %1, parallele Verkäufe %2, Größe der Slot-Warteschlange %3.</translation>
    </message>
    <message>
        <source>Choose the data directory</source>
        <translation>Datenverzeichnis auswählen</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>TiB</source>
        <translation>TiB</translation>
    </message>
    <message>
        <source>The free space of the disk could not be read (%1): make sure the quota fits.</source>
        <translation>Der freie Platz des Datenträgers war nicht lesbar (%1): Stellen Sie sicher, dass das Kontingent passt.</translation>
    </message>
    <message>
        <source>A storage quota of %1 does not fit on the disk of the data directory: filling it would write %2 more and only %3 is free. The largest quota that leaves %4 free is %5.</source>
        <translation>Ein Speicherkontingent von %1 passt nicht auf den Datenträger des Datenverzeichnisses: Es zu füllen, schriebe %2 mehr, und nur %3 sind frei. Das größte Kontingent, das %4 frei lässt, ist %5.</translation>
    </message>
    <message>
        <source>Warning: once the quota is filled, only %1 will be left free on the disk.</source>
        <translation>Warnung: Ist das Kontingent gefüllt, bleiben nur %1 auf dem Datenträger frei.</translation>
    </message>
    <message>
        <source>The free space of the data directory&apos;s disk is unknown.</source>
        <translation>Der freie Platz auf dem Datenträger des Datenverzeichnisses ist unbekannt.</translation>
    </message>
    <message>
        <source>%1 free on the data directory&apos;s disk.</source>
        <translation>%1 frei auf dem Datenträger des Datenverzeichnisses.</translation>
    </message>
    <message>
        <source>This quota does not fit: filling it would fill the disk. At most %1 fits.</source>
        <translation>Dieses Kontingent passt nicht: Es zu füllen, füllte den Datenträger. Höchstens %1 passen.</translation>
    </message>
    <message>
        <source>Filling this quota leaves only %1 free on the disk.</source>
        <translation>Ist dieses Kontingent gefüllt, bleiben nur %1 frei.</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Information (default)</source>
        <translation>Informationen (Standard)</translation>
    </message>
    <message>
        <source>Everything, for debugging</source>
        <translation>Alles, zur Fehlersuche</translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation>Umfang:</translation>
    </message>
    <message>
        <source>Written to %1, which is renamed and a new one begun at %2; the %3 latest renamed files are kept. Takes effect at once; QT_LOGGING_RULES in the environment overrides it.</source>
        <translation>Wird nach %1 geschrieben; bei %2 wird die Datei umbenannt und eine neue begonnen, die %3 neuesten umbenannten Dateien bleiben erhalten. Wirkt sofort; QT_LOGGING_RULES in der Umgebung hat Vorrang.</translation>
    </message>
    <message>
        <source>Local test chain</source>
        <translation>Lokale Testkette</translation>
    </message>
    <message>
        <source>The local chain&apos;s time runs this many times faster than real time (a proof period is a minute: one second at 60×); the chain starts anew at every start. The demo market uses the same speed.</source>
        <translation>Die Zeit der lokalen Testkette läuft so viel schneller als die Echtzeit (eine Nachweisperiode dauert eine Minute: bei 60× eine Sekunde); die Testkette beginnt bei jedem Start neu. Der Demo-Markt nutzt dasselbe Tempo.</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::SlotQueueModel</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>No match yet</source>
        <translation>Noch keine Übereinstimmung</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>What hosting the slot pays: duration × price × size</source>
        <translation>Was das Hosten des Slots einbringt: Laufzeit × Preis × Größe</translation>
    </message>
    <message>
        <source>Already checked against the availabilities without a match; checked again when an availability changes</source>
        <translation>Bereits ohne Treffer mit den Angeboten abgeglichen; wird erneut geprüft, wenn sich ein Angebot ändert</translation>
    </message>
    <message>
        <source>Not checked against the availabilities yet</source>
        <translation>Noch nicht mit den Angeboten abgeglichen</translation>
    </message>
    <message>
        <source>Place in the queue: 1 is taken first</source>
        <translation>Platz in der Warteschlange: 1 wird zuerst genommen</translation>
    </message>
    <message>
        <source>The slot can no longer be filled after this time</source>
        <translation>Nach diesem Zeitpunkt kann der Slot nicht mehr befüllt werden</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Profitability</source>
        <translation>Rentabilität</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Sicherheitsleistung</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>%1 per TiB of the slot</source>
        <translation>%1 pro TiB des Slots</translation>
    </message>
    <message>
        <source>Price per TiB per month (a month is 30 days)</source>
        <translation>Preis pro TiB und Monat (ein Monat hat 30 Tage)</translation>
    </message>
    <message>
        <source>Collateral filling the slot costs</source>
        <translation>Sicherheit, die das Befüllen des Slots kostet</translation>
    </message>
    <message>
        <source>Price / TiB·month</source>
        <translation>Preis / TiB·Monat</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::SlotQueuePage</name>
    <message>
        <source>&amp;Pause queue</source>
        <translation>Warteschlange &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Filter by request</source>
        <translation>Nach Anfrage &amp;filtern</translation>
    </message>
    <message>
        <source>Filter by request id (%1)</source>
        <translation>Nach Anfrage-ID filtern (%1)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No slot is waiting.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Slots of new storage requests on the market wait here, the most profitable first, until a sale takes them. Offer storage on the Availabilities screen so that slots can match.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kein Slot wartet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Slots neuer Speicheranfragen auf dem Markt warten hier, die rentabelsten zuerst, bis ein Verkauf sie übernimmt. Bieten Sie auf der Seite „Angebote“ Speicher an, damit Slots passen können.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Resume &amp;queue</source>
        <translation>&amp;Warteschlange fortsetzen</translation>
    </message>
    <message>
        <source>Stopped: the sales engine is not running.</source>
        <translation>Angehalten: Die Verkaufs-Engine läuft nicht.</translation>
    </message>
    <message>
        <source>Paused by you: no new slot is taken until you resume. Running sales go on.</source>
        <translation>Von Ihnen pausiert: Bis Sie fortsetzen, wird kein neuer Slot genommen. Laufende Verkäufe gehen weiter.</translation>
    </message>
    <message>
        <source>Waiting: every queued slot was checked and none fits an availability. The queue resumes by itself when a new slot arrives or an availability changes.</source>
        <translation>Wartet: Jeder Slot in der Warteschlange wurde geprüft und keiner passt zu einem Angebot. Die Warteschlange läuft von selbst weiter, wenn ein neuer Slot eintrifft oder sich ein Angebot ändert.</translation>
    </message>
    <message>
        <source>Running: taking the queued slots in this order.</source>
        <translation>Läuft: Die Slots in der Warteschlange werden in dieser Reihenfolge genommen.</translation>
    </message>
    <message>
        <source>Workers: %1 busy of %2</source>
        <translation>Worker: %1 von %2 beschäftigt</translation>
    </message>
    <message>
        <source>Queued slots: %1</source>
        <translation>Slots in der Warteschlange: %1</translation>
    </message>
    <message>
        <source>Shown: %1 of %2 queued slots</source>
        <translation>Angezeigt: %1 von %2 Slots in der Warteschlange</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::StartFailureDialog</name>
    <message>
        <source>Sales Desk cannot start</source>
        <translation>Sales Desk kann nicht starten</translation>
    </message>
    <message>
        <source>Market settings…</source>
        <translation>Markteinstellungen…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::StartProgressDialog</name>
    <message>
        <source>Starting Sales Desk</source>
        <translation>Sales Desk startet</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::UnlockWalletDialog</name>
    <message>
        <source>Unlock the wallet</source>
        <translation>Wallet entsperren</translation>
    </message>
    <message>
        <source>Sales Desk signs its transactions on the network with the wallet of its data directory. Enter its passphrase to unlock it.</source>
        <translation>Sales Desk signiert seine Transaktionen im Netz mit der Wallet seines Datenverzeichnisses. Geben Sie ihre Passphrase ein, um sie zu entsperren.</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>unbekannt (%1)</translation>
    </message>
    <message>
        <source>Remember the passphrase in the desktop keyring</source>
        <translation>Passphrase im Schlüsselbund des Desktops merken</translation>
    </message>
    <message>
        <source>Then Sales Desk unlocks the wallet at start without asking. The passphrase is kept by the desktop&apos;s keyring, never in a file.</source>
        <translation>Dann entsperrt Sales Desk die Wallet beim Start ohne Nachfrage. Die Passphrase verwahrt der Schlüsselbund des Desktops, nie eine Datei.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Enter the wallet&apos;s passphrase.</source>
        <translation>Geben Sie die Passphrase der Wallet ein.</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Keystore:</source>
        <translation>Keystore:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Looking for the passphrase in the keyring…</source>
        <translation>Passphrase wird im Schlüsselbund gesucht…</translation>
    </message>
    <message>
        <source>No desktop keyring answers: the passphrase cannot be remembered.</source>
        <translation>Kein Schlüsselbund des Desktops antwortet: die Passphrase kann nicht gemerkt werden.</translation>
    </message>
    <message>
        <source>Unlocking with the passphrase kept in the keyring…</source>
        <translation>Entsperren mit der Passphrase aus dem Schlüsselbund…</translation>
    </message>
    <message>
        <source>Unlocking… (this takes a second or two)</source>
        <translation>Entsperren… (das dauert ein, zwei Sekunden)</translation>
    </message>
    <message>
        <source>The passphrase kept in the keyring does not unlock the wallet (%1): enter it.</source>
        <translation>Die Passphrase aus dem Schlüsselbund entsperrt die Wallet nicht (%1): geben Sie sie ein.</translation>
    </message>
    <message>
        <source>Keeping the passphrase in the keyring…</source>
        <translation>Passphrase wird im Schlüsselbund abgelegt…</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::WalletPage</name>
    <message>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the address to the clipboard</source>
        <translation>Die Adresse in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Token balance:</source>
        <translation>Token-Guthaben:</translation>
    </message>
    <message>
        <source>The %1 this wallet holds (the token&apos;s balanceOf)</source>
        <translation>Die %1 dieser Wallet (balanceOf des Tokens)</translation>
    </message>
    <message>
        <source>Gas balance:</source>
        <translation>Gas-Guthaben:</translation>
    </message>
    <message>
        <source>The ETH this wallet holds to pay for transactions</source>
        <translation>Das ETH dieser Wallet, mit dem Transaktionen bezahlt werden</translation>
    </message>
    <message>
        <source>Collateral locked:</source>
        <translation>Gebundene Sicherheit:</translation>
    </message>
    <message>
        <source>Deposited in filled slots, returned at the end</source>
        <translation>In belegten Slots hinterlegt, am Ende zurückgezahlt</translation>
    </message>
    <message>
        <source>Payouts pending:</source>
        <translation>Ausstehende Auszahlungen:</translation>
    </message>
    <message>
        <source>What the hosted slots pay when their requests end</source>
        <translation>Was die gehosteten Slots zahlen, wenn ihre Anfragen enden</translation>
    </message>
    <message>
        <source>Withdrawable:</source>
        <translation>Abhebbar:</translation>
    </message>
    <message>
        <source>The token balance minus the collateral the open sales still need to fill their slots</source>
        <translation>Das Token-Guthaben abzüglich der Sicherheit, die die offenen Verkäufe zum Belegen ihrer Slots noch brauchen</translation>
    </message>
    <message>
        <source>Node:</source>
        <translation>Knoten:</translation>
    </message>
    <message>
        <source>Withdraw tokens</source>
        <translation>Token abheben</translation>
    </message>
    <message>
        <source>0x… (checksum case, or all lower case)</source>
        <translation>0x… (mit Prüfsummen-Schreibung oder ganz klein)</translation>
    </message>
    <message>
        <source>To address:</source>
        <translation>An Adresse:</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>Betrag in %1</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Betrag:</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Abheben…</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <source>Copy transaction hash</source>
        <translation>Transaktions-Hash kopieren</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <source>Exact: %1</source>
        <translation>Genau: %1</translation>
    </message>
    <message>
        <source>Collateral the open sales still need: %1</source>
        <translation>Sicherheit, die die offenen Verkäufe noch brauchen: %1</translation>
    </message>
    <message>
        <source>%1, block %2</source>
        <translation>%1, Block %2</translation>
    </message>
    <message>
        <source>The balance is not known yet: the node has not answered</source>
        <translation>Das Guthaben ist noch nicht bekannt: der Knoten hat nicht geantwortet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Send %1 to %2?&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 an %2 senden?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 %2 leave this wallet for the address above. A transaction on the chain cannot be undone; it costs some ETH for gas.</source>
        <translation>%1 %2 verlassen diese Wallet an die obige Adresse. Eine Transaktion auf der Chain lässt sich nicht rückgängig machen; sie kostet etwas ETH für Gas.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Sending %1 to %2…</source>
        <translation>Sende %1 an %2…</translation>
    </message>
    <message>
        <source>Sent: mined in block %1.</source>
        <translation>Gesendet: gemint in Block %1.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Books:</source>
        <translation>Bücher:</translation>
    </message>
    <message>
        <source>The %1 this wallet sent to the Marketplace and received from it, followed on the chain since this data folder was bound to it, against the ledger&apos;s deposits (out) and its payouts and returned collateral (in)</source>
        <translation>Die %1, die diese Wallet an den Marketplace gesendet und von ihm erhalten hat, auf der Chain verfolgt, seit dieser Datenordner an sie gebunden wurde, verglichen mit den Einlagen (aus) sowie den Auszahlungen und zurückgegebenen Sicherheiten (ein) des Kassenbuchs</translation>
    </message>
    <message>
        <source>Books match the chain</source>
        <translation>Die Bücher stimmen mit der Chain überein</translation>
    </message>
    <message>
        <source>The chain shows %1 more sent to the Marketplace than the ledger books deposited</source>
        <translation>Die Chain zeigt %1 mehr an den Marketplace gesendet, als das Kassenbuch als eingezahlt verbucht</translation>
    </message>
    <message>
        <source>The ledger books %1 more deposited than the chain shows sent to the Marketplace</source>
        <translation>Das Kassenbuch verbucht %1 mehr als eingezahlt, als die Chain an den Marketplace gesendet zeigt</translation>
    </message>
    <message>
        <source>The chain shows %1 more received from the Marketplace than the ledger books paid out and returned</source>
        <translation>Die Chain zeigt %1 mehr vom Marketplace erhalten, als das Kassenbuch als ausgezahlt und zurückgegeben verbucht</translation>
    </message>
    <message>
        <source>The ledger books %1 more paid out and returned than the chain shows received from the Marketplace</source>
        <translation>Das Kassenbuch verbucht %1 mehr als ausgezahlt und zurückgegeben, als die Chain vom Marketplace erhalten zeigt</translation>
    </message>
    <message>
        <source>On chain: %1 out, %2 in · ledger: %3 out, %4 in</source>
        <translation>Auf der Chain: %1 aus, %2 ein · Kassenbuch: %3 aus, %4 ein</translation>
    </message>
    <message>
        <source>Chain read from block %1 to block %2</source>
        <translation>Chain gelesen von Block %1 bis Block %2</translation>
    </message>
    <message>
        <source>Not read from the chain yet (from block %1)</source>
        <translation>Noch nicht von der Chain gelesen (ab Block %1)</translation>
    </message>
    <message>
        <source>Ledger:</source>
        <translation>Kassenbuch:</translation>
    </message>
    <message>
        <source>What the ledger books: collateral deposited into slots, collateral returned when they ended, payouts, and collateral slashed; then the change in %1 they make, against the chain&apos;s change (what the Marketplace sent this wallet less what the wallet sent it)</source>
        <translation>Was das Kassenbuch verbucht: in Slots hinterlegte Sicherheit, bei ihrem Ende zurückerhaltene Sicherheit, Auszahlungen und gekürzte Sicherheit; dann die Änderung in %1, die sich daraus ergibt, gegenüber der Änderung auf der Chain (was der Marketplace dieser Wallet schickte, abzüglich dessen, was die Wallet ihm schickte)</translation>
    </message>
    <message>
        <source>Deposited %1 · collateral returned %2 · paid out %3 · slashed %4</source>
        <translation>Hinterlegt %1 · Sicherheit zurück %2 · ausgezahlt %3 · gekürzt %4</translation>
    </message>
    <message>
        <source>Change %1; the chain is not read yet</source>
        <translation>Änderung %1; die Chain ist noch nicht gelesen</translation>
    </message>
    <message>
        <source>Change %1, equal to the chain&apos;s</source>
        <translation>Änderung %1, gleich der auf der Chain</translation>
    </message>
    <message>
        <source>Change %1, but the chain&apos;s is %2</source>
        <translation>Änderung %1, auf der Chain aber %2</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::WalletTransactionsModel</name>
    <message>
        <source>signed</source>
        <translation>signiert</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>mined</source>
        <translation>gemint</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>Mined in block %1</source>
        <translation>Gemint in Block %1</translation>
    </message>
    <message>
        <source>Gas limit %1</source>
        <translation>Gas-Limit %1</translation>
    </message>
    <message>
        <source>Exact: %1
%2 gas × %3 per gas</source>
        <translation>Genau: %1
%2 Gas × %3 pro Gas</translation>
    </message>
    <message>
        <source>Made %1, last changed %2</source>
        <translation>Erstellt %1, zuletzt geändert %2</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>Bestätigungen</translation>
    </message>
    <message>
        <source>Gas used</source>
        <translation>Verbrauchtes Gas</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
</TS>
