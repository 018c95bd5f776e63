#pragma once

#include <core/storage/teamserver.h>
#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Triplewin::Ui {

/// File ▸ Connect to Team Server…: where the team's PostgreSQL server is (host, port, database, login, TLS) and the
/// password, which is left empty when ~/.pgpass or PGPASSWORD has it. Connect tries the server before the dialog
/// closes: what went wrong (unreachable, refused, not set up) is said in the dialog, with everything kept as typed.
/// The address is remembered for next time; the password never is.
class ServerConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerConnectDialog)

public:
    explicit ServerConnectDialog(QWidget *parent = nullptr);

    /// The server as entered.
    Core::ServerAddress address() const;
    QString password() const;

    void accept() override;

private:
    void updateButtons();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_tls;
    QLineEdit *m_password;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace Triplewin::Ui
