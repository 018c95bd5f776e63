// The walk-away wizard driven page by page, its PDF export, the rehearsal keys, and recording a walk-away
// from the main window.

#include <core/coaching/coach.h>
#include <core/settings/profilesettings.h>
#include <core/storage/database.h>
#include <core/storage/dealrepository.h>
#include <QAbstractButton>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <ui/dealeditor.h>
#include <ui/mainwindow.h>
#include <ui/rehearsalview.h>
#include <ui/scriptdocument.h>
#include <ui/walkawaywizard.h>

using namespace Triplewin;
using namespace Triplewin::Core;

namespace {

Deal noWinWinDeal()
{
    Deal deal;
    deal.title = QStringLiteral("Fleet renewal");
    deal.customer = QStringLiteral("Acme Logistics");
    deal.salesperson = QStringLiteral("Dana");
    DealOption list;
    list.name = QStringLiteral("List price");
    list.assessment(Party::You).value = 4'800'000;
    list.assessment(Party::You).referencePoint = 3'000'000;
    list.assessment(Party::Customer).value = -600'000;
    DealOption discount;
    discount.name = QStringLiteral("Deep discount");
    discount.assessment(Party::You).value = 2'400'000;
    discount.assessment(Party::You).referencePoint = 3'000'000;
    discount.assessment(Party::Customer).value = 2'100'000;
    deal.options << list << discount;
    return deal;
}

} // namespace

class TestWalkAwayWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void drivenThroughAllPages();
    void keptEditsAreRestored();
    void followUpCountsAsAnEditUnlessScriptTyped();
    void pdfExport();
    void rehearsalKeys();
    void rehearsalTextFitsAboveTheKeyHints();
    void recordingFromTheMainWindow();

private:
    QTemporaryDir m_dir;
};

void TestWalkAwayWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    Core::ProfileSettings::setSalespersonName(QStringLiteral("Dana"));
}

void TestWalkAwayWizard::drivenThroughAllPages()
{
    Ui::WalkAwayWizard wizard(noWinWinDeal(), std::nullopt);
    wizard.show();
    QCOMPARE(wizard.currentId(), int(Ui::WalkAwayWizard::CheckPage));
    const QList<int> pages{Ui::WalkAwayWizard::CommitmentPage, Ui::WalkAwayWizard::TransparencyPage,
                           Ui::WalkAwayWizard::ProposalPage, Ui::WalkAwayWizard::FollowUpPage};
    for (int page : pages) {
        wizard.next();
        QCOMPARE(wizard.currentId(), page);
    }
    wizard.followUpEdit()->setPlainText(QStringLiteral("Their 2027 budget is confirmed."));
    wizard.revisitCheck()->setChecked(true);
    wizard.revisitEdit()->setDate(QDate::currentDate().addMonths(4));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(Ui::WalkAwayWizard::ReviewPage));
    QVERIFY(wizard.button(QWizard::CustomButton1)->isVisible());

    const QString text = wizard.reviewEdit()->toPlainText();
    QVERIFY(text.contains(QStringLiteral("Fleet renewal")));
    QVERIFY(text.contains(QStringLiteral("List price")));
    QVERIFY(text.contains(QStringLiteral("falls")));
    QVERIFY(text.contains(QStringLiteral("short of")));
    QVERIFY(text.contains(QStringLiteral("Their 2027 budget is confirmed.")));
    QVERIFY(text.contains(QStringLiteral("the door stays open")));

    // For looking at the page: TRIPLEWIN_SCREENSHOT_DIR=/some/dir saves it as a PNG there.
    if (const QString dir = qEnvironmentVariable("TRIPLEWIN_SCREENSHOT_DIR"); !dir.isEmpty())
        wizard.grab().save(dir + QStringLiteral("/walkaway-review.png"));

    // Recording ends the deal: it asks first.
    QTimer::singleShot(0, &wizard, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("ends the deal")), qPrintable(box->text()));
        box->findChild<QAbstractButton *>(QStringLiteral("confirmRecordWalkAway"))->click();
    });
    QTest::mouseClick(wizard.button(QWizard::CustomButton1), Qt::LeftButton);
    QVERIFY(wizard.recordRequested());
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QCOMPARE(wizard.script().followUp.whatWouldChange, QStringLiteral("Their 2027 budget is confirmed."));
}

