#include "serverconnectdialog.h"

#include <core/storage/database.h>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Triplewin::Ui {

namespace {
const QString HostKey = QStringLiteral("teamServer/host");
const QString PortKey = QStringLiteral("teamServer/port");
const QString DatabaseKey = QStringLiteral("teamServer/database");
const QString UserKey = QStringLiteral("teamServer/user");
const QString TlsKey = QStringLiteral("teamServer/sslmode");
} // namespace

ServerConnectDialog::ServerConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_tls(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to Team Server"));
    const QSettings settings;
    m_host->setText(settings.value(HostKey).toString());
    m_host->setPlaceholderText(tr("db.example.com"));
    m_port->setRange(1, 65535);
    m_port->setValue(settings.value(PortKey, 5432).toInt());
    m_database->setText(settings.value(DatabaseKey).toString());
    m_database->setPlaceholderText(tr("as your login, when empty"));
    m_user->setText(settings.value(UserKey).toString());
    m_user->setPlaceholderText(tr("your system login, when empty"));
    // libpq's sslmode values; "prefer" uses TLS whenever the server offers it.
    m_tls->addItem(tr("When the server offers it"), QStringLiteral("prefer"));
    m_tls->addItem(tr("Required"), QStringLiteral("require"));
    m_tls->addItem(tr("Required, certificate checked"), QStringLiteral("verify-full"));
    m_tls->addItem(tr("Never"), QStringLiteral("disable"));
    m_tls->setCurrentIndex(std::max(0, m_tls->findData(settings.value(TlsKey, QStringLiteral("prefer")))));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from ~/.pgpass when empty"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Login:"), m_user);
    form->addRow(tr("&Encryption:"), m_tls);
    form->addRow(tr("Pass&word:"), m_password);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Deals on a team server are shared by the team: you see and change your own, a "
                                "manager reads everyone's. Whoever runs the server gives you a login."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ServerConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_host, &QLineEdit::textChanged, this, &ServerConnectDialog::updateButtons);
    updateButtons();
    setMinimumWidth(440);
}

Core::ServerAddress ServerConnectDialog::address() const
{
    Core::ServerAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    address.options << QStringLiteral("sslmode=") + m_tls->currentData().toString();
    // Trying the server blocks the window: TeamServer::connect() gives up on a silent host after 10 s.
    return address;
}

QString ServerConnectDialog::password() const
{
    return m_password->text();
}

void ServerConnectDialog::updateButtons()
{
    // An empty login is libpq's default, the system's user name.
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_host->text().trimmed().isEmpty());
}

void ServerConnectDialog::accept()
{
    // A trial connection, closed again: the window opens the server itself once this dialog is gone.
    Core::StorageError failure;
    {
        Core::Database trial(QStringLiteral("triplewin-server-trial"));
        failure = trial.openServer(address(), password());
    }
    if (failure) {
        QString text = failure.message;
        if (failure.detail.contains(QStringLiteral("no password supplied")))
            text = tr("The server wants a password for %1.").arg(address().user);
        else if (failure.detail.contains(QStringLiteral("password authentication failed")))
            text = tr("The server did not accept the login %1 with this password.").arg(address().user);
        else if (failure.kind == Core::StorageError::Kind::Unreachable && !failure.detail.isEmpty())
            text += u'\n' + failure.detail.section(u'\n', 0, 0).trimmed(); // libpq's reason: refused, no such host…
        m_error->setText(text);
        m_error->setToolTip(failure.detail);
        m_error->show();
        (failure.detail.contains(QStringLiteral("password")) ? m_password : m_host)->setFocus();
        return;
    }
    QSettings settings;
    settings.setValue(HostKey, m_host->text().trimmed());
    settings.setValue(PortKey, m_port->value());
    settings.setValue(DatabaseKey, m_database->text().trimmed());
    settings.setValue(UserKey, m_user->text().trimmed());
    settings.setValue(TlsKey, m_tls->currentData());
    QDialog::accept();
}

} // namespace Triplewin::Ui
