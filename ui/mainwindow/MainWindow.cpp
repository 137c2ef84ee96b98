#include "ui/mainwindow/MainWindow.h"

#include "core/desk/Desk.h"
#include "core/domain/Availability.h"
#include "core/reservations/Reservations.h"
#include "core/sales/Sales.h"
#include "core/sales/SlotQueue.h"
#include "core/settings/Settings.h"
#include "salesdesk/Version.h"
#include "ui/availabilities/AvailabilitiesPage.h"
#include "ui/common/Formatting.h"
#include "ui/common/ThemedIcon.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/deals/DealsPage.h"
#include "ui/earnings/EarningsPage.h"
#include "ui/events/EventsPage.h"
#include "ui/mainwindow/DeskStatusBar.h"
#include "ui/mainwindow/SellingToolBar.h"
#include "ui/matching/MatchingPage.h"
#include "ui/queue/SlotQueuePage.h"
#include "ui/retrieval/RetrievalsPage.h"
#include "ui/sales/SalesPage.h"
#include "ui/settings/AboutDialog.h"
#include "ui/settings/SettingsPage.h"
#include "ui/wallet/WalletPage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>

#include <algorithm>

namespace salesdesk::ui {

namespace {

constexpr int kScreenRole = Qt::UserRole + 1;

QIcon screenIcon(MainWindow::Screen screen, const QStyle* style) {
    using S = MainWindow::Screen;
    switch (screen) {
    case S::Dashboard:
        return themedIcon("computer", QStyle::SP_ComputerIcon, style);
    case S::Availabilities:
        return themedIcon("drive-harddisk", QStyle::SP_DriveHDIcon, style);
    case S::SlotQueue:
        return themedIcon("view-sort-ascending", QStyle::SP_FileDialogListView, style);
    case S::Sales:
        return themedIcon("emblem-synchronizing", QStyle::SP_BrowserReload, style);
    case S::Earnings:
        return themedIcon("x-office-spreadsheet", QStyle::SP_FileDialogDetailedView, style);
    case S::Matching:
        return themedIcon("edit-find", QStyle::SP_FileDialogContentsView, style);
    case S::Events:
        return themedIcon("dialog-information", QStyle::SP_MessageBoxInformation, style);
    case S::Settings:
        return themedIcon("preferences-system", QStyle::SP_FileDialogInfoView, style);
    case S::Wallet:
        return themedIcon("wallet-open", QStyle::SP_DirHomeIcon, style);
    case S::Deals:
        return themedIcon("x-office-document", QStyle::SP_FileIcon, style);
    case S::Retrievals:
        return themedIcon("network-server", QStyle::SP_DriveNetIcon, style);
    }
    return {};
}

// The digit of screen `index`'s shortcuts (0-based): 1 … 9, then 0 for the tenth; -1 for the
// screens after it, which have no shortcut.
int screenDigit(int index) {
    return index < 10 ? (index + 1) % 10 : -1;
}

} // namespace

MainWindow::MainWindow(Desk& desk, QWidget* parent)
    : QMainWindow(parent)
    , m_desk(desk) {
    setWindowTitle(QString::fromLatin1(kApplicationName));
    setObjectName(QStringLiteral("mainWindow"));
    // Every screen shows amounts in the market's token.
    setDisplayToken(desk.market().config().token);
    resize(1280, 800);

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setBackgroundRole(QPalette::Window);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("screens"));

    createPages();
    // Wide enough for the longest title beside its icon (the list is not polished yet, so its
    // own size hint would be empty).
    int widest = 0;
    for (const ScreenEntry& entry : m_screens)
        widest = std::max(widest,
                          m_navigation->fontMetrics().horizontalAdvance(screenTitle(entry.screen)));
    m_navigation->setFixedWidth(widest + m_navigation->iconSize().width() + 48);
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack,
            &QStackedWidget::setCurrentIndex);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto* line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_statusBar = new DeskStatusBar(desk, this);
    setStatusBar(m_statusBar);
    createToolBar();
    createMenus();
    if (QSystemTrayIcon::isSystemTrayAvailable())
        createTrayIcon();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages() {
    addScreen(Screen::Dashboard, new DashboardPage(m_desk, this));
    addScreen(Screen::Availabilities, new AvailabilitiesPage(m_desk, this));
    addScreen(Screen::SlotQueue, new SlotQueuePage(m_desk, this));
    addScreen(Screen::Sales, new SalesPage(m_desk, this));
    addScreen(Screen::Earnings, new EarningsPage(m_desk, this));
    addScreen(Screen::Matching, new MatchingPage(m_desk, this));
    auto* events = new EventsPage(m_desk, this);
    addScreen(Screen::Events, events);
    connect(events, &EventsPage::alertRaised, this, &MainWindow::showAlert);
    connect(events, &EventsPage::unseenAlertCountChanged, this, &MainWindow::showAlertCount);
    addScreen(Screen::Settings, new SettingsPage(m_desk, this));
    if (m_desk.chainWatch())
        addScreen(Screen::Wallet, new WalletPage(m_desk, this));
    addScreen(Screen::Deals, new DealsPage(m_desk, this));
    addScreen(Screen::Retrievals, new RetrievalsPage(m_desk, this));
}

