#pragma once

#include "core/clock/Clock.h"

#include <QMap>
#include <QRandomGenerator>
#include <QString>
#include <QVariant>

namespace salesdesk {

// Transient failures on demand (the scenario's marketFaults): "until `until`, a share
// `probability` of the calls to `method` fail". The method is a Market function name
// ("fillSlot", "getRequest", …) or "*" for every call; a rule for the method itself takes
// precedence over "*". The draws come from a generator seeded once, and the generator is only
// drawn from while a rule applies, so a run is reproducible for a given seed; the number of draws
// is kept so that a restored injector continues the same sequence.
class FaultInjector {
public:
    struct Rule {
        double probability = 0; // 0..1
        Timestamp until = 0;    // the rule applies while now < until
        friend bool operator==(const Rule&, const Rule&) = default;
    };

    explicit FaultInjector(quint64 seed);

    // Probability is clamped to 0..1; a probability of 0 or an `until` in the past removes the
    // rule (for that method).
    void setFault(const QString& method, double probability, Timestamp until);
    void clear();
    const QMap<QString, Rule>& rules() const { return m_rules; }

    // Whether this call fails. Draws once when a rule applies at `now`.
    bool shouldFail(const QString& method, Timestamp now);

    quint64 draws() const { return m_draws; }
    quint64 failures() const { return m_failures; }

    // The state to persist, and its inverse (unknown keys are ignored; a bad value leaves the
    // injector as it was).
    QMap<QString, QVariant> state() const;
    void restore(const QMap<QString, QVariant>& state);

private:
    quint64 m_seed;
    QRandomGenerator m_generator;
    QMap<QString, Rule> m_rules;
    quint64 m_draws = 0;
    quint64 m_failures = 0;
};

} // namespace salesdesk
