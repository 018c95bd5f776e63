#pragma once

#include "../domain/deal.h"

#include <functional>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace Triplewin::Core {

class DealRepository;

/// Writes deals as Triplewin CSV or JSON, streaming: one deal in memory at a time.
///
/// CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read it as UTF-8, CRLF line ends): one row per
/// option with the deal's fields repeated on each row; a deal without options has one row with empty option
/// columns. Amounts are plain numbers with two decimals ("-1234.50"); an unknown value is an empty cell; times
/// are ISO 8601 UTC. Text that a spreadsheet would run as a formula is guarded (guardSpreadsheetFormula()).
/// DealImporter reads it back into the same deals (the columns are fieldKey() names).
///
/// JSON: an array of deal objects, each with its "options" array and, for ended deals, a "closing" object.
/// Amounts are integers in cents; an unknown value is null.
class DealExporter final
{
public:
    enum class Format
    {
        Csv,
        Json,
    };

    explicit DealExporter(QIODevice *device, Format format);

    /// The CSV header row, in column order.
    static QStringList csvHeaders();

    bool begin();
    /// Writes @p deal. JSON gives its @p history too when given (closings with the closing gate's reasons,
    /// walk-aways, reopenings; exportAll() reads it), and leaves the key out otherwise; CSV has no place for it.
    bool write(const Deal &deal, const QList<DealEvent> *history = nullptr);
    bool end();

    /// Writes every live deal of @p repository. Returns false with errorString() set on a database or write error,
    /// or when the progress callback asked to stop.
    bool exportAll(DealRepository &repository);
    /// Called by exportAll() after each deal with how many were written; returning false stops the export.
    void setProgress(std::function<bool(qint64 written)> progress) { m_progress = std::move(progress); }

    qint64 dealsWritten() const { return m_count; }
    QString errorString() const { return m_error; }

private:
    bool put(const QByteArray &bytes);

    QIODevice *m_device;
    Format m_format;
    qint64 m_count = 0;
    QString m_error;
    std::function<bool(qint64 written)> m_progress;
};

/// A text cell a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage return, after
/// any quotes) gets a quote in front, as OWASP advises against CSV injection: "=HYPERLINK(...)" is written
/// "'=HYPERLINK(...)". Amount cells are numbers and never guarded.
QString guardSpreadsheetFormula(const QString &text);
/// One CSV cell: guarded (guardSpreadsheetFormula()), quoted when it holds a separator, a quote, a line break or
/// outer spaces.
QString csvField(const QString &plain);
/// The exact inverse, for reading a Triplewin CSV back: the quote the guard added goes, any other stays.
QString unguardSpreadsheetFormula(const QString &text);

} // namespace Triplewin::Core
