#include "core/simulation/FaultInjector.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcFaultInjector, "salesdesk.simulation.faultinjector")

namespace salesdesk {

namespace {

const QString kAll = QStringLiteral("*");

QRandomGenerator seeded(quint64 seed) {
    const quint32 words[3] = {static_cast<quint32>(seed), static_cast<quint32>(seed >> 32),
                              0x6661756cu}; // "faul": keeps it apart from other users of the seed
    return QRandomGenerator(words, 3);
}

} // namespace

FaultInjector::FaultInjector(quint64 seed)
    : m_seed(seed)
    , m_generator(seeded(seed)) {}

void FaultInjector::setFault(const QString& method, double probability, Timestamp until) {
    probability = std::clamp(probability, 0.0, 1.0);
    if (probability <= 0.0) {
        m_rules.remove(method);
        qCInfo(lcFaultInjector).noquote() << QStringLiteral("faults off method=%1").arg(method);
        return;
    }
    m_rules.insert(method, Rule{probability, until});
    qCInfo(lcFaultInjector).noquote()
        << QStringLiteral("faults on method=%1 probability=%2 until=%3")
               .arg(method)
               .arg(probability)
               .arg(until);
}

void FaultInjector::clear() {
    m_rules.clear();
}

bool FaultInjector::shouldFail(const QString& method, Timestamp now) {
    if (m_rules.isEmpty())
        return false;
    auto rule = m_rules.constFind(method);
    if (rule == m_rules.cend() || now >= rule->until)
        rule = m_rules.constFind(kAll);
    if (rule == m_rules.cend() || now >= rule->until)
        return false;
    ++m_draws;
    const bool fail = m_generator.generateDouble() < rule->probability;
    if (fail) {
        ++m_failures;
        qCDebug(lcFaultInjector).noquote()
            << QStringLiteral("injected transient failure method=%1").arg(method);
    }
    return fail;
}

QMap<QString, QVariant> FaultInjector::state() const {
    QJsonObject rules;
    for (auto it = m_rules.cbegin(); it != m_rules.cend(); ++it)
        rules.insert(it.key(), QJsonObject{{QStringLiteral("probability"), it->probability},
                                           {QStringLiteral("until"), it->until}});
    return {
        {QStringLiteral("faults.rules"),
         QString::fromUtf8(QJsonDocument(rules).toJson(QJsonDocument::Compact))},
        {QStringLiteral("faults.draws"), static_cast<qint64>(m_draws)},
        {QStringLiteral("faults.failures"), static_cast<qint64>(m_failures)},
    };
}

void FaultInjector::restore(const QMap<QString, QVariant>& state) {
    const QVariant rulesText = state.value(QStringLiteral("faults.rules"));
    if (!rulesText.isValid())
        return;
    const QJsonDocument doc = QJsonDocument::fromJson(rulesText.toString().toUtf8());
    if (!doc.isObject()) {
        qCWarning(lcFaultInjector) << "stored fault rules are not a JSON object; ignored";
        return;
    }
    QMap<QString, Rule> rules;
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonObject rule = it.value().toObject();
        rules.insert(it.key(), Rule{rule.value(QStringLiteral("probability")).toDouble(),
                                    rule.value(QStringLiteral("until")).toInteger()});
    }
    m_rules = rules;
    m_draws = static_cast<quint64>(state.value(QStringLiteral("faults.draws")).toLongLong());
    m_failures = static_cast<quint64>(state.value(QStringLiteral("faults.failures")).toLongLong());
    // Continue the same sequence: each draw (generateDouble) took one 64-bit value, i.e. two of
    // the engine's 32-bit outputs, which is what discard() counts.
    m_generator = seeded(m_seed);
    m_generator.discard(2 * m_draws);
}

} // namespace salesdesk
