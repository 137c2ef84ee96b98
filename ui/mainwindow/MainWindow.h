#pragma once

#include <QList>
#include <QMainWindow>
#include <QSystemTrayIcon>

class QAction;
class QListWidget;
class QStackedWidget;

namespace salesdesk {

class Desk;

namespace ui {

class DeskStatusBar;
class SellingToolBar;

// The application window: a sidebar of screens (Ctrl+1 … Ctrl+9 and Ctrl+0 for the tenth, also
// Alt+1 … Alt+9, Alt+0; the screens after the tenth have none) over a
// stack of pages, a menu bar (File: Quit, Ctrl+Q; View: the screens; Help: About), a toolbar
// (SellingToolBar: Offer storage, the Pause/Resume switch of the slot queue with its state, the
// demo market's speed), a status bar, a tray icon
// with a menu, and geometry, state and the current screen kept in the settings
// (settings::windowGeometry, windowState, currentScreen: core/settings/Settings.h).
//
// Closing the window does not stop selling by surprise: unless the user chose "do not ask
// again" (settings::closeAction: "tray" or "quit"), it asks whether to keep selling
// in the system tray (only offered where there is one), quit, or cancel. Quitting (File → Quit,
// the tray's Quit, or choosing to quit on close) closes the window and quits the event loop;
// the program then stops the engine (Desk::stop) before it exits.
//
// Screens come in a fixed order; a screen whose page is not part of the build is not listed, nor
// the Wallet when the desk is not on a chain.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // The screens in sidebar order; Ctrl+<n> opens screen n (1-based; Ctrl+0 the tenth; none for
    // the screens after it) when it is listed.
    enum class Screen {
        Dashboard,
        Availabilities,
        SlotQueue,
        Sales,
        Earnings,
        Matching,
        Events,
        Settings,
        Wallet,    // on a chain only
        Deals,     // direct deals; on the demo market it says why there are none
        Retrievals // paid retrieval; on the demo market it says why there is none
    };
    static constexpr int kScreenCount = 11;

    explicit MainWindow(Desk& desk, QWidget* parent = nullptr);
    ~MainWindow() override;

    QList<Screen> screens() const;
    QWidget* page(Screen screen) const;
    QString screenTitle(Screen screen) const;
    Screen currentScreen() const;

    // The toolbar's Pause/Resume selling switch (SellingToolBar).
    QAction* pauseAction() const { return m_pauseAction; }
    // What the toolbar says about the queue ("Selling", "Paused", "Waiting for a matching slot").
    QString queueStateText() const;
    QAction* quitAction() const { return m_quitAction; }
    // The View menu's action that opens `screen` (nullptr when the screen is not listed).
    QAction* screenAction(Screen screen) const;
    DeskStatusBar* deskStatusBar() const { return m_statusBar; }
    // What closing the window does.
    enum class CloseAction { Ask, KeepSellingInTray, Quit };
    static CloseAction savedCloseAction();
    static void saveCloseAction(CloseAction action);
    // Whether the window can hide in the system tray (QSystemTrayIcon::isSystemTrayAvailable()
    // when the window was made); setTrayAvailable overrides it (a tray that appears later, tests).
    bool hasTray() const { return m_tray != nullptr; }
    void setTrayAvailable(bool available);
    // Whether the first-run prompt would be shown now: no availability yet, the Availabilities
    // screen is there to offer one, and the user has not dismissed the prompt for good.
    bool shouldPromptToOfferStorage() const;

public Q_SLOTS:
    void showScreen(salesdesk::ui::MainWindow::Screen screen);
    // The first-run prompt: invites the user to offer storage (AvailabilitiesPage::offerStorage).
    void promptToOfferStorageIfNew();
    // Opens the Availabilities screen's "Offer storage" form, when that screen is listed.
    void offerStorage();
    // Closes the window and quits the event loop, without asking.
    void quit();
    // Closes the window without asking and without quitting (the screenshot run, tests).
    void closeWithoutAsking();
    void showAbout();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    struct ScreenEntry {
        Screen screen;
        QWidget* page;
    };
    void addScreen(Screen screen, QWidget* page);
    void createPages();
    void createToolBar();
    void createMenus();
    void createTrayIcon();
    // The close dialog; returns what the user chose (Ask: cancelled).
    CloseAction askOnClose();
    void hideInTray();
    // An alert of the Events screen: a tray message (when there is a tray) and the status bar.
    void showAlert(const QString& title, const QString& text, QSystemTrayIcon::MessageIcon icon);
    // The number of alerts not yet seen, as a badge on the Events entry of the sidebar.
    void showAlertCount(int unseen);
    void saveWindowState() const;
    void restoreWindowState();

    Desk& m_desk;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QList<ScreenEntry> m_screens;
    QAction* m_pauseAction = nullptr;
    QAction* m_offerAction = nullptr;
    QAction* m_quitAction = nullptr;
    QList<QAction*> m_screenActions; // by Screen, nullptr for a screen not listed
    bool m_quitting = false;
    bool m_toldAboutTray = false;
    SellingToolBar* m_toolBar = nullptr;
    DeskStatusBar* m_statusBar = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
};

} // namespace ui
} // namespace salesdesk
