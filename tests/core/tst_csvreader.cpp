// CsvReader on the messy files real exports produce: byte-order marks, CRLF, quotes, delimiters, big fields.

#include "io/csvreader.h"

#include <QBuffer>
#include <QtTest>

using namespace Triplewin::Core;

namespace {

/// Records as "line:field|field" strings, or "error:<line>" when reading stopped on an error.
QStringList readAll(const QByteArray &bytes, QChar *delimiter = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QStringList records;
    CsvRecord record;
    while (reader.readRecord(&record))
        records << QString::number(record.line) + u':' + record.fields.join(u'|');
    if (reader.hasError())
        records << QStringLiteral("error");
    if (delimiter)
        *delimiter = reader.delimiter();
    return records;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records_data();
    void records();
    void unterminatedQuoteNamesItsLine();
    void notUtf8IsRefused();
    void notUtf8NamesTheExactLine_data();
    void notUtf8NamesTheExactLine();
    void utf16IsRead_data();
    void utf16IsRead();
    void fieldsLongerThanAReadChunk();
};

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("delimiter");

    QTest::newRow("plain LF") << QByteArray("a,b\n1,2\n") << QStringList{u"1:a|b"_qs, u"2:1|2"_qs} << u","_qs;
    QTest::newRow("CRLF, no final line end")
        << QByteArray("a,b\r\n1,2") << QStringList{u"1:a|b"_qs, u"2:1|2"_qs} << u","_qs;
    QTest::newRow("byte-order mark") << QByteArray("\xEF\xBB\xBF"
                                                   "name,x\r\nÄrger,1\r\n")
                                     << QStringList{u"1:name|x"_qs, u"2:Ärger|1"_qs} << u","_qs;
    QTest::newRow("quoted comma and doubled quote")
        << QByteArray("a,b\n\"Acme, Inc.\",\"say \"\"hi\"\"\"\n")
        << QStringList{u"1:a|b"_qs, u"2:Acme, Inc.|say \"hi\""_qs} << u","_qs;
    QTest::newRow("line break in quotes counts lines")
        << QByteArray("a,b\r\n\"two\r\nlines\",x\r\nnext,y\r\n")
        << QStringList{u"1:a|b"_qs, u"2:two\r\nlines|x"_qs, u"4:next|y"_qs} << u","_qs;
    QTest::newRow("semicolons detected") << QByteArray("a;b;c\n1,5;2;\"x;y\"\n")
                                         << QStringList{u"1:a|b|c"_qs, u"2:1,5|2|x;y"_qs} << u";"_qs;
    QTest::newRow("tabs detected") << QByteArray("a\tb\n1\t2\n") << QStringList{u"1:a|b"_qs, u"2:1|2"_qs} << u"\t"_qs;
    QTest::newRow("blank lines skipped") << QByteArray("a,b\n\n1,2\r\n\r\n3,4\n")
                                         << QStringList{u"1:a|b"_qs, u"3:1|2"_qs, u"5:3|4"_qs} << u","_qs;
    QTest::newRow("empty fields kept") << QByteArray("a,b,c\n,,\n\"\"\n")
                                       << QStringList{u"1:a|b|c"_qs, u"2:||"_qs, u"3:"_qs} << u","_qs;
    QTest::newRow("stray quote inside a field kept")
        << QByteArray("a,b\n12\" pipe,x\n") << QStringList{u"1:a|b"_qs, u"2:12\" pipe|x"_qs} << u","_qs;
    QTest::newRow("lone CR line ends") << QByteArray("a,b\r1,2\r") << QStringList{u"1:a|b"_qs, u"2:1|2"_qs} << u","_qs;
    QTest::newRow("comma inside quotes does not vote")
        << QByteArray("\"a,b,c\";d\n1;2\n") << QStringList{u"1:a,b,c|d"_qs, u"2:1|2"_qs} << u";"_qs;
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    QFETCH(QString, delimiter);
    QChar detected;
    QCOMPARE(readAll(input, &detected), expected);
    QCOMPARE(QString(detected), delimiter);
}

