#include "ui/common/ServicePage.h"

#include "core/desk/Desk.h"
#include "ui/common/AmountCopy.h"
#include "ui/common/ColumnSizing.h"

#include <QDynamicPropertyChangeEvent>
#include <QHeaderView>
#include <QHideEvent>
#include <QLabel>
#include <QShowEvent>
#include <QTableView>
#include <QVBoxLayout>

namespace salesdesk::ui {

ServicePage::ServicePage(Desk& desk, const char* startErrorProperty, const QString& pageName,
                         const QString& explanationName, QWidget* parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_startErrorProperty(startErrorProperty)
    // Changes are read in batches of 250 ms, and only while the page is shown.
    , m_refresh(250, false, [this] { read(); }) {
    setObjectName(pageName);
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(explanationName);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_explanation->setMaximumWidth(720);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addStretch(1);

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, [this] {
        if (isServing())
            showNow(m_desk.clock().now());
    });
    // The GUI's main records the start of the service on the desk (recordStart).
    desk.installEventFilter(this);
}

ServicePage::~ServicePage() = default;

void ServicePage::recordStart(Desk& desk, const char* property, const QString& error) {
    desk.setProperty(property, error);
}

QLabel* ServicePage::figureLabel(const QString& name, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QTableView* ServicePage::tableView(const QString& name, QAbstractItemModel* model,
                                   QWidget* parent) {
    auto* table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    fitColumnsToContents(*table->horizontalHeader());
    table->horizontalHeader()->setStretchLastSection(true);
    AmountCopy::install(table);
    return table;
}

QVariant ServicePage::recordedStart() const {
    return m_desk.property(m_startErrorProperty);
}

bool ServicePage::eventFilter(QObject* watched, QEvent* event) {
    if (watched == &m_desk && event->type() == QEvent::DynamicPropertyChange &&
        static_cast<QDynamicPropertyChangeEvent*>(event)->propertyName() == m_startErrorProperty)
        updateMode();
    return QWidget::eventFilter(watched, event);
}

void ServicePage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    updateMode();
    m_refresh.setLive(true);
    if (isServing()) {
        showNow(m_desk.clock().now());
        m_countdown.start();
    }
}

void ServicePage::hideEvent(QHideEvent* event) {
    QWidget::hideEvent(event);
    m_refresh.setLive(false);
    m_countdown.stop();
}

void ServicePage::refreshNow() {
    updateMode();
    m_refresh.refreshNow();
}

QString ServicePage::explanationText() const {
    return isServing() ? QString() : m_explanation->text();
}

void ServicePage::updateMode() {
    if (!isServing() && takeServiceIfRunning()) {
        m_explanation->hide();
        if (isVisible())
            m_countdown.start();
        read();
        return;
    }
    if (!isServing())
        m_explanation->setText(explanation());
}

void ServicePage::addServingView(QWidget* view) {
    auto* pageLayout = static_cast<QVBoxLayout*>(layout());
    delete pageLayout->takeAt(pageLayout->count() - 1);
    pageLayout->addWidget(view, 1);
}

} // namespace salesdesk::ui
