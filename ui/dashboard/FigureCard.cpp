#include "ui/dashboard/FigureCard.h"

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
    m_detail->setText(detail);
    setAccessibleName(m_caption->text() + QStringLiteral(": ") + value);
}

QString FigureCard::value() const {
    return m_value->text();
}

QString FigureCard::detail() const {
    return m_detail->text();
}

} // namespace salesdesk::ui
