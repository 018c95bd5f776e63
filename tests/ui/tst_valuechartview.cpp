// The chart on its own: bars are surpluses over each party's reference point, labels are words.

#include <core/domain/classification.h>
#include <QAbstractAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QToolTip>
#include <QtTest>
#include <ui/valuechartview.h>

using namespace Triplewin;
using Core::Party;

class TestValueChartView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyChart();
    void surplusAndWords();
    void shrinkingTheOptionList();
    void namesAreShortenedOnlyWhenTheyDoNotFit();
    void hoveringABarNamesItsParty();
    void dominatedOptionIsMarkedUnderItsBars();
};

namespace {
Core::DealOption option(const QString &name, std::optional<Core::Money> you, Core::Money youReference,
                        std::optional<Core::Money> customer, std::optional<Core::Money> chain)
{
    Core::DealOption result;
    result.name = name;
    result.assessment(Party::You).value = you;
    result.assessment(Party::You).referencePoint = youReference;
    result.assessment(Party::Customer).value = customer;
    result.assessment(Party::Customer).referencePoint = 0;
    result.assessment(Party::CustomersCustomer).value = chain;
    result.assessment(Party::CustomersCustomer).referencePoint = 0;
    return result;
}
} // namespace

void TestValueChartView::emptyChart()
{
    Ui::ValueChartView chart;
    chart.setOptions({}, QStringLiteral("EUR"));
    for (QBarSet *set : chart.barSeries()->barSets())
        QCOMPARE(set->count(), 0);
    QVERIFY(chart.categories().isEmpty());
    // No axis reading "0 0 0 -0" and no legend for bars that are not there.
    for (QAbstractAxis *axis : chart.chart()->axes())
        QVERIFY(!axis->isVisible());
    QVERIFY(!chart.chart()->legend()->isVisible());
}

void TestValueChartView::surplusAndWords()
{
    Ui::ValueChartView chart;
    chart.resize(800, 500);
    chart.setOptions({option(QStringLiteral("Discount"), 90000, 100000, 500000, std::nullopt),
                      option(QStringLiteral("Even"), 100050, 100000, 0, 0)},
                     QStringLiteral("USD"));
    const QList<QBarSet *> sets = chart.barSeries()->barSets();
    QCOMPARE(sets.at(0)->at(0), -100.0);
    QCOMPARE(sets.at(1)->at(0), 5000.0);
    QCOMPARE(sets.at(2)->at(0), 0.0);
    QCOMPARE(chart.resultLabel(0, Party::You), QStringLiteral("lose"));
    QCOMPARE(chart.resultLabel(0, Party::Customer), QStringLiteral("win"));
    QCOMPARE(chart.resultLabel(0, Party::CustomersCustomer), QStringLiteral("unknown"));
    QCOMPARE(chart.resultLabel(1, Party::You), QStringLiteral("even"));
    QCOMPARE(chart.outcomeLabel(0), QStringLiteral("lose/win"));
    QCOMPARE(chart.outcomeLabel(1), QStringLiteral("win/win"));
    QVERIFY(chart.categories().at(0).contains(QStringLiteral("1. Discount")));
    QVERIFY(chart.categories().at(0).contains(QStringLiteral("lose/win")));
}

void TestValueChartView::dominatedOptionIsMarkedUnderItsBars()
{
    // "Bundle" is better for you and as good for the others: "Basic" is marked under its bars, in words, and a
    // screen reader hears why.
    Ui::ValueChartView chart;
    chart.resize(800, 500);
    chart.setOptions({option(QStringLiteral("Basic"), 110000, 100000, 5000, 0),
                      option(QStringLiteral("Bundle"), 120000, 100000, 5000, 0)},
                     QStringLiteral("EUR"));
    QVERIFY2(chart.categories().at(0).contains(QStringLiteral("<i>Dominated by 2</i>")),
             qPrintable(chart.categories().at(0)));
    QVERIFY2(!chart.categories().at(1).contains(QStringLiteral("Dominated")), qPrintable(chart.categories().at(1)));
    QVERIFY2(chart.accessibleDescription().contains(
                 QStringLiteral("Dominated by “Bundle”: as good for everyone, better for you.")),
             qPrintable(chart.accessibleDescription()));

    // Typing the bundle down below the basic option turns it round.
    chart.setOptions({option(QStringLiteral("Basic"), 110000, 100000, 5000, 0),
                      option(QStringLiteral("Bundle"), 105000, 100000, 5000, 0)},
                     QStringLiteral("EUR"));
    QVERIFY(!chart.categories().at(0).contains(QStringLiteral("Dominated")));
    QVERIFY(chart.categories().at(1).contains(QStringLiteral("<i>Dominated by 1</i>")));
}

