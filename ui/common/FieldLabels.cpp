#include "ui/common/FieldLabels.h"

#include <QColor>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace salesdesk::ui {

QLabel* fieldProblemLabel(const QString& name, QWidget* parent) {
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* icon = new QLabel(row);
    const int extent = row->style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(row->style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(extent));
    icon->setAlignment(Qt::AlignTop);
    auto* label = new QLabel(row);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(icon);
    layout->addWidget(label, 1);
    row->setVisible(false);
    return label;
}

QLabel* fieldHintLabel(const QString& name, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel* problemMessageLabel(const QString& name, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    QPalette colours = label->palette();
    colours.setColor(QPalette::WindowText, problemColour());
    label->setPalette(colours);
    label->hide();
    return label;
}

QColor problemColour() {
    return {0xd0, 0x3b, 0x3b};
}

QColor successColour() {
    return {0x2e, 0x8b, 0x57};
}

} // namespace salesdesk::ui
