<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Recovering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSpeed</name>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collateral lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventSeverity</name>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchReasonText</name>
    <message>
        <source>The availability is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot needs %1 (%2 bytes) but only %3 (%4 bytes) is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request runs for %1, longer than the %2 this availability accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request pays %1 per byte per second, below the minimum of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot asks %1 collateral per byte; the %2 collateral left over %3 free allows at most %4 per byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request would end on %1, after this availability&apos;s end date (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot too big</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price below minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collateral budget too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends after until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes it: the smallest availability that fits every rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could take it, but a smaller fitting availability goes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No — no storage offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No — none of %1 availabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 selling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferUnits</name>
    <message>
        <source>GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months (30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount of tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number of tokens (digits only): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Sales Desk cannot open its data in %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales Desk cannot start selling.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaleState</name>
    <message>
        <source>Recovering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserving slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proving (simulated failures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell disk space on the Codex storage marketplace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::AlertBanner</name>
    <message>
        <source>Show Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 new alert. Latest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new alerts. Latest: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::AvailabilitiesPage</name>
    <message>
        <source>&amp;Offer storage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer disk space for sale (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept new sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the selected availability takes new slots; its running sales go on either way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;You do not offer any storage yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Say how much disk space to sell, for how long and at what minimum price; Sales Desk then takes the storage requests that fit.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer storage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availabilities: %1 · offered: %2 · committed to sales: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an availability to see the slots it is committed to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservations of availability %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No slot uses this availability yet: all %1 are free and %2 tokens of collateral remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slots holding part of it: %1. They hold %2 of %3 and %4 tokens of collateral; %5 tokens of collateral remain, %6 were lost to slashing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove availability %1? Its %2 go back to the free quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availabilities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::AvailabilityForm</name>
    <message>
        <source>Offer storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit availability %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest &amp;duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens per TiB per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum &amp;price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens in total, or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collateral:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only slots that end &amp;before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept new sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disabled availability keeps its running sales but takes no new slots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough storage quota: %1 requested, %2 available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New total size must be at least the bytes committed to reservations, which is currently: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the lowest price is %2 tokens per TiB per month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total collateral must be at least the collateral committed to or lost by sales, which is currently: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until must be greater or equal to the longest currently hosted slot, which ends at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes; at most %2 (%3 committed to sales)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes; %2 of the quota are free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= %1 tokens per byte per second, rounded down: the engine stores a whole number per byte per second, which is %2 tokens per TiB per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= %1 tokens per byte per second, exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens per byte, rounded down; a slot may ask for at most that much collateral per byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens per byte; a slot may ask for at most that much collateral per byte</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::AvailabilityTableModel</name>
    <message>
        <source>No end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens per byte per second = %2 tokens per TiB per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 committed to sales, %2 lost to slashing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest price accepted, in tokens per byte per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max. duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min. price / byte·s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collateral left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::AvailabilityVerdictsModel</name>
    <message>
        <source>Takes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could take it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::DashboardCharts</name>
    <message>
        <source>Cumulative earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payouts yet.
A slot pays when its request ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing offered yet.
Offer storage to start selling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running sales by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sale is running.
Sales start when a request matches an availability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid to you (tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved for slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::DashboardPage</name>
    <message>
        <source>Storage offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free for new sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved for slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collateral locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payout is scheduled. Slots you host are paid when their request ends; they will be listed here with the amount and the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No availability yet: offer storage to start selling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quota %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held for slots being sold or hosted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot data on disk, %1 of the quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hosted now; sales in progress: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting: no queued slot matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slots waiting; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no collateral lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens of collateral lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deposited in filled slots, returned at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled payouts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::DeskStatusBar</name>
    <message>
        <source>The slot queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage quota: stored and reserved bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balance on the marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on the simulated marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance %1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue: %1 waiting, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota: %1 stored, %2 reserved of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::EarningsChartView</name>
    <message>
        <source>tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thousand tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>million tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billion tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trillion tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens × 10^%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collateral returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collateral lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net earnings to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::EarningsPage</name>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the entries shown as a CSV file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collateral returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collateral deposited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collateral lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net earnings (payouts − lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in tokens (smallest unit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No money has moved yet.
Payouts, returned collateral and any collateral lost appear here as your sales are filled and finish.
Offer storage on the Availabilities screen to start selling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ledger entries match the filter.
Choose another kind or a longer period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earnings-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported 1 entry to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 entries to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::EngineEventCollector</name>
    <message>
        <source>Sale started in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale errored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale errored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A slot errored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale ended: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof missed (%1 missed, %2 submitted for this slot); the validator slashes collateral for a missed proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proof was missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collateral lost: %1 tokens were slashed or forfeited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collateral slashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance is low: %1 tokens left, less than the %2 tokens of collateral another fill needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance is low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot queue resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot queue paused by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot queue paused itself: every queued slot was already checked against the availabilities; it resumes on a new slot or a wider availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped from the full slot queue (lowest priority)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::EventsPage</name>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by request id, slot or message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot %1 of request %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events yet. Sale state changes, errors and alerts (errored slots, missed proofs, slashed collateral, a low balance) appear here as they happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::FinishedSalesModel</name>
    <message>
        <source>Collateral lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collateral returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended before this session; the outcome is read from the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proofs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::LedgerEntriesModel</name>
    <message>
        <source>Collateral deposited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collateral returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collateral lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (smallest token units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (tokens)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::MainWindow</name>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer storage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer disk space for sale (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much faster than real time the demo market runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume selling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause selling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take slots from the queue again (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop taking new slots from the queue; running sales go on (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every queued slot was already checked against your availabilities; the queue waits for a new request or a change to an availability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a matching slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling (%1 active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Sales Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Sales Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Offer storage to start selling.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales Desk sells the disk space you offer to clients of the storage marketplace. Say how much space, for how long and at what minimum price; matching requests are then reserved, stored, proven and paid for you.

The demo market is running: requests arrive every few minutes of simulated time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::MatchingPage</name>
    <message>
        <source>Storage requests seen on the market, and whether your availabilities would take them — and if not, why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests we would take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests we would not take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No storage requests seen yet.
Requests posted on the market appear here as they arrive, each with the reason your availabilities would or would not take it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to see, for each availability, whether it would take the request&apos;s slots and exactly why not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1: %2 of %3 for %4 at %5 per byte per second, %6 collateral per byte; it would end on %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You offer no storage yet: add an availability on the Availabilities screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seen, %2 we would take</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::MatchingRequestsModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per byte per second offered to each host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per byte a host deposits to fill a slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price /B/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collateral /B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would we take it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our engine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::NextPayoutsModel</name>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 slot %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1, slot %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout (tokens)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::ReservationTableModel</name>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::RunningSalesModel</name>
    <message>
        <source>%1 submitted, %2 missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proofs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In state since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::SaleDetailsPane</name>
    <message>
        <source>Select a sale to see its ids, money and state history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proofs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sale has ended; it is listed under History.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot %1 of request %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 submitted, %2 missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deposited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 required to fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::SaleStatesModel</name>
    <message>
        <source>All running sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::SalesPage</name>
    <message>
        <source>Find Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Sale Ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by request id, slot or state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by request id, slot, outcome or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sale has ended yet. Sales that end (paid, cancelled, failed or errored) are kept here with what they paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sale is running. A sale starts when a storage request on the market fits one of your availabilities: offer storage on the Availabilities screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sale is in this state now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No running sale matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1 slot %2 slotId %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::SettingsPage</name>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many slots are downloaded and proven at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most slots waiting in the queue; beyond it the least profitable are dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel sales (workers):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot queue size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated time runs this many times faster than real time. Time never goes back, also after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk runs on a scripted clock; its speed cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect the next time Sales Desk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Sales Desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 used by slot data, %2 reserved; the quota cannot be lower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the next start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database and the slot data live here. A change takes effect on restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel sales (%1) cannot exceed the slot queue size (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied: quota %1, parallel sales %2, slot queue size %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the data directory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::SlotQueueModel</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What hosting the slot pays: duration × price × size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already checked against the availabilities without a match; checked again when an availability changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked against the availabilities yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place in the queue: 1 is taken first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per byte per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collateral filling the slot costs, in tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot can no longer be filled after this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price / byte·s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profitability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salesdesk::ui::SlotQueuePage</name>
    <message>
        <source>&amp;Pause queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter by request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by request id (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No slot is waiting.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Slots of new storage requests on the market wait here, the most profitable first, until a sale takes them. Offer storage on the Availabilities screen so that slots can match.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume &amp;queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: the sales engine is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused by you: no new slot is taken until you resume. Running sales go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: every queued slot was checked and none fits an availability. The queue resumes by itself when a new slot arrives or an availability changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running: taking the queued slots in this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers: %1 busy of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued slots: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown: %1 of %2 queued slots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
