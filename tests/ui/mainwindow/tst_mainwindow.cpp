// MainWindow: screens, the Pause/Resume switch against the engine's queue, persisted geometry,
// chart legends that fit at 1280×800 in every language.
#include "app/Translations.h"
#include "core/clock/AcceleratedClock.h"
#include "core/clock/VirtualClock.h"
#include "core/desk/DemoOptions.h"
#include "core/desk/Desk.h"
#include "core/engine/HostEngine.h"
#include "core/reservations/Reservations.h"
#include "core/sales/SlotQueue.h"
#include "core/settings/Settings.h"
#include "core/stats/Ledger.h"
#include "tests/support/TestSupport.h"
#include "ui/mainwindow/DeskStatusBar.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/SellingToolBar.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLegend>
#include <QLegendMarker>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace salesdesk;
using namespace salesdesk::ui;

namespace {

// The width a header section's text needs, as the header computes it (a protected member, named
// through a subclass that makes it public; the pointer is to QHeaderView's own member).
struct HeaderSizes : QHeaderView {
    using QHeaderView::sectionSizeFromContents;
};
constexpr auto kSectionSizeFromContents = &HeaderSizes::sectionSizeFromContents;
constexpr Timestamp kStart = 1'767'261'600;

// Answers the close dialog once it is shown: checks "do not ask again" when `dontAsk`, clicks
// the button named `button` and records which buttons the dialog had.
struct CloseDialogAnswer {
    QString button;
    bool dontAsk = false;
    bool shown = false;
    bool offeredTray = false;
    bool offeredQuit = false;

    void armFor(QWidget* context) {
        QTimer::singleShot(0, context, [this] { answer(); });
    }
    void answer() {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) {
            QTimer::singleShot(10, QApplication::instance(), [this] { answer(); });
            return;
        }
        shown = box->objectName() == QLatin1String("closeDialog");
        offeredTray = box->findChild<QPushButton*>(QStringLiteral("keepSellingButton"));
        offeredQuit = box->findChild<QPushButton*>(QStringLiteral("quitButton"));
        if (dontAsk)
            box->findChild<QCheckBox*>(QStringLiteral("dontAskAgain"))->setChecked(true);
        if (button == QLatin1String("cancel"))
            box->button(QMessageBox::Cancel)->click();
        else
            box->findChild<QPushButton*>(button)->click();
    }
};

// The texts a chart's legend shows, as laid out (an entry that does not fit is cut short).
QStringList shownLegendTexts(const QLegend& legend) {
    QStringList texts;
    QList<QGraphicsItem*> items = legend.childItems();
    while (!items.isEmpty()) {
        QGraphicsItem* item = items.takeFirst();
        if (auto* text = qgraphicsitem_cast<QGraphicsTextItem*>(item))
            texts.append(text->toPlainText());
        items.append(item->childItems());
    }
    return texts;
}
} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VirtualClock> m_clock;
    std::unique_ptr<Desk> m_desk;

    // The application's translation for `language` ("en": the source strings), as the GUI
    // installs it from the settings.
    void installLanguage(const QString& language) {
        QSettings chosen(m_settingsDir.filePath(QStringLiteral("language-%1.ini").arg(language)),
                         QSettings::IniFormat);
        chosen.setValue(settings::language.key(), language);
        chosen.sync();
        app::installTranslations(*QCoreApplication::instance(), chosen);
    }

