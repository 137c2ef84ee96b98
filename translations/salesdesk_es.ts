<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AmountCopy</name>
    <message>
        <source>Copy exact amount</source>
        <translation>Copiar el importe exacto</translation>
    </message>
</context>
<context>
    <name>AvailabilityRules</name>
    <message>
        <source>Total size must be larger than zero</source>
        <translation>El tamaño total debe ser mayor que cero</translation>
    </message>
    <message>
        <source>Total size is too large (at most %1)</source>
        <translation>El tamaño total es demasiado grande (como máximo %1)</translation>
    </message>
    <message>
        <source>Not enough storage quota: %1 requested, %2 available</source>
        <translation>Cuota de almacenamiento insuficiente: %1 solicitados, %2 disponibles</translation>
    </message>
    <message>
        <source>New total size must be at least the bytes committed to reservations, which is currently: %1</source>
        <translation>El nuevo tamaño total debe ser al menos igual a los bytes comprometidos en reservas, que actualmente son: %1</translation>
    </message>
    <message>
        <source>Duration must be larger than zero</source>
        <translation>La duración debe ser mayor que cero</translation>
    </message>
    <message>
        <source>Duration is too large (at most %1)</source>
        <translation>La duración es demasiado larga (como máximo %1)</translation>
    </message>
    <message>
        <source>Minimum price must be larger than zero (the lowest price is %1)</source>
        <translation>El precio mínimo debe ser mayor que cero (el precio más bajo es %1)</translation>
    </message>
    <message>
        <source>Total collateral must be larger than zero</source>
        <translation>La garantía total debe ser mayor que cero</translation>
    </message>
    <message>
        <source>Total collateral must be at least the collateral committed to or lost by sales, which is currently: %1</source>
        <translation>La garantía total debe ser al menos igual a la garantía comprometida o perdida en ventas, que actualmente es: %1</translation>
    </message>
    <message>
        <source>Cannot set until to a negative value</source>
        <translation>La fecha límite no puede ser un valor negativo</translation>
    </message>
    <message>
        <source>Until must be greater or equal to the longest currently hosted slot, which ends at %1</source>
        <translation>La fecha límite debe ser igual o posterior al fin del slot alojado más largo, que termina el %1</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 segundos</translation>
    </message>
    <message>
        <source>%1 base units</source>
        <translation>%1 unidades base</translation>
    </message>
    <message>
        <source>1 base unit per byte per second</source>
        <translation>1 unidad base por byte y segundo</translation>
    </message>
    <message>
        <source>%1 base units per byte per second</source>
        <translation>%1 unidades base por byte y segundo</translation>
    </message>
</context>
<context>
    <name>ChainText</name>
    <message>
        <source>the node refuses connections (is it running?)</source>
        <translation>el nodo rechaza las conexiones (¿está en marcha?)</translation>
    </message>
    <message>
        <source>the node&apos;s host name is unknown</source>
        <translation>el nombre de host del nodo es desconocido</translation>
    </message>
    <message>
        <source>the node took too long to answer</source>
        <translation>el nodo tardó demasiado en responder</translation>
    </message>
    <message>
        <source>the node&apos;s secure connection could not be set up</source>
        <translation>no se pudo establecer la conexión segura con el nodo</translation>
    </message>
    <message>
        <source>the node cannot be reached</source>
        <translation>no se puede contactar con el nodo</translation>
    </message>
    <message>
        <source>the node refuses more requests for now (rate limit)</source>
        <translation>el nodo no acepta más solicitudes por ahora (límite de frecuencia)</translation>
    </message>
    <message>
        <source>the node answered with HTTP error %1</source>
        <translation>el nodo respondió con el error HTTP %1</translation>
    </message>
    <message>
        <source>the node refused the request: %1</source>
        <translation>el nodo rechazó la solicitud: %1</translation>
    </message>
    <message>
        <source>the node&apos;s answer could not be read</source>
        <translation>no se pudo leer la respuesta del nodo</translation>
    </message>
    <message>
        <source>answering</source>
        <translation>responde</translation>
    </message>
    <message>
        <source>waiting for the first answer</source>
        <translation>esperando la primera respuesta</translation>
    </message>
    <message>
        <source>not answering since %1</source>
        <translation>no responde desde %1</translation>
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
        <translation>check: lee los libros de un directorio de datos sin escribir en él (la base de datos del anfitrión, el archivo del mercado simulado, los archivos de datos de los slots) y comprueba que cuadran: los invariantes de los escenarios, el saldo del anfitrión frente al registro contable y lo que se le acuñó, y los archivos de datos de los slots frente a sus registros. El directorio de un anfitrión en una cadena (salesdesk-cli host) se comprueba frente a la cadena con --rpc-url: los tokens que el anfitrión y el Marketplace se transfirieron (sus registros Transfer) frente al registro contable, y cada slot que el Marketplace atribuye al anfitrión frente a las reservas; del nodo solo se lee. El directorio no debe estar en uso.
Salida 0: todo cuadra; 1: infracciones, listadas en stdout; 2: opciones incorrectas, o ningún libro legible en el directorio.</translation>
    </message>
    <message>
        <source>The data directory to check.</source>
        <translation>El directorio de datos que se comprueba.</translation>
    </message>
    <message>
        <source>For a host&apos;s directory on a chain: the chain&apos;s JSON-RPC URL.</source>
        <translation>Para el directorio de un anfitrión en una cadena: la URL JSON-RPC de la cadena.</translation>
    </message>
    <message>
        <source>For a host&apos;s directory on a chain: the first block whose token transfers are read (the Marketplace&apos;s deployment; default 0).</source>
        <translation>Para el directorio de un anfitrión en una cadena: el primer bloque cuyas transferencias de tokens se leen (el despliegue del Marketplace; 0 por defecto).</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>La orden.</translation>
    </message>
    <message>
        <source>usage: salesdesk-cli check --data-dir DIR [--rpc-url URL [--start-block B]]</source>
        <translation>uso: salesdesk-cli check --data-dir DIR [--rpc-url URL [--start-block B]]</translation>
    </message>
    <message>
        <source>%1 keeps a host&apos;s books on a chain: check it against the chain with --rpc-url and an http:// or https:// URL</source>
        <translation>%1 guarda los libros de un anfitrión en una cadena: compruébelo frente a la cadena con --rpc-url y una URL http:// o https://</translation>
    </message>
    <message>
        <source>the books of %1 reconcile</source>
        <translation>los libros de %1 cuadran</translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s) in %1:</source>
        <translation>
            <numerusform>%n infracción en %1:</numerusform>
            <numerusform>%n infracciones en %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientDealCommand</name>
    <message>
        <source>deal needs either --file or --generated-size</source>
        <translation>deal necesita --file o --generated-size</translation>
    </message>
    <message>
        <source>--file: cannot read %1: %2</source>
        <translation>--file: no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation>más de %1 bytes</translation>
    </message>
    <message>
        <source>--file: %1 is empty</source>
        <translation>--file: %1 está vacío</translation>
    </message>
    <message>
        <source>Deal %1 accepted by %2</source>
        <translation>Acuerdo %1 aceptado por %2</translation>
    </message>
    <message>
        <source>the provider refused the deal: %1</source>
        <translation>el proveedor rechazó el acuerdo: %1</translation>
    </message>
    <message>
        <source>Deal %1: %2 bytes sent, the provider says %3</source>
        <translation>Acuerdo %1: %2 bytes enviados, el proveedor indica %3</translation>
    </message>
    <message>
        <source>Deposited %1 base units into the DirectDeals escrow</source>
        <translation>%1 unidades base depositadas en el depósito de garantía de DirectDeals</translation>
    </message>
    <message>
        <source>the provider&apos;s ask does not take this deal: %1</source>
        <translation>las condiciones del proveedor no admiten este acuerdo: %1</translation>
    </message>
    <message>
        <source>deal: the DirectDeals contract&apos;s address.</source>
        <translation>deal: la dirección del contrato DirectDeals.</translation>
    </message>
    <message>
        <source>deal: the data to store, read from &lt;file&gt;.</source>
        <translation>deal: los datos que se almacenan, leídos de &lt;file&gt;.</translation>
    </message>
    <message>
        <source>deal: store &lt;bytes&gt; of random data instead of a file.</source>
        <translation>deal: almacenar &lt;bytes&gt; bytes de datos aleatorios en lugar de un archivo.</translation>
    </message>
    <message>
        <source>deal: the deal starts &lt;seconds&gt; from now (default: the provider&apos;s least start lead and 60 s).</source>
        <translation>deal: el acuerdo empieza dentro de &lt;seconds&gt; segundos (por defecto: la antelación mínima del proveedor más 60 s).</translation>
    </message>
