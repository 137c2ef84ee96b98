#include "ui/retrieval/RetrievalsPage.h"

#include "core/chain/retrieval/RetrievalService.h"
#include "core/desk/Desk.h"
#include "core/domain/TokenAmount.h"
#include "ui/common/FieldLabels.h"
#include "ui/common/Formatting.h"
#include "ui/common/MarketTotals.h"
#include "ui/retrieval/ChannelsModel.h"
#include "ui/retrieval/RetrievalsModel.h"
#include "ui/settings/RetrievalSettings.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLoggingCategory>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace salesdesk::ui {

Q_LOGGING_CATEGORY(lcRetrievalsPage, "salesdesk.ui.retrievalspage")

namespace {

constexpr quint64 kGiB = quint64(1) << 30;

} // namespace

RetrievalsPage::RetrievalsPage(Desk& desk, QWidget* parent)
    : ServicePage(desk, kStartErrorProperty, QStringLiteral("retrievalsPage"),
                  QStringLiteral("retrievalExplanation"), parent)
    , m_enabledAtStart(RetrievalSettings::enabled.value()) {
    updateMode();
}

RetrievalsPage::~RetrievalsPage() = default;

void RetrievalsPage::recordStart(Desk& desk, const QString& error) {
    ServicePage::recordStart(desk, kStartErrorProperty, error);
}

QString RetrievalsPage::summaryText() const {
    if (!m_service)
        return {};
    QStringList lines;
    for (const QLabel* label : {m_endpoint, m_price, m_chunks, m_claims, m_totals})
        lines << label->text();
    return lines.join(QLatin1Char('\n'));
}

QString RetrievalsPage::explanation() const {
    if (!desk().chainHost())
        return tr("Paid retrieval is not available on the demo market: it has no payment "
                  "channels.\n\nOn a chain (Settings → Market: the local test chain or a "
                  "network), clients can pay this desk to download the slot data it holds, chunk "
                  "by chunk, with vouchers of a payment channel. Turn it on in Settings → Paid "
                  "retrieval.");
    const QVariant recorded = recordedStart();
    if (recorded.isValid() && !recorded.toString().isEmpty())
        return tr("Paid retrieval could not start: %1\n\nCheck Settings → Paid retrieval (listen "
                  "address, port, price and chunks); changes take effect at the next start of "
                  "Sales Desk.")
            .arg(recorded.toString());
    if (m_enabledAtStart && !recorded.isValid())
        return tr("Paid retrieval starts once the desk has recovered its sales…");
    QString text = tr("Paid retrieval is off. Turn it on in Settings → Paid retrieval: clients "
                      "then pay this desk to download the slot data it holds, chunk by chunk, "
                      "with vouchers of a payment channel, and the desk claims what they paid on "
                      "the chain.");
    if (RetrievalSettings::enabled.value())
        text += QStringLiteral("\n\n") +
                tr("It is turned on in Settings and starts at the next start of Sales Desk.");
    return text;
}

bool RetrievalsPage::takeServiceIfRunning() {
    RetrievalService* service = desk().retrieval();
    if (!service)
        return false;
    m_service = service;
    buildServingView(*service);
    connect(service, &RetrievalService::changed, &liveRefresh(), &LiveRefresh::changed);
    qCDebug(lcRetrievalsPage).noquote()
        << "showing paid retrieval at" << service->server().baseUrl().toString();
    return true;
}

