#include "csvreader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace Triplewin::Core {

namespace {

constexpr qint64 ChunkSize = 64 * 1024;

/// Line breaks in @p text: LF, CRLF and a lone CR each count once.
qint64 lineBreaks(QStringView text)
{
    qint64 count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\n' || (text.at(i) == u'\r' && (i + 1 == text.size() || text.at(i + 1) != u'\n')))
            ++count;
    }
    return count;
}

/// The offset of the first byte of @p bytes that is not part of well-formed UTF-8, after the first @p continued
/// bytes, which complete a character the chunk before began; an incomplete sequence at the end is not counted (the
/// next chunk completes it). bytes.size() when there is none.
qsizetype firstInvalidUtf8(const QByteArray &bytes, qsizetype continued)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype size = bytes.size();
    for (qsizetype i = continued; i < size;) {
        const uchar lead = data[i];
        int length = 0;
        uchar low = 0x80;
        uchar high = 0xBF;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;  // no overlong forms
            high = lead == 0xED ? 0x9F : 0xBF; // no surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return i;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= size)
                return size; // completed by the next chunk
            const uchar next = data[i + k];
            if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF))
                return i;
        }
        i += length;
    }
    return size;
}

/// How many bytes the next chunk must supply to complete the character @p bytes ends in the middle of.
qsizetype missingAtEnd(const QByteArray &bytes)
{
    for (qsizetype back = 1; back <= std::min<qsizetype>(3, bytes.size()); ++back) {
        const auto byte = uchar(bytes.at(bytes.size() - back));
        if ((byte & 0xC0) == 0x80)
            continue; // a continuation byte: look further back for its lead
        const qsizetype length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
        return std::max<qsizetype>(0, length - back);
    }
    return 0;
}

} // namespace

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
    if (m_bytesRead == 0)
        chooseEncoding(bytes);
    m_bytesRead += bytes.size();
    const qsizetype decodedBefore = m_buffer.size();
    m_buffer += m_decoder.decode(bytes);
    if (m_decoder.hasError() && m_utf16) {
        m_error = QCoreApplication::translate("Triplewin::Core::CsvReader",
                                              "Line %1 or the lines after it are not valid UTF-16 text. Save the file "
                                              "from the spreadsheet or CRM as “CSV UTF-8” and try again.")
                      .arg(m_line);
        return false;
    }
    if (m_decoder.hasError()) {
        // The line of the first bad byte: the line being read, the line breaks decoded but not read yet, and those
        // before the bad byte in this chunk.
        const qsizetype bad = firstInvalidUtf8(bytes, m_continued);
        const qint64 line = m_line + lineBreaks(QStringView(m_buffer).mid(m_pos, decodedBefore - m_pos)) +
                            lineBreaks(QString::fromUtf8(bytes.left(bad)));
        m_error = QCoreApplication::translate("Triplewin::Core::CsvReader",
                                              "Line %1 is not UTF-8 text (byte %2 of the file). Save the file from "
                                              "the spreadsheet or CRM as “CSV UTF-8” and try again.")
                      .arg(line)
                      .arg(m_bytesRead - bytes.size() + bad + 1);
        return false;
    }
    m_continued = m_utf16 ? 0 : missingAtEnd(bytes);
    return true;
}

void CsvReader::chooseEncoding(const QByteArray &start)
{
    // Excel's "Unicode text" and some CRMs write UTF-16, with a byte-order mark or, rarely, without one: then
    // every other byte of Latin text is 0.
    auto zerosAt = [&start](int parity) {
        int zeros = 0;
        for (qsizetype i = parity; i < std::min<qsizetype>(start.size(), 64); i += 2)
            zeros += start.at(i) == 0;
        return zeros;
    };
    if (start.startsWith("\xFF\xFE") || (zerosAt(1) >= 8 && zerosAt(0) == 0)) {
        m_decoder = QStringDecoder(QStringDecoder::Utf16LE);
        m_utf16 = true;
    } else if (start.startsWith("\xFE\xFF") || (zerosAt(0) >= 8 && zerosAt(1) == 0)) {
        m_decoder = QStringDecoder(QStringDecoder::Utf16BE);
        m_utf16 = true;
    }
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
