#pragma once

#include <QByteArray>

#include <vector>

namespace salesdesk {

// One decoded RLP item: a byte string or a list of items. What rlp::decode returns; encoding goes
// through the functions of Rlp.h directly.
class RlpItem {
public:
    static RlpItem bytes(QByteArray value);
    static RlpItem list(std::vector<RlpItem> items);

    bool isList() const { return m_isList; }
    // The byte string (empty for a list).
    const QByteArray& value() const { return m_value; }
    // The list's items (empty for a byte string).
    const std::vector<RlpItem>& items() const { return m_items; }

    // The item encoded again: for a decoded item, the canonical bytes it was decoded from.
    QByteArray encode() const;

    friend bool operator==(const RlpItem&, const RlpItem&) = default;

private:
    RlpItem() = default;

    bool m_isList = false;
    QByteArray m_value;
    std::vector<RlpItem> m_items;
};

} // namespace salesdesk
