#pragma once

#include <core/domain/deal.h>
#include <QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
class QPlainTextEdit;
class QTextBrowser;
QT_END_NAMESPACE

namespace Triplewin::Core {
class Database;
class NoteRepository;
} // namespace Triplewin::Core

namespace Triplewin::Ui {

/// A deal opened read-only from the team history: its fields, options, chart and history, and the coaching
/// notes, to which the manager can add one.
class DealViewer final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealViewer)

public:
    DealViewer(Core::Database &database, qint64 dealId, const QString &author, QWidget *parent = nullptr);

    /// False when the deal could not be loaded (the reason is in errorText()).
    bool isValid() const { return m_valid; }
    QString errorText() const { return m_error; }
    QString notesText() const;

public Q_SLOTS:
    /// Adds the typed note; false (message shown) when it could not be saved.
    bool addNote();

private:
    void showNotes();

    Core::Database &m_database;
    qint64 m_dealId;
    QString m_author;
    bool m_valid = false;
    QString m_error;
    QTextBrowser *m_notes = nullptr;
    QPlainTextEdit *m_newNote = nullptr;
};

} // namespace Triplewin::Ui
