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
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

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

    /// Every language offered is compiled in, and speaks its own words: one string of the coach's in each.
    void everyOfferedLanguageIsThere()
    {
        const QStringList languages = availableLanguages();
        QCOMPARE(languages,
                 (QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")}));
        for (const QString &language : languages) {
            QVERIFY2(QFile::exists(QStringLiteral(":/i18n/triplewin_%1.qm").arg(language)), qPrintable(language));
            if (language == QLatin1String("en"))
                continue;
            QTranslator translator;
            QVERIFY(translator.load(QStringLiteral(":/i18n/triplewin_%1.qm").arg(language)));
            const QString habit = translator.translate("Triplewin::Core::Habits", "Never walks away");
            QVERIFY2(!habit.isEmpty() && habit != QLatin1String("Never walks away"), qPrintable(language));
            // Plural forms, with the number in them.
            const char *given = "%n concession(s) given with nothing received in return: %1. Ask for something in "
                                "return before you give more.";
            const QString one = translator.translate("Triplewin::Ui::ConcessionLedgerPanel", given, nullptr, 1);
            const QString two = translator.translate("Triplewin::Ui::ConcessionLedgerPanel", given, nullptr, 2);
            // (QTranslator gives the form as written; QCoreApplication::translate() puts the number in.)
            QVERIFY2(one.contains(QLatin1String("%n")) && two.contains(QLatin1String("%n")) && one != two &&
                         !two.contains(QLatin1String("(s)")),
                     qPrintable(language + QStringLiteral(": ") + one + QStringLiteral(" / ") + two));
        }
    }

    /// Settings ▸ Language: a language Triplewin has, or the system's; anything else is the system's.
    void chosenLanguageIsKept()
    {
        QStandardPaths::setTestModeEnabled(true);
        setChosenLanguage(QStringLiteral("fr"));
        QCOMPARE(chosenLanguage(), QStringLiteral("fr"));
        QCOMPARE(chosenLocale().language(), QLocale::French);
        setChosenLanguage(QStringLiteral("es"));
        QCOMPARE(chosenLocale().language(), QLocale::Spanish);
        setChosenLanguage(QStringLiteral("klingon"));
        QCOMPARE(chosenLanguage(), QString());
        QCOMPARE(chosenLocale(), QLocale::system());
        QSettings().setValue(QStringLiteral("appearance/language"), QStringLiteral("xx"));
        QCOMPARE(chosenLanguage(), QString());
        setChosenLanguage(QString());
    }
};

QTEST_GUILESS_MAIN(TestI18n)
#include "tst_i18n.moc"
