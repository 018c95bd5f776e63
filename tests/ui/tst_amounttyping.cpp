// Types amounts into the real options table of the real main window, key by key, the way a person does: opens the
// cell with F2 or by typing, checks after every keystroke that the editor shows exactly what was typed, ends the
// edit with Enter, Tab, Escape or a click on another cell, then saves, reads the deal back from the database and
// reopens it in the window. Runs in English (',' groups thousands) and German ('.' groups thousands).

#include <core/domain/amount.h>
#include <core/models/optionsmodel.h>
#include <core/settings/profilesettings.h>
#include <core/storage/database.h>
#include <core/storage/dealrepository.h>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <QUndoStack>
#include <ui/dealeditor.h>
#include <ui/mainwindow.h>
#include <ui/optionstable.h>
#include <ui/valuechartview.h>

using namespace Triplewin;
using Core::Money;
using Core::OptionsModel;
using Core::Party;

namespace {

enum class Opener
{
    F2,
    Typing
};
enum class Ending
{
    Enter,
    Tab,
    ClickOtherCell,
    Save
};

} // namespace

Q_DECLARE_METATYPE(Opener)
Q_DECLARE_METATYPE(Ending)

class TestAmountTyping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void typedAmountIsStoredExactly_data();
    void typedAmountIsStoredExactly();
    void backspaceInTheMiddle();
    void selectAllAndRetype();
    void escapeRestoresTheValueFromBeforeTheEdit_data();
    void escapeRestoresTheValueFromBeforeTheEdit();
    void clickElsewhereRefusesBadTextWithTheReason();
    void eachCommittedEditIsOneUndoStep();
    void aValueWithoutItsReferencePointIsNotAssessed();

private:
    /// A window on a new database, in @p locale, with deal "Typing" and one option whose You value is @p youValue.
    void openWindow(const QLocale &locale, const QString &youValue = {});
    QModelIndex cell(Party party, int offset) const;
    /// Opens @p index's editor the way a person does and returns it (the first key of @p typed, for Typing).
    QLineEdit *openEditor(const QModelIndex &index, Opener opener, const QString &typed);
    /// Types @p text one key at a time, checking after each key that the editor shows exactly what was typed.
    void typeKeyByKey(QLineEdit *editor, const QString &before, const QString &text);
    /// Saves, then returns the You value as stored in the database.
    std::optional<Money> savedYouValue();
    QString bannerText() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Core::Database> m_database;
    std::unique_ptr<Ui::MainWindow> m_window;
    Ui::OptionsTable *m_table = nullptr;
};

void TestAmountTyping::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    Core::ProfileSettings::setSalespersonName(QStringLiteral("Dana"));
}

void TestAmountTyping::cleanup()
{
    if (m_window)
        m_window->setWindowModified(false);
    m_window.reset();
    m_database.reset();
    QLocale::setDefault(QLocale::c());
}

void TestAmountTyping::openWindow(const QLocale &locale, const QString &youValue)
{
    static int run = 0;
    QLocale::setDefault(locale); // before the window: its models take the locale when they are made
    m_database = std::make_unique<Core::Database>();
    const Core::StorageError error = m_database->open(m_dir.filePath(QStringLiteral("typing-%1.sqlite").arg(++run)));
    QVERIFY2(!error, qPrintable(error.fullText()));
    m_window = std::make_unique<Ui::MainWindow>(*m_database);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->newDeal();
    auto *title = m_window->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    QVERIFY(title);
    QTest::keyClicks(title, QStringLiteral("Typing"));
    m_table = m_window->editor()->optionsTable();
    m_table->addOption();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // accept the option's default name
    QTRY_VERIFY(
        !m_table->view()->indexWidget(m_table->viewIndex(m_table->model()->index(0, OptionsModel::NameColumn))));
    if (!youValue.isEmpty()) {
        QVERIFY(m_table->model()->setData(cell(Party::You, OptionsModel::ReferenceOffset), QStringLiteral("0")));
        QVERIFY(m_table->model()->setData(cell(Party::You, OptionsModel::ValueOffset), youValue));
        QVERIFY(m_window->saveDeal());
    }
}

QModelIndex TestAmountTyping::cell(Party party, int offset) const
{
    return m_table->model()->index(0, OptionsModel::columnFor(party, offset));
}

QLineEdit *TestAmountTyping::openEditor(const QModelIndex &cell, Opener opener, const QString &typed)
{
    QTableView *view = m_table->view();
    const QModelIndex index = m_table->viewIndex(cell);
    view->setFocus();
    view->setCurrentIndex(index);
    if (opener == Opener::F2)
        QTest::keyClick(view, Qt::Key_F2);
    else
        QTest::keyClick(view, typed.at(0).toLatin1()); // the first key opens the editor and lands in it
    auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(index));
    if (editor && opener == Opener::F2)
        editor->setFocus();
    return editor;
}