void MainWindow::addScreen(Screen screen, QWidget* page) {
    const int number = static_cast<int>(screen) + 1;
    auto* item = new QListWidgetItem(screenIcon(screen, style()), screenTitle(screen));
    item->setData(kScreenRole, static_cast<int>(screen));
    const int digit = screenDigit(number - 1);
    item->setToolTip(digit < 0 ? screenTitle(screen)
                               : tr("%1 (Ctrl+%2)").arg(screenTitle(screen)).arg(digit));
    item->setSizeHint(QSize(0, 36));
    m_navigation->addItem(item);
    page->setObjectName(page->objectName().isEmpty() ? QStringLiteral("page%1").arg(number)
                                                     : page->objectName());
    m_stack->addWidget(page);
    m_screens.append({screen, page});
}

QString MainWindow::screenTitle(Screen screen) const {
    switch (screen) {
    case Screen::Dashboard:
        return tr("Dashboard");
    case Screen::Availabilities:
        return tr("Availabilities");
    case Screen::SlotQueue:
        return tr("Slot queue");
    case Screen::Sales:
        return tr("Sales");
    case Screen::Earnings:
        return tr("Earnings");
    case Screen::Matching:
        return tr("Matching");
    case Screen::Events:
        return tr("Events");
    case Screen::Settings:
        return tr("Settings");
    case Screen::Wallet:
        return tr("Wallet");
    case Screen::Deals:
        return tr("Deals");
    case Screen::Retrievals:
        return tr("Retrievals");
    }
    return {};
}

QList<MainWindow::Screen> MainWindow::screens() const {
    QList<Screen> out;
    for (const ScreenEntry& entry : m_screens)
        out.append(entry.screen);
    return out;
}

QWidget* MainWindow::page(Screen screen) const {
    for (const ScreenEntry& entry : m_screens)
        if (entry.screen == screen)
            return entry.page;
    return nullptr;
}

MainWindow::Screen MainWindow::currentScreen() const {
    const int row = m_stack->currentIndex();
    return row >= 0 && row < m_screens.size() ? m_screens.at(row).screen : Screen::Dashboard;
}

void MainWindow::showScreen(Screen screen) {
    for (int row = 0; row < m_screens.size(); ++row)
        if (m_screens.at(row).screen == screen)
            m_navigation->setCurrentRow(row);
}

void MainWindow::createToolBar() {
    QWidget* availabilities = page(Screen::Availabilities);
    const bool canOffer =
        availabilities && availabilities->metaObject()->indexOfMethod("offerStorage()") >= 0;
    m_toolBar = new SellingToolBar(m_desk, canOffer, this);
    addToolBar(m_toolBar);
    m_pauseAction = m_toolBar->pauseAction();
    m_offerAction = m_toolBar->offerAction();
    if (m_offerAction)
        connect(m_offerAction, &QAction::triggered, this, &MainWindow::offerStorage);
}

