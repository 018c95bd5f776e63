// The import dialog: preset recognised, preview, column mapping by hand, all-or-nothing import.

#include "modaldialogs.h"

#include <core/storage/database.h>
#include <core/storage/databasejobs.h>
#include <core/storage/dealrepository.h>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <ui/importdialog.h>

using namespace Triplewin;
using namespace Triplewin::Core;

class TestImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recognisedHubSpotExport();
    void badRowsImportNothing();
    void mappingByHand();
    void lastWeeksFileAgain();
    void escapeWhileImportingCancelsIt();
    void secondClickWhileImportingStartsNothing();

private:
    QString write(const QString &name, const QByteArray &content);
    /// A HubSpot export of @p rows deals: big enough that the import is still running when the next event comes.
    QString bigExport(int rows);
    qint64 count();
    /// Clicks Import and waits until the import is over.
    static ImportResult clickImport(Ui::ImportDialog &dialog);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DealRepository> m_repository;
    std::unique_ptr<DatabaseJobs> m_jobs;
};

void TestImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_database = std::make_unique<Database>();
    QVERIFY(m_database->open(m_dir.filePath(QStringLiteral("import.sqlite"))).ok());
    m_repository = std::make_unique<DealRepository>(*m_database);
    m_jobs = std::make_unique<DatabaseJobs>(*m_database);
}

ImportResult TestImportDialog::clickImport(Ui::ImportDialog &dialog)
{
    QSignalSpy imported(&dialog, &Ui::ImportDialog::imported);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
    if (imported.isEmpty() && !imported.wait(60000))
        QTest::qFail("the import did not finish", __FILE__, __LINE__);
    return dialog.lastResult();
}

QString TestImportDialog::bigExport(int rows)
{
    QByteArray content = "Record ID,Deal Name,Deal Stage,Amount,Deal owner,Associated Company\r\n";
    for (int row = 1; row <= rows; ++row)
        content += QByteArray::number(100000 + row) + ",Deal " + QByteArray::number(row) + ",contractsent," +
                   QByteArray::number(row * 10) + ",Dana,Customer " + QByteArray::number(row % 97) + "\r\n";
    return write(QStringLiteral("big-%1.csv").arg(rows), content);
}

QString TestImportDialog::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

qint64 TestImportDialog::count()
{
    return m_repository->count().value();
}

void TestImportDialog::recognisedHubSpotExport()
{
    const QString path =
        write(QStringLiteral("hubspot.csv"),
              "\xEF\xBB\xBFRecord ID,Deal Name,Deal Stage,Amount,Close Date,Deal owner,Associated Company\r\n"
              "1,Warehouse robots,closedwon,\"EUR 12,000\",2026-02-27,Dana,Acme Logistics\r\n"
              "2,Fleet tablets,appointmentscheduled,900,2026-05-01,Eve,Kappa\r\n");
    Ui::ImportDialog dialog(*m_repository, *m_jobs, path);
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("importPreset"))->currentData().toInt(),
             int(ImportPreset::HubSpot));
    // "EUR 12,000" is 12000 or 12.000, and the other amount (900) does not say which: a bad row until the user
    // picks the decimal mark, here from the keyboard.
    QVERIFY2(dialog.previewText().contains(QStringLiteral("Line 2: The amount “EUR 12,000” is ambiguous")),
             qPrintable(dialog.previewText()));
    auto *decimal = dialog.findChild<QComboBox *>(QStringLiteral("decimalMark"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    decimal->setFocus();
    QTest::keyClick(decimal, Qt::Key_Down); // "Point: 1,234.50"
    QCOMPARE(decimal->currentData().toString(), QStringLiteral("."));
    QVERIFY2(dialog.previewText().contains(QStringLiteral("Warehouse robots|Acme Logistics|Dana")),
             qPrintable(dialog.previewText()));
    QVERIFY(dialog.previewText().contains(QStringLiteral("CRM amount: 12000.00 EUR")));
    const qint64 before = count();
    const ImportResult result = clickImport(dialog);
    QCOMPARE(int(result.status), int(ImportResult::Status::Imported));
    QCOMPARE(count(), before + 2);
}

void TestImportDialog::badRowsImportNothing()
{
    const QString path = write(QStringLiteral("bad.csv"), "Deal Name,Amount,Close Date,Deal owner,Associated Company\n"
                                                          "Good,100,2026-01-31,Dana,Acme\n"
                                                          "Broken,lots,2026-13-45,Dana,Acme\n");
    Ui::ImportDialog dialog(*m_repository, *m_jobs, path);
    const qint64 before = count();
    const ImportResult result = clickImport(dialog);
    QCOMPARE(int(result.status), int(ImportResult::Status::BadRows));
    QCOMPARE(count(), before); // all or nothing
    QVERIFY2(dialog.previewText().contains(QStringLiteral("Line 3")), qPrintable(dialog.previewText()));
}

void TestImportDialog::mappingByHand()
{
    const QString path =
        write(QStringLiteral("odd.csv"), "Kunde;Projekt;Betreuer\nAcme;Scanner;Dana\nKappa;Tablets;Eve\n");
    Ui::ImportDialog dialog(*m_repository, *m_jobs, path);
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("importPreset"))->currentData().toInt(),
             int(ImportPreset::Custom));
    dialog.setColumn(ImportField::Title, 1);
    dialog.setColumn(ImportField::Customer, 0);
    dialog.setColumn(ImportField::Salesperson, 2);
    QVERIFY2(dialog.previewText().contains(QStringLiteral("Scanner|Acme|Dana")), qPrintable(dialog.previewText()));
    const qint64 before = count();
    QCOMPARE(int(clickImport(dialog).status), int(ImportResult::Status::Imported));
    QCOMPARE(count(), before + 2);
}