void TestWalkAwayWizard::keptEditsAreRestored()
{
    SavedScript saved;
    saved.text = QStringLiteral("My own words: we part as friends.");
    saved.followUp = {QStringLiteral("A bigger fleet"), QDate::currentDate().addMonths(6)};
    Ui::WalkAwayWizard wizard(noWinWinDeal(), saved);
    wizard.show();
    QCOMPARE(wizard.followUpEdit()->toPlainText(), QStringLiteral("A bigger fleet"));
    QCOMPARE(wizard.revisitEdit()->date(), saved.followUp.revisitOn);
    for (int step = 0; step < 5 && wizard.currentId() != Ui::WalkAwayWizard::ReviewPage; ++step)
        wizard.next();
    QCOMPARE(wizard.currentId(), int(Ui::WalkAwayWizard::ReviewPage));
    // The salesperson's text wins over a regenerated script.
    QCOMPARE(wizard.reviewEdit()->toPlainText(), saved.text);
    QCOMPARE(wizard.script().text, saved.text);
}

void TestWalkAwayWizard::followUpCountsAsAnEditUnlessScriptTyped()
{
    Ui::WalkAwayWizard wizard(noWinWinDeal(), std::nullopt);
    wizard.show();
    QVERIFY(!wizard.isModified());
    QVERIFY(!wizard.revisitCheck()->isChecked()); // no date is invented
    wizard.followUpEdit()->setPlainText(QStringLiteral("A bigger fleet"));
    QVERIFY(wizard.isModified()); // kept even when the wizard is cancelled on this page
    // The generated review text is not kept: it is rebuilt from the deal's current values next time.
    QVERIFY(wizard.script().text.isEmpty());
    QVERIFY(!wizard.script().followUp.revisitOn.isValid());
    wizard.reviewEdit()->setPlainText(QStringLiteral("Typed by hand"));
    QCOMPARE(wizard.script().text, QStringLiteral("Typed by hand"));
}

void TestWalkAwayWizard::pdfExport()
{
    const QString path = m_dir.filePath(QStringLiteral("script.pdf"));
    QString error;
    const QString script = generateWalkAwayScript(noWinWinDeal(), {}).toPlainText(QStringLiteral("Fleet renewal"));
    QVERIFY2(Ui::ScriptDocument(QStringLiteral("Transparent walk-away: Fleet renewal"), script).exportPdf(path, &error),
             qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    QVERIFY(pdf.count("/Type /Page\n") + pdf.count("/Type /Page ") + pdf.count("/Type/Page") >= 1);
    // The title is in the document's metadata (Qt writes it as UTF-16BE hex).
    QByteArray utf16 = QByteArray("\xFE\xFF", 2);
    for (QChar c : QStringLiteral("Transparent walk-away: Fleet renewal"))
        utf16 += char(c.unicode() >> 8), utf16 += char(c.unicode() & 0xFF);
    QVERIFY2(pdf.contains(utf16.toHex().toUpper()) || pdf.contains(utf16.toHex()) || pdf.contains(utf16),
             "the title is not in the PDF");
}

void TestWalkAwayWizard::rehearsalKeys()
{
    Ui::RehearsalView view(QStringLiteral("Step one\n\nStep two\n\nStep three"));
    view.show();
    QCOMPARE(view.stepCount(), 3);
    QCOMPARE(view.currentText(), QStringLiteral("Step one"));
    QTest::keyClick(&view, Qt::Key_Space);
    QCOMPARE(view.currentText(), QStringLiteral("Step two"));
    QTest::keyClick(&view, Qt::Key_Right);
    QTest::keyClick(&view, Qt::Key_Right); // stays on the last step
    QCOMPARE(view.currentStep(), 2);
    QTest::keyClick(&view, Qt::Key_Left);
    QCOMPARE(view.currentText(), QStringLiteral("Step two"));
    QTest::keyClick(&view, Qt::Key_Escape);
    QVERIFY(!view.isVisible());
}

void TestWalkAwayWizard::rehearsalTextFitsAboveTheKeyHints()
{
    // A step as long as a real one with four options, on a small screen.
    QString longStep = QStringLiteral("The options we explored (4):");
    for (int option = 1; option <= 4; ++option)
        longStep += QStringLiteral("\n• Option %1: for us, it brings 18,000 EUR more than our walk-away point "
                                   "(48,000 EUR against 30,000 EUR). For you, it falls 6,000 EUR short of your best "
                                   "alternative.")
                        .arg(option);
    Ui::RehearsalView view(QStringLiteral("Short step\n\n") + longStep);
    // It opens within the screen (the test screen is 800x600, smaller still).
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.width() <= view.screen()->availableGeometry().width());
    QVERIFY(view.height() <= view.screen()->availableGeometry().height());
    QTest::keyClick(&view, Qt::Key_Space);
    QCOMPARE(view.currentText(), longStep);
    auto *text = view.findChild<QLabel *>(QStringLiteral("rehearsalText"));
    auto *keys = view.findChild<QLabel *>(QStringLiteral("rehearsalKeys"));
    QVERIFY(text && keys);
    auto *scroll = qobject_cast<QScrollArea *>(text->parentWidget()->parentWidget());
    QVERIFY(scroll);
    // The whole step is in view, above the key hints, in type still large enough to read aloud from.
    QTRY_VERIFY2(text->heightForWidth(scroll->viewport()->width()) <= scroll->viewport()->height(),
                 qPrintable(QStringLiteral("%1 > %2")
                                .arg(text->heightForWidth(scroll->viewport()->width()))
                                .arg(scroll->viewport()->height())));
    QVERIFY(scroll->mapTo(&view, QPoint(0, scroll->height())).y() <= keys->mapTo(&view, QPoint(0, 0)).y());
    QVERIFY(text->font().pointSizeF() >= view.font().pointSizeF() * 1.3);
    // Short steps only: the largest type, as nothing needs to shrink.
    Ui::RehearsalView shortSteps(QStringLiteral("We looked at two options.\n\nNeither works for both of us."));
    shortSteps.show();
    QVERIFY(QTest::qWaitForWindowExposed(&shortSteps));
    QTRY_COMPARE(shortSteps.findChild<QLabel *>(QStringLiteral("rehearsalText"))->font().pointSizeF(),
                 std::max(24.0, shortSteps.font().pointSizeF() * 2.6));
    // A short step gets the same type: the size does not jump from step to step.
    const double size = text->font().pointSizeF();
    QTest::keyClick(&view, Qt::Key_Left);
    QCOMPARE(text->font().pointSizeF(), size);
}