QString MainWindow::queueStateText() const {
    return m_toolBar->queueStateText();
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_quitAction = file->addAction(
        themedIcon("application-exit", QStyle::SP_DialogCloseButton, style()), tr("&Quit"));
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setShortcutContext(Qt::ApplicationShortcut);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_quitAction->setStatusTip(tr("Stop selling and quit Sales Desk"));
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < kScreenCount; ++i) {
        const auto screen = static_cast<Screen>(i);
        if (!page(screen)) {
            m_screenActions.append(nullptr);
            continue;
        }
        QAction* action = view->addAction(screenIcon(screen, style()), screenTitle(screen));
        action->setObjectName(QStringLiteral("screenAction%1").arg(i + 1));
        // Ctrl+<n> as the sidebar's tool tips say; Alt+<n> too, as in tabbed programs.
        if (const int digit = screenDigit(i); digit >= 0) {
            const auto key = static_cast<Qt::Key>(Qt::Key_0 + digit);
            action->setShortcuts({QKeySequence(Qt::CTRL | key), QKeySequence(Qt::ALT | key)});
            action->setShortcutContext(Qt::WindowShortcut);
        }
        connect(action, &QAction::triggered, this, [this, screen] { showScreen(screen); });
        m_screenActions.append(action);
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Sales Desk…"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

QAction* MainWindow::screenAction(Screen screen) const {
    const int i = static_cast<int>(screen);
    return i < m_screenActions.size() ? m_screenActions.at(i) : nullptr;
}

void MainWindow::setTrayAvailable(bool available) {
    if (available && !m_tray) {
        createTrayIcon();
    } else if (!available && m_tray) {
        delete m_tray;
        m_tray = nullptr;
    }
}

void MainWindow::createTrayIcon() {
    m_tray = new QSystemTrayIcon(this);
    const QIcon icon =
        windowIcon().isNull() ? style()->standardIcon(QStyle::SP_DriveHDIcon) : windowIcon();
    m_tray->setIcon(icon);
    m_tray->setToolTip(QString::fromLatin1(kApplicationName));
    auto* menu = new QMenu(this);
    QAction* showWindow = menu->addAction(tr("Show Sales Desk"));
    connect(showWindow, &QAction::triggered, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    menu->addAction(m_pauseAction);
    menu->addSeparator();
    menu->addAction(m_quitAction);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QObject::destroyed, menu, &QObject::deleteLater);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason != QSystemTrayIcon::Trigger)
                    return;
                if (isVisible() && !isMinimized()) {
                    hide();
                } else {
                    showNormal();
                    raise();
                    activateWindow();
                }
            });
    m_tray->show();
}

void MainWindow::showAlert(const QString& title, const QString& text,
                           QSystemTrayIcon::MessageIcon icon) {
    statusBar()->showMessage(title + QStringLiteral(": ") + text, 10'000);
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(title, text, icon);
}

void MainWindow::showAlertCount(int unseen) {
    for (int row = 0; row < m_screens.size(); ++row) {
        if (m_screens.at(row).screen != Screen::Events)
            continue;
        const QString title = screenTitle(Screen::Events);
        m_navigation->item(row)->setText(unseen > 0 ? tr("%1 (%2)").arg(title).arg(unseen) : title);
    }
}

bool MainWindow::shouldPromptToOfferStorage() const {
    if (!m_offerAction || settings::offerPromptDismissed.value())
        return false;
    auto availabilities = m_desk.engine().reservations().availabilities();
    return availabilities.ok() && availabilities->isEmpty();
}

void MainWindow::promptToOfferStorageIfNew() {
    if (!shouldPromptToOfferStorage())
        return;
    QMessageBox box(this);
    box.setWindowTitle(tr("Welcome to Sales Desk"));
    box.setIcon(QMessageBox::Information);
    box.setText(tr("<b>Offer storage to start selling.</b>"));
    box.setInformativeText(
        m_desk.localChain()
            ? tr("Sales Desk sells the disk space you offer to clients of the storage "
                 "marketplace. Say how much space, for how long and at what minimum price; "
                 "matching requests are then reserved, stored, proven and paid for you.\n\nA "
                 "local test chain is running: its demo clients post requests every few minutes "
                 "of chain time, which runs at the speed shown in the toolbar.")
            : tr("Sales Desk sells the disk space you offer to clients of the storage marketplace. "
                 "Say how much space, for how long and at what minimum price; matching requests "
                 "are then reserved, stored, proven and paid for you.\n\nThe demo market is "
                 "running: requests arrive every few minutes of simulated time."));
    auto* offer = box.addButton(tr("Offer storage…"), QMessageBox::AcceptRole);
    box.addButton(tr("Later"), QMessageBox::RejectRole);
    auto* dontAsk = new QCheckBox(tr("Do not ask again"), &box);
    box.setCheckBox(dontAsk);
    box.setDefaultButton(qobject_cast<QPushButton*>(offer));
    box.exec();
    if (dontAsk->isChecked())
        settings::offerPromptDismissed.set(true);
    if (box.clickedButton() == offer)
        offerStorage();
}

void MainWindow::offerStorage() {
    QWidget* availabilities = page(Screen::Availabilities);
    if (!availabilities)
        return;
    showScreen(Screen::Availabilities);
    QMetaObject::invokeMethod(availabilities, "offerStorage", Qt::QueuedConnection);
}

MainWindow::CloseAction MainWindow::savedCloseAction() {
    const QString saved = settings::closeAction.value();
    if (saved == QLatin1String("tray"))
        return CloseAction::KeepSellingInTray;
    if (saved == QLatin1String("quit"))
        return CloseAction::Quit;
    return CloseAction::Ask;
}

void MainWindow::saveCloseAction(CloseAction action) {
    switch (action) {
    case CloseAction::Ask:
        settings::closeAction.remove();
        return;
    case CloseAction::KeepSellingInTray:
        settings::closeAction.set(QStringLiteral("tray"));
        return;
    case CloseAction::Quit:
        settings::closeAction.set(QStringLiteral("quit"));
        return;
    }
}

void MainWindow::quit() {
    closeWithoutAsking();
    QCoreApplication::quit();
}

void MainWindow::closeWithoutAsking() {
    m_quitting = true;
    close();
}

void MainWindow::showAbout() {
    AboutDialog dialog(m_desk.dataDirectory(), this);
    dialog.exec();
}

MainWindow::CloseAction MainWindow::askOnClose() {
    const qsizetype running = m_desk.engine().sales().agents().size();
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("closeDialog"));
    box.setWindowTitle(tr("Close Sales Desk"));
    box.setIcon(QMessageBox::Question);
    box.setText(m_tray ? tr("<b>Keep selling in the system tray?</b>")
                       : tr("<b>Quit Sales Desk?</b>"));
    const QString stops =
        running > 0
            ? tr("%n sale(s) running. While Sales Desk is not running, their proofs are missed, "
                 "and missed proofs can cost collateral.",
                 nullptr, static_cast<int>(running))
            : tr("While Sales Desk is not running, it takes no new slots.");
    box.setInformativeText(m_tray ? stops + QLatin1Char('\n') +
                                        tr("In the tray Sales Desk goes on selling; quit it from "
                                           "the tray icon's menu or File → Quit.")
                                  : stops);
    QPushButton* tray = nullptr;
    if (m_tray) {
        tray = box.addButton(tr("Keep selling in the tray"), QMessageBox::AcceptRole);
        tray->setObjectName(QStringLiteral("keepSellingButton"));
    }
    QPushButton* quitButton = box.addButton(tr("Quit"), QMessageBox::DestructiveRole);
    quitButton->setObjectName(QStringLiteral("quitButton"));
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    auto* dontAsk = new QCheckBox(tr("Do not ask again"), &box);
    dontAsk->setObjectName(QStringLiteral("dontAskAgain"));
    box.setCheckBox(dontAsk);
    box.setDefaultButton(tray ? tray : cancel);
    box.setEscapeButton(cancel);
    box.exec();
    CloseAction chosen = CloseAction::Ask;
    if (tray && box.clickedButton() == tray)
        chosen = CloseAction::KeepSellingInTray;
    else if (box.clickedButton() == quitButton)
        chosen = CloseAction::Quit;
    if (chosen != CloseAction::Ask && dontAsk->isChecked())
        saveCloseAction(chosen);
    return chosen;
}