private Q_SLOTS:
    // Beside the demo speed: nothing while the clock kept 90 % of it, else how fast it ran (two
    // significant digits) and what held it.
    void theToolbarSaysWhenTheSpeedIsHeld() {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        using Pace = AcceleratedClock::Pace;
        QVERIFY(SellingToolBar::heldText(3'600, Pace{3'300, ClockHoldReason::Proof}).isEmpty());
        QCOMPARE(SellingToolBar::heldText(3'600, Pace{412.7, ClockHoldReason::Proof}),
                 QStringLiteral("held to 410× by proofs"));
        QCOMPARE(SellingToolBar::heldText(600, Pace{12.2, ClockHoldReason::Download}),
                 QStringLiteral("held to 12× by slot hashing"));
        QCOMPARE(SellingToolBar::heldText(600, Pace{0, ClockHoldReason::Recovery}),
                 QStringLiteral("held to 1× while sales are recovered"));
        QCOMPARE(SellingToolBar::heldText(60, Pace{31.4, ClockHoldReason::Chain}),
                 QStringLiteral("held to 31× by the local chain"));
        QCOMPARE(SellingToolBar::heldText(3'600, Pace{1'234, std::nullopt}),
                 QStringLiteral("held to 1,200×: the engine is busy"));
        QCOMPARE(SellingToolBar::roundedSpeed(0.2), 1);
        QLocale::setDefault(before);
    }

    void initTestCase() {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("SalesDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void init() {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock = std::make_unique<VirtualClock>(kStart);
        SimulatedDeskOptions options = demoDeskOptions(m_dir->path());
        options.engine.quotaBytes = 16 * 1024 * 1024;
        options.engine.seed = 3;
        options.demoClients.reset();
        auto desk = Desk::openSimulated(*m_clock, options);
        SD_VERIFY_OK(desk);
        m_desk = std::move(*desk);
        bool started = false;
        m_desk->start([&](Result<void> r) {
            QVERIFY(r.ok());
            started = true;
        });
        m_clock->advanceBy(0);
        QTRY_VERIFY(started);
    }

    void cleanup() {
        m_desk.reset();
        m_clock.reset();
        m_dir.reset();
    }

    // At 1280×800, every entry of every chart legend on every screen is shown whole, in each
    // language the application has (the German storage chart once showed "Für Slots reser…").
    void chartLegendsFitInEveryLanguage() {
        SD_VERIFY_OK(
            m_desk->engine().reservations().createAvailability(demoAvailability(8 * 1024 * 1024)));
        // One movement of each kind, so that the earnings charts are shown.
        const QString requestHex = QStringLiteral("0x") + QString(64, QLatin1Char('1'));
        const auto request = RequestId::fromHex(requestHex);
        SD_VERIFY_OK(request);
        Ledger& ledger = m_desk->engine().ledger();
        SD_VERIFY_OK(ledger.record(kStart + 60, LedgerKind::CollateralDeposited, *request, 0, 50));
        SD_VERIFY_OK(ledger.record(kStart + 120, LedgerKind::Payout, *request, 0, 1000));
        SD_VERIFY_OK(ledger.record(kStart + 120, LedgerKind::CollateralReturned, *request, 0, 40));
        SD_VERIFY_OK(ledger.record(kStart + 120, LedgerKind::CollateralLost, *request, 0, 10));
        m_clock->advanceBy(600);
        const QLocale locale;
        const auto restore = qScopeGuard([this, locale] {
            installLanguage(QStringLiteral("en"));
            QLocale::setDefault(locale);
        });
        QStringList cut;
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("de"),
                                        QStringLiteral("fr"), QStringLiteral("es")}) {
            installLanguage(language);
            MainWindow window(*m_desk);
            window.resize(1280, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY2(window.width() <= 1280, qPrintable(QString::number(window.width())));
            QStringList checked;
            for (MainWindow::Screen screen : window.screens()) {
                window.showScreen(screen);
                QWidget* page = window.page(screen);
                if (page->metaObject()->indexOfMethod("refreshNow()") >= 0)
                    QMetaObject::invokeMethod(page, "refreshNow");
                QCoreApplication::processEvents();
                QCoreApplication::processEvents();
                for (QChartView* view : page->findChildren<QChartView*>()) {
                    if (!view->isVisible() || !view->chart()->legend()->isVisible())
                        continue;
                    const QLegend& legend = *view->chart()->legend();
                    const QStringList shown = shownLegendTexts(legend);
                    for (QLegendMarker* marker : legend.markers()) {
                        if (!marker->isVisible())
                            continue;
                        checked.append(marker->label());
                        if (!shown.contains(marker->label()))
                            cut.append(QStringLiteral("%1, %2: \"%3\" (shown: %4)")
                                           .arg(language, window.screenTitle(screen),
                                                marker->label(),
                                                shown.join(QStringLiteral(" | "))));
                    }
                }
            }
            // The storage chart and both earnings charts were among those checked.
            for (const auto& [context, label] :
                 {std::pair{"salesdesk::ui::DashboardCharts", "Reserved"},
                  std::pair{"salesdesk::ui::DashboardCharts", "Paid to you"},
                  std::pair{"salesdesk::ui::EarningsChartView", "Collateral returned"}}) {
                const QString translated = QCoreApplication::translate(context, label);
                QVERIFY2(checked.contains(translated),
                         qPrintable(language + QStringLiteral(": no legend entry \"") + translated +
                                    QStringLiteral("\" among ") + checked.join(QLatin1Char(','))));
            }
            window.closeWithoutAsking();
        }
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
    }

    // At 1280×800, in each language, no column header and no button of any screen is cut: each
    // header section is at least as wide as its text needs (the German sales table once showed
    // "cherheitsleistung"), each button at least as wide as its size hint.
    void headersAndButtonsFitInEveryLanguage() {
        SD_VERIFY_OK(
            m_desk->engine().reservations().createAvailability(demoAvailability(8 * 1024 * 1024)));
        m_clock->advanceBy(600);
        const QLocale locale;
        const auto restore = qScopeGuard([this, locale] {
            installLanguage(QStringLiteral("en"));
            QLocale::setDefault(locale);
        });
        QStringList cut;
        int headersChecked = 0;
        int buttonsChecked = 0;
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("de"),
                                        QStringLiteral("fr"), QStringLiteral("es")}) {
            installLanguage(language);
            MainWindow window(*m_desk);
            window.resize(1280, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            for (MainWindow::Screen screen : window.screens()) {
                window.showScreen(screen);
                QWidget* page = window.page(screen);
                if (page->metaObject()->indexOfMethod("refreshNow()") >= 0)
                    QMetaObject::invokeMethod(page, "refreshNow");
                QCoreApplication::processEvents();
                QCoreApplication::processEvents();
                const QString where = language + QStringLiteral(", ") + window.screenTitle(screen);
                for (QHeaderView* header : page->findChildren<QHeaderView*>()) {
                    if (!header->isVisible() || header->orientation() != Qt::Horizontal ||
                        !header->model())
                        continue;
                    for (int i = 0; i < header->count(); ++i) {
                        if (header->isSectionHidden(i))
                            continue;
                        ++headersChecked;
                        const int needed = (header->*kSectionSizeFromContents)(i).width();
                        if (header->sectionSize(i) < needed)
                            cut.append(
                                QStringLiteral("%1: column \"%2\" is %3 px, needs %4")
                                    .arg(where,
                                         header->model()->headerData(i, Qt::Horizontal).toString())
                                    .arg(header->sectionSize(i))
                                    .arg(needed));
                    }
                }
                for (QAbstractButton* button : page->findChildren<QAbstractButton*>()) {
                    if (!button->isVisible() || button->text().isEmpty())
                        continue;
                    ++buttonsChecked;
                    if (button->width() < button->sizeHint().width())
                        cut.append(QStringLiteral("%1: button \"%2\" is %3 px, needs %4")
                                       .arg(where, button->text())
                                       .arg(button->width())
                                       .arg(button->sizeHint().width()));
                }
            }
            window.closeWithoutAsking();
        }
        QVERIFY(headersChecked > 20);
        QVERIFY(buttonsChecked > 20);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
    }

    void listsTheBuiltScreensAndSwitchesBetweenThem() {
        MainWindow window(*m_desk);
        const QList<MainWindow::Screen> screens = window.screens();
        QVERIFY(screens.contains(MainWindow::Screen::Dashboard));
        QVERIFY(screens.contains(MainWindow::Screen::Settings));
        QCOMPARE(screens.first(), MainWindow::Screen::Dashboard);
        // Deals and Retrievals last, also on the demo market (where they say why there are none).
        QCOMPARE(screens.last(), MainWindow::Screen::Retrievals);
        QCOMPARE(screens.at(screens.size() - 2), MainWindow::Screen::Deals);
        QCOMPARE(screens.at(screens.size() - 3), MainWindow::Screen::Settings);
        // Not on a chain: no wallet, and the status bar says nothing of a chain.
        QVERIFY(!screens.contains(MainWindow::Screen::Wallet));
        QVERIFY(window.page(MainWindow::Screen::Wallet) == nullptr);
        QVERIFY(window.screenAction(MainWindow::Screen::Wallet) == nullptr);
        QVERIFY(window.deskStatusBar()->chainText().isEmpty());
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("screens"));
        QVERIFY(navigation && stack);
        QCOMPARE(navigation->count(), static_cast<int>(screens.size()));
        QCOMPARE(stack->count(), static_cast<int>(screens.size()));
        QCOMPARE(window.currentScreen(), MainWindow::Screen::Dashboard);

        navigation->setCurrentRow(navigation->count() - 3);
        QCOMPARE(window.currentScreen(), MainWindow::Screen::Settings);
        QCOMPARE(stack->currentWidget(), window.page(MainWindow::Screen::Settings));

        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentScreen(), MainWindow::Screen::Dashboard);
        QTest::keyClick(&window, Qt::Key_8, Qt::ControlModifier);
        QCOMPARE(window.currentScreen(), MainWindow::Screen::Settings);
        QCOMPARE(navigation->currentRow(), navigation->count() - 3);
        // The tenth screen (Deals: the ninth, Wallet, is on a chain only) is Ctrl+0;
        // Retrievals, the eleventh, has no digit.
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(window.currentScreen(), MainWindow::Screen::Deals);
        QCOMPARE(navigation->currentRow(), navigation->count() - 2);
    }

    void thePauseSwitchPausesTheEnginesQueue() {
        MainWindow window(*m_desk);
        SlotQueue& queue = m_desk->engine().queue();
        QAction* pause = window.pauseAction();
        QVERIFY(pause);
        QVERIFY(!queue.userPaused());
        QVERIFY(!pause->isChecked());

        pause->trigger();
        QVERIFY(queue.userPaused());
        QVERIFY(queue.isPaused());
        QVERIFY(pause->isChecked());
        QCOMPARE(pause->text(), QStringLiteral("Resume selling"));
        QCOMPARE(window.queueStateText(), QStringLiteral("Paused"));

        pause->trigger();
        QVERIFY(!queue.userPaused());
        QCOMPARE(pause->text(), QStringLiteral("Pause selling"));

        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier);
        QVERIFY(queue.userPaused());
    }

    void reflectsTheQueuesOwnPauseAndAPauseFromElsewhere() {
        MainWindow window(*m_desk);
        SlotQueue& queue = m_desk->engine().queue();
        queue.unpause();
        QVERIFY(!queue.isPaused());
        QCOMPARE(window.queueStateText(), QStringLiteral("Selling (0 active)"));

        queue.pause(); // the queue pauses itself: nothing left that matches
        QVERIFY(queue.selfPaused());
        QCOMPARE(window.queueStateText(), QStringLiteral("Waiting for a matching slot"));
        QVERIFY(!window.pauseAction()->isChecked()); // not the user's pause

        queue.setUserPaused(true); // e.g. from the Slot queue screen
        QVERIFY(window.pauseAction()->isChecked());
        QCOMPARE(window.queueStateText(), QStringLiteral("Paused"));
        queue.setUserPaused(false);
        QVERIFY(!window.pauseAction()->isChecked());
        QVERIFY(window.deskStatusBar());
    }

    void keepsGeometryAndScreenAcrossRuns() {
        {
            MainWindow window(*m_desk);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1200, 760);
            window.showScreen(MainWindow::Screen::Settings);
            window.closeWithoutAsking();
        }
        MainWindow again(*m_desk);
        QCOMPARE(again.currentScreen(), MainWindow::Screen::Settings);
        QCOMPARE(again.size(), QSize(1200, 760));
    }

    // Without a system tray, closing asks Quit or Cancel; Cancel keeps the window (and selling).
    void closingAsksAndCancelKeepsSelling() {
        MainWindow window(*m_desk);
        window.setTrayAvailable(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CloseDialogAnswer answer{QStringLiteral("cancel")};
        answer.armFor(&window);
        QVERIFY(!window.close());
        QVERIFY(answer.shown);
        QVERIFY(!answer.offeredTray);
        QVERIFY(answer.offeredQuit);
        QVERIFY(window.isVisible());
    }

    // With a tray: "keep selling in the tray" hides the window; "do not ask again" is kept, so
    // the next close hides it without a dialog.
    void keepSellingInTheTrayHidesTheWindowAndIsRemembered() {
        MainWindow window(*m_desk);
        window.setTrayAvailable(true);
        QVERIFY(window.hasTray());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CloseDialogAnswer answer{QStringLiteral("keepSellingButton"), true};
        answer.armFor(&window);
        QVERIFY(!window.close());
        QVERIFY(answer.shown && answer.offeredTray);
        QVERIFY(!window.isVisible());
        QCOMPARE(MainWindow::savedCloseAction(), MainWindow::CloseAction::KeepSellingInTray);
        QCOMPARE(QSettings().value(QStringLiteral("mainwindow/closeAction")).toString(),
                 QStringLiteral("tray"));

        window.show();
        CloseDialogAnswer none{QStringLiteral("cancel")};
        none.armFor(&window);
        QVERIFY(!window.close());
        QVERIFY(!window.isVisible());
        QVERIFY(!none.shown); // it did not ask
        QTest::qWait(20);
        QVERIFY(!none.shown);
    }

    // A saved "tray" with no tray any more asks again, offering Quit.
    void aSavedTrayChoiceWithoutATrayAsksAgain() {
        MainWindow::saveCloseAction(MainWindow::CloseAction::KeepSellingInTray);
        MainWindow window(*m_desk);
        window.setTrayAvailable(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CloseDialogAnswer answer{QStringLiteral("quitButton")};
        answer.armFor(&window);
        QVERIFY(window.close());
        QVERIFY(answer.shown && answer.offeredQuit && !answer.offeredTray);
        QVERIFY(!window.isVisible());
    }

    void theMenuBarHasFileViewAndHelp() {
        MainWindow window(*m_desk);
        QStringList titles;
        for (QAction* menu : window.menuBar()->actions())
            titles.append(menu->text().remove(QLatin1Char('&')));
        QCOMPARE(titles, (QStringList{QStringLiteral("File"), QStringLiteral("View"),
                                      QStringLiteral("Help")}));
        QCOMPARE(window.quitAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
        QAction* events = window.screenAction(MainWindow::Screen::Events);
        QVERIFY(events);
        QVERIFY(events->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_7)));
        QVERIFY(events->shortcuts().contains(QKeySequence(Qt::ALT | Qt::Key_7)));
        events->trigger();
        QCOMPARE(window.currentScreen(), MainWindow::Screen::Events);
    }

    // A focused combo box (the demo speed) does not take Alt+<n>: it opens the screen, and the
    // speed stays as it was.
    void aFocusedSpeedComboDoesNotStealScreenShortcuts() {
        QTemporaryDir dir;
        AcceleratedClock clock(kStart, 60);
        SimulatedDeskOptions options = demoDeskOptions(dir.path());
        options.demoClients.reset();
        auto desk = Desk::openSimulated(clock, options);
        SD_VERIFY_OK(desk);
        MainWindow window(**desk);
        auto* speed = window.findChild<QComboBox*>(QStringLiteral("speedCombo"));
        QVERIFY(speed);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showScreen(MainWindow::Screen::Events);
        speed->setFocus();
        QTRY_VERIFY(speed->hasFocus());
        const int before = clock.speed();
        for (int key = Qt::Key_1; key <= Qt::Key_9; ++key)
            QTest::keyClick(speed, static_cast<Qt::Key>(key), Qt::AltModifier);
        QTest::keyClick(speed, Qt::Key_1, Qt::AltModifier);
        QCOMPARE(window.currentScreen(), MainWindow::Screen::Dashboard);
        QTest::keyClick(speed, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentScreen(), MainWindow::Screen::SlotQueue);
        QCOMPARE(clock.speed(), before);
        (*desk)->stop();
    }

    void theStatusBarShowsTheEnginesState() {
        MainWindow window(*m_desk);
        DeskStatusBar* status = window.deskStatusBar();
        m_desk->engine().queue().setUserPaused(true);
        status->refreshNow();
        QCOMPARE(status->queueText(), QStringLiteral("Queue: 0 waiting, paused"));
        QVERIFY2(status->quotaText().contains(QStringLiteral("16.0 MiB")),
                 qPrintable(status->quotaText()));
        QTRY_VERIFY(status->balanceText().startsWith(QStringLiteral("Balance ")));
        QVERIFY(!status->timeText().isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