void TestWalkAwayWizard::recordingFromTheMainWindow()
{
    Database database;
    QVERIFY(database.open(m_dir.filePath(QStringLiteral("walk.sqlite"))).ok());
    DealRepository repository(database);
    const Expected<Deal> saved = repository.save(noWinWinDeal());
    QVERIFY(saved.ok());

    Ui::MainWindow window(database);
    window.show();
    QVERIFY(window.openDeal(saved.value().id));
    // No option is good for both: the editor says so and offers the walk-away.
    QVERIFY(window.editor()->isNoWinWinNoticeShown());

    QTimer::singleShot(0, this, [] {
        auto *wizard = qobject_cast<Ui::WalkAwayWizard *>(QApplication::activeModalWidget());
        QVERIFY(wizard);
        for (int step = 0; step < 5 && wizard->currentId() != Ui::WalkAwayWizard::ReviewPage; ++step)
            wizard->next();
        wizard->reviewEdit()->setPlainText(QStringLiteral("Edited script"));
        // Recording ends the deal, so it asks first; Cancel (the default) keeps the wizard open.
        const auto answerConfirmation = [wizard](bool record) {
            QTimer::singleShot(0, wizard, [record] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
                if (record)
                    box->findChild<QAbstractButton *>(QStringLiteral("confirmRecordWalkAway"))->click();
                else
                    box->button(QMessageBox::Cancel)->click();
            });
        };
        answerConfirmation(false);
        wizard->button(QWizard::CustomButton1)->click();
        QVERIFY(wizard->isVisible());
        QVERIFY(!wizard->recordRequested());
        answerConfirmation(true);
        wizard->button(QWizard::CustomButton1)->click();
    });
    window.walkAwayFromDeal();

    const Expected<Deal> after = repository.load(saved.value().id);
    QVERIFY(after.ok());
    QCOMPARE(after.value().status, DealStatus::WalkedAway);
    QVERIFY(after.value().ending && after.value().ending->walkedAway);
    QVERIFY(!window.editor()->isNoWinWinNoticeShown());

    // The walk-away is in the habit analysis, as a walk-away.
    Coach coach(database);
    const Expected<HabitReport> report = coach.report(QStringLiteral("Dana"), HabitThresholds(),
                                                      QDate::currentDate().addMonths(-1), QDate::currentDate());
    QVERIFY(report.ok());
    QCOMPARE(report.value().recent.size(), 1);
    QVERIFY(report.value().recent.at(0).walkedAway);
    QCOMPARE(report.value().counts[Ending::WalkedAway], 1);

    // The edited script was kept with the deal.
    const Expected<std::optional<SavedScript>> script = ScriptRepository(database).load(saved.value().id);
    QVERIFY(script.ok() && script.value());
    QCOMPARE(script.value()->text, QStringLiteral("Edited script"));
}

QTEST_MAIN(TestWalkAwayWizard)
#include "tst_walkawaywizard.moc"
