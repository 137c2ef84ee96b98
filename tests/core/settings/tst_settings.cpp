// core/settings: every QSettings key's default, type and check, round trips through an INI file,
// and the default in place of a stored value that cannot be read.
#include "core/clock/AcceleratedClock.h"
#include "core/sales/SlotQueue.h"
#include "core/settings/Settings.h"

#include <QFile>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;

class TestSettings : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_files = 0;

    // A new, empty INI file (the format QSettings uses on Linux).
    QString newFile() { return m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_files)); }

    // An INI file whose [section] key=value lines are written as a person (or a broken program)
    // would, bypassing QSettings.
    QString fileWith(const QByteArray& contents) {
        const QString path = newFile();
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The keys stay as they were before the registry: users' settings files keep working.
    void keysAreTheOnesUsersHaveStored() {
        QCOMPARE(settings::allKeys(), (QStringList{QStringLiteral("data/directory"),
                                                   QStringLiteral("engine/maxWorkers"),
                                                   QStringLiteral("engine/queueMaxSize"),
                                                   QStringLiteral("demo/speed"),
                                                   QStringLiteral("market/kind"),
                                                   QStringLiteral("network/name"),
                                                   QStringLiteral("network/rpcUrl"),
                                                   QStringLiteral("network/chainId"),
                                                   QStringLiteral("network/marketplace"),
                                                   QStringLiteral("network/startBlock"),
                                                   QStringLiteral("network/confirmations"),
                                                   QStringLiteral("network/dataSourceUrl"),
                                                   QStringLiteral("ui/language"),
                                                   QStringLiteral("logs/level"),
                                                   QStringLiteral("mainwindow/geometry"),
                                                   QStringLiteral("mainwindow/state"),
                                                   QStringLiteral("mainwindow/screen"),
                                                   QStringLiteral("mainwindow/closeAction"),
                                                   QStringLiteral("firstRun/offerPromptDismissed"),
                                                   QStringLiteral("retrieval/enabled"),
                                                   QStringLiteral("retrieval/listenAddress"),
                                                   QStringLiteral("retrieval/port"),
                                                   QStringLiteral("retrieval/pricePerByte"),
                                                   QStringLiteral("retrieval/firstChunkKiB"),
                                                   QStringLiteral("retrieval/chunkGrowthKiB"),
                                                   QStringLiteral("retrieval/claimThreshold"),
                                                   QStringLiteral("retrieval/maxActivePerClient"),
                                                   QStringLiteral("deals/enabled"),
                                                   QStringLiteral("deals/listenAddress"),
                                                   QStringLiteral("deals/port"),
                                                   QStringLiteral("deals/acceptDeals"),
                                                   QStringLiteral("deals/pricePerBytePerSecond"),
                                                   QStringLiteral("deals/minCollateralPerByte"),
                                                   QStringLiteral("deals/maxCollateralPerByte"),
                                                   QStringLiteral("deals/minSizeBytes"),
                                                   QStringLiteral("deals/maxSizeBytes"),
                                                   QStringLiteral("deals/minDurationHours"),
                                                   QStringLiteral("deals/maxDurationDays"),
                                                   QStringLiteral("deals/minStartLeadMinutes"),
                                                   QStringLiteral("deals/maxStartLeadDays"),
                                                   QStringLiteral("deals/allowedClients"),
                                                   QStringLiteral("deals/deniedClients"),
                                                   QStringLiteral("deals/maxTransfersPerClient")}));
        const QStringList keys = settings::allKeys();
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), keys.size());
    }

    // An empty file reads every setting's default.
    void absentKeysReadTheirDefaults() {
        const QSettings empty(newFile(), QSettings::IniFormat);
        QCOMPARE(settings::dataDirectory.value(empty), QString());
        QCOMPARE(settings::maxWorkers.value(empty), SlotQueue::kDefaultMaxWorkers);
        QCOMPARE(settings::queueMaxSize.value(empty), SlotQueue::kDefaultMaxSize);
        QCOMPARE(settings::demoSpeed.value(empty), 60);
        QCOMPARE(settings::language.value(empty), QString());
        QCOMPARE(settings::logLevel.value(empty), QStringLiteral("info"));
        QCOMPARE(settings::windowGeometry.value(empty), QByteArray());
        QCOMPARE(settings::windowState.value(empty), QByteArray());
        QCOMPARE(settings::currentScreen.value(empty), 0);
        QCOMPARE(settings::retrievalEnabled.value(empty), false);
        QCOMPARE(settings::retrievalListenAddress.value(empty), QStringLiteral("127.0.0.1"));
        QCOMPARE(settings::retrievalPort.value(empty), 8090);
        QCOMPARE(settings::retrievalFirstChunkKiB.value(empty), 1024);
        QCOMPARE(settings::closeAction.value(empty), QString());
        QCOMPARE(settings::offerPromptDismissed.value(empty), false);
        QVERIFY(!settings::demoSpeed.isStored(empty));
    }

    // Each type written and read back, through the file on disk (a new QSettings reads it).
    void valuesRoundTripThroughTheFile() {
        const QString path = newFile();
        const QByteArray geometry("\x01\xd9\xd0\xcb\x00\x03\x00\x00binary\n\0bytes", 21);
        {
            QSettings written(path, QSettings::IniFormat);
            settings::dataDirectory.set(written, QStringLiteral("/srv/sales desk/data, new"));
            settings::maxWorkers.set(written, 7);
            settings::queueMaxSize.set(written, 512);
            settings::demoSpeed.set(written, 600);
            settings::language.set(written, QStringLiteral("fr"));
            settings::logLevel.set(written, QStringLiteral("debug"));
            settings::windowGeometry.set(written, geometry);
            settings::currentScreen.set(written, 5);
            settings::closeAction.set(written, QStringLiteral("tray"));
            settings::offerPromptDismissed.set(written, true);
            written.sync();
            QCOMPARE(written.status(), QSettings::NoError);
        }
        const QSettings read(path, QSettings::IniFormat);
        QCOMPARE(settings::dataDirectory.value(read), QStringLiteral("/srv/sales desk/data, new"));
        QCOMPARE(settings::maxWorkers.value(read), 7);
        QCOMPARE(settings::queueMaxSize.value(read), 512);
        QCOMPARE(settings::demoSpeed.value(read), 600);
        QCOMPARE(settings::language.value(read), QStringLiteral("fr"));
        QCOMPARE(settings::logLevel.value(read), QStringLiteral("debug"));
        QCOMPARE(settings::windowGeometry.value(read), geometry);
        QCOMPARE(settings::currentScreen.value(read), 5);
        QCOMPARE(settings::closeAction.value(read), QStringLiteral("tray"));
        QCOMPARE(settings::offerPromptDismissed.value(read), true);
        QVERIFY(settings::demoSpeed.isStored(read));
    }

    // remove() forgets the value: the default comes back.
    void removeBringsBackTheDefault() {
        QSettings file(newFile(), QSettings::IniFormat);
        settings::closeAction.set(file, QStringLiteral("quit"));
        QCOMPARE(settings::closeAction.value(file), QStringLiteral("quit"));
        settings::closeAction.remove(file);
        QVERIFY(!settings::closeAction.isStored(file));
        QCOMPARE(settings::closeAction.value(file), QString());
    }

    // Values typed by hand the way an INI file spells them are read as their type.
    void handWrittenValuesAreParsed() {
        const QSettings file(fileWith("[engine]\nmaxWorkers= 12 \n[demo]\nspeed=3600\n"
                                      "[firstRun]\nofferPromptDismissed=TRUE\n"),
                             QSettings::IniFormat);
        QCOMPARE(settings::maxWorkers.value(file), 12);
        QCOMPARE(settings::demoSpeed.value(file), 3600);
        QCOMPARE(settings::offerPromptDismissed.value(file), true);
    }

    // What cannot be read as the setting's type, or fails its check, reads as the default; it is
    // never half-read (a number's leading digits, a word taken as true).
    void garbageFallsBackToTheDefault_data() {
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("words for numbers")
            << QByteArray("[engine]\nmaxWorkers=lots\nqueueMaxSize=12abc\n[demo]\nspeed=fast\n"
                          "[mainwindow]\nscreen=second\n[firstRun]\nofferPromptDismissed=maybe\n");
        QTest::newRow("out of range")
            << QByteArray("[engine]\nmaxWorkers=0\nqueueMaxSize=-5\n[demo]\nspeed=1000000\n"
                          "[mainwindow]\nscreen=-1\ncloseAction=minimise\n[logs]\nlevel=verbose\n"
                          "[firstRun]\nofferPromptDismissed=2\n");
        QTest::newRow("lists for scalars") << QByteArray(
            "[data]\ndirectory=a, b\n[ui]\nlanguage=de, fr\n[engine]\nmaxWorkers=1, 2\n"
            "[mainwindow]\ncloseAction=tray, quit\ngeometry=not bytes\n");
        QTest::newRow("too large for an int")
            << QByteArray("[engine]\nmaxWorkers=99999999999999999999\n[demo]\nspeed=1e3\n");
    }
    void garbageFallsBackToTheDefault() {
        QFETCH(QByteArray, contents);
        const QSettings file(fileWith(contents), QSettings::IniFormat);
        QCOMPARE(file.status(), QSettings::NoError);
        QCOMPARE(settings::dataDirectory.value(file), QString());
        QCOMPARE(settings::maxWorkers.value(file), SlotQueue::kDefaultMaxWorkers);
        QCOMPARE(settings::queueMaxSize.value(file), SlotQueue::kDefaultMaxSize);
        QCOMPARE(settings::demoSpeed.value(file), settings::demoSpeed.defaultValue());
        QCOMPARE(settings::language.value(file), QString());
        QCOMPARE(settings::logLevel.value(file), QStringLiteral("info"));
        QCOMPARE(settings::windowGeometry.value(file), QByteArray());
        QCOMPARE(settings::currentScreen.value(file), 0);
        QCOMPARE(settings::closeAction.value(file), QString());
        QCOMPARE(settings::offerPromptDismissed.value(file), false);
    }

    // A file that is not INI at all reads as defaults (QSettings reports a format error).
    void anUnreadableFileReadsDefaults() {
        const QSettings file(fileWith(QByteArray("\0\xff\xfe[[[\n=\n\x01", 10)),
                             QSettings::IniFormat);
        QCOMPARE(settings::demoSpeed.value(file), settings::demoSpeed.defaultValue());
        QCOMPARE(settings::maxWorkers.value(file), SlotQueue::kDefaultMaxWorkers);
        QCOMPARE(settings::closeAction.value(file), QString());
    }

    // The checks: what each setting accepts.
    void checksAcceptWhatTheSettingCanHold() {
        QVERIFY(settings::demoSpeed.accepts(AcceleratedClock::kMinSpeed));
        QVERIFY(settings::demoSpeed.accepts(AcceleratedClock::kMaxSpeed));
        QVERIFY(!settings::demoSpeed.accepts(AcceleratedClock::kMaxSpeed + 1));
        QVERIFY(!settings::demoSpeed.accepts(0));
        QVERIFY(settings::maxWorkers.accepts(1));
        QVERIFY(!settings::maxWorkers.accepts(0));
        QVERIFY(settings::closeAction.accepts(QString()));
        QVERIFY(settings::closeAction.accepts(QStringLiteral("quit")));
        QVERIFY(!settings::closeAction.accepts(QStringLiteral("Quit")));
        QVERIFY(settings::language.accepts(QStringLiteral("anything")));
        QVERIFY(settings::logLevel.accepts(QStringLiteral("warning")));
        QVERIFY(!settings::logLevel.accepts(QStringLiteral("Warning")));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