void TestImportDialog::lastWeeksFileAgain()
{
    const QByteArray header = "Record ID,Deal Name,Deal Stage,Amount,Deal owner,Associated Company\r\n";
    const QString week1 =
        write(QStringLiteral("week1.csv"), header + "11,Scanner rollout,contractsent,5000,Dana,Acme\r\n"
                                                    "12,Tablets,qualifiedtobuy,900,Eve,Kappa\r\n");
    const qint64 before = count();
    {
        Ui::ImportDialog dialog(*m_repository, *m_jobs, week1);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Return); // Import is the default button
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(count(), before + 2);

    // A week later the scanner is won in the CRM and the tablets cost more: the preview says what importing would
    // do, the import updates the tablets, shows the scanner's status change instead of applying it, adds nothing.
    const QString week2 = write(QStringLiteral("week2.csv"), header + "11,Scanner rollout,closedwon,5000,Dana,Acme\r\n"
                                                                      "12,Tablets,qualifiedtobuy,1100,Eve,Kappa\r\n");
    Ui::ImportDialog dialog(*m_repository, *m_jobs, week2);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    const QString preview = dialog.previewText();
    QVERIFY2(preview.contains(QStringLiteral("Of the rows previewed: 0 new deal")) &&
                 preview.contains(QStringLiteral("1 updated")) &&
                 preview.contains(QStringLiteral("1 with changes not applied")),
             qPrintable(preview));
    // Each row says what the import will do with it, and the change it will not apply is listed before.
    QVERIFY2(preview.contains(QStringLiteral("keep ours (see below)|Scanner rollout|")), qPrintable(preview));
    QVERIFY2(preview.contains(QStringLiteral("update|Tablets|")), qPrintable(preview));
    QVERIFY2(preview.contains(QStringLiteral("Deals already here whose change will not be applied:\nLine 2:")),
             qPrintable(preview));
    QString details;
    Test::whenModal<QMessageBox>(this, [&details](QMessageBox *box) {
        details = box->detailedText();
        box->accept();
    });
    QTest::keyClick(&dialog, Qt::Key_Return);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY2(details.contains(QStringLiteral("Line 2: “Scanner rollout”: The CRM now says “won”")),
             qPrintable(details));
    QCOMPARE(count(), before + 2);

    Ui::ImportDialog again(*m_repository, *m_jobs, week2);
    QVERIFY2(again.previewText().contains(QStringLiteral("2 unchanged")) &&
                 !again.previewText().contains(QStringLiteral("updated")),
             qPrintable(again.previewText()));
}

void TestImportDialog::escapeWhileImportingCancelsIt()
{
    const QString path = bigExport(20000);
    Ui::ImportDialog dialog(*m_repository, *m_jobs, path);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    const qint64 before = count();
    QSignalSpy imported(&dialog, &Ui::ImportDialog::imported);
    // Escape arrives while the import runs, once some deals are in its transaction.
    qint64 doneWhenCancelled = 0;
    connect(m_jobs.get(), &DatabaseJobs::progressed, &dialog, [&](qint64 done, qint64) {
        if (doneWhenCancelled == 0 && done > 0) {
            doneWhenCancelled = done;
            QTest::keyClick(&dialog, Qt::Key_Escape);
        }
    });
    QTest::keyClick(&dialog, Qt::Key_Return);
    QVERIFY(imported.wait(60000));
    QVERIFY(doneWhenCancelled > 0);
    QVERIFY2(dialog.lastResult().status == ImportResult::Status::Cancelled, qPrintable(dialog.lastResult().error));
    // Cancelled means rolled back: nothing of the file, and the dialog still open, saying so.
    QCOMPARE(count(), before);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.previewText().contains(QStringLiteral("Import cancelled: nothing was added.")),
             qPrintable(dialog.previewText()));
    // A second Escape closes it.
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(count(), before);
}

void TestImportDialog::secondClickWhileImportingStartsNothing()
{
    const QString path = bigExport(3000);
    Ui::ImportDialog dialog(*m_repository, *m_jobs, path);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    const qint64 before = count();
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    QSignalSpy imported(&dialog, &Ui::ImportDialog::imported);
    // A double-click: the second click comes while the first import runs.
    QTimer::singleShot(0, button, [button] { QTest::mouseClick(button, Qt::LeftButton); });
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isEnabled() || !imported.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!imported.isEmpty(), 60000);
    QTest::qWait(200); // a second import would report here
    QCOMPARE(imported.size(), 1);
    QCOMPARE(int(dialog.lastResult().status), int(ImportResult::Status::Imported));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(count(), before + 3000);
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
