<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AmountCopy</name>
    <message>
        <source>Copy exact amount</source>
        <translation>Copier le montant exact</translation>
    </message>
</context>
<context>
    <name>AvailabilityRules</name>
    <message>
        <source>Total size must be larger than zero</source>
        <translation>La taille totale doit être supérieure à zéro</translation>
    </message>
    <message>
        <source>Total size is too large (at most %1)</source>
        <translation>La taille totale est trop grande (au plus %1)</translation>
    </message>
    <message>
        <source>Not enough storage quota: %1 requested, %2 available</source>
        <translation>Quota de stockage insuffisant : %1 demandés, %2 disponibles</translation>
    </message>
    <message>
        <source>New total size must be at least the bytes committed to reservations, which is currently: %1</source>
        <translation>La nouvelle taille totale doit être au moins égale aux octets engagés dans des réservations, actuellement : %1</translation>
    </message>
    <message>
        <source>Duration must be larger than zero</source>
        <translation>La durée doit être supérieure à zéro</translation>
    </message>
    <message>
        <source>Duration is too large (at most %1)</source>
        <translation>La durée est trop longue (au plus %1)</translation>
    </message>
    <message>
        <source>Minimum price must be larger than zero (the lowest price is %1)</source>
        <translation>Le prix minimum doit être supérieur à zéro (le prix le plus bas est %1)</translation>
    </message>
    <message>
        <source>Total collateral must be larger than zero</source>
        <translation>La garantie totale doit être supérieure à zéro</translation>
    </message>
    <message>
        <source>Total collateral must be at least the collateral committed to or lost by sales, which is currently: %1</source>
        <translation>La garantie totale doit être au moins égale à la garantie engagée ou perdue par les ventes, actuellement : %1</translation>
    </message>
    <message>
        <source>Cannot set until to a negative value</source>
        <translation>La date limite ne peut pas être une valeur négative</translation>
    </message>
    <message>
        <source>Until must be greater or equal to the longest currently hosted slot, which ends at %1</source>
        <translation>La date limite doit être postérieure ou égale à la fin du slot hébergé le plus long, qui se termine le %1</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 secondes</translation>
    </message>
    <message>
        <source>%1 base units</source>
        <translation>%1 unités de base</translation>
    </message>
    <message>
        <source>1 base unit per byte per second</source>
        <translation>1 unité de base par octet et par seconde</translation>
    </message>
    <message>
        <source>%1 base units per byte per second</source>
        <translation>%1 unités de base par octet et par seconde</translation>
    </message>
</context>
<context>
    <name>ChainText</name>
    <message>
        <source>the node refuses connections (is it running?)</source>
        <translation>le nœud refuse les connexions (est-il lancé ?)</translation>
    </message>
    <message>
        <source>the node&apos;s host name is unknown</source>
        <translation>le nom d&apos;hôte du nœud est inconnu</translation>
    </message>
    <message>
        <source>the node took too long to answer</source>
        <translation>le nœud a mis trop de temps à répondre</translation>
    </message>
    <message>
        <source>the node&apos;s secure connection could not be set up</source>
        <translation>la connexion sécurisée au nœud n&apos;a pas pu être établie</translation>
    </message>
    <message>
        <source>the node cannot be reached</source>
        <translation>le nœud est injoignable</translation>
    </message>
    <message>
        <source>the node refuses more requests for now (rate limit)</source>
        <translation>le nœud refuse d&apos;autres requêtes pour l&apos;instant (limite de débit)</translation>
    </message>
    <message>
        <source>the node answered with HTTP error %1</source>
        <translation>le nœud a répondu par l&apos;erreur HTTP %1</translation>
    </message>
    <message>
        <source>the node refused the request: %1</source>
        <translation>le nœud a refusé la requête : %1</translation>
    </message>
    <message>
        <source>the node&apos;s answer could not be read</source>
        <translation>la réponse du nœud est illisible</translation>
    </message>
    <message>
        <source>answering</source>
        <translation>répond</translation>
    </message>
    <message>
        <source>waiting for the first answer</source>
        <translation>en attente de la première réponse</translation>
    </message>
    <message>
        <source>not answering since %1</source>
        <translation>ne répond plus depuis %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>check: reads the books of a data directory without writing to it (the host&apos;s database, the simulated market&apos;s file, the slot data files) and checks that they reconcile: the scenario invariants, the host&apos;s balance against the ledger and what was minted to it, and the slot data files against their records. A host&apos;s directory on a chain (salesdesk-cli host) is checked against the chain with --rpc-url: the tokens the host and the Marketplace moved to each other (their Transfer logs) against the ledger, and every slot the Marketplace lists as the host&apos;s against the reservations; the node is only read. The directory must not be in use.
Exit 0: everything holds; 1: violations, listed on stdout; 2: bad options, or no readable desk in the directory.</source>
        <translation>check : lit les comptes d’un dossier de données sans y écrire (la base de données de l’hébergeur, le fichier du marché simulé, les fichiers de données des slots) et vérifie qu’ils concordent : les invariants des scénarios, le solde de l’hébergeur face au registre et à ce qui lui a été émis, et les fichiers de données des slots face à leurs enregistrements. Le dossier d’un hébergeur sur une chaîne (salesdesk-cli host) est vérifié face à la chaîne avec --rpc-url : les jetons que l’hébergeur et le Marketplace se sont transférés (leurs journaux Transfer) face au registre, et chaque slot que le Marketplace attribue à l’hébergeur face aux réservations ; le nœud est seulement lu. Le dossier ne doit pas être en cours d’utilisation.
Sortie 0 : tout concorde ; 1 : des violations, listées sur stdout ; 2 : options incorrectes, ou aucun compte lisible dans le dossier.</translation>
    </message>
    <message>
        <source>The data directory to check.</source>
        <translation>Le dossier de données à vérifier.</translation>
    </message>
    <message>
        <source>For a host&apos;s directory on a chain: the chain&apos;s JSON-RPC URL.</source>
        <translation>Pour le dossier d’un hébergeur sur une chaîne : l’URL JSON-RPC de la chaîne.</translation>
    </message>
    <message>
        <source>For a host&apos;s directory on a chain: the first block whose token transfers are read (the Marketplace&apos;s deployment; default 0).</source>
        <translation>Pour le dossier d’un hébergeur sur une chaîne : le premier bloc dont les transferts de jetons sont lus (le déploiement du Marketplace ; 0 par défaut).</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>La commande.</translation>
    </message>
    <message>
        <source>usage: salesdesk-cli check --data-dir DIR [--rpc-url URL [--start-block B]]</source>
        <translation>usage : salesdesk-cli check --data-dir DIR [--rpc-url URL [--start-block B]]</translation>
    </message>
    <message>
        <source>%1 keeps a host&apos;s books on a chain: check it against the chain with --rpc-url and an http:// or https:// URL</source>
        <translation>%1 contient les comptes d’un hébergeur sur une chaîne : vérifiez-le face à la chaîne avec --rpc-url et une URL http:// ou https://</translation>
    </message>
    <message>
        <source>the books of %1 reconcile</source>
        <translation>les comptes de %1 concordent</translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s) in %1:</source>
        <translation>
            <numerusform>%n violation dans %1 :</numerusform>
            <numerusform>%n violations dans %1 :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientDealCommand</name>
    <message>
        <source>deal needs either --file or --generated-size</source>
        <translation>deal demande soit --file soit --generated-size</translation>
    </message>
    <message>
        <source>--file: cannot read %1: %2</source>
        <translation>--file : impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation>plus de %1 octets</translation>
    </message>
    <message>
        <source>--file: %1 is empty</source>
        <translation>--file : %1 est vide</translation>
    </message>
    <message>
        <source>Deal %1 accepted by %2</source>
        <translation>Deal %1 accepté par %2</translation>
    </message>
    <message>
        <source>the provider refused the deal: %1</source>
        <translation>le fournisseur a refusé le deal : %1</translation>
    </message>
    <message>
        <source>Deal %1: %2 bytes sent, the provider says %3</source>
        <translation>Deal %1 : %2 octets envoyés, le fournisseur indique %3</translation>
    </message>
    <message>
        <source>Deposited %1 base units into the DirectDeals escrow</source>
        <translation>%1 unités de base déposées sur le séquestre DirectDeals</translation>
    </message>
    <message>
        <source>the provider&apos;s ask does not take this deal: %1</source>
        <translation>les conditions du fournisseur n&apos;admettent pas ce deal : %1</translation>
    </message>
    <message>
        <source>deal: the DirectDeals contract&apos;s address.</source>
        <translation>deal : l&apos;adresse du contrat DirectDeals.</translation>
    </message>
    <message>
        <source>deal: the data to store, read from &lt;file&gt;.</source>
        <translation>deal : les données à stocker, lues dans &lt;file&gt;.</translation>
    </message>
    <message>
        <source>deal: store &lt;bytes&gt; of random data instead of a file.</source>
        <translation>deal : stocker &lt;bytes&gt; octets de données aléatoires au lieu d&apos;un fichier.</translation>
    </message>
    <message>
        <source>deal: the deal starts &lt;seconds&gt; from now (default: the provider&apos;s least start lead and 60 s).</source>
        <translation>deal : le deal commence dans &lt;seconds&gt; secondes (par défaut : le délai minimal du fournisseur plus 60 s).</translation>
    </message>
