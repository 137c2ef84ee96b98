#pragma once

#include <QList>
#include <QMainWindow>
#include <QSystemTrayIcon>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace salesdesk {

class AcceleratedClock;
class Desk;

namespace ui {

class DeskStatusBar;

// The application window: a sidebar of screens (Ctrl+1 … Ctrl+8) over a stack of pages, a
// toolbar with the Pause/Resume switch of the slot queue (Ctrl+P; it shows the queue's real
// state, including when the queue paused itself) and the demo market's speed, a status bar, a
// tray icon with a menu, and geometry, state and the current screen kept in QSettings
// ("mainwindow/…").
//
// Screens come in a fixed order; a screen whose page is not part of the build is not listed.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // The screens in sidebar order; Ctrl+<n> opens screen n (1-based) when it is listed.
    enum class Screen {
        Dashboard,
        Availabilities,
        SlotQueue,
        Sales,
        Earnings,
        Matching,
        Events,
        Settings
    };
    static constexpr int kScreenCount = 8;

    explicit MainWindow(Desk& desk, QWidget* parent = nullptr);
    ~MainWindow() override;

    QList<Screen> screens() const;
    QWidget* page(Screen screen) const;
    QString screenTitle(Screen screen) const;
    Screen currentScreen() const;

    QAction* pauseAction() const { return m_pauseAction; }
    // What the toolbar says about the queue ("Selling", "Paused", "Waiting for a matching slot").
    QString queueStateText() const;
    DeskStatusBar* deskStatusBar() const { return m_statusBar; }
    // Whether the first-run prompt would be shown now: no availability yet, the Availabilities
    // screen is there to offer one, and the user has not dismissed the prompt for good.
    bool shouldPromptToOfferStorage() const;

public Q_SLOTS:
    void showScreen(salesdesk::ui::MainWindow::Screen screen);
    // The first-run prompt: invites the user to offer storage (AvailabilitiesPage::offerStorage).
    void promptToOfferStorageIfNew();
    // Opens the Availabilities screen's "Offer storage" form, when that screen is listed.
    void offerStorage();

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
    void createShortcuts();
    void createTrayIcon();
    void showQueueState();
    // An alert of the Events screen: a tray message (when there is a tray) and the status bar.
    void showAlert(const QString& title, const QString& text, QSystemTrayIcon::MessageIcon icon);
    // The number of alerts not yet seen, as a badge on the Events entry of the sidebar.
    void showAlertCount(int unseen);
    void saveWindowState() const;
    void restoreWindowState();

    Desk& m_desk;
    AcceleratedClock* m_accelerated = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QList<ScreenEntry> m_screens;
    QAction* m_pauseAction = nullptr;
    QAction* m_offerAction = nullptr;
    QLabel* m_queueState = nullptr;
    QComboBox* m_speed = nullptr;
    DeskStatusBar* m_statusBar = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
};

} // namespace ui
} // namespace salesdesk
