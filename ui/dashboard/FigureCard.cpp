#include "ui/dashboard/FigureCard.h"

#include "ui/common/AmountCopy.h"
#include "ui/common/Formatting.h"

#include <QLabel>
#include <QVBoxLayout>

namespace salesdesk::ui {

FigureCard::FigureCard(const QString& caption, QWidget* parent)
    : QFrame(parent) {
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_caption = new QLabel(caption, this);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_value = new QLabel(this);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setWeight(QFont::DemiBold);
    m_value->setFont(big);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail = new QLabel(this);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_detail->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
}

void FigureCard::setValue(const QString& value, const QString& detail) {
    m_value->setText(value);
    m_value->setToolTip(QString());
    m_detail->setText(detail);
    setAccessibleName(m_caption->text() + QStringLiteral(": ") + value);
}

void FigureCard::setAmount(const UInt256& amount, const QString& detail) {
    AmountCopy::setAmount(m_value, amount);
    m_detail->setText(detail);
    setAccessibleName(m_caption->text() + QStringLiteral(": ") + m_value->text());
}

QString FigureCard::valueToolTip() const {
    return m_value->toolTip();
}

QString FigureCard::value() const {
    return m_value->text();
}

QString FigureCard::detail() const {
    return m_detail->text();
}

} // namespace salesdesk::ui
