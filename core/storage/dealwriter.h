#pragma once

#include "../domain/party.h"
#include "sqldialect.h"
#include "storageerror.h"

#include <array>
#include <map>
#include <memory>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Triplewin::Core {

class Database;
class PreparedStatement;

/// One row of the deals table as DealWriter stores it: the deal's identity and times, and what a user changes.
struct DealRow
{
    QString uuid;
    qint64 revision = 1;
    QString createdAt;
    QString updatedAt;
    QVariant deletedAt;   ///< NULL for a live deal
    QVariantList content; ///< in DealWriter::Column order; NULL where a column is NULL
};

/// Every write to a deal's rows (deals, deal_options, assessments, deal_events), for DealRepository (saves, imports)
/// and MergeService alike: one definition of each statement, prepared on first use and reused for every deal of the
/// transaction. The name keys (salesperson_key, customer_key) are computed here from the names, whoever writes.
/// Each call runs inside the caller's write transaction (Database::write()); a failure says @p action (the
/// caller's words: "Saving the deal failed", "Merging … failed") with SQLite's detail.
class DealWriter final
{
public:
    /// The columns of deals a user changes, directly or by closing, walking away and reopening: DealRow::content.
    /// agreed_option_id is not among them (option ids differ between files): setClosedOption() sets it.
    enum Column
    {
        Title,
        Customer,
        CustomersCustomer,
        Salesperson,
        Currency,
        ExpectedClose,
        Status,
        Notes,
        /// What was prepared about each party (schema 13), four columns per party in Party order: interests,
        /// relationship, reference_source, confidence (a confidenceKey(), NULL when not said).
        YouInterests,
        Concessions = YouInterests + 4 * PartyCount, ///< the concession ledger as JSON (schema 14), NULL when empty
        LastEdit = Concessions,                      ///< the last column an edit writes
        EndedAt,                                     ///< the ending's columns, NULL while the deal is open
        EndedBy,
        AgreedOptionName,
        YouResult,
        CustomerResult,
        CustomersCustomerResult,
        EndingKey,
        EndingReason, ///< why it ended (schema 12)
        EndingNote,
        YouLeft, ///< value left on the table per party at the closing (schema 12), NULL when it cannot be said
        CustomerLeft,
        CustomersCustomerLeft,
        ColumnCount,
    };
    /// The columns' names, in Column order.
    static const QStringList &contentColumns();

    DealWriter(const Database &database, QString action);
    ~DealWriter();
    Q_DISABLE_COPY_MOVE(DealWriter)

    /// Adds a deal; *id is its new id.
    StorageError insertDeal(const DealRow &row, qint64 *id);
    /// A user's edit of deal @p id: Title to LastEdit of @p content (an ended deal keeps its status), when the stored
    /// revision is @p revision and the deal is live; the revision goes up by one. *written is false when no deal
    /// matched (gone, trashed, or changed since).
    StorageError updateEdits(qint64 id, qint64 revision, const QVariantList &content, const QString &updatedAt,
                             bool *written);
    /// An import's update of what a CRM owns (Title, Customer, Salesperson, Currency, ExpectedClose and Notes of
    /// @p content); the revision goes up by one.
    StorageError updateCrmFields(qint64 id, const QVariantList &content, const QString &updatedAt);
    /// Ends live, open deal @p id: Status and the ending's columns of @p content, the agreed option @p optionId
    /// (NULL for a walk-away) with its values frozen; the revision goes up by one. *written is false when no deal
    /// matched (ended already, gone or trashed).
    StorageError writeEnding(qint64 id, const QVariantList &content, const QVariant &optionId, const QString &updatedAt,
                             bool *written);
    /// Reopens ended, live deal @p id: negotiating again, its ending cleared; *written as for writeEnding().
    StorageError clearEnding(qint64 id, const QString &updatedAt, bool *written);
    /// Moves deal @p id to the trash (@p deletedAt set) or back out of it (NULL); *written is false when it was
    /// not where it was expected.
    StorageError setDeletedAt(qint64 id, const QVariant &deletedAt, bool *written);
    /// Deletes every deal in the trash, with all its rows; *removed says how many.
    StorageError removeTrashed(int *removed);
    /// Makes deal @p id read as @p row, all of its content and deleted_at (a merge); the revision goes up by one.
    /// Its options and events are removed (the assessments go with the options): write them again.
    StorageError replaceDeal(qint64 id, const DealRow &row, const QString &updatedAt);

    /// The ids of deal @p dealId's options.
    StorageError optionIds(qint64 dealId, QSet<qint64> *ids);
    StorageError insertOption(qint64 dealId, qint64 position, const QString &name, qint64 *id);
    StorageError updateOption(qint64 id, qint64 position, const QString &name);
    StorageError removeOption(qint64 id);
    /// Stores one party's assessment of option @p optionId, over the one stored before.
    StorageError writeAssessment(qint64 optionId, const QString &party, const QVariant &value,
                                 const QVariant &referencePoint, const QVariant &reason);
    StorageError insertEvent(qint64 dealId, const QString &kind, const QString &at, const QString &actor,
                             const QString &detail);
    /// Sets deal @p dealId's agreed option (NULL: none) and freezes that option's three values onto the deal.
    StorageError setClosedOption(qint64 dealId, const QVariant &optionId);

    /// salesperson_key and customer_key for a row's @p content (nameKey() of each name), as every write stores them.
    static std::array<QString, 2> nameKeys(const QVariantList &content);

    /// Whether insertRows() and reserveIds() work here (SqlDialect::insertRows()): many new rows in one statement.
    bool insertsManyRows() const;
    /// Inserts rows into @p table: @p lists holds one list per column of @p columns, each as long as there are rows.
    StorageError insertRows(const QString &table, const QStringList &columns, const QList<SqlDialect::ListType> &types,
                            const QList<QVariantList> &lists);
    /// @p count new ids for rows of @p table, taken from its id column's sequence (insertRows() then sets them).
    StorageError reserveIds(const QString &table, qsizetype count, QList<qint64> *ids);

private:
    enum Statement
    {
        InsertDeal,
        UpdateEdits,
        ReplaceDeal,
        RemoveOptions,
        RemoveEvents,
        OptionIds,
        InsertOption,
        UpdateOption,
        RemoveOption,
        WriteAssessment,
        InsertEvent,
        SetClosedOption,
        UpdateCrmFields,
        WriteEnding,
        ClearEnding,
        MoveToTrash,
        RestoreFromTrash,
        RemoveTrashed,
        StatementCount,
    };
    QString statementText(Statement which) const;
    PreparedStatement &statement(Statement which);
    StorageError run(PreparedStatement &statement);
    /// run(), and whether it changed a row: false when its WHERE matched none.
    StorageError runCounting(PreparedStatement &statement, bool *written);
    StorageError failed(const PreparedStatement &statement) const;
    void bindContent(PreparedStatement &statement, const QVariantList &content, int first, int count);
    void bindNameKeys(PreparedStatement &statement, const QVariantList &content);

    const Database &m_database;
    QString m_action;
    std::array<std::unique_ptr<PreparedStatement>, StatementCount> m_statements;
    std::map<QString, std::unique_ptr<PreparedStatement>> m_rowInserts;     ///< insertRows(), by table
    std::map<QString, std::unique_ptr<PreparedStatement>> m_idReservations; ///< reserveIds(), by table
};

} // namespace Triplewin::Core
