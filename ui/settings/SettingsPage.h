#pragma once

#include "core/domain/Result.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QDoubleSpinBox;

namespace salesdesk {

class AcceleratedClock;
class Desk;

namespace ui {

// Settings: the data directory (takes effect on the next start), the storage quota (in GiB or
// TiB, checked against the free space of the data directory's disk: QuotaDiskCheck), queue
// workers and size (applied to the running engine: Repo::setMaxBytes, SlotQueue::setLimits), the
// demo market's speed (when the desk runs on an AcceleratedClock), the language (used on the
// next start), the market sold on from the next start (MarketSettingsBox), paid retrieval from
// the next start (RetrievalSettingsBox), direct deals from the next start (DealSettingsBox; its
// ask and rules also at once while they run) and how much goes into the log file (at once). An
// invalid value shows the engine's message and changes nothing. The About dialog is reachable
// from here too.
//
// Settings written (core/settings/Settings.h): dataDirectory, maxWorkers, queueMaxSize,
// demoSpeed, language, logLevel; the market box writes market and the network profile; the
// paid-retrieval box writes the keys of RetrievalSettings ("retrieval/..."); the direct-deals box
// those of DealSettings ("deals/...").
class SettingsPage : public QWidget {
    Q_OBJECT
public:
    explicit SettingsPage(Desk& desk, QWidget* parent = nullptr);

    // The language codes offered, in the combo's order.
    static QStringList languageCodes();
    // Where the free space of the data directory's disk comes from (QuotaDiskCheck::freeBytesAt
    // unless replaced, e.g. by a test).
    using FreeSpaceSource = std::function<Result<quint64>(const QString& directory)>;
    void setFreeSpaceSource(FreeSpaceSource source);
    // The quota the fields show, in bytes.
    quint64 quotaFieldBytes() const;

public Q_SLOTS:
    // Applies the quota and queue limits to the engine; false (and a message) when one is
    // refused, and then nothing changed.
    bool applyEngineSettings();
    // Reloads the fields from the engine and QSettings, discarding edits.
    void revert();
    void showAbout();

private:
    void chooseDataDirectory();
    void saveDataDirectory();
    void saveLanguage();
    void saveLogLevel();
    void applySpeed();
    void showMessage(const QString& text, bool error);
    void showQuotaField(quint64 bytes);
    void onQuotaUnitChanged(int index);
    // The disk note: free space, and a warning when the quota shown would fill the disk.
    void updateDiskNote();

    Desk& m_desk;
    AcceleratedClock* m_accelerated = nullptr;
    QLineEdit* m_dataDirectory = nullptr;
    QLabel* m_dataDirectoryNote = nullptr;
    QDoubleSpinBox* m_quotaGiB = nullptr;
    QLabel* m_quotaNote = nullptr;
    QSpinBox* m_workers = nullptr;
    QSpinBox* m_queueSize = nullptr;
    QPushButton* m_apply = nullptr;
    QComboBox* m_speed = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_logLevel = nullptr;
    QLabel* m_message = nullptr;
    FreeSpaceSource m_freeSpace;
    int m_quotaUnitIndex = 0;
    QComboBox* m_quotaUnit = nullptr;
    QLabel* m_diskNote = nullptr;
};

} // namespace ui
} // namespace salesdesk