void RetrievalsPage::buildServingView(RetrievalService& service) {
    const TokenInfo token = desk().market().config().token;
    auto* serving = new QWidget(this);
    serving->setObjectName(QStringLiteral("retrievalServing"));

    auto* offer = new QGroupBox(tr("Paid retrieval"), serving);
    auto* form = new QFormLayout(offer);
    m_endpoint = figureLabel(QStringLiteral("retrievalEndpoint"), offer);
    m_endpoint->setToolTip(tr("Clients ask this address for the terms and download slot data "
                              "from it over HTTP, paying with vouchers as they go."));
    m_price = figureLabel(QStringLiteral("retrievalPrice"), offer);
    m_chunks = figureLabel(QStringLiteral("retrievalChunks"), offer);
    m_claims = figureLabel(QStringLiteral("retrievalClaims"), offer);
    m_totals = figureLabel(QStringLiteral("retrievalTotals"), offer);
    m_readError = problemMessageLabel(QStringLiteral("retrievalReadError"), offer);
    form->addRow(tr("Endpoint:"), m_endpoint);
    form->addRow(tr("Price:"), m_price);
    form->addRow(tr("Chunks:"), m_chunks);
    form->addRow(tr("Claims:"), m_claims);
    form->addRow(tr("Totals:"), m_totals);
    form->addRow(m_readError);

    m_endpoint->setText(service.server().baseUrl().toString());
    const RetrievalTerms& terms = service.server().config().terms;
    auto perGiB = uint256::checkedMul(terms.pricePerByte, UInt256(kGiB));
    m_price->setText(perGiB.ok()
                         ? tr("%1 per byte (%2 per GiB)")
                               .arg(tokens::formatExact(terms.pricePerByte, token),
                                    tokens::formatRounded(*perGiB, token))
                         : tr("%1 per byte").arg(tokens::formatExact(terms.pricePerByte, token)));
    m_chunks->setText(
        tr("The first %1, each next one %2 larger; each is paid for before the "
           "next goes out")
            .arg(formatBytes(terms.paymentInterval), formatBytes(terms.paymentIntervalIncrease)));
    const UInt256& threshold = service.options().claimThreshold;
    m_claims->setText(threshold == 0
                          ? tr("When a client asks to close its channel")
                          : tr("Once a channel holds %1 unclaimed, and when its client asks to "
                               "close it")
                                .arg(tokens::formatExact(threshold, token)));

    m_retrievals = new RetrievalsModel(token, this);
    m_channels = new ChannelsModel(token, this);
    auto* retrievalsBox = new QGroupBox(tr("Retrievals"), serving);
    auto* retrievalsLayout = new QVBoxLayout(retrievalsBox);
    m_retrievalsTable = tableView(QStringLiteral("retrievalsTable"), m_retrievals, retrievalsBox);
    retrievalsLayout->addWidget(m_retrievalsTable);
    auto* channelsBox = new QGroupBox(tr("Payment channels"), serving);
    auto* channelsLayout = new QVBoxLayout(channelsBox);
    m_channelsTable = tableView(QStringLiteral("channelsTable"), m_channels, channelsBox);
    channelsLayout->addWidget(m_channelsTable);
    auto* splitter = new QSplitter(Qt::Vertical, serving);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(retrievalsBox);
    splitter->addWidget(channelsBox);

    auto* servingLayout = new QVBoxLayout(serving);
    servingLayout->setContentsMargins(0, 0, 0, 0);
    servingLayout->addWidget(offer);
    servingLayout->addWidget(splitter, 1);
    addServingView(serving);
}

void RetrievalsPage::read() {
    if (!m_service)
        return;
    QStringList problems;
    auto recent = m_service->retrievals().recent(kMaxRetrievals);
    if (recent.ok())
        m_retrievals->setRows(std::move(*recent));
    else
        problems << recent.message();
    const RetrievalService::Options& options = m_service->options();
    auto channels = m_service->vouchers().channels(options.chainId, options.channels);
    if (channels.ok())
        m_channels->setRows(std::move(*channels));
    else
        problems << channels.message();
    m_channels->setNow(desk().clock().now());
    m_readError->setText(problems.join(QLatin1Char('\n')));
    m_readError->setVisible(!problems.isEmpty());
    showFigures();
}

void RetrievalsPage::showNow(Timestamp now) {
    m_channels->setNow(now);
}

void RetrievalsPage::showFigures() {
    const TokenInfo token = desk().market().config().token;
    auto totals = MarketTotals::ofChannels(m_channels->rows());
    if (!totals.ok()) {
        m_totals->setText(totals.message());
        m_totals->setToolTip(QString());
        return;
    }
    m_totals->setText(tr("%1 served since the start · %2 paid · %3 unclaimed")
                          .arg(formatBytes(m_service->server().bytesServed()),
                               tokens::formatRounded(totals->earned, token),
                               tokens::formatRounded(totals->unclaimed, token)));
    m_totals->setToolTip(
        tr("Paid: the best vouchers accepted on all channels (or the amounts claimed, where "
           "more), exactly %1; "
           "unclaimed: what they promise above the amounts claimed on chain, "
           "exactly %2")
            .arg(tokens::formatExact(totals->earned, token),
                 tokens::formatExact(totals->unclaimed, token)));
}

} // namespace salesdesk::ui
