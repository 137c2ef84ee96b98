#include "ui/startup/StartProgressDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace salesdesk::ui {

StartProgressDialog::StartProgressDialog(const QString& text, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Starting Sales Desk"));
    m_text = new QLabel(text, this);
    m_text->setObjectName(QStringLiteral("progressText"));
    m_text->setWordWrap(true);
    auto* bar = new QProgressBar(this);
    bar->setRange(0, 0); // busy: how long it takes is not known
    bar->setTextVisible(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &StartProgressDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(bar);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void StartProgressDialog::setText(const QString& text) {
    m_text->setText(text);
}

void StartProgressDialog::reject() {
    m_text->setText(tr("Cancelling…"));
    Q_EMIT cancelled();
}

} // namespace salesdesk::ui
