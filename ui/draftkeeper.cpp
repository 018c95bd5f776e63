#include "draftkeeper.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace Triplewin::Ui {

namespace {
/// How long after the last edit unsaved changes are kept as a draft.
constexpr int DraftDelayMs = 2000;
} // namespace

DraftKeeper::DraftKeeper(Core::Database &database, std::function<std::optional<Core::Deal>()> unsaved, QObject *parent)
    : QObject(parent)
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

void DraftKeeper::keepNow()
{
    if (m_paused) {
        // A long job holds the database's write lock: writing now would wait for it and then fail.
        m_deferred = true;
        return;
    }
    const std::optional<Core::Deal> deal = m_unsaved();
    if (!deal) {
        discard();
        return;
    }
    if (const Core::StorageError error = m_drafts.save(*deal))
        Q_EMIT keepFailed(tr("Your unsaved changes could not be kept as a draft: %1").arg(error.fullText()));
}

void DraftKeeper::discard()
{
    m_timer->stop();
    if (m_paused) {
        m_deferred = true;
        return;
    }
    if (const Core::StorageError error = m_drafts.discard())
        Q_EMIT keepFailed(tr("An old draft of your changes could not be removed: %1").arg(error.fullText()));
}

std::optional<Core::Draft> DraftKeeper::pending()
{
    const Core::Expected<std::optional<Core::Draft>> draft = m_drafts.load();
    return draft.ok() ? draft.value() : std::nullopt;
}

bool DraftKeeper::askToRestore(QWidget *parent, const Core::Draft &draft)
{
    const QString title = draft.deal.title.isEmpty() ? tr("a new deal") : tr("“%1”").arg(draft.deal.title);
    QMessageBox box(QMessageBox::Question, tr("Restore Unsaved Changes?"),
                    tr("Triplewin was closed unexpectedly while you were editing %1. Your changes from %2 were "
                       "kept. Restore them?")
                        .arg(title, QLocale().toString(draft.savedAt.toLocalTime(), QLocale::ShortFormat)),
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
