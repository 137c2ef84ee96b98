#include "core/chain/crypto/RlpItem.h"

#include "core/chain/crypto/Rlp.h"

namespace salesdesk {

RlpItem RlpItem::bytes(QByteArray value) {
    RlpItem item;
    item.m_value = std::move(value);
    return item;
}

RlpItem RlpItem::list(std::vector<RlpItem> items) {
    RlpItem item;
    item.m_isList = true;
    item.m_items = std::move(items);
    return item;
}

QByteArray RlpItem::encode() const {
    if (!m_isList)
        return rlp::encodeBytes(m_value);
    QByteArray payload;
    for (const RlpItem& item : m_items)
        payload += item.encode();
    return rlp::encodeListPayload(payload);
}

} // namespace salesdesk
