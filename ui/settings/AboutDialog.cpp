#include "ui/settings/AboutDialog.h"

#include "salesdesk/Version.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace salesdesk::ui {

AboutDialog::AboutDialog(const QString& dataDirectory, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("About %1").arg(QString::fromLatin1(kApplicationName)));
    auto* icon = new QLabel(this);
    const QIcon appIcon = QApplication::windowIcon().isNull()
                              ? style()->standardIcon(QStyle::SP_DriveHDIcon)
                              : QApplication::windowIcon();
    icon->setPixmap(appIcon.pixmap(64, 64));
    icon->setAlignment(Qt::AlignHCenter);
    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setOpenExternalLinks(true);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignHCenter);
    text->setText(
        QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p><p>%4</p><p>%5<br><a href=\"%6\">%7</a></p>")
            .arg(QString::fromLatin1(kApplicationName).toHtmlEscaped(),
                 tr("Version %1").arg(QString::fromLatin1(kVersion)).toHtmlEscaped(),
                 tr("Sell disk space on the Codex storage marketplace.").toHtmlEscaped(),
                 tr("Built with Qt %1.").arg(QString::fromLatin1(qVersion())).toHtmlEscaped(),
                 tr("Your data:").toHtmlEscaped(),
                 QUrl::fromLocalFile(dataDirectory).toString().toHtmlEscaped(),
                 dataDirectory.toHtmlEscaped()));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(icon);
    layout->addWidget(text);
    layout->addWidget(buttons);
    setMinimumWidth(380);
}

} // namespace salesdesk::ui