</context>
<context>
    <name>ClientRetrieveCommand</name>
    <message>
        <source>the channels contract did not answer for channel %1: %2</source>
        <translation>el contrato de canales no respondió sobre el canal %1: %2</translation>
    </message>
    <message>
        <source>Reusing channel %1: deposit %2, signed %3</source>
        <translation>Se reutiliza el canal %1: depósito %2, firmado %3</translation>
    </message>
    <message>
        <source>no open channel to %1 to reuse: give --deposit to open one</source>
        <translation>no hay ningún canal abierto hacia %1 que reutilizar: indique --deposit para abrir uno</translation>
    </message>
    <message>
        <source>the channels contract at %1 did not name its token: %2</source>
        <translation>el contrato de canales en %1 no indicó su token: %2</translation>
    </message>
    <message>
        <source>the opening of the channel logged no ChannelOpened</source>
        <translation>la apertura del canal no registró ningún ChannelOpened</translation>
    </message>
    <message>
        <source>Opened channel %1 to %2 with a deposit of %3</source>
        <translation>Canal %1 abierto hacia %2 con un depósito de %3</translation>
    </message>
    <message>
        <source>the retrieval of slot %1 failed: %2</source>
        <translation>la recuperación del slot %1 falló: %2</translation>
    </message>
    <message>
        <source>Retrieved %1 bytes of slot %2 into %3: %4 vouchers paid %5 base units (channel %6 cumulative %7)</source>
        <translation>%1 bytes del slot %2 recuperados en %3: %4 vales pagaron %5 unidades base (canal %6 acumulado %7)</translation>
    </message>
    <message>
        <source>retrieve needs --slot with the slot&apos;s id (0x and 64 hex digits)</source>
        <translation>retrieve necesita --slot con el id del slot (0x y 64 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>--deposit must be above 0</source>
        <translation>--deposit debe ser mayor que 0</translation>
    </message>
    <message>
        <source>retrieve needs --out with the file to write</source>
        <translation>retrieve necesita --out con el archivo que se escribe</translation>
    </message>
    <message>
        <source>--out: cannot write %1: %2</source>
        <translation>--out: no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>retrieve: the RetrievalChannels contract&apos;s address.</source>
        <translation>retrieve: la dirección del contrato RetrievalChannels.</translation>
    </message>
    <message>
        <source>retrieve: the slot&apos;s id (0x…).</source>
        <translation>retrieve: el id del slot (0x…).</translation>
    </message>
    <message>
        <source>retrieve: write the bytes to &lt;file&gt;.</source>
        <translation>retrieve: escribir los bytes en &lt;file&gt;.</translation>
    </message>
    <message>
        <source>retrieve: base units to deposit when a new channel is opened (needed unless a channel to the provider is reused).</source>
        <translation>retrieve: unidades base que se depositan al abrir un canal nuevo (necesario salvo que se reutilice un canal hacia el proveedor).</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Recovering</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Reserving</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Descarga</translation>
    </message>
    <message>
        <source>Filling</source>
        <translation>Llenado</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Llenado completo</translation>
    </message>
    <message>
        <source>Proving</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Pago</translation>
    </message>
</context>
<context>
    <name>DealSettings</name>
    <message>
        <source>Type the IP address to listen on, such as 127.0.0.1 (this computer only) or 0.0.0.0 (every network interface).</source>
        <translation>Escriba la dirección IP en la que escuchar, por ejemplo 127.0.0.1 (solo este ordenador) o 0.0.0.0 (todas las interfaces de red).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address: type one such as 127.0.0.1 (this computer only) or 0.0.0.0 (every network interface).</source>
        <translation>«%1» no es una dirección IP: escriba una como 127.0.0.1 (solo este ordenador) o 0.0.0.0 (todas las interfaces de red).</translation>
    </message>
    <message>
        <source>Type a whole number of the token&apos;s smallest unit (0 or more).</source>
        <translation>Escriba un número entero de la unidad más pequeña del token (0 o más).</translation>
    </message>
    <message>
        <source>Type a whole number of the token&apos;s smallest unit (0 or more): %1</source>
        <translation>Escriba un número entero de la unidad más pequeña del token (0 o más): %1</translation>
    </message>
    <message>
        <source>Type a size in bytes: a whole number, 1 or more.</source>
        <translation>Escriba un tamaño en bytes: un número entero, 1 o más.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a size in bytes: type a whole number, 1 or more, without units (68719476736 is 64 GiB).</source>
        <translation>«%1» no es un tamaño en bytes: escriba un número entero, 1 o más, sin unidades (68719476736 son 64 GiB).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address: each entry must be 0x followed by 40 hex digits.</source>
        <translation>«%1» no es una dirección: cada entrada debe ser 0x seguido de 40 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>The least collateral per byte (%1) is above the largest (%2).</source>
        <translation>La garantía mínima por byte (%1) supera la máxima (%2).</translation>
    </message>
    <message>
        <source>The smallest deal size (%1 bytes) is above the largest (%2 bytes).</source>
        <translation>El tamaño mínimo de un acuerdo (%1 bytes) supera el máximo (%2 bytes).</translation>
    </message>
    <message>
        <source>The shortest term (%1 hours) is longer than the longest (%2 days).</source>
        <translation>El plazo mínimo (%1 horas) es más largo que el máximo (%2 días).</translation>
    </message>
    <message>
        <source>The least time before a deal starts (%1 minutes) is longer than the most (%2 days).</source>
        <translation>La antelación mínima antes de que empiece un acuerdo (%1 minutos) es mayor que la máxima (%2 días).</translation>
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
    <name>EventKind</name>
    <message>
        <source>State change</source>
        <translation>Cambio de estado</translation>
    </message>
    <message>
        <source>Sale ended</source>
        <translation>Venta finalizada</translation>
    </message>
    <message>
        <source>Sale error</source>
        <translation>Error de venta</translation>
    </message>
    <message>
        <source>Proof missed</source>
        <translation>Prueba omitida</translation>
    </message>
    <message>
        <source>Collateral lost</source>
        <translation>Garantía perdida</translation>
    </message>
    <message>
        <source>Low balance</source>
        <translation>Saldo bajo</translation>
    </message>
    <message>
        <source>Slot queue</source>
        <translation>Cola de slots</translation>
    </message>
</context>
<context>
    <name>EventSeverity</name>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>Exact: %1</source>
        <translation>Exacto: %1</translation>
    </message>
    <message>
        <source>%1 per byte per second</source>
        <translation>%1 por byte y segundo</translation>
    </message>
    <message>
        <source>%1 per TiB per month</source>
        <translation>%1 por TiB y mes</translation>
    </message>
    <message>
        <source>Exact: %1 per TiB per month (a month is 30 days)
= %2 (what the contract stores)</source>
        <translation>Exacto: %1 por TiB y mes (un mes son 30 días)
= %2 (lo que guarda el contrato)</translation>
    </message>
    <message>
        <source>%1 per TiB</source>
        <translation>%1 por TiB</translation>
    </message>
    <message>
        <source>%1 per byte</source>
        <translation>%1 por byte</translation>
    </message>
</context>
<context>
    <name>HostCommand</name>
    <message>
        <source>The host&apos;s data directory: its wallet, its books and its slot data.</source>
        <translation>El directorio de datos del anfitrión: su monedero, sus libros y los datos de sus slots.</translation>
    </message>
    <message>
        <source>The chain&apos;s JSON-RPC URL (http:// or https://).</source>
        <translation>La URL JSON-RPC de la cadena (http:// o https://).</translation>
    </message>
    <message>
        <source>The chain id the node must serve.</source>
        <translation>El id de cadena que el nodo debe servir.</translation>
    </message>
    <message>
        <source>The Marketplace contract&apos;s address.</source>
        <translation>La dirección del contrato Marketplace.</translation>
    </message>
    <message>
        <source>The first block to read the Marketplace&apos;s events from (its deployment; default 0).</source>
        <translation>El primer bloque desde el que se leen los eventos del Marketplace (su despliegue; 0 por defecto).</translation>
    </message>
    <message>
        <source>Blocks an event must be under before it counts (default 0).</source>
        <translation>Bloques que deben seguir a un evento antes de que cuente (0 por defecto).</translation>
    </message>
    <message>
        <source>Seconds between two reads of new blocks (default 4).</source>
        <translation>Segundos entre dos lecturas de bloques nuevos (4 por defecto).</translation>
    </message>
    <message>
        <source>Read the wallet&apos;s passphrase from the first line of &lt;file&gt; (default: ask on the terminal).</source>
        <translation>Leer la frase de contraseña del monedero de la primera línea de &lt;file&gt; (por defecto: preguntarla en el terminal).</translation>
    </message>
    <message>
        <source>When the directory offers nothing yet, offer &lt;size,duration,min-price,collateral&gt;: bytes, the longest sale in seconds, base units per byte per second at least, and the base units of collateral for all of it.</source>
        <translation>Cuando el directorio aún no ofrece nada, ofrecer &lt;size,duration,min-price,collateral&gt;: bytes, la venta más larga en segundos, al menos esas unidades base por byte y segundo, y las unidades base de garantía para todo ello.</translation>
    </message>
    <message>
        <source>Count each slot&apos;s data as generated instead of writing it to disk (the demo&apos;s way; proofs are made from the generator).</source>
        <translation>Contar los datos de cada slot como generados en lugar de escribirlos en disco (como la demo; las pruebas se hacen a partir del generador).</translation>
    </message>
    <message>
        <source>Stop after &lt;seconds&gt; of real time (default: run until SIGINT/SIGTERM).</source>
        <translation>Detenerse tras &lt;seconds&gt; segundos de tiempo real (por defecto: funcionar hasta SIGINT/SIGTERM).</translation>
    </message>
    <message>
        <source>--offer takes size,duration,min-price,collateral (four numbers), not &quot;%1&quot;</source>
        <translation>--offer espera size,duration,min-price,collateral (cuatro números), no «%1»</translation>
    </message>
    <message>
        <source>--offer: size and duration must be whole numbers above 0, min-price and collateral whole numbers of base units, not &quot;%1&quot;</source>
        <translation>--offer: size y duration deben ser números enteros mayores que 0, min-price y collateral números enteros de unidades base, no «%1»</translation>
    </message>
    <message>
        <source>sale %1: started</source>
        <translation>venta %1: iniciada</translation>
    </message>
    <message>
        <source>sale %1: %2 -&gt; %3</source>
        <translation>venta %1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>sale %1: ended %2%3</source>
        <translation>venta %1: terminada como %2%3</translation>
    </message>
    <message>
        <source>sale %1/%2: settled at start as %3</source>
        <translation>venta %1/%2: liquidada al inicio como %3</translation>
    </message>
    <message>
        <source>host: sells storage on a chain by RPC URL without a window. Opens the data directory&apos;s books (bound to the chain id and Marketplace at the first run), unlocks its wallet (salesdesk-cli wallet new or import), offers --offer when nothing is offered yet, recovers what an earlier run left and sells; every sale&apos;s transitions go to stdout. Stops cleanly after --run-seconds or on SIGINT/SIGTERM.
Exit 0: stopped as asked; 1: the desk could not open or start (the node does not answer or serves another chain, no Marketplace at the address, a data directory in use or keeping another network&apos;s books); 2: bad options, no wallet, a wrong passphrase.</source>
        <translation>host: vende almacenamiento en una cadena por su URL RPC, sin ventana. Abre los libros del directorio de datos (ligados al id de cadena y al Marketplace en la primera ejecución), desbloquea su monedero (salesdesk-cli wallet new o import), ofrece --offer cuando aún no se ofrece nada, recupera lo que dejó una ejecución anterior y vende; las transiciones de cada venta van a stdout. Se detiene limpiamente tras --run-seconds o con SIGINT/SIGTERM.
Salida 0: detenido como se pidió; 1: la sesión no pudo abrirse ni arrancar (el nodo no responde o sirve otra cadena, no hay Marketplace en la dirección, un directorio de datos en uso o con los libros de otra red); 2: opciones incorrectas, sin monedero, una frase de contraseña errónea.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>La orden.</translation>
    </message>
    <message>
        <source>--rpc-url must be an http:// or https:// URL, not &quot;%1&quot;</source>
        <translation>--rpc-url debe ser una URL http:// o https://, no «%1»</translation>
    </message>
    <message>
        <source>--marketplace must be the contract&apos;s address (0x and 40 hex digits), not &quot;%1&quot;</source>
        <translation>--marketplace debe ser la dirección del contrato (0x y 40 dígitos hexadecimales), no «%1»</translation>
    </message>
    <message>
        <source>Passphrase of %1:</source>
        <translation>Frase de contraseña de %1:</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>deteniendo</translation>
    </message>
    <message>
        <source>host %1 opening %2 on chain %3 at %4</source>
        <translation>anfitrión %1 abriendo %2 en la cadena %3 en %4</translation>
    </message>
    <message>
        <source>cannot open the desk: %1</source>
        <translation>no se puede abrir la sesión: %1</translation>
    </message>
    <message>
        <source>cannot offer storage: %1</source>
        <translation>no se puede ofrecer almacenamiento: %1</translation>
    </message>
    <message>
        <source>offered %1 bytes</source>
        <translation>%1 bytes ofrecidos</translation>
    </message>
    <message>
        <source>the desk cannot start selling: %1</source>
        <translation>la sesión no puede empezar a vender: %1</translation>
    </message>
    <message>
        <source>selling</source>
        <translation>vendiendo</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>Take direct deals on the DirectDeals contract at &lt;address&gt; (docs/deals.md), on the terms of --deal-ask.</source>
        <translation>Aceptar acuerdos directos en el contrato DirectDeals en &lt;address&gt; (docs/deals.md), en los términos de --deal-ask.</translation>
    </message>
    <message>
        <source>The direct deals&apos; ask: a JSON file as GET /salesdesk/v1/deals/ask answers it under &quot;ask&quot; (prices, collateral, sizes, durations, start lead).</source>
        <translation>La oferta de acuerdos directos: un archivo JSON como el que GET /salesdesk/v1/deals/ask devuelve bajo &quot;ask&quot; (precios, garantías, tamaños, duraciones, antelación del inicio).</translation>
    </message>
    <message>
        <source>The port the direct-deal endpoint listens on, on 127.0.0.1 (default 0: a free port, printed).</source>
        <translation>El puerto en el que escucha el punto de acceso de acuerdos directos, en 127.0.0.1 (por defecto 0: un puerto libre, que se muestra).</translation>
    </message>
    <message>
        <source>--direct-deals and --deal-ask go together</source>
        <translation>--direct-deals y --deal-ask van juntos</translation>
    </message>
    <message>
        <source>--direct-deals must be the contract&apos;s address (0x and 40 hex digits), not &quot;%1&quot;</source>
        <translation>--direct-deals debe ser la dirección del contrato (0x y 40 dígitos hexadecimales), no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--deal-ask: cannot read %1: %2</source>
        <translation>--deal-ask: no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>--deal-ask: %1: %2</source>
        <translation>--deal-ask: %1: %2</translation>
    </message>
    <message>
        <source>cannot take direct deals: %1</source>
        <translation>no se pueden aceptar acuerdos directos: %1</translation>
    </message>
    <message>
        <source>direct deals at %1</source>
        <translation>acuerdos directos en %1</translation>
    </message>
    <message>
        <source>deal %1: %2%3</source>
        <translation>acuerdo %1: %2%3</translation>
    </message>
    <message>
        <source>Serve paid retrievals of the slot data held, paid over channels of the RetrievalChannels contract at &lt;address&gt; (docs/retrieval.md), on the terms of --retrieval-terms.</source>
        <translation>Servir recuperaciones de pago de los datos de slot guardados, pagadas mediante canales del contrato RetrievalChannels en &lt;address&gt; (docs/retrieval.md), en los términos de --retrieval-terms.</translation>
    </message>
    <message>
        <source>The paid retrievals&apos; terms: a JSON file with &quot;pricePerByte&quot; (base units, a decimal string) and optionally &quot;paymentInterval&quot; and &quot;paymentIntervalIncrease&quot; (bytes; default 1048576 each), as GET /salesdesk/v1/retrieval/ask answers them.</source>
        <translation>Los términos de las recuperaciones de pago: un archivo JSON con &quot;pricePerByte&quot; (unidades base, una cadena decimal) y opcionalmente &quot;paymentInterval&quot; y &quot;paymentIntervalIncrease&quot; (bytes; 1048576 por defecto cada uno), como los devuelve GET /salesdesk/v1/retrieval/ask.</translation>
    </message>
    <message>
        <source>The port the paid-retrieval endpoint listens on, on 127.0.0.1 (default 0: a free port, printed).</source>
        <translation>El puerto en el que escucha el punto de acceso de recuperación de pago, en 127.0.0.1 (por defecto 0: un puerto libre, que se muestra).</translation>
    </message>
    <message>
        <source>Claim a retrieval channel&apos;s best voucher as soon as it pays &lt;amount&gt; base units more than was claimed (default 0: only when its payer asks to close it).</source>
        <translation>Reclamar el mejor vale de un canal de recuperación en cuanto pague &lt;amount&gt; unidades base más de lo reclamado (por defecto 0: solo cuando su pagador pide cerrarlo).</translation>
    </message>
    <message>
        <source>--retrieval-channels and --retrieval-terms go together (--retrieval-port and --claim-threshold need them)</source>
        <translation>--retrieval-channels y --retrieval-terms van juntos (--retrieval-port y --claim-threshold los necesitan)</translation>
    </message>
    <message>
        <source>--retrieval-channels must be the contract&apos;s address (0x and 40 hex digits), not &quot;%1&quot;</source>
        <translation>--retrieval-channels debe ser la dirección del contrato (0x y 40 dígitos hexadecimales), no «%1»</translation>
    </message>
    <message>
        <source>--retrieval-terms: cannot read %1: %2</source>
        <translation>--retrieval-terms: no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>--retrieval-terms: %1: %2</source>
        <translation>--retrieval-terms: %1: %2</translation>
    </message>
    <message>
        <source>--claim-threshold must be a whole number of base units, not &quot;%1&quot;</source>
        <translation>--claim-threshold debe ser un número entero de unidades base, no «%1»</translation>
    </message>
    <message>
        <source>retrieval channel %1: deposit %2, claimed %3</source>
        <translation>canal de recuperación %1: depósito %2, reclamado %3</translation>
    </message>
    <message>
        <source>, closing at %1</source>
        <translation>, cierre en %1</translation>
    </message>
    <message>
        <source>, finalized</source>
        <translation>, finalizado</translation>
    </message>
    <message>
        <source>cannot serve paid retrieval: %1</source>
        <translation>no se puede servir la recuperación de pago: %1</translation>
    </message>
    <message>
        <source>paid retrieval at %1</source>
        <translation>recuperación de pago en %1</translation>
    </message>
    <message>
        <source>retrieval channel %1: claim of %2 %3 (%4)</source>
        <translation>canal de recuperación %1: reclamación de %2 %3 (%4)</translation>
    </message>
    <message>
        <source>mined</source>
        <translation>minada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>usage: salesdesk-cli host --rpc-url URL --chain-id N --marketplace ADDRESS --data-dir DIR [--start-block B] [--confirmations C] [--poll-seconds S] [--passphrase-file FILE] [--offer SIZE,DURATION,MIN_PRICE,COLLATERAL] [--generated] [--run-seconds S] [--direct-deals ADDRESS --deal-ask FILE [--deals-port P]] [--retrieval-channels ADDRESS --retrieval-terms FILE [--retrieval-port P] [--claim-threshold AMOUNT]]</source>
        <translation>uso: salesdesk-cli host --rpc-url URL --chain-id N --marketplace ADDRESS --data-dir DIR [--start-block B] [--confirmations C] [--poll-seconds S] [--passphrase-file FILE] [--offer SIZE,DURATION,MIN_PRICE,COLLATERAL] [--generated] [--run-seconds S] [--direct-deals ADDRESS --deal-ask FILE [--deals-port P]] [--retrieval-channels ADDRESS --retrieval-terms FILE [--retrieval-port P] [--claim-threshold AMOUNT]]</translation>
    </message>
</context>
<context>
    <name>Keystore</name>
    <message>
        <source>Not a usable keystore: %1 %2</source>
        <translation>Keystore no utilizable: %1 %2</translation>
    </message>
    <message>
        <source>is missing or not a string</source>
        <translation>falta o no es una cadena</translation>
    </message>
    <message>
        <source>is not hexadecimal bytes</source>
        <translation>no es hexadecimal</translation>
    </message>
    <message>
        <source>has %1 bytes, expected %2</source>
        <translation>tiene %1 bytes, se esperaban %2</translation>
    </message>
    <message>
        <source>is missing or not a positive whole number</source>
        <translation>falta o no es un número entero positivo</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; supported are scrypt and pbkdf2</source>
        <translation>es «%1»; se admiten scrypt y pbkdf2</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>is %1, expected %2 to %3</source>
        <translation>es %1, se esperaba de %2 a %3</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; supported is hmac-sha256</source>
        <translation>es «%1»; se admite hmac-sha256</translation>
    </message>
    <message>
        <source>asks for %1 iterations, more than the %2 we allow</source>
        <translation>pide %1 iteraciones, más de las %2 permitidas</translation>
    </message>
    <message>
        <source>is %1, not a power of two above 1</source>
        <translation>es %1, no una potencia de dos mayor que 1</translation>
    </message>
    <message>
        <source>is %1, more than the %2 we allow</source>
        <translation>es %1, más de los %2 permitidos</translation>
    </message>
    <message>
        <source>is %1, but scrypt needs n below 2^(16·r) = %2 for r = %3</source>
        <translation>es %1, pero scrypt exige n menor que 2^(16·r) = %2 para r = %3</translation>
    </message>
    <message>
        <source>with n asks for more than %1 MiB of memory</source>
        <translation>pide con n más de %1 MiB de memoria</translation>
    </message>
    <message>
        <source>with n and r asks for more work (n·r·p) than the %1 we allow</source>
        <translation>pide con n y r más trabajo (n·r·p) que los %1 permitidos</translation>
    </message>
    <message>
        <source>The key derivation (%1) failed; out of memory?</source>
        <translation>La derivación de clave (%1) falló; ¿falta memoria?</translation>
    </message>
    <message>
        <source>AES-128-CTR failed</source>
        <translation>AES-128-CTR falló</translation>
    </message>
    <message>
        <source>Not a keystore: not a JSON object (%1)</source>
        <translation>No es un keystore: no es un objeto JSON (%1)</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>otro valor JSON</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed</source>
        <translation>El generador de números aleatorios del sistema falló</translation>
    </message>
    <message>
        <source>is %1; only version 3 is supported</source>
        <translation>es %1; solo se admite la versión 3</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>no es un número</translation>
    </message>
    <message>
        <source>is missing or not an object</source>
        <translation>falta o no es un objeto</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; supported is aes-128-ctr</source>
        <translation>es «%1»; se admite aes-128-ctr</translation>
    </message>
    <message>
        <source>has %1 bytes, expected at most %2</source>
        <translation>tiene %1 bytes, se esperaban como máximo %2</translation>
    </message>
    <message>
        <source>Wrong passphrase: the keystore&apos;s MAC does not match (or the file is damaged)</source>
        <translation>Frase de contraseña incorrecta: el MAC del keystore no coincide (o el archivo está dañado)</translation>
    </message>
    <message>
        <source>does not hold a valid private key</source>
        <translation>no contiene una clave privada válida</translation>
    </message>
    <message>
        <source>is %1, but the key is %2&apos;s</source>
        <translation>es %1, pero la clave es de %2</translation>
    </message>
</context>
<context>
    <name>MatchReasonText</name>
    <message>
        <source>The availability is disabled.</source>
        <translation>La oferta está desactivada.</translation>
    </message>
    <message>
        <source>The slot needs %1 (%2 bytes) but only %3 (%4 bytes) is free.</source>
        <translation>El slot necesita %1 (%2 bytes), pero solo hay %3 (%4 bytes) libres.</translation>
    </message>
    <message>
        <source>The request runs for %1, longer than the %2 this availability accepts.</source>
        <translation>La solicitud dura %1, más que los %2 que acepta esta oferta.</translation>
    </message>
    <message>
        <source>The request would end on %1, after this availability&apos;s end date (%2).</source>
        <translation>La solicitud terminaría el %1, después de la fecha de fin de esta oferta (%2).</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>slot too big</source>
        <translation>slot demasiado grande</translation>
    </message>
    <message>
        <source>duration too long</source>
        <translation>duración demasiado larga</translation>
    </message>
    <message>
        <source>price below minimum</source>
        <translation>precio inferior al mínimo</translation>
    </message>
    <message>
        <source>collateral budget too small</source>
        <translation>presupuesto de garantía insuficiente</translation>
    </message>
    <message>
        <source>ends after until</source>
        <translation>termina después de la fecha límite</translation>
    </message>
    <message>
        <source>Takes it: the smallest availability that fits every rule.</source>
        <translation>La acepta: la oferta más pequeña que cumple todas las reglas.</translation>
    </message>
    <message>
        <source>Could take it, but a smaller fitting availability goes first.</source>
        <translation>Podría aceptarla, pero tiene prioridad una oferta adecuada más pequeña.</translation>
    </message>
    <message>
        <source>%1, %2 free</source>
        <translation>%1, %2 libres</translation>
    </message>
    <message>
        <source>Yes — %1</source>
        <translation>Sí: %1</translation>
    </message>
    <message>
        <source>No — no storage offered</source>
        <translation>No: no se ofrece almacenamiento</translation>
    </message>
    <message>
        <source>No — %1</source>
        <translation>No: %1</translation>
    </message>
    <message>
        <source>No — none of %1 availabilities</source>
        <translation>No: ninguna de las %1 ofertas</translation>
    </message>
    <message>
        <source>%1 sold</source>
        <translation>%1 vendidos</translation>
    </message>
    <message>
        <source>%1 selling</source>
        <translation>%1 en venta</translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation>%1 en cola</translation>
    </message>
    <message>
        <source>%1 ignored</source>
        <translation>%1 ignorados</translation>
    </message>
    <message>
        <source>%1 missed</source>
        <translation>%1 omitidas</translation>
    </message>
    <message>
        <source>%1 errored</source>
        <translation>%1 con error</translation>
    </message>
    <message>
        <source>The request pays %1, below the minimum of %2.</source>
        <translation>La solicitud paga %1, por debajo del mínimo de %2.</translation>
    </message>
    <message>
        <source>The slot asks %1 of collateral; the %2 of collateral left over %3 free allows at most %4.</source>
        <translation>El slot pide %1 de garantía; los %2 de garantía restantes sobre %3 libres permiten como máximo %4.</translation>
    </message>
</context>
<context>
    <name>NetworkProfile</name>
    <message>
        <source>Local test chain (anvil, started by Sales Desk)</source>
        <translation>Cadena de prueba local (anvil, iniciada por Sales Desk)</translation>
    </message>
    <message>
        <source>Codex testnet (chain %1) — offline since 2025-09, not usable</source>
        <translation>Red de pruebas de Codex (cadena %1) — sin conexión desde 2025-09, no utilizable</translation>
    </message>
    <message>
        <source>The Codex testnet has been offline since September 2025: its nodes no longer answer and its marketplace cannot be reached. Use the local test chain, or enter the details of a network that runs.</source>
        <translation>La red de pruebas de Codex está sin conexión desde septiembre de 2025: sus nodos ya no responden y su mercado no es accesible. Use la cadena de prueba local o introduzca los datos de una red que funcione.</translation>
    </message>
    <message>
        <source>Give the network a name.</source>
        <translation>Dé un nombre a la red.</translation>
    </message>
    <message>
        <source>Enter the RPC URL of a node of the network.</source>
        <translation>Introduzca la URL RPC de un nodo de la red.</translation>
    </message>
    <message>
        <source>Sales Desk talks to the node over HTTP: enter its http:// or https:// URL, not the WebSocket one.</source>
        <translation>Sales Desk habla con el nodo por HTTP: introduzca su URL http:// o https://, no la de WebSocket.</translation>
    </message>
    <message>
        <source>Not a node&apos;s URL: it must start with http:// or https:// and name a host, e.g. http://127.0.0.1:8545.</source>
        <translation>No es la URL de un nodo: debe empezar por http:// o https:// y nombrar un host, p. ej. http://127.0.0.1:8545.</translation>
    </message>
    <message>
        <source>The chain id is a whole number above 0 (e.g. 31337 for a local anvil).</source>
        <translation>El id de cadena es un número entero mayor que 0 (p. ej. 31337 para un anvil local).</translation>
    </message>
    <message>
        <source>Enter the address of the network&apos;s Marketplace contract.</source>
        <translation>Introduzca la dirección del contrato Marketplace de la red.</translation>
    </message>
    <message>
        <source>Not a valid address: 0x and 40 hex digits, with the checksum&apos;s mixed case if it has any (a mistyped letter changes it).</source>
        <translation>Dirección no válida: 0x y 40 dígitos hexadecimales, con las mayúsculas y minúsculas de la suma de comprobación si las tiene (una letra mal escrita la cambia).</translation>
    </message>
    <message>
        <source>The start block is a whole number, 0 or more (the block the Marketplace was deployed in; 0 reads from the first block).</source>
        <translation>El bloque inicial es un número entero, 0 o más (el bloque en que se desplegó el Marketplace; 0 lee desde el primer bloque).</translation>
    </message>
    <message>
        <source>Confirmations are a whole number from 0 to %1.</source>
        <translation>Las confirmaciones son un número entero de 0 a %1.</translation>
    </message>
    <message>
        <source>Not a web address: it must start with http:// or https:// and name a host, e.g. http://127.0.0.1:8080/api/codex/v1.</source>
        <translation>No es una dirección web: debe empezar por http:// o https:// y nombrar un host, p. ej. http://127.0.0.1:8080/api/codex/v1.</translation>
    </message>
</context>
<context>
    <name>OfferCheck</name>
    <message>
        <source>The contract cannot hold %1 %2 per TiB per month exactly: it stores a whole number of base units per byte per second. Choose one of the nearest prices.</source>
        <translation>El contrato no puede guardar exactamente %1 %2 por TiB y mes: guarda un número entero de unidades base por byte y segundo. Elija uno de los precios más cercanos.</translation>
    </message>
    <message>
        <source>%1 base units (%2)</source>
        <translation>%1 unidades base (%2)</translation>
    </message>
    <message>
        <source>%1. Raise the quota in Settings → Storage quota.</source>
        <translation>%1. Aumente la cuota en Configuración → Cuota de almacenamiento.</translation>
    </message>
    <message>
        <source>Your wallet holds %1, less than this collateral: sales stop taking slots once their collateral has used the wallet up.</source>
        <translation>Su cartera contiene %1, menos que esta garantía: las ventas dejan de tomar slots en cuanto su garantía haya agotado la cartera.</translation>
    </message>
    <message>
        <source>Your wallet holds no ETH for gas: it cannot send the transactions a sale needs (reserve, fill, proofs, payout).</source>
        <translation>Su cartera no tiene ETH para el gas: no puede enviar las transacciones que una venta necesita (reserva, llenado, pruebas, pago).</translation>
    </message>
    <message>
        <source>Your wallet holds %1 for gas, less than one sale may need: %2 (%3 gas: reserve, fill, payout and up to %4 proofs, one per period, at the node&apos;s current fee). Send at least %5 more to the wallet.</source>
        <translation>Su cartera contiene %1 para el gas, menos de lo que puede necesitar una venta: %2 (%3 de gas: reserva, llenado, pago y hasta %4 pruebas, una por período, a la tarifa actual del nodo). Envíe al menos %5 más a la cartera.</translation>
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
        <translation>horas</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>months (30 days)</source>
        <translation>meses (30 días)</translation>
    </message>
    <message>
        <source>Enter an amount of base units</source>
        <translation>Introduzca una cantidad de unidades base</translation>
    </message>
    <message>
        <source>Enter a whole number of base units (digits only): %1</source>
        <translation>Introduzca un número entero de unidades base (solo dígitos): %1</translation>
    </message>
</context>
<context>
    <name>PassphraseInput</name>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>No se puede leer el archivo de frase de contraseña %1: %2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is larger than %2 bytes</source>
        <translation>El archivo de frase de contraseña %1 supera los %2 bytes</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty</source>
        <translation>El archivo de frase de contraseña %1 está vacío</translation>
    </message>
    <message>
        <source>No terminal to ask for the passphrase on; use --passphrase-file</source>
        <translation>No hay terminal para pedir la frase de contraseña; use --passphrase-file</translation>
    </message>
    <message>
        <source>The passphrase must not be empty</source>
        <translation>La frase de contraseña no puede estar vacía</translation>
    </message>
    <message>
        <source>Repeat the passphrase:</source>
        <translation>Repita la frase de contraseña:</translation>
    </message>
    <message>
        <source>The two passphrases differ</source>
        <translation>Las dos frases de contraseña no coinciden</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Sales Desk cannot open its data in %1.

%2</source>
        <translation>Sales Desk no puede abrir sus datos en %1.

%2</translation>
    </message>
    <message>
        <source>Sales Desk cannot start selling.

%1</source>
        <translation>Sales Desk no puede empezar a vender.

%1</translation>
    </message>
    <message>
        <source>Sales Desk cannot start a local test chain in %1.

%2</source>
        <translation>Sales Desk no puede iniciar una cadena de prueba local en %1.

%2</translation>
    </message>
    <message>
        <source>Starting the local test chain…</source>
        <translation>Iniciando la cadena de prueba local…</translation>
    </message>
    <message>
        <source>The network chosen in Settings → Market cannot be used: %1</source>
        <translation>La red elegida en Ajustes → Mercado no se puede usar: %1</translation>
    </message>
    <message>
        <source>Sales Desk cannot create its data directory %1.</source>
        <translation>Sales Desk no puede crear su directorio de datos %1.</translation>
    </message>
    <message>
        <source>Sales Desk cannot create %1.</source>
        <translation>Sales Desk no puede crear %1.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Sales Desk cannot open the network %1 (%2).

%3</source>
        <translation>Sales Desk no puede abrir la red %1 (%2).

%3</translation>
    </message>
</context>
<context>
    <name>RetrievalSettings</name>
    <message>
        <source>Type the IP address to listen on, such as 127.0.0.1 (this computer only) or 0.0.0.0 (every network interface).</source>
        <translation>Introduzca la dirección IP en la que escuchar, por ejemplo 127.0.0.1 (solo este equipo) o 0.0.0.0 (todas las interfaces de red).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address: type one such as 127.0.0.1 (this computer only) or 0.0.0.0 (every network interface).</source>
        <translation>«%1» no es una dirección IP: introduzca una, por ejemplo 127.0.0.1 (solo este equipo) o 0.0.0.0 (todas las interfaces de red).</translation>
    </message>
    <message>
        <source>Type a whole number of the token&apos;s smallest unit (0 or more).</source>
        <translation>Introduzca un número entero de la unidad más pequeña del token (0 o más).</translation>
    </message>
    <message>
        <source>Type a whole number of the token&apos;s smallest unit (0 or more): %1</source>
        <translation>Introduzca un número entero de la unidad más pequeña del token (0 o más): %1</translation>
    </message>
</context>
<context>
    <name>SaleState</name>
    <message>
        <source>Recovering</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Reserving slot</source>
        <translation>Reservando slot</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Descarga</translation>
    </message>
    <message>
        <source>Initial proof</source>
        <translation>Prueba inicial</translation>
    </message>
    <message>
        <source>Filling</source>
        <translation>Llenado</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Llenado completo</translation>
    </message>
    <message>
        <source>Proving</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Proving (simulated failures)</source>
        <translation>Pruebas (fallos simulados)</translation>
    </message>
    <message>
        <source>Paying out</source>
        <translation>Pagando</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignorada</translation>
    </message>
    <message>
        <source>Errored</source>
        <translation>Con error</translation>
    </message>
</context>
<context>
    <name>TokenAmount</name>
    <message>
        <source>Enter an amount of %1</source>
        <translation>Introduzca un importe en %1</translation>
    </message>
    <message>
        <source>Not an amount of %1: &quot;%2&quot; (use digits, and &quot;%3&quot; before the decimal places)</source>
        <translation>No es un importe en %1: «%2» (use dígitos y «%3» antes de los decimales)</translation>
    </message>
    <message>
        <source>%1 has %2 decimal places; &quot;%3&quot; has %4 digits after the decimal point</source>
        <translation>%1 tiene %2 decimales; «%3» tiene %4 dígitos tras el separador decimal</translation>
    </message>
    <message>
        <source>Too large: at most %1</source>
        <translation>Demasiado grande: como máximo %1</translation>
    </message>
</context>
<context>
    <name>TokenAxis</name>
    <message>
        <source>Tokens (%1)</source>
        <translation>Tokens (%1)</translation>
    </message>
</context>
<context>
    <name>Wallet</name>
    <message>
        <source>%1 already holds an account; it is never overwritten</source>
        <translation>%1 ya contiene una cuenta; nunca se sobrescribe</translation>
    </message>
    <message>
        <source>The passphrase must not be empty</source>
        <translation>La frase de contraseña no puede estar vacía</translation>
    </message>
    <message>
        <source>The wallet is locked: unlock it to sign</source>
        <translation>El monedero está bloqueado: desbloquéelo para firmar</translation>
    </message>
    <message>
        <source>No wallet in %1: create one with salesdesk-cli wallet new or import one with salesdesk-cli wallet import</source>
        <translation>No hay monedero en %1: cree uno con salesdesk-cli wallet new o importe uno con salesdesk-cli wallet import</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, too large for a keystore</source>
        <translation>%1 tiene %2 bytes, demasiado para un keystore</translation>
    </message>
    <message>
        <source>Cannot create the directory %1</source>
        <translation>No se puede crear el directorio %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 was written but others may read it, and its mode could not be set to 0600</source>
        <translation>%1 se escribió pero otros pueden leerlo, y no se pudo poner su modo en 0600</translation>
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
        <translation>wallet: la cuenta en la cadena del anfitrión, cifrada como wallet.json en el directorio de datos.
  new      crear una cuenta con una nueva clave aleatoria
  import   tomar una clave (--key-file) o un keystore (--keystore, de geth o foundry) existentes
  address  mostrar la dirección de la cuenta (sin frase de contraseña)
  balance  mostrar su saldo en ETH (y en --token) según el nodo de --rpc
Las frases de contraseña se piden en el terminal sin eco o se leen de --passphrase-file. Una clave privada nunca se da en la línea de órdenes, donde quedaría en el historial del shell: póngala en un archivo para --key-file y borre el archivo tras la importación.
Salida 0: hecho; 2: opciones o datos incorrectos, frase de contraseña incorrecta; 3: no se puede escribir el archivo del monedero o el nodo no responde.</translation>
    </message>
    <message>
        <source>The data directory holding the wallet.</source>
        <translation>El directorio de datos que contiene el monedero.</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of &lt;file&gt; instead of the terminal.</source>
        <translation>Leer la frase de contraseña de la primera línea de &lt;file&gt; en lugar del terminal.</translation>
    </message>
    <message>
        <source>With import: the file holding the private key as 64 hex digits.</source>
        <translation>Con import: el archivo con la clave privada en 64 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>With import: a keystore file (Web3 Secret Storage v3) and its own passphrase.</source>
        <translation>Con import: un archivo keystore (Web3 Secret Storage v3) y su propia frase de contraseña.</translation>
    </message>
    <message>
        <source>With balance: the JSON-RPC URL of an Ethereum node.</source>
        <translation>Con balance: la URL JSON-RPC de un nodo de Ethereum.</translation>
    </message>
    <message>
        <source>With balance: also print the balance of this ERC-20 token.</source>
        <translation>Con balance: mostrar también el saldo de este token ERC-20.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>La orden.</translation>
    </message>
    <message>
        <source>new, import, address or balance</source>
        <translation>new, import, address o balance</translation>
    </message>
    <message>
        <source>usage: salesdesk-cli wallet new|import|address|balance --data-dir DIR; see salesdesk-cli wallet --help</source>
        <translation>uso: salesdesk-cli wallet new|import|address|balance --data-dir DIR; vea salesdesk-cli wallet --help</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>wallet import takes either --key-file FILE or --keystore FILE</source>
        <translation>wallet import toma o bien --key-file FILE o bien --keystore FILE</translation>
    </message>
    <message>
        <source>Cannot read the key file</source>
        <translation>No se puede leer el archivo de clave</translation>
    </message>
    <message>
        <source>Cannot read the keystore</source>
        <translation>No se puede leer el keystore</translation>
    </message>
    <message>
        <source>Passphrase of the keystore:</source>
        <translation>Frase de contraseña del keystore:</translation>
    </message>
    <message>
        <source>Account %1 is in %2.
Keep a copy of that file and its passphrase: without both the account and its funds are lost.
</source>
        <translation>La cuenta %1 está en %2.
Guarde una copia de ese archivo y su frase de contraseña: sin ambos, la cuenta y sus fondos se pierden.
</translation>
    </message>
    <message>
        <source>wallet balance needs --rpc with an http:// or https:// URL</source>
        <translation>wallet balance necesita --rpc con una URL http:// o https://</translation>
    </message>
    <message>
        <source>--token: %1</source>
        <translation>--token: %1</translation>
    </message>
    <message>
        <source>the node at %1 did not answer: %2</source>
        <translation>el nodo en %1 no respondió: %2</translation>
    </message>
    <message>
        <source>ETH: %1</source>
        <translation>ETH: %1</translation>
    </message>
    <message>
        <source>%1 did not answer balanceOf and decimals as an ERC-20 token does</source>
        <translation>%1 no respondió a balanceOf y decimals como un token ERC-20</translation>
    </message>
    <message>
        <source>Token %1: %2 (%3 decimals)</source>
        <translation>Token %1: %2 (%3 decimales)</translation>
    </message>
</context>
<context>
    <name>Withdrawal</name>
    <message>
        <source>Enter the address to send the tokens to</source>
        <translation>Introduzca la dirección a la que enviar los tokens</translation>
    </message>
    <message>
        <source>Not an address: %1</source>
        <translation>No es una dirección: %1</translation>
    </message>
    <message>
        <source>The zero address burns what it is sent; enter another address</source>
        <translation>Lo que se envía a la dirección cero se pierde; introduzca otra dirección</translation>
    </message>
    <message>
        <source>That is this wallet&apos;s own address; enter another address</source>
        <translation>Es la dirección de esta cartera; introduzca otra dirección</translation>
    </message>
    <message>
        <source>Enter the amount to send</source>
        <translation>Introduzca el importe a enviar</translation>
    </message>
    <message>
        <source>The amount must be more than zero</source>
        <translation>El importe debe ser mayor que cero</translation>
    </message>
    <message>
        <source>%1 is more than you can withdraw: %2 (the balance, %3, minus %4 of collateral the open sales still need)</source>
        <translation>%1 es más de lo que puede retirar: %2 (el saldo, %3, menos %4 de garantía que las ventas abiertas aún necesitan)</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Sell disk space on the Codex storage marketplace.</source>
        <translation>Venda espacio en disco en el mercado de almacenamiento Codex.</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>Compilado con Qt %1.</translation>
    </message>
    <message>
        <source>Your data:</source>
        <translation>Sus datos:</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::AlertBanner</name>
    <message>
        <source>Show Alerts</source>
        <translation>Mostrar alertas</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>1 new alert. Latest: %1</source>
        <translation>1 alerta nueva. Última: %1</translation>
    </message>
    <message>
        <source>%1 new alerts. Latest: %2</source>
        <translation>%1 alertas nuevas. Última: %2</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::AvailabilitiesPage</name>
    <message>
        <source>&amp;Offer storage…</source>
        <translation>&amp;Ofrecer almacenamiento…</translation>
    </message>
    <message>
        <source>Offer disk space for sale (%1)</source>
        <translation>Ofrecer espacio en disco a la venta (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>&amp;Accept new sales</source>
        <translation>&amp;Aceptar nuevas ventas</translation>
    </message>
    <message>
        <source>Whether the selected availability takes new slots; its running sales go on either way</source>
        <translation>Indica si la oferta seleccionada acepta nuevos slots; sus ventas en curso continúan en cualquier caso</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;You do not offer any storage yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Say how much disk space to sell, for how long and at what minimum price; Sales Desk then takes the storage requests that fit.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Todavía no ofrece almacenamiento.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Indique cuánto espacio en disco quiere vender, durante cuánto tiempo y a qué precio mínimo; Sales Desk aceptará entonces las solicitudes de almacenamiento que encajen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Offer storage…</source>
        <translation>Ofrecer almacenamiento…</translation>
    </message>
    <message>
        <source>Availabilities: %1 · offered: %2 · committed to sales: %3</source>
        <translation>Ofertas: %1 · ofrecido: %2 · comprometido en ventas: %3</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <source>Select an availability to see the slots it is committed to.</source>
        <translation>Seleccione una oferta para ver los slots a los que está comprometida.</translation>
    </message>
    <message>
        <source>Reservations of availability %1</source>
        <translation>Reservas de la oferta %1</translation>
    </message>
    <message>
        <source>Remove availability</source>
        <translation>Eliminar oferta</translation>
    </message>
    <message>
        <source>Remove availability %1? Its %2 go back to the free quota.</source>
        <translation>¿Eliminar la oferta %1? Sus %2 vuelven a la cuota libre.</translation>
    </message>
    <message>
        <source>Availabilities</source>
        <translation>Ofertas</translation>
    </message>
    <message>
        <source>No slot uses this availability yet: all %1 are free and %2 of collateral remain (%3).</source>
        <translation>Ningún slot usa aún esta disponibilidad: los %1 están libres y quedan %2 de garantía (%3).</translation>
    </message>
    <message>
        <source>Slots holding part of it: %1. They hold %2 of %3 and %4 of collateral; %5 of collateral remain (%6), %7 were lost to slashing.</source>
        <translation>Slots que ocupan parte de ella: %1. Ocupan %2 de %3 y %4 de garantía; quedan %5 de garantía (%6), se perdieron %7 por penalizaciones.</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::AvailabilityForm</name>
    <message>
        <source>Offer storage</source>
        <translation>Ofrecer almacenamiento</translation>
    </message>
    <message>
        <source>Edit availability %1</source>
        <translation>Editar la oferta %1</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <source>Longest &amp;duration:</source>
        <translation>&amp;Duración máxima:</translation>
    </message>
    <message>
        <source>Minimum &amp;price:</source>
        <translation>&amp;Precio mínimo:</translation>
    </message>
    <message>
        <source>per byte</source>
        <translation>por byte</translation>
    </message>
    <message>
        <source>&amp;Collateral:</source>
        <translation>&amp;Garantía:</translation>
    </message>
    <message>
        <source>Only slots that end &amp;before</source>
        <translation>Solo slots que terminen a&amp;ntes de</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <source>&amp;Accept new sales</source>
        <translation>&amp;Aceptar nuevas ventas</translation>
    </message>
    <message>
        <source>A disabled availability keeps its running sales but takes no new slots.</source>
        <translation>Una oferta desactivada mantiene sus ventas en curso, pero no acepta nuevos slots.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Ofrecer</translation>
    </message>
    <message>
        <source>%1 bytes; at most %2 (%3 committed to sales)</source>
        <translation>%1 bytes; como máximo %2 (%3 comprometidos en ventas)</translation>
    </message>
    <message>
        <source>%1 bytes; %2 of the quota are free</source>
        <translation>%1 bytes; %2 de la cuota están libres</translation>
    </message>
    <message>
        <source>A month is 30 days. The contract stores the price as a whole number of base units (10^-%1 %2) per byte per second; a price per TiB per month it cannot hold exactly is offered as the nearest price below and above, for you to choose.</source>
        <translation>Un mes son 30 días. El contrato guarda el precio como un número entero de unidades base (10^-%1 %2) por byte y segundo; un precio por TiB y mes que no puede representar exactamente se ofrece como el precio más cercano por debajo y por encima, para que usted elija.</translation>
    </message>
    <message>
        <source>%1 per TiB per month</source>
        <translation>%1 por TiB y mes</translation>
    </message>
    <message>
        <source>base units in total, or</source>
        <translation>unidades base en total, o</translation>
    </message>
    <message>
        <source>%1 base units per byte, rounded down; a slot may ask for at most that much collateral per byte</source>
        <translation>%1 unidades base por byte, redondeado hacia abajo; un slot puede pedir como máximo esa garantía por byte</translation>
    </message>
    <message>
        <source>%1 base units per byte; a slot may ask for at most that much collateral per byte</source>
        <translation>%1 unidades base por byte; un slot puede pedir como máximo esa garantía por byte</translation>
    </message>
    <message>
        <source>(%1 in total, %2)</source>
        <translation>(%1 en total, %2)</translation>
    </message>
    <message>
        <source>= %1 per byte per second, exactly</source>
        <translation>= exactamente %1 por byte y segundo</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Usar %1</translation>
    </message>
    <message>
        <source>Demo requests ask for slots of %1 to %2 each: every slot sold is hashed once in full, so the demo keeps them small enough to hash in seconds.</source>
        <translation>Las solicitudes de la demo piden slots de %1 a %2 cada uno: cada slot vendido se hashea una vez entero, así que la demo los mantiene lo bastante pequeños para hashearlos en segundos.</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::AvailabilityTableModel</name>
    <message>
        <source>No end</source>
        <translation>Sin fin</translation>
    </message>
    <message>
        <source>Selling</source>
        <translation>En venta</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Comprometido</translation>
    </message>
    <message>
        <source>Max. duration</source>
        <translation>Duración máx.</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Garantía</translation>
    </message>
    <message>
        <source>Collateral left</source>
        <translation>Garantía restante</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1; %2 committed to sales, %3 lost to slashing</source>
        <translation>%1; %2 comprometidos en ventas, %3 perdidos por penalizaciones</translation>
    </message>
    <message>
        <source>Lowest price accepted, in %1 per TiB per month (a month is 30 days)</source>
        <translation>Precio más bajo aceptado, en %1 por TiB y mes (un mes son 30 días)</translation>
    </message>
    <message>
        <source>Min. price / TiB·month</source>
        <translation>Precio mín. / TiB·mes</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Its end (%1) has passed: a slot must end before it, so it sells nothing more. Edit it to set a later end or none.</source>
        <translation>Su fin (%1) ya pasó: un slot debe terminar antes, así que ya no vende nada. Edítela para fijar un fin posterior o ninguno.</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::AvailabilityVerdictsModel</name>
    <message>
        <source>Takes it</source>
        <translation>La acepta</translation>
    </message>
    <message>
        <source>Could take it</source>
        <translation>Podría aceptarla</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>No aceptada</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::ChannelsModel</name>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>closes in %1</source>
        <translation>se cierra en %1</translation>
    </message>
    <message>
        <source>Exact: %1</source>
        <translation>Exacto: %1</translation>
    </message>
    <message>
        <source>Finalized on chain: nothing more can be claimed</source>
        <translation>Finalizado en la cadena: ya no se puede reclamar nada</translation>
    </message>
    <message>
        <source>The payer asked to close the channel: its close window ends %1; the best voucher must be claimed before</source>
        <translation>El pagador pidió cerrar el canal: su ventana de cierre termina el %1; el mejor vale debe reclamarse antes</translation>
    </message>
    <message>
        <source>No close requested</source>
        <translation>No se ha pedido el cierre</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Depósito</translation>
    </message>
    <message>
        <source>Best voucher</source>
        <translation>Mejor vale</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Reclamado</translation>
    </message>
    <message>
        <source>Unclaimed</source>
        <translation>Sin reclamar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cierre</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::CreateWalletDialog</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file or a keystore.</source>
        <translation>%1 es demasiado grande para ser un archivo de clave o un keystore.</translation>
    </message>
    <message>
        <source>A wallet for this data directory</source>
        <translation>Un monedero para este directorio de datos</translation>
    </message>
    <message>
        <source>Selling on a network needs an account that pays collateral and fees and receives payments. This data directory has none yet: create one, or bring one you have. It is kept encrypted with your passphrase in %1.</source>
        <translation>Vender en una red requiere una cuenta que pague garantías y comisiones y reciba los pagos. Este directorio de datos aún no tiene ninguna: cree una o traiga la que tenga. Se guarda cifrada con su frase de contraseña en %1.</translation>
    </message>
    <message>
        <source>Create a new account</source>
        <translation>Crear una cuenta nueva</translation>
    </message>
    <message>
        <source>Import a private key from a file (hex)</source>
        <translation>Importar una clave privada desde un archivo (hex)</translation>
    </message>
    <message>
        <source>Import a keystore file (geth, foundry, …)</source>
        <translation>Importar un archivo keystore (geth, foundry, …)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose the keystore</source>
        <translation>Elija el keystore</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>Elija el archivo de clave</translation>
    </message>
    <message>
        <source>Keystores (*.json);;All files (*)</source>
        <translation>Keystores (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Repítala:</translation>
    </message>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation>Demasiado corta: al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Fuerte.</translation>
    </message>
    <message>
        <source>Fair: longer is better; several words make a good passphrase.</source>
        <translation>Aceptable: más larga es mejor; varias palabras hacen una buena frase de contraseña.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Use a longer one, e.g. several words.</source>
        <translation>Débil: fácil de adivinar. Use una más larga, p. ej. varias palabras.</translation>
    </message>
    <message>
        <source>Its passphrase:</source>
        <translation>Su frase de contraseña:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>La frase de contraseña debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>Las dos frases de contraseña difieren: escriba la misma dos veces.</translation>
    </message>
    <message>
        <source>Enter the keystore&apos;s passphrase.</source>
        <translation>Introduzca la frase de contraseña del keystore.</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Elija el archivo que importar.</translation>
    </message>
    <message>
        <source>Creating the account… (a few seconds)</source>
        <translation>Creando la cuenta… (unos segundos)</translation>
    </message>
    <message>
        <source>Importing… (a few seconds)</source>
        <translation>Importando… (unos segundos)</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::DashboardCharts</name>
    <message>
        <source>Cumulative earnings</source>
        <translation>Ganancias acumuladas</translation>
    </message>
    <message>
        <source>No payouts yet.
A slot pays when its request ends.</source>
        <translation>Todavía no hay pagos.
Un slot se paga cuando termina su solicitud.</translation>
    </message>
    <message>
        <source>Storage use</source>
        <translation>Uso del almacenamiento</translation>
    </message>
    <message>
        <source>Nothing offered yet.
Offer storage to start selling.</source>
        <translation>Todavía no se ofrece nada.
Ofrezca almacenamiento para empezar a vender.</translation>
    </message>
    <message>
        <source>Running sales by state</source>
        <translation>Ventas en curso por estado</translation>
    </message>
    <message>
        <source>No sale is running.
Sales start when a request matches an availability.</source>
        <translation>No hay ninguna venta en curso.
Las ventas empiezan cuando una solicitud encaja con una oferta.</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Ofrecido</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Almacenado</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Paid to you</source>
        <translation>Pagado a usted</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::DashboardPage</name>
    <message>
        <source>Storage offered</source>
        <translation>Almacenamiento ofrecido</translation>
    </message>
    <message>
        <source>Free for new sales</source>
        <translation>Libre para nuevas ventas</translation>
    </message>
    <message>
        <source>Reserved for slots</source>
        <translation>Reservado para slots</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Almacenado</translation>
    </message>
    <message>
        <source>Active slots</source>
        <translation>Slots activos</translation>
    </message>
    <message>
        <source>Slot queue</source>
        <translation>Cola de slots</translation>
    </message>
    <message>
        <source>Earned to date</source>
        <translation>Ganado hasta la fecha</translation>
    </message>
    <message>
        <source>Collateral locked</source>
        <translation>Garantía bloqueada</translation>
    </message>
    <message>
        <source>Expected earnings</source>
        <translation>Ganancias previstas</translation>
    </message>
    <message>
        <source>No payout is scheduled. Slots you host are paid when their request ends; they will be listed here with the amount and the date.</source>
        <translation>No hay pagos programados. Los slots que aloja se pagan cuando termina su solicitud; aparecerán aquí con el importe y la fecha.</translation>
    </message>
    <message>
        <source>Next payouts</source>
        <translation>Próximos pagos</translation>
    </message>
    <message>
        <source>No availability yet: offer storage to start selling</source>
        <translation>Todavía no hay ofertas: ofrezca almacenamiento para empezar a vender</translation>
    </message>
    <message>
        <source>quota %1</source>
        <translation>cuota %1</translation>
    </message>
    <message>
        <source>Nothing offered</source>
        <translation>Nada ofrecido</translation>
    </message>
    <message>
        <source>%1 of the offer</source>
        <translation>%1 de la oferta</translation>
    </message>
    <message>
        <source>held for slots being sold or hosted</source>
        <translation>reservado para slots en venta o alojados</translation>
    </message>
    <message>
        <source>hosted now; sales in progress: %1</source>
        <translation>alojados ahora; ventas en curso: %1</translation>
    </message>
    <message>
        <source>paused by you</source>
        <translation>pausada por usted</translation>
    </message>
    <message>
        <source>waiting: no queued slot matches</source>
        <translation>en espera: ningún slot de la cola encaja</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en marcha</translation>
    </message>
    <message>
        <source>slots waiting; %1</source>
        <translation>slots en espera; %1</translation>
    </message>
    <message>
        <source>no collateral lost</source>
        <translation>no se ha perdido garantía</translation>
    </message>
    <message>
        <source>deposited in filled slots, returned at the end</source>
        <translation>depositada en slots llenos, se devuelve al final</translation>
    </message>
    <message>
        <source>scheduled payouts: %1</source>
        <translation>pagos programados: %1</translation>
    </message>
    <message>
        <source>Some figures could not be read: %1</source>
        <translation>No se pudieron leer algunas cifras: %1</translation>
    </message>
    <message>
        <source>%1 of collateral lost</source>
        <translation>%1 de garantía perdidos</translation>
    </message>
    <message>
        <source>slot data of hosted slots, %1 of the quota</source>
        <translation>datos de los slots alojados, %1 de la cuota</translation>
    </message>
    <message>
        <source>Direct deals</source>
        <translation>Acuerdos directos</translation>
    </message>
    <message>
        <source>Paid retrieval</source>
        <translation>Recuperación de pago</translation>
    </message>
    <message>
        <source>Earned in all markets</source>
        <translation>Ganado en todos los mercados</translation>
    </message>
    <message>
        <source>paid so far; %1 active · %2 collateral locked</source>
        <translation>pagados hasta ahora; %1 activos · %2 de garantía bloqueados</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>taken when turned on in Settings → Direct deals</source>
        <translation>se aceptan al activarlos en Configuración → Acuerdos directos</translation>
    </message>
    <message>
        <source>served when turned on in Settings → Paid retrieval</source>
        <translation>se sirve al activarla en Configuración → Recuperación de pago</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>slots %1 · deals %2 · retrieval %3</source>
        <translation>slots %1 · acuerdos %2 · recuperación %3</translation>
    </message>
    <message numerus="yes">
        <source>claimed on chain; %1 more in vouchers still to claim, on %n channel(s)</source>
        <translation>
            <numerusform>reclamado en la cadena; %1 más en vales aún por reclamar, en %n canal</numerusform>
            <numerusform>reclamado en la cadena; %1 más en vales aún por reclamar, en %n canales</numerusform>
        </translation>
    </message>
    <message>
        <source>paid so far; %1 active · %2 collateral locked · %3 collateral lost</source>
        <translation>pagados hasta ahora; %1 activos · %2 de garantía bloqueados · %3 de garantía perdidos</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::DealEscrowBox</name>
    <message>
        <source>Direct deals escrow</source>
        <translation>Custodia de acuerdos directos</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>aún desconocido</translation>
    </message>
    <message>
        <source>The %1 of this wallet held free in the DirectDeals contract (%2): what direct deals paid and what the next deals&apos; collateral is taken from</source>
        <translation>Los %1 de esta cartera que están libres en el contrato DirectDeals (%2): lo que han pagado los acuerdos directos y de donde se toma la garantía de los próximos acuerdos</translation>
    </message>
    <message>
        <source>Free escrow:</source>
        <translation>Saldo libre en custodia:</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>Importe en %1</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Importe:</translation>
    </message>
    <message>
        <source>Withdraw to wallet</source>
        <translation>Retirar a la cartera</translation>
    </message>
    <message>
        <source>Send the amount from the free escrow to this wallet</source>
        <translation>Enviar el importe del saldo libre en custodia a esta cartera</translation>
    </message>
    <message>
        <source>Deposit from wallet</source>
        <translation>Depositar desde la cartera</translation>
    </message>
    <message>
        <source>Approve the amount for the DirectDeals contract, then deposit it into the escrow (two transactions)</source>
        <translation>Aprobar el importe para el contrato DirectDeals y después depositarlo en la custodia (dos transacciones)</translation>
    </message>
    <message>
        <source>The last read failed: %1</source>
        <translation>La última lectura falló: %1</translation>
    </message>
    <message>
        <source>The free escrow is not known yet: the node has not answered</source>
        <translation>El saldo libre en custodia aún no se conoce: el nodo no ha respondido</translation>
    </message>
    <message>
        <source>%1 is more than the free escrow: at most %2 can be withdrawn</source>
        <translation>%1 es más que el saldo libre en custodia: se puede retirar como máximo %2</translation>
    </message>
    <message>
        <source>The wallet&apos;s balance is not known yet: the node has not answered</source>
        <translation>El saldo de la cartera aún no se conoce: el nodo no ha respondido</translation>
    </message>
    <message>
        <source>%1 is more than you can deposit: at most %2 (the wallet&apos;s balance, %3, minus %4 of collateral the open sales still need)</source>
        <translation>%1 es más de lo que puede depositar: como máximo %2 (el saldo de la cartera, %3, menos %4 de garantía que las ventas abiertas aún necesitan)</translation>
    </message>
    <message>
        <source>Withdraw from the escrow</source>
        <translation>Retirar de la custodia</translation>
    </message>
    <message>
        <source>&lt;b&gt;Withdraw %1 from the direct deals escrow to this wallet?&lt;/b&gt;</source>
        <translation>&lt;b&gt;¿Retirar %1 de la custodia de acuerdos directos a esta cartera?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 %2 leave the free escrow in the DirectDeals contract for this wallet. The deals you take next need their collateral in the escrow. The transaction costs some ETH for gas.</source>
        <translation>%1 %2 salen del saldo libre en custodia del contrato DirectDeals hacia esta cartera. Los acuerdos que acepte a continuación necesitan su garantía en la custodia. La transacción cuesta algo de ETH en gas.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Deposit into the escrow</source>
        <translation>Depositar en la custodia</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deposit %1 from this wallet into the direct deals escrow?&lt;/b&gt;</source>
        <translation>&lt;b&gt;¿Depositar %1 de esta cartera en la custodia de acuerdos directos?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Two transactions: the token&apos;s approval of exactly %1 %2 for the DirectDeals contract (%3), then the deposit. The escrow holds the collateral of the deals you take; &quot;Withdraw to wallet&quot; takes back what is free. Each transaction costs some ETH for gas.</source>
        <translation>Dos transacciones: la aprobación en el token de exactamente %1 %2 para el contrato DirectDeals (%3) y después el depósito. La custodia guarda la garantía de los acuerdos que acepta; «Retirar a la cartera» recupera lo que está libre. Cada transacción cuesta algo de ETH en gas.</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Depositar</translation>
    </message>
    <message>
        <source>Withdrawing %1 to this wallet…</source>
        <translation>Retirando %1 a esta cartera…</translation>
    </message>
    <message>
        <source>Approving %1 for the DirectDeals contract (1 of 2)…</source>
        <translation>Aprobando %1 para el contrato DirectDeals (1 de 2)…</translation>
    </message>
    <message>
        <source>Depositing %1 into the escrow (2 of 2)…</source>
        <translation>Depositando %1 en la custodia (2 de 2)…</translation>
    </message>
    <message>
        <source>Withdrawn: mined in block %1.</source>
        <translation>Retirado: minado en el bloque %1.</translation>
    </message>
    <message>
        <source>Deposited: mined in block %1.</source>
        <translation>Depositado: minado en el bloque %1.</translation>
    </message>
    <message>
        <source>Not withdrawn: %1</source>
        <translation>No retirado: %1</translation>
    </message>
    <message>
        <source>Not deposited: the approval failed: %1</source>
        <translation>No depositado: la aprobación falló: %1</translation>
    </message>
    <message>
        <source>Not deposited: the approval went through, the deposit failed: %1</source>
        <translation>No depositado: la aprobación se realizó, el depósito falló: %1</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::DealSettingsBox</name>
    <message>
        <source>Direct deals</source>
        <translation>Acuerdos directos</translation>
    </message>
    <message>
        <source>Take direct deals</source>
        <translation>Aceptar acuerdos directos</translation>
    </message>
    <message>
        <source>Clients send this desk a signed proposal to store their data; the desk takes the data, publishes the deal on the chain, proves it every period and is paid as the term runs.</source>
        <translation>Los clientes envían a este desk una propuesta firmada para guardar sus datos; el desk recibe los datos, publica el acuerdo en la cadena, lo prueba en cada periodo y cobra a medida que transcurre el plazo.</translation>
    </message>
    <message>
        <source>Accept new deals</source>
        <translation>Aceptar nuevos acuerdos</translation>
    </message>
    <message>
        <source>Off: proposals are refused, while the deals already taken are still served, proven and paid.</source>
        <translation>Desactivado: las propuestas se rechazan, mientras que los acuerdos ya aceptados se siguen sirviendo, probando y cobrando.</translation>
    </message>
    <message>
        <source>127.0.0.1 serves this computer only; 0.0.0.0 serves every network interface.</source>
        <translation>127.0.0.1 solo sirve a este ordenador; 0.0.0.0 sirve a todas las interfaces de red.</translation>
    </message>
    <message>
        <source>The least a deal may pay for each byte and second, in the smallest unit of %1 (one %1 is 10^%2 of them).</source>
        <translation>Lo mínimo que debe pagar un acuerdo por byte y segundo, en la unidad más pequeña de %1 (un %1 son 10^%2 de ellas).</translation>
    </message>
    <message>
        <source>The desk locks at least this much of its own for each byte of a deal, and loses it when it misses too many proofs.</source>
        <translation>El desk bloquea al menos esta cantidad propia por cada byte de un acuerdo, y la pierde si omite demasiadas pruebas.</translation>
    </message>
    <message>
        <source>The most the desk locks for each byte of a deal.</source>
        <translation>Lo máximo que el desk bloquea por cada byte de un acuerdo.</translation>
    </message>
    <message>
        <source>The time the client has to push the data before the deal starts.</source>
        <translation>El tiempo que tiene el cliente para enviar los datos antes de que empiece el acuerdo.</translation>
    </message>
    <message>
        <source>Empty: every client that is not denied</source>
        <translation>Vacío: cualquier cliente que no esté rechazado</translation>
    </message>
    <message>
        <source>Client addresses (0x and 40 hex digits), separated by commas, spaces or new lines. Only they may propose deals.</source>
        <translation>Direcciones de clientes (0x y 40 dígitos hexadecimales), separadas por comas, espacios o saltos de línea. Solo ellos pueden proponer acuerdos.</translation>
    </message>
    <message>
        <source>Empty: no client is denied</source>
        <translation>Vacío: no se rechaza a ningún cliente</translation>
    </message>
    <message>
        <source>Client addresses (0x and 40 hex digits), separated by commas, spaces or new lines. Their proposals are refused.</source>
        <translation>Direcciones de clientes (0x y 40 dígitos hexadecimales), separadas por comas, espacios o saltos de línea. Sus propuestas se rechazan.</translation>
    </message>
    <message>
        <source>How many deals of one client may receive data at the same time.</source>
        <translation>Cuántos acuerdos de un mismo cliente pueden recibir datos a la vez.</translation>
    </message>
    <message>
        <source>smallest unit of %1</source>
        <translation>unidad más pequeña de %1</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Listen address:</source>
        <translation>Dirección de escucha:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Price per byte per second:</source>
        <translation>Precio por byte y segundo:</translation>
    </message>
    <message>
        <source>Least collateral per byte:</source>
        <translation>Garantía mínima por byte:</translation>
    </message>
    <message>
        <source>Largest collateral per byte:</source>
        <translation>Garantía máxima por byte:</translation>
    </message>
    <message>
        <source>Smallest deal:</source>
        <translation>Acuerdo más pequeño:</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>Largest deal:</source>
        <translation>Acuerdo más grande:</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Plazo:</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>Start from now:</source>
        <translation>Inicio desde ahora:</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>Allowed clients:</source>
        <translation>Clientes permitidos:</translation>
    </message>
    <message>
        <source>Denied clients:</source>
        <translation>Clientes rechazados:</translation>
    </message>
    <message>
        <source>Transfers per client:</source>
        <translation>Transferencias por cliente:</translation>
    </message>
    <message>
        <source>Changes take effect at the next start of Sales Desk; while direct deals run, the price, bounds and clients apply to new proposals at once. Direct deals run on a chain only (the local test chain or a network): the demo market has no deal contract. The Deals screen shows the deals taken and what they paid.</source>
        <translation>Los cambios se aplican en el próximo inicio de Sales Desk; mientras los acuerdos directos funcionan, el precio, los límites y los clientes se aplican enseguida a las nuevas propuestas. Los acuerdos directos solo funcionan en una cadena (la cadena de prueba local o una red): el mercado de demostración no tiene contrato de acuerdos. La pantalla «Acuerdos» muestra los acuerdos aceptados y lo que han pagado.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>%1 per byte per second, %2 per TiB per month</source>
        <translation>%1 por byte y segundo, %2 por TiB y mes</translation>
    </message>
    <message>
        <source>%1 per byte per second</source>
        <translation>%1 por byte y segundo</translation>
    </message>
    <message>
        <source>%1 per byte, %2 per TiB</source>
        <translation>%1 por byte, %2 por TiB</translation>
    </message>
    <message>
        <source>%1 per byte</source>
        <translation>%1 por byte</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked above.</source>
        <translation>No se guardó nada: corrija los campos marcados arriba.</translation>
    </message>
    <message>
        <source>Saved: direct deals are off from the next start of Sales Desk.</source>
        <translation>Guardado: los acuerdos directos quedan desactivados desde el próximo inicio de Sales Desk.</translation>
    </message>
    <message>
        <source>Saved: direct deals start with the next start of Sales Desk on a chain, accepting new deals.</source>
        <translation>Guardado: los acuerdos directos empiezan con el próximo inicio de Sales Desk en una cadena, aceptando nuevos acuerdos.</translation>
    </message>
    <message>
        <source>Saved: direct deals start with the next start of Sales Desk on a chain; they serve the deals taken but accept no new ones.</source>
        <translation>Guardado: los acuerdos directos empiezan con el próximo inicio de Sales Desk en una cadena; sirven los acuerdos aceptados pero no aceptan otros nuevos.</translation>
    </message>
    <message>
        <source>The price, bounds and clients apply to new proposals now; the listen address and port at the next start.</source>
        <translation>El precio, los límites y los clientes se aplican ya a las nuevas propuestas; la dirección de escucha y el puerto, en el próximo inicio.</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::DealsModel</name>
    <message>
        <source>awaiting data</source>
        <translation>esperando datos</translation>
    </message>
    <message>
        <source>receiving data</source>
        <translation>recibiendo datos</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>verificando</translation>
    </message>
    <message>
        <source>publishing</source>
        <translation>publicando</translation>
    </message>
    <message>
        <source>awaiting activation</source>
        <translation>esperando activación</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>vencido</translation>
    </message>
    <message>
        <source>slashed</source>
        <translation>penalizado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>never started</source>
        <translation>nunca empezó</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>terminado antes de tiempo</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>starts in %1</source>
        <translation>empieza en %1</translation>
    </message>
    <message>
        <source>ends in %1</source>
        <translation>termina en %1</translation>
    </message>
    <message>
        <source>Exact: %1</source>
        <translation>Exacto: %1</translation>
    </message>
    <message>
        <source>Accepted %1, last changed %2</source>
        <translation>Aceptado el %1, último cambio el %2</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todo</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 of %2 bytes received</source>
        <translation>%1 de %2 bytes recibidos</translation>
    </message>
    <message>
        <source>Exact: %1 per second</source>
        <translation>Exacto: %1 por segundo</translation>
    </message>
    <message>
        <source>The whole term pays %1</source>
        <translation>El plazo completo paga %1</translation>
    </message>
    <message>
        <source>From %1 to %2 (%3)</source>
        <translation>Del %1 al %2 (%3)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 proofs submitted, %2 missed</source>
        <translation>%1 pruebas enviadas, %2 omitidas</translation>
    </message>
    <message>
        <source>%1 locked when the deal was published</source>
        <translation>%1 bloqueados al publicar el acuerdo</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Price per second</source>
        <translation>Precio por segundo</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Proofs / missed</source>
        <translation>Pruebas / omitidas</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Collateral left</source>
        <translation>Garantía restante</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::DealsPage</name>
    <message>
        <source>Direct deals are not available on the demo market: it has no deal contract.

On a chain (Settings → Market: the local test chain or a network), clients can send this desk a signed proposal to store their data: the desk takes the data, publishes the deal on the chain, proves it every period and is paid as the term runs. Turn it on in Settings → Direct deals.</source>
        <translation>Los acuerdos directos no están disponibles en el mercado de demostración: no tiene contrato de acuerdos.

En una cadena (Configuración → Mercado: la cadena de prueba local o una red), los clientes pueden enviar a este desk una propuesta firmada para guardar sus datos: el desk recibe los datos, publica el acuerdo en la cadena, lo prueba en cada periodo y cobra a medida que transcurre el plazo. Actívelos en Configuración → Acuerdos directos.</translation>
    </message>
    <message>
        <source>Direct deals could not start: %1

Check Settings → Direct deals (listen address, port, price and bounds); changes take effect at the next start of Sales Desk.</source>
        <translation>Los acuerdos directos no pudieron iniciarse: %1

Revise Configuración → Acuerdos directos (dirección de escucha, puerto, precio y límites); los cambios se aplican en el próximo inicio de Sales Desk.</translation>
    </message>
    <message>
        <source>Direct deals start once the desk has recovered its sales…</source>
        <translation>Los acuerdos directos empiezan en cuanto el desk haya recuperado sus ventas…</translation>
    </message>
    <message>
        <source>Direct deals are off. Turn them on in Settings → Direct deals: clients then send this desk signed proposals to store their data, and the desk takes the data, publishes each deal on the chain, proves it every period and is paid as the term runs.</source>
        <translation>Los acuerdos directos están desactivados. Actívelos en Configuración → Acuerdos directos: los clientes envían entonces a este desk propuestas firmadas para guardar sus datos, y el desk recibe los datos, publica cada acuerdo en la cadena, lo prueba en cada periodo y cobra a medida que transcurre el plazo.</translation>
    </message>
    <message>
        <source>They are turned on in Settings and start at the next start of Sales Desk.</source>
        <translation>Están activados en la configuración y empiezan en el próximo inicio de Sales Desk.</translation>
    </message>
    <message>
        <source>Direct deals</source>
        <translation>Acuerdos directos</translation>
    </message>
    <message>
        <source>Clients ask this address for the desk&apos;s ask and send it their signed proposals and then their data over HTTP.</source>
        <translation>Los clientes piden a esta dirección las condiciones del desk y le envían por HTTP sus propuestas firmadas y después sus datos.</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Punto de acceso:</translation>
    </message>
    <message>
        <source>New deals:</source>
        <translation>Nuevos acuerdos:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Precio:</translation>
    </message>
    <message>
        <source>Deals:</source>
        <translation>Acuerdos:</translation>
    </message>
    <message>
        <source>Totals:</source>
        <translation>Totales:</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptados</translation>
    </message>
    <message>
        <source>Refused: the deals taken are still served, proven and paid (Settings → Direct deals)</source>
        <translation>Rechazados: los acuerdos aceptados se siguen sirviendo, probando y cobrando (Configuración → Acuerdos directos)</translation>
    </message>
    <message>
        <source>At least %1 per byte per second (%2 per TiB per month)</source>
        <translation>Al menos %1 por byte y segundo (%2 por TiB y mes)</translation>
    </message>
    <message>
        <source>At least %1 per byte per second</source>
        <translation>Al menos %1 por byte y segundo</translation>
    </message>
    <message>
        <source>%1 active · %2 awaiting data</source>
        <translation>%1 activos · %2 esperando datos</translation>
    </message>
    <message>
        <source>%1 paid so far · %2 collateral locked</source>
        <translation>%1 pagados hasta ahora · %2 de garantía bloqueados</translation>
    </message>
    <message>
        <source>Paid: what all deals paid this desk on chain, exactly %1; collateral locked: what the unfinished deals still hold of the desk&apos;s collateral, exactly %2</source>
        <translation>Pagado: lo que todos los acuerdos han pagado a este desk en la cadena, exactamente %1; garantía bloqueada: lo que los acuerdos en curso aún retienen de la garantía del desk, exactamente %2</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::DeskStatusBar</name>
    <message>
        <source>The slot queue</source>
        <translation>La cola de slots</translation>
    </message>
    <message>
        <source>Storage quota: stored and reserved bytes</source>
        <translation>Cuota de almacenamiento: bytes almacenados y reservados</translation>
    </message>
    <message>
        <source>Your balance on the marketplace</source>
        <translation>Su saldo en el mercado</translation>
    </message>
    <message>
        <source>Time on the simulated marketplace</source>
        <translation>Hora en el mercado simulado</translation>
    </message>
    <message>
        <source>Marketplace time</source>
        <translation>Hora del mercado</translation>
    </message>
    <message>
        <source>Balance unknown</source>
        <translation>Saldo desconocido</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en marcha</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>Queue: %1 waiting, %2</source>
        <translation>Cola: %1 en espera, %2</translation>
    </message>
    <message>
        <source>Quota: %1 stored, %2 reserved of %3</source>
        <translation>Cuota: %1 almacenados, %2 reservados de %3</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>Saldo %1</translation>
    </message>
    <message>
        <source>A local test chain with our contracts, started empty for this run; its tokens have no value</source>
        <translation>Una cadena de prueba local con nuestros contratos, iniciada vacía para esta ejecución; sus tokens no tienen valor</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>bloque %1</translation>
    </message>
    <message>
        <source>Market events read up to block %1</source>
        <translation>Eventos del mercado leídos hasta el bloque %1</translation>
    </message>
    <message>
        <source>Local chain</source>
        <translation>Cadena local</translation>
    </message>
    <message>
        <source>Chain %1</source>
        <translation>Cadena %1</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>nodo: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n behind</source>
        <translation>
            <numerusform>%n de retraso</numerusform>
            <numerusform>%n de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain %1, node at %2: %3</source>
        <translation>Cadena %1, nodo en %2: %3</translation>
    </message>
    <message>
        <source>Head block %1</source>
        <translation>Bloque más reciente %1</translation>
    </message>
    <message>
        <source>Blocks of the market&apos;s events not read yet: %1</source>
        <translation>Bloques de eventos del mercado aún no leídos: %1</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>aún desconocido</translation>
    </message>
    <message>
        <source>The wallet&apos;s transactions not mined yet: %1</source>
        <translation>Transacciones de la cartera aún no minadas: %1</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::EarningsChartView</name>
    <message>
        <source>Collateral returned</source>
        <translation>Garantía devuelta</translation>
    </message>
    <message>
        <source>Collateral lost</source>
        <translation>Garantía perdida</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Por hora</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Por semana</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Hasta la fecha</translation>
    </message>
    <message>
        <source>Slot sales</source>
        <translation>Ventas de slots</translation>
    </message>
    <message>
        <source>Direct deals</source>
        <translation>Acuerdos directos</translation>
    </message>
    <message>
        <source>Paid retrieval</source>
        <translation>Recuperación de pago</translation>
    </message>
    <message>
        <source>Net to date, all markets</source>
        <translation>Neto hasta hoy, todos los mercados</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::EarningsPage</name>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el período</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the entries shown as a CSV file (Ctrl+E)</source>
        <translation>Guardar las entradas mostradas como archivo CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Collateral returned</source>
        <translation>Garantía devuelta</translation>
    </message>
    <message>
        <source>Collateral deposited</source>
        <translation>Garantía depositada</translation>
    </message>
    <message>
        <source>Collateral lost</source>
        <translation>Garantía perdida</translation>
    </message>
    <message>
        <source>The ledger could not be read: %1</source>
        <translation>No se pudo leer el registro contable: %1</translation>
    </message>
    <message>
        <source>No money has moved yet.
Payouts, returned collateral and any collateral lost appear here as your sales are filled and finish.
Offer storage on the Availabilities screen to start selling.</source>
        <translation>Todavía no se ha movido dinero.
Los pagos, la garantía devuelta y la garantía perdida aparecen aquí a medida que sus ventas se llenan y terminan.
Ofrezca almacenamiento en la pantalla Ofertas para empezar a vender.</translation>
    </message>
    <message>
        <source>No ledger entries match the filter.
Choose another kind or a longer period.</source>
        <translation>Ninguna entrada coincide con el filtro.
Elija otro tipo o un período más largo.</translation>
    </message>
    <message>
        <source>earnings-%1.csv</source>
        <translation>ganancias-%1.csv</translation>
    </message>
    <message>
        <source>Export earnings</source>
        <translation>Exportar ganancias</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Exported 1 entry to %1</source>
        <translation>Se exportó 1 entrada a %1</translation>
    </message>
    <message>
        <source>Exported %1 entries to %2</source>
        <translation>Se exportaron %1 entradas a %2</translation>
    </message>
    <message>
        <source>Amounts rounded; hover over one for every digit, right-click to copy it.</source>
        <translation>Importes redondeados; pase el ratón por encima para ver todos los dígitos, clic derecho para copiarlo.</translation>
    </message>
    <message>
        <source>Exact: %1</source>
        <translation>Exacto: %1</translation>
    </message>
    <message>
        <source>Direct deals paid</source>
        <translation>Pagos de acuerdos directos</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>No está en marcha</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Slot sales paid</source>
        <translation>Pagado por ventas de slots</translation>
    </message>
    <message>
        <source>Paid retrieval claimed</source>
        <translation>Recuperación de pago cobrada</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>Todos los mercados</translation>
    </message>
    <message>
        <source>All time, whatever the kind chosen.</source>
        <translation>Desde el principio, sea cual sea el tipo elegido.</translation>
    </message>
    <message>
        <source>In the chosen period, whatever the kind chosen.</source>
        <translation>En el periodo elegido, sea cual sea el tipo elegido.</translation>
    </message>
    <message>
        <source>Direct deals count when the DirectDeals contract pays them (a settlement or the close), paid retrieval when a voucher is claimed on chain.</source>
        <translation>Los acuerdos directos cuentan cuando el contrato DirectDeals los paga (una liquidación o el cierre), la recuperación de pago cuando un vale se cobra en la cadena.</translation>
    </message>
    <message>
        <source>Vouchers accepted and not claimed yet: %1.</source>
        <translation>Vales aceptados y aún no cobrados: %1.</translation>
    </message>
    <message>
        <source>Slot sales net (payouts − lost)</source>
        <translation>Neto de ventas de slots (pagos − pérdidas)</translation>
    </message>
    <message>
        <source>Direct deals&apos; collateral lost: %1 (in the chart&apos;s collateral lost and its net line).</source>
        <translation>Garantía perdida en los acuerdos directos: %1 (en la garantía perdida del gráfico y su línea neta).</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::EngineEventCollector</name>
    <message>
        <source>Sale started in %1</source>
        <translation>Venta iniciada en %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Sale errored</source>
        <translation>Venta con error</translation>
    </message>
    <message>
        <source>Sale errored: %1</source>
        <translation>Venta con error: %1</translation>
    </message>
    <message>
        <source>A slot errored</source>
        <translation>Un slot dio error</translation>
    </message>
    <message>
        <source>Sale ended: %1</source>
        <translation>Venta finalizada: %1</translation>
    </message>
    <message>
        <source>Sale ended: %1 (%2)</source>
        <translation>Venta finalizada: %1 (%2)</translation>
    </message>
    <message>
        <source>Proof missed (%1 missed, %2 submitted for this slot); the validator slashes collateral for a missed proof</source>
        <translation>Prueba omitida (%1 omitidas, %2 enviadas para este slot); el validador penaliza la garantía por cada prueba omitida</translation>
    </message>
    <message>
        <source>A proof was missed</source>
        <translation>Se omitió una prueba</translation>
    </message>
    <message>
        <source>Collateral slashed</source>
        <translation>Garantía penalizada</translation>
    </message>
    <message>
        <source>Balance is low</source>
        <translation>Saldo bajo</translation>
    </message>
    <message>
        <source>Slot queue resumed</source>
        <translation>Cola de slots reanudada</translation>
    </message>
    <message>
        <source>Slot queue paused by you</source>
        <translation>Cola de slots pausada por usted</translation>
    </message>
    <message>
        <source>Slot queue paused itself: every queued slot was already checked against the availabilities; it resumes on a new slot or a wider availability</source>
        <translation>La cola de slots se pausó sola: todos los slots en cola ya se compararon con las ofertas; se reanuda con un nuevo slot o una oferta más amplia</translation>
    </message>
    <message>
        <source>Dropped from the full slot queue (lowest priority)</source>
        <translation>Descartado de la cola de slots llena (prioridad más baja)</translation>
    </message>
    <message>
        <source>Collateral lost: %1 were slashed or forfeited</source>
        <translation>Garantía perdida: %1 fueron penalizados o confiscados</translation>
    </message>
    <message>
        <source>Balance is low: %1 left, less than the %2 of collateral another fill needs</source>
        <translation>Saldo bajo: quedan %1, menos que los %2 de garantía que necesita otro llenado</translation>
    </message>
    <message>
        <source>Exact: %1 left, %2 needed</source>
        <translation>Exacto: quedan %1, se necesitan %2</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::EventsPage</name>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Alerts only</source>
        <translation>Solo alertas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Todas las gravedades</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Advertencias y errores</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Solo errores</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Filter by request id, slot or message</source>
        <translation>Filtrar por id. de solicitud, slot o mensaje</translation>
    </message>
    <message>
        <source>Find Event</source>
        <translation>Buscar evento</translation>
    </message>
    <message>
        <source>Dismiss Alerts</source>
        <translation>Descartar alertas</translation>
    </message>
    <message>
        <source>Clear Log</source>
        <translation>Borrar registro</translation>
    </message>
    <message>
        <source>Request %1: %2</source>
        <translation>Solicitud %1: %2</translation>
    </message>
    <message>
        <source>Slot %1 of request %2: %3</source>
        <translation>Slot %1 de la solicitud %2: %3</translation>
    </message>
    <message>
        <source>%1 alerts</source>
        <translation>%1 alertas</translation>
    </message>
    <message>
        <source>Latest: %1: %2</source>
        <translation>Última: %1: %2</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 evento</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 eventos</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>No events yet. Sale state changes, errors and alerts (errored slots, missed proofs, slashed collateral, a low balance) appear here as they happen.</source>
        <translation>Todavía no hay eventos. Los cambios de estado de las ventas, los errores y las alertas (slots con error, pruebas omitidas, garantía penalizada, saldo bajo) aparecen aquí a medida que ocurren.</translation>
    </message>
    <message>
        <source>No event matches the filters.</source>
        <translation>Ningún evento coincide con los filtros.</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::FinishedSalesModel</name>
    <message>
        <source>Collateral lost</source>
        <translation>Garantía perdida</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <source>Collateral returned</source>
        <translation>Garantía devuelta</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Ended before this session; the outcome is read from the ledger.</source>
        <translation>Finalizó antes de esta sesión; el resultado se lee del registro contable.</translation>
    </message>
    <message>
        <source>%1 / %2 missed</source>
        <translation>%1 / %2 omitidas</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Proofs</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::LedgerEntriesModel</name>
    <message>
        <source>Collateral deposited</source>
        <translation>Garantía depositada</translation>
    </message>
    <message>
        <source>Collateral returned</source>
        <translation>Garantía devuelta</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Collateral lost</source>
        <translation>Garantía perdida</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::MainWindow</name>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Availabilities</source>
        <translation>Ofertas</translation>
    </message>
    <message>
        <source>Slot queue</source>
        <translation>Cola de slots</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Ganancias</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Offer storage…</source>
        <translation>Ofrecer almacenamiento…</translation>
    </message>
    <message>
        <source>Show Sales Desk</source>
        <translation>Mostrar Sales Desk</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Welcome to Sales Desk</source>
        <translation>Bienvenido a Sales Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offer storage to start selling.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ofrezca almacenamiento para empezar a vender.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sales Desk sells the disk space you offer to clients of the storage marketplace. Say how much space, for how long and at what minimum price; matching requests are then reserved, stored, proven and paid for you.

The demo market is running: requests arrive every few minutes of simulated time.</source>
        <translation>Sales Desk vende el espacio en disco que usted ofrece a los clientes del mercado de almacenamiento. Indique cuánto espacio, durante cuánto tiempo y a qué precio mínimo; las solicitudes que encajen se reservan, almacenan, prueban y cobran por usted.

El mercado de demostración está en marcha: llegan solicitudes cada pocos minutos de tiempo simulado.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Do not ask again</source>
        <translation>No volver a preguntar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Stop selling and quit Sales Desk</source>
        <translation>Dejar de vender y salir de Sales Desk</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Sales Desk…</source>
        <translation>&amp;Acerca de Sales Desk…</translation>
    </message>
    <message>
        <source>Close Sales Desk</source>
        <translation>Cerrar Sales Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep selling in the system tray?&lt;/b&gt;</source>
        <translation>&lt;b&gt;¿Seguir vendiendo en la bandeja del sistema?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quit Sales Desk?&lt;/b&gt;</source>
        <translation>&lt;b&gt;¿Salir de Sales Desk?&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) running. While Sales Desk is not running, their proofs are missed, and missed proofs can cost collateral.</source>
        <translation>
            <numerusform>%n venta en curso. Mientras Sales Desk no se ejecuta, sus pruebas se pierden, y una prueba perdida puede costar garantía.</numerusform>
            <numerusform>%n ventas en curso. Mientras Sales Desk no se ejecuta, sus pruebas se pierden, y una prueba perdida puede costar garantía.</numerusform>
        </translation>
    </message>
    <message>
        <source>While Sales Desk is not running, it takes no new slots.</source>
        <translation>Mientras Sales Desk no se ejecuta, no toma slots nuevos.</translation>
    </message>
    <message>
        <source>In the tray Sales Desk goes on selling; quit it from the tray icon&apos;s menu or File → Quit.</source>
        <translation>En la bandeja, Sales Desk sigue vendiendo; salga desde el menú del icono o Archivo → Salir.</translation>
    </message>
    <message>
        <source>Keep selling in the tray</source>
        <translation>Seguir vendiendo en la bandeja</translation>
    </message>
    <message>
        <source>Sales Desk goes on selling here. Use the tray icon to open the window or to quit.</source>
        <translation>Sales Desk sigue vendiendo aquí. Use el icono para abrir la ventana o salir.</translation>
    </message>
    <message>
        <source>Sales Desk sells the disk space you offer to clients of the storage marketplace. Say how much space, for how long and at what minimum price; matching requests are then reserved, stored, proven and paid for you.

A local test chain is running: its demo clients post requests every few minutes of chain time, which runs at the speed shown in the toolbar.</source>
        <translation>Sales Desk vende el espacio en disco que usted ofrece a los clientes del mercado de almacenamiento. Indique cuánto espacio, durante cuánto tiempo y a qué precio mínimo; las solicitudes que encajen se reservan, almacenan, prueban y cobran por usted.

Una cadena de prueba local está en marcha: sus clientes de demostración publican solicitudes cada pocos minutos del tiempo de la cadena, que corre a la velocidad que muestra la barra de herramientas.</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>Retrievals</source>
        <translation>Recuperaciones</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Acuerdos</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::MarketSettingsBox</name>
    <message>
        <source>the local test chain</source>
        <translation>la cadena de prueba local</translation>
    </message>
    <message>
        <source>the network</source>
        <translation>la red</translation>
    </message>
    <message>
        <source>the demo market</source>
        <translation>el mercado de demostración</translation>
    </message>
    <message>
        <source>The node at %1 is not answering (%2).</source>
        <translation>El nodo en %1 no responde (%2).</translation>
    </message>
    <message>
        <source>The address %1 answers, but not as a chain node does: %2</source>
        <translation>La dirección %1 responde, pero no como un nodo de cadena: %2</translation>
    </message>
    <message>
        <source>The node at %1 serves chain %2, not chain %3: check the chain id and the RPC URL.</source>
        <translation>El nodo en %1 sirve la cadena %2, no la cadena %3: compruebe el id de cadena y la URL RPC.</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>Demo market (simulated, accelerated time)</source>
        <translation>Mercado de demostración (simulado, tiempo acelerado)</translation>
    </message>
    <message>
        <source>Network (a chain by RPC URL, with your wallet)</source>
        <translation>Red (una cadena por URL RPC, con su monedero)</translation>
    </message>
    <message>
        <source>Custom network</source>
        <translation>Red personalizada</translation>
    </message>
    <message>
        <source>The Codex testnet is listed, but cannot be chosen: it is offline.</source>
        <translation>La red de pruebas de Codex aparece en la lista, pero no se puede elegir: está sin conexión.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>RPC URL:</source>
        <translation>URL RPC:</translation>
    </message>
    <message>
        <source>Chain id:</source>
        <translation>Id de cadena:</translation>
    </message>
    <message>
        <source>Marketplace address:</source>
        <translation>Dirección del Marketplace:</translation>
    </message>
    <message>
        <source>Start block:</source>
        <translation>Bloque inicial:</translation>
    </message>
    <message>
        <source>Confirmations:</source>
        <translation>Confirmaciones:</translation>
    </message>
    <message>
        <source>Data source URL:</source>
        <translation>URL de la fuente de datos:</translation>
    </message>
    <message>
        <source>e.g. My test network</source>
        <translation>p. ej. Mi red de pruebas</translation>
    </message>
    <message>
        <source>optional: http://127.0.0.1:8080/api/codex/v1</source>
        <translation>opcional: http://127.0.0.1:8080/api/codex/v1</translation>
    </message>
    <message>
        <source>A name of your choice, shown while Sales Desk connects.</source>
        <translation>Un nombre a su elección, que se muestra mientras Sales Desk se conecta.</translation>
    </message>
    <message>
        <source>The JSON-RPC URL of a node of the chain (http:// or https://).</source>
        <translation>La URL JSON-RPC de un nodo de la cadena (http:// o https://).</translation>
    </message>
    <message>
        <source>The chain&apos;s id; it is checked against the node before anything is signed.</source>
        <translation>El id de la cadena; se comprueba con el nodo antes de firmar nada.</translation>
    </message>
    <message>
        <source>The address of the Codex Marketplace contract on that chain.</source>
        <translation>La dirección del contrato Codex Marketplace en esa cadena.</translation>
    </message>
    <message>
        <source>The block the Marketplace was deployed in; events before it are not read.</source>
        <translation>El bloque en que se desplegó el Marketplace; los eventos anteriores no se leen.</translation>
    </message>
    <message>
        <source>How many blocks to wait on top of a transaction&apos;s block before counting on it.</source>
        <translation>Cuántos bloques esperar tras el bloque de una transacción antes de contar con ella.</translation>
    </message>
    <message>
        <source>Where slot data is downloaded from: a Codex node&apos;s REST API or a client&apos;s HTTP server.</source>
        <translation>De dónde se descargan los datos de los slots: la API REST de un nodo Codex o el servidor HTTP de un cliente.</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Sales Desk signs with the wallet of the data directory: at the next start it asks for its passphrase, or offers to create or import one. Each network&apos;s books are kept in their own folder of the data directory.</source>
        <translation>Sales Desk firma con el monedero del directorio de datos: en el próximo inicio pide su frase de contraseña, u ofrece crear o importar uno. Los libros de cada red se guardan en su propia carpeta del directorio de datos.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Saved when you try again.</source>
        <translation>Se guarda cuando vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Sales Desk now sells on %1. A change takes effect the next time it starts.</source>
        <translation>Sales Desk vende ahora en %1. Un cambio surte efecto en el próximo inicio.</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>No guardado: corrija los campos marcados en rojo.</translation>
    </message>
    <message>
        <source>Saved. Sales Desk uses it the next time it starts.</source>
        <translation>Guardado. Sales Desk lo usará en el próximo inicio.</translation>
    </message>
    <message>
        <source>Saved. Sales Desk sells on %1 from the next start.</source>
        <translation>Guardado. Sales Desk venderá en %1 desde el próximo inicio.</translation>
    </message>
    <message>
        <source>Correct the RPC URL, chain id and Marketplace address first.</source>
        <translation>Corrija primero la URL RPC, el id de cadena y la dirección del Marketplace.</translation>
    </message>
    <message>
        <source>Asking the node at %1…</source>
        <translation>Consultando al nodo en %1…</translation>
    </message>
    <message>
        <source>Chain %1 answers, but there is no Codex Marketplace at %2: %3</source>
        <translation>La cadena %1 responde, pero no hay ningún Codex Marketplace en %2: %3</translation>
    </message>
    <message>
        <source>Connected: the node serves chain %1 and a Codex Marketplace is at %2 (its token at %3).</source>
        <translation>Conectado: el nodo sirve la cadena %1 y hay un Codex Marketplace en %2 (su token en %3).</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::MatchingPage</name>
    <message>
        <source>Storage requests seen on the market, and whether your availabilities would take them — and if not, why.</source>
        <translation>Solicitudes de almacenamiento vistas en el mercado y si sus ofertas las aceptarían y, si no, por qué.</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Todas las solicitudes</translation>
    </message>
    <message>
        <source>Requests we would take</source>
        <translation>Solicitudes que aceptaríamos</translation>
    </message>
    <message>
        <source>Requests we would not take</source>
        <translation>Solicitudes que no aceptaríamos</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>No storage requests seen yet.
Requests posted on the market appear here as they arrive, each with the reason your availabilities would or would not take it.</source>
        <translation>Todavía no se han visto solicitudes de almacenamiento.
Las solicitudes publicadas en el mercado aparecen aquí a medida que llegan, cada una con el motivo por el que sus ofertas la aceptarían o no.</translation>
    </message>
    <message>
        <source>Select a request to see, for each availability, whether it would take the request&apos;s slots and exactly why not.</source>
        <translation>Seleccione una solicitud para ver, para cada oferta, si aceptaría los slots de la solicitud y, si no, exactamente por qué.</translation>
    </message>
    <message>
        <source>1 slot</source>
        <translation>1 slot</translation>
    </message>
    <message>
        <source>%1 slots</source>
        <translation>%1 slots</translation>
    </message>
    <message>
        <source>You offer no storage yet: add an availability on the Availabilities screen.</source>
        <translation>Todavía no ofrece almacenamiento: añada una oferta en la pantalla Ofertas.</translation>
    </message>
    <message>
        <source>%1 seen, %2 we would take</source>
        <translation>%1 vistas, %2 que aceptaríamos</translation>
    </message>
    <message>
        <source>Request %1: %2 of %3 for %4 at %5, collateral %6; it would end on %7.</source>
        <translation>Solicitud %1: %2 de %3 durante %4 a %5, garantía %6; terminaría el %7.</translation>
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
        <translation>Vista</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Slots</source>
        <translation>Slots</translation>
    </message>
    <message>
        <source>Slot size</source>
        <translation>Tamaño del slot</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Would we take it?</source>
        <translation>¿La aceptaríamos?</translation>
    </message>
    <message>
        <source>Our engine</source>
        <translation>Nuestro motor</translation>
    </message>
    <message>
        <source>Exact: %1 per byte</source>
        <translation>Exacto: %1 por byte</translation>
    </message>
    <message>
        <source>%1 for a whole slot</source>
        <translation>%1 por un slot completo</translation>
    </message>
    <message>
        <source>Price offered to each host per TiB per month (a month is 30 days)</source>
        <translation>Precio ofrecido a cada host por TiB y mes (un mes son 30 días)</translation>
    </message>
    <message>
        <source>Collateral a host deposits per TiB of a slot it fills</source>
        <translation>Garantía que un host deposita por TiB de un slot que llena</translation>
    </message>
    <message>
        <source>Price / TiB·month</source>
        <translation>Precio / TiB·mes</translation>
    </message>
    <message>
        <source>Collateral / TiB</source>
        <translation>Garantía / TiB</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::NextPayoutsModel</name>
    <message>
        <source>due</source>
        <translation>vencido</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>%1 slot %2</source>
        <translation>%1 slot %2</translation>
    </message>
    <message>
        <source>Request %1, slot %2</source>
        <translation>Solicitud %1, slot %2</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Pagado el</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Pago</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::ReservationTableModel</name>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Slot size</source>
        <translation>Tamaño del slot</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Almacenado</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Garantía</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::RetrievalSettingsBox</name>
    <message>
        <source>Paid retrieval</source>
        <translation>Recuperación de pago</translation>
    </message>
    <message>
        <source>Serve paid retrievals</source>
        <translation>Servir recuperaciones de pago</translation>
    </message>
    <message>
        <source>Clients download the slot data this desk holds, paying for it chunk by chunk with vouchers of a payment channel.</source>
        <translation>Los clientes descargan los datos de slot que guarda este desk y los pagan fragmento a fragmento con vales de un canal de pago.</translation>
    </message>
    <message>
        <source>127.0.0.1 serves this computer only; 0.0.0.0 serves every network interface.</source>
        <translation>127.0.0.1 sirve solo a este equipo; 0.0.0.0 sirve en todas las interfaces de red.</translation>
    </message>
    <message>
        <source>What each byte costs, in the smallest unit of %1 (one %1 is 10^%2 of them).</source>
        <translation>Lo que cuesta cada byte, en la unidad más pequeña de %1 (un %1 son 10^%2 de ellas).</translation>
    </message>
    <message>
        <source>The first chunk goes out before anything is paid: the most a client who never pays can take.</source>
        <translation>El primer fragmento sale antes de pagar nada: lo máximo que puede llevarse un cliente que nunca paga.</translation>
    </message>
    <message>
        <source>Each next chunk is this much larger than the one before it; each is paid for before the next goes out.</source>
        <translation>Cada fragmento siguiente es así de mayor que el anterior; cada uno se paga antes de que salga el siguiente.</translation>
    </message>
    <message>
        <source>smallest unit of %1</source>
        <translation>unidad más pequeña de %1</translation>
    </message>
    <message>
        <source>Listen address:</source>
        <translation>Dirección de escucha:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Price per byte:</source>
        <translation>Precio por byte:</translation>
    </message>
    <message>
        <source>First chunk:</source>
        <translation>Primer fragmento:</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>Chunk growth:</source>
        <translation>Crecimiento por fragmento:</translation>
    </message>
    <message>
        <source>Claim threshold:</source>
        <translation>Umbral de reclamación:</translation>
    </message>
    <message>
        <source>Changes take effect at the next start of Sales Desk. Paid retrieval runs on a chain only (the local test chain or a network): the demo market has no payment channels. The Retrievals screen shows what is served and paid.</source>
        <translation>Los cambios se aplican en el próximo inicio de Sales Desk. La recuperación de pago solo funciona en una cadena (la cadena de prueba local o una red): el mercado de demostración no tiene canales de pago. La pantalla «Recuperaciones» muestra lo servido y lo pagado.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>%1 per byte, %2 per GiB</source>
        <translation>%1 por byte, %2 por GiB</translation>
    </message>
    <message>
        <source>%1 per byte</source>
        <translation>%1 por byte</translation>
    </message>
    <message>
        <source>0: a channel is claimed only when its client asks to close it.</source>
        <translation>0: un canal solo se reclama cuando su cliente pide cerrarlo.</translation>
    </message>
    <message>
        <source>A channel is claimed once %1 of its vouchers are unclaimed, and when its client asks to close it.</source>
        <translation>Un canal se reclama en cuanto %1 de sus vales están sin reclamar, y cuando su cliente pide cerrarlo.</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked above.</source>
        <translation>No se guardó nada: corrija los campos señalados arriba.</translation>
    </message>
    <message>
        <source>Saved: paid retrieval starts with the next start of Sales Desk on a chain.</source>
        <translation>Guardado: la recuperación de pago empieza con el próximo inicio de Sales Desk en una cadena.</translation>
    </message>
    <message>
        <source>Saved: paid retrieval is off from the next start of Sales Desk.</source>
        <translation>Guardado: la recuperación de pago queda desactivada desde el próximo inicio de Sales Desk.</translation>
    </message>
    <message>
        <source>How many retrievals one client may have under way at the same time, over all its payment channels.</source>
        <translation>Cuántas recuperaciones puede tener en curso un cliente a la vez, en todos sus canales de pago.</translation>
    </message>
    <message>
        <source>Retrievals per client:</source>
        <translation>Recuperaciones por cliente:</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::RetrievalsModel</name>
    <message>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>waiting for payment</source>
        <translation>esperando el pago</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>Exact: %1</source>
        <translation>Exacto: %1</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 de %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1 of %2 bytes handed out</source>
        <translation>%1 de %2 bytes entregados</translation>
    </message>
    <message>
        <source>The whole retrieval costs %1</source>
        <translation>La recuperación completa cuesta %1</translation>
    </message>
    <message>
        <source>Started %1, last changed %2</source>
        <translation>Iniciada el %1, último cambio el %2</translation>
    </message>
    <message>
        <source>Retrieval</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Adeudado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::RetrievalsPage</name>
    <message>
        <source>Paid retrieval is not available on the demo market: it has no payment channels.

On a chain (Settings → Market: the local test chain or a network), clients can pay this desk to download the slot data it holds, chunk by chunk, with vouchers of a payment channel. Turn it on in Settings → Paid retrieval.</source>
        <translation>La recuperación de pago no está disponible en el mercado de demostración: no tiene canales de pago.

En una cadena (Configuración → Mercado: la cadena de prueba local o una red), los clientes pueden pagar a este desk para descargar los datos de slot que guarda, fragmento a fragmento, con vales de un canal de pago. Actívela en Configuración → Recuperación de pago.</translation>
    </message>
    <message>
        <source>Paid retrieval could not start: %1

Check Settings → Paid retrieval (listen address, port, price and chunks); changes take effect at the next start of Sales Desk.</source>
        <translation>La recuperación de pago no pudo iniciarse: %1

Revise Configuración → Recuperación de pago (dirección de escucha, puerto, precio y fragmentos); los cambios se aplican en el próximo inicio de Sales Desk.</translation>
    </message>
    <message>
        <source>Paid retrieval starts once the desk has recovered its sales…</source>
        <translation>La recuperación de pago empieza en cuanto el desk haya recuperado sus ventas…</translation>
    </message>
    <message>
        <source>Paid retrieval is off. Turn it on in Settings → Paid retrieval: clients then pay this desk to download the slot data it holds, chunk by chunk, with vouchers of a payment channel, and the desk claims what they paid on the chain.</source>
        <translation>La recuperación de pago está desactivada. Actívela en Configuración → Recuperación de pago: los clientes pagan entonces a este desk para descargar los datos de slot que guarda, fragmento a fragmento, con vales de un canal de pago, y el desk reclama en la cadena lo que pagaron.</translation>
    </message>
    <message>
        <source>It is turned on in Settings and starts at the next start of Sales Desk.</source>
        <translation>Está activada en la configuración y empieza en el próximo inicio de Sales Desk.</translation>
    </message>
    <message>
        <source>Paid retrieval</source>
        <translation>Recuperación de pago</translation>
    </message>
    <message>
        <source>Clients ask this address for the terms and download slot data from it over HTTP, paying with vouchers as they go.</source>
        <translation>Los clientes piden las condiciones a esta dirección y descargan de ella datos de slot por HTTP, pagando con vales sobre la marcha.</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Punto de acceso:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Precio:</translation>
    </message>
    <message>
        <source>Chunks:</source>
        <translation>Fragmentos:</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Reclamaciones:</translation>
    </message>
    <message>
        <source>Totals:</source>
        <translation>Totales:</translation>
    </message>
    <message>
        <source>%1 per byte (%2 per GiB)</source>
        <translation>%1 por byte (%2 por GiB)</translation>
    </message>
    <message>
        <source>%1 per byte</source>
        <translation>%1 por byte</translation>
    </message>
    <message>
        <source>The first %1, each next one %2 larger; each is paid for before the next goes out</source>
        <translation>El primero de %1, cada siguiente %2 mayor; cada uno se paga antes de que salga el siguiente</translation>
    </message>
    <message>
        <source>When a client asks to close its channel</source>
        <translation>Cuando un cliente pide cerrar su canal</translation>
    </message>
    <message>
        <source>Once a channel holds %1 unclaimed, and when its client asks to close it</source>
        <translation>En cuanto un canal acumula %1 sin reclamar, y cuando su cliente pide cerrarlo</translation>
    </message>
    <message>
        <source>Retrievals</source>
        <translation>Recuperaciones</translation>
    </message>
    <message>
        <source>Payment channels</source>
        <translation>Canales de pago</translation>
    </message>
    <message>
        <source>%1 served since the start · %2 paid · %3 unclaimed</source>
        <translation>%1 servidos desde el inicio · %2 pagados · %3 sin reclamar</translation>
    </message>
    <message>
        <source>Paid: the best vouchers accepted on all channels (or the amounts claimed, where more), exactly %1; unclaimed: what they promise above the amounts claimed on chain, exactly %2</source>
        <translation>Pagado: los mejores vales aceptados en todos los canales (o los importes reclamados, donde sean mayores), exactamente %1; sin reclamar: lo que prometen por encima de los importes reclamados en la cadena, exactamente %2</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::RunningSalesModel</name>
    <message>
        <source>%1 submitted, %2 missed</source>
        <translation>%1 enviadas, %2 omitidas</translation>
    </message>
    <message>
        <source>%1 / %2 missed</source>
        <translation>%1 / %2 omitidas</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Garantía</translation>
    </message>
    <message>
        <source>Expected payout</source>
        <translation>Pago previsto</translation>
    </message>
    <message>
        <source>Proofs</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>In state since</source>
        <translation>En este estado desde</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::SaleDetailsPane</name>
    <message>
        <source>Select a sale to see its ids, money and state history.</source>
        <translation>Seleccione una venta para ver sus identificadores, importes e historial de estados.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Slot index</source>
        <translation>Índice del slot</translation>
    </message>
    <message>
        <source>Slot id</source>
        <translation>Id. del slot</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Bytes stored</source>
        <translation>Bytes almacenados</translation>
    </message>
    <message>
        <source>Proofs</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Garantía</translation>
    </message>
    <message>
        <source>Expected payout</source>
        <translation>Pago previsto</translation>
    </message>
    <message>
        <source>State history</source>
        <translation>Historial de estados</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Lasted</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>This sale has ended; it is listed under History.</source>
        <translation>Esta venta ha finalizado; aparece en el Historial.</translation>
    </message>
    <message>
        <source>Slot %1 of request %2</source>
        <translation>Slot %1 de la solicitud %2</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Finalizada: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 submitted, %2 missed</source>
        <translation>%1 enviadas, %2 omitidas</translation>
    </message>
    <message>
        <source>%1 deposited</source>
        <translation>%1 depositados</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>aún no se conoce</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 durante %2</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 hasta ahora</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>%1 deposited (%2)</source>
        <translation>%1 depositados (%2)</translation>
    </message>
    <message>
        <source>%1 required to fill (%2)</source>
        <translation>%1 necesarios para llenar (%2)</translation>
    </message>
    <message>
        <source>%1 per second for the whole slot</source>
        <translation>%1 por segundo para el slot completo</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::SaleStatesModel</name>
    <message>
        <source>All running sales</source>
        <translation>Todas las ventas en curso</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Finalizando</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::SalesPage</name>
    <message>
        <source>Find Sale</source>
        <translation>Buscar venta</translation>
    </message>
    <message>
        <source>Copy Sale Ids</source>
        <translation>Copiar ids. de la venta</translation>
    </message>
    <message>
        <source>Running Sales</source>
        <translation>Ventas en curso</translation>
    </message>
    <message>
        <source>Sales History</source>
        <translation>Historial de ventas</translation>
    </message>
    <message>
        <source>Filter by request id, slot or state</source>
        <translation>Filtrar por id. de solicitud, slot o estado</translation>
    </message>
    <message>
        <source>Filter by request id, slot, outcome or note</source>
        <translation>Filtrar por id. de solicitud, slot, resultado o nota</translation>
    </message>
    <message>
        <source>No sale has ended yet. Sales that end (paid, cancelled, failed or errored) are kept here with what they paid.</source>
        <translation>Todavía no ha finalizado ninguna venta. Las ventas que finalizan (pagadas, canceladas, fallidas o con error) se conservan aquí con lo que pagaron.</translation>
    </message>
    <message>
        <source>Running (%1)</source>
        <translation>En curso (%1)</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Historial (%1)</translation>
    </message>
    <message>
        <source>No sale is running. A sale starts when a storage request on the market fits one of your availabilities: offer storage on the Availabilities screen.</source>
        <translation>No hay ninguna venta en curso. Una venta empieza cuando una solicitud de almacenamiento del mercado encaja con una de sus ofertas: ofrezca almacenamiento en la pantalla Ofertas.</translation>
    </message>
    <message>
        <source>No sale is in this state now.</source>
        <translation>Ahora no hay ninguna venta en este estado.</translation>
    </message>
    <message>
        <source>No running sale matches the filter.</source>
        <translation>Ninguna venta en curso coincide con el filtro.</translation>
    </message>
    <message>
        <source>request %1 slot %2 slotId %3</source>
        <translation>solicitud %1 slot %2 slotId %3</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::SellingToolBar</name>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Offer storage…</source>
        <translation>Ofrecer almacenamiento…</translation>
    </message>
    <message>
        <source>Offer disk space for sale (Ctrl+N)</source>
        <translation>Ofrecer espacio en disco a la venta (Ctrl+N)</translation>
    </message>
    <message>
        <source>Demo speed:</source>
        <translation>Velocidad de la demo:</translation>
    </message>
    <message>
        <source>How much faster than real time the demo market runs</source>
        <translation>Cuántas veces más rápido que el tiempo real funciona el mercado de demostración</translation>
    </message>
    <message>
        <source>Resume selling</source>
        <translation>Reanudar la venta</translation>
    </message>
    <message>
        <source>Pause selling</source>
        <translation>Pausar la venta</translation>
    </message>
    <message>
        <source>Take slots from the queue again (Ctrl+P)</source>
        <translation>Volver a tomar slots de la cola (Ctrl+P)</translation>
    </message>
    <message>
        <source>Stop taking new slots from the queue; running sales go on (Ctrl+P)</source>
        <translation>Dejar de tomar nuevos slots de la cola; las ventas en curso continúan (Ctrl+P)</translation>
    </message>
    <message>
        <source>Every queued slot was already checked against your availabilities; the queue waits for a new request or a change to an availability.</source>
        <translation>Todos los slots en cola ya se compararon con sus ofertas; la cola espera una nueva solicitud o un cambio en una oferta.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Waiting for a matching slot</source>
        <translation>Esperando un slot que encaje</translation>
    </message>
    <message>
        <source>Selling (%1 active)</source>
        <translation>Vendiendo (%1 activas)</translation>
    </message>
    <message>
        <source>The demo&apos;s time waits for work that is due (proofs, fills, the hashing of downloaded slots) so that none of it is late: this machine kept up with about %1 over the last seconds.</source>
        <translation>El tiempo de la demo espera al trabajo pendiente (pruebas, ocupaciones, el hash de los slots descargados) para que nada llegue tarde: esta máquina ha seguido unos %1 en los últimos segundos.</translation>
    </message>
    <message>
        <source>held to %1 by proofs</source>
        <translation>frenado a %1 por las pruebas</translation>
    </message>
    <message>
        <source>held to %1 by fills</source>
        <translation>frenado a %1 por las ocupaciones</translation>
    </message>
    <message>
        <source>held to %1 by slot hashing</source>
        <translation>frenado a %1 por el hash de slots</translation>
    </message>
    <message>
        <source>held to %1 while sales are recovered</source>
        <translation>frenado a %1 mientras se recuperan las ventas</translation>
    </message>
    <message>
        <source>held to %1: the engine is busy</source>
        <translation>frenado a %1: el motor está ocupado</translation>
    </message>
    <message>
        <source>Chain speed:</source>
        <translation>Velocidad de la cadena:</translation>
    </message>
    <message>
        <source>held to %1 by the local chain</source>
        <translation>frenado a %1 por la cadena local</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::SettingsPage</name>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>Selling</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>How many slots are downloaded and proven at the same time.</source>
        <translation>Cuántos slots se descargan y prueban a la vez.</translation>
    </message>
    <message>
        <source>The most slots waiting in the queue; beyond it the least profitable are dropped.</source>
        <translation>El máximo de slots en espera en la cola; por encima, se descartan los menos rentables.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Storage quota:</source>
        <translation>Cuota de almacenamiento:</translation>
    </message>
    <message>
        <source>Parallel sales (workers):</source>
        <translation>Ventas en paralelo (workers):</translation>
    </message>
    <message>
        <source>Slot queue size:</source>
        <translation>Tamaño de la cola de slots:</translation>
    </message>
    <message>
        <source>Demo market</source>
        <translation>Mercado de demostración</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Velocidad:</translation>
    </message>
    <message>
        <source>Simulated time runs this many times faster than real time. Time never goes back, also after a restart.</source>
        <translation>El tiempo simulado avanza tantas veces más rápido que el tiempo real. El tiempo nunca retrocede, tampoco después de reiniciar.</translation>
    </message>
    <message>
        <source>This desk runs on a scripted clock; its speed cannot be changed.</source>
        <translation>Esta sesión usa un reloj programado; su velocidad no se puede cambiar.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Takes effect the next time Sales Desk starts.</source>
        <translation>Se aplicará la próxima vez que se inicie Sales Desk.</translation>
    </message>
    <message>
        <source>About Sales Desk…</source>
        <translation>Acerca de Sales Desk…</translation>
    </message>
    <message>
        <source>%1 used by slot data, %2 reserved; the quota cannot be lower.</source>
        <translation>%1 en uso por datos de slots, %2 reservados; la cuota no puede ser menor.</translation>
    </message>
    <message>
        <source>From the next start: %1</source>
        <translation>A partir del próximo inicio: %1</translation>
    </message>
    <message>
        <source>The database and the slot data live here. A change takes effect on restart.</source>
        <translation>Aquí se guardan la base de datos y los datos de los slots. Un cambio se aplica al reiniciar.</translation>
    </message>
    <message>
        <source>Parallel sales (%1) cannot exceed the slot queue size (%2).</source>
        <translation>Las ventas en paralelo (%1) no pueden superar el tamaño de la cola de slots (%2).</translation>
    </message>
    <message>
        <source>Applied: quota %1, parallel sales %2, slot queue size %3.</source>
        <translation>Aplicado: cuota %1, ventas en paralelo %2, tamaño de la cola de slots %3.</translation>
    </message>
    <message>
        <source>Choose the data directory</source>
        <translation>Elija la carpeta de datos</translation>
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
        <translation>No se pudo leer el espacio libre del disco (%1): asegúrese de que la cuota cabe.</translation>
    </message>
    <message>
        <source>A storage quota of %1 does not fit on the disk of the data directory: filling it would write %2 more and only %3 is free. The largest quota that leaves %4 free is %5.</source>
        <translation>Una cuota de almacenamiento de %1 no cabe en el disco del directorio de datos: llenarla escribiría %2 más y solo hay %3 libres. La mayor cuota que deja %4 libres es %5.</translation>
    </message>
    <message>
        <source>Warning: once the quota is filled, only %1 will be left free on the disk.</source>
        <translation>Aviso: una vez llena la cuota, solo quedarán %1 libres en el disco.</translation>
    </message>
    <message>
        <source>The free space of the data directory&apos;s disk is unknown.</source>
        <translation>Se desconoce el espacio libre del disco del directorio de datos.</translation>
    </message>
    <message>
        <source>%1 free on the data directory&apos;s disk.</source>
        <translation>%1 libres en el disco del directorio de datos.</translation>
    </message>
    <message>
        <source>This quota does not fit: filling it would fill the disk. At most %1 fits.</source>
        <translation>Esta cuota no cabe: llenarla llenaría el disco. Caben como máximo %1.</translation>
    </message>
    <message>
        <source>Filling this quota leaves only %1 free on the disk.</source>
        <translation>Llenar esta cuota deja solo %1 libres en el disco.</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Advertencias y errores</translation>
    </message>
    <message>
        <source>Information (default)</source>
        <translation>Información (predeterminado)</translation>
    </message>
    <message>
        <source>Everything, for debugging</source>
        <translation>Todo, para depuración</translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation>Detalle:</translation>
    </message>
    <message>
        <source>Written to %1, which is renamed and a new one begun at %2; the %3 latest renamed files are kept. Takes effect at once; QT_LOGGING_RULES in the environment overrides it.</source>
        <translation>Se escribe en %1, que se renombra y se empieza uno nuevo al llegar a %2; se conservan los %3 últimos archivos renombrados. Surte efecto de inmediato; QT_LOGGING_RULES en el entorno tiene prioridad.</translation>
    </message>
    <message>
        <source>Local test chain</source>
        <translation>Cadena de prueba local</translation>
    </message>
    <message>
        <source>The local chain&apos;s time runs this many times faster than real time (a proof period is a minute: one second at 60×); the chain starts anew at every start. The demo market uses the same speed.</source>
        <translation>El tiempo de la cadena local corre tantas veces más rápido que el tiempo real (un periodo de prueba dura un minuto: un segundo a 60×); la cadena empieza de cero en cada inicio. El mercado de demostración usa la misma velocidad.</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::SlotQueueModel</name>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>No match yet</source>
        <translation>Sin coincidencia todavía</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>What hosting the slot pays: duration × price × size</source>
        <translation>Lo que paga alojar el slot: duración × precio × tamaño</translation>
    </message>
    <message>
        <source>Already checked against the availabilities without a match; checked again when an availability changes</source>
        <translation>Ya se comparó con las ofertas sin coincidencia; se vuelve a comparar cuando cambia una oferta</translation>
    </message>
    <message>
        <source>Not checked against the availabilities yet</source>
        <translation>Todavía no se ha comparado con las ofertas</translation>
    </message>
    <message>
        <source>Place in the queue: 1 is taken first</source>
        <translation>Posición en la cola: el 1 se toma primero</translation>
    </message>
    <message>
        <source>The slot can no longer be filled after this time</source>
        <translation>El slot ya no se puede llenar después de este momento</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Profitability</source>
        <translation>Rentabilidad</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Garantía</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Comprobado</translation>
    </message>
    <message>
        <source>%1 per TiB of the slot</source>
        <translation>%1 por TiB del slot</translation>
    </message>
    <message>
        <source>Price per TiB per month (a month is 30 days)</source>
        <translation>Precio por TiB y mes (un mes son 30 días)</translation>
    </message>
    <message>
        <source>Collateral filling the slot costs</source>
        <translation>Garantía que cuesta llenar el slot</translation>
    </message>
    <message>
        <source>Price / TiB·month</source>
        <translation>Precio / TiB·mes</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::SlotQueuePage</name>
    <message>
        <source>&amp;Pause queue</source>
        <translation>&amp;Pausar cola</translation>
    </message>
    <message>
        <source>&amp;Filter by request</source>
        <translation>&amp;Filtrar por solicitud</translation>
    </message>
    <message>
        <source>Filter by request id (%1)</source>
        <translation>Filtrar por id. de solicitud (%1)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No slot is waiting.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Slots of new storage requests on the market wait here, the most profitable first, until a sale takes them. Offer storage on the Availabilities screen so that slots can match.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No hay ningún slot en espera.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Los slots de las nuevas solicitudes de almacenamiento del mercado esperan aquí, los más rentables primero, hasta que una venta los toma. Ofrezca almacenamiento en la pantalla Ofertas para que los slots puedan encajar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Resume &amp;queue</source>
        <translation>&amp;Reanudar cola</translation>
    </message>
    <message>
        <source>Stopped: the sales engine is not running.</source>
        <translation>Detenida: el motor de ventas no está en marcha.</translation>
    </message>
    <message>
        <source>Paused by you: no new slot is taken until you resume. Running sales go on.</source>
        <translation>Pausada por usted: no se toma ningún slot nuevo hasta que la reanude. Las ventas en curso continúan.</translation>
    </message>
    <message>
        <source>Waiting: every queued slot was checked and none fits an availability. The queue resumes by itself when a new slot arrives or an availability changes.</source>
        <translation>En espera: se comprobaron todos los slots en cola y ninguno encaja con una oferta. La cola se reanuda sola cuando llega un nuevo slot o cambia una oferta.</translation>
    </message>
    <message>
        <source>Running: taking the queued slots in this order.</source>
        <translation>En marcha: se toman los slots en cola en este orden.</translation>
    </message>
    <message>
        <source>Workers: %1 busy of %2</source>
        <translation>Workers: %1 ocupados de %2</translation>
    </message>
    <message>
        <source>Queued slots: %1</source>
        <translation>Slots en cola: %1</translation>
    </message>
    <message>
        <source>Shown: %1 of %2 queued slots</source>
        <translation>Mostrados: %1 de %2 slots en cola</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::StartFailureDialog</name>
    <message>
        <source>Sales Desk cannot start</source>
        <translation>Sales Desk no puede iniciarse</translation>
    </message>
    <message>
        <source>Market settings…</source>
        <translation>Ajustes del mercado…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::StartProgressDialog</name>
    <message>
        <source>Starting Sales Desk</source>
        <translation>Iniciando Sales Desk</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::UnlockWalletDialog</name>
    <message>
        <source>Unlock the wallet</source>
        <translation>Desbloquear el monedero</translation>
    </message>
    <message>
        <source>Sales Desk signs its transactions on the network with the wallet of its data directory. Enter its passphrase to unlock it.</source>
        <translation>Sales Desk firma sus transacciones en la red con el monedero de su directorio de datos. Introduzca su frase de contraseña para desbloquearlo.</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>desconocida (%1)</translation>
    </message>
    <message>
        <source>Remember the passphrase in the desktop keyring</source>
        <translation>Recordar la frase de contraseña en el llavero del escritorio</translation>
    </message>
    <message>
        <source>Then Sales Desk unlocks the wallet at start without asking. The passphrase is kept by the desktop&apos;s keyring, never in a file.</source>
        <translation>Así Sales Desk desbloquea el monedero al iniciarse sin preguntar. La frase de contraseña la guarda el llavero del escritorio, nunca un archivo.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Enter the wallet&apos;s passphrase.</source>
        <translation>Introduzca la frase de contraseña del monedero.</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>Keystore:</source>
        <translation>Keystore:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>Looking for the passphrase in the keyring…</source>
        <translation>Buscando la frase de contraseña en el llavero…</translation>
    </message>
    <message>
        <source>No desktop keyring answers: the passphrase cannot be remembered.</source>
        <translation>Ningún llavero del escritorio responde: la frase de contraseña no se puede recordar.</translation>
    </message>
    <message>
        <source>Unlocking with the passphrase kept in the keyring…</source>
        <translation>Desbloqueando con la frase de contraseña del llavero…</translation>
    </message>
    <message>
        <source>Unlocking… (this takes a second or two)</source>
        <translation>Desbloqueando… (tarda un segundo o dos)</translation>
    </message>
    <message>
        <source>The passphrase kept in the keyring does not unlock the wallet (%1): enter it.</source>
        <translation>La frase de contraseña del llavero no desbloquea el monedero (%1): introdúzcala.</translation>
    </message>
    <message>
        <source>Keeping the passphrase in the keyring…</source>
        <translation>Guardando la frase de contraseña en el llavero…</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::WalletPage</name>
    <message>
        <source>Wallet</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the address to the clipboard</source>
        <translation>Copiar la dirección al portapapeles</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Token balance:</source>
        <translation>Saldo de tokens:</translation>
    </message>
    <message>
        <source>The %1 this wallet holds (the token&apos;s balanceOf)</source>
        <translation>Los %1 de esta cartera (balanceOf del token)</translation>
    </message>
    <message>
        <source>Gas balance:</source>
        <translation>Saldo para gas:</translation>
    </message>
    <message>
        <source>The ETH this wallet holds to pay for transactions</source>
        <translation>El ETH de esta cartera para pagar las transacciones</translation>
    </message>
    <message>
        <source>Collateral locked:</source>
        <translation>Garantía bloqueada:</translation>
    </message>
    <message>
        <source>Deposited in filled slots, returned at the end</source>
        <translation>Depositada en los slots ocupados, devuelta al final</translation>
    </message>
    <message>
        <source>Payouts pending:</source>
        <translation>Pagos pendientes:</translation>
    </message>
    <message>
        <source>What the hosted slots pay when their requests end</source>
        <translation>Lo que pagan los slots alojados cuando terminan sus solicitudes</translation>
    </message>
    <message>
        <source>Withdrawable:</source>
        <translation>Retirable:</translation>
    </message>
    <message>
        <source>The token balance minus the collateral the open sales still need to fill their slots</source>
        <translation>El saldo de tokens menos la garantía que las ventas abiertas aún necesitan para ocupar sus slots</translation>
    </message>
    <message>
        <source>Node:</source>
        <translation>Nodo:</translation>
    </message>
    <message>
        <source>Withdraw tokens</source>
        <translation>Retirar tokens</translation>
    </message>
    <message>
        <source>0x… (checksum case, or all lower case)</source>
        <translation>0x… (mayúsculas de suma de control, o todo en minúsculas)</translation>
    </message>
    <message>
        <source>To address:</source>
        <translation>A la dirección:</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>Importe en %1</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Importe:</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Retirar…</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transacciones</translation>
    </message>
    <message>
        <source>Copy transaction hash</source>
        <translation>Copiar el hash de la transacción</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>aún desconocido</translation>
    </message>
    <message>
        <source>Exact: %1</source>
        <translation>Exacto: %1</translation>
    </message>
    <message>
        <source>Collateral the open sales still need: %1</source>
        <translation>Garantía que las ventas abiertas aún necesitan: %1</translation>
    </message>
    <message>
        <source>%1, block %2</source>
        <translation>%1, bloque %2</translation>
    </message>
    <message>
        <source>The balance is not known yet: the node has not answered</source>
        <translation>El saldo aún no se conoce: el nodo no ha respondido</translation>
    </message>
    <message>
        <source>&lt;b&gt;Send %1 to %2?&lt;/b&gt;</source>
        <translation>&lt;b&gt;¿Enviar %1 a %2?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 %2 leave this wallet for the address above. A transaction on the chain cannot be undone; it costs some ETH for gas.</source>
        <translation>%1 %2 salen de esta cartera hacia la dirección de arriba. Una transacción en la cadena no se puede deshacer; cuesta algo de ETH en gas.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Sending %1 to %2…</source>
        <translation>Enviando %1 a %2…</translation>
    </message>
    <message>
        <source>Sent: mined in block %1.</source>
        <translation>Enviado: minado en el bloque %1.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Books:</source>
        <translation>Cuentas:</translation>
    </message>
    <message>
        <source>The %1 this wallet sent to the Marketplace and received from it, followed on the chain since this data folder was bound to it, against the ledger&apos;s deposits (out) and its payouts and returned collateral (in)</source>
        <translation>Los %1 que esta cartera envió al Marketplace y recibió de él, seguidos en la cadena desde que esta carpeta de datos se vinculó a ella, frente a los depósitos (salida) y los pagos y garantías devueltas (entrada) del registro contable</translation>
    </message>
    <message>
        <source>Books match the chain</source>
        <translation>Las cuentas coinciden con la cadena</translation>
    </message>
    <message>
        <source>The chain shows %1 more sent to the Marketplace than the ledger books deposited</source>
        <translation>La cadena muestra %1 más enviados al Marketplace de lo que el registro contable registra como depositado</translation>
    </message>
    <message>
        <source>The ledger books %1 more deposited than the chain shows sent to the Marketplace</source>
        <translation>El registro contable anota %1 más depositados de lo que la cadena muestra enviado al Marketplace</translation>
    </message>
    <message>
        <source>The chain shows %1 more received from the Marketplace than the ledger books paid out and returned</source>
        <translation>La cadena muestra %1 más recibidos del Marketplace de lo que el registro contable registra como pagado y devuelto</translation>
    </message>
    <message>
        <source>The ledger books %1 more paid out and returned than the chain shows received from the Marketplace</source>
        <translation>El registro contable anota %1 más pagados y devueltos de lo que la cadena muestra recibido del Marketplace</translation>
    </message>
    <message>
        <source>On chain: %1 out, %2 in · ledger: %3 out, %4 in</source>
        <translation>En la cadena: %1 salida, %2 entrada · registro contable: %3 salida, %4 entrada</translation>
    </message>
    <message>
        <source>Chain read from block %1 to block %2</source>
        <translation>Cadena leída del bloque %1 al bloque %2</translation>
    </message>
    <message>
        <source>Not read from the chain yet (from block %1)</source>
        <translation>Aún no leído de la cadena (desde el bloque %1)</translation>
    </message>
    <message>
        <source>Ledger:</source>
        <translation>Registro contable:</translation>
    </message>
    <message>
        <source>What the ledger books: collateral deposited into slots, collateral returned when they ended, payouts, and collateral slashed; then the change in %1 they make, against the chain&apos;s change (what the Marketplace sent this wallet less what the wallet sent it)</source>
        <translation>Lo que anota el registro contable: la garantía depositada en slots, la garantía devuelta al terminar, los pagos y la garantía penalizada; después, el cambio en %1 que suman, frente al cambio en la cadena (lo que el Marketplace envió a esta cartera menos lo que la cartera le envió)</translation>
    </message>
    <message>
        <source>Deposited %1 · collateral returned %2 · paid out %3 · slashed %4</source>
        <translation>Depositado %1 · garantía devuelta %2 · pagado %3 · penalizado %4</translation>
    </message>
    <message>
        <source>Change %1; the chain is not read yet</source>
        <translation>Cambio %1; la cadena aún no se ha leído</translation>
    </message>
    <message>
        <source>Change %1, equal to the chain&apos;s</source>
        <translation>Cambio %1, igual al de la cadena</translation>
    </message>
    <message>
        <source>Change %1, but the chain&apos;s is %2</source>
        <translation>Cambio %1, pero el de la cadena es %2</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::WalletTransactionsModel</name>
    <message>
        <source>signed</source>
        <translation>firmada</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <source>mined</source>
        <translation>minada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>descartada</translation>
    </message>
    <message>
        <source>Mined in block %1</source>
        <translation>Minada en el bloque %1</translation>
    </message>
    <message>
        <source>Gas limit %1</source>
        <translation>Límite de gas %1</translation>
    </message>
    <message>
        <source>Exact: %1
%2 gas × %3 per gas</source>
        <translation>Exacto: %1
%2 gas × %3 por gas</translation>
    </message>
    <message>
        <source>Made %1, last changed %2</source>
        <translation>Creada %1, último cambio %2</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>Confirmaciones</translation>
    </message>
    <message>
        <source>Gas used</source>
        <translation>Gas usado</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
</context>
</TS>
