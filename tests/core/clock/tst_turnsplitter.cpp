// TurnSplitter: work that arrives in a burst runs a budget's worth per event-loop turn, in order.
#include "core/clock/TurnSplitter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>

#include <memory>

using namespace salesdesk;

namespace {

// One event-loop turn: the events posted before it are delivered, those posted during it wait.
void oneTurn() {
    QCoreApplication::processEvents();
}

} // namespace

class TestTurnSplitter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void runsAtOnceWhileTheBudgetLasts() {
        TurnSplitter splitter({3, 0});
        QList<int> ran;
        for (int i = 0; i < 7; ++i)
            splitter.run([&ran, i] { ran.append(i); });
        QCOMPARE(ran, (QList<int>{0, 1, 2}));
        QCOMPARE(splitter.waiting(), qsizetype(4));
        QCOMPARE(splitter.splitTurns(), quint64(1));
        oneTurn();
        QCOMPARE(ran, (QList<int>{0, 1, 2, 3, 4, 5}));
        oneTurn();
        QCOMPARE(ran, (QList<int>{0, 1, 2, 3, 4, 5, 6}));
        QCOMPARE(splitter.waiting(), qsizetype(0));
        QCOMPARE(splitter.splitTurns(), quint64(2));
        // A new turn, a new budget: the next three run at once again.
        oneTurn();
        for (int i = 7; i < 10; ++i)
            splitter.run([&ran, i] { ran.append(i); });
        QCOMPARE(ran.size(), qsizetype(10));
    }

    // What comes while work waits goes behind it, even when the new turn has budget left; work
    // given by work runs after the work given before it.
    void keepsTheOrderWorkWasGivenIn() {
        TurnSplitter splitter({2, 0});
        QList<QString> ran;
        const auto note = [&ran](const QString& name) {
            return [&ran, name] {
                ran.append(name);
            };
        };
        splitter.run(note(QStringLiteral("a")));
        splitter.run([&] {
            ran.append(QStringLiteral("b"));
            splitter.run(note(QStringLiteral("b's")));
        });
        splitter.run(note(QStringLiteral("c")));
        QCOMPARE(ran, (QList<QString>{QStringLiteral("a"), QStringLiteral("b")}));
        oneTurn(); // b's and c
        splitter.run(note(QStringLiteral("d")));
        QCOMPARE(ran, (QList<QString>{QStringLiteral("a"), QStringLiteral("b"),
                                      QStringLiteral("b's"), QStringLiteral("c")}));
        oneTurn();
        QCOMPARE(ran.last(), QStringLiteral("d"));
        QCOMPARE(ran.size(), qsizetype(5));
    }

    // With a time budget, work that takes longer than it runs one item per turn.
    void aTimeBudgetEndsTheTurn() {
        TurnSplitter splitter({1000, 5});
        int ran = 0;
        const auto slowWork = [&ran] {
            QElapsedTimer spent;
            spent.start();
            while (spent.elapsed() < 6) {
            }
            ++ran;
        };
        for (int i = 0; i < 3; ++i)
            splitter.run(slowWork);
        QCOMPARE(ran, 1);
        oneTurn();
        QCOMPARE(ran, 2);
        oneTurn();
        QCOMPARE(ran, 3);
        // Quick work shares a turn.
        oneTurn();
        int quick = 0;
        for (int i = 0; i < 100; ++i)
            splitter.run([&quick] { ++quick; });
        QCOMPARE(quick, 100);
    }

    void workThatDestroysTheSplitterEndsIt() {
        auto splitter = std::make_unique<TurnSplitter>(TurnSplitter::Budget{1, 0});
        QList<int> ran;
        for (int i = 0; i < 4; ++i)
            splitter->run([&, i] {
                ran.append(i);
                if (i == 1)
                    splitter.reset();
            });
        oneTurn();
        QVERIFY(!splitter);
        oneTurn();
        QCOMPARE(ran, (QList<int>{0, 1}));
    }

    void emptyWorkIsIgnored() {
        TurnSplitter splitter({1, 0});
        splitter.run({});
        QCOMPARE(splitter.waiting(), qsizetype(0));
        int ran = 0;
        splitter.run([&ran] { ++ran; });
        QCOMPARE(ran, 1);
    }
};

QTEST_GUILESS_MAIN(TestTurnSplitter)
#include "tst_turnsplitter.moc"
