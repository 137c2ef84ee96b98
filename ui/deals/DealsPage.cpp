#include "ui/deals/DealsPage.h"

#include "core/chain/deals/DealService.h"
#include "core/desk/Desk.h"
#include "core/domain/PriceUnits.h"
#include "core/domain/TokenAmount.h"
#include "ui/common/AmountCopy.h"
#include "ui/common/ColumnSizing.h"
#include "ui/common/FieldLabels.h"
#include "ui/common/Formatting.h"
#include "ui/deals/DealsModel.h"
#include "ui/settings/DealSettings.h"

#include <QDynamicPropertyChangeEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QHideEvent>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QShowEvent>
#include <QTableView>
#include <QVBoxLayout>

namespace salesdesk::ui {

Q_LOGGING_CATEGORY(lcDealsPage, "salesdesk.ui.dealspage")

namespace {

QLabel* figureLabel(const QString& name, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

DealsPage::DealsPage(Desk& desk, QWidget* parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_enabledAtStart(DealSettings::enabled.value())
    // Changes are read in batches of 250 ms, and only while the page is shown.
    , m_refresh(250, false, [this] { read(); }) {
    setObjectName(QStringLiteral("dealsPage"));
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("dealsExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_explanation->setMaximumWidth(720);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addStretch(1);

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, [this] {
        if (m_deals)
            m_deals->setNow(m_desk.clock().now());
    });
    // The GUI's main records the start of direct deals on the desk (recordStart).
    desk.installEventFilter(this);
    updateMode();
}

DealsPage::~DealsPage() = default;

void DealsPage::recordStart(Desk& desk, const QString& error) {
    desk.setProperty(kStartErrorProperty, error);
}

bool DealsPage::eventFilter(QObject* watched, QEvent* event) {
    if (watched == &m_desk && event->type() == QEvent::DynamicPropertyChange &&
        static_cast<QDynamicPropertyChangeEvent*>(event)->propertyName() == kStartErrorProperty)
        updateMode();
    return QWidget::eventFilter(watched, event);
}

void DealsPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    updateMode();
    m_refresh.setLive(true);
    if (m_deals) {
        m_deals->setNow(m_desk.clock().now());
        m_countdown.start();
    }
}

void DealsPage::hideEvent(QHideEvent* event) {
    QWidget::hideEvent(event);
    m_refresh.setLive(false);
    m_countdown.stop();
}

void DealsPage::refreshNow() {
    updateMode();
    m_refresh.refreshNow();
}

QString DealsPage::explanationText() const {
    return m_service ? QString() : m_explanation->text();
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

void DealsPage::updateMode() {
    if (!m_service) {
        if (DealService* service = m_desk.deals()) {
            m_service = service;
            buildServingView(*service);
            connect(service, &DealService::changed, &m_refresh, &LiveRefresh::changed);
            m_explanation->hide();
            if (isVisible())
                m_countdown.start();
            qCDebug(lcDealsPage).noquote()
                << "showing direct deals at" << service->baseUrl().toString();
            read();
            return;
        }
    }
    if (!m_service)
        m_explanation->setText(explanationFor(m_desk.chainHost() != nullptr,
                                              m_desk.property(kStartErrorProperty),
                                              m_enabledAtStart, DealSettings::enabled.value()));
}

void DealsPage::buildServingView(DealService& service) {
    const TokenInfo token = m_desk.market().config().token;
    m_serving = new QWidget(this);
    m_serving->setObjectName(QStringLiteral("dealsServing"));

    auto* offer = new QGroupBox(tr("Direct deals"), m_serving);
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
    auto* dealsBox = new QGroupBox(tr("Deals"), m_serving);
    auto* dealsLayout = new QVBoxLayout(dealsBox);
    m_dealsTable = new QTableView(dealsBox);
    m_dealsTable->setObjectName(QStringLiteral("dealsTable"));
    m_dealsTable->setModel(m_deals);
    m_dealsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_dealsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_dealsTable->verticalHeader()->hide();
    fitColumnsToContents(*m_dealsTable->horizontalHeader());
    m_dealsTable->horizontalHeader()->setStretchLastSection(true);
    AmountCopy::install(m_dealsTable);
    dealsLayout->addWidget(m_dealsTable);

    auto* servingLayout = new QVBoxLayout(m_serving);
    servingLayout->setContentsMargins(0, 0, 0, 0);
    servingLayout->addWidget(offer);
    servingLayout->addWidget(dealsBox, 1);
    // The serving view takes the space the explanation's stretch held.
    auto* pageLayout = static_cast<QVBoxLayout*>(layout());
    delete pageLayout->takeAt(pageLayout->count() - 1);
    pageLayout->addWidget(m_serving, 1);
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
    m_deals->setNow(m_desk.clock().now());

    // Counted over every unfinished deal, not only those the table shows.
    auto figures = MarketTotals::ofBook(book);
    if (!figures.ok())
        problems << figures.message();
    m_readError->setText(problems.join(QLatin1Char('\n')));
    m_readError->setVisible(!problems.isEmpty());
    showFigures(figures.ok() ? *figures : DealTotals{});
}

void DealsPage::showFigures(const DealTotals& figures) {
    const TokenInfo token = m_desk.market().config().token;
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