</context>
<context>
    <name>ClientRetrieveCommand</name>
    <message>
        <source>the channels contract did not answer for channel %1: %2</source>
        <translation>le contrat des canaux n&apos;a pas répondu pour le canal %1 : %2</translation>
    </message>
    <message>
        <source>Reusing channel %1: deposit %2, signed %3</source>
        <translation>Réutilisation du canal %1 : dépôt %2, signé %3</translation>
    </message>
    <message>
        <source>no open channel to %1 to reuse: give --deposit to open one</source>
        <translation>aucun canal ouvert vers %1 à réutiliser : indiquez --deposit pour en ouvrir un</translation>
    </message>
    <message>
        <source>the channels contract at %1 did not name its token: %2</source>
        <translation>le contrat des canaux à %1 n&apos;a pas indiqué son jeton : %2</translation>
    </message>
    <message>
        <source>the opening of the channel logged no ChannelOpened</source>
        <translation>l&apos;ouverture du canal n&apos;a journalisé aucun ChannelOpened</translation>
    </message>
    <message>
        <source>Opened channel %1 to %2 with a deposit of %3</source>
        <translation>Canal %1 ouvert vers %2 avec un dépôt de %3</translation>
    </message>
    <message>
        <source>the retrieval of slot %1 failed: %2</source>
        <translation>la récupération du slot %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Retrieved %1 bytes of slot %2 into %3: %4 vouchers paid %5 base units (channel %6 cumulative %7)</source>
        <translation>%1 octets du slot %2 récupérés dans %3 : %4 bons ont payé %5 unités de base (canal %6 cumulé %7)</translation>
    </message>
    <message>
        <source>retrieve needs --slot with the slot&apos;s id (0x and 64 hex digits)</source>
        <translation>retrieve demande --slot avec l&apos;identifiant du slot (0x et 64 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>--deposit must be above 0</source>
        <translation>--deposit doit être supérieur à 0</translation>
    </message>
    <message>
        <source>retrieve needs --out with the file to write</source>
        <translation>retrieve demande --out avec le fichier à écrire</translation>
    </message>
    <message>
        <source>--out: cannot write %1: %2</source>
        <translation>--out : impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>retrieve: the RetrievalChannels contract&apos;s address.</source>
        <translation>retrieve : l&apos;adresse du contrat RetrievalChannels.</translation>
    </message>
    <message>
        <source>retrieve: the slot&apos;s id (0x…).</source>
        <translation>retrieve : l&apos;identifiant du slot (0x…).</translation>
    </message>
    <message>
        <source>retrieve: write the bytes to &lt;file&gt;.</source>
        <translation>retrieve : écrire les octets dans &lt;file&gt;.</translation>
    </message>
    <message>
        <source>retrieve: base units to deposit when a new channel is opened (needed unless a channel to the provider is reused).</source>
        <translation>retrieve : unités de base à déposer à l&apos;ouverture d&apos;un nouveau canal (nécessaire sauf si un canal vers le fournisseur est réutilisé).</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Recovering</source>
        <translation>Récupération</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Reserving</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Filling</source>
        <translation>Remplissage</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Rempli</translation>
    </message>
    <message>
        <source>Proving</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Paiement</translation>
    </message>
</context>
<context>
    <name>DealSettings</name>
    <message>
        <source>Type the IP address to listen on, such as 127.0.0.1 (this computer only) or 0.0.0.0 (every network interface).</source>
        <translation>Saisissez l’adresse IP d’écoute, par exemple 127.0.0.1 (cet ordinateur seulement) ou 0.0.0.0 (toutes les interfaces réseau).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address: type one such as 127.0.0.1 (this computer only) or 0.0.0.0 (every network interface).</source>
        <translation>« %1 » n’est pas une adresse IP : saisissez-en une, par exemple 127.0.0.1 (cet ordinateur seulement) ou 0.0.0.0 (toutes les interfaces réseau).</translation>
    </message>
    <message>
        <source>Type a whole number of the token&apos;s smallest unit (0 or more).</source>
        <translation>Saisissez un nombre entier de la plus petite unité du jeton (0 ou plus).</translation>
    </message>
    <message>
        <source>Type a whole number of the token&apos;s smallest unit (0 or more): %1</source>
        <translation>Saisissez un nombre entier de la plus petite unité du jeton (0 ou plus) : %1</translation>
    </message>
    <message>
        <source>Type a size in bytes: a whole number, 1 or more.</source>
        <translation>Saisissez une taille en octets : un nombre entier, 1 ou plus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a size in bytes: type a whole number, 1 or more, without units (68719476736 is 64 GiB).</source>
        <translation>« %1 » n’est pas une taille en octets : saisissez un nombre entier, 1 ou plus, sans unité (68719476736 font 64 Gio).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address: each entry must be 0x followed by 40 hex digits.</source>
        <translation>« %1 » n’est pas une adresse : chaque entrée doit être 0x suivi de 40 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>The least collateral per byte (%1) is above the largest (%2).</source>
        <translation>La garantie minimale par octet (%1) dépasse la garantie maximale (%2).</translation>
    </message>
    <message>
        <source>The smallest deal size (%1 bytes) is above the largest (%2 bytes).</source>
        <translation>La taille minimale d’un accord (%1 octets) dépasse la taille maximale (%2 octets).</translation>
    </message>
    <message>
        <source>The shortest term (%1 hours) is longer than the longest (%2 days).</source>
        <translation>La durée minimale (%1 heures) dépasse la durée maximale (%2 jours).</translation>
    </message>
    <message>
        <source>The least time before a deal starts (%1 minutes) is longer than the most (%2 days).</source>
        <translation>Le délai minimal avant le début d’un accord (%1 minutes) dépasse le délai maximal (%2 jours).</translation>
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
    <name>EventKind</name>
    <message>
        <source>State change</source>
        <translation>Changement d&apos;état</translation>
    </message>
    <message>
        <source>Sale ended</source>
        <translation>Vente terminée</translation>
    </message>
    <message>
        <source>Sale error</source>
        <translation>Erreur de vente</translation>
    </message>
    <message>
        <source>Proof missed</source>
        <translation>Preuve manquée</translation>
    </message>
    <message>
        <source>Collateral lost</source>
        <translation>Garantie perdue</translation>
    </message>
    <message>
        <source>Low balance</source>
        <translation>Solde faible</translation>
    </message>
    <message>
        <source>Slot queue</source>
        <translation>File d&apos;attente des slots</translation>
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
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>Exact: %1</source>
        <translation>Exact : %1</translation>
    </message>
    <message>
        <source>%1 per byte per second</source>
        <translation>%1 par octet et par seconde</translation>
    </message>
    <message>
        <source>%1 per TiB per month</source>
        <translation>%1 par Tio et par mois</translation>
    </message>
    <message>
        <source>Exact: %1 per TiB per month (a month is 30 days)
= %2 (what the contract stores)</source>
        <translation>Exact : %1 par Tio et par mois (un mois compte 30 jours)
= %2 (ce que stocke le contrat)</translation>
    </message>
    <message>
        <source>%1 per TiB</source>
        <translation>%1 par Tio</translation>
    </message>
    <message>
        <source>%1 per byte</source>
        <translation>%1 par octet</translation>
    </message>
</context>
<context>
    <name>HostCommand</name>
    <message>
        <source>The host&apos;s data directory: its wallet, its books and its slot data.</source>
        <translation>Le dossier de données de l’hébergeur : son portefeuille, ses comptes et les données de ses slots.</translation>
    </message>
    <message>
        <source>The chain&apos;s JSON-RPC URL (http:// or https://).</source>
        <translation>L’URL JSON-RPC de la chaîne (http:// ou https://).</translation>
    </message>
    <message>
        <source>The chain id the node must serve.</source>
        <translation>L’identifiant de chaîne que le nœud doit servir.</translation>
    </message>
    <message>
        <source>The Marketplace contract&apos;s address.</source>
        <translation>L’adresse du contrat Marketplace.</translation>
    </message>
    <message>
        <source>The first block to read the Marketplace&apos;s events from (its deployment; default 0).</source>
        <translation>Le premier bloc à partir duquel les événements du Marketplace sont lus (son déploiement ; 0 par défaut).</translation>
    </message>
    <message>
        <source>Blocks an event must be under before it counts (default 0).</source>
        <translation>Blocs qui doivent suivre un événement avant qu’il compte (0 par défaut).</translation>
    </message>
    <message>
        <source>Seconds between two reads of new blocks (default 4).</source>
        <translation>Secondes entre deux lectures de nouveaux blocs (4 par défaut).</translation>
    </message>
    <message>
        <source>Read the wallet&apos;s passphrase from the first line of &lt;file&gt; (default: ask on the terminal).</source>
        <translation>Lire la phrase secrète du portefeuille dans la première ligne de &lt;file&gt; (par défaut : la demander dans le terminal).</translation>
    </message>
    <message>
        <source>When the directory offers nothing yet, offer &lt;size,duration,min-price,collateral&gt;: bytes, the longest sale in seconds, base units per byte per second at least, and the base units of collateral for all of it.</source>
        <translation>Quand le dossier ne propose encore rien, proposer &lt;size,duration,min-price,collateral&gt; : des octets, la vente la plus longue en secondes, au moins ce nombre d’unités de base par octet et par seconde, et les unités de base de garantie pour le tout.</translation>
    </message>
    <message>
        <source>Count each slot&apos;s data as generated instead of writing it to disk (the demo&apos;s way; proofs are made from the generator).</source>
        <translation>Compter les données de chaque slot comme générées au lieu de les écrire sur le disque (comme la démo ; les preuves sont faites à partir du générateur).</translation>
    </message>
    <message>
        <source>Stop after &lt;seconds&gt; of real time (default: run until SIGINT/SIGTERM).</source>
        <translation>S’arrêter après &lt;seconds&gt; secondes de temps réel (par défaut : tourner jusqu’à SIGINT/SIGTERM).</translation>
    </message>
    <message>
        <source>--offer takes size,duration,min-price,collateral (four numbers), not &quot;%1&quot;</source>
        <translation>--offer attend size,duration,min-price,collateral (quatre nombres), pas « %1 »</translation>
    </message>
    <message>
        <source>--offer: size and duration must be whole numbers above 0, min-price and collateral whole numbers of base units, not &quot;%1&quot;</source>
        <translation>--offer : size et duration doivent être des nombres entiers supérieurs à 0, min-price et collateral des nombres entiers d’unités de base, pas « %1 »</translation>
    </message>
    <message>
        <source>sale %1: started</source>
        <translation>vente %1 : commencée</translation>
    </message>
    <message>
        <source>sale %1: %2 -&gt; %3</source>
        <translation>vente %1 : %2 -&gt; %3</translation>
    </message>
    <message>
        <source>sale %1: ended %2%3</source>
        <translation>vente %1 : terminée en %2%3</translation>
    </message>
    <message>
        <source>sale %1/%2: settled at start as %3</source>
        <translation>vente %1/%2 : réglée au démarrage en %3</translation>
    </message>
    <message>
        <source>host: sells storage on a chain by RPC URL without a window. Opens the data directory&apos;s books (bound to the chain id and Marketplace at the first run), unlocks its wallet (salesdesk-cli wallet new or import), offers --offer when nothing is offered yet, recovers what an earlier run left and sells; every sale&apos;s transitions go to stdout. Stops cleanly after --run-seconds or on SIGINT/SIGTERM.
Exit 0: stopped as asked; 1: the desk could not open or start (the node does not answer or serves another chain, no Marketplace at the address, a data directory in use or keeping another network&apos;s books); 2: bad options, no wallet, a wrong passphrase.</source>
        <translation>host : vend du stockage sur une chaîne par son URL RPC, sans fenêtre. Ouvre les comptes du dossier de données (liés à l’identifiant de chaîne et au Marketplace au premier lancement), déverrouille son portefeuille (salesdesk-cli wallet new ou import), propose --offer quand rien n’est encore proposé, reprend ce qu’un lancement précédent a laissé et vend ; les transitions de chaque vente vont sur stdout. S’arrête proprement après --run-seconds ou sur SIGINT/SIGTERM.
Sortie 0 : arrêté comme demandé ; 1 : la session n’a pas pu s’ouvrir ou démarrer (le nœud ne répond pas ou sert une autre chaîne, pas de Marketplace à l’adresse, un dossier de données en cours d’utilisation ou tenant les comptes d’un autre réseau) ; 2 : options incorrectes, pas de portefeuille, une phrase secrète erronée.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>La commande.</translation>
    </message>
    <message>
        <source>--rpc-url must be an http:// or https:// URL, not &quot;%1&quot;</source>
        <translation>--rpc-url doit être une URL http:// ou https://, pas « %1 »</translation>
    </message>
    <message>
        <source>--marketplace must be the contract&apos;s address (0x and 40 hex digits), not &quot;%1&quot;</source>
        <translation>--marketplace doit être l’adresse du contrat (0x et 40 chiffres hexadécimaux), pas « %1 »</translation>
    </message>
    <message>
        <source>Passphrase of %1:</source>
        <translation>Phrase secrète de %1 :</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>arrêt en cours</translation>
    </message>
    <message>
        <source>host %1 opening %2 on chain %3 at %4</source>
        <translation>hébergeur %1 : ouverture de %2 sur la chaîne %3 à %4</translation>
    </message>
    <message>
        <source>cannot open the desk: %1</source>
        <translation>impossible d’ouvrir la session : %1</translation>
    </message>
    <message>
        <source>cannot offer storage: %1</source>
        <translation>impossible de proposer du stockage : %1</translation>
    </message>
    <message>
        <source>offered %1 bytes</source>
        <translation>%1 octets proposés</translation>
    </message>
    <message>
        <source>the desk cannot start selling: %1</source>
        <translation>la session ne peut pas commencer à vendre : %1</translation>
    </message>
    <message>
        <source>selling</source>
        <translation>en vente</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>Take direct deals on the DirectDeals contract at &lt;address&gt; (docs/deals.md), on the terms of --deal-ask.</source>
        <translation>Accepter des accords directs sur le contrat DirectDeals à &lt;address&gt; (docs/deals.md), aux conditions de --deal-ask.</translation>
    </message>
    <message>
        <source>The direct deals&apos; ask: a JSON file as GET /salesdesk/v1/deals/ask answers it under &quot;ask&quot; (prices, collateral, sizes, durations, start lead).</source>
        <translation>L&apos;offre des accords directs : un fichier JSON tel que GET /salesdesk/v1/deals/ask le renvoie sous &quot;ask&quot; (prix, garanties, tailles, durées, délai avant le début).</translation>
    </message>
    <message>
        <source>The port the direct-deal endpoint listens on, on 127.0.0.1 (default 0: a free port, printed).</source>
        <translation>Le port sur lequel le point d&apos;accès des accords directs écoute, sur 127.0.0.1 (par défaut 0 : un port libre, affiché).</translation>
    </message>
    <message>
        <source>--direct-deals and --deal-ask go together</source>
        <translation>--direct-deals et --deal-ask vont ensemble</translation>
    </message>
    <message>
        <source>--direct-deals must be the contract&apos;s address (0x and 40 hex digits), not &quot;%1&quot;</source>
        <translation>--direct-deals doit être l&apos;adresse du contrat (0x et 40 chiffres hexadécimaux), pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--deal-ask: cannot read %1: %2</source>
        <translation>--deal-ask : impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>--deal-ask: %1: %2</source>
        <translation>--deal-ask : %1 : %2</translation>
    </message>
    <message>
        <source>cannot take direct deals: %1</source>
        <translation>impossible d&apos;accepter des accords directs : %1</translation>
    </message>
    <message>
        <source>direct deals at %1</source>
        <translation>accords directs sur %1</translation>
    </message>
    <message>
        <source>deal %1: %2%3</source>
        <translation>accord %1 : %2%3</translation>
    </message>
    <message>
        <source>Serve paid retrievals of the slot data held, paid over channels of the RetrievalChannels contract at &lt;address&gt; (docs/retrieval.md), on the terms of --retrieval-terms.</source>
        <translation>Servir des récupérations payantes des données de slot détenues, payées par des canaux du contrat RetrievalChannels à &lt;address&gt; (docs/retrieval.md), aux conditions de --retrieval-terms.</translation>
    </message>
    <message>
        <source>The paid retrievals&apos; terms: a JSON file with &quot;pricePerByte&quot; (base units, a decimal string) and optionally &quot;paymentInterval&quot; and &quot;paymentIntervalIncrease&quot; (bytes; default 1048576 each), as GET /salesdesk/v1/retrieval/ask answers them.</source>
        <translation>Les conditions des récupérations payantes : un fichier JSON avec &quot;pricePerByte&quot; (unités de base, une chaîne décimale) et éventuellement &quot;paymentInterval&quot; et &quot;paymentIntervalIncrease&quot; (octets ; 1048576 par défaut chacun), tel que GET /salesdesk/v1/retrieval/ask les renvoie.</translation>
    </message>
    <message>
        <source>The port the paid-retrieval endpoint listens on, on 127.0.0.1 (default 0: a free port, printed).</source>
        <translation>Le port sur lequel le point d&apos;accès de la récupération payante écoute, sur 127.0.0.1 (par défaut 0 : un port libre, affiché).</translation>
    </message>
    <message>
        <source>Claim a retrieval channel&apos;s best voucher as soon as it pays &lt;amount&gt; base units more than was claimed (default 0: only when its payer asks to close it).</source>
        <translation>Réclamer le meilleur bon d&apos;un canal de récupération dès qu&apos;il paie &lt;amount&gt; unités de base de plus que ce qui a été réclamé (par défaut 0 : seulement lorsque son payeur demande sa fermeture).</translation>
    </message>
    <message>
        <source>--retrieval-channels and --retrieval-terms go together (--retrieval-port and --claim-threshold need them)</source>
        <translation>--retrieval-channels et --retrieval-terms vont ensemble (--retrieval-port et --claim-threshold en ont besoin)</translation>
    </message>
    <message>
        <source>--retrieval-channels must be the contract&apos;s address (0x and 40 hex digits), not &quot;%1&quot;</source>
        <translation>--retrieval-channels doit être l&apos;adresse du contrat (0x et 40 chiffres hexadécimaux), pas « %1 »</translation>
    </message>
    <message>
        <source>--retrieval-terms: cannot read %1: %2</source>
        <translation>--retrieval-terms : impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>--retrieval-terms: %1: %2</source>
        <translation>--retrieval-terms : %1 : %2</translation>
    </message>
    <message>
        <source>--claim-threshold must be a whole number of base units, not &quot;%1&quot;</source>
        <translation>--claim-threshold doit être un nombre entier d&apos;unités de base, pas « %1 »</translation>
    </message>
    <message>
        <source>retrieval channel %1: deposit %2, claimed %3</source>
        <translation>canal de récupération %1 : dépôt %2, réclamé %3</translation>
    </message>
    <message>
        <source>, closing at %1</source>
        <translation>, fermeture à %1</translation>
    </message>
    <message>
        <source>, finalized</source>
        <translation>, finalisé</translation>
    </message>
    <message>
        <source>cannot serve paid retrieval: %1</source>
        <translation>impossible de servir la récupération payante : %1</translation>
    </message>
    <message>
        <source>paid retrieval at %1</source>
        <translation>récupération payante sur %1</translation>
    </message>
    <message>
        <source>retrieval channel %1: claim of %2 %3 (%4)</source>
        <translation>canal de récupération %1 : réclamation de %2 %3 (%4)</translation>
    </message>
    <message>
        <source>mined</source>
        <translation>minée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>usage: salesdesk-cli host --rpc-url URL --chain-id N --marketplace ADDRESS --data-dir DIR [--start-block B] [--confirmations C] [--poll-seconds S] [--passphrase-file FILE] [--offer SIZE,DURATION,MIN_PRICE,COLLATERAL] [--generated] [--run-seconds S] [--direct-deals ADDRESS --deal-ask FILE [--deals-port P]] [--retrieval-channels ADDRESS --retrieval-terms FILE [--retrieval-port P] [--claim-threshold AMOUNT]]</source>
        <translation>usage : salesdesk-cli host --rpc-url URL --chain-id N --marketplace ADDRESS --data-dir DIR [--start-block B] [--confirmations C] [--poll-seconds S] [--passphrase-file FILE] [--offer SIZE,DURATION,MIN_PRICE,COLLATERAL] [--generated] [--run-seconds S] [--direct-deals ADDRESS --deal-ask FILE [--deals-port P]] [--retrieval-channels ADDRESS --retrieval-terms FILE [--retrieval-port P] [--claim-threshold AMOUNT]]</translation>
    </message>
</context>
<context>
    <name>Keystore</name>
    <message>
        <source>Not a usable keystore: %1 %2</source>
        <translation>Keystore inutilisable : %1 %2</translation>
    </message>
    <message>
        <source>is missing or not a string</source>
        <translation>est absent ou n’est pas une chaîne</translation>
    </message>
    <message>
        <source>is not hexadecimal bytes</source>
        <translation>n’est pas en hexadécimal</translation>
    </message>
    <message>
        <source>has %1 bytes, expected %2</source>
        <translation>a %1 octets, %2 attendus</translation>
    </message>
    <message>
        <source>is missing or not a positive whole number</source>
        <translation>est absent ou n’est pas un entier positif</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; supported are scrypt and pbkdf2</source>
        <translation>vaut « %1 » ; seuls scrypt et pbkdf2 sont pris en charge</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>is %1, expected %2 to %3</source>
        <translation>vaut %1, attendu de %2 à %3</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; supported is hmac-sha256</source>
        <translation>vaut « %1 » ; seul hmac-sha256 est pris en charge</translation>
    </message>
    <message>
        <source>asks for %1 iterations, more than the %2 we allow</source>
        <translation>demande %1 itérations, plus que les %2 permises</translation>
    </message>
    <message>
        <source>is %1, not a power of two above 1</source>
        <translation>vaut %1, pas une puissance de deux supérieure à 1</translation>
    </message>
    <message>
        <source>is %1, more than the %2 we allow</source>
        <translation>vaut %1, plus que les %2 permis</translation>
    </message>
    <message>
        <source>is %1, but scrypt needs n below 2^(16·r) = %2 for r = %3</source>
        <translation>vaut %1, mais scrypt exige n inférieur à 2^(16·r) = %2 pour r = %3</translation>
    </message>
    <message>
        <source>with n asks for more than %1 MiB of memory</source>
        <translation>demande avec n plus de %1 Mio de mémoire</translation>
    </message>
    <message>
        <source>with n and r asks for more work (n·r·p) than the %1 we allow</source>
        <translation>demande avec n et r plus de travail (n·r·p) que les %1 permis</translation>
    </message>
    <message>
        <source>The key derivation (%1) failed; out of memory?</source>
        <translation>La dérivation de clé (%1) a échoué ; mémoire insuffisante ?</translation>
    </message>
    <message>
        <source>AES-128-CTR failed</source>
        <translation>AES-128-CTR a échoué</translation>
    </message>
    <message>
        <source>Not a keystore: not a JSON object (%1)</source>
        <translation>Pas un keystore : pas un objet JSON (%1)</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>une autre valeur JSON</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed</source>
        <translation>Le générateur de nombres aléatoires du système a échoué</translation>
    </message>
    <message>
        <source>is %1; only version 3 is supported</source>
        <translation>vaut %1 ; seule la version 3 est prise en charge</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absente</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>pas un nombre</translation>
    </message>
    <message>
        <source>is missing or not an object</source>
        <translation>est absent ou n’est pas un objet</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; supported is aes-128-ctr</source>
        <translation>vaut « %1 » ; seul aes-128-ctr est pris en charge</translation>
    </message>
    <message>
        <source>has %1 bytes, expected at most %2</source>
        <translation>a %1 octets, au plus %2 attendus</translation>
    </message>
    <message>
        <source>Wrong passphrase: the keystore&apos;s MAC does not match (or the file is damaged)</source>
        <translation>Phrase secrète incorrecte : le MAC du keystore ne correspond pas (ou le fichier est endommagé)</translation>
    </message>
    <message>
        <source>does not hold a valid private key</source>
        <translation>ne contient pas de clé privée valide</translation>
    </message>
    <message>
        <source>is %1, but the key is %2&apos;s</source>
        <translation>vaut %1, mais la clé est celle de %2</translation>
    </message>
</context>
<context>
    <name>MatchReasonText</name>
    <message>
        <source>The availability is disabled.</source>
        <translation>L&apos;offre est désactivée.</translation>
    </message>
    <message>
        <source>The slot needs %1 (%2 bytes) but only %3 (%4 bytes) is free.</source>
        <translation>Le slot nécessite %1 (%2 octets), mais seuls %3 (%4 octets) sont libres.</translation>
    </message>
    <message>
        <source>The request runs for %1, longer than the %2 this availability accepts.</source>
        <translation>La demande dure %1, plus que les %2 acceptés par cette offre.</translation>
    </message>
    <message>
        <source>The request would end on %1, after this availability&apos;s end date (%2).</source>
        <translation>La demande se terminerait le %1, après la date de fin de cette offre (%2).</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>slot too big</source>
        <translation>slot trop grand</translation>
    </message>
    <message>
        <source>duration too long</source>
        <translation>durée trop longue</translation>
    </message>
    <message>
        <source>price below minimum</source>
        <translation>prix inférieur au minimum</translation>
    </message>
    <message>
        <source>collateral budget too small</source>
        <translation>budget de garantie insuffisant</translation>
    </message>
    <message>
        <source>ends after until</source>
        <translation>se termine après la date limite</translation>
    </message>
    <message>
        <source>Takes it: the smallest availability that fits every rule.</source>
        <translation>La prend : la plus petite offre qui respecte toutes les règles.</translation>
    </message>
    <message>
        <source>Could take it, but a smaller fitting availability goes first.</source>
        <translation>Pourrait la prendre, mais une offre adaptée plus petite passe en premier.</translation>
    </message>
    <message>
        <source>%1, %2 free</source>
        <translation>%1, %2 libres</translation>
    </message>
    <message>
        <source>Yes — %1</source>
        <translation>Oui – %1</translation>
    </message>
    <message>
        <source>No — no storage offered</source>
        <translation>Non – aucun stockage proposé</translation>
    </message>
    <message>
        <source>No — %1</source>
        <translation>Non – %1</translation>
    </message>
    <message>
        <source>No — none of %1 availabilities</source>
        <translation>Non – aucune des %1 offres</translation>
    </message>
    <message>
        <source>%1 sold</source>
        <translation>%1 vendus</translation>
    </message>
    <message>
        <source>%1 selling</source>
        <translation>%1 en vente</translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation>%1 en file d&apos;attente</translation>
    </message>
    <message>
        <source>%1 ignored</source>
        <translation>%1 ignorés</translation>
    </message>
    <message>
        <source>%1 missed</source>
        <translation>%1 manquées</translation>
    </message>
    <message>
        <source>%1 errored</source>
        <translation>%1 en erreur</translation>
    </message>
    <message>
        <source>The request pays %1, below the minimum of %2.</source>
        <translation>La demande paie %1, moins que le minimum de %2.</translation>
    </message>
    <message>
        <source>The slot asks %1 of collateral; the %2 of collateral left over %3 free allows at most %4.</source>
        <translation>Le slot demande %1 de garantie ; les %2 de garantie restants sur %3 libres permettent au plus %4.</translation>
    </message>
</context>
<context>
    <name>NetworkProfile</name>
    <message>
        <source>Local test chain (anvil, started by Sales Desk)</source>
        <translation>Chaîne de test locale (anvil, démarrée par Sales Desk)</translation>
    </message>
    <message>
        <source>Codex testnet (chain %1) — offline since 2025-09, not usable</source>
        <translation>Réseau de test Codex (chaîne %1) — hors ligne depuis 2025-09, inutilisable</translation>
    </message>
    <message>
        <source>The Codex testnet has been offline since September 2025: its nodes no longer answer and its marketplace cannot be reached. Use the local test chain, or enter the details of a network that runs.</source>
        <translation>Le réseau de test Codex est hors ligne depuis septembre 2025 : ses nœuds ne répondent plus et sa place de marché est injoignable. Utilisez la chaîne de test locale, ou saisissez les données d’un réseau qui fonctionne.</translation>
    </message>
    <message>
        <source>Give the network a name.</source>
        <translation>Donnez un nom au réseau.</translation>
    </message>
    <message>
        <source>Enter the RPC URL of a node of the network.</source>
        <translation>Saisissez l’URL RPC d’un nœud du réseau.</translation>
    </message>
    <message>
        <source>Sales Desk talks to the node over HTTP: enter its http:// or https:// URL, not the WebSocket one.</source>
        <translation>Sales Desk parle au nœud en HTTP : saisissez son URL http:// ou https://, pas celle du WebSocket.</translation>
    </message>
    <message>
        <source>Not a node&apos;s URL: it must start with http:// or https:// and name a host, e.g. http://127.0.0.1:8545.</source>
        <translation>Ce n’est pas l’URL d’un nœud : elle doit commencer par http:// ou https:// et nommer un hôte, p. ex. http://127.0.0.1:8545.</translation>
    </message>
    <message>
        <source>The chain id is a whole number above 0 (e.g. 31337 for a local anvil).</source>
        <translation>L’identifiant de chaîne est un nombre entier supérieur à 0 (p. ex. 31337 pour un anvil local).</translation>
    </message>
    <message>
        <source>Enter the address of the network&apos;s Marketplace contract.</source>
        <translation>Saisissez l’adresse du contrat Marketplace du réseau.</translation>
    </message>
    <message>
        <source>Not a valid address: 0x and 40 hex digits, with the checksum&apos;s mixed case if it has any (a mistyped letter changes it).</source>
        <translation>Adresse invalide : 0x et 40 chiffres hexadécimaux, avec la casse mixte de la somme de contrôle s’il y en a une (une lettre mal saisie la change).</translation>
    </message>
    <message>
        <source>The start block is a whole number, 0 or more (the block the Marketplace was deployed in; 0 reads from the first block).</source>
        <translation>Le bloc de départ est un nombre entier, 0 ou plus (le bloc où le Marketplace a été déployé ; 0 lit depuis le premier bloc).</translation>
    </message>
    <message>
        <source>Confirmations are a whole number from 0 to %1.</source>
        <translation>Les confirmations sont un nombre entier de 0 à %1.</translation>
    </message>
    <message>
        <source>Not a web address: it must start with http:// or https:// and name a host, e.g. http://127.0.0.1:8080/api/codex/v1.</source>
        <translation>Ce n’est pas une adresse web : elle doit commencer par http:// ou https:// et nommer un hôte, p. ex. http://127.0.0.1:8080/api/codex/v1.</translation>
    </message>
</context>
<context>
    <name>OfferCheck</name>
    <message>
        <source>The contract cannot hold %1 %2 per TiB per month exactly: it stores a whole number of base units per byte per second. Choose one of the nearest prices.</source>
        <translation>Le contrat ne peut pas stocker exactement %1 %2 par Tio et par mois : il stocke un nombre entier d’unités de base par octet et par seconde. Choisissez l’un des prix les plus proches.</translation>
    </message>
    <message>
        <source>%1 base units (%2)</source>
        <translation>%1 unités de base (%2)</translation>
    </message>
    <message>
        <source>%1. Raise the quota in Settings → Storage quota.</source>
        <translation>%1. Augmentez le quota dans Paramètres → Quota de stockage.</translation>
    </message>
    <message>
        <source>Your wallet holds %1, less than this collateral: sales stop taking slots once their collateral has used the wallet up.</source>
        <translation>Votre portefeuille contient %1, moins que cette garantie : les ventes cessent de prendre des slots dès que leur garantie a épuisé le portefeuille.</translation>
    </message>
    <message>
        <source>Your wallet holds no ETH for gas: it cannot send the transactions a sale needs (reserve, fill, proofs, payout).</source>
        <translation>Votre portefeuille ne contient pas d&apos;ETH pour le gaz : il ne peut pas envoyer les transactions dont une vente a besoin (réservation, remplissage, preuves, paiement).</translation>
    </message>
    <message>
        <source>Your wallet holds %1 for gas, less than one sale may need: %2 (%3 gas: reserve, fill, payout and up to %4 proofs, one per period, at the node&apos;s current fee). Send at least %5 more to the wallet.</source>
        <translation>Votre portefeuille contient %1 pour le gaz, moins que ce dont une vente peut avoir besoin : %2 (%3 de gaz : réservation, remplissage, paiement et jusqu&apos;à %4 preuves, une par période, au tarif actuel du nœud). Envoyez au moins %5 de plus au portefeuille.</translation>
    </message>
</context>
<context>
    <name>OfferUnits</name>
    <message>
        <source>GB</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>TB</source>
        <translation>To</translation>
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
        <translation>heures</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>months (30 days)</source>
        <translation>mois (30 jours)</translation>
    </message>
    <message>
        <source>Enter an amount of base units</source>
        <translation>Saisissez un nombre d’unités de base</translation>
    </message>
    <message>
        <source>Enter a whole number of base units (digits only): %1</source>
        <translation>Saisissez un nombre entier d’unités de base (chiffres uniquement) : %1</translation>
    </message>
</context>
<context>
    <name>PassphraseInput</name>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>Impossible de lire le fichier de phrase secrète %1 : %2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is larger than %2 bytes</source>
        <translation>Le fichier de phrase secrète %1 dépasse %2 octets</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty</source>
        <translation>Le fichier de phrase secrète %1 est vide</translation>
    </message>
    <message>
        <source>No terminal to ask for the passphrase on; use --passphrase-file</source>
        <translation>Aucun terminal pour demander la phrase secrète ; utilisez --passphrase-file</translation>
    </message>
    <message>
        <source>The passphrase must not be empty</source>
        <translation>La phrase secrète ne doit pas être vide</translation>
    </message>
    <message>
        <source>Repeat the passphrase:</source>
        <translation>Répétez la phrase secrète :</translation>
    </message>
    <message>
        <source>The two passphrases differ</source>
        <translation>Les deux phrases secrètes diffèrent</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Sales Desk cannot open its data in %1.

%2</source>
        <translation>Sales Desk ne peut pas ouvrir ses données dans %1.

%2</translation>
    </message>
    <message>
        <source>Sales Desk cannot start selling.

%1</source>
        <translation>Sales Desk ne peut pas démarrer la vente.

%1</translation>
    </message>
    <message>
        <source>Sales Desk cannot start a local test chain in %1.

%2</source>
        <translation>Sales Desk ne peut pas démarrer de chaîne de test locale dans %1.

%2</translation>
    </message>
    <message>
        <source>Starting the local test chain…</source>
        <translation>Démarrage de la chaîne de test locale…</translation>
    </message>
    <message>
        <source>The network chosen in Settings → Market cannot be used: %1</source>
        <translation>Le réseau choisi dans Paramètres → Marché ne peut pas être utilisé : %1</translation>
    </message>
    <message>
        <source>Sales Desk cannot create its data directory %1.</source>
        <translation>Sales Desk ne peut pas créer son répertoire de données %1.</translation>
    </message>
    <message>
        <source>Sales Desk cannot create %1.</source>
        <translation>Sales Desk ne peut pas créer %1.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Sales Desk cannot open the network %1 (%2).

%3</source>
        <translation>Sales Desk ne peut pas ouvrir le réseau %1 (%2).

%3</translation>
    </message>
</context>
<context>
    <name>RetrievalSettings</name>
    <message>
        <source>Type the IP address to listen on, such as 127.0.0.1 (this computer only) or 0.0.0.0 (every network interface).</source>
        <translation>Saisissez l’adresse IP d’écoute, par exemple 127.0.0.1 (cet ordinateur seulement) ou 0.0.0.0 (toutes les interfaces réseau).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address: type one such as 127.0.0.1 (this computer only) or 0.0.0.0 (every network interface).</source>
        <translation>« %1 » n’est pas une adresse IP : saisissez-en une, par exemple 127.0.0.1 (cet ordinateur seulement) ou 0.0.0.0 (toutes les interfaces réseau).</translation>
    </message>
    <message>
        <source>Type a whole number of the token&apos;s smallest unit (0 or more).</source>
        <translation>Saisissez un nombre entier de la plus petite unité du jeton (0 ou plus).</translation>
    </message>
    <message>
        <source>Type a whole number of the token&apos;s smallest unit (0 or more): %1</source>
        <translation>Saisissez un nombre entier de la plus petite unité du jeton (0 ou plus) : %1</translation>
    </message>
</context>
<context>
    <name>SaleState</name>
    <message>
        <source>Recovering</source>
        <translation>Récupération</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Reserving slot</source>
        <translation>Réservation du slot</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Initial proof</source>
        <translation>Preuve initiale</translation>
    </message>
    <message>
        <source>Filling</source>
        <translation>Remplissage</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Rempli</translation>
    </message>
    <message>
        <source>Proving</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Proving (simulated failures)</source>
        <translation>Preuves (échecs simulés)</translation>
    </message>
    <message>
        <source>Paying out</source>
        <translation>Paiement en cours</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Errored</source>
        <translation>En erreur</translation>
    </message>
</context>
<context>
    <name>TokenAmount</name>
    <message>
        <source>Enter an amount of %1</source>
        <translation>Saisissez un montant en %1</translation>
    </message>
    <message>
        <source>Not an amount of %1: &quot;%2&quot; (use digits, and &quot;%3&quot; before the decimal places)</source>
        <translation>Pas un montant en %1 : « %2 » (utilisez des chiffres, et « %3 » avant les décimales)</translation>
    </message>
    <message>
        <source>%1 has %2 decimal places; &quot;%3&quot; has %4 digits after the decimal point</source>
        <translation>%1 a %2 décimales ; « %3 » a %4 chiffres après la virgule</translation>
    </message>
    <message>
        <source>Too large: at most %1</source>
        <translation>Trop grand : au plus %1</translation>
    </message>
</context>
<context>
    <name>TokenAxis</name>
    <message>
        <source>Tokens (%1)</source>
        <translation>Jetons (%1)</translation>
    </message>
</context>
<context>
    <name>Wallet</name>
    <message>
        <source>%1 already holds an account; it is never overwritten</source>
        <translation>%1 contient déjà un compte ; il n’est jamais écrasé</translation>
    </message>
    <message>
        <source>The passphrase must not be empty</source>
        <translation>La phrase secrète ne doit pas être vide</translation>
    </message>
    <message>
        <source>The wallet is locked: unlock it to sign</source>
        <translation>Le portefeuille est verrouillé : déverrouillez-le pour signer</translation>
    </message>
    <message>
        <source>No wallet in %1: create one with salesdesk-cli wallet new or import one with salesdesk-cli wallet import</source>
        <translation>Aucun portefeuille dans %1 : créez-en un avec salesdesk-cli wallet new ou importez-en un avec salesdesk-cli wallet import</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, too large for a keystore</source>
        <translation>%1 fait %2 octets, trop pour un keystore</translation>
    </message>
    <message>
        <source>Cannot create the directory %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 was written but others may read it, and its mode could not be set to 0600</source>
        <translation>%1 a été écrit mais d’autres peuvent le lire, et son mode n’a pas pu être mis à 0600</translation>
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
        <translation>wallet : le compte sur la chaîne de l’hébergeur, chiffré dans wallet.json du dossier de données.
  new      créer un compte avec une nouvelle clé aléatoire
  import   reprendre une clé (--key-file) ou un keystore (--keystore, de geth ou foundry) existants
  address  afficher l’adresse du compte (sans phrase secrète)
  balance  afficher son solde en ETH (et en --token) selon le nœud de --rpc
Les phrases secrètes sont demandées au terminal sans écho, ou lues dans --passphrase-file. Une clé privée n’est jamais donnée sur la ligne de commande, où elle resterait dans l’historique du shell : mettez-la dans un fichier pour --key-file et supprimez le fichier après l’import.
Sortie 0 : fait ; 2 : options ou données incorrectes, phrase secrète incorrecte ; 3 : le fichier du portefeuille ne peut pas être écrit ou le nœud ne répond pas.</translation>
    </message>
    <message>
        <source>The data directory holding the wallet.</source>
        <translation>Le dossier de données qui contient le portefeuille.</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of &lt;file&gt; instead of the terminal.</source>
        <translation>Lire la phrase secrète dans la première ligne de &lt;file&gt; au lieu du terminal.</translation>
    </message>
    <message>
        <source>With import: the file holding the private key as 64 hex digits.</source>
        <translation>Avec import : le fichier contenant la clé privée en 64 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>With import: a keystore file (Web3 Secret Storage v3) and its own passphrase.</source>
        <translation>Avec import : un fichier keystore (Web3 Secret Storage v3) et sa propre phrase secrète.</translation>
    </message>
    <message>
        <source>With balance: the JSON-RPC URL of an Ethereum node.</source>
        <translation>Avec balance : l’URL JSON-RPC d’un nœud Ethereum.</translation>
    </message>
    <message>
        <source>With balance: also print the balance of this ERC-20 token.</source>
        <translation>Avec balance : afficher aussi le solde de ce jeton ERC-20.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>La commande.</translation>
    </message>
    <message>
        <source>new, import, address or balance</source>
        <translation>new, import, address ou balance</translation>
    </message>
    <message>
        <source>usage: salesdesk-cli wallet new|import|address|balance --data-dir DIR; see salesdesk-cli wallet --help</source>
        <translation>usage : salesdesk-cli wallet new|import|address|balance --data-dir DIR ; voir salesdesk-cli wallet --help</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <source>wallet import takes either --key-file FILE or --keystore FILE</source>
        <translation>wallet import prend soit --key-file FILE soit --keystore FILE</translation>
    </message>
    <message>
        <source>Cannot read the key file</source>
        <translation>Impossible de lire le fichier de clé</translation>
    </message>
    <message>
        <source>Cannot read the keystore</source>
        <translation>Impossible de lire le keystore</translation>
    </message>
    <message>
        <source>Passphrase of the keystore:</source>
        <translation>Phrase secrète du keystore :</translation>
    </message>
    <message>
        <source>Account %1 is in %2.
Keep a copy of that file and its passphrase: without both the account and its funds are lost.
</source>
        <translation>Le compte %1 est dans %2.
Gardez une copie de ce fichier et sa phrase secrète : sans les deux, le compte et ses fonds sont perdus.
</translation>
    </message>
    <message>
        <source>wallet balance needs --rpc with an http:// or https:// URL</source>
        <translation>wallet balance a besoin de --rpc avec une URL http:// ou https://</translation>
    </message>
    <message>
        <source>--token: %1</source>
        <translation>--token : %1</translation>
    </message>
    <message>
        <source>the node at %1 did not answer: %2</source>
        <translation>le nœud %1 n’a pas répondu : %2</translation>
    </message>
    <message>
        <source>ETH: %1</source>
        <translation>ETH : %1</translation>
    </message>
    <message>
        <source>%1 did not answer balanceOf and decimals as an ERC-20 token does</source>
        <translation>%1 n’a pas répondu à balanceOf et decimals comme un jeton ERC-20</translation>
    </message>
    <message>
        <source>Token %1: %2 (%3 decimals)</source>
        <translation>Jeton %1 : %2 (%3 décimales)</translation>
    </message>
</context>
<context>
    <name>Withdrawal</name>
    <message>
        <source>Enter the address to send the tokens to</source>
        <translation>Saisissez l&apos;adresse à laquelle envoyer les jetons</translation>
    </message>
    <message>
        <source>Not an address: %1</source>
        <translation>Ce n&apos;est pas une adresse : %1</translation>
    </message>
    <message>
        <source>The zero address burns what it is sent; enter another address</source>
        <translation>Ce qui est envoyé à l&apos;adresse zéro est perdu ; saisissez une autre adresse</translation>
    </message>
    <message>
        <source>That is this wallet&apos;s own address; enter another address</source>
        <translation>C&apos;est l&apos;adresse de ce portefeuille ; saisissez une autre adresse</translation>
    </message>
    <message>
        <source>Enter the amount to send</source>
        <translation>Saisissez le montant à envoyer</translation>
    </message>
    <message>
        <source>The amount must be more than zero</source>
        <translation>Le montant doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>%1 is more than you can withdraw: %2 (the balance, %3, minus %4 of collateral the open sales still need)</source>
        <translation>%1 dépasse ce que vous pouvez retirer : %2 (le solde, %3, moins %4 de garantie dont les ventes en cours ont encore besoin)</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Sell disk space on the Codex storage marketplace.</source>
        <translation>Vendez de l&apos;espace disque sur la place de marché de stockage Codex.</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>Compilé avec Qt %1.</translation>
    </message>
    <message>
        <source>Your data:</source>
        <translation>Vos données :</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::AlertBanner</name>
    <message>
        <source>Show Alerts</source>
        <translation>Afficher les alertes</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>1 new alert. Latest: %1</source>
        <translation>1 nouvelle alerte. Dernière : %1</translation>
    </message>
    <message>
        <source>%1 new alerts. Latest: %2</source>
        <translation>%1 nouvelles alertes. Dernière : %2</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::AvailabilitiesPage</name>
    <message>
        <source>&amp;Offer storage…</source>
        <translation>&amp;Proposer du stockage…</translation>
    </message>
    <message>
        <source>Offer disk space for sale (%1)</source>
        <translation>Proposer de l&apos;espace disque à la vente (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Accept new sales</source>
        <translation>&amp;Accepter de nouvelles ventes</translation>
    </message>
    <message>
        <source>Whether the selected availability takes new slots; its running sales go on either way</source>
        <translation>Indique si l&apos;offre sélectionnée prend de nouveaux slots ; ses ventes en cours continuent dans tous les cas</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;You do not offer any storage yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Say how much disk space to sell, for how long and at what minimum price; Sales Desk then takes the storage requests that fit.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vous ne proposez encore aucun stockage.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Indiquez combien d&apos;espace disque vendre, pour combien de temps et à quel prix minimum ; Sales Desk prend ensuite les demandes de stockage qui correspondent.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Offer storage…</source>
        <translation>Proposer du stockage…</translation>
    </message>
    <message>
        <source>Availabilities: %1 · offered: %2 · committed to sales: %3</source>
        <translation>Offres : %1 · proposé : %2 · engagé dans des ventes : %3</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>Select an availability to see the slots it is committed to.</source>
        <translation>Sélectionnez une offre pour voir les slots auxquels elle est engagée.</translation>
    </message>
    <message>
        <source>Reservations of availability %1</source>
        <translation>Réservations de l&apos;offre %1</translation>
    </message>
    <message>
        <source>Remove availability</source>
        <translation>Supprimer l&apos;offre</translation>
    </message>
    <message>
        <source>Remove availability %1? Its %2 go back to the free quota.</source>
        <translation>Supprimer l&apos;offre %1 ? Ses %2 retournent au quota libre.</translation>
    </message>
    <message>
        <source>Availabilities</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>No slot uses this availability yet: all %1 are free and %2 of collateral remain (%3).</source>
        <translation>Aucun slot n’utilise encore cette disponibilité : les %1 sont libres et il reste %2 de garantie (%3).</translation>
    </message>
    <message>
        <source>Slots holding part of it: %1. They hold %2 of %3 and %4 of collateral; %5 of collateral remain (%6), %7 were lost to slashing.</source>
        <translation>Slots qui en occupent une partie : %1. Ils occupent %2 sur %3 et %4 de garantie ; il reste %5 de garantie (%6), %7 ont été perdus par pénalité.</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::AvailabilityForm</name>
    <message>
        <source>Offer storage</source>
        <translation>Proposer du stockage</translation>
    </message>
    <message>
        <source>Edit availability %1</source>
        <translation>Modifier l&apos;offre %1</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille :</translation>
    </message>
    <message>
        <source>Longest &amp;duration:</source>
        <translation>&amp;Durée maximale :</translation>
    </message>
    <message>
        <source>Minimum &amp;price:</source>
        <translation>&amp;Prix minimum :</translation>
    </message>
    <message>
        <source>per byte</source>
        <translation>par octet</translation>
    </message>
    <message>
        <source>&amp;Collateral:</source>
        <translation>&amp;Garantie :</translation>
    </message>
    <message>
        <source>Only slots that end &amp;before</source>
        <translation>Uniquement les slots se terminant a&amp;vant</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Jusqu&apos;au :</translation>
    </message>
    <message>
        <source>&amp;Accept new sales</source>
        <translation>&amp;Accepter de nouvelles ventes</translation>
    </message>
    <message>
        <source>A disabled availability keeps its running sales but takes no new slots.</source>
        <translation>Une offre désactivée conserve ses ventes en cours mais ne prend plus de nouveaux slots.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>%1 bytes; at most %2 (%3 committed to sales)</source>
        <translation>%1 octets ; au plus %2 (%3 engagés dans des ventes)</translation>
    </message>
    <message>
        <source>%1 bytes; %2 of the quota are free</source>
        <translation>%1 octets ; %2 du quota sont libres</translation>
    </message>
    <message>
        <source>A month is 30 days. The contract stores the price as a whole number of base units (10^-%1 %2) per byte per second; a price per TiB per month it cannot hold exactly is offered as the nearest price below and above, for you to choose.</source>
        <translation>Un mois compte 30 jours. Le contrat stocke le prix comme un nombre entier d’unités de base (10^-%1 %2) par octet et par seconde ; un prix par Tio et par mois qu’il ne peut pas représenter exactement est proposé sous la forme des prix les plus proches, en dessous et au-dessus, à votre choix.</translation>
    </message>
    <message>
        <source>%1 per TiB per month</source>
        <translation>%1 par Tio et par mois</translation>
    </message>
    <message>
        <source>base units in total, or</source>
        <translation>unités de base au total, ou</translation>
    </message>
    <message>
        <source>%1 base units per byte, rounded down; a slot may ask for at most that much collateral per byte</source>
        <translation>%1 unités de base par octet, arrondi vers le bas ; un slot peut demander au plus cette garantie par octet</translation>
    </message>
    <message>
        <source>%1 base units per byte; a slot may ask for at most that much collateral per byte</source>
        <translation>%1 unités de base par octet ; un slot peut demander au plus cette garantie par octet</translation>
    </message>
    <message>
        <source>(%1 in total, %2)</source>
        <translation>(%1 au total, %2)</translation>
    </message>
    <message>
        <source>= %1 per byte per second, exactly</source>
        <translation>= exactement %1 par octet et par seconde</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Utiliser %1</translation>
    </message>
    <message>
        <source>Demo requests ask for slots of %1 to %2 each: every slot sold is hashed once in full, so the demo keeps them small enough to hash in seconds.</source>
        <translation>Les demandes de la démo portent sur des slots de %1 à %2 chacun : chaque slot vendu est haché une fois en entier, la démo les garde donc assez petits pour être hachés en quelques secondes.</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::AvailabilityTableModel</name>
    <message>
        <source>No end</source>
        <translation>Sans fin</translation>
    </message>
    <message>
        <source>Selling</source>
        <translation>En vente</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Max. duration</source>
        <translation>Durée max.</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <source>Collateral left</source>
        <translation>Garantie restante</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>%1; %2 committed to sales, %3 lost to slashing</source>
        <translation>%1 ; %2 engagés dans des ventes, %3 perdus par pénalité</translation>
    </message>
    <message>
        <source>Lowest price accepted, in %1 per TiB per month (a month is 30 days)</source>
        <translation>Prix le plus bas accepté, en %1 par Tio et par mois (un mois compte 30 jours)</translation>
    </message>
    <message>
        <source>Min. price / TiB·month</source>
        <translation>Prix min. / Tio·mois</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Its end (%1) has passed: a slot must end before it, so it sells nothing more. Edit it to set a later end or none.</source>
        <translation>Sa fin (%1) est passée : un slot doit se terminer avant elle, elle ne vend donc plus rien. Modifiez-la pour fixer une fin plus tardive ou aucune.</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::AvailabilityVerdictsModel</name>
    <message>
        <source>Takes it</source>
        <translation>La prend</translation>
    </message>
    <message>
        <source>Could take it</source>
        <translation>Pourrait la prendre</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>Non prise</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::ChannelsModel</name>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>closes in %1</source>
        <translation>se ferme dans %1</translation>
    </message>
    <message>
        <source>Exact: %1</source>
        <translation>Exact : %1</translation>
    </message>
    <message>
        <source>Finalized on chain: nothing more can be claimed</source>
        <translation>Finalisé sur la chaîne : plus rien ne peut être réclamé</translation>
    </message>
    <message>
        <source>The payer asked to close the channel: its close window ends %1; the best voucher must be claimed before</source>
        <translation>Le payeur a demandé la fermeture du canal : sa fenêtre de fermeture se termine le %1 ; le meilleur bon doit être réclamé avant</translation>
    </message>
    <message>
        <source>No close requested</source>
        <translation>Aucune fermeture demandée</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payeur</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Best voucher</source>
        <translation>Meilleur bon</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Réclamé</translation>
    </message>
    <message>
        <source>Unclaimed</source>
        <translation>Non réclamé</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermeture</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::CreateWalletDialog</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file or a keystore.</source>
        <translation>%1 est trop grand pour être un fichier de clé ou un keystore.</translation>
    </message>
    <message>
        <source>A wallet for this data directory</source>
        <translation>Un portefeuille pour ce répertoire de données</translation>
    </message>
    <message>
        <source>Selling on a network needs an account that pays collateral and fees and receives payments. This data directory has none yet: create one, or bring one you have. It is kept encrypted with your passphrase in %1.</source>
        <translation>Vendre sur un réseau demande un compte qui paie garanties et frais et reçoit les paiements. Ce répertoire de données n’en a pas encore : créez-en un, ou apportez celui que vous avez. Il est conservé chiffré avec votre phrase secrète dans %1.</translation>
    </message>
    <message>
        <source>Create a new account</source>
        <translation>Créer un nouveau compte</translation>
    </message>
    <message>
        <source>Import a private key from a file (hex)</source>
        <translation>Importer une clé privée depuis un fichier (hex)</translation>
    </message>
    <message>
        <source>Import a keystore file (geth, foundry, …)</source>
        <translation>Importer un fichier keystore (geth, foundry, …)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the keystore</source>
        <translation>Choisir le keystore</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>Choisir le fichier de clé</translation>
    </message>
    <message>
        <source>Keystores (*.json);;All files (*)</source>
        <translation>Keystores (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Répétez-la :</translation>
    </message>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation>Trop courte : au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Solide.</translation>
    </message>
    <message>
        <source>Fair: longer is better; several words make a good passphrase.</source>
        <translation>Moyenne : plus longue, c’est mieux ; plusieurs mots font une bonne phrase secrète.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Use a longer one, e.g. several words.</source>
        <translation>Faible : facile à deviner. Prenez-en une plus longue, p. ex. plusieurs mots.</translation>
    </message>
    <message>
        <source>Its passphrase:</source>
        <translation>Sa phrase secrète :</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>La phrase secrète doit compter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>Les deux phrases secrètes diffèrent : tapez deux fois la même.</translation>
    </message>
    <message>
        <source>Enter the keystore&apos;s passphrase.</source>
        <translation>Saisissez la phrase secrète du keystore.</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Choisissez le fichier à importer.</translation>
    </message>
    <message>
        <source>Creating the account… (a few seconds)</source>
        <translation>Création du compte… (quelques secondes)</translation>
    </message>
    <message>
        <source>Importing… (a few seconds)</source>
        <translation>Importation… (quelques secondes)</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::DashboardCharts</name>
    <message>
        <source>Cumulative earnings</source>
        <translation>Revenus cumulés</translation>
    </message>
    <message>
        <source>No payouts yet.
A slot pays when its request ends.</source>
        <translation>Aucun paiement pour l&apos;instant.
Un slot est payé à la fin de sa demande.</translation>
    </message>
    <message>
        <source>Storage use</source>
        <translation>Utilisation du stockage</translation>
    </message>
    <message>
        <source>Nothing offered yet.
Offer storage to start selling.</source>
        <translation>Rien n&apos;est encore proposé.
Proposez du stockage pour commencer à vendre.</translation>
    </message>
    <message>
        <source>Running sales by state</source>
        <translation>Ventes en cours par état</translation>
    </message>
    <message>
        <source>No sale is running.
Sales start when a request matches an availability.</source>
        <translation>Aucune vente en cours.
Les ventes commencent lorsqu&apos;une demande correspond à une offre.</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Stocké</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Paid to you</source>
        <translation>Payé à vous</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::DashboardPage</name>
    <message>
        <source>Storage offered</source>
        <translation>Stockage proposé</translation>
    </message>
    <message>
        <source>Free for new sales</source>
        <translation>Libre pour de nouvelles ventes</translation>
    </message>
    <message>
        <source>Reserved for slots</source>
        <translation>Réservé pour des slots</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Stocké</translation>
    </message>
    <message>
        <source>Active slots</source>
        <translation>Slots actifs</translation>
    </message>
    <message>
        <source>Slot queue</source>
        <translation>File d&apos;attente des slots</translation>
    </message>
    <message>
        <source>Earned to date</source>
        <translation>Revenus à ce jour</translation>
    </message>
    <message>
        <source>Collateral locked</source>
        <translation>Garantie bloquée</translation>
    </message>
    <message>
        <source>Expected earnings</source>
        <translation>Revenus attendus</translation>
    </message>
    <message>
        <source>No payout is scheduled. Slots you host are paid when their request ends; they will be listed here with the amount and the date.</source>
        <translation>Aucun paiement n&apos;est prévu. Les slots que vous hébergez sont payés à la fin de leur demande ; ils seront listés ici avec le montant et la date.</translation>
    </message>
    <message>
        <source>Next payouts</source>
        <translation>Prochains paiements</translation>
    </message>
    <message>
        <source>No availability yet: offer storage to start selling</source>
        <translation>Aucune offre pour l&apos;instant : proposez du stockage pour commencer à vendre</translation>
    </message>
    <message>
        <source>quota %1</source>
        <translation>quota %1</translation>
    </message>
    <message>
        <source>Nothing offered</source>
        <translation>Rien de proposé</translation>
    </message>
    <message>
        <source>%1 of the offer</source>
        <translation>%1 de l&apos;offre</translation>
    </message>
    <message>
        <source>held for slots being sold or hosted</source>
        <translation>réservé pour des slots en cours de vente ou hébergés</translation>
    </message>
    <message>
        <source>hosted now; sales in progress: %1</source>
        <translation>hébergés actuellement ; ventes en cours : %1</translation>
    </message>
    <message>
        <source>paused by you</source>
        <translation>mise en pause par vous</translation>
    </message>
    <message>
        <source>waiting: no queued slot matches</source>
        <translation>en attente : aucun slot de la file ne correspond</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>slots waiting; %1</source>
        <translation>slots en attente ; %1</translation>
    </message>
    <message>
        <source>no collateral lost</source>
        <translation>aucune garantie perdue</translation>
    </message>
    <message>
        <source>deposited in filled slots, returned at the end</source>
        <translation>déposée dans les slots remplis, restituée à la fin</translation>
    </message>
    <message>
        <source>scheduled payouts: %1</source>
        <translation>paiements prévus : %1</translation>
    </message>
    <message>
        <source>Some figures could not be read: %1</source>
        <translation>Certaines valeurs n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>%1 of collateral lost</source>
        <translation>%1 de garantie perdus</translation>
    </message>
    <message>
        <source>slot data of hosted slots, %1 of the quota</source>
        <translation>données des slots hébergés, %1 du quota</translation>
    </message>
    <message>
        <source>Direct deals</source>
        <translation>Accords directs</translation>
    </message>
    <message>
        <source>Paid retrieval</source>
        <translation>Récupération payante</translation>
    </message>
    <message>
        <source>Earned in all markets</source>
        <translation>Revenus de tous les marchés</translation>
    </message>
    <message>
        <source>paid so far; %1 active · %2 collateral locked</source>
        <translation>payés jusqu’ici ; %1 actifs · %2 de garantie bloqués</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>taken when turned on in Settings → Direct deals</source>
        <translation>pris une fois activés dans Paramètres → Accords directs</translation>
    </message>
    <message>
        <source>served when turned on in Settings → Paid retrieval</source>
        <translation>servie une fois activée dans Paramètres → Récupération payante</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>slots %1 · deals %2 · retrieval %3</source>
        <translation>slots %1 · accords %2 · récupération %3</translation>
    </message>
    <message numerus="yes">
        <source>claimed on chain; %1 more in vouchers still to claim, on %n channel(s)</source>
        <translation>
            <numerusform>réclamé sur la chaîne ; %1 de plus en bons encore à réclamer, sur %n canal</numerusform>
            <numerusform>réclamé sur la chaîne ; %1 de plus en bons encore à réclamer, sur %n canaux</numerusform>
        </translation>
    </message>
    <message>
        <source>paid so far; %1 active · %2 collateral locked · %3 collateral lost</source>
        <translation>payés jusqu’ici ; %1 actifs · %2 de garantie bloqués · %3 de garantie perdus</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::DealEscrowBox</name>
    <message>
        <source>Direct deals escrow</source>
        <translation>Séquestre des accords directs</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>pas encore connu</translation>
    </message>
    <message>
        <source>The %1 of this wallet held free in the DirectDeals contract (%2): what direct deals paid and what the next deals&apos; collateral is taken from</source>
        <translation>Les %1 de ce portefeuille détenus libres dans le contrat DirectDeals (%2) : ce que les accords directs ont payé et ce sur quoi est prélevée la garantie des prochains accords</translation>
    </message>
    <message>
        <source>Free escrow:</source>
        <translation>Solde libre du séquestre :</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>Montant en %1</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Montant :</translation>
    </message>
    <message>
        <source>Withdraw to wallet</source>
        <translation>Retirer vers le portefeuille</translation>
    </message>
    <message>
        <source>Send the amount from the free escrow to this wallet</source>
        <translation>Envoyer le montant du solde libre du séquestre vers ce portefeuille</translation>
    </message>
    <message>
        <source>Deposit from wallet</source>
        <translation>Déposer depuis le portefeuille</translation>
    </message>
    <message>
        <source>Approve the amount for the DirectDeals contract, then deposit it into the escrow (two transactions)</source>
        <translation>Approuver le montant pour le contrat DirectDeals, puis le déposer dans le séquestre (deux transactions)</translation>
    </message>
    <message>
        <source>The last read failed: %1</source>
        <translation>La dernière lecture a échoué : %1</translation>
    </message>
    <message>
        <source>The free escrow is not known yet: the node has not answered</source>
        <translation>Le solde libre du séquestre n&apos;est pas encore connu : le nœud n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>%1 is more than the free escrow: at most %2 can be withdrawn</source>
        <translation>%1 dépasse le solde libre du séquestre : au plus %2 peuvent être retirés</translation>
    </message>
    <message>
        <source>The wallet&apos;s balance is not known yet: the node has not answered</source>
        <translation>Le solde du portefeuille n&apos;est pas encore connu : le nœud n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>%1 is more than you can deposit: at most %2 (the wallet&apos;s balance, %3, minus %4 of collateral the open sales still need)</source>
        <translation>%1 dépasse ce que vous pouvez déposer : au plus %2 (le solde du portefeuille, %3, moins %4 de garantie dont les ventes en cours ont encore besoin)</translation>
    </message>
    <message>
        <source>Withdraw from the escrow</source>
        <translation>Retirer du séquestre</translation>
    </message>
    <message>
        <source>&lt;b&gt;Withdraw %1 from the direct deals escrow to this wallet?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Retirer %1 du séquestre des accords directs vers ce portefeuille ?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 %2 leave the free escrow in the DirectDeals contract for this wallet. The deals you take next need their collateral in the escrow. The transaction costs some ETH for gas.</source>
        <translation>%1 %2 quittent le solde libre du séquestre dans le contrat DirectDeals pour ce portefeuille. Les accords que vous prendrez ensuite ont besoin de leur garantie dans le séquestre. La transaction coûte un peu d&apos;ETH de gas.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Deposit into the escrow</source>
        <translation>Déposer dans le séquestre</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deposit %1 from this wallet into the direct deals escrow?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Déposer %1 de ce portefeuille dans le séquestre des accords directs ?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Two transactions: the token&apos;s approval of exactly %1 %2 for the DirectDeals contract (%3), then the deposit. The escrow holds the collateral of the deals you take; &quot;Withdraw to wallet&quot; takes back what is free. Each transaction costs some ETH for gas.</source>
        <translation>Deux transactions : l&apos;approbation, sur le jeton, d&apos;exactement %1 %2 pour le contrat DirectDeals (%3), puis le dépôt. Le séquestre détient la garantie des accords que vous prenez ; « Retirer vers le portefeuille » reprend ce qui est libre. Chaque transaction coûte un peu d&apos;ETH de gas.</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Déposer</translation>
    </message>
    <message>
        <source>Withdrawing %1 to this wallet…</source>
        <translation>Retrait de %1 vers ce portefeuille…</translation>
    </message>
    <message>
        <source>Approving %1 for the DirectDeals contract (1 of 2)…</source>
        <translation>Approbation de %1 pour le contrat DirectDeals (1 sur 2)…</translation>
    </message>
    <message>
        <source>Depositing %1 into the escrow (2 of 2)…</source>
        <translation>Dépôt de %1 dans le séquestre (2 sur 2)…</translation>
    </message>
    <message>
        <source>Withdrawn: mined in block %1.</source>
        <translation>Retiré : miné dans le bloc %1.</translation>
    </message>
    <message>
        <source>Deposited: mined in block %1.</source>
        <translation>Déposé : miné dans le bloc %1.</translation>
    </message>
    <message>
        <source>Not withdrawn: %1</source>
        <translation>Non retiré : %1</translation>
    </message>
    <message>
        <source>Not deposited: the approval failed: %1</source>
        <translation>Non déposé : l&apos;approbation a échoué : %1</translation>
    </message>
    <message>
        <source>Not deposited: the approval went through, the deposit failed: %1</source>
        <translation>Non déposé : l&apos;approbation est passée, le dépôt a échoué : %1</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::DealSettingsBox</name>
    <message>
        <source>Direct deals</source>
        <translation>Accords directs</translation>
    </message>
    <message>
        <source>Take direct deals</source>
        <translation>Prendre des accords directs</translation>
    </message>
    <message>
        <source>Clients send this desk a signed proposal to store their data; the desk takes the data, publishes the deal on the chain, proves it every period and is paid as the term runs.</source>
        <translation>Les clients envoient à ce desk une proposition signée pour stocker leurs données ; le desk reçoit les données, publie l’accord sur la chaîne, le prouve à chaque période et est payé au fil de la durée.</translation>
    </message>
    <message>
        <source>Accept new deals</source>
        <translation>Accepter de nouveaux accords</translation>
    </message>
    <message>
        <source>Off: proposals are refused, while the deals already taken are still served, proven and paid.</source>
        <translation>Désactivé : les propositions sont refusées, tandis que les accords déjà pris restent servis, prouvés et payés.</translation>
    </message>
    <message>
        <source>127.0.0.1 serves this computer only; 0.0.0.0 serves every network interface.</source>
        <translation>127.0.0.1 ne sert que cet ordinateur ; 0.0.0.0 sert toutes les interfaces réseau.</translation>
    </message>
    <message>
        <source>The least a deal may pay for each byte and second, in the smallest unit of %1 (one %1 is 10^%2 of them).</source>
        <translation>Le minimum qu’un accord doit payer par octet et par seconde, dans la plus petite unité de %1 (un %1 en vaut 10^%2).</translation>
    </message>
    <message>
        <source>The desk locks at least this much of its own for each byte of a deal, and loses it when it misses too many proofs.</source>
        <translation>Le desk bloque au moins ce montant de ses propres fonds par octet d’un accord, et le perd s’il manque trop de preuves.</translation>
    </message>
    <message>
        <source>The most the desk locks for each byte of a deal.</source>
        <translation>Le maximum que le desk bloque par octet d’un accord.</translation>
    </message>
    <message>
        <source>The time the client has to push the data before the deal starts.</source>
        <translation>Le temps dont dispose le client pour envoyer les données avant le début de l’accord.</translation>
    </message>
    <message>
        <source>Empty: every client that is not denied</source>
        <translation>Vide : tout client qui n’est pas refusé</translation>
    </message>
    <message>
        <source>Client addresses (0x and 40 hex digits), separated by commas, spaces or new lines. Only they may propose deals.</source>
        <translation>Adresses de clients (0x et 40 chiffres hexadécimaux), séparées par des virgules, des espaces ou des retours à la ligne. Eux seuls peuvent proposer des accords.</translation>
    </message>
    <message>
        <source>Empty: no client is denied</source>
        <translation>Vide : aucun client n’est refusé</translation>
    </message>
    <message>
        <source>Client addresses (0x and 40 hex digits), separated by commas, spaces or new lines. Their proposals are refused.</source>
        <translation>Adresses de clients (0x et 40 chiffres hexadécimaux), séparées par des virgules, des espaces ou des retours à la ligne. Leurs propositions sont refusées.</translation>
    </message>
    <message>
        <source>How many deals of one client may receive data at the same time.</source>
        <translation>Combien d’accords d’un même client peuvent recevoir des données en même temps.</translation>
    </message>
    <message>
        <source>smallest unit of %1</source>
        <translation>plus petite unité de %1</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Listen address:</source>
        <translation>Adresse d’écoute :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Price per byte per second:</source>
        <translation>Prix par octet et par seconde :</translation>
    </message>
    <message>
        <source>Least collateral per byte:</source>
        <translation>Garantie minimale par octet :</translation>
    </message>
    <message>
        <source>Largest collateral per byte:</source>
        <translation>Garantie maximale par octet :</translation>
    </message>
    <message>
        <source>Smallest deal:</source>
        <translation>Plus petit accord :</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <source>Largest deal:</source>
        <translation>Plus grand accord :</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Start from now:</source>
        <translation>Début à partir de maintenant :</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Allowed clients:</source>
        <translation>Clients autorisés :</translation>
    </message>
    <message>
        <source>Denied clients:</source>
        <translation>Clients refusés :</translation>
    </message>
    <message>
        <source>Transfers per client:</source>
        <translation>Transferts par client :</translation>
    </message>
    <message>
        <source>Changes take effect at the next start of Sales Desk; while direct deals run, the price, bounds and clients apply to new proposals at once. Direct deals run on a chain only (the local test chain or a network): the demo market has no deal contract. The Deals screen shows the deals taken and what they paid.</source>
        <translation>Les modifications prennent effet au prochain démarrage de Sales Desk ; tant que les accords directs fonctionnent, le prix, les limites et les clients s’appliquent aussitôt aux nouvelles propositions. Les accords directs ne fonctionnent que sur une chaîne (la chaîne de test locale ou un réseau) : le marché de démonstration n’a pas de contrat d’accords. L’écran « Accords » montre les accords pris et ce qu’ils ont payé.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>%1 per byte per second, %2 per TiB per month</source>
        <translation>%1 par octet et par seconde, %2 par Tio et par mois</translation>
    </message>
    <message>
        <source>%1 per byte per second</source>
        <translation>%1 par octet et par seconde</translation>
    </message>
    <message>
        <source>%1 per byte, %2 per TiB</source>
        <translation>%1 par octet, %2 par Tio</translation>
    </message>
    <message>
        <source>%1 per byte</source>
        <translation>%1 par octet</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked above.</source>
        <translation>Rien n’a été enregistré : corrigez les champs signalés ci-dessus.</translation>
    </message>
    <message>
        <source>Saved: direct deals are off from the next start of Sales Desk.</source>
        <translation>Enregistré : les accords directs sont désactivés dès le prochain démarrage de Sales Desk.</translation>
    </message>
    <message>
        <source>Saved: direct deals start with the next start of Sales Desk on a chain, accepting new deals.</source>
        <translation>Enregistré : les accords directs démarrent au prochain démarrage de Sales Desk sur une chaîne, en acceptant de nouveaux accords.</translation>
    </message>
    <message>
        <source>Saved: direct deals start with the next start of Sales Desk on a chain; they serve the deals taken but accept no new ones.</source>
        <translation>Enregistré : les accords directs démarrent au prochain démarrage de Sales Desk sur une chaîne ; ils servent les accords pris mais n’en acceptent pas de nouveaux.</translation>
    </message>
    <message>
        <source>The price, bounds and clients apply to new proposals now; the listen address and port at the next start.</source>
        <translation>Le prix, les limites et les clients s’appliquent dès maintenant aux nouvelles propositions ; l’adresse d’écoute et le port au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::DealsModel</name>
    <message>
        <source>awaiting data</source>
        <translation>en attente des données</translation>
    </message>
    <message>
        <source>receiving data</source>
        <translation>réception des données</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>vérification</translation>
    </message>
    <message>
        <source>publishing</source>
        <translation>publication</translation>
    </message>
    <message>
        <source>awaiting activation</source>
        <translation>en attente d’activation</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>slashed</source>
        <translation>pénalisé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>never started</source>
        <translation>jamais commencé</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>terminé avant terme</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>starts in %1</source>
        <translation>commence dans %1</translation>
    </message>
    <message>
        <source>ends in %1</source>
        <translation>se termine dans %1</translation>
    </message>
    <message>
        <source>Exact: %1</source>
        <translation>Exact : %1</translation>
    </message>
    <message>
        <source>Accepted %1, last changed %2</source>
        <translation>Accepté le %1, modifié en dernier le %2</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tout</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 of %2 bytes received</source>
        <translation>%1 octets reçus sur %2</translation>
    </message>
    <message>
        <source>Exact: %1 per second</source>
        <translation>Exact : %1 par seconde</translation>
    </message>
    <message>
        <source>The whole term pays %1</source>
        <translation>La durée entière rapporte %1</translation>
    </message>
    <message>
        <source>From %1 to %2 (%3)</source>
        <translation>Du %1 au %2 (%3)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 proofs submitted, %2 missed</source>
        <translation>%1 preuves soumises, %2 manquées</translation>
    </message>
    <message>
        <source>%1 locked when the deal was published</source>
        <translation>%1 bloqués à la publication de l’accord</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Price per second</source>
        <translation>Prix par seconde</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Proofs / missed</source>
        <translation>Preuves / manquées</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Collateral left</source>
        <translation>Garantie restante</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::DealsPage</name>
    <message>
        <source>Direct deals are not available on the demo market: it has no deal contract.

On a chain (Settings → Market: the local test chain or a network), clients can send this desk a signed proposal to store their data: the desk takes the data, publishes the deal on the chain, proves it every period and is paid as the term runs. Turn it on in Settings → Direct deals.</source>
        <translation>Les accords directs ne sont pas disponibles sur le marché de démonstration : il n’a pas de contrat d’accords.

Sur une chaîne (Paramètres → Marché : la chaîne de test locale ou un réseau), les clients peuvent envoyer à ce desk une proposition signée pour stocker leurs données : le desk reçoit les données, publie l’accord sur la chaîne, le prouve à chaque période et est payé au fil de la durée. Activez-les dans Paramètres → Accords directs.</translation>
    </message>
    <message>
        <source>Direct deals could not start: %1

Check Settings → Direct deals (listen address, port, price and bounds); changes take effect at the next start of Sales Desk.</source>
        <translation>Les accords directs n’ont pas pu démarrer : %1

Vérifiez Paramètres → Accords directs (adresse d’écoute, port, prix et limites) ; les modifications prennent effet au prochain démarrage de Sales Desk.</translation>
    </message>
    <message>
        <source>Direct deals start once the desk has recovered its sales…</source>
        <translation>Les accords directs démarrent dès que le desk a rétabli ses ventes…</translation>
    </message>
    <message>
        <source>Direct deals are off. Turn them on in Settings → Direct deals: clients then send this desk signed proposals to store their data, and the desk takes the data, publishes each deal on the chain, proves it every period and is paid as the term runs.</source>
        <translation>Les accords directs sont désactivés. Activez-les dans Paramètres → Accords directs : les clients envoient alors à ce desk des propositions signées pour stocker leurs données, et le desk reçoit les données, publie chaque accord sur la chaîne, le prouve à chaque période et est payé au fil de la durée.</translation>
    </message>
    <message>
        <source>They are turned on in Settings and start at the next start of Sales Desk.</source>
        <translation>Ils sont activés dans les paramètres et démarrent au prochain démarrage de Sales Desk.</translation>
    </message>
    <message>
        <source>Direct deals</source>
        <translation>Accords directs</translation>
    </message>
    <message>
        <source>Clients ask this address for the desk&apos;s ask and send it their signed proposals and then their data over HTTP.</source>
        <translation>Les clients demandent à cette adresse les conditions du desk et lui envoient par HTTP leurs propositions signées, puis leurs données.</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Point d’accès :</translation>
    </message>
    <message>
        <source>New deals:</source>
        <translation>Nouveaux accords :</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Prix :</translation>
    </message>
    <message>
        <source>Deals:</source>
        <translation>Accords :</translation>
    </message>
    <message>
        <source>Totals:</source>
        <translation>Totaux :</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptés</translation>
    </message>
    <message>
        <source>Refused: the deals taken are still served, proven and paid (Settings → Direct deals)</source>
        <translation>Refusés : les accords pris restent servis, prouvés et payés (Paramètres → Accords directs)</translation>
    </message>
    <message>
        <source>At least %1 per byte per second (%2 per TiB per month)</source>
        <translation>Au moins %1 par octet et par seconde (%2 par Tio et par mois)</translation>
    </message>
    <message>
        <source>At least %1 per byte per second</source>
        <translation>Au moins %1 par octet et par seconde</translation>
    </message>
    <message>
        <source>%1 active · %2 awaiting data</source>
        <translation>%1 actifs · %2 en attente des données</translation>
    </message>
    <message>
        <source>%1 paid so far · %2 collateral locked</source>
        <translation>%1 payés jusqu’ici · %2 de garantie bloqués</translation>
    </message>
    <message>
        <source>Paid: what all deals paid this desk on chain, exactly %1; collateral locked: what the unfinished deals still hold of the desk&apos;s collateral, exactly %2</source>
        <translation>Payé : ce que tous les accords ont payé à ce desk sur la chaîne, exactement %1 ; garantie bloquée : ce que les accords en cours détiennent encore de la garantie du desk, exactement %2</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::DeskStatusBar</name>
    <message>
        <source>The slot queue</source>
        <translation>La file d&apos;attente des slots</translation>
    </message>
    <message>
        <source>Storage quota: stored and reserved bytes</source>
        <translation>Quota de stockage : octets stockés et réservés</translation>
    </message>
    <message>
        <source>Your balance on the marketplace</source>
        <translation>Votre solde sur la place de marché</translation>
    </message>
    <message>
        <source>Time on the simulated marketplace</source>
        <translation>Heure sur la place de marché simulée</translation>
    </message>
    <message>
        <source>Marketplace time</source>
        <translation>Heure du marché</translation>
    </message>
    <message>
        <source>Balance unknown</source>
        <translation>Solde inconnu</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>Queue: %1 waiting, %2</source>
        <translation>File d&apos;attente : %1 en attente, %2</translation>
    </message>
    <message>
        <source>Quota: %1 stored, %2 reserved of %3</source>
        <translation>Quota : %1 stockés, %2 réservés sur %3</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>Solde %1</translation>
    </message>
    <message>
        <source>A local test chain with our contracts, started empty for this run; its tokens have no value</source>
        <translation>Une chaîne de test locale avec nos contrats, démarrée vide pour cette session ; ses jetons n’ont aucune valeur</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>bloc %1</translation>
    </message>
    <message>
        <source>Market events read up to block %1</source>
        <translation>Événements du marché lus jusqu&apos;au bloc %1</translation>
    </message>
    <message>
        <source>Local chain</source>
        <translation>Chaîne locale</translation>
    </message>
    <message>
        <source>Chain %1</source>
        <translation>Chaîne %1</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>nœud : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n behind</source>
        <translation>
            <numerusform>%n de retard</numerusform>
            <numerusform>%n de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain %1, node at %2: %3</source>
        <translation>Chaîne %1, nœud à %2 : %3</translation>
    </message>
    <message>
        <source>Head block %1</source>
        <translation>Bloc de tête %1</translation>
    </message>
    <message>
        <source>Blocks of the market&apos;s events not read yet: %1</source>
        <translation>Blocs d&apos;événements du marché pas encore lus : %1</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>pas encore connu</translation>
    </message>
    <message>
        <source>The wallet&apos;s transactions not mined yet: %1</source>
        <translation>Transactions du portefeuille pas encore minées : %1</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::EarningsChartView</name>
    <message>
        <source>Collateral returned</source>
        <translation>Garantie restituée</translation>
    </message>
    <message>
        <source>Collateral lost</source>
        <translation>Garantie perdue</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Par heure</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>À ce jour</translation>
    </message>
    <message>
        <source>Slot sales</source>
        <translation>Ventes de slots</translation>
    </message>
    <message>
        <source>Direct deals</source>
        <translation>Accords directs</translation>
    </message>
    <message>
        <source>Paid retrieval</source>
        <translation>Récupération payante</translation>
    </message>
    <message>
        <source>Net to date, all markets</source>
        <translation>Net à ce jour, tous les marchés</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::EarningsPage</name>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the entries shown as a CSV file (Ctrl+E)</source>
        <translation>Enregistrer les entrées affichées dans un fichier CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Collateral returned</source>
        <translation>Garantie restituée</translation>
    </message>
    <message>
        <source>Collateral deposited</source>
        <translation>Garantie déposée</translation>
    </message>
    <message>
        <source>Collateral lost</source>
        <translation>Garantie perdue</translation>
    </message>
    <message>
        <source>The ledger could not be read: %1</source>
        <translation>Le registre n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>No money has moved yet.
Payouts, returned collateral and any collateral lost appear here as your sales are filled and finish.
Offer storage on the Availabilities screen to start selling.</source>
        <translation>Aucun mouvement d&apos;argent pour l&apos;instant.
Les paiements, les garanties restituées et les éventuelles garanties perdues apparaissent ici à mesure que vos ventes sont remplies et se terminent.
Proposez du stockage dans l&apos;écran Offres pour commencer à vendre.</translation>
    </message>
    <message>
        <source>No ledger entries match the filter.
Choose another kind or a longer period.</source>
        <translation>Aucune entrée ne correspond au filtre.
Choisissez un autre type ou une période plus longue.</translation>
    </message>
    <message>
        <source>earnings-%1.csv</source>
        <translation>revenus-%1.csv</translation>
    </message>
    <message>
        <source>Export earnings</source>
        <translation>Exporter les revenus</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Exported 1 entry to %1</source>
        <translation>1 entrée exportée vers %1</translation>
    </message>
    <message>
        <source>Exported %1 entries to %2</source>
        <translation>%1 entrées exportées vers %2</translation>
    </message>
    <message>
        <source>Amounts rounded; hover over one for every digit, right-click to copy it.</source>
        <translation>Montants arrondis ; survolez-en un pour voir tous les chiffres, clic droit pour le copier.</translation>
    </message>
    <message>
        <source>Exact: %1</source>
        <translation>Exact : %1</translation>
    </message>
    <message>
        <source>Direct deals paid</source>
        <translation>Paiements des accords directs</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Ne tourne pas</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Slot sales paid</source>
        <translation>Payé par les ventes de slots</translation>
    </message>
    <message>
        <source>Paid retrieval claimed</source>
        <translation>Récupération payante encaissée</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>Tous les marchés</translation>
    </message>
    <message>
        <source>All time, whatever the kind chosen.</source>
        <translation>Depuis le début, quel que soit le type choisi.</translation>
    </message>
    <message>
        <source>In the chosen period, whatever the kind chosen.</source>
        <translation>Sur la période choisie, quel que soit le type choisi.</translation>
    </message>
    <message>
        <source>Direct deals count when the DirectDeals contract pays them (a settlement or the close), paid retrieval when a voucher is claimed on chain.</source>
        <translation>Les accords directs comptent quand le contrat DirectDeals les paie (un règlement ou la clôture), la récupération payante quand un bon est encaissé sur la chaîne.</translation>
    </message>
    <message>
        <source>Vouchers accepted and not claimed yet: %1.</source>
        <translation>Bons acceptés et pas encore encaissés : %1.</translation>
    </message>
    <message>
        <source>Slot sales net (payouts − lost)</source>
        <translation>Net des ventes de slots (paiements − pertes)</translation>
    </message>
    <message>
        <source>Direct deals&apos; collateral lost: %1 (in the chart&apos;s collateral lost and its net line).</source>
        <translation>Garantie perdue sur les contrats directs : %1 (dans la garantie perdue du graphique et sa ligne nette).</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::EngineEventCollector</name>
    <message>
        <source>Sale started in %1</source>
        <translation>Vente démarrée en %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Sale errored</source>
        <translation>Vente en erreur</translation>
    </message>
    <message>
        <source>Sale errored: %1</source>
        <translation>Vente en erreur : %1</translation>
    </message>
    <message>
        <source>A slot errored</source>
        <translation>Un slot est en erreur</translation>
    </message>
    <message>
        <source>Sale ended: %1</source>
        <translation>Vente terminée : %1</translation>
    </message>
    <message>
        <source>Sale ended: %1 (%2)</source>
        <translation>Vente terminée : %1 (%2)</translation>
    </message>
    <message>
        <source>Proof missed (%1 missed, %2 submitted for this slot); the validator slashes collateral for a missed proof</source>
        <translation>Preuve manquée (%1 manquées, %2 soumises pour ce slot) ; le validateur pénalise la garantie pour une preuve manquée</translation>
    </message>
    <message>
        <source>A proof was missed</source>
        <translation>Une preuve a été manquée</translation>
    </message>
    <message>
        <source>Collateral slashed</source>
        <translation>Garantie pénalisée</translation>
    </message>
    <message>
        <source>Balance is low</source>
        <translation>Solde faible</translation>
    </message>
    <message>
        <source>Slot queue resumed</source>
        <translation>File d&apos;attente des slots reprise</translation>
    </message>
    <message>
        <source>Slot queue paused by you</source>
        <translation>File d&apos;attente des slots mise en pause par vous</translation>
    </message>
    <message>
        <source>Slot queue paused itself: every queued slot was already checked against the availabilities; it resumes on a new slot or a wider availability</source>
        <translation>La file d&apos;attente des slots s&apos;est mise en pause : chaque slot de la file a déjà été comparé aux offres ; elle reprend à l&apos;arrivée d&apos;un nouveau slot ou à l&apos;élargissement d&apos;une offre</translation>
    </message>
    <message>
        <source>Dropped from the full slot queue (lowest priority)</source>
        <translation>Retiré de la file d&apos;attente des slots pleine (priorité la plus basse)</translation>
    </message>
    <message>
        <source>Collateral lost: %1 were slashed or forfeited</source>
        <translation>Garantie perdue : %1 ont été pénalisés ou confisqués</translation>
    </message>
    <message>
        <source>Balance is low: %1 left, less than the %2 of collateral another fill needs</source>
        <translation>Solde bas : il reste %1, moins que les %2 de garantie qu’un autre remplissage exige</translation>
    </message>
    <message>
        <source>Exact: %1 left, %2 needed</source>
        <translation>Exact : il reste %1, %2 nécessaires</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::EventsPage</name>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Alerts only</source>
        <translation>Alertes uniquement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Erreurs uniquement</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Filter by request id, slot or message</source>
        <translation>Filtrer par identifiant de demande, slot ou message</translation>
    </message>
    <message>
        <source>Find Event</source>
        <translation>Rechercher un événement</translation>
    </message>
    <message>
        <source>Dismiss Alerts</source>
        <translation>Ignorer les alertes</translation>
    </message>
    <message>
        <source>Clear Log</source>
        <translation>Effacer le journal</translation>
    </message>
    <message>
        <source>Request %1: %2</source>
        <translation>Demande %1 : %2</translation>
    </message>
    <message>
        <source>Slot %1 of request %2: %3</source>
        <translation>Slot %1 de la demande %2 : %3</translation>
    </message>
    <message>
        <source>%1 alerts</source>
        <translation>%1 alertes</translation>
    </message>
    <message>
        <source>Latest: %1: %2</source>
        <translation>Dernière : %1 : %2</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 événement</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 événements</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>No events yet. Sale state changes, errors and alerts (errored slots, missed proofs, slashed collateral, a low balance) appear here as they happen.</source>
        <translation>Aucun événement pour l&apos;instant. Les changements d&apos;état des ventes, les erreurs et les alertes (slots en erreur, preuves manquées, garantie pénalisée, solde faible) apparaissent ici au fur et à mesure.</translation>
    </message>
    <message>
        <source>No event matches the filters.</source>
        <translation>Aucun événement ne correspond aux filtres.</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::FinishedSalesModel</name>
    <message>
        <source>Collateral lost</source>
        <translation>Garantie perdue</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Collateral returned</source>
        <translation>Garantie restituée</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Ended before this session; the outcome is read from the ledger.</source>
        <translation>Terminé avant cette session ; le résultat provient du registre.</translation>
    </message>
    <message>
        <source>%1 / %2 missed</source>
        <translation>%1 / %2 manquées</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Proofs</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::LedgerEntriesModel</name>
    <message>
        <source>Collateral deposited</source>
        <translation>Garantie déposée</translation>
    </message>
    <message>
        <source>Collateral returned</source>
        <translation>Garantie restituée</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Collateral lost</source>
        <translation>Garantie perdue</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
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
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Availabilities</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>Slot queue</source>
        <translation>File d&apos;attente des slots</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Revenus</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Offer storage…</source>
        <translation>Proposer du stockage…</translation>
    </message>
    <message>
        <source>Show Sales Desk</source>
        <translation>Afficher Sales Desk</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Welcome to Sales Desk</source>
        <translation>Bienvenue dans Sales Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offer storage to start selling.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Proposez du stockage pour commencer à vendre.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sales Desk sells the disk space you offer to clients of the storage marketplace. Say how much space, for how long and at what minimum price; matching requests are then reserved, stored, proven and paid for you.

The demo market is running: requests arrive every few minutes of simulated time.</source>
        <translation>Sales Desk vend l&apos;espace disque que vous proposez aux clients de la place de marché de stockage. Indiquez combien d&apos;espace, pour combien de temps et à quel prix minimum ; les demandes correspondantes sont ensuite réservées, stockées, prouvées et payées pour vous.

Le marché de démonstration est en cours : des demandes arrivent toutes les quelques minutes de temps simulé.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Do not ask again</source>
        <translation>Ne plus demander</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Stop selling and quit Sales Desk</source>
        <translation>Arrêter de vendre et quitter Sales Desk</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Sales Desk…</source>
        <translation>À &amp;propos de Sales Desk…</translation>
    </message>
    <message>
        <source>Close Sales Desk</source>
        <translation>Fermer Sales Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep selling in the system tray?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Continuer à vendre dans la zone de notification ?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quit Sales Desk?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Quitter Sales Desk ?&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) running. While Sales Desk is not running, their proofs are missed, and missed proofs can cost collateral.</source>
        <translation>
            <numerusform>%n vente en cours. Tant que Sales Desk ne tourne pas, ses preuves sont manquées, et une preuve manquée peut coûter de la garantie.</numerusform>
            <numerusform>%n ventes en cours. Tant que Sales Desk ne tourne pas, leurs preuves sont manquées, et une preuve manquée peut coûter de la garantie.</numerusform>
        </translation>
    </message>
    <message>
        <source>While Sales Desk is not running, it takes no new slots.</source>
        <translation>Tant que Sales Desk ne tourne pas, il ne prend aucun nouveau slot.</translation>
    </message>
    <message>
        <source>In the tray Sales Desk goes on selling; quit it from the tray icon&apos;s menu or File → Quit.</source>
        <translation>Dans la zone de notification, Sales Desk continue à vendre ; quittez-le depuis le menu de l&apos;icône ou Fichier → Quitter.</translation>
    </message>
    <message>
        <source>Keep selling in the tray</source>
        <translation>Continuer dans la zone de notification</translation>
    </message>
    <message>
        <source>Sales Desk goes on selling here. Use the tray icon to open the window or to quit.</source>
        <translation>Sales Desk continue à vendre ici. Utilisez l&apos;icône pour ouvrir la fenêtre ou quitter.</translation>
    </message>
    <message>
        <source>Sales Desk sells the disk space you offer to clients of the storage marketplace. Say how much space, for how long and at what minimum price; matching requests are then reserved, stored, proven and paid for you.

A local test chain is running: its demo clients post requests every few minutes of chain time, which runs at the speed shown in the toolbar.</source>
        <translation>Sales Desk vend l&apos;espace disque que vous proposez aux clients de la place de marché de stockage. Indiquez combien d&apos;espace, pour combien de temps et à quel prix minimum ; les demandes correspondantes sont ensuite réservées, stockées, prouvées et payées pour vous.

Une chaîne de test locale est en marche : ses clients de démonstration publient des demandes toutes les quelques minutes du temps de la chaîne, qui s&apos;écoule à la vitesse affichée dans la barre d&apos;outils.</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>Retrievals</source>
        <translation>Récupérations</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Accords</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::MarketSettingsBox</name>
    <message>
        <source>the local test chain</source>
        <translation>la chaîne de test locale</translation>
    </message>
    <message>
        <source>the network</source>
        <translation>le réseau</translation>
    </message>
    <message>
        <source>the demo market</source>
        <translation>le marché de démonstration</translation>
    </message>
    <message>
        <source>The node at %1 is not answering (%2).</source>
        <translation>Le nœud à %1 ne répond pas (%2).</translation>
    </message>
    <message>
        <source>The address %1 answers, but not as a chain node does: %2</source>
        <translation>L’adresse %1 répond, mais pas comme un nœud de chaîne : %2</translation>
    </message>
    <message>
        <source>The node at %1 serves chain %2, not chain %3: check the chain id and the RPC URL.</source>
        <translation>Le nœud à %1 sert la chaîne %2, pas la chaîne %3 : vérifiez l’identifiant de chaîne et l’URL RPC.</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Marché</translation>
    </message>
    <message>
        <source>Demo market (simulated, accelerated time)</source>
        <translation>Marché de démonstration (simulé, temps accéléré)</translation>
    </message>
    <message>
        <source>Network (a chain by RPC URL, with your wallet)</source>
        <translation>Réseau (une chaîne par URL RPC, avec votre portefeuille)</translation>
    </message>
    <message>
        <source>Custom network</source>
        <translation>Réseau personnalisé</translation>
    </message>
    <message>
        <source>The Codex testnet is listed, but cannot be chosen: it is offline.</source>
        <translation>Le réseau de test Codex figure dans la liste, mais ne peut pas être choisi : il est hors ligne.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>RPC URL:</source>
        <translation>URL RPC :</translation>
    </message>
    <message>
        <source>Chain id:</source>
        <translation>Identifiant de chaîne :</translation>
    </message>
    <message>
        <source>Marketplace address:</source>
        <translation>Adresse du Marketplace :</translation>
    </message>
    <message>
        <source>Start block:</source>
        <translation>Bloc de départ :</translation>
    </message>
    <message>
        <source>Confirmations:</source>
        <translation>Confirmations :</translation>
    </message>
    <message>
        <source>Data source URL:</source>
        <translation>URL de la source de données :</translation>
    </message>
    <message>
        <source>e.g. My test network</source>
        <translation>p. ex. Mon réseau de test</translation>
    </message>
    <message>
        <source>optional: http://127.0.0.1:8080/api/codex/v1</source>
        <translation>facultatif : http://127.0.0.1:8080/api/codex/v1</translation>
    </message>
    <message>
        <source>A name of your choice, shown while Sales Desk connects.</source>
        <translation>Un nom de votre choix, affiché pendant que Sales Desk se connecte.</translation>
    </message>
    <message>
        <source>The JSON-RPC URL of a node of the chain (http:// or https://).</source>
        <translation>L’URL JSON-RPC d’un nœud de la chaîne (http:// ou https://).</translation>
    </message>
    <message>
        <source>The chain&apos;s id; it is checked against the node before anything is signed.</source>
        <translation>L’identifiant de la chaîne ; il est vérifié auprès du nœud avant toute signature.</translation>
    </message>
    <message>
        <source>The address of the Codex Marketplace contract on that chain.</source>
        <translation>L’adresse du contrat Codex Marketplace sur cette chaîne.</translation>
    </message>
    <message>
        <source>The block the Marketplace was deployed in; events before it are not read.</source>
        <translation>Le bloc où le Marketplace a été déployé ; les événements antérieurs ne sont pas lus.</translation>
    </message>
    <message>
        <source>How many blocks to wait on top of a transaction&apos;s block before counting on it.</source>
        <translation>Combien de blocs attendre après le bloc d’une transaction avant de compter dessus.</translation>
    </message>
    <message>
        <source>Where slot data is downloaded from: a Codex node&apos;s REST API or a client&apos;s HTTP server.</source>
        <translation>D’où les données des slots sont téléchargées : l’API REST d’un nœud Codex ou le serveur HTTP d’un client.</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil :</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Sales Desk signs with the wallet of the data directory: at the next start it asks for its passphrase, or offers to create or import one. Each network&apos;s books are kept in their own folder of the data directory.</source>
        <translation>Sales Desk signe avec le portefeuille du répertoire de données : au prochain démarrage, il demande sa phrase secrète, ou propose d’en créer ou d’en importer un. Les comptes de chaque réseau sont tenus dans leur propre dossier du répertoire de données.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Saved when you try again.</source>
        <translation>Enregistré quand vous réessayez.</translation>
    </message>
    <message>
        <source>Sales Desk now sells on %1. A change takes effect the next time it starts.</source>
        <translation>Sales Desk vend maintenant sur %1. Un changement prend effet au prochain démarrage.</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Non enregistré : corrigez les champs marqués en rouge.</translation>
    </message>
    <message>
        <source>Saved. Sales Desk uses it the next time it starts.</source>
        <translation>Enregistré. Sales Desk l’utilisera au prochain démarrage.</translation>
    </message>
    <message>
        <source>Saved. Sales Desk sells on %1 from the next start.</source>
        <translation>Enregistré. Sales Desk vendra sur %1 dès le prochain démarrage.</translation>
    </message>
    <message>
        <source>Correct the RPC URL, chain id and Marketplace address first.</source>
        <translation>Corrigez d’abord l’URL RPC, l’identifiant de chaîne et l’adresse du Marketplace.</translation>
    </message>
    <message>
        <source>Asking the node at %1…</source>
        <translation>Interrogation du nœud à %1…</translation>
    </message>
    <message>
        <source>Chain %1 answers, but there is no Codex Marketplace at %2: %3</source>
        <translation>La chaîne %1 répond, mais il n’y a pas de Codex Marketplace à %2 : %3</translation>
    </message>
    <message>
        <source>Connected: the node serves chain %1 and a Codex Marketplace is at %2 (its token at %3).</source>
        <translation>Connecté : le nœud sert la chaîne %1 et un Codex Marketplace est à %2 (son jeton à %3).</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::MatchingPage</name>
    <message>
        <source>Storage requests seen on the market, and whether your availabilities would take them — and if not, why.</source>
        <translation>Les demandes de stockage vues sur le marché, et si vos offres les prendraient — et sinon, pourquoi.</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Toutes les demandes</translation>
    </message>
    <message>
        <source>Requests we would take</source>
        <translation>Demandes que nous prendrions</translation>
    </message>
    <message>
        <source>Requests we would not take</source>
        <translation>Demandes que nous ne prendrions pas</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>No storage requests seen yet.
Requests posted on the market appear here as they arrive, each with the reason your availabilities would or would not take it.</source>
        <translation>Aucune demande de stockage vue pour l&apos;instant.
Les demandes publiées sur le marché apparaissent ici à leur arrivée, chacune avec la raison pour laquelle vos offres la prendraient ou non.</translation>
    </message>
    <message>
        <source>Select a request to see, for each availability, whether it would take the request&apos;s slots and exactly why not.</source>
        <translation>Sélectionnez une demande pour voir, pour chaque offre, si elle prendrait les slots de la demande et, sinon, pourquoi exactement.</translation>
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
        <translation>Vous ne proposez encore aucun stockage : ajoutez une offre dans l&apos;écran Offres.</translation>
    </message>
    <message>
        <source>%1 seen, %2 we would take</source>
        <translation>%1 vues, %2 que nous prendrions</translation>
    </message>
    <message>
        <source>Request %1: %2 of %3 for %4 at %5, collateral %6; it would end on %7.</source>
        <translation>Demande %1 : %2 de %3 pendant %4 à %5, garantie %6 ; elle se terminerait le %7.</translation>
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
        <translation>Vue</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Slots</source>
        <translation>Slots</translation>
    </message>
    <message>
        <source>Slot size</source>
        <translation>Taille du slot</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Would we take it?</source>
        <translation>La prendrions-nous ?</translation>
    </message>
    <message>
        <source>Our engine</source>
        <translation>Notre moteur</translation>
    </message>
    <message>
        <source>Exact: %1 per byte</source>
        <translation>Exact : %1 par octet</translation>
    </message>
    <message>
        <source>%1 for a whole slot</source>
        <translation>%1 pour un slot entier</translation>
    </message>
    <message>
        <source>Price offered to each host per TiB per month (a month is 30 days)</source>
        <translation>Prix offert à chaque hébergeur par Tio et par mois (un mois compte 30 jours)</translation>
    </message>
    <message>
        <source>Collateral a host deposits per TiB of a slot it fills</source>
        <translation>Garantie qu’un hébergeur dépose par Tio d’un slot qu’il remplit</translation>
    </message>
    <message>
        <source>Price / TiB·month</source>
        <translation>Prix / Tio·mois</translation>
    </message>
    <message>
        <source>Collateral / TiB</source>
        <translation>Garantie / Tio</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::NextPayoutsModel</name>
    <message>
        <source>due</source>
        <translation>échu</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>%1 slot %2</source>
        <translation>%1 slot %2</translation>
    </message>
    <message>
        <source>Request %1, slot %2</source>
        <translation>Demande %1, slot %2</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Payé le</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Paiement</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::ReservationTableModel</name>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Slot size</source>
        <translation>Taille du slot</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Stocké</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::RetrievalSettingsBox</name>
    <message>
        <source>Paid retrieval</source>
        <translation>Récupération payante</translation>
    </message>
    <message>
        <source>Serve paid retrievals</source>
        <translation>Servir des récupérations payantes</translation>
    </message>
    <message>
        <source>Clients download the slot data this desk holds, paying for it chunk by chunk with vouchers of a payment channel.</source>
        <translation>Les clients téléchargent les données de slot que ce desk détient et les paient morceau par morceau avec les bons d’un canal de paiement.</translation>
    </message>
    <message>
        <source>127.0.0.1 serves this computer only; 0.0.0.0 serves every network interface.</source>
        <translation>127.0.0.1 ne sert que cet ordinateur ; 0.0.0.0 sert toutes les interfaces réseau.</translation>
    </message>
    <message>
        <source>What each byte costs, in the smallest unit of %1 (one %1 is 10^%2 of them).</source>
        <translation>Ce que coûte chaque octet, dans la plus petite unité de %1 (un %1 en vaut 10^%2).</translation>
    </message>
    <message>
        <source>The first chunk goes out before anything is paid: the most a client who never pays can take.</source>
        <translation>Le premier morceau part avant tout paiement : le maximum qu’un client qui ne paie jamais peut obtenir.</translation>
    </message>
    <message>
        <source>Each next chunk is this much larger than the one before it; each is paid for before the next goes out.</source>
        <translation>Chaque morceau suivant est plus grand d’autant que le précédent ; chacun est payé avant que le suivant ne parte.</translation>
    </message>
    <message>
        <source>smallest unit of %1</source>
        <translation>plus petite unité de %1</translation>
    </message>
    <message>
        <source>Listen address:</source>
        <translation>Adresse d’écoute :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Price per byte:</source>
        <translation>Prix par octet :</translation>
    </message>
    <message>
        <source>First chunk:</source>
        <translation>Premier morceau :</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>Kio</translation>
    </message>
    <message>
        <source>Chunk growth:</source>
        <translation>Croissance par morceau :</translation>
    </message>
    <message>
        <source>Claim threshold:</source>
        <translation>Seuil de réclamation :</translation>
    </message>
    <message>
        <source>Changes take effect at the next start of Sales Desk. Paid retrieval runs on a chain only (the local test chain or a network): the demo market has no payment channels. The Retrievals screen shows what is served and paid.</source>
        <translation>Les modifications prennent effet au prochain démarrage de Sales Desk. La récupération payante ne fonctionne que sur une chaîne (la chaîne de test locale ou un réseau) : le marché de démonstration n’a pas de canaux de paiement. L’écran « Récupérations » montre ce qui est servi et payé.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>%1 per byte, %2 per GiB</source>
        <translation>%1 par octet, %2 par Gio</translation>
    </message>
    <message>
        <source>%1 per byte</source>
        <translation>%1 par octet</translation>
    </message>
    <message>
        <source>0: a channel is claimed only when its client asks to close it.</source>
        <translation>0 : un canal n’est réclamé que lorsque son client demande sa fermeture.</translation>
    </message>
    <message>
        <source>A channel is claimed once %1 of its vouchers are unclaimed, and when its client asks to close it.</source>
        <translation>Un canal est réclamé dès que %1 de ses bons ne sont pas réclamés, et lorsque son client demande sa fermeture.</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked above.</source>
        <translation>Rien n’a été enregistré : corrigez les champs signalés ci-dessus.</translation>
    </message>
    <message>
        <source>Saved: paid retrieval starts with the next start of Sales Desk on a chain.</source>
        <translation>Enregistré : la récupération payante démarre au prochain démarrage de Sales Desk sur une chaîne.</translation>
    </message>
    <message>
        <source>Saved: paid retrieval is off from the next start of Sales Desk.</source>
        <translation>Enregistré : la récupération payante est désactivée dès le prochain démarrage de Sales Desk.</translation>
    </message>
    <message>
        <source>How many retrievals one client may have under way at the same time, over all its payment channels.</source>
        <translation>Combien de récupérations un client peut avoir en cours en même temps, sur tous ses canaux de paiement.</translation>
    </message>
    <message>
        <source>Retrievals per client:</source>
        <translation>Récupérations par client :</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::RetrievalsModel</name>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>waiting for payment</source>
        <translation>en attente de paiement</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>Exact: %1</source>
        <translation>Exact : %1</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 sur %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1 of %2 bytes handed out</source>
        <translation>%1 octets livrés sur %2</translation>
    </message>
    <message>
        <source>The whole retrieval costs %1</source>
        <translation>La récupération entière coûte %1</translation>
    </message>
    <message>
        <source>Started %1, last changed %2</source>
        <translation>Commencée le %1, modifiée le %2</translation>
    </message>
    <message>
        <source>Retrieval</source>
        <translation>Récupération</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Dû</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencée</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::RetrievalsPage</name>
    <message>
        <source>Paid retrieval is not available on the demo market: it has no payment channels.

On a chain (Settings → Market: the local test chain or a network), clients can pay this desk to download the slot data it holds, chunk by chunk, with vouchers of a payment channel. Turn it on in Settings → Paid retrieval.</source>
        <translation>La récupération payante n’est pas disponible sur le marché de démonstration : il n’a pas de canaux de paiement.

Sur une chaîne (Paramètres → Marché : la chaîne de test locale ou un réseau), les clients peuvent payer ce desk pour télécharger les données de slot qu’il détient, morceau par morceau, avec les bons d’un canal de paiement. Activez-la dans Paramètres → Récupération payante.</translation>
    </message>
    <message>
        <source>Paid retrieval could not start: %1

Check Settings → Paid retrieval (listen address, port, price and chunks); changes take effect at the next start of Sales Desk.</source>
        <translation>La récupération payante n’a pas pu démarrer : %1

Vérifiez Paramètres → Récupération payante (adresse d’écoute, port, prix et morceaux) ; les modifications prennent effet au prochain démarrage de Sales Desk.</translation>
    </message>
    <message>
        <source>Paid retrieval starts once the desk has recovered its sales…</source>
        <translation>La récupération payante démarre dès que le desk a rétabli ses ventes…</translation>
    </message>
    <message>
        <source>Paid retrieval is off. Turn it on in Settings → Paid retrieval: clients then pay this desk to download the slot data it holds, chunk by chunk, with vouchers of a payment channel, and the desk claims what they paid on the chain.</source>
        <translation>La récupération payante est désactivée. Activez-la dans Paramètres → Récupération payante : les clients paient alors ce desk pour télécharger les données de slot qu’il détient, morceau par morceau, avec les bons d’un canal de paiement, et le desk réclame sur la chaîne ce qu’ils ont payé.</translation>
    </message>
    <message>
        <source>It is turned on in Settings and starts at the next start of Sales Desk.</source>
        <translation>Elle est activée dans les paramètres et démarre au prochain démarrage de Sales Desk.</translation>
    </message>
    <message>
        <source>Paid retrieval</source>
        <translation>Récupération payante</translation>
    </message>
    <message>
        <source>Clients ask this address for the terms and download slot data from it over HTTP, paying with vouchers as they go.</source>
        <translation>Les clients demandent les conditions à cette adresse et y téléchargent les données de slot par HTTP, en payant avec des bons au fur et à mesure.</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Point d’accès :</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Prix :</translation>
    </message>
    <message>
        <source>Chunks:</source>
        <translation>Morceaux :</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Réclamations :</translation>
    </message>
    <message>
        <source>Totals:</source>
        <translation>Totaux :</translation>
    </message>
    <message>
        <source>%1 per byte (%2 per GiB)</source>
        <translation>%1 par octet (%2 par Gio)</translation>
    </message>
    <message>
        <source>%1 per byte</source>
        <translation>%1 par octet</translation>
    </message>
    <message>
        <source>The first %1, each next one %2 larger; each is paid for before the next goes out</source>
        <translation>Le premier de %1, chaque suivant plus grand de %2 ; chacun est payé avant que le suivant ne parte</translation>
    </message>
    <message>
        <source>When a client asks to close its channel</source>
        <translation>Lorsqu’un client demande la fermeture de son canal</translation>
    </message>
    <message>
        <source>Once a channel holds %1 unclaimed, and when its client asks to close it</source>
        <translation>Dès qu’un canal détient %1 non réclamés, et lorsque son client demande sa fermeture</translation>
    </message>
    <message>
        <source>Retrievals</source>
        <translation>Récupérations</translation>
    </message>
    <message>
        <source>Payment channels</source>
        <translation>Canaux de paiement</translation>
    </message>
    <message>
        <source>%1 served since the start · %2 paid · %3 unclaimed</source>
        <translation>%1 servis depuis le démarrage · %2 payés · %3 non réclamés</translation>
    </message>
    <message>
        <source>Paid: the best vouchers accepted on all channels (or the amounts claimed, where more), exactly %1; unclaimed: what they promise above the amounts claimed on chain, exactly %2</source>
        <translation>Payé : les meilleurs bons acceptés sur tous les canaux (ou les montants réclamés, s&apos;ils sont supérieurs), exactement %1 ; non réclamé : ce qu&apos;ils promettent au-delà des montants réclamés sur la chaîne, exactement %2</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::RunningSalesModel</name>
    <message>
        <source>%1 submitted, %2 missed</source>
        <translation>%1 soumises, %2 manquées</translation>
    </message>
    <message>
        <source>%1 / %2 missed</source>
        <translation>%1 / %2 manquées</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <source>Expected payout</source>
        <translation>Paiement attendu</translation>
    </message>
    <message>
        <source>Proofs</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>In state since</source>
        <translation>Dans cet état depuis</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::SaleDetailsPane</name>
    <message>
        <source>Select a sale to see its ids, money and state history.</source>
        <translation>Sélectionnez une vente pour voir ses identifiants, ses montants et l&apos;historique de ses états.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Slot index</source>
        <translation>Index du slot</translation>
    </message>
    <message>
        <source>Slot id</source>
        <translation>Identifiant du slot</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Bytes stored</source>
        <translation>Octets stockés</translation>
    </message>
    <message>
        <source>Proofs</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <source>Expected payout</source>
        <translation>Paiement attendu</translation>
    </message>
    <message>
        <source>State history</source>
        <translation>Historique des états</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Lasted</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>This sale has ended; it is listed under History.</source>
        <translation>Cette vente est terminée ; elle figure dans l&apos;Historique.</translation>
    </message>
    <message>
        <source>Slot %1 of request %2</source>
        <translation>Slot %1 de la demande %2</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Actuellement : %1</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Terminée : %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 submitted, %2 missed</source>
        <translation>%1 soumises, %2 manquées</translation>
    </message>
    <message>
        <source>%1 deposited</source>
        <translation>%1 déposés</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>pas encore connu</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 pendant %2</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 jusqu&apos;à présent</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>%1 deposited (%2)</source>
        <translation>%1 déposés (%2)</translation>
    </message>
    <message>
        <source>%1 required to fill (%2)</source>
        <translation>%1 requis pour remplir (%2)</translation>
    </message>
    <message>
        <source>%1 per second for the whole slot</source>
        <translation>%1 par seconde pour le slot entier</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::SaleStatesModel</name>
    <message>
        <source>All running sales</source>
        <translation>Toutes les ventes en cours</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>En fin</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::SalesPage</name>
    <message>
        <source>Find Sale</source>
        <translation>Rechercher une vente</translation>
    </message>
    <message>
        <source>Copy Sale Ids</source>
        <translation>Copier les identifiants de la vente</translation>
    </message>
    <message>
        <source>Running Sales</source>
        <translation>Ventes en cours</translation>
    </message>
    <message>
        <source>Sales History</source>
        <translation>Historique des ventes</translation>
    </message>
    <message>
        <source>Filter by request id, slot or state</source>
        <translation>Filtrer par identifiant de demande, slot ou état</translation>
    </message>
    <message>
        <source>Filter by request id, slot, outcome or note</source>
        <translation>Filtrer par identifiant de demande, slot, résultat ou remarque</translation>
    </message>
    <message>
        <source>No sale has ended yet. Sales that end (paid, cancelled, failed or errored) are kept here with what they paid.</source>
        <translation>Aucune vente n&apos;est encore terminée. Les ventes terminées (payées, annulées, échouées ou en erreur) sont conservées ici avec ce qu&apos;elles ont rapporté.</translation>
    </message>
    <message>
        <source>Running (%1)</source>
        <translation>En cours (%1)</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Historique (%1)</translation>
    </message>
    <message>
        <source>No sale is running. A sale starts when a storage request on the market fits one of your availabilities: offer storage on the Availabilities screen.</source>
        <translation>Aucune vente en cours. Une vente commence lorsqu&apos;une demande de stockage sur le marché correspond à l&apos;une de vos offres : proposez du stockage dans l&apos;écran Offres.</translation>
    </message>
    <message>
        <source>No sale is in this state now.</source>
        <translation>Aucune vente n&apos;est actuellement dans cet état.</translation>
    </message>
    <message>
        <source>No running sale matches the filter.</source>
        <translation>Aucune vente en cours ne correspond au filtre.</translation>
    </message>
    <message>
        <source>request %1 slot %2 slotId %3</source>
        <translation>demande %1 slot %2 slotId %3</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::SellingToolBar</name>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Offer storage…</source>
        <translation>Proposer du stockage…</translation>
    </message>
    <message>
        <source>Offer disk space for sale (Ctrl+N)</source>
        <translation>Proposer de l&apos;espace disque à la vente (Ctrl+N)</translation>
    </message>
    <message>
        <source>Demo speed:</source>
        <translation>Vitesse de la démo :</translation>
    </message>
    <message>
        <source>How much faster than real time the demo market runs</source>
        <translation>Combien de fois plus vite que le temps réel le marché de démonstration s&apos;exécute</translation>
    </message>
    <message>
        <source>Resume selling</source>
        <translation>Reprendre la vente</translation>
    </message>
    <message>
        <source>Pause selling</source>
        <translation>Suspendre la vente</translation>
    </message>
    <message>
        <source>Take slots from the queue again (Ctrl+P)</source>
        <translation>Reprendre des slots dans la file d&apos;attente (Ctrl+P)</translation>
    </message>
    <message>
        <source>Stop taking new slots from the queue; running sales go on (Ctrl+P)</source>
        <translation>Ne plus prendre de nouveaux slots dans la file d&apos;attente ; les ventes en cours continuent (Ctrl+P)</translation>
    </message>
    <message>
        <source>Every queued slot was already checked against your availabilities; the queue waits for a new request or a change to an availability.</source>
        <translation>Chaque slot de la file a déjà été comparé à vos offres ; la file d&apos;attente attend une nouvelle demande ou une modification d&apos;offre.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Waiting for a matching slot</source>
        <translation>En attente d&apos;un slot correspondant</translation>
    </message>
    <message>
        <source>Selling (%1 active)</source>
        <translation>Vente en cours (%1 actives)</translation>
    </message>
    <message>
        <source>The demo&apos;s time waits for work that is due (proofs, fills, the hashing of downloaded slots) so that none of it is late: this machine kept up with about %1 over the last seconds.</source>
        <translation>Le temps de la démo attend le travail dû (preuves, remplissages, hachage des slots téléchargés) pour qu&apos;aucun ne soit en retard : cette machine a suivi environ %1 ces dernières secondes.</translation>
    </message>
    <message>
        <source>held to %1 by proofs</source>
        <translation>ralenti à %1 par les preuves</translation>
    </message>
    <message>
        <source>held to %1 by fills</source>
        <translation>ralenti à %1 par les remplissages</translation>
    </message>
    <message>
        <source>held to %1 by slot hashing</source>
        <translation>ralenti à %1 par le hachage des slots</translation>
    </message>
    <message>
        <source>held to %1 while sales are recovered</source>
        <translation>ralenti à %1 pendant la reprise des ventes</translation>
    </message>
    <message>
        <source>held to %1: the engine is busy</source>
        <translation>ralenti à %1 : le moteur est occupé</translation>
    </message>
    <message>
        <source>Chain speed:</source>
        <translation>Vitesse de la chaîne :</translation>
    </message>
    <message>
        <source>held to %1 by the local chain</source>
        <translation>ralenti à %1 par la chaîne locale</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::SettingsPage</name>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>Dossier des données :</translation>
    </message>
    <message>
        <source>Selling</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>How many slots are downloaded and proven at the same time.</source>
        <translation>Nombre de slots téléchargés et prouvés en même temps.</translation>
    </message>
    <message>
        <source>The most slots waiting in the queue; beyond it the least profitable are dropped.</source>
        <translation>Nombre maximal de slots en attente dans la file ; au-delà, les moins rentables sont retirés.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Storage quota:</source>
        <translation>Quota de stockage :</translation>
    </message>
    <message>
        <source>Parallel sales (workers):</source>
        <translation>Ventes en parallèle (workers) :</translation>
    </message>
    <message>
        <source>Slot queue size:</source>
        <translation>Taille de la file d&apos;attente :</translation>
    </message>
    <message>
        <source>Demo market</source>
        <translation>Marché de démonstration</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Vitesse :</translation>
    </message>
    <message>
        <source>Simulated time runs this many times faster than real time. Time never goes back, also after a restart.</source>
        <translation>Le temps simulé s&apos;écoule autant de fois plus vite que le temps réel. Le temps ne recule jamais, même après un redémarrage.</translation>
    </message>
    <message>
        <source>This desk runs on a scripted clock; its speed cannot be changed.</source>
        <translation>Cette session utilise une horloge scriptée ; sa vitesse ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Takes effect the next time Sales Desk starts.</source>
        <translation>Prend effet au prochain démarrage de Sales Desk.</translation>
    </message>
    <message>
        <source>About Sales Desk…</source>
        <translation>À propos de Sales Desk…</translation>
    </message>
    <message>
        <source>%1 used by slot data, %2 reserved; the quota cannot be lower.</source>
        <translation>%1 utilisés par les données de slots, %2 réservés ; le quota ne peut pas être inférieur.</translation>
    </message>
    <message>
        <source>From the next start: %1</source>
        <translation>Au prochain démarrage : %1</translation>
    </message>
    <message>
        <source>The database and the slot data live here. A change takes effect on restart.</source>
        <translation>La base de données et les données de slots se trouvent ici. Une modification prend effet au redémarrage.</translation>
    </message>
    <message>
        <source>Parallel sales (%1) cannot exceed the slot queue size (%2).</source>
        <translation>Les ventes en parallèle (%1) ne peuvent pas dépasser la taille de la file d&apos;attente (%2).</translation>
    </message>
    <message>
        <source>Applied: quota %1, parallel sales %2, slot queue size %3.</source>
        <translation>Appliqué : quota %1, ventes en parallèle %2, taille de la file d&apos;attente %3.</translation>
    </message>
    <message>
        <source>Choose the data directory</source>
        <translation>Choisir le dossier des données</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>Gio</translation>
    </message>
    <message>
        <source>TiB</source>
        <translation>Tio</translation>
    </message>
    <message>
        <source>The free space of the disk could not be read (%1): make sure the quota fits.</source>
        <translation>L&apos;espace libre du disque n&apos;a pas pu être lu (%1) : vérifiez que le quota y tient.</translation>
    </message>
    <message>
        <source>A storage quota of %1 does not fit on the disk of the data directory: filling it would write %2 more and only %3 is free. The largest quota that leaves %4 free is %5.</source>
        <translation>Un quota de stockage de %1 ne tient pas sur le disque du répertoire de données : le remplir écrirait %2 de plus et seuls %3 sont libres. Le plus grand quota qui laisse %4 libres est %5.</translation>
    </message>
    <message>
        <source>Warning: once the quota is filled, only %1 will be left free on the disk.</source>
        <translation>Attention : une fois le quota rempli, il ne restera que %1 de libre sur le disque.</translation>
    </message>
    <message>
        <source>The free space of the data directory&apos;s disk is unknown.</source>
        <translation>L&apos;espace libre du disque du répertoire de données est inconnu.</translation>
    </message>
    <message>
        <source>%1 free on the data directory&apos;s disk.</source>
        <translation>%1 libres sur le disque du répertoire de données.</translation>
    </message>
    <message>
        <source>This quota does not fit: filling it would fill the disk. At most %1 fits.</source>
        <translation>Ce quota ne tient pas : le remplir remplirait le disque. Au plus %1.</translation>
    </message>
    <message>
        <source>Filling this quota leaves only %1 free on the disk.</source>
        <translation>Remplir ce quota ne laisse que %1 de libre sur le disque.</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <source>Information (default)</source>
        <translation>Informations (par défaut)</translation>
    </message>
    <message>
        <source>Everything, for debugging</source>
        <translation>Tout, pour le débogage</translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation>Détail :</translation>
    </message>
    <message>
        <source>Written to %1, which is renamed and a new one begun at %2; the %3 latest renamed files are kept. Takes effect at once; QT_LOGGING_RULES in the environment overrides it.</source>
        <translation>Écrit dans %1, qui est renommé et remplacé par un nouveau fichier à %2 ; les %3 derniers fichiers renommés sont conservés. Prend effet immédiatement ; QT_LOGGING_RULES dans l’environnement a la priorité.</translation>
    </message>
    <message>
        <source>Local test chain</source>
        <translation>Chaîne de test locale</translation>
    </message>
    <message>
        <source>The local chain&apos;s time runs this many times faster than real time (a proof period is a minute: one second at 60×); the chain starts anew at every start. The demo market uses the same speed.</source>
        <translation>Le temps de la chaîne locale s&apos;écoule autant de fois plus vite que le temps réel (une période de preuve dure une minute : une seconde à 60×) ; la chaîne repart de zéro à chaque démarrage. Le marché de démonstration utilise la même vitesse.</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::SlotQueueModel</name>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>No match yet</source>
        <translation>Pas encore de correspondance</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>What hosting the slot pays: duration × price × size</source>
        <translation>Ce que rapporte l&apos;hébergement du slot : durée × prix × taille</translation>
    </message>
    <message>
        <source>Already checked against the availabilities without a match; checked again when an availability changes</source>
        <translation>Déjà comparé aux offres sans correspondance ; comparé de nouveau lorsqu&apos;une offre change</translation>
    </message>
    <message>
        <source>Not checked against the availabilities yet</source>
        <translation>Pas encore comparé aux offres</translation>
    </message>
    <message>
        <source>Place in the queue: 1 is taken first</source>
        <translation>Place dans la file d&apos;attente : le n° 1 est pris en premier</translation>
    </message>
    <message>
        <source>The slot can no longer be filled after this time</source>
        <translation>Le slot ne peut plus être rempli après cette date</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Profitability</source>
        <translation>Rentabilité</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>%1 per TiB of the slot</source>
        <translation>%1 par Tio du slot</translation>
    </message>
    <message>
        <source>Price per TiB per month (a month is 30 days)</source>
        <translation>Prix par Tio et par mois (un mois compte 30 jours)</translation>
    </message>
    <message>
        <source>Collateral filling the slot costs</source>
        <translation>Garantie que coûte le remplissage du slot</translation>
    </message>
    <message>
        <source>Price / TiB·month</source>
        <translation>Prix / Tio·mois</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::SlotQueuePage</name>
    <message>
        <source>&amp;Pause queue</source>
        <translation>&amp;Suspendre la file</translation>
    </message>
    <message>
        <source>&amp;Filter by request</source>
        <translation>&amp;Filtrer par demande</translation>
    </message>
    <message>
        <source>Filter by request id (%1)</source>
        <translation>Filtrer par identifiant de demande (%1)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No slot is waiting.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Slots of new storage requests on the market wait here, the most profitable first, until a sale takes them. Offer storage on the Availabilities screen so that slots can match.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucun slot en attente.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Les slots des nouvelles demandes de stockage du marché attendent ici, les plus rentables en premier, jusqu&apos;à ce qu&apos;une vente les prenne. Proposez du stockage dans l&apos;écran Offres pour que des slots puissent correspondre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Resume &amp;queue</source>
        <translation>&amp;Reprendre la file</translation>
    </message>
    <message>
        <source>Stopped: the sales engine is not running.</source>
        <translation>Arrêtée : le moteur de vente ne tourne pas.</translation>
    </message>
    <message>
        <source>Paused by you: no new slot is taken until you resume. Running sales go on.</source>
        <translation>Mise en pause par vous : aucun nouveau slot n&apos;est pris tant que vous ne reprenez pas. Les ventes en cours continuent.</translation>
    </message>
    <message>
        <source>Waiting: every queued slot was checked and none fits an availability. The queue resumes by itself when a new slot arrives or an availability changes.</source>
        <translation>En attente : chaque slot de la file a été vérifié et aucun ne correspond à une offre. La file reprend d&apos;elle-même à l&apos;arrivée d&apos;un nouveau slot ou à la modification d&apos;une offre.</translation>
    </message>
    <message>
        <source>Running: taking the queued slots in this order.</source>
        <translation>En cours : les slots de la file sont pris dans cet ordre.</translation>
    </message>
    <message>
        <source>Workers: %1 busy of %2</source>
        <translation>Workers : %1 occupés sur %2</translation>
    </message>
    <message>
        <source>Queued slots: %1</source>
        <translation>Slots en file d&apos;attente : %1</translation>
    </message>
    <message>
        <source>Shown: %1 of %2 queued slots</source>
        <translation>Affichés : %1 sur %2 slots en file d&apos;attente</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::StartFailureDialog</name>
    <message>
        <source>Sales Desk cannot start</source>
        <translation>Sales Desk ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Market settings…</source>
        <translation>Paramètres du marché…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::StartProgressDialog</name>
    <message>
        <source>Starting Sales Desk</source>
        <translation>Démarrage de Sales Desk</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::UnlockWalletDialog</name>
    <message>
        <source>Unlock the wallet</source>
        <translation>Déverrouiller le portefeuille</translation>
    </message>
    <message>
        <source>Sales Desk signs its transactions on the network with the wallet of its data directory. Enter its passphrase to unlock it.</source>
        <translation>Sales Desk signe ses transactions sur le réseau avec le portefeuille de son répertoire de données. Saisissez sa phrase secrète pour le déverrouiller.</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>inconnu (%1)</translation>
    </message>
    <message>
        <source>Remember the passphrase in the desktop keyring</source>
        <translation>Retenir la phrase secrète dans le trousseau du bureau</translation>
    </message>
    <message>
        <source>Then Sales Desk unlocks the wallet at start without asking. The passphrase is kept by the desktop&apos;s keyring, never in a file.</source>
        <translation>Sales Desk déverrouille alors le portefeuille au démarrage sans demander. La phrase secrète est gardée par le trousseau du bureau, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Enter the wallet&apos;s passphrase.</source>
        <translation>Saisissez la phrase secrète du portefeuille.</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte :</translation>
    </message>
    <message>
        <source>Keystore:</source>
        <translation>Keystore :</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <source>Looking for the passphrase in the keyring…</source>
        <translation>Recherche de la phrase secrète dans le trousseau…</translation>
    </message>
    <message>
        <source>No desktop keyring answers: the passphrase cannot be remembered.</source>
        <translation>Aucun trousseau du bureau ne répond : la phrase secrète ne peut pas être retenue.</translation>
    </message>
    <message>
        <source>Unlocking with the passphrase kept in the keyring…</source>
        <translation>Déverrouillage avec la phrase secrète du trousseau…</translation>
    </message>
    <message>
        <source>Unlocking… (this takes a second or two)</source>
        <translation>Déverrouillage… (cela prend une seconde ou deux)</translation>
    </message>
    <message>
        <source>The passphrase kept in the keyring does not unlock the wallet (%1): enter it.</source>
        <translation>La phrase secrète du trousseau ne déverrouille pas le portefeuille (%1) : saisissez-la.</translation>
    </message>
    <message>
        <source>Keeping the passphrase in the keyring…</source>
        <translation>Enregistrement de la phrase secrète dans le trousseau…</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::WalletPage</name>
    <message>
        <source>Wallet</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the address to the clipboard</source>
        <translation>Copier l&apos;adresse dans le presse-papiers</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Token balance:</source>
        <translation>Solde en jetons :</translation>
    </message>
    <message>
        <source>The %1 this wallet holds (the token&apos;s balanceOf)</source>
        <translation>Les %1 que détient ce portefeuille (balanceOf du jeton)</translation>
    </message>
    <message>
        <source>Gas balance:</source>
        <translation>Solde pour le gas :</translation>
    </message>
    <message>
        <source>The ETH this wallet holds to pay for transactions</source>
        <translation>L&apos;ETH que détient ce portefeuille pour payer les transactions</translation>
    </message>
    <message>
        <source>Collateral locked:</source>
        <translation>Garantie bloquée :</translation>
    </message>
    <message>
        <source>Deposited in filled slots, returned at the end</source>
        <translation>Déposée dans les slots occupés, rendue à la fin</translation>
    </message>
    <message>
        <source>Payouts pending:</source>
        <translation>Paiements à venir :</translation>
    </message>
    <message>
        <source>What the hosted slots pay when their requests end</source>
        <translation>Ce que paient les slots hébergés à la fin de leurs demandes</translation>
    </message>
    <message>
        <source>Withdrawable:</source>
        <translation>Retirable :</translation>
    </message>
    <message>
        <source>The token balance minus the collateral the open sales still need to fill their slots</source>
        <translation>Le solde en jetons moins la garantie dont les ventes en cours ont encore besoin pour occuper leurs slots</translation>
    </message>
    <message>
        <source>Node:</source>
        <translation>Nœud :</translation>
    </message>
    <message>
        <source>Withdraw tokens</source>
        <translation>Retirer des jetons</translation>
    </message>
    <message>
        <source>0x… (checksum case, or all lower case)</source>
        <translation>0x… (casse de la somme de contrôle, ou tout en minuscules)</translation>
    </message>
    <message>
        <source>To address:</source>
        <translation>Vers l&apos;adresse :</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>Montant en %1</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Montant :</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Copy transaction hash</source>
        <translation>Copier le hash de la transaction</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>pas encore connu</translation>
    </message>
    <message>
        <source>Exact: %1</source>
        <translation>Exact : %1</translation>
    </message>
    <message>
        <source>Collateral the open sales still need: %1</source>
        <translation>Garantie dont les ventes en cours ont encore besoin : %1</translation>
    </message>
    <message>
        <source>%1, block %2</source>
        <translation>%1, bloc %2</translation>
    </message>
    <message>
        <source>The balance is not known yet: the node has not answered</source>
        <translation>Le solde n&apos;est pas encore connu : le nœud n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>&lt;b&gt;Send %1 to %2?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Envoyer %1 à %2 ?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 %2 leave this wallet for the address above. A transaction on the chain cannot be undone; it costs some ETH for gas.</source>
        <translation>%1 %2 quittent ce portefeuille pour l&apos;adresse ci-dessus. Une transaction sur la chaîne est irréversible ; elle coûte un peu d&apos;ETH de gas.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Sending %1 to %2…</source>
        <translation>Envoi de %1 à %2…</translation>
    </message>
    <message>
        <source>Sent: mined in block %1.</source>
        <translation>Envoyé : miné dans le bloc %1.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>Books:</source>
        <translation>Comptes :</translation>
    </message>
    <message>
        <source>The %1 this wallet sent to the Marketplace and received from it, followed on the chain since this data folder was bound to it, against the ledger&apos;s deposits (out) and its payouts and returned collateral (in)</source>
        <translation>Les %1 que ce portefeuille a envoyés au Marketplace et reçus de lui, suivis sur la chaîne depuis que ce dossier de données y est lié, comparés aux dépôts (sortie) et aux paiements et garanties rendues (entrée) du registre</translation>
    </message>
    <message>
        <source>Books match the chain</source>
        <translation>Les comptes concordent avec la chaîne</translation>
    </message>
    <message>
        <source>The chain shows %1 more sent to the Marketplace than the ledger books deposited</source>
        <translation>La chaîne montre %1 de plus envoyés au Marketplace que les dépôts inscrits au registre</translation>
    </message>
    <message>
        <source>The ledger books %1 more deposited than the chain shows sent to the Marketplace</source>
        <translation>Le registre inscrit %1 de plus en dépôts que la chaîne ne montre envoyés au Marketplace</translation>
    </message>
    <message>
        <source>The chain shows %1 more received from the Marketplace than the ledger books paid out and returned</source>
        <translation>La chaîne montre %1 de plus reçus du Marketplace que les paiements et restitutions inscrits au registre</translation>
    </message>
    <message>
        <source>The ledger books %1 more paid out and returned than the chain shows received from the Marketplace</source>
        <translation>Le registre inscrit %1 de plus en paiements et restitutions que la chaîne ne montre reçus du Marketplace</translation>
    </message>
    <message>
        <source>On chain: %1 out, %2 in · ledger: %3 out, %4 in</source>
        <translation>Sur la chaîne : %1 sortis, %2 entrés · registre : %3 sortis, %4 entrés</translation>
    </message>
    <message>
        <source>Chain read from block %1 to block %2</source>
        <translation>Chaîne lue du bloc %1 au bloc %2</translation>
    </message>
    <message>
        <source>Not read from the chain yet (from block %1)</source>
        <translation>Pas encore lu sur la chaîne (à partir du bloc %1)</translation>
    </message>
    <message>
        <source>Ledger:</source>
        <translation>Registre :</translation>
    </message>
    <message>
        <source>What the ledger books: collateral deposited into slots, collateral returned when they ended, payouts, and collateral slashed; then the change in %1 they make, against the chain&apos;s change (what the Marketplace sent this wallet less what the wallet sent it)</source>
        <translation>Ce que consigne le registre : la garantie déposée dans les slots, la garantie rendue à leur fin, les paiements et la garantie pénalisée ; puis la variation en %1 qui en résulte, face à celle de la chaîne (ce que le Marketplace a envoyé à ce portefeuille moins ce que le portefeuille lui a envoyé)</translation>
    </message>
    <message>
        <source>Deposited %1 · collateral returned %2 · paid out %3 · slashed %4</source>
        <translation>Déposé %1 · garantie rendue %2 · payé %3 · pénalisé %4</translation>
    </message>
    <message>
        <source>Change %1; the chain is not read yet</source>
        <translation>Variation %1 ; la chaîne n’est pas encore lue</translation>
    </message>
    <message>
        <source>Change %1, equal to the chain&apos;s</source>
        <translation>Variation %1, égale à celle de la chaîne</translation>
    </message>
    <message>
        <source>Change %1, but the chain&apos;s is %2</source>
        <translation>Variation %1, mais celle de la chaîne est %2</translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::WalletTransactionsModel</name>
    <message>
        <source>signed</source>
        <translation>signée</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <source>mined</source>
        <translation>minée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <source>Mined in block %1</source>
        <translation>Minée dans le bloc %1</translation>
    </message>
    <message>
        <source>Gas limit %1</source>
        <translation>Limite de gas %1</translation>
    </message>
    <message>
        <source>Exact: %1
%2 gas × %3 per gas</source>
        <translation>Exact : %1
%2 gas × %3 par gas</translation>
    </message>
    <message>
        <source>Made %1, last changed %2</source>
        <translation>Créée %1, modifiée en dernier %2</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>Confirmations</translation>
    </message>
    <message>
        <source>Gas used</source>
        <translation>Gas utilisé</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
</context>
</TS>
