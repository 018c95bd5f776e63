#include "csvreader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace Triplewin::Core {

namespace {
constexpr qint64 ChunkSize = 64 * 1024;
}

CsvReader::CsvReader(QIODevice *device, QChar delimiter)
    : m_device(device)
    , m_delimiter(delimiter)
    , m_decoder(QStringDecoder::Utf8) // the default flags drop a leading byte-order mark
{}

bool CsvReader::fill()
{
    if (m_eof || hasError())
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray bytes = m_device->read(ChunkSize);
    if (bytes.isEmpty()) {
        m_eof = true;
        return false;
    }
    m_bytesRead += bytes.size();
    m_buffer += m_decoder.decode(bytes);
    if (m_decoder.hasError()) {
        m_error = QCoreApplication::translate("Triplewin::Core::CsvReader",
                                              "The file is not UTF-8 text near line %1. Save it from the "
                                              "spreadsheet or CRM as “CSV UTF-8” and try again.")
                      .arg(m_line);
        return false;
    }
    return true;
}

QChar CsvReader::detectDelimiter()
{
    // Count candidates outside quotes in the first record (normally the header row).
    qsizetype counts[3] = {0, 0, 0};
    const QChar candidates[3] = {u',', u';', u'\t'};
    bool quoted = false;
    for (qsizetype i = m_pos;; ++i) {
        if (i >= m_buffer.size()) {
            if (m_buffer.size() - m_pos > 1024 * 1024 || !fill())
                break;
            i = m_pos + (i - m_pos) - 1; // fill() only moves the kept text to the front when m_pos > 0
            continue;
        }
        const QChar c = m_buffer.at(i);
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted) {
            for (int k = 0; k < 3; ++k)
                counts[k] += c == candidates[k];
        }
    }
    int best = 0;
    for (int k = 1; k < 3; ++k) {
        if (counts[k] > counts[best])
            best = k;
    }
    return candidates[best];
}

QChar CsvReader::delimiter()
{
    if (m_delimiter.isNull())
        m_delimiter = detectDelimiter();
    return m_delimiter;
}

bool CsvReader::readRecord(CsvRecord *record)
{
    const QChar separator = delimiter();
    for (;;) {
        record->fields.clear();
        record->line = m_line;
        QString field;
        bool inQuotes = false;
        bool wasQuoted = false;
        bool any = false; // anything read for this record
        for (;;) {
            if (m_pos >= m_buffer.size() && !fill()) {
                if (hasError())
                    return false;
                if (inQuotes) {
                    m_error = QCoreApplication::translate("Triplewin::Core::CsvReader",
                                                          "Line %1: a quoted field is never closed (a \" is "
                                                          "missing), so the rest of the file cannot be read.")
                                  .arg(record->line);
                    return false;
                }
                if (!any)
                    return false;
                record->fields.append(field);
                return true;
            }
            const QChar c = m_buffer.at(m_pos++);
            any = true;
            if (inQuotes) {
                if (c == u'"') {
                    if (m_pos >= m_buffer.size())
                        fill();
                    if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == u'"') {
                        field += u'"';
                        ++m_pos;
                    } else {
                        inQuotes = false;
                    }
                } else {
                    if (c == u'\n')
                        ++m_line;
                    else if (c == u'\r') {
                        if (m_pos >= m_buffer.size())
                            fill();
                        if (m_pos >= m_buffer.size() || m_buffer.at(m_pos) != u'\n')
                            ++m_line; // a lone CR ends a line too
                    }
                    field += c;
                }
            } else if (c == separator) {
                record->fields.append(field);
                field.clear();
                wasQuoted = false;
            } else if (c == u'\n' || c == u'\r') {
                if (c == u'\r') {
                    if (m_pos >= m_buffer.size())
                        fill();
                    if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == u'\n')
                        ++m_pos;
                }
                ++m_line;
                if (record->fields.isEmpty() && field.isEmpty() && !wasQuoted)
                    break; // a blank line: skip it
                record->fields.append(field);
                return true;
            } else if (c == u'"' && field.isEmpty() && !wasQuoted) {
                inQuotes = true;
                wasQuoted = true;
            } else {
                field += c; // includes a stray quote inside an unquoted field, kept as text
            }
        }
    }
}

} // namespace Triplewin::Core
