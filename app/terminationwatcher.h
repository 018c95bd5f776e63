#pragma once

#include <QObject>

class QSocketNotifier;

namespace Triplewin::App {

/// Turns SIGTERM, SIGINT and SIGHUP (a logout, `kill`, Ctrl+C in a terminal) into a Qt signal, so the app can keep
/// the user's unsaved work and quit cleanly instead of dying mid-edit. The handler only writes the signal number to
/// a socket pair (the pattern in Qt's "Calling Qt Functions From Unix Signal Handlers"); everything else happens in
/// the event loop. One instance per process; create it on the GUI thread after the application object.
class TerminationWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminationWatcher)

public:
    explicit TerminationWatcher(QObject *parent = nullptr);
    ~TerminationWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Triplewin::App