void MainWindow::hideInTray() {
    hide();
    if (!m_toldAboutTray && m_tray->isVisible()) {
        m_toldAboutTray = true;
        m_tray->showMessage(QString::fromLatin1(kApplicationName),
                            tr("Sales Desk goes on selling here. Use the tray icon to open the "
                               "window or to quit."),
                            QSystemTrayIcon::Information);
    }
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveWindowState();
    if (m_quitting) {
        QMainWindow::closeEvent(event);
        return;
    }
    CloseAction action = savedCloseAction();
    // A saved "tray" with no tray now falls back to asking (Quit or Cancel).
    if (action == CloseAction::Ask || (action == CloseAction::KeepSellingInTray && !m_tray))
        action = askOnClose();
    switch (action) {
    case CloseAction::Ask:
        event->ignore();
        return;
    case CloseAction::KeepSellingInTray:
        event->ignore();
        hideInTray();
        return;
    case CloseAction::Quit:
        m_quitting = true;
        QMainWindow::closeEvent(event);
        QCoreApplication::quit();
        return;
    }
}

void MainWindow::saveWindowState() const {
    QSettings stored;
    settings::windowGeometry.set(stored, saveGeometry());
    settings::windowState.set(stored, saveState());
    settings::currentScreen.set(stored, static_cast<int>(currentScreen()));
}

void MainWindow::restoreWindowState() {
    const QSettings stored;
    restoreGeometry(settings::windowGeometry.value(stored));
    restoreState(settings::windowState.value(stored));
    const int screen = settings::currentScreen.value(stored);
    m_navigation->setCurrentRow(0);
    if (screen >= 0 && screen < kScreenCount)
        showScreen(static_cast<Screen>(screen));
}

} // namespace salesdesk::ui
