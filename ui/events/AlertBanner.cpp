#include "ui/events/AlertBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace salesdesk::ui {

AlertBanner::AlertBanner(QWidget* parent)
    : QFrame(parent) {
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_icon = new QLabel;
    m_text = new QLabel;
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_show = new QPushButton(tr("Show Alerts"));
    m_dismiss = new QPushButton(tr("Dismiss"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_show);
    layout->addWidget(m_dismiss);
    connect(m_show, &QPushButton::clicked, this, &AlertBanner::showRequested);
    connect(m_dismiss, &QPushButton::clicked, this, &AlertBanner::dismissRequested);
    setVisible(false);
}

void AlertBanner::setAlerts(int count, const QString& latest, bool isError) {
    if (count <= 0) {
        setVisible(false);
        m_text->clear();
        return;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(
        style()
            ->standardIcon(isError ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning)
            .pixmap(size, size));
    m_text->setText(count == 1 ? tr("1 new alert. Latest: %1").arg(latest)
                               : tr("%1 new alerts. Latest: %2").arg(count).arg(latest));
    setVisible(true);
}

QString AlertBanner::text() const {
    return m_text->text();
}

} // namespace salesdesk::ui