void TestAmountTyping::typeKeyByKey(QLineEdit *editor, const QString &before, const QString &text)
{
    QString expected = before;
    for (const QChar key : text) {
        QTest::keyClick(editor, key.toLatin1());
        expected += key;
        QCOMPARE(editor->text(), expected);
    }
}

std::optional<Money> TestAmountTyping::savedYouValue()
{
    if (!m_window->saveDeal())
        return std::nullopt;
    Core::DealRepository repository(*m_database);
    const auto stored = repository.load(m_window->editor()->deal().id);
    if (!stored.ok() || stored.value().options.isEmpty())
        return std::nullopt;
    return stored.value().options.at(0).assessment(Party::You).value;
}

QString TestAmountTyping::bannerText() const
{
    const auto *bar = m_window->editor()->findChild<QWidget *>(QStringLiteral("messageBar"));
    return bar && bar->isVisible() ? bar->findChild<QLabel *>()->text() : QString();
}

void TestAmountTyping::typedAmountIsStoredExactly_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<Opener>("opener");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<Ending>("ending");
    QTest::addColumn<Money>("stored");
    QTest::addColumn<QString>("shown"); // the cell's text after reopening the deal

    const QString en = QStringLiteral("en_US");
    const QString de = QStringLiteral("de_DE");
    QTest::newRow("25000, F2, Enter") << en << Opener::F2 << "25000" << Ending::Enter << Money(2500000) << "25,000";
    QTest::newRow("25000, typing, Enter")
        << en << Opener::Typing << "25000" << Ending::Enter << Money(2500000) << "25,000";
    QTest::newRow("1234567, Tab") << en << Opener::F2 << "1234567" << Ending::Tab << Money(123456700) << "1,234,567";
    QTest::newRow("10000, click elsewhere")
        << en << Opener::Typing << "10000" << Ending::ClickOtherCell << Money(1000000) << "10,000";
    QTest::newRow("12000, Ctrl+S with the editor open")
        << en << Opener::F2 << "12000" << Ending::Save << Money(1200000) << "12,000";
    QTest::newRow("12,000 with a separator")
        << en << Opener::F2 << "12,000" << Ending::Enter << Money(1200000) << "12,000";
    QTest::newRow("12000.5") << en << Opener::Typing << "12000.5" << Ending::Enter << Money(1200050) << "12,000.50";
    QTest::newRow("-3000") << en << Opener::Typing << "-3000" << Ending::Enter << Money(-300000) << "-3,000";
    QTest::newRow("0") << en << Opener::F2 << "0" << Ending::Enter << Money(0) << "0";
    QTest::newRow("00012") << en << Opener::Typing << "00012" << Ending::Tab << Money(1200) << "12";
    QTest::newRow("German 25000") << de << Opener::Typing << "25000" << Ending::Enter << Money(2500000) << "25.000";
    QTest::newRow("German 12.000") << de << Opener::F2 << "12.000" << Ending::Enter << Money(1200000) << "12.000";
    QTest::newRow("German 1.234.567,5") << de << Opener::F2 << "1.234.567,5" << Ending::ClickOtherCell
                                        << Money(123456750) << "1.234.567,50";
    QTest::newRow("German 12000,5") << de << Opener::Typing << "12000,5" << Ending::Tab << Money(1200050)
                                    << "12.000,50";
}

void TestAmountTyping::typedAmountIsStoredExactly()
{
    QFETCH(QString, locale);
    QFETCH(Opener, opener);
    QFETCH(QString, typed);
    QFETCH(Ending, ending);
    QFETCH(Money, stored);
    QFETCH(QString, shown);

    openWindow(QLocale(locale), QStringLiteral("999"));

    if (QTest::currentTestFailed())

        return;
    const QModelIndex youValue = cell(Party::You, OptionsModel::ValueOffset);
    const int undoSteps = m_window->undoStack()->count();
    QLineEdit *editor = openEditor(youValue, opener, typed);
    QVERIFY(editor);
    if (opener == Opener::Typing) {
        QCOMPARE(editor->text(), typed.left(1)); // the first key replaced the old value
        typeKeyByKey(editor, typed.left(1), typed.mid(1));
        if (QTest::currentTestFailed())
            return;
    } else {
        QVERIFY(editor->hasSelectedText()); // F2 selects the old value: typing replaces it
        typeKeyByKey(editor, QString(), typed);
        if (QTest::currentTestFailed())
            return;
    }
    // While typing, the results follow the keyboard, but nothing is committed: no undo step yet.
    QCOMPARE(m_table->model()->options().at(0).assessment(Party::You).value, std::optional<Money>(stored));
    QCOMPARE(m_window->undoStack()->count(), undoSteps);

    QTableView *view = m_table->view();
    switch (ending) {
    case Ending::Enter:
        QTest::keyClick(editor, Qt::Key_Return);
        break;
    case Ending::Tab:
        QTest::keyClick(editor, Qt::Key_Tab);
        break;
    case Ending::ClickOtherCell: {
        const QModelIndex other = cell(Party::Customer, OptionsModel::ReasonOffset);
        view->scrollTo(m_table->viewIndex(other));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(m_table->viewIndex(other)).center());
        break;
    }
    case Ending::Save:
        break; // savedYouValue() saves with the editor still open
    }
    if (ending != Ending::Save)
        QTRY_VERIFY(!view->indexWidget(m_table->viewIndex(youValue)));
    QVERIFY2(bannerText().isEmpty(), qPrintable(bannerText()));
    QCOMPARE(savedYouValue(), std::optional<Money>(stored));

    const qint64 id = m_window->editor()->deal().id;
    m_window->newDeal();
    QVERIFY(m_window->openDeal(id));
    QCOMPARE(cell(Party::You, OptionsModel::ValueOffset).data().toString(), shown);
}

