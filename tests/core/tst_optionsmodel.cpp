#include "models/deallistmodel.h"
#include "models/optionsbypartymodel.h"
#include "models/optionsmodel.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "testdeals.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Triplewin::Core;
using namespace Triplewin::Core::Test;

Q_DECLARE_METATYPE(Triplewin::Core::Outcome)

namespace {

const int YouValue = OptionsModel::columnFor(Party::You, OptionsModel::ValueOffset);

int column(Party party, int offset)
{
    return OptionsModel::columnFor(party, offset);
}

/// The item model tester, failing the running test on any broken model contract.
std::unique_ptr<QAbstractItemModelTester> testerFor(QAbstractItemModel *model)
{
    return std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

/// Scrolls to the end: fetches until the model says there is no more. False when it never stops.
bool fetchAll(QAbstractItemModel &model)
{
    for (int fetches = 0; model.canFetchMore({}); ++fetches) {
        if (fetches > 1000)
            return false;
        model.fetchMore({});
    }
    return true;
}

bool coversCell(const QList<QVariant> &dataChangedArguments, int row, int col)
{
    const auto topLeft = dataChangedArguments.at(0).value<QModelIndex>();
    const auto bottomRight = dataChangedArguments.at(1).value<QModelIndex>();
    return topLeft.row() <= row && row <= bottomRight.row() && topLeft.column() <= col && col <= bottomRight.column();
}

} // namespace

/// The options table (edited as text, classified live) and the deal list (paged from the repository).
class TestOptionsModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void byPartyRowsMapEveryCell();
    void byPartyRowsFollowTheOptions();
    void newOptionTakesTheReferencePointsAbove();

    void columnLayout();
    void testerThroughEdits();
    void badTextRefused_data();
    void badTextRefused();
    void goodTextUpdatesResultAndOutcome_data();
    void goodTextUpdatesResultAndOutcome();
    void emptyTextMeansUnknown();
    void localeAwareEditing();
    void nameEdits();
    void previewNeverTouchesTheTypedCell();
    void revertEndsThePreview();
    void commitAfterPreviewIsOneChange();
    void readOnlyColumns();
    void editingOneOptionUpdatesAnothersWarnings();

    void dealListFetchesPages_data();
    void dealListFetchesPages();
    void testerOverDealList();
    void dealListKeepsRowsWhenFetchFails();

private:
    static void fillRepository(DealRepository &repository, int deals);
};

void TestOptionsModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestOptionsModel::columnLayout()
{
    // Every column is the name, the outcome, or exactly one (party, offset) pair; views rely on columnFor().
    OptionsModel model;
    QCOMPARE(model.columnCount(), int(OptionsModel::ColumnCount));
    QCOMPARE(model.columnCount(), 2 + PartyCount * int(OptionsModel::ColumnsPerParty));
    QSet<int> partyColumns;
    for (Party party : AllParties) {
        for (int offset = 0; offset < OptionsModel::ColumnsPerParty; ++offset) {
            const int col = column(party, offset);
            QVERIFY(col >= 0 && col < model.columnCount());
            QVERIFY(col != OptionsModel::NameColumn && col != OptionsModel::OutcomeColumn);
            QCOMPARE(OptionsModel::partyOf(col), std::optional<Party>(party));
            QCOMPARE(OptionsModel::offsetOf(col), offset);
            partyColumns.insert(col);
        }
    }
    QCOMPARE(partyColumns.size(), PartyCount * int(OptionsModel::ColumnsPerParty));
    QVERIFY(!OptionsModel::partyOf(OptionsModel::NameColumn));
    QVERIFY(!OptionsModel::partyOf(OptionsModel::OutcomeColumn));
    QVERIFY(!OptionsModel::partyOf(model.columnCount()));

    QCOMPARE(model.headerData(OptionsModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Option"));
    QCOMPARE(model.headerData(OptionsModel::OutcomeColumn, Qt::Horizontal).toString(), QStringLiteral("Outcome"));
    QCOMPARE(model.headerData(column(Party::Customer, OptionsModel::ReferenceOffset), Qt::Horizontal).toString(),
             QStringLiteral("Your customer\nbest alternative"));
    QCOMPARE(model.headerData(column(Party::You, OptionsModel::ResultOffset), Qt::Horizontal).toString(),
             QStringLiteral("You\nresult"));
}

void TestOptionsModel::testerThroughEdits()
{
    OptionsModel model;
    model.setLocale(QLocale::c());
    const auto tester = testerFor(&model);
    QSignalSpy changed(&model, &OptionsModel::optionsChanged);

    QCOMPARE(model.appendOption(QStringLiteral("List price")), 0);
    QCOMPARE(model.appendOption(QStringLiteral("Two-year term")), 1);
    QCOMPARE(model.appendOption(QStringLiteral("Pilot first")), 2);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(changed.count(), 3);

    QVERIFY(model.setData(model.index(1, YouValue), QStringLiteral("1,200.50")));
    QVERIFY(model.setData(model.index(1, column(Party::You, OptionsModel::ReferenceOffset)), QStringLiteral("1000")));
    QVERIFY(model.setData(model.index(1, column(Party::Customer, OptionsModel::ReasonOffset)),
                          QStringLiteral("price lock 🤝")));
    QVERIFY(model.setData(model.index(2, OptionsModel::NameColumn), QStringLiteral("Pilot, then roll out")));
    QCOMPARE(model.options().at(1).assessment(Party::You).value, std::optional<Money>(120'050));
    QCOMPARE(model.options().at(1).assessment(Party::Customer).reason, QStringLiteral("price lock 🤝"));

    // Remove the first row: the edited option moves up with its values.
    QVERIFY(model.removeRows(0, 1));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(0, OptionsModel::NameColumn)).toString(), QStringLiteral("Two-year term"));
    QCOMPARE(model.data(model.index(0, YouValue)).toString(), QStringLiteral("1200.50"));

    // Undo of a removal puts the option back where it was.
    const DealOption removed = model.options().at(1);
    QVERIFY(model.removeRows(1, 1));
    model.insertOption(1, removed);
    QCOMPARE(model.options().at(1), removed);

    QVERIFY(!model.removeRows(1, 5));
    QVERIFY(!model.removeRows(-1, 1));
    QVERIFY(!model.removeRows(0, 0));
    QCOMPARE(model.rowCount(), 2);

    model.setOptions(sampleDeal().options);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.options(), sampleDeal().options);
    model.setLocale(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(model.data(model.index(0, YouValue)).toString(), QStringLiteral("12.000"));
    QVERIFY(model.removeRows(0, 2));
    QCOMPARE(model.rowCount(), 0);
    model.setOptions({});
    model.setLocale(QLocale::c());
    model.insertOption(99, removed); // clamped to the end
    QCOMPARE(model.rowCount(), 1);
}

void TestOptionsModel::badTextRefused_data()
{
    QTest::addColumn<int>("col");
    QTest::addColumn<QString>("text");

    const int customerReference = column(Party::Customer, OptionsModel::ReferenceOffset);
    const int theirValue = column(Party::CustomersCustomer, OptionsModel::ValueOffset);
    for (const QString &text :
         {QStringLiteral("abc"), QStringLiteral("nan"), QStringLiteral("inf"), QStringLiteral("1e400"),
          QStringLiteral("1.005"), QStringLiteral("12 apples"), QStringLiteral("1000000000001")}) {
        QTest::addRow("your value: %s", qPrintable(text)) << YouValue << text;
        QTest::addRow("customer's reference: %s", qPrintable(text)) << customerReference << text;
        QTest::addRow("their customer's value: %s", qPrintable(text)) << theirValue << text;
    }
}

void TestOptionsModel::badTextRefused()
{
    QFETCH(int, col);
    QFETCH(QString, text);

    OptionsModel model;
    model.setLocale(QLocale::c());
    const auto tester = testerFor(&model);
    model.setOptions(sampleDeal().options);
    const QList<DealOption> before = model.options();
    const QModelIndex index = model.index(1, col);
    const QString shownBefore = model.data(index).toString();
    const QString outcomeBefore = model.data(model.index(1, OptionsModel::OutcomeColumn)).toString();

    QSignalSpy rejected(&model, &OptionsModel::inputRejected);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy optionsChanged(&model, &OptionsModel::optionsChanged);

    QVERIFY(!model.setData(index, text));
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(rejected.at(0).at(0).value<QModelIndex>(), index);
    QVERIFY(!rejected.at(0).at(1).toString().isEmpty());
    QCOMPARE(dataChanged.count(), 0);
    QCOMPARE(optionsChanged.count(), 0);
    QCOMPARE(model.options(), before);
    QCOMPARE(model.data(index).toString(), shownBefore);
    QCOMPARE(model.data(model.index(1, OptionsModel::OutcomeColumn)).toString(), outcomeBefore);
}

void TestOptionsModel::goodTextUpdatesResultAndOutcome_data()
{
    // Values and reference points as typed (C locale); empty means "leave as it is" for a new option.
    QTest::addColumn<QStringList>("you");      // value, reference
    QTest::addColumn<QStringList>("customer"); // value, reference
    QTest::addColumn<QStringList>("theirs");   // value, reference
    QTest::addColumn<QStringList>("results");  // you, customer, theirs
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QString>("outcomeText");

    const auto s = [](std::initializer_list<const char *> items) {
        QStringList list;
        for (const char *item : items)
            list << QString::fromUtf8(item);
        return list;
    };
    QTest::newRow("you 120 over 100, customer not assessed")
        << s({"120", "100"}) << s({"", ""}) << s({"", ""}) << s({"win", "unknown", "unknown"}) << Outcome::Unknown
        << QStringLiteral("not assessed");
    QTest::newRow("win/win") << s({"120", "100"}) << s({"60", "50"}) << s({"", "0"}) << s({"win", "win", "unknown"})
                             << Outcome::WinWin << QStringLiteral("win/win");
    QTest::newRow("win-win-win") << s({"120", "100"}) << s({"60", "50"}) << s({"1.01", "0"}) << s({"win", "win", "win"})
                                 << Outcome::WinWinWin << QStringLiteral("win-win-win");
    QTest::newRow("their customer on the band edge")
        << s({"120", "100"}) << s({"60", "50"}) << s({"1", "0"}) << s({"win", "win", "even"}) << Outcome::WinWin
        << QStringLiteral("win/win");
    QTest::newRow("you at the lower band edge")
        << s({"99", "100"}) << s({"60", "50"}) << s({"5", "0"}) << s({"even", "win", "win"}) << Outcome::WinWinWin
        << QStringLiteral("win-win-win");
    QTest::newRow("you a cent below the band: lose/win")
        << s({"98.99", "100"}) << s({"60", "50"}) << s({"5", "0"}) << s({"lose", "win", "win"}) << Outcome::LoseWin
        << QStringLiteral("lose/win");
    QTest::newRow("hard bargain: win/lose")
        << s({"150", "100"}) << s({"40", "50"}) << s({"", ""}) << s({"win", "lose", "unknown"}) << Outcome::WinLose
        << QStringLiteral("win/lose");
    QTest::newRow("lose/lose") << s({"-10", "100"}) << s({"-1", "50"}) << s({"", ""}) << s({"lose", "lose", "unknown"})
                               << Outcome::LoseLose << QStringLiteral("lose/lose");
    QTest::newRow("large reference: 1% band")
        << s({"1,009,999.99", "1,000,000"}) << s({"0", "0"}) << s({"", ""}) << s({"even", "even", "unknown"})
        << Outcome::WinWin << QStringLiteral("win/win");
}

void TestOptionsModel::goodTextUpdatesResultAndOutcome()
{
    QFETCH(QStringList, you);
    QFETCH(QStringList, customer);
    QFETCH(QStringList, theirs);
    QFETCH(QStringList, results);
    QFETCH(Outcome, outcome);
    QFETCH(QString, outcomeText);

    OptionsModel model;
    model.setLocale(QLocale::c());
    const auto tester = testerFor(&model);
    model.appendOption(QStringLiteral("Other option"));
    const int row = model.appendOption(QStringLiteral("Option under test"));
    QCOMPARE(model.data(model.index(row, OptionsModel::OutcomeColumn)).toString(), QStringLiteral("not assessed"));
    QCOMPARE(model.data(model.index(row, OptionsModel::OutcomeColumn), OptionsModel::OutcomeRole).toInt(),
             int(Outcome::Unknown));

    QSignalSpy rejected(&model, &OptionsModel::inputRejected);
    const QList<std::pair<Party, QStringList>> typed{
        {Party::You, you}, {Party::Customer, customer}, {Party::CustomersCustomer, theirs}};
    for (const auto &[party, texts] : typed) {
        for (int offset : {OptionsModel::ReferenceOffset, OptionsModel::ValueOffset}) {
            const QString text = texts.at(offset == OptionsModel::ValueOffset ? 0 : 1);
            if (text.isEmpty())
                continue;
            QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
            const QModelIndex index = model.index(row, column(party, offset));
            QVERIFY2(model.setData(index, text), qPrintable(text));
            // The view repaints the value, the party's result and the outcome from one notification.
            if (dataChanged.count() > 0) {
                QVERIFY(coversCell(dataChanged.constFirst(), row, column(party, offset)));
                QVERIFY(coversCell(dataChanged.constFirst(), row, column(party, OptionsModel::ResultOffset)));
                QVERIFY(coversCell(dataChanged.constFirst(), row, OptionsModel::OutcomeColumn));
            } else {
                QCOMPARE(text, QStringLiteral("0")); // only a reference of 0, which it already was
            }
        }
    }
    QCOMPARE(rejected.count(), 0);

    for (Party party : AllParties) {
        const QModelIndex result = model.index(row, column(party, OptionsModel::ResultOffset));
        const QString expected = results.at(partyIndex(party));
        QCOMPARE(model.data(result).toString(), expected);
        QCOMPARE(resultName(Result(model.data(result, OptionsModel::ResultRole).toInt())), expected);
        QCOMPARE(model.data(result, OptionsModel::PartyRole).toInt(), partyIndex(party));
    }
    const QModelIndex outcomeIndex = model.index(row, OptionsModel::OutcomeColumn);
    QCOMPARE(model.data(outcomeIndex).toString(), outcomeText);
    QCOMPARE(model.data(outcomeIndex, OptionsModel::OutcomeRole).toInt(), int(outcome));
    // The tip explains the outcome, then says in words who falls below their reference point.
    const QStringList tip = model.data(outcomeIndex, Qt::ToolTipRole).toString().split(u'\n');
    QCOMPARE(tip.constFirst(), outcomeExplanation(outcome));
    QCOMPARE(tip.mid(1), model.data(outcomeIndex, OptionsModel::WarningsRole).toStringList());
    QCOMPARE(tip.size() > 1, results.contains(resultName(Result::Lose)));
    QCOMPARE(outcomeOf(model.options().at(row)), outcome);

    // The other option is untouched.
    QCOMPARE(model.data(model.index(0, OptionsModel::OutcomeColumn)).toString(), QStringLiteral("not assessed"));
}

void TestOptionsModel::emptyTextMeansUnknown()
{
    OptionsModel model;
    model.setLocale(QLocale::c());
    const auto tester = testerFor(&model);
    model.setOptions(sampleDeal().options);
    const QModelIndex value = model.index(0, YouValue);
    const QModelIndex reference = model.index(0, column(Party::You, OptionsModel::ReferenceOffset));
    const QModelIndex result = model.index(0, column(Party::You, OptionsModel::ResultOffset));
    QCOMPARE(model.data(result).toString(), QStringLiteral("win"));

    QVERIFY(model.setData(value, QStringLiteral("  ")));
    QVERIFY(!model.options().at(0).assessment(Party::You).value.has_value());
    QCOMPARE(model.data(value).toString(), QString());
    QVERIFY(!model.data(value, Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(model.data(result).toString(), QStringLiteral("unknown"));
    QCOMPARE(model.data(model.index(0, OptionsModel::OutcomeColumn)).toString(), QStringLiteral("not assessed"));

    // An empty reference point is not assessed, not 0: a value alone gives no result.
    QVERIFY(model.setData(value, QStringLiteral("12000")));
    QCOMPARE(model.data(result).toString(), QStringLiteral("win"));
    QVERIFY(model.setData(reference, QString()));
    QVERIFY(!model.options().at(0).assessment(Party::You).referencePoint.has_value());
    QCOMPARE(model.data(reference).toString(), QString());
    QVERIFY(model.data(reference, Qt::ToolTipRole).toString().contains(QStringLiteral("walk-away point")));
    QCOMPARE(model.data(result).toString(), QStringLiteral("unknown"));
    QVERIFY(model.data(result, Qt::ToolTipRole).toString().contains(QStringLiteral("walk-away point")));
    QCOMPARE(model.data(model.index(0, OptionsModel::OutcomeColumn)).toString(), QStringLiteral("not assessed"));
    // 0 typed is a figure: against it, 12,000 wins.
    QVERIFY(model.setData(reference, QStringLiteral("0")));
    QCOMPARE(model.options().at(0).assessment(Party::You).referencePoint, std::optional<Money>(0));
    QCOMPARE(model.data(result).toString(), QStringLiteral("win"));
    QVERIFY(model.setData(value, QString()));

    // Setting the same value again is accepted without a change notification.
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(value, QString()));
    QCOMPARE(dataChanged.count(), 0);
}

void TestOptionsModel::localeAwareEditing()
{
    OptionsModel model;
    model.setLocale(QLocale(QLocale::German, QLocale::Germany));
    const auto tester = testerFor(&model);
    model.appendOption(QStringLiteral("Angebot"));
    const QModelIndex value = model.index(0, YouValue);

    QVERIFY(model.setData(value, QStringLiteral("1.234,56")));
    QCOMPARE(model.options().at(0).assessment(Party::You).value, std::optional<Money>(123'456));
    QCOMPARE(model.data(value).toString(), QStringLiteral("1.234,56"));
    QCOMPARE(model.data(value, Qt::EditRole).toString(), QStringLiteral("1.234,56"));

    // What the editor shows is accepted back unchanged.
    QVERIFY(model.setData(value, model.data(value, Qt::EditRole)));
    QCOMPARE(model.options().at(0).assessment(Party::You).value, std::optional<Money>(123'456));

    QVERIFY(model.setData(value, QStringLiteral("99.5")));
    QCOMPARE(model.options().at(0).assessment(Party::You).value, std::optional<Money>(9'950));
    QCOMPARE(model.data(value).toString(), QStringLiteral("99,50"));
}

void TestOptionsModel::nameEdits()
{
    OptionsModel model;
    const auto tester = testerFor(&model);
    model.appendOption(QStringLiteral("List price"));
    const QModelIndex name = model.index(0, OptionsModel::NameColumn);
    QSignalSpy rejected(&model, &OptionsModel::inputRejected);

    QVERIFY(!model.setData(name, QStringLiteral("   ")));
    QCOMPARE(rejected.count(), 1);
    QVERIFY(!rejected.at(0).at(1).toString().isEmpty());
    QCOMPARE(model.data(name).toString(), QStringLiteral("List price"));

    QVERIFY(model.setData(name, QStringLiteral("  Net 60 terms ")));
    QCOMPARE(model.data(name).toString(), QStringLiteral("Net 60 terms"));
    QCOMPARE(model.options().at(0).name, QStringLiteral("Net 60 terms"));
    QCOMPARE(rejected.count(), 1);
}

void TestOptionsModel::readOnlyColumns()
{
    OptionsModel model;
    model.setLocale(QLocale::c());
    const auto tester = testerFor(&model);
    model.setOptions(sampleDeal().options);
    const QList<DealOption> before = model.options();

    for (int col = 0; col < model.columnCount(); ++col) {
        const bool computed = col == OptionsModel::OutcomeColumn ||
                              (OptionsModel::partyOf(col) && OptionsModel::offsetOf(col) == OptionsModel::ResultOffset);
        const QModelIndex index = model.index(0, col);
        QCOMPARE(bool(model.flags(index) & Qt::ItemIsEditable), !computed);
        if (computed)
            QVERIFY(!model.setData(index, QStringLiteral("win")));
        // Only the edit role edits.
        QVERIFY(!model.setData(index, QStringLiteral("1"), Qt::DisplayRole));
    }
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is not valid \\(expected valid\\)")));
    QVERIFY(!model.setData(QModelIndex(), QStringLiteral("1")));
    QCOMPARE(model.options(), before);
}

void TestOptionsModel::editingOneOptionUpdatesAnothersWarnings()
{
    // Two options typed as a salesperson would; the second becomes better for everyone, and the first is then
    // marked dominated, in words, without its own row being touched.
    OptionsModel model;
    model.setLocale(QLocale::c());
    const auto tester = testerFor(&model);
    model.appendOption(QStringLiteral("List price"));
    model.appendOption(QStringLiteral("Bundle"));
    const auto type = [&model](int row, Party party, int offset, const QString &text) {
        return model.setData(model.index(row, column(party, offset)), text);
    };
    for (int row : {0, 1}) {
        QVERIFY(type(row, Party::You, OptionsModel::ReferenceOffset, QStringLiteral("1000")));
        QVERIFY(type(row, Party::Customer, OptionsModel::ReferenceOffset, QStringLiteral("500")));
        QVERIFY(type(row, Party::CustomersCustomer, OptionsModel::ReferenceOffset, QStringLiteral("0")));
        QVERIFY(type(row, Party::Customer, OptionsModel::ValueOffset, QStringLiteral("600")));
        QVERIFY(type(row, Party::CustomersCustomer, OptionsModel::ValueOffset, QStringLiteral("10")));
    }
    QVERIFY(type(0, Party::You, OptionsModel::ValueOffset, QStringLiteral("1200")));
    QVERIFY(type(1, Party::You, OptionsModel::ValueOffset, QStringLiteral("1100")));
    const QModelIndex first = model.index(0, OptionsModel::OutcomeColumn);
    const QModelIndex second = model.index(1, OptionsModel::OutcomeColumn);
    QCOMPARE(second.data(OptionsModel::DominatorRole).toInt(), 0);
    QCOMPARE(second.data(OptionsModel::MarksRole).toStringList(), QStringList{QStringLiteral("Dominated by 1")});
    QCOMPARE(first.data(OptionsModel::DominatorRole).toInt(), -1);

    // Typing 1300 into the second option's value for you: now the first is dominated, and the view hears of it.
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(type(1, Party::You, OptionsModel::ValueOffset, QStringLiteral("1300")));
    QCOMPARE(first.data(OptionsModel::DominatorRole).toInt(), 1);
    QCOMPARE(first.data(OptionsModel::WarningsRole).toStringList(),
             QStringList{QStringLiteral("Dominated by “Bundle”: as good for everyone, better for you")});
    QVERIFY2(first.data(Qt::ToolTipRole)
                 .toString()
                 .endsWith(QStringLiteral("\nDominated by “Bundle”: as good for everyone, better for you")),
             qPrintable(first.data(Qt::ToolTipRole).toString()));
    QCOMPARE(second.data(OptionsModel::DominatorRole).toInt(), -1);
    const bool firstNotified = std::any_of(dataChanged.cbegin(), dataChanged.cend(), [](const QList<QVariant> &args) {
        return coversCell(args, 0, OptionsModel::OutcomeColumn) &&
               args.at(2).value<QList<int>>().contains(OptionsModel::WarningsRole);
    });
    QVERIFY(firstNotified);

    // Below walk-away, in words: the first option's value for you typed down to 900, under the 1000 walk-away.
    QVERIFY(type(0, Party::You, OptionsModel::ValueOffset, QStringLiteral("900")));
    QCOMPARE(first.data(OptionsModel::MarksRole).toStringList(),
             (QStringList{QStringLiteral("Dominated by 2"), QStringLiteral("Below walk-away")}));

    // The by-party layout reads them out on the option's cell.
    OptionsByPartyModel byParty(&model);
    const QString spoken = byParty.index(OptionsByPartyModel::firstRowOf(0), OptionsByPartyModel::OptionColumn)
                               .data(Qt::AccessibleTextRole)
                               .toString();
    QVERIFY2(spoken.contains(QStringLiteral("Below walk-away for you")), qPrintable(spoken));
}

void TestOptionsModel::fillRepository(DealRepository &repository, int deals)
{
    for (int i = 0; i < deals; ++i) {
        Deal deal = sampleDeal(QStringLiteral("Deal %1").arg(i, 3, 10, QLatin1Char('0')));
        deal.customer = i % 2 ? QStringLiteral("Odd Industries") : QStringLiteral("Even & Sons");
        deal.status = DealStatus::Negotiating;
        deal.options.resize(1);
        const Expected<Deal> saved = repository.save(deal);
        QVERIFY2(saved.ok(), qPrintable(saved.error().fullText()));
        if (i % 3 == 0) {
            const Expected<Deal> closed =
                repository.closeDeal(saved.value().id, saved.value().options.at(0).id, QStringLiteral("Dana"));
            QVERIFY2(closed.ok(), qPrintable(closed.error().fullText()));
        }
    }
}

void TestOptionsModel::dealListFetchesPages_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("pages"); // pages that bring rows
    QTest::newRow("pages of 100: last page short") << 100 << 5;
    QTest::newRow("pages of 150: count is a multiple") << 150 << 3;
    QTest::newRow("default limit of 200") << DealQuery().limit << 3;
}

void TestOptionsModel::dealListFetchesPages()
{
    QFETCH(int, limit);
    QFETCH(int, pages);
    constexpr int Deals = 450;

    Database database(QStringLiteral("tst_deallist"));
    QVERIFY(database.openInMemory().ok());
    DealRepository repository(database);
    fillRepository(repository, Deals);
    if (QTest::currentTestFailed())
        return;

    DealListModel model(repository);
    QCOMPARE(model.rowCount(), 0);
    DealQuery query;
    query.limit = limit;
    model.setQuery(query);
    QCOMPARE(model.rowCount(), std::min(limit, Deals));
    QVERIFY(model.canFetchMore({}));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    int fetches = 0;
    while (model.canFetchMore({})) {
        QVERIFY2(++fetches <= Deals, "fetching never ends");
        const int before = model.rowCount();
        model.fetchMore({});
        QVERIFY(model.rowCount() - before <= limit);
    }
    QCOMPARE(model.rowCount(), Deals);
    QCOMPARE(inserted.count() + 1, pages);
    model.fetchMore({}); // at the end: nothing happens
    QCOMPARE(model.rowCount(), Deals);

    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 id = model.dealIdAt(row);
        QCOMPARE(model.data(model.index(row, DealListModel::TitleColumn), DealListModel::DealIdRole).toLongLong(), id);
        QCOMPARE(model.rowOf(id), row);
        ids.insert(id);
    }
    QCOMPARE(ids.size(), Deals);
    QCOMPARE(model.dealIdAt(Deals), 0);
    QCOMPARE(model.rowOf(-5), -1);
}

void TestOptionsModel::testerOverDealList()
{
    Database database(QStringLiteral("tst_deallist"));
    QVERIFY(database.openInMemory().ok());
    DealRepository repository(database);
    fillRepository(repository, 450);
    if (QTest::currentTestFailed())
        return;

    DealListModel model(repository);
    const auto tester = testerFor(&model);
    DealQuery query;
    query.limit = 100;
    model.setQuery(query);
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.rowCount() < 450);
    QVERIFY2(fetchAll(model), "fetching never ends");
    QCOMPARE(model.rowCount(), 450);

    // The newest deal comes first, shown in words.
    const Deal newest = repository.load(model.dealIdAt(0)).value();
    QCOMPARE(newest.title, QStringLiteral("Deal 449"));
    QCOMPARE(model.data(model.index(0, DealListModel::TitleColumn)).toString(), newest.title);
    QCOMPARE(model.data(model.index(0, DealListModel::CustomerColumn)).toString(), newest.customer);
    QCOMPARE(model.data(model.index(0, DealListModel::StatusColumn)).toString(), statusName(newest.status));
    QVERIFY(!model.data(model.index(0, DealListModel::UpdatedColumn)).toString().isEmpty());
    QVERIFY(model.data(model.index(0, DealListModel::TitleColumn), Qt::ToolTipRole).toString().contains(u"Dana"));
    QCOMPARE(model.headerData(DealListModel::StatusColumn, Qt::Horizontal).toString(), QStringLiteral("Status"));

    // Deleting (to the trash) and reloading drops the row; undo brings it back.
    QVERIFY(repository.moveToTrash(newest.id).ok());
    model.reload();
    QCOMPARE(model.rowOf(newest.id), -1);
    QVERIFY(repository.restoreFromTrash(newest.id).ok());
    model.reload();
    QCOMPARE(model.rowOf(newest.id), 0);

    // Filters narrow the list; paging still ends.
    query.search = QStringLiteral("Odd");
    query.status = DealStatus::Closed;
    model.setQuery(query);
    QVERIFY2(fetchAll(model), "fetching never ends");
    QCOMPARE(model.rowCount(), 75); // odd i with i % 3 == 0 among 0..449
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.data(model.index(row, DealListModel::CustomerColumn)).toString(),
                 QStringLiteral("Odd Industries"));

    query = DealQuery();
    query.trash = true;
    model.setQuery(query);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void TestOptionsModel::dealListKeepsRowsWhenFetchFails()
{
    Database database(QStringLiteral("tst_deallist"));
    QVERIFY(database.openInMemory().ok());
    DealRepository repository(database);
    fillRepository(repository, 30);
    if (QTest::currentTestFailed())
        return;

    DealListModel model(repository);
    DealQuery query;
    query.limit = 10;
    model.setQuery(query);
    QCOMPARE(model.rowCount(), 10);

    QSignalSpy failed(&model, &DealListModel::loadFailed);
    database.close();
    QTest::ignoreMessage(QtWarningMsg, "QSqlQuery::prepare: database not open");
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 10);
    QTRY_COMPARE(failed.count(), 1); // reported once the model is consistent again
    QVERIFY(!failed.at(0).at(0).toString().isEmpty());
    QCOMPARE(model.rowCount(), 10);
}

void TestOptionsModel::previewNeverTouchesTheTypedCell()
{
    OptionsModel model;
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    model.setOptions(sampleDeal().options);
    const auto tester = testerFor(&model);
    QSignalSpy changed(&model, &OptionsModel::dataChanged);
    QSignalSpy edits(&model, &OptionsModel::optionsChanged);
    QSignalSpy previews(&model, &OptionsModel::previewChanged);
    const QModelIndex cell = model.index(0, YouValue);

    // "2", "25", "250", "2500", "25000": each previews, none commits, none repaints the typed cell.
    QString typed;
    for (const QChar key : QStringLiteral("25000")) {
        typed += key;
        QVERIFY(model.previewAmount(cell, typed).ok());
    }
    QCOMPARE(model.options().at(0).assessment(Party::You).value, std::optional<Money>(2500000));
    QCOMPARE(previews.size(), 5);
    QCOMPARE(edits.size(), 0);
    QVERIFY(!changed.isEmpty());
    for (const QList<QVariant> &arguments : std::as_const(changed))
        QVERIFY(!coversCell(arguments, 0, YouValue));
    // The result and outcome cells did repaint.
    bool resultRepainted = false;
    for (const QList<QVariant> &arguments : std::as_const(changed))
        resultRepainted |= coversCell(arguments, 0, column(Party::You, OptionsModel::ResultOffset));
    QVERIFY(resultRepainted);

    // Text that is no amount previews the value from before the edit (12,000 in the sample deal).
    const AmountParse bad = model.previewAmount(cell, QStringLiteral("25000x"));
    QVERIFY(!bad.ok());
    QCOMPARE(model.options().at(0).assessment(Party::You).value, std::optional<Money>(1200000));
}

void TestOptionsModel::revertEndsThePreview()
{
    OptionsModel model;
    model.setLocale(QLocale::c());
    model.setOptions(sampleDeal().options);
    const auto tester = testerFor(&model);
    const QList<DealOption> before = model.options();
    const QModelIndex reference = model.index(0, column(Party::You, OptionsModel::ReferenceOffset));
    QVERIFY(model.previewAmount(reference, QStringLiteral("50000")).ok());
    QCOMPARE(model.index(0, column(Party::You, OptionsModel::ResultOffset)).data(OptionsModel::ResultRole).toInt(),
             int(Result::Lose));
    QSignalSpy edits(&model, &OptionsModel::optionsChanged);
    model.revert();
    QCOMPARE(model.options(), before);
    QCOMPARE(edits.size(), 0);
    model.revert(); // nothing to revert: harmless
    QCOMPARE(model.options(), before);
}

void TestOptionsModel::commitAfterPreviewIsOneChange()
{
    OptionsModel model;
    model.setLocale(QLocale::c());
    model.setOptions(sampleDeal().options);
    const auto tester = testerFor(&model);
    QSignalSpy edits(&model, &OptionsModel::optionsChanged);
    QSignalSpy rejected(&model, &OptionsModel::inputRejected);
    const QModelIndex cell = model.index(0, YouValue);

    // Typed back to the value it had: no change at all.
    QVERIFY(model.previewAmount(cell, QStringLiteral("1")).ok());
    QVERIFY(model.previewAmount(cell, QStringLiteral("12000")).ok());
    QVERIFY(model.setData(cell, QStringLiteral("12000")));
    QCOMPARE(edits.size(), 0);

    // A different value: one change.
    QVERIFY(model.previewAmount(cell, QStringLiteral("9")).ok());
    QVERIFY(model.setData(cell, QStringLiteral("9")));
    QCOMPARE(edits.size(), 1);
    QCOMPARE(model.options().at(0).assessment(Party::You).value, std::optional<Money>(900));

    // Refused: the value from before the typing stays, and the reason is given.
    QVERIFY(model.previewAmount(cell, QStringLiteral("12")).ok());
    QVERIFY(!model.setData(cell, QStringLiteral("12abc")));
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(edits.size(), 1);
    QCOMPARE(model.options().at(0).assessment(Party::You).value, std::optional<Money>(900));
}

QTEST_GUILESS_MAIN(TestOptionsModel)
void TestOptionsModel::byPartyRowsMapEveryCell()
{
    OptionsModel model;
    model.setLocale(QLocale::c());
    OptionsByPartyModel rows(&model);
    const auto tester = testerFor(&rows);
    model.setOptions(sampleDeal().options);
    QCOMPARE(rows.rowCount(), model.rowCount() * PartyCount);
    QCOMPARE(rows.columnCount(), int(OptionsByPartyModel::ColumnCount));

    // Every cell of the wide model is one cell of the rows, and back.
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex cell = model.index(row, column);
            const QModelIndex shown = rows.mapFromSource(cell);
            QVERIFY(shown.isValid());
            QCOMPARE(rows.mapToSource(shown), cell);
            QCOMPARE(shown.data(), cell.data());
            QCOMPARE(rows.flags(shown), model.flags(cell));
        }
    }
    // Option 2, their customer: the third row of the second option.
    const QModelIndex chainValue = rows.index(OptionsByPartyModel::firstRowOf(1) + 2, OptionsByPartyModel::ValueColumn);
    QCOMPARE(rows.mapToSource(chainValue),
             model.index(1, OptionsModel::columnFor(Party::CustomersCustomer, OptionsModel::ValueOffset)));
    QCOMPARE(rows.index(5, OptionsByPartyModel::PartyColumn).data().toString(), partyName(Party::CustomersCustomer));
    QVERIFY(!(rows.flags(rows.index(5, OptionsByPartyModel::PartyColumn)) & Qt::ItemIsEditable));
    // Under the option's name (which spans its rows) nothing can be edited.
    QVERIFY(!(rows.flags(rows.index(4, OptionsByPartyModel::OptionColumn)) & Qt::ItemIsEditable));
    QCOMPARE(rows.headerData(3, Qt::Vertical).toInt(), 2);
    QVERIFY(!rows.headerData(4, Qt::Vertical).isValid());
    // An empty reference cell names the party's reference point; a screen reader hears option and party.
    QCOMPARE(rows.index(0, OptionsByPartyModel::ReferenceColumn).data(OptionsByPartyModel::PlaceholderRole).toString(),
             referencePointName(Party::You));
    QVERIFY2(rows.index(1, OptionsByPartyModel::ValueColumn)
                 .data(Qt::AccessibleTextRole)
                 .toString()
                 .startsWith(QStringLiteral("List price, Your customer, Value: ")),
             qPrintable(rows.index(1, OptionsByPartyModel::ValueColumn).data(Qt::AccessibleTextRole).toString()));

    // Edits go through to the options.
    QVERIFY(rows.setData(chainValue, QStringLiteral("750")));
    QCOMPARE(model.options().at(1).assessment(Party::CustomersCustomer).value, std::optional<Money>(75000));
}

void TestOptionsModel::byPartyRowsFollowTheOptions()
{
    OptionsModel model;
    model.setLocale(QLocale::c());
    OptionsByPartyModel rows(&model);
    const auto tester = testerFor(&rows);
    QSignalSpy inserted(&rows, &QAbstractItemModel::rowsInserted);
    model.appendOption(QStringLiteral("A"));
    model.appendOption(QStringLiteral("B"));
    QCOMPARE(rows.rowCount(), 2 * PartyCount);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), PartyCount);
    QCOMPARE(inserted.at(1).at(2).toInt(), 2 * PartyCount - 1);
    QVERIFY(model.removeRows(0, 1));
    QCOMPARE(rows.rowCount(), PartyCount);
    QCOMPARE(rows.index(0, OptionsByPartyModel::OptionColumn).data().toString(), QStringLiteral("B"));

    // While an amount is typed, the cell being typed in gets no dataChanged (a view would write the model's text
    // into the open editor), its neighbours do.
    const QModelIndex typed = model.index(0, OptionsModel::columnFor(Party::Customer, OptionsModel::ValueOffset));
    QSignalSpy changed(&rows, &QAbstractItemModel::dataChanged);
    model.previewAmount(typed, QStringLiteral("1000"));
    QVERIFY(changed.count() > 0);
    for (const QList<QVariant> &signal : changed) {
        const QModelIndex from = signal.at(0).toModelIndex();
        const QModelIndex to = signal.at(1).toModelIndex();
        const QModelIndex cell = rows.mapFromSource(typed);
        QVERIFY(!(from.row() <= cell.row() && cell.row() <= to.row() && from.column() <= cell.column() &&
                  cell.column() <= to.column()));
    }
    model.revert();
}

void TestOptionsModel::newOptionTakesTheReferencePointsAbove()
{
    OptionsModel model;
    model.setLocale(QLocale::c());
    model.appendOption(QStringLiteral("First"));
    for (Party party : AllParties)
        QVERIFY(!model.options().at(0).assessment(party).referencePoint); // nothing assumed, not even 0
    QVERIFY(model.setData(model.index(0, OptionsModel::columnFor(Party::You, OptionsModel::ReferenceOffset)),
                          QStringLiteral("10000")));
    QVERIFY(model.setData(model.index(0, OptionsModel::columnFor(Party::Customer, OptionsModel::ReferenceOffset)),
                          QStringLiteral("0")));
    model.appendOption(QStringLiteral("Second"));
    const DealOption &second = model.options().at(1);
    QCOMPARE(second.assessment(Party::You).referencePoint, std::optional<Money>(1000000));
    QCOMPARE(second.assessment(Party::Customer).referencePoint, std::optional<Money>(0));
    QVERIFY(!second.assessment(Party::CustomersCustomer).referencePoint);
    QVERIFY(!second.assessment(Party::You).value);
}

#include "tst_optionsmodel.moc"
