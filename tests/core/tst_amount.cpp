#include "domain/amount.h"

#include <QTest>

using namespace Triplewin::Core;

Q_DECLARE_METATYPE(std::optional<Triplewin::Core::Money>)

/// Amounts as users type them: what is accepted, what is refused with a reason, and what comes back out.
class TestAmount final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseAccepted_data();
    void parseAccepted();
    void parseRefused_data();
    void parseRefused();
    void emptyIsUnknown_data();
    void emptyIsUnknown();
    void format_data();
    void format();
    void roundTrip_data();
    void roundTrip();
};

void TestAmount::parseAccepted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<Money>("cents");

    const QLocale c = QLocale::c();
    const QLocale german(QLocale::German, QLocale::Germany);
    const QLocale english(QLocale::English, QLocale::UnitedStates);

    QTest::newRow("C: plain") << QStringLiteral("1234") << c << Money(123'400);
    QTest::newRow("C: zero") << QStringLiteral("0") << c << Money(0);
    QTest::newRow("C: negative") << QStringLiteral("-250") << c << Money(-25'000);
    QTest::newRow("C: plus sign") << QStringLiteral("+250") << c << Money(25'000);
    QTest::newRow("C: one decimal") << QStringLiteral("12.5") << c << Money(1'250);
    QTest::newRow("C: two decimals") << QStringLiteral("12.34") << c << Money(1'234);
    QTest::newRow("C: negative cents") << QStringLiteral("-0.05") << c << Money(-5);
    QTest::newRow("C: binary-unfriendly 0.29") << QStringLiteral("0.29") << c << Money(29);
    QTest::newRow("C: binary-unfriendly 1.15") << QStringLiteral("1.15") << c << Money(115);
    QTest::newRow("C: surrounding spaces") << QStringLiteral("  42.10 ") << c << Money(4'210);
    QTest::newRow("C: group separators") << QStringLiteral("1,234,567.89") << c << Money(123'456'789);
    QTest::newRow("C: space as group separator") << QStringLiteral("1 234 567") << c << Money(123'456'700);
    QTest::newRow("C: no-break space as group separator") << QStringLiteral("1\u00A0234") << c << Money(123'400);
    QTest::newRow("C: narrow no-break space as group separator") << QStringLiteral("1\u202F234") << c << Money(123'400);
    QTest::newRow("en_US: group separators") << QStringLiteral("1,234.56") << english << Money(123'456);
    QTest::newRow("de_DE: group and decimal") << QStringLiteral("1.234,56") << german << Money(123'456);
    QTest::newRow("de_DE: negative") << QStringLiteral("-1.234,5") << german << Money(-123'450);
    QTest::newRow("de_DE: decimal comma") << QStringLiteral("12,34") << german << Money(1'234);
    QTest::newRow("de_DE: dot is a group separator") << QStringLiteral("1.234") << german << Money(123'400);
    QTest::newRow("de_DE: C text falls back to C") << QStringLiteral("1234.56") << german << Money(123'456);
    QTest::newRow("exactly MaxWholeAmount") << QStringLiteral("1000000000000") << c << MaxAmount;
    QTest::newRow("exactly -MaxWholeAmount") << QStringLiteral("-1000000000000") << c << -MaxAmount;
    QTest::newRow("largest amount with cents") << QStringLiteral("999999999999.99") << c << MaxAmount - 1;
    QTest::newRow("de_DE: largest amount with cents")
        << QStringLiteral("999.999.999.999,99") << german << MaxAmount - 1;
}

void TestAmount::parseAccepted()
{
    QFETCH(QString, text);
    QFETCH(QLocale, locale);
    QFETCH(Money, cents);

    const AmountParse parsed = parseAmount(text, locale);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QVERIFY(parsed.error.isEmpty());
    QCOMPARE(parsed.value, std::optional<Money>(cents));
}

void TestAmount::parseRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QLocale>("locale");

    const QLocale c = QLocale::c();
    const QLocale german(QLocale::German, QLocale::Germany);

    QTest::newRow("letters") << QStringLiteral("abc") << c;
    QTest::newRow("number then letters") << QStringLiteral("12abc") << c;
    QTest::newRow("currency word") << QStringLiteral("ten euros") << c;
    QTest::newRow("two decimal points") << QStringLiteral("1.2.3") << c;
    QTest::newRow("lone sign") << QStringLiteral("-") << c;
    QTest::newRow("nan") << QStringLiteral("nan") << c;
    QTest::newRow("NaN") << QStringLiteral("NaN") << c;
    QTest::newRow("inf") << QStringLiteral("inf") << c;
    QTest::newRow("-inf") << QStringLiteral("-inf") << c;
    QTest::newRow("infinity") << QStringLiteral("infinity") << c;
    QTest::newRow("de_DE: nan") << QStringLiteral("nan") << german;
    QTest::newRow("1e400 overflows double") << QStringLiteral("1e400") << c;
    QTest::newRow("-1e400 overflows double") << QStringLiteral("-1e400") << c;
    QTest::newRow("1e13 beyond MaxWholeAmount") << QStringLiteral("1e13") << c;
    QTest::newRow("MaxWholeAmount + 1") << QStringLiteral("1000000000001") << c;
    QTest::newRow("-(MaxWholeAmount + 1)") << QStringLiteral("-1000000000001") << c;
    QTest::newRow("MaxWholeAmount and a cent") << QStringLiteral("1000000000000.01") << c;
    QTest::newRow("three decimals") << QStringLiteral("1.005") << c;
    QTest::newRow("three decimals, all zero") << QStringLiteral("1.000") << c;
    QTest::newRow("many decimals") << QStringLiteral("0.123456") << c;
    QTest::newRow("de_DE: three decimals") << QStringLiteral("1,005") << german;
    QTest::newRow("de_DE: C text with three decimals") << QStringLiteral("1234.567") << german;
}

void TestAmount::parseRefused()
{
    QFETCH(QString, text);
    QFETCH(QLocale, locale);

    const AmountParse parsed = parseAmount(text, locale);
    QVERIFY2(!parsed.ok(), qPrintable(QStringLiteral("accepted as %1 cents").arg(parsed.value.value_or(-1))));
    QVERIFY(!parsed.error.isEmpty());
    QVERIFY(!parsed.value.has_value());
}

void TestAmount::emptyIsUnknown_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("   ");
    QTest::newRow("tab and newline") << QStringLiteral("\t\n");
}

void TestAmount::emptyIsUnknown()
{
    QFETCH(QString, text);
    const AmountParse parsed = parseAmount(text, QLocale::c());
    QVERIFY(parsed.ok());
    QVERIFY(!parsed.value.has_value());
}

void TestAmount::format_data()
{
    QTest::addColumn<Money>("cents");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");

    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale german(QLocale::German, QLocale::Germany);

    QTest::newRow("en_US: whole amount has no decimals") << Money(123'400) << english << QStringLiteral("1,234");
    QTest::newRow("en_US: cents") << Money(123'456) << english << QStringLiteral("1,234.56");
    QTest::newRow("en_US: ten cents keep two decimals") << Money(1'210) << english << QStringLiteral("12.10");
    QTest::newRow("en_US: negative cents") << Money(-5) << english << QStringLiteral("-0.05");
    QTest::newRow("en_US: zero") << Money(0) << english << QStringLiteral("0");
    QTest::newRow("de_DE: cents") << Money(123'456) << german << QStringLiteral("1.234,56");
    QTest::newRow("de_DE: negative whole") << Money(-100'000'000) << german << QStringLiteral("-1.000.000");
    QTest::newRow("en_US: MaxAmount") << MaxAmount << english << QStringLiteral("1,000,000,000,000");
    QTest::newRow("en_US: largest with cents") << MaxAmount - 1 << english << QStringLiteral("999,999,999,999.99");
}

void TestAmount::format()
{
    QFETCH(Money, cents);
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    QCOMPARE(formatAmount(cents, locale), text);
}

void TestAmount::roundTrip_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<Money>("cents");

    const QList<QLocale> locales{QLocale::c(),
                                 QLocale(QLocale::English, QLocale::UnitedStates),
                                 QLocale(QLocale::German, QLocale::Germany),
                                 QLocale(QLocale::French, QLocale::France),
                                 QLocale(QLocale::German, QLocale::Switzerland),
                                 QLocale(QLocale::Hindi, QLocale::India)};
    const QList<Money> amounts{
        0,        1,           -1,          99,        100,        -100,          1'250,         123'456,
        -123'456, 100'000'000, 123'456'789, MaxAmount, -MaxAmount, MaxAmount - 1, -MaxAmount + 1};
    for (const QLocale &locale : locales) {
        for (Money amount : amounts)
            QTest::addRow("%s %lld", qPrintable(locale.name()), static_cast<long long>(amount)) << locale << amount;
    }
}

void TestAmount::roundTrip()
{
    // What the options table shows must read back as the same amount when the user edits it unchanged.
    QFETCH(QLocale, locale);
    QFETCH(Money, cents);
    const QString text = formatAmount(cents, locale);
    const AmountParse parsed = parseAmount(text, locale);
    QVERIFY2(parsed.ok(), qPrintable(text + QStringLiteral(": ") + parsed.error));
    QCOMPARE(parsed.value, std::optional<Money>(cents));
}

QTEST_GUILESS_MAIN(TestAmount)
#include "tst_amount.moc"
