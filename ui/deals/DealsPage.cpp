#include "ui/deals/DealsPage.h"

#include "core/chain/deals/DealService.h"
#include "core/desk/Desk.h"
#include "core/domain/PriceUnits.h"
#include "core/domain/TokenAmount.h"
#include "ui/common/FieldLabels.h"
#include "ui/common/Formatting.h"
#include "ui/deals/DealsModel.h"
#include "ui/settings/DealSettings.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace salesdesk::ui {

Q_LOGGING_CATEGORY(lcDealsPage, "salesdesk.ui.dealspage")

DealsPage::DealsPage(Desk& desk, QWidget* parent)
    : ServicePage(desk, kStartErrorProperty, QStringLiteral("dealsPage"),
                  QStringLiteral("dealsExplanation"), parent)
    , m_enabledAtStart(DealSettings::enabled.value()) {
    updateMode();
}

DealsPage::~DealsPage() = default;

void DealsPage::recordStart(Desk& desk, const QString& error) {
    ServicePage::recordStart(desk, kStartErrorProperty, error);
}

QString DealsPage::summaryText() const {
    if (!m_service)
        return {};
    QStringList lines;
    for (const QLabel* label : {m_endpoint, m_accepting, m_price, m_counts, m_totals})
        lines << label->text();
    return lines.join(QLatin1Char('\n'));
}

QString DealsPage::explanationFor(bool onChain, const QVariant& recorded, bool enabledAtStart,
                                  bool enabledNow) {
    if (!onChain)
        return tr("Direct deals are not available on the demo market: it has no deal "
                  "contract.\n\nOn a chain (Settings → Market: the local test chain or a "
                  "network), clients can send this desk a signed proposal to store their data: "
                  "the desk takes the data, publishes the deal on the chain, proves it every "
                  "period and is paid as the term runs. Turn it on in Settings → Direct deals.");
    if (recorded.isValid() && !recorded.toString().isEmpty())
        return tr("Direct deals could not start: %1\n\nCheck Settings → Direct deals (listen "
                  "address, port, price and bounds); changes take effect at the next start of "
                  "Sales Desk.")
            .arg(recorded.toString());
    if (enabledAtStart && !recorded.isValid())
        return tr("Direct deals start once the desk has recovered its sales…");
    QString text = tr("Direct deals are off. Turn them on in Settings → Direct deals: clients then "
                      "send this desk signed proposals to store their data, and the desk takes "
                      "the data, publishes each deal on the chain, proves it every period and is "
                      "paid as the term runs.");
    if (enabledNow)
        text += QStringLiteral("\n\n") +
                tr("They are turned on in Settings and start at the next start of Sales Desk.");
    return text;
}

QString DealsPage::explanation() const {
    return explanationFor(desk().chainHost() != nullptr, recordedStart(), m_enabledAtStart,
                          DealSettings::enabled.value());
}

bool DealsPage::takeServiceIfRunning() {
    DealService* service = desk().deals();
    if (!service)
        return false;
    m_service = service;
    buildServingView(*service);
    connect(service, &DealService::changed, &liveRefresh(), &LiveRefresh::changed);
    qCDebug(lcDealsPage).noquote() << "showing direct deals at" << service->baseUrl().toString();
    return true;
}

void DealsPage::buildServingView(DealService& service) {
    const TokenInfo token = desk().market().config().token;
    auto* serving = new QWidget(this);
    serving->setObjectName(QStringLiteral("dealsServing"));

    auto* offer = new QGroupBox(tr("Direct deals"), serving);
    auto* form = new QFormLayout(offer);
    m_endpoint = figureLabel(QStringLiteral("dealsEndpoint"), offer);
    m_endpoint->setToolTip(tr("Clients ask this address for the desk's ask and send it their "
                              "signed proposals and then their data over HTTP."));
    m_accepting = figureLabel(QStringLiteral("dealsAccepting"), offer);
    m_price = figureLabel(QStringLiteral("dealsPrice"), offer);
    m_counts = figureLabel(QStringLiteral("dealsCounts"), offer);
    m_totals = figureLabel(QStringLiteral("dealsTotals"), offer);
    m_readError = problemMessageLabel(QStringLiteral("dealsReadError"), offer);
    form->addRow(tr("Endpoint:"), m_endpoint);
    form->addRow(tr("New deals:"), m_accepting);
    form->addRow(tr("Price:"), m_price);
    form->addRow(tr("Deals:"), m_counts);
    form->addRow(tr("Totals:"), m_totals);
    form->addRow(m_readError);
    m_endpoint->setText(service.baseUrl().toString());

    m_deals = new DealsModel(token, this);
    auto* dealsBox = new QGroupBox(tr("Deals"), serving);
    auto* dealsLayout = new QVBoxLayout(dealsBox);
    m_dealsTable = tableView(QStringLiteral("dealsTable"), m_deals, dealsBox);
    dealsLayout->addWidget(m_dealsTable);

    auto* servingLayout = new QVBoxLayout(serving);
    servingLayout->setContentsMargins(0, 0, 0, 0);
    servingLayout->addWidget(offer);
    servingLayout->addWidget(dealsBox, 1);
    addServingView(serving);
}

void DealsPage::read() {
    if (!m_service)
        return;
    QStringList problems;
    const DealBook& book = m_service->book();
    auto recent = book.recent(kMaxDeals);
    if (recent.ok())
        m_deals->setDeals(std::move(*recent));
    else
        problems << recent.message();
    m_deals->setNow(desk().clock().now());

    // Counted over every unfinished deal, not only those the table shows.
    auto figures = MarketTotals::ofBook(book);
    if (!figures.ok())
        problems << figures.message();
    m_readError->setText(problems.join(QLatin1Char('\n')));
    m_readError->setVisible(!problems.isEmpty());
    showFigures(figures.ok() ? *figures : DealTotals{});
}

void DealsPage::showNow(Timestamp now) {
    m_deals->setNow(now);
}

void DealsPage::showFigures(const DealTotals& figures) {
    const TokenInfo token = desk().market().config().token;
    const DealService::Options& options = m_service->options();
    m_accepting->setText(options.rules.acceptDeals
                             ? tr("Accepted")
                             : tr("Refused: the deals taken are still served, proven and paid "
                                  "(Settings → Direct deals)"));
    const UInt256& price = options.ask.pricePerBytePerSecond;
    auto perTiBMonth = prices::perTiBMonth(price);
    m_price->setText(
        perTiBMonth.ok()
            ? tr("At least %1 per byte per second (%2 per TiB per month)")
                  .arg(tokens::formatExact(price, token),
                       tokens::formatRounded(*perTiBMonth, token))
            : tr("At least %1 per byte per second").arg(tokens::formatExact(price, token)));
    m_counts->setText(
        tr("%1 active · %2 awaiting data")
            .arg(QLocale().toString(figures.active), QLocale().toString(figures.awaitingData)));
    m_totals->setText(tr("%1 paid so far · %2 collateral locked")
                          .arg(tokens::formatRounded(figures.paid, token),
                               tokens::formatRounded(figures.collateralLocked, token)));
    m_totals->setToolTip(tr("Paid: what all deals paid this desk on chain, exactly %1; "
                            "collateral locked: what the unfinished deals still hold of the "
                            "desk's collateral, exactly %2")
                             .arg(tokens::formatExact(figures.paid, token),
                                  tokens::formatExact(figures.collateralLocked, token)));
}

} // namespace salesdesk::ui
