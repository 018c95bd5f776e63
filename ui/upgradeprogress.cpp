#include "upgradeprogress.h"

#include <core/storage/database.h>
#include <QEventLoop>
#include <QFileInfo>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

namespace Triplewin::Ui {

Core::StorageError UpgradeProgress::open(Core::Database &database, const QString &path)
{
    const int version = Core::Database::peekSchemaVersion(path);
    if (version == 0 || version == Core::Database::SchemaVersion)
        return database.open(path); // new, empty or current: nothing to wait for
    QProgressDialog progress(tr("Upgrading “%1” to this version of Triplewin. A backup of it is kept first.")
                                 .arg(QFileInfo(path).fileName()),
                             QString(), 0, 0);
    progress.setWindowTitle(tr("Triplewin"));
    progress.setCancelButton(nullptr); // the upgrade is one transaction: it completes or changes nothing
    progress.setMinimumDuration(300);
    const QPointer<QProgressDialog> shown(&progress);

    Core::StorageError failure;
    QThread *worker = QThread::create([&failure, path, shown] {
        Core::Database upgrader(QStringLiteral("triplewin-upgrade"));
        upgrader.setUpgradeProgress([shown](int done, int total) {
            QMetaObject::invokeMethod(
                shown.data(),
                [shown, done, total] {
                    if (!shown)
                        return;
                    shown->setMaximum(total);
                    shown->setValue(done);
                },
                Qt::QueuedConnection);
        });
        failure = upgrader.open(path); // checks, backs up and upgrades; closed again when it goes out of scope
    });
    QEventLoop loop; // the window is not shown yet, and this thread holds no connection: nothing to re-enter
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    progress.reset();
    if (failure)
        return failure;
    return database.open(path);
}

} // namespace Triplewin::Ui
