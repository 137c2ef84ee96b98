#include "tests/scenarios/ScenarioExpectation.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <limits>

namespace salesdesk::test {

namespace {

const QSet<QString>& knownKeys() {
    static const QSet<QString> keys = {
        QStringLiteral("description"), QStringLiteral("exitCode"),
        QStringLiteral("report"),      QStringLiteral("sales"),
        QStringLiteral("finalCounts"), QStringLiteral("filledBefore"),
        QStringLiteral("absentSales")};
    return keys;
}

QString compact(const QJsonValue& value) {
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    if (value.isUndefined())
        return QStringLiteral("(missing)");
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

// Partial match of `actual` against `expected`, appending "path: expected X, got Y" lines.
void match(const QString& path, const QJsonValue& expected, const QJsonValue& actual,
           QStringList& out) {
    if (expected.isObject()) {
        if (!actual.isObject()) {
            out << QStringLiteral("%1: expected an object, got %2").arg(path, compact(actual));
            return;
        }
        const QJsonObject want = expected.toObject();
        const QJsonObject have = actual.toObject();
        for (auto it = want.begin(); it != want.end(); ++it)
            match(path + QLatin1Char('.') + it.key(), it.value(), have.value(it.key()), out);
        return;
    }
    if (expected.isArray()) {
        const QJsonArray want = expected.toArray();
        const QJsonArray have = actual.toArray();
        if (!actual.isArray() || have.size() != want.size()) {
            out << QStringLiteral("%1: expected %2 elements, got %3")
                       .arg(path)
                       .arg(want.size())
                       .arg(compact(actual));
            return;
        }
        for (qsizetype i = 0; i < want.size(); ++i)
            match(QStringLiteral("%1[%2]").arg(path).arg(i), want.at(i), have.at(i), out);
        return;
    }
    if (expected != actual)
        out << QStringLiteral("%1: expected %2, got %3")
                   .arg(path, compact(expected), compact(actual));
}

QString saleKey(const QJsonObject& sale) {
    return sale.value(QStringLiteral("request")).toString() + QLatin1Char(':') +
           QString::number(sale.value(QStringLiteral("slotIndex")).toInteger());
}

// "r1:3" -> ("r1", 3); false when malformed.
bool splitSaleKey(const QString& key, QString& request, quint64& slotIndex) {
    const qsizetype colon = key.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    bool ok = false;
    slotIndex = key.mid(colon + 1).toULongLong(&ok);
    request = key.left(colon);
    return ok;
}

} // namespace

Result<ScenarioExpectation> ScenarioExpectation::fromJson(const QByteArray& json) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("not a JSON object: %1").arg(parseError.errorString())};
    const QJsonObject root = document.object();
    for (auto it = root.begin(); it != root.end(); ++it)
        if (!knownKeys().contains(it.key()))
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("unknown key \"%1\"").arg(it.key())};
    ScenarioExpectation expectation;
    expectation.m_exitCode = root.value(QStringLiteral("exitCode")).toInt(0);
    expectation.m_report = root.value(QStringLiteral("report")).toObject();
    expectation.m_sales = root.value(QStringLiteral("sales")).toObject();
    expectation.m_finalCounts = root.value(QStringLiteral("finalCounts")).toObject();
    expectation.m_filledBefore = root.value(QStringLiteral("filledBefore")).toArray();
    expectation.m_absentSales = root.value(QStringLiteral("absentSales")).toArray();
    for (const QJsonValue& pair : std::as_const(expectation.m_filledBefore))
        if (pair.toArray().size() != 2)
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("filledBefore: each entry is a pair of request names")};
    return expectation;
}

