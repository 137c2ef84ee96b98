#include "ui/startup/StartFailureDialog.h"

#include "ui/settings/MarketSettingsBox.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QVBoxLayout>

namespace salesdesk::ui {

StartFailureDialog::StartFailureDialog(const QString& message, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Sales Desk cannot start"));
    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(48, 48));
    auto* text = new QLabel(message, this);
    text->setObjectName(QStringLiteral("failureMessage"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* top = new QHBoxLayout();
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(text, 1);

    m_settings = new MarketSettingsBox(QString(), this);
    m_settings->hide();
    connect(m_settings, &MarketSettingsBox::restartRequested, this, &StartFailureDialog::accept);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* settings =
        buttons->addButton(tr("Market settings…"), QDialogButtonBox::ActionRole);
    settings->setObjectName(QStringLiteral("showSettings"));
    QPushButton* again = buttons->addButton(tr("Try again"), QDialogButtonBox::AcceptRole);
    again->setObjectName(QStringLiteral("tryAgain"));
    QPushButton* quit = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quit"));
    quit->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &StartFailureDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(settings, &QPushButton::clicked, this, [this, settings] {
        m_settings->show();
        settings->hide();
        adjustSize();
        // Taller now: kept on the screen (there may be no window manager to do it).
        if (QScreen* screen = this->screen())
            move(screen->availableGeometry().center() - rect().center());
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_settings);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

void StartFailureDialog::accept() {
    if (m_settings->isVisible() && !m_settings->save())
        return;
    QDialog::accept();
}

} // namespace salesdesk::ui