void TestValueChartView::namesAreShortenedOnlyWhenTheyDoNotFit()
{
    Ui::ValueChartView chart;
    chart.resize(640, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const QString longName = QStringLiteral("Phased roll-out with a pilot in three depots first, then the rest");
    chart.setOptions({option(QStringLiteral("List price"), 1, 0, 1, 1),
                      option(QStringLiteral("Deep discount"), 1, 0, 1, 1),
                      option(QStringLiteral("Two-year term"), 1, 0, 1, 1), option(longName, 1, 0, 1, 1)},
                     QStringLiteral("EUR"));
    QTRY_VERIFY(chart.chart()->plotArea().width() > 0);
    // A name with room is whole (Qt cut "2. Deep disc…" at half the room it had); one without is shortened, with
    // its number and its outcome whole.
    QTRY_VERIFY2(chart.categories().at(1).endsWith(QStringLiteral("2. Deep discount")),
                 qPrintable(chart.categories().at(1)));
    QVERIFY2(chart.categories().at(2).endsWith(QStringLiteral("3. Two-year term")),
             qPrintable(chart.categories().at(2)));
    const QString cut = chart.categories().at(3);
    QVERIFY2(cut.contains(QStringLiteral("4. Phased")) && cut.endsWith(QStringLiteral("…")) && !cut.contains(longName),
             qPrintable(cut));
    QVERIFY(cut.startsWith(QStringLiteral("<b>win/win</b>")));
    // And so it is drawn: Qt Charts draws each label as a text item and would cut it again on its own.
    QStringList drawn;
    for (QGraphicsItem *item : chart.scene()->items()) {
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
            drawn << text->toPlainText();
    }
    QVERIFY2(drawn.join(u'|').contains(QStringLiteral("2. Deep discount")), qPrintable(drawn.join(u'|')));
    QVERIFY2(drawn.join(u'|').contains(QStringLiteral("3. Two-year term")), qPrintable(drawn.join(u'|')));
    QVERIFY(!chart.accessibleDescription().isEmpty());
    QVERIFY(chart.accessibleDescription().contains(longName)); // a screen reader hears it whole
}

void TestValueChartView::hoveringABarNamesItsParty()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Ui::ValueChartView chart;
    chart.resize(640, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setOptions({option(QStringLiteral("List price"), 1'200'000, 1'000'000, -50'000, std::nullopt)},
                     QStringLiteral("EUR"));
    // The bars are told apart by colour in the legend; each names itself in words under the pointer.
    QCOMPARE(chart.barTip(0, Party::You), QStringLiteral("You, “List price”: win, 2,000 over the walk-away point"));
    QCOMPARE(chart.barTip(0, Party::Customer),
             QStringLiteral("Your customer, “List price”: lose, -500 over the best alternative"));
    QCOMPARE(chart.barTip(0, Party::CustomersCustomer), QStringLiteral("Their customer, “List price”: not assessed"));
    QBarSet *customer = chart.barSeries()->barSets().at(1);
    Q_EMIT chart.barSeries()->hovered(true, 0, customer);
    QTRY_COMPARE(QToolTip::text(), chart.barTip(0, Party::Customer));
    Q_EMIT chart.barSeries()->hovered(false, 0, customer);
    QTRY_VERIFY(!QToolTip::isVisible());
    QLocale::setDefault(QLocale::c());
}

void TestValueChartView::shrinkingTheOptionList()
{
    Ui::ValueChartView chart;
    chart.setOptions({option(QStringLiteral("A"), 1, 0, 1, 1), option(QStringLiteral("B"), 1, 0, 1, 1)},
                     QStringLiteral("EUR"));
    chart.setOptions({option(QStringLiteral("B"), -50000, 0, 1, 1)}, QStringLiteral("EUR"));
    QCOMPARE(chart.barSeries()->barSets().at(0)->count(), 1);
    QCOMPARE(chart.barSeries()->barSets().at(0)->at(0), -500.0);
    QCOMPARE(chart.categories().size(), 1);
    QCOMPARE(chart.resultLabel(1, Party::You), QString());
}

QTEST_MAIN(TestValueChartView)
#include "tst_valuechartview.moc"
