#include "domain/endingreason.h"

#include <QTest>

using namespace Triplewin::Core;

/// Why deals end (issue 16): the standard reasons, names typed as people type them, and CRM lost reasons read into
/// a reason and a note.
class TestEndingReason : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void standardListAndNames();
    void namesAsTyped_data();
    void namesAsTyped();
    void crmTexts_data();
    void crmTexts();
    void sentence();
};

void TestEndingReason::standardListAndNames()
{
    QCOMPARE(standardEndingReasons(),
             (QStringList{QStringLiteral("price"), QStringLiteral("scope"), QStringLiteral("timing"),
                          QStringLiteral("relationship"), QStringLiteral("competitor"), QStringLiteral("no_decision"),
                          QStringLiteral("other")}));
    QCOMPARE(endingReasonName(QStringLiteral("no_decision")), QStringLiteral("No decision"));
    QCOMPARE(endingReasonName(QStringLiteral("Procurement freeze")), QStringLiteral("Procurement freeze"));
    QCOMPARE(endingReasonName(QString()), QString());
    for (const QString &key : standardEndingReasons())
        QCOMPARE(endingReasonFromName(endingReasonName(key)), key); // a name read back is its key
}

void TestEndingReason::namesAsTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("reason");
    QTest::newRow("name") << QStringLiteral("Price") << QStringLiteral("price");
    QTest::newRow("lower case, spaces") << QStringLiteral("  no decision ") << QStringLiteral("no_decision");
    QTest::newRow("key") << QStringLiteral("no_decision") << QStringLiteral("no_decision");
    QTest::newRow("hyphen") << QStringLiteral("No-Decision") << QStringLiteral("no_decision");
    QTest::newRow("own reason kept as written")
        << QStringLiteral(" Procurement freeze ") << QStringLiteral("Procurement freeze");
    QTest::newRow("blank") << QStringLiteral(" \t") << QString();
}

void TestEndingReason::namesAsTyped()
{
    QFETCH(QString, typed);
    QFETCH(QString, reason);
    QCOMPARE(endingReasonFromName(typed), reason);
}

void TestEndingReason::crmTexts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("note");
    QTest::newRow("exactly a reason") << QStringLiteral("Price") << QStringLiteral("price") << QString();
    QTest::newRow("Salesforce picklist") << QStringLiteral("Lost to Competitor") << QStringLiteral("competitor")
                                         << QStringLiteral("Lost to Competitor");
    QTest::newRow("budget is price") << QStringLiteral("No budget this year") << QStringLiteral("price")
                                     << QStringLiteral("No budget this year");
    QTest::newRow("went dark") << QStringLiteral("Went dark after demo") << QStringLiteral("no_decision")
                               << QStringLiteral("Went dark after demo");
    QTest::newRow("competitor beats price")
        << QStringLiteral("Competitor's price was lower") << QStringLiteral("competitor")
        << QStringLiteral("Competitor's price was lower");
    QTest::newRow("nothing known") << QStringLiteral("Merged with another opportunity") << QStringLiteral("other")
                                   << QStringLiteral("Merged with another opportunity");
    QTest::newRow("a key word inside another word is none")
        << QStringLiteral("Frustrated with onboarding") << QStringLiteral("other")
        << QStringLiteral("Frustrated with onboarding");
    QTest::newRow("empty") << QStringLiteral("   ") << QString() << QString();
}

void TestEndingReason::crmTexts()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    QFETCH(QString, note);
    const ReasonForEnding read = endingReasonFromCrm(text);
    QCOMPARE(read.reason, reason);
    QCOMPARE(read.note, note);
}

void TestEndingReason::sentence()
{
    QCOMPARE(endingReasonSentence({QStringLiteral("price"), QStringLiteral("budget moved")}),
             QStringLiteral("Why it ended: Price — budget moved"));
    QCOMPARE(endingReasonSentence({QStringLiteral("timing"), {}}), QStringLiteral("Why it ended: Timing."));
    QCOMPARE(endingReasonSentence({{}, QStringLiteral("they merged")}), QStringLiteral("Why it ended: they merged"));
    QCOMPARE(endingReasonSentence({}), QString());
}

QTEST_GUILESS_MAIN(TestEndingReason)
#include "tst_endingreason.moc"
