#pragma once

#include "core/chain/client/GeneratedDataset.h"

#include <QByteArray>
#include <QIODevice>

#include <memory>

namespace salesdesk {

// A read-only, random-access QIODevice over the bytes [begin, end) of a generated dataset: what
// the dataset server hands QHttpServer as a response body, which it then reads a little at a time
// as the connection takes it, so a large slot is never held in memory.
class DatasetDevice final : public QIODevice {
    Q_OBJECT
public:
    DatasetDevice(std::shared_ptr<const GeneratedDataset> dataset, quint64 begin, quint64 end,
                  QObject* parent = nullptr);

    bool isSequential() const override { return false; }
    qint64 size() const override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    std::shared_ptr<const GeneratedDataset> m_dataset;
    quint64 m_begin = 0;
    quint64 m_end = 0;
    QByteArray m_block;       // the last block read, generated once for all reads within it
    quint64 m_blockStart = 0; // its first byte in the dataset
};

} // namespace salesdesk
