// The translations the app installs are the ones it asks for: each string is looked up at run time in the context
// lupdate filed it under. A file-local tr() helper once made them differ (lupdate filed its strings under the
// namespace or the class, the helper asked under another name), and those strings showed in English in a German
// app although the .ts file translated them. One string of each file that had such a helper, in German.
#include "domain/optionanalysis.h"
#include "i18n/translations.h"
#include "storage/backups.h"
#include "storage/teamserver.h"
#include "workshop/scenariopack.h"

#include <QCoreApplication>
#include <QTest>

using namespace Triplewin::Core;

class TestI18n final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Germany));
    }

    void optionAnalysisSpeaksGerman() { QCOMPARE(dominatedMark(2), QStringLiteral("Dominiert von 3")); }

    void scenarioPackErrorsSpeakGerman()
    {
        const ScenarioPackRead read = readScenarioPack("{", QStringLiteral("pack.json"));
        QVERIFY(!read.pack);
        QVERIFY2(read.error.text().contains(QStringLiteral("kein gültiges JSON")), qPrintable(read.error.text()));
    }

    void backupsSpeakGerman()
    {
        QCOMPARE(backupReasonName(BackupFile::Reason::Daily), QStringLiteral("tägliche Sicherung"));
    }

    void teamServerSpeaksGerman()
    {
        const Expected<ServerAddress> address = ServerAddress::parse(QStringLiteral("postgresql://host/db"));
        QVERIFY(!address.ok());
        QVERIFY2(address.error().fullText().contains(QStringLiteral("URI")) &&
                     !address.error().fullText().contains(QStringLiteral("is not supported here")),
                 qPrintable(address.error().fullText()));
    }
};

QTEST_GUILESS_MAIN(TestI18n)
#include "tst_i18n.moc"