QStringList ScenarioExpectation::unknownReferences(const Scenario& scenario) const {
    QMap<QString, quint64> slotsOf;
    QSet<QString> availabilities;
    for (const ScenarioEvent& event : scenario.events) {
        if (const auto* request = std::get_if<scenario::Request>(&event.details))
            slotsOf.insert(request->name, request->slots);
        if (const auto* added = std::get_if<scenario::AddAvailability>(&event.details))
            availabilities.insert(added->name);
    }
    QStringList unknown;
    auto checkSlot = [&](const QString& where, const QString& key) {
        QString request;
        quint64 slotIndex = 0;
        if (!splitSaleKey(key, request, slotIndex))
            unknown << QStringLiteral("%1: \"%2\" is not <request>:<slotIndex>").arg(where, key);
        else if (!slotsOf.contains(request))
            unknown << QStringLiteral("%1: no request \"%2\"").arg(where, request);
        else if (slotIndex >= slotsOf.value(request))
            unknown << QStringLiteral("%1: %2 has no slot %3").arg(where, request).arg(slotIndex);
    };
    for (auto it = m_sales.begin(); it != m_sales.end(); ++it)
        checkSlot(QStringLiteral("sales"), it.key());
    for (const QJsonValue& key : m_absentSales)
        checkSlot(QStringLiteral("absentSales"), key.toString());
    for (const QJsonValue& pair : m_filledBefore)
        for (const QJsonValue& name : pair.toArray())
            if (!slotsOf.contains(name.toString()))
                unknown << QStringLiteral("filledBefore: no request \"%1\"").arg(name.toString());
    const QJsonObject requests = m_report.value(QStringLiteral("requests")).toObject();
    for (auto it = requests.begin(); it != requests.end(); ++it)
        if (!slotsOf.contains(it.key()))
            unknown << QStringLiteral("report.requests: no request \"%1\"").arg(it.key());
    const QJsonObject offers = m_report.value(QStringLiteral("availabilities")).toObject();
    for (auto it = offers.begin(); it != offers.end(); ++it)
        if (!availabilities.contains(it.key()))
            unknown
                << QStringLiteral("report.availabilities: no availability \"%1\"").arg(it.key());
    return unknown;
}

QStringList ScenarioExpectation::mismatches(int exitCode, const QJsonObject& report) const {
    QStringList out;
    if (exitCode != m_exitCode)
        out << QStringLiteral("exit code: expected %1, got %2").arg(m_exitCode).arg(exitCode);
    match(QStringLiteral("report"), m_report, report, out);

    QMap<QString, QJsonObject> sales;
    const QJsonArray entries = report.value(QStringLiteral("sales")).toArray();
    for (const QJsonValue& entry : entries)
        sales.insert(saleKey(entry.toObject()), entry.toObject());
    for (auto it = m_sales.begin(); it != m_sales.end(); ++it) {
        if (!sales.contains(it.key())) {
            out << QStringLiteral("sales[%1]: no entry").arg(it.key());
            continue;
        }
        match(QStringLiteral("sales[%1]").arg(it.key()), it.value(), sales.value(it.key()), out);
    }
    for (const QJsonValue& key : m_absentSales)
        if (sales.contains(key.toString()))
            out << QStringLiteral("sales[%1]: expected no entry, got %2")
                       .arg(key.toString(), compact(sales.value(key.toString())));

    if (!m_finalCounts.isEmpty()) {
        QMap<QString, int> counts;
        for (const QJsonObject& sale : std::as_const(sales)) {
            const QJsonValue final = sale.value(QStringLiteral("final"));
            counts[final.isNull() ? QStringLiteral("running") : final.toString()] += 1;
        }
        QSet<QString> states(counts.keyBegin(), counts.keyEnd());
        for (auto it = m_finalCounts.begin(); it != m_finalCounts.end(); ++it)
            states.insert(it.key());
        for (const QString& state : std::as_const(states))
            if (counts.value(state) != m_finalCounts.value(state).toInt(0))
                out << QStringLiteral("finalCounts.%1: expected %2, got %3")
                           .arg(state)
                           .arg(m_finalCounts.value(state).toInt(0))
                           .arg(counts.value(state));
    }

    for (const QJsonValue& pair : m_filledBefore) {
        const QString first = pair.toArray().at(0).toString();
        const QString second = pair.toArray().at(1).toString();
        qint64 lastOfFirst = std::numeric_limits<qint64>::min();
        qint64 firstOfSecond = std::numeric_limits<qint64>::max();
        for (const QJsonObject& sale : std::as_const(sales)) {
            const QJsonValue at = sale.value(QStringLiteral("filledAt"));
            if (at.isNull() || at.isUndefined())
                continue;
            const QString request = sale.value(QStringLiteral("request")).toString();
            if (request == first)
                lastOfFirst = std::max(lastOfFirst, at.toInteger());
            else if (request == second)
                firstOfSecond = std::min(firstOfSecond, at.toInteger());
        }
        if (lastOfFirst == std::numeric_limits<qint64>::min() ||
            firstOfSecond == std::numeric_limits<qint64>::max())
            out << QStringLiteral("filledBefore %1, %2: a request has no filled slot")
                       .arg(first, second);
        else if (lastOfFirst >= firstOfSecond)
            out << QStringLiteral("filledBefore: %1's last slot was filled at %2, not before %3's "
                                  "first at %4")
                       .arg(first)
                       .arg(lastOfFirst)
                       .arg(second)
                       .arg(firstOfSecond);
    }
    return out;
}

} // namespace salesdesk::test
