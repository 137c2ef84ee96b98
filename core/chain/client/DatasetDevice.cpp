#include "core/chain/client/DatasetDevice.h"

#include <algorithm>

namespace salesdesk {

DatasetDevice::DatasetDevice(std::shared_ptr<const GeneratedDataset> dataset, quint64 begin,
                             quint64 end, QObject* parent)
    : QIODevice(parent)
    , m_dataset(std::move(dataset))
    , m_begin(begin)
    , m_end(std::max(begin, end)) {}

qint64 DatasetDevice::size() const {
    return static_cast<qint64>(m_end - m_begin);
}

qint64 DatasetDevice::readData(char* data, qint64 maxSize) {
    const auto position = static_cast<quint64>(pos());
    const auto length = static_cast<quint64>(size());
    const quint64 left = position < length ? length - position : 0;
    const quint64 take = std::min(left, static_cast<quint64>(std::max<qint64>(maxSize, 0)));
    if (take == 0)
        return 0;
    const QByteArray bytes = m_dataset->read(m_begin + position, take);
    std::copy_n(bytes.constData(), bytes.size(), data);
    return bytes.size();
}

qint64 DatasetDevice::writeData(const char*, qint64) {
    return -1;
}

} // namespace salesdesk