void TestAmountTyping::backspaceInTheMiddle()
{
    openWindow(QLocale(QLocale::English, QLocale::UnitedStates));
    if (QTest::currentTestFailed())
        return;
    QLineEdit *editor = openEditor(cell(Party::You, OptionsModel::ValueOffset), Opener::F2, {});
    QVERIFY(editor);
    typeKeyByKey(editor, {}, QStringLiteral("250000"));
    if (QTest::currentTestFailed())
        return;
    QTest::keyClick(editor, Qt::Key_Left);
    QTest::keyClick(editor, Qt::Key_Left);
    QTest::keyClick(editor, Qt::Key_Backspace); // 2500|00 -> 250|00
    QCOMPARE(editor->text(), QStringLiteral("25000"));
    QTest::keyClick(editor, '1'); // 2501|00
    QCOMPARE(editor->text(), QStringLiteral("250100"));
    QTest::keyClick(editor, Qt::Key_Backspace);
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(savedYouValue(), std::optional<Money>(2500000));
}

void TestAmountTyping::selectAllAndRetype()
{
    openWindow(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("10000"));
    if (QTest::currentTestFailed())
        return;
    QLineEdit *editor = openEditor(cell(Party::You, OptionsModel::ValueOffset), Opener::Typing, QStringLiteral("7"));
    QVERIFY(editor);
    typeKeyByKey(editor, QStringLiteral("7"), QStringLiteral("77"));
    if (QTest::currentTestFailed())
        return;
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QVERIFY(editor->hasSelectedText());
    typeKeyByKey(editor, {}, QStringLiteral("25000"));
    if (QTest::currentTestFailed())
        return;
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(savedYouValue(), std::optional<Money>(2500000));
}

void TestAmountTyping::escapeRestoresTheValueFromBeforeTheEdit_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("text that is no amount") << QStringLiteral("12abc");
    QTest::newRow("a valid amount") << QStringLiteral("12");
    QTest::newRow("a loss") << QStringLiteral("-4000");
}

void TestAmountTyping::escapeRestoresTheValueFromBeforeTheEdit()
{
    QFETCH(QString, typed);
    openWindow(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("10000"));
    if (QTest::currentTestFailed())
        return;
    const QModelIndex youValue = cell(Party::You, OptionsModel::ValueOffset);
    const QModelIndex result = cell(Party::You, OptionsModel::ResultOffset);
    const QString resultBefore = result.data().toString();
    QCOMPARE(resultBefore, QStringLiteral("win"));

    const int undoSteps = m_window->undoStack()->count();
    QLineEdit *editor = openEditor(youValue, Opener::Typing, typed);
    QVERIFY(editor);
    typeKeyByKey(editor, typed.left(1), typed.mid(1));
    if (QTest::currentTestFailed())
        return;
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(!m_table->view()->indexWidget(m_table->viewIndex(youValue)));

    QCOMPARE(m_table->model()->options().at(0).assessment(Party::You).value, std::optional<Money>(1000000));
    QCOMPARE(youValue.data().toString(), QStringLiteral("10,000"));
    QCOMPARE(result.data().toString(), resultBefore);
    QCOMPARE(m_window->chart()->resultLabel(0, Party::You), resultBefore);
    QVERIFY(!m_window->isDealModified());
    QCOMPARE(m_window->undoStack()->count(), undoSteps);
    QCOMPARE(savedYouValue(), std::optional<Money>(1000000));
}

