#include "roomdialog.h"

#include <core/workshop/roomserver.h>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Triplewin::Ui {

namespace {

const QString AddressKey = QStringLiteral("workshop/roomAddress");
const QString PortKey = QStringLiteral("workshop/roomPort");

} // namespace

RoomDialog::RoomDialog(QWidget *parent)
    : QDialog(parent)
    , m_address(new QComboBox(this))
    , m_port(new QSpinBox(this))
{
    setWindowTitle(tr("Open the Room"));
    auto *intro = new QLabel(tr("Participants vote from their phones on the same network: no account, no app and no "
                                "internet needed. The room serves only the current scenario's public text and takes "
                                "votes; it stops when the presenter closes."),
                             this);
    intro->setWordWrap(true);

    const QSettings settings;
    const QString remembered = settings.value(AddressKey).toString();
    const QHostAddress preferred = remembered.isEmpty() ? Core::RoomServer::defaultAddress() : QHostAddress(remembered);
    for (const auto &[name, address] : Core::RoomServer::addresses()) {
        const QString label = address.isLoopback() ? tr("%1 — this computer only (a demo)").arg(address.toString())
                                                   : tr("%1 — %2").arg(address.toString(), name);
        m_address->addItem(label, address.toString());
        if (address == preferred)
            m_address->setCurrentIndex(m_address->count() - 1);
    }
    m_address->setObjectName(QStringLiteral("roomAddress"));
    m_port->setRange(1024, 65535);
    m_port->setValue(settings.value(PortKey, int(Core::RoomServer::DefaultPort)).toInt());
    m_port->setObjectName(QStringLiteral("roomPort"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Network:"), m_address);
    form->addRow(tr("&Port:"), m_port);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open the Room"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
}

QHostAddress RoomDialog::address() const
{
    return QHostAddress(m_address->currentData().toString());
}

quint16 RoomDialog::port() const
{
    return quint16(m_port->value());
}

void RoomDialog::remember() const
{
    QSettings settings;
    settings.setValue(AddressKey, address().toString());
    settings.setValue(PortKey, int(port()));
}

} // namespace Triplewin::Ui
