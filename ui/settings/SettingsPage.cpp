#include "ui/settings/SettingsPage.h"

#include "core/clock/AcceleratedClock.h"
#include "core/desk/Desk.h"
#include "core/logging/Logging.h"
#include "core/sales/SlotQueue.h"
#include "core/settings/Settings.h"
#include "core/storage/QuotaDiskCheck.h"
#include "core/storage/Repo.h"
#include "ui/common/DemoSpeeds.h"
#include "ui/common/FieldLabels.h"
#include "ui/common/Formatting.h"
#include "ui/settings/AboutDialog.h"
#include "ui/settings/DealSettingsBox.h"
#include "ui/settings/MarketSettingsBox.h"
#include "ui/settings/RetrievalSettingsBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace salesdesk::ui {

namespace {

constexpr quint64 kMiB = 1024ull * 1024;
constexpr quint64 kTiB = 1024ull * 1024 * kMiB;
// The quota's units, in the combo's order, as MiB per unit.
constexpr double kMiBPerUnit[] = {1024.0, 1024.0 * 1024.0};

QLabel* note(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// A group box of one choice with a note under it.
struct ChoiceGroup {
    QGroupBox* box = nullptr;
    QComboBox* choice = nullptr;
    QLabel* note = nullptr;
};

ChoiceGroup choiceGroup(const QString& title, const QString& label, const QString& name, int width,
                        QWidget* parent) {
    ChoiceGroup group;
    group.box = new QGroupBox(title, parent);
    group.choice = new QComboBox(group.box);
    group.choice->setObjectName(name);
    group.choice->setMaximumWidth(width);
    group.note = note(group.box);
    auto* form = new QFormLayout(group.box);
    form->addRow(label, group.choice);
    form->addRow(QString(), group.note);
    return group;
}

} // namespace

QStringList SettingsPage::languageCodes() {
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
}

SettingsPage::SettingsPage(Desk& desk, QWidget* parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_accelerated(qobject_cast<AcceleratedClock*>(&desk.clock()))
    , m_freeSpace(&QuotaDiskCheck::freeBytesAt) {
    // ---- Data
    auto* dataBox = new QGroupBox(tr("Data"), this);
    m_dataDirectory = new QLineEdit(dataBox);
    m_dataDirectory->setObjectName(QStringLiteral("dataDirectory"));
    m_dataDirectory->setReadOnly(true);
    auto* change = new QPushButton(tr("Change…"), dataBox);
    connect(change, &QPushButton::clicked, this, &SettingsPage::chooseDataDirectory);
    auto* dataRow = new QHBoxLayout();
    dataRow->addWidget(m_dataDirectory, 1);
    dataRow->addWidget(change);
    m_dataDirectoryNote = note(dataBox);
    auto* dataForm = new QFormLayout(dataBox);
    dataForm->addRow(tr("Data directory:"), dataRow);
    dataForm->addRow(QString(), m_dataDirectoryNote);

    // ---- Engine
    auto* engineBox = new QGroupBox(tr("Selling"), this);
    m_quotaGiB = new QDoubleSpinBox(engineBox);
    m_quotaGiB->setObjectName(QStringLiteral("quota"));
    m_quotaGiB->setDecimals(2);
    m_quotaGiB->setRange(0.01, 1024.0 * 1024.0);
    m_quotaGiB->setAlignment(Qt::AlignRight);
    m_quotaUnit = new QComboBox(engineBox);
    m_quotaUnit->setObjectName(QStringLiteral("quotaUnit"));
    m_quotaUnit->addItems({tr("GiB"), tr("TiB")});
    connect(m_quotaUnit, &QComboBox::currentIndexChanged, this, &SettingsPage::onQuotaUnitChanged);
    auto* quotaRow = new QHBoxLayout();
    quotaRow->addWidget(m_quotaGiB);
    quotaRow->addWidget(m_quotaUnit);
    quotaRow->addStretch(1);
    m_quotaNote = note(engineBox);
    m_diskNote = note(engineBox);
    m_diskNote->setObjectName(QStringLiteral("diskNote"));
    connect(m_quotaGiB, &QDoubleSpinBox::valueChanged, this, &SettingsPage::updateDiskNote);
    m_workers = new QSpinBox(engineBox);
    m_workers->setObjectName(QStringLiteral("workers"));
    m_workers->setRange(1, 64);
    m_workers->setAlignment(Qt::AlignRight);
    m_workers->setToolTip(tr("How many slots are downloaded and proven at the same time."));
    m_queueSize = new QSpinBox(engineBox);
    m_queueSize->setObjectName(QStringLiteral("queueSize"));
    m_queueSize->setRange(1, 100'000);
    m_queueSize->setAlignment(Qt::AlignRight);
    m_queueSize->setToolTip(
        tr("The most slots waiting in the queue; beyond it the least profitable are dropped."));
    m_apply = new QPushButton(tr("Apply"), engineBox);
    m_apply->setObjectName(QStringLiteral("apply"));
    m_apply->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    auto* revertButton = new QPushButton(tr("Revert"), engineBox);
    connect(m_apply, &QPushButton::clicked, this, &SettingsPage::applyEngineSettings);
    connect(revertButton, &QPushButton::clicked, this, &SettingsPage::revert);
    auto* buttons = new QHBoxLayout();
    buttons->addStretch(1);
    buttons->addWidget(revertButton);
    buttons->addWidget(m_apply);
    m_message = new QLabel(engineBox);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->hide();
    for (QWidget* field : {static_cast<QWidget*>(m_quotaGiB), static_cast<QWidget*>(m_workers),
                           static_cast<QWidget*>(m_queueSize)})
        field->setMaximumWidth(180);
    auto* engineForm = new QFormLayout(engineBox);
    engineForm->addRow(tr("Storage quota:"), quotaRow);
    engineForm->addRow(QString(), m_quotaNote);
    engineForm->addRow(QString(), m_diskNote);
    engineForm->addRow(tr("Parallel sales (workers):"), m_workers);
    engineForm->addRow(tr("Slot queue size:"), m_queueSize);
    engineForm->addRow(m_message);
    engineForm->addRow(buttons);

    // ---- Demo market
    auto* demoBox = new QGroupBox(tr("Demo market"), this);
    m_speed = new QComboBox(demoBox);
    m_speed->setObjectName(QStringLiteral("speed"));
    for (int speed : demoSpeeds())
        m_speed->addItem(formatSpeed(speed), speed);
    m_speed->setMaximumWidth(180);
    auto* demoForm = new QFormLayout(demoBox);
    demoForm->addRow(tr("Speed:"), m_speed);
    auto* demoNote = note(demoBox);
    demoNote->setText(
        m_accelerated ? tr("Simulated time runs this many times faster than real time. Time never "
                           "goes back, also after a restart.")
                      : tr("This desk runs on a scripted clock; its speed cannot be changed."));
    if (desk.localChain() && m_accelerated) {
        // The local test chain runs on the same speed, its time following the desk's clock.
        demoBox->setTitle(tr("Local test chain"));
        demoNote->setText(tr("The local chain's time runs this many times faster than real time "
                             "(a proof period is a minute: one second at 60×); the chain starts "
                             "anew at every start. The demo market uses the same speed."));
    }
    demoForm->addRow(QString(), demoNote);
    m_speed->setEnabled(m_accelerated != nullptr);
    if (m_accelerated) {
        connect(m_speed, &QComboBox::activated, this, &SettingsPage::applySpeed);
        connect(m_accelerated, &AcceleratedClock::speedChanged, this, [this](int speed) {
            const int index = m_speed->findData(speed);
            if (index >= 0)
                m_speed->setCurrentIndex(index);
        });
    }
    demoBox->setVisible(desk.simulation() != nullptr ||
                        (desk.localChain() != nullptr && m_accelerated != nullptr));

    // ---- Market (from the next start)
    const QString running = desk.simulation()   ? QStringLiteral("demo")
                            : desk.localChain() ? QStringLiteral("local-chain")
                                                : QStringLiteral("network");
    auto* marketBox = new MarketSettingsBox(running, this);
    marketBox->setObjectName(QStringLiteral("marketSettings"));

    // ---- Paid retrieval (from the next start, on a chain)
    auto* retrievalBox = new RetrievalSettingsBox(desk.market().config().token, this);
    retrievalBox->setObjectName(QStringLiteral("retrievalSettings"));

    // ---- Direct deals (from the next start, on a chain; the ask and rules also at once while
    // they run)
    auto* dealBox = new DealSettingsBox(desk.market().config().token, this);
    dealBox->setObjectName(QStringLiteral("dealSettings"));
    dealBox->setRunningService([&desk] { return desk.deals(); });

    // ---- Appearance
    const ChoiceGroup language =
        choiceGroup(tr("Language"), tr("Language:"), QStringLiteral("language"), 180, this);
    m_language = language.choice;
    // Each language in its own name, so that anyone finds theirs.
    const QStringList names{QStringLiteral("English"), QStringLiteral("Deutsch"),
                            QStringLiteral("Français"), QStringLiteral("Español")};
    const QStringList codes = languageCodes();
    for (int i = 0; i < codes.size(); ++i)
        m_language->addItem(names.at(i), codes.at(i));
    connect(m_language, &QComboBox::activated, this, &SettingsPage::saveLanguage);
    language.note->setText(tr("Takes effect the next time Sales Desk starts."));

    // ---- Logs
    const ChoiceGroup log =
        choiceGroup(tr("Log"), tr("Detail:"), QStringLiteral("logLevel"), 240, this);
    m_logLevel = log.choice;
    m_logLevel->addItem(tr("Warnings and errors"), logging::levelName(LogLevel::Warning));
    m_logLevel->addItem(tr("Information (default)"), logging::levelName(LogLevel::Info));
    m_logLevel->addItem(tr("Everything, for debugging"), logging::levelName(LogLevel::Debug));
    connect(m_logLevel, &QComboBox::activated, this, &SettingsPage::saveLogLevel);
    log.note->setObjectName(QStringLiteral("logNote"));
    log.note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    log.note->setText(tr("Written to %1, which is renamed and a new one begun at %2; the %3 latest "
                         "renamed files are kept. Takes effect at once; QT_LOGGING_RULES in the "
                         "environment overrides it.")
                          .arg(QDir::toNativeSeparators(logging::logFilePath(desk.dataDirectory())),
                               formatBytes(logging::kLogFileMaxBytes))
                          .arg(logging::kLogFilesKept));

    auto* about = new QPushButton(tr("About Sales Desk…"), this);
    about->setObjectName(QStringLiteral("about"));
    connect(about, &QPushButton::clicked, this, &SettingsPage::showAbout);
    auto* aboutRow = new QHBoxLayout();
    aboutRow->addWidget(about);
    aboutRow->addStretch(1);

    auto* column = new QVBoxLayout();
    column->setSpacing(12);
    column->addWidget(dataBox);
    column->addWidget(engineBox);
    column->addWidget(demoBox);
    column->addWidget(marketBox);
    column->addWidget(retrievalBox);
    column->addWidget(dealBox);
    column->addWidget(language.box);
    column->addWidget(log.box);
    column->addLayout(aboutRow);
    column->addStretch(1);
    // The sections scroll: with the market's network fields they are taller than a small window.
    auto* content = new QWidget(this);
    auto* contentLayout = new QHBoxLayout(content);
    contentLayout->setContentsMargins(16, 16, 16, 16);
    contentLayout->addLayout(column, 3);
    contentLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(&desk.engine().repo(), &Repo::quotaChanged, this, [this](const QuotaUsage& usage) {
        m_quotaNote->setText(
            tr("%1 used by slot data, %2 reserved; the quota cannot be lower.")
                .arg(formatBytes(usage.usedBytes), formatBytes(usage.reservedBytes)));
        updateDiskNote();
    });
    revert();
}

void SettingsPage::revert() {
    const QSettings stored;
    m_dataDirectory->setText(QDir::toNativeSeparators(m_desk.dataDirectory()));
    const QString next = settings::dataDirectory.value(stored);
    if (!next.isEmpty() && QDir::cleanPath(next) != QDir::cleanPath(m_desk.dataDirectory()))
        m_dataDirectoryNote->setText(
            tr("From the next start: %1").arg(QDir::toNativeSeparators(next)));
    else
        m_dataDirectoryNote->setText(
            tr("The database and the slot data live here. A change takes effect on restart."));
    if (auto quota = m_desk.engine().repo().quota(); quota.ok()) {
        showQuotaField(quota->maxBytes);
        m_quotaNote->setText(
            tr("%1 used by slot data, %2 reserved; the quota cannot be lower.")
                .arg(formatBytes(quota->usedBytes), formatBytes(quota->reservedBytes)));
    } else {
        showMessage(quota.message(), true);
    }
    const SlotQueue& queue = m_desk.engine().queue();
    m_workers->setValue(queue.maxWorkers());
    m_queueSize->setValue(queue.maxSize());
    if (m_accelerated) {
        const int index = m_speed->findData(m_accelerated->speed());
        if (index < 0)
            m_speed->addItem(formatSpeed(m_accelerated->speed()), m_accelerated->speed());
        m_speed->setCurrentIndex(m_speed->findData(m_accelerated->speed()));
    }
    // No language chosen (follow the system) shows the first, English.
    const int language = m_language->findData(settings::language.value(stored));
    m_language->setCurrentIndex(language < 0 ? 0 : language);
    m_logLevel->setCurrentIndex(m_logLevel->findData(settings::logLevel.value(stored)));
}

bool SettingsPage::applyEngineSettings() {
    HostEngine& engine = m_desk.engine();
    const int workers = m_workers->value();
    const int size = m_queueSize->value();
    // Checked before anything changes, so a refusal leaves quota and queue as they were.
    if (workers > size) {
        showMessage(tr("Parallel sales (%1) cannot exceed the slot queue size (%2).")
                        .arg(workers)
                        .arg(size),
                    true);
        return false;
    }
    auto before = engine.repo().quota();
    if (!before.ok()) {
        showMessage(before.message(), true);
        return false;
    }
    const quint64 quotaBytes = quotaFieldBytes();
    QString diskWarning;
    if (quotaBytes > before->maxBytes) {
        // A larger quota must fit on the disk; a smaller one is always allowed.
        auto free = m_freeSpace(m_desk.dataDirectory());
        if (!free.ok()) {
            diskWarning = tr("The free space of the disk could not be read (%1): make sure the "
                             "quota fits.")
                              .arg(free.message());
        } else {
            const auto disk = QuotaDiskCheck::evaluate(quotaBytes, before->usedBytes, *free);
            if (!disk.fits()) {
                showMessage(
                    tr("A storage quota of %1 does not fit on the disk of the data directory: "
                       "filling it would write %2 more and only %3 is free. The largest quota "
                       "that leaves %4 free is %5.")
                        .arg(formatBytes(quotaBytes), formatBytes(disk.toWriteBytes),
                             formatBytes(disk.freeBytes),
                             formatBytes(QuotaDiskCheck::kDiskReserveBytes),
                             formatBytes(disk.largestQuota())),
                    true);
                return false;
            }
            if (disk.verdict == QuotaDiskCheck::Verdict::LeavesTooLittle)
                diskWarning = tr("Warning: once the quota is filled, only %1 will be left free on "
                                 "the disk.")
                                  .arg(formatBytes(disk.freeAfterFilling()));
        }
    }
    if (quotaBytes != before->maxBytes) {
        if (auto set = engine.repo().setMaxBytes(quotaBytes); !set.ok()) {
            showMessage(set.message(), true);
            return false;
        }
    }
    if (auto limits = engine.queue().setLimits(workers, size); !limits.ok()) {
        if (quotaBytes != before->maxBytes)
            (void)engine.repo().setMaxBytes(before->maxBytes);
        showMessage(limits.message(), true);
        return false;
    }
    QSettings stored;
    settings::maxWorkers.set(stored, workers);
    settings::queueMaxSize.set(stored, size);
    const QString applied = tr("Applied: quota %1, parallel sales %2, slot queue size %3.")
                                .arg(formatBytes(quotaBytes))
                                .arg(workers)
                                .arg(size);
    showMessage(diskWarning.isEmpty() ? applied : applied + QLatin1Char('\n') + diskWarning,
                !diskWarning.isEmpty());
    return true;
}

void SettingsPage::setFreeSpaceSource(FreeSpaceSource source) {
    m_freeSpace = std::move(source);
    updateDiskNote();
}

quint64 SettingsPage::quotaFieldBytes() const {
    return static_cast<quint64>(
               std::llround(m_quotaGiB->value() * kMiBPerUnit[m_quotaUnit->currentIndex()])) *
           kMiB;
}

void SettingsPage::showQuotaField(quint64 bytes) {
    const int unit = bytes >= kTiB ? 1 : 0;
    {
        const QSignalBlocker blocker(m_quotaUnit);
        m_quotaUnit->setCurrentIndex(unit);
        m_quotaUnitIndex = unit;
    }
    m_quotaGiB->setValue(static_cast<double>(bytes / kMiB) / kMiBPerUnit[unit]);
    updateDiskNote();
}

void SettingsPage::onQuotaUnitChanged(int index) {
    // The same amount in the other unit.
    const double mib = m_quotaGiB->value() * kMiBPerUnit[m_quotaUnitIndex];
    m_quotaUnitIndex = index;
    m_quotaGiB->setValue(mib / kMiBPerUnit[index]);
    updateDiskNote();
}

void SettingsPage::updateDiskNote() {
    if (!m_diskNote || !m_freeSpace)
        return;
    auto free = m_freeSpace(m_desk.dataDirectory());
    auto quota = m_desk.engine().repo().quota();
    if (!free.ok() || !quota.ok()) {
        m_diskNote->setText(tr("The free space of the data directory's disk is unknown."));
        return;
    }
    const auto disk = QuotaDiskCheck::evaluate(quotaFieldBytes(), quota->usedBytes, *free);
    QString text = tr("%1 free on the data directory's disk.").arg(formatBytes(*free));
    if (!disk.fits())
        text += QLatin1Char(' ') + tr("This quota does not fit: filling it would fill the disk. "
                                      "At most %1 fits.")
                                       .arg(formatBytes(disk.largestQuota()));
    else if (disk.verdict == QuotaDiskCheck::Verdict::LeavesTooLittle)
        text += QLatin1Char(' ') + tr("Filling this quota leaves only %1 free on the disk.")
                                       .arg(formatBytes(disk.freeAfterFilling()));
    m_diskNote->setText(text);
    m_diskNote->setForegroundRole(disk.verdict == QuotaDiskCheck::Verdict::Fits
                                      ? QPalette::PlaceholderText
                                      : QPalette::WindowText);
}

void SettingsPage::chooseDataDirectory() {
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Choose the data directory"),
                                                             m_desk.dataDirectory());
    if (chosen.isEmpty())
        return;
    settings::dataDirectory.set(QDir::cleanPath(chosen));
    revert();
}

void SettingsPage::saveLanguage() {
    settings::language.set(m_language->currentData().toString());
}

void SettingsPage::saveLogLevel() {
    const QString name = m_logLevel->currentData().toString();
    settings::logLevel.set(name);
    logging::applyLevel(logging::parseLevel(name).value_or(LogLevel::Info));
}

void SettingsPage::applySpeed() {
    if (!m_accelerated)
        return;
    const int speed = m_speed->currentData().toInt();
    m_accelerated->setSpeed(speed);
    settings::demoSpeed.set(speed);
}

void SettingsPage::showMessage(const QString& text, bool error) {
    m_message->setText(text);
    // A red that reads on light and dark backgrounds marks a refusal.
    QPalette colours = palette();
    if (error)
        colours.setColor(QPalette::WindowText, problemColour());
    m_message->setPalette(colours);
    QFont font = m_message->font();
    font.setWeight(error ? QFont::DemiBold : QFont::Normal);
    m_message->setFont(font);
    m_message->setVisible(!text.isEmpty());
}

void SettingsPage::showAbout() {
    AboutDialog dialog(m_desk.dataDirectory(), this);
    dialog.exec();
}

} // namespace salesdesk::ui
