#include "jobprogress.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Triplewin::Ui {

namespace {

/// A window-modal progress dialog that never runs the event loop itself. (QProgressDialog::setValue() runs the
/// event loop when the dialog is modal: a job's end handled inside it would delete the dialog under its own
/// call.) Escape and Cancel ask the job to stop; the dialog stays, saying so, until it has.
class JobDialog final : public QDialog
{
public:
    JobDialog(const QString &label, bool cancellable, QWidget *parent)
        : QDialog(parent)
        , m_label(new QLabel(label, this))
        , m_bar(new QProgressBar(this))
        , m_buttons(new QDialogButtonBox(this))
    {
        setObjectName(QStringLiteral("jobProgress"));
        setWindowTitle(label);
        setWindowModality(Qt::WindowModal);
        m_label->setWordWrap(true);
        m_bar->setRange(0, 0); // busy until the first report
        m_bar->setAccessibleName(label);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_label);
        layout->addWidget(m_bar);
        layout->addWidget(m_buttons);
        if (cancellable) {
            QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
            connect(cancel, &QPushButton::clicked, this, &JobDialog::reject);
        }
        m_cancellable = cancellable;
    }

    void setProgress(qint64 done, qint64 total)
    {
        if (total <= 0)
            return;
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
    }

    std::function<void()> cancelRequested;

    void reject() override
    {
        if (!m_cancellable || m_cancelling)
            return; // closing it would not stop the job; it goes when the job is over
        m_cancelling = true;
        m_label->setText(JobProgress::tr("Cancelling… nothing of it will be kept."));
        m_buttons->setEnabled(false);
        show();
        if (cancelRequested)
            cancelRequested();
    }

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QDialogButtonBox *m_buttons;
    bool m_cancellable = true;
    bool m_cancelling = false;
};

} // namespace

bool JobProgress::isBusy(QWidget *parent, const Core::DatabaseJobs &jobs, const QString &label)
{
    if (!jobs.isRunning())
        return false;
    QMessageBox::information(
        parent, label,
        tr("“%1” is still running. Wait for it to finish, or cancel it, then try again.").arg(jobs.title()));
    return true;
}

bool JobProgress::start(QWidget *parent, Core::DatabaseJobs &jobs, const QString &label, Core::DatabaseJobs::Work work,
                        Done done, bool cancellable)
{
    if (isBusy(parent, jobs, label))
        return false;
    // Shown after a moment: a short job should not flash a dialog. Until then the window stays usable, with the
    // actions that write disabled while the job runs.
    auto *dialog = new JobDialog(label, cancellable, parent);
    const QPointer<JobDialog> guard(dialog);
    dialog->cancelRequested = [&jobs] { jobs.cancel(); };
    QObject::connect(&jobs, &Core::DatabaseJobs::progressed, dialog, &JobDialog::setProgress);
    QTimer::singleShot(400, dialog, [dialog] { dialog->show(); });
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(&jobs, &Core::DatabaseJobs::finished, parent,
                                   [guard, connection, done](const Core::StorageError &openError, bool cancelled) {
                                       QObject::disconnect(*connection);
                                       if (guard) {
                                           guard->hide();
                                           guard->deleteLater();
                                       }
                                       done(openError, cancelled);
                                   });
    if (!jobs.start(label, std::move(work))) {
        QObject::disconnect(*connection);
        delete dialog;
        QMessageBox::warning(parent, label, tr("No database is open."));
        return false;
    }
    return true;
}

} // namespace Triplewin::Ui