void TestAmountTyping::clickElsewhereRefusesBadTextWithTheReason()
{
    openWindow(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("10000"));
    if (QTest::currentTestFailed())
        return;
    const QModelIndex youValue = cell(Party::You, OptionsModel::ValueOffset);
    const int undoSteps = m_window->undoStack()->count();
    QLineEdit *editor = openEditor(youValue, Opener::F2, {});
    QVERIFY(editor);
    typeKeyByKey(editor, {}, QStringLiteral("12abc"));
    if (QTest::currentTestFailed())
        return;
    // The preview keeps the value from before while the text is no amount.
    QCOMPARE(m_table->model()->options().at(0).assessment(Party::You).value, std::optional<Money>(1000000));
    QTableView *view = m_table->view();
    const QModelIndex other = cell(Party::Customer, OptionsModel::ValueOffset);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(m_table->viewIndex(other)).center());
    QTRY_VERIFY(!view->indexWidget(m_table->viewIndex(youValue)));

    const QString banner = bannerText();
    QVERIFY2(banner.contains(QStringLiteral("“12abc” is not a number")), qPrintable(banner));
    QVERIFY2(banner.contains(QStringLiteral("You value")), qPrintable(banner));
    QCOMPARE(youValue.data().toString(), QStringLiteral("10,000"));
    QCOMPARE(m_window->undoStack()->count(), undoSteps);
    QCOMPARE(savedYouValue(), std::optional<Money>(1000000));
}

void TestAmountTyping::eachCommittedEditIsOneUndoStep()
{
    openWindow(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("10000"));
    if (QTest::currentTestFailed())
        return;
    const QModelIndex youValue = cell(Party::You, OptionsModel::ValueOffset);
    const int undoSteps = m_window->undoStack()->count();
    for (const QString &typed : {QStringLiteral("25000"), QStringLiteral("30000")}) {
        QLineEdit *editor = openEditor(youValue, Opener::F2, {});
        QVERIFY(editor);
        typeKeyByKey(editor, {}, typed);
        if (QTest::currentTestFailed())
            return;
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!m_table->view()->indexWidget(m_table->viewIndex(youValue)));
    }
    QCOMPARE(m_window->undoStack()->count(), undoSteps + 2);
    m_window->undoStack()->undo();
    QCOMPARE(youValue.data().toString(), QStringLiteral("25,000"));
    m_window->undoStack()->undo();
    QCOMPARE(youValue.data().toString(), QStringLiteral("10,000"));
    m_window->undoStack()->redo();
    QCOMPARE(youValue.data().toString(), QStringLiteral("25,000"));
}

QTEST_MAIN(TestAmountTyping)
void TestAmountTyping::aValueWithoutItsReferencePointIsNotAssessed()
{
    openWindow(QLocale(QLocale::English, QLocale::UnitedStates));
    if (QTest::currentTestFailed())
        return;
    const QModelIndex result = cell(Party::You, OptionsModel::ResultOffset);
    const QModelIndex outcome = m_table->model()->index(0, OptionsModel::OutcomeColumn);
    QLineEdit *editor = openEditor(cell(Party::You, OptionsModel::ValueOffset), Opener::Typing, QStringLiteral("2"));
    QVERIFY(editor);
    typeKeyByKey(editor, QStringLiteral("2"), QStringLiteral("5000"));
    if (QTest::currentTestFailed())
        return;
    // Tab commits the value and goes on to the walk-away point, still empty: no result yet, and it says why.
    QTest::keyClick(editor, Qt::Key_Tab);
    QTRY_COMPARE(m_table->view()->currentIndex(), m_table->viewIndex(cell(Party::You, OptionsModel::ReferenceOffset)));
    QCOMPARE(result.data().toString(), QStringLiteral("unknown"));
    QVERIFY(result.data(Qt::ToolTipRole).toString().contains(QStringLiteral("walk-away point")));
    QCOMPARE(outcome.data().toString(), QStringLiteral("not assessed"));
    QCOMPARE(savedYouValue(), std::optional<Money>(2500000));

    editor = openEditor(cell(Party::You, OptionsModel::ReferenceOffset), Opener::Typing, QStringLiteral("0"));
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!m_table->view()->indexWidget(m_table->viewIndex(cell(Party::You, OptionsModel::ReferenceOffset))));
    QCOMPARE(result.data().toString(), QStringLiteral("win")); // 0 typed is a figure

    const qint64 id = m_window->editor()->deal().id;
    QVERIFY(m_window->saveDeal());
    m_window->newDeal();
    QVERIFY(m_window->openDeal(id));
    QCOMPARE(cell(Party::You, OptionsModel::ReferenceOffset).data().toString(), QStringLiteral("0"));
    QCOMPARE(cell(Party::Customer, OptionsModel::ReferenceOffset).data().toString(), QString());
    QCOMPARE(m_window->editor()->deal().options.at(0).assessment(Party::Customer).referencePoint, std::nullopt);
}

#include "tst_amounttyping.moc"