void TestCsvReader::unterminatedQuoteNamesItsLine()
{
    QBuffer buffer;
    buffer.setData("a,b\n1,2\n\"open,3\n4,5\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    CsvRecord record;
    QVERIFY(reader.readRecord(&record));
    QVERIFY(reader.readRecord(&record));
    QVERIFY(!reader.readRecord(&record));
    QVERIFY(reader.hasError());
    QVERIFY2(reader.errorString().contains(u"Line 3"), qPrintable(reader.errorString()));
}

void TestCsvReader::notUtf8IsRefused()
{
    const QStringList records = readAll(QByteArray("name,city\nM\xFCller,K\xF6ln\n"));
    QCOMPARE(records.constLast(), u"error"_qs);
}

void TestCsvReader::notUtf8NamesTheExactLine_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("line");
    QTest::newRow("latin-1 on line 5") << QByteArray("a,b\nx,y\n\"two\nlines\",z\nM\xFCller,K\xF6ln\nlast,row\n")
                                       << u"Line 5 "_qs;
    QTest::newRow("CRLF, overlong on line 2") << QByteArray("a,b\r\n\xC0\xAF,y\r\n") << u"Line 2 "_qs;
    QTest::newRow("surrogate half on line 3") << QByteArray("a\rb\r\xED\xA0\x80\r") << u"Line 3 "_qs;
    // Far into a big file: the line is counted across read chunks, not guessed from the chunk.
    QByteArray big = "a,b\n";
    for (int i = 0; i < 20000; ++i)
        big += "some text,\xC3\xA9t\xC3\xA9\n";
    big += "bad \xFF here,x\n";
    QTest::newRow("line 20002 of a big file") << big << u"Line 20002 "_qs;
    // A valid "é" split by the 64 KiB read boundary is not the bad byte: the one on line 4 is.
    QByteArray split = "a,b\n" + QByteArray(65535 - 4, 'x') + "\xC3\xA9\nok,ok\nbad \xFF\n";
    QCOMPARE(split.at(65535), '\xC3');
    QTest::newRow("a character across the read boundary") << split << u"Line 4 "_qs;
}

void TestCsvReader::notUtf8NamesTheExactLine()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, line);
    QBuffer buffer;
    buffer.setData(bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    CsvRecord record;
    while (reader.readRecord(&record)) {
    }
    QVERIFY(reader.hasError());
    QVERIFY2(reader.errorString().startsWith(line), qPrintable(reader.errorString()));
}

void TestCsvReader::utf16IsRead_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QString text = u"Deal Name\tAmount\r\nM\u00FCller GmbH\t1000\r\n\u6771\u4EAC\t5\r\n"_qs;
    QByteArray little(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QByteArray big;
    for (qsizetype i = 0; i < little.size(); i += 2)
        big += little.at(i + 1) + QByteArray(1, little.at(i));
    QTest::newRow("UTF-16LE with BOM (Excel's Unicode text)") << QByteArray("\xFF\xFE") + little;
    QTest::newRow("UTF-16BE with BOM") << QByteArray("\xFE\xFF") + big;
    QTest::newRow("UTF-16LE without BOM") << little;
}

void TestCsvReader::utf16IsRead()
{
    QFETCH(QByteArray, bytes);
    QChar delimiter;
    QCOMPARE(readAll(bytes, &delimiter),
             (QStringList{u"1:Deal Name|Amount"_qs, u"2:M\u00FCller GmbH|1000"_qs, u"3:\u6771\u4EAC|5"_qs}));
    QCOMPARE(delimiter, QChar(u'\t'));
}

void TestCsvReader::fieldsLongerThanAReadChunk()
{
    // Quotes, CRLF and a doubled quote straddling the 64 KiB read boundary.
    const QByteArray longText(100'000, 'x');
    QByteArray input = "a,b\r\n\"" + longText + "\"\"\r\n" + longText + "\"," + longText + "\r\nlast,row\r\n";
    const QStringList records = readAll(input);
    QCOMPARE(records.size(), 3);
    const QString expected = QString::fromLatin1(longText) + u"\"\r\n"_qs + QString::fromLatin1(longText) + u'|' +
                             QString::fromLatin1(longText);
    QCOMPARE(records.at(1), u"2:"_qs + expected);
    QCOMPARE(records.at(2), u"4:last|row"_qs);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
