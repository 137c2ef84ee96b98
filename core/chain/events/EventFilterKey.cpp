#include "core/chain/events/EventFilterKey.h"

#include <QStringList>

namespace salesdesk {

QString eventFilterKey(const QList<Address>& addresses, const QList<Hash32>& topic0s,
                       const QList<LogRangeReader::IndexedTopicFilter>& indexedTopics) {
    QStringList addressTexts;
    for (const Address& address : addresses)
        addressTexts.append(address.toHex());
    QStringList topicTexts;
    for (const Hash32& topic : topic0s)
        topicTexts.append(topic.toHex());
    addressTexts.sort();
    addressTexts.removeDuplicates();
    topicTexts.sort();
    topicTexts.removeDuplicates();
    QString key = QStringLiteral("addresses=%1;topic0=%2")
                      .arg(addressTexts.join(u','),
                           topicTexts.isEmpty() ? QStringLiteral("*") : topicTexts.join(u','));
    if (indexedTopics.isEmpty())
        return key;
    QStringList filters;
    for (const LogRangeReader::IndexedTopicFilter& filter : indexedTopics) {
        QStringList positions;
        for (const QList<Hash32>& position : filter) {
            QStringList values;
            for (const Hash32& topic : position)
                values.append(topic.toHex());
            values.sort();
            positions.append(values.isEmpty() ? QStringLiteral("*") : values.join(u','));
        }
        filters.append(positions.join(u'/'));
    }
    filters.sort();
    return key + QStringLiteral(";indexed=") + filters.join(u'|');
}

} // namespace salesdesk
