#pragma once

#include <QObject>

class QSocketNotifier;

namespace salesdesk::app {

// SIGINT and SIGTERM delivered through the event loop: the handler only writes the signal's
// number to a pipe, and a QSocketNotifier on the other end emits received() from the loop, where
// the program can shut down cleanly. One instance per process; the previous handlers come back
// when it is destroyed.
class TerminationSignals final : public QObject {
    Q_OBJECT
public:
    explicit TerminationSignals(QObject* parent = nullptr);
    ~TerminationSignals() override;

    bool isInstalled() const { return m_installed; }

Q_SIGNALS:
    void received(int signalNumber);

private:
    void onReadable();

    QSocketNotifier* m_notifier = nullptr;
    bool m_installed = false;
};

} // namespace salesdesk::app
