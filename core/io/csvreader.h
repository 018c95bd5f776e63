#pragma once

#include <QString>
#include <QStringDecoder>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace Triplewin::Core {

/// One record of a CSV file and the physical line (1-based) it starts on, for error messages.
struct CsvRecord
{
    QStringList fields;
    qint64 line = 0;
};

/// Reads RFC 4180 CSV from a device, one record at a time, without loading the whole file.
///
/// Tolerates what real exports contain: UTF-8 with or without a byte-order mark, UTF-16 (Excel's "Unicode text"), CRLF,
/// LF or CR line ends, quoted fields holding delimiters, doubled quotes and line breaks, blank lines (skipped), a stray
/// quote inside an unquoted field (kept as text) and a missing line end at the end of the file. The delimiter is a
/// comma, semicolon or tab, detected from the first record unless given. An unterminated quoted field or bytes that are
/// not UTF-8 stop reading with an error naming the line of the first bad byte.
///
/// The device must be open for reading and outlive the reader. Not thread-safe.
class CsvReader final
{
public:
    /// @p delimiter: a null QChar detects it from the first record.
    explicit CsvReader(QIODevice *device, QChar delimiter = QChar());

    /// Reads the next non-blank record. Returns false at the end of the file or on an error (see hasError()).
    bool readRecord(CsvRecord *record);

    QChar delimiter();
    bool hasError() const { return !m_error.isEmpty(); }
    /// What went wrong, in plain words (translated).
    QString errorString() const { return m_error; }
    /// Bytes consumed from the device so far, for progress.
    qint64 bytesRead() const { return m_bytesRead; }

private:
    bool fill();
    void chooseEncoding(const QByteArray &start);
    QChar detectDelimiter();

    QIODevice *m_device;
    QChar m_delimiter;
    QStringDecoder m_decoder;
    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    bool m_eof = false;
    bool m_utf16 = false;
    qsizetype m_continued = 0; ///< bytes the next chunk owes the character the last one ended inside
    QString m_error;
};

} // namespace Triplewin::Core
