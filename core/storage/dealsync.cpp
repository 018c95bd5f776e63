#include "dealsync.h"

#include "database.h"
#include "dealwriter.h"
#include "schema.h"
#include "sqldialect.h"
#include "sqltext.h"

#include <QCoreApplication>
#include <QVariant>

namespace Triplewin::Core {

namespace {

QString syncAction()
{
    return QCoreApplication::translate("Triplewin::Core::DealRepository", "Importing the deals failed");
}

/// Text for a NOT NULL column: Qt SQL binds a null QString as NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

/// The CRM's word for an ending, as users read it.
QString stateName(const QString &state)
{
    if (state == u"won")
        return QCoreApplication::translate("Triplewin::Core::DealRepository", "won");
    if (state == u"lost")
        return QCoreApplication::translate("Triplewin::Core::DealRepository", "lost");
    if (state == u"closed")
        return QCoreApplication::translate("Triplewin::Core::DealRepository", "closed");
    return QCoreApplication::translate("Triplewin::Core::DealRepository", "open");
}

/// A deal's content without what storage sets, and with the agreed option named instead of numbered: what a file
/// can say about a deal.
Deal comparable(Deal deal)
{
    deal.id = 0;
    deal.revision = 0;
    deal.updatedAt = {};
    for (DealOption &option : deal.options)
        option.id = 0;
    if (deal.ending)
        deal.ending->optionId = 0;
    return deal;
}

bool sameDeal(const Deal &a, const Deal &b)
{
    const Deal x = comparable(a);
    const Deal y = comparable(b);
    return x.sameContentAs(y) && x.createdAt == y.createdAt && x.ending == y.ending;
}

} // namespace

DealRepository::Sync::Sync(DealRepository &repository)
    : m_repository(repository)
{}

StorageError DealRepository::Sync::match(DealWriter &writer, IncomingDeal &incoming, const QDateTime &now,
                                         SyncReport *report, bool *matched)
{
    *matched = false;
    if (incoming.origin)
        return matchOrigin(writer, incoming, now, report, matched);
    if (!incoming.deal.uuid.isEmpty())
        return matchUuid(writer, incoming, now, report, matched);
    return {};
}

StorageError DealRepository::Sync::matchOrigin(DealWriter &writer, const IncomingDeal &incoming, const QDateTime &now,
                                               SyncReport *report, bool *matched)
{
    const DealOrigin &origin = *incoming.origin;
    if (!m_byOrigin)
        m_byOrigin = std::make_unique<PreparedStatement>(
            m_repository.m_database,
            QStringLiteral("SELECT o.deal_id, o.crm_state, o.crm_notes, o.content_hash, d.deleted_at IS NOT NULL, "
                           "d.title, d.customer, d.salesperson, d.currency, %3, d.notes, d.status "
                           "FROM %1 o JOIN %2 d ON d.id = o.deal_id WHERE o.source = ? AND o.record_key = ?")
                .arg(Schema::Origins, Schema::Deals,
                     m_repository.m_database.dialect().ifNull(QStringLiteral("d.expected_close"),
                                                              QStringLiteral("''"))));
    PreparedStatement &byOrigin = *m_byOrigin;
    byOrigin.bind(origin.source);
    byOrigin.bind(origin.recordKey);
    const bool found = byOrigin.next();
    if (!byOrigin.errorText().isEmpty())
        return byOrigin.failure(syncAction());
    if (!found) {
        byOrigin.reset();
        return {};
    }
    *matched = true;
    const qint64 dealId = byOrigin.int64At(0);
    const QString storedState = byOrigin.textAt(1);
    const QString storedCrmNotes = byOrigin.textAt(2);
    const QString storedHash = byOrigin.textAt(3);
    const bool inTrash = byOrigin.int64At(4) != 0;
    const QStringList storedFields{byOrigin.textAt(5), byOrigin.textAt(6), byOrigin.textAt(7), byOrigin.textAt(8),
                                   byOrigin.textAt(9)};
    const QString storedNotes = byOrigin.textAt(10);
    const std::optional<DealStatus> status = statusFromKey(byOrigin.textAt(11));
    const bool ended = status == DealStatus::Closed || status == DealStatus::WalkedAway;
    byOrigin.reset();

    const Deal &deal = incoming.deal;
    if (storedHash == origin.contentHash) {
        ++report->unchanged;
        return {};
    }
    if (inTrash) {
        report->conflicts.append({incoming.line, dealId, deal.title,
                                  QCoreApplication::translate("Triplewin::Core::DealRepository",
                                                              "The deal is in the trash here, so the CRM's changes "
                                                              "were not applied. Restore it and import again.")});
        return {};
    }

    QStringList notApplied;
    // The notes: the part the last import wrote is replaced; what the salesperson wrote after it stays. When they
    // edited that part itself, their text wins and the CRM's new notes are reported instead.
    QString notes = storedNotes;
    QString crmNotes = storedCrmNotes;
    if (origin.crmNotes != storedCrmNotes) {
        if (storedNotes.startsWith(storedCrmNotes)) {
            notes = origin.crmNotes + storedNotes.mid(storedCrmNotes.size());
            crmNotes = origin.crmNotes;
        } else {
            notApplied << QCoreApplication::translate("Triplewin::Core::DealRepository",
                                                      "The CRM's notes changed, but the notes it wrote before were "
                                                      "edited here, so they were kept as they are. The CRM now says: "
                                                      "%1")
                              .arg(origin.crmNotes);
        }
    }
    if (origin.state != storedState) {
        notApplied << (ended ? QCoreApplication::translate("Triplewin::Core::DealRepository",
                                                           "The CRM now says “%1” (it said “%2”). The deal has "
                                                           "ended here (%3) and keeps that ending.")
                                   .arg(stateName(origin.state), stateName(storedState), statusName(*status))
                             : QCoreApplication::translate("Triplewin::Core::DealRepository",
                                                           "The CRM now says “%1” (it said “%2”). Triplewin keeps "
                                                           "the deal open: close it or walk away here if that is "
                                                           "what happened.")
                                   .arg(stateName(origin.state), stateName(storedState)));
    }

    const QString expectedClose = deal.expectedClose.isValid() ? deal.expectedClose.toString(Qt::ISODate) : QString();
    const QStringList fields{deal.title, deal.customer, deal.salesperson, deal.currency, expectedClose};
    const bool changed = fields != storedFields || notes != storedNotes;
    if (changed) {
        QVariantList content(DealWriter::ColumnCount);
        content[DealWriter::Title] = text(deal.title);
        content[DealWriter::Customer] = text(deal.customer);
        content[DealWriter::Salesperson] = text(deal.salesperson);
        content[DealWriter::Currency] = text(deal.currency);
        content[DealWriter::ExpectedClose] = expectedClose.isEmpty() ? QVariant() : QVariant(expectedClose);
        content[DealWriter::Notes] = text(notes);
        if (StorageError error = writer.updateCrmFields(dealId, content, SqlText::storedTime(now)))
            return error;
    }
    if (!m_updateOrigin)
        m_updateOrigin = std::make_unique<PreparedStatement>(
            m_repository.m_database,
            QStringLiteral(
                "UPDATE %1 SET crm_state = ?, crm_notes = ?, content_hash = ?, synced_at = ? WHERE deal_id = ?")
                .arg(Schema::Origins));
    PreparedStatement &updateOrigin = *m_updateOrigin;
    updateOrigin.bind(text(origin.state));
    updateOrigin.bind(text(crmNotes));
    updateOrigin.bind(origin.contentHash);
    updateOrigin.bind(SqlText::storedTime(now));
    updateOrigin.bind(dealId);
    if (!updateOrigin.exec())
        return updateOrigin.failure(syncAction());

    if (!notApplied.isEmpty())
        report->conflicts.append({incoming.line, dealId, deal.title, notApplied.join(u' ')});
    else if (changed)
        report->updatedIds.append(dealId);
    else
        ++report->unchanged; // only what Triplewin does not keep changed (a close time of a deal still won)
    return {};
}

StorageError DealRepository::Sync::matchUuid(DealWriter &writer, IncomingDeal &incoming, const QDateTime &now,
                                             SyncReport *report, bool *matched)
{
    if (!m_byUuid)
        m_byUuid = std::make_unique<PreparedStatement>(
            m_repository.m_database,
            QStringLiteral("SELECT id, deleted_at IS NOT NULL FROM %1 WHERE uuid = ?").arg(Schema::Deals));
    PreparedStatement &byUuid = *m_byUuid;
    byUuid.bind(incoming.deal.uuid);
    const bool found = byUuid.next();
    if (!byUuid.errorText().isEmpty())
        return byUuid.failure(syncAction());
    const qint64 dealId = found ? byUuid.int64At(0) : 0;
    const bool inTrash = found && byUuid.int64At(1) != 0;
    byUuid.reset();
    if (!found)
        return {};
    *matched = true;
    const Expected<Deal> loaded = m_repository.load(dealId, DealRepository::Trashed::Include);
    if (!loaded.ok())
        return loaded.error();
    const Deal &stored = loaded.value();
    Deal &deal = incoming.deal;
    if (sameDeal(deal, stored)) {
        ++report->unchanged;
        return {};
    }
    QString why;
    if (inTrash) {
        why = QCoreApplication::translate("Triplewin::Core::DealRepository",
                                          "The deal is in the trash here, so the file's version was not applied. "
                                          "Restore it and import again.");
    } else if (deal.ending || stored.ending) {
        why = QCoreApplication::translate("Triplewin::Core::DealRepository",
                                          "The file's version differs from the deal saved here, which has ended (or "
                                          "ends in the file): an ending changes only by closing, walking away or "
                                          "reopening. The saved deal was kept.");
    } else if (!deal.updatedAt.isValid() || deal.updatedAt != stored.updatedAt) {
        why = QCoreApplication::translate("Triplewin::Core::DealRepository",
                                          "The deal was changed here after this file was exported, and the file's "
                                          "version differs too. The saved deal was kept; open both and copy what you "
                                          "need.");
    }
    if (!why.isEmpty()) {
        report->conflicts.append({incoming.line, dealId, deal.title, why});
        return {};
    }
    // Unchanged here since the export: the file's edits are taken, keeping the ids of options with the same name.
    deal.id = dealId;
    deal.revision = stored.revision;
    QList<DealOption> unused = stored.options;
    for (DealOption &option : deal.options) {
        const auto same = std::find_if(unused.begin(), unused.end(),
                                       [&option](const DealOption &o) { return o.name == option.name; });
        if (same != unused.end()) {
            option.id = same->id;
            unused.erase(same);
        }
    }
    if (StorageError error = m_repository.writeDeal(writer, &deal, now))
        return error;
    report->updatedIds.append(dealId);
    return {};
}

StorageError DealRepository::Sync::recordOrigin(qint64 dealId, const DealOrigin &origin, const QDateTime &now)
{
    if (!m_insertOrigin)
        m_insertOrigin = std::make_unique<PreparedStatement>(
            m_repository.m_database,
            QStringLiteral("INSERT INTO %1 (deal_id, source, record_key, crm_state, crm_notes, "
                           "content_hash, synced_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .arg(Schema::Origins));
    PreparedStatement &insertOrigin = *m_insertOrigin;
    insertOrigin.bind(dealId);
    insertOrigin.bind(origin.source);
    insertOrigin.bind(origin.recordKey);
    insertOrigin.bind(text(origin.state));
    insertOrigin.bind(text(origin.crmNotes));
    insertOrigin.bind(origin.contentHash);
    insertOrigin.bind(SqlText::storedTime(now));
    if (!insertOrigin.exec())
        return insertOrigin.failure(syncAction());
    return {};
}

} // namespace Triplewin::Core
