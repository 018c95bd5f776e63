#pragma once

#include <QDialog>
#include <QHostAddress>

QT_BEGIN_NAMESPACE
class QComboBox;
class QSpinBox;
QT_END_NAMESPACE

namespace Triplewin::Ui {

/// Where the workshop room listens: the network interface (default: the one with the default route, loopback for
/// a demo on this computer alone) and the port. Both are remembered for the next workshop.
class RoomDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomDialog)

public:
    explicit RoomDialog(QWidget *parent = nullptr);

    QHostAddress address() const;
    quint16 port() const;
    /// Remembers the choice (QSettings "workshop/roomAddress", "workshop/roomPort").
    void remember() const;

private:
    QComboBox *m_address;
    QSpinBox *m_port;
};

} // namespace Triplewin::Ui
