// The import dialog: preset recognised, preview, column mapping by hand, all-or-nothing import.

#include <core/storage/database.h>
#include <core/storage/dealrepository.h>
#include <QComboBox>
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

private:
    QString write(const QString &name, const QByteArray &content);
    qint64 count();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DealRepository> m_repository;
};

void TestImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_database = std::make_unique<Database>();
    QVERIFY(m_database->open(m_dir.filePath(QStringLiteral("import.sqlite"))).ok());
    m_repository = std::make_unique<DealRepository>(*m_database);
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
    Ui::ImportDialog dialog(*m_repository, path);
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("importPreset"))->currentData().toInt(),
             int(ImportPreset::HubSpot));
    QVERIFY(dialog.previewText().contains(QStringLiteral("Warehouse robots|Acme Logistics|Dana")));
    const qint64 before = count();
    const ImportResult result = dialog.runImport();
    QCOMPARE(int(result.status), int(ImportResult::Status::Imported));
    QCOMPARE(count(), before + 2);
}

void TestImportDialog::badRowsImportNothing()
{
    const QString path = write(QStringLiteral("bad.csv"), "Deal Name,Amount,Close Date,Deal owner,Associated Company\n"
                                                          "Good,100,2026-01-31,Dana,Acme\n"
                                                          "Broken,lots,2026-13-45,Dana,Acme\n");
    Ui::ImportDialog dialog(*m_repository, path);
    const qint64 before = count();
    const ImportResult result = dialog.runImport();
    QCOMPARE(int(result.status), int(ImportResult::Status::BadRows));
    QCOMPARE(count(), before); // all or nothing
    QVERIFY2(dialog.previewText().contains(QStringLiteral("Line 3")), qPrintable(dialog.previewText()));
}

void TestImportDialog::mappingByHand()
{
    const QString path =
        write(QStringLiteral("odd.csv"), "Kunde;Projekt;Betreuer\nAcme;Scanner;Dana\nKappa;Tablets;Eve\n");
    Ui::ImportDialog dialog(*m_repository, path);
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("importPreset"))->currentData().toInt(),
             int(ImportPreset::Custom));
    dialog.setColumn(ImportField::Title, 1);
    dialog.setColumn(ImportField::Customer, 0);
    dialog.setColumn(ImportField::Salesperson, 2);
    QVERIFY2(dialog.previewText().contains(QStringLiteral("Scanner|Acme|Dana")), qPrintable(dialog.previewText()));
    const qint64 before = count();
    QCOMPARE(int(dialog.runImport().status), int(ImportResult::Status::Imported));
    QCOMPARE(count(), before + 2);
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
