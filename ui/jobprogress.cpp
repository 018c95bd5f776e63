#include "jobprogress.h"

#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>

namespace Triplewin::Ui {

bool JobProgress::start(QWidget *parent, Core::DatabaseJobs &jobs, const QString &label, Core::DatabaseJobs::Work work,
                        Done done)
{
    if (jobs.isRunning()) {
        QMessageBox::information(
            parent, label,
            tr("“%1” is still running. Wait for it to finish, or cancel it, then try again.").arg(jobs.title()));
        return false;
    }
    // Shown after a moment: a short job should not flash a dialog. Until then the window stays usable, with the
    // actions that write disabled while the job runs.
    auto *progress = new QProgressDialog(label, tr("Cancel"), 0, 0, parent);
    progress->setObjectName(QStringLiteral("jobProgress"));
    progress->setWindowTitle(label);
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(400);
    const QPointer<QProgressDialog> guard(progress);
    QObject::connect(&jobs, &Core::DatabaseJobs::progressed, progress, [progress](qint64 doneSteps, qint64 total) {
        if (total <= 0)
            return;
        progress->setMaximum(1000);
        progress->setValue(int(std::min<qint64>(1000, doneSteps * 1000 / total)));
    });
    // Cancel, Escape or closing the dialog: the job rolls back; the dialog stays (saying so) until it has.
    QObject::connect(progress, &QProgressDialog::canceled, &jobs, [progress, &jobs] {
        jobs.cancel();
        progress->setLabelText(tr("Cancelling… nothing of it will be kept."));
        if (QPushButton *button = progress->findChild<QPushButton *>())
            button->setEnabled(false);
        progress->show();
    });
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(&jobs, &Core::DatabaseJobs::finished, parent,
                                   [guard, connection, done](const Core::StorageError &openError, bool cancelled) {
                                       QObject::disconnect(*connection);
                                       delete guard.data();
                                       done(openError, cancelled);
                                   });
    if (!jobs.start(label, std::move(work))) {
        QObject::disconnect(*connection);
        delete progress;
        QMessageBox::warning(parent, label, tr("No database is open."));
        return false;
    }
    return true;
}

} // namespace Triplewin::Ui
