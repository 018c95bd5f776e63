#include "draftkeeper.h"

#include <core/storage/database.h>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

namespace Triplewin::Ui {

namespace {
/// How long after the last edit unsaved changes are kept as a draft.
constexpr int DraftDelayMs = 2000;
} // namespace

DraftKeeper::DraftKeeper(Core::Database &database, std::function<std::optional<Core::Deal>()> unsaved, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_drafts(database)
    , m_unsaved(std::move(unsaved))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(DraftDelayMs);
    connect(m_timer, &QTimer::timeout, this, &DraftKeeper::keepNow);
}

void DraftKeeper::schedule()
{
    m_timer->start();
}

void DraftKeeper::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused && m_deferred) {
        m_deferred = false;
        keepNow(); // keeps the changes as they are now, or drops the draft when there are none
    }
}

bool DraftKeeper::keepNow()
{
    if (m_paused) {
        // A long job holds the database's write lock: writing now would wait for it and then fail.
        m_deferred = true;
        return false;
    }
    const std::optional<Core::Deal> deal = m_unsaved();
    if (!deal) {
        discard();
        return true;
    }
    Core::StorageError error = m_drafts.save(*deal);
    if (error.kind == Core::StorageError::Kind::Unreachable && m_database.isServer()) {
        Core::DraftRepository *offline = offlineDrafts(error);
        if (offline && !(error = offline->save(*deal))) {
            m_keptOffline = true;
            Q_EMIT serverUnreachable();
            return true;
        }
    } else if (!error && m_keptOffline) {
        discardOffline(); // the server has them again
    }
    if (error)
        Q_EMIT keepFailed(tr("Your unsaved changes could not be kept as a draft: %1").arg(error.fullText()));
    return !error;
}

QString DraftKeeper::offlinePath() const
{
    if (!m_database.isServer())
        return QString();
    QString name = m_database.displayName(); // login@host:port/database
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9@._-]")), QStringLiteral("_"));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("offline-drafts/%1.sqlite").arg(name));
}

Core::DraftRepository *DraftKeeper::offlineDrafts(Core::StorageError &error)
{
    if (m_offlineDrafts)
        return m_offlineDrafts.get();
    const QString path = offlinePath();
    static int serial = 0;
    auto offline = std::make_unique<Core::Database>(QStringLiteral("triplewin-offline-drafts-%1").arg(++serial));
    if (!QDir().mkpath(QFileInfo(path).path())) {
        error = {Core::StorageError::Kind::CannotOpen, tr("The folder for “%1” cannot be made.").arg(path), {}};
        return nullptr;
    }
    if ((error = offline->open(path)))
        return nullptr;
    m_offline = std::move(offline);
    m_offlineDrafts = std::make_unique<Core::DraftRepository>(*m_offline);
    return m_offlineDrafts.get();
}

void DraftKeeper::discardOffline()
{
    m_keptOffline = false;
    if (!m_offlineDrafts && !QFileInfo::exists(offlinePath()))
        return;
    Core::StorageError error;
    if (Core::DraftRepository *offline = offlineDrafts(error))
        error = offline->discard();
    if (error)
        Q_EMIT keepFailed(
            tr("The copy of your changes on this computer could not be removed: %1").arg(error.fullText()));
}

void DraftKeeper::discard()
{
    m_timer->stop();
    if (m_paused) {
        m_deferred = true;
        return;
    }
    const Core::StorageError error = m_drafts.discard();
    // A server that does not answer keeps its old draft; the next keep or discard with the server back replaces it.
    if (error && error.kind != Core::StorageError::Kind::Unreachable)
        Q_EMIT keepFailed(tr("An old draft of your changes could not be removed: %1").arg(error.fullText()));
    if (m_database.isServer())
        discardOffline();
}

std::optional<Core::Draft> DraftKeeper::pending()
{
    const Core::Expected<std::optional<Core::Draft>> draft = m_drafts.load();
    std::optional<Core::Draft> found = draft.ok() ? draft.value() : std::nullopt;
    m_pendingWasOffline = false;
    if (m_database.isServer() && QFileInfo::exists(offlinePath())) {
        Core::StorageError error;
        if (Core::DraftRepository *offline = offlineDrafts(error)) {
            const Core::Expected<std::optional<Core::Draft>> kept = offline->load();
            if (kept.ok() && kept.value() && (!found || kept.value()->savedAt >= found->savedAt)) {
                found = kept.value();
                m_pendingWasOffline = true;
                m_keptOffline = true; // until the server has the changes
            }
        }
    }
    return found;
}

bool DraftKeeper::askToRestore(QWidget *parent, const Core::Draft &draft)
{
    const QString title = draft.deal.title.isEmpty() ? tr("a new deal") : tr("“%1”").arg(draft.deal.title);
    const QString when = QLocale().toString(draft.savedAt.toLocalTime(), QLocale::ShortFormat);
    QMessageBox box(QMessageBox::Question, tr("Restore Unsaved Changes?"),
                    m_pendingWasOffline
                        ? tr("The team server did not answer when you last edited %1, so your changes from %2 were "
                             "kept on this computer. Restore them, to save them on the server?")
                              .arg(title, when)
                        : tr("Triplewin was closed unexpectedly while you were editing %1. Your changes from %2 were "
                             "kept. Restore them?")
                              .arg(title, when),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("draftBox"));
    QPushButton *restore = box.addButton(tr("Restore Changes"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreDraft"));
    box.addButton(QMessageBox::Discard)->setObjectName(QStringLiteral("discardDraft"));
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() == restore)
        return true;
    discard();
    return false;
}

} // namespace Triplewin::Ui
