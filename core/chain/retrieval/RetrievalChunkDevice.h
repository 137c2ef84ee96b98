#pragma once

#include "core/chain/retrieval/RetrievableData.h"

#include <QByteArray>
#include <QIODevice>

#include <memory>

namespace salesdesk {

// A read-only, random-access QIODevice over the bytes [begin, end) of a slot's retrievable data:
// a retrieval chunk as QHttpServer sends it, read a block at a time as the connection takes it,
// so a large chunk is never held in memory. A block that cannot be read ends the body short
// (readData gives -1): the client sees a short chunk and asks for it again.
class RetrievalChunkDevice final : public QIODevice {
    Q_OBJECT
public:
    RetrievalChunkDevice(std::shared_ptr<const RetrievableData> data, const SlotId& slot,
                         quint64 begin, quint64 end, QObject* parent = nullptr);

    bool isSequential() const override { return false; }
    qint64 size() const override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    std::shared_ptr<const RetrievableData> m_data;
    SlotId m_slot;
    quint64 m_begin = 0;
    quint64 m_end = 0;
    QByteArray m_block;                 // the last block read, for all reads within it
    quint64 m_blockIndex = ~quint64(0); // its index in the slot
};

} // namespace salesdesk
