#pragma once

#include "core/domain/UInt256.h"

#include <QByteArray>

namespace salesdesk {

// Running totals read back as the steps between them: a deal's paid total, a channel's claimed
// total, each stored once per change. Fed the rows ordered by key and then by total, it gives each
// row's increase over the key's previous total (the first row of a key: the whole total).
class TotalSteps {
public:
    UInt256 stepTo(const QByteArray& key, const UInt256& total) {
        if (key != m_key) {
            m_key = key;
            m_previous = 0;
        }
        const UInt256 step = total > m_previous ? UInt256(total - m_previous) : UInt256(0);
        m_previous = total;
        return step;
    }

private:
    QByteArray m_key;
    UInt256 m_previous = 0;
};

} // namespace salesdesk
