// Workshop mode: the sandbox leaves the real database alone, packs are imported and exported from the window,
// and the presenter is driven by keys.
#include "../core/roomclient.h"
#include "modaldialogs.h"

#include <core/domain/classification.h>
#include <core/i18n/translations.h>
#include <core/storage/database.h>
#include <core/storage/dealrepository.h>
#include <core/workshop/roomserver.h>
#include <core/workshop/scenariopack.h>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>
#include <ui/dealeditor.h>
#include <ui/mainwindow.h>
#include <ui/presenterview.h>
#include <ui/qrcodeview.h>
#include <ui/roomdialog.h>
#include <ui/valuechartview.h>
#include <ui/walkawaywizard.h>
#include <ui/workshopwindow.h>

using namespace Triplewin;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("<missing>");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

/// Content and modification time of a database file and its WAL, to prove they were not touched.
struct FileState
{
    QByteArray hash;
    QByteArray walHash;
    QDateTime modified;
    QDateTime walModified;

    static FileState of(const QString &path)
    {
        const QString wal = path + QStringLiteral("-wal");
        return {fileHash(path), fileHash(wal), QFileInfo(path).lastModified(), QFileInfo(wal).lastModified()};
    }
    bool operator==(const FileState &o) const
    {
        return hash == o.hash && walHash == o.walHash && modified == o.modified && walModified == o.walModified;
    }
};

} // namespace

class TestWorkshop final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sandboxLeavesRealDatabaseUntouched();
    void badPackKeepsCurrentPack();
    void exportThenImportKeepsEdits();
    void presenterDrivenByKeys();
    void roomVotesFromPhones();
};

void TestWorkshop::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // As the app does: English plurals ("2 concessions") come from its English translation.
    Core::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestWorkshop::sandboxLeavesRealDatabaseUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("real.sqlite"));
    Core::Database database;
    QVERIFY(database.open(path).ok());
    Core::Deal mine;
    mine.title = QStringLiteral("My real deal");
    mine.customer = QStringLiteral("Real customer");
    QVERIFY(Core::DealRepository(database).save(mine).ok());

    Ui::MainWindow window(database);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Let the main window finish its own reads before taking the file's state.
    QTest::qWait(50);
    const FileState before = FileState::of(path);
    QTest::qWait(1100); // a touched file would show a later modification time

    window.startWorkshop();
    Ui::WorkshopWindow *workshop = window.workshopWindow();
    QVERIFY(workshop);
    QVERIFY(!window.isVisible());
    QVERIFY(workshop->isVisible());
    QVERIFY(workshop->sandbox().scenarioCount() >= 8);
    QCOMPARE(workshop->sandbox().database().path(), QStringLiteral(":memory:"));

    // The trainer edits a scenario's deal and its debrief, switches scenario (which saves into the sandbox),
    // presents, and exports the pack.
    Core::Deal deal = workshop->dealEditor()->deal();
    deal.title = QStringLiteral("Edited during the workshop");
    deal.options.first().assessment(Core::Party::You).value = 123'400;
    workshop->dealEditor()->setDeal(deal);
    workshop->debriefEdit()->appendPlainText(QStringLiteral("What did the room guess?"));
    workshop->selectScenario(1);
    QCOMPARE(workshop->currentScenario(), 1);
    QVERIFY(workshop->isPackModified());
    Ui::PresenterView *presenter = workshop->present();
    QVERIFY(presenter);
    QTest::keyClick(presenter, Qt::Key_Space);
    QTest::keyClick(presenter, Qt::Key_Escape);
    QVERIFY(workshop->savePackAs(dir.filePath(QStringLiteral("pack.json"))));

    // The scenario with no win/win: its notice's "Prepare a Transparent Walk-Away…" opens the wizard for the room
    // (nothing is recorded in the sandbox, nothing reaches the real file).
    const QList<Core::Scenario> &scenarios = workshop->sandbox().pack().scenarios;
    const auto noWinWin = std::find_if(scenarios.cbegin(), scenarios.cend(),
                                       [](const Core::Scenario &scenario) { return scenario.walkAway; });
    QVERIFY(noWinWin != scenarios.cend());
    workshop->selectScenario(int(noWinWin - scenarios.cbegin()));
    QVERIFY(workshop->dealEditor()->isNoWinWinNoticeShown());
    bool wizardShown = false;
    Test::whenModal<Ui::WalkAwayWizard>(this, [&wizardShown](Ui::WalkAwayWizard *wizard) {
        wizardShown = true;
        wizard->reject();
    });
    workshop->dealEditor()->findChild<QPushButton *>(QStringLiteral("prepareWalkAway"))->click();
    QTRY_VERIFY(wizardShown);

    // Leaving workshop mode brings the real data back, as it was.
    QVERIFY(workshop->close());
    QTRY_VERIFY(window.isVisible());
    QTRY_VERIFY(!window.workshopWindow());
    QCOMPARE(Core::DealRepository(database).count().value(), 1);
    QCOMPARE(Core::DealRepository(database).load(1).value().title, QStringLiteral("My real deal"));
    QVERIFY(FileState::of(path) == before);
}

void TestWorkshop::badPackKeepsCurrentPack()
{
    Ui::WorkshopWindow workshop;
    const QString firstTitle = workshop.sandbox().pack().scenarios.constFirst().title;
    const qsizetype count = workshop.sandbox().scenarioCount();

    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("broken-pack.json"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "triplewin-scenario-pack", "version": 1, "title": "Broken", "scenarios": [{"id": 7}]})");
    file.close();

    QVERIFY(!workshop.openPack(bad));
    QCOMPARE(workshop.lastError(), QStringLiteral("The scenario pack was not opened; the current pack is unchanged.\n"
                                                  "broken-pack.json: scenarios[0].id: must be text"));
    QCOMPARE(workshop.sandbox().scenarioCount(), count);
    QCOMPARE(workshop.sandbox().pack().scenarios.constFirst().title, firstTitle);
    QCOMPARE(workshop.dealEditor()->deal().title, workshop.sandbox().pack().scenarios.constFirst().deal.title);
}

void TestWorkshop::exportThenImportKeepsEdits()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("exported.json"));
    {
        Ui::WorkshopWindow workshop;
        workshop.debriefEdit()->appendPlainText(QStringLiteral("Added by the trainer?"));
        QVERIFY(workshop.savePackAs(path));
        QVERIFY(!workshop.isPackModified());
    }
    Ui::WorkshopWindow again;
    QVERIFY2(again.openPack(path), qPrintable(again.lastError()));
    QCOMPARE(again.sandbox().pack().scenarios.constFirst().debrief.constLast(),
             QStringLiteral("Added by the trainer?"));
    QVERIFY(again.debriefEdit()->toPlainText().endsWith(QStringLiteral("Added by the trainer?")));
}

void TestWorkshop::presenterDrivenByKeys()
{
    const Core::ScenarioPack pack = *Core::readScenarioPackFile(Core::bundledScenarioPackPath()).pack;
    Ui::PresenterView presenter(pack.scenarios);
    presenter.resize(1280, 720);
    presenter.show();
    QVERIFY(QTest::qWaitForWindowExposed(&presenter));
    using Step = Ui::PresenterView::Step;
    const Core::Scenario &first = pack.scenarios.constFirst();

    // Step 1: the deal and its option names, no results yet.
    QCOMPARE(presenter.step(), Step::Deal);
    QVERIFY(presenter.visibleText().contains(first.summary));
    QVERIFY(presenter.visibleText().contains(first.deal.options.constFirst().name));
    QVERIFY(!presenter.visibleText().contains(Core::outcomeName(Core::outcomeOf(first.deal.options.constFirst()))));
    QVERIFY(presenter.visibleText().contains(QStringLiteral("Scenario 1 of %1").arg(pack.scenarios.size())));

    // Step 2: the room guesses.
    QTest::keyClick(&presenter, Qt::Key_Space);
    QCOMPARE(presenter.step(), Step::Guess);
    QVERIFY(presenter.visibleText().contains(QStringLiteral("?")));

    // Step 3: the chart and the outcomes.
    QTest::keyClick(&presenter, Qt::Key_Right);
    QCOMPARE(presenter.step(), Step::Reveal);
    for (int i = 0; i < first.deal.options.size(); ++i) {
        const QString outcome = Core::outcomeName(Core::outcomeOf(first.deal.options.at(i)));
        QCOMPARE(presenter.chart()->outcomeLabel(i), outcome);
        QVERIFY(presenter.visibleText().contains(outcome));
    }

    // Role cards, one at a time: 2 shows the customer's confidential notes, 3 replaces it, Esc hides it.
    QTest::keyClick(&presenter, Qt::Key_2);
    QCOMPARE(presenter.shownRole(), std::optional<Core::Party>(Core::Party::Customer));
    QVERIFY(presenter.visibleText().contains(first.role(Core::Party::Customer).confidential));
    QVERIFY(!presenter.visibleText().contains(first.role(Core::Party::You).confidential));
    QTest::keyClick(&presenter, Qt::Key_3);
    QCOMPARE(presenter.shownRole(), std::optional<Core::Party>(Core::Party::CustomersCustomer));
    QVERIFY(!presenter.visibleText().contains(first.role(Core::Party::Customer).confidential));
    QSignalSpy leave(&presenter, &Ui::PresenterView::leaveRequested);
    QTest::keyClick(&presenter, Qt::Key_Escape);
    QCOMPARE(presenter.shownRole(), std::nullopt);
    QCOMPARE(leave.count(), 0);
    QCOMPARE(presenter.step(), Step::Reveal);

    // Step 4: debrief; then on to the next scenario, and back.
    QTest::keyClick(&presenter, Qt::Key_Space);
    QCOMPARE(presenter.step(), Step::Debrief);
    QVERIFY(presenter.visibleText().contains(first.debrief.constFirst()));
    QVERIFY(presenter.visibleText().contains(first.lesson));
    QTest::keyClick(&presenter, Qt::Key_Space);
    QCOMPARE(presenter.scenarioIndex(), 1);
    QCOMPARE(presenter.step(), Step::Deal);
    QTest::keyClick(&presenter, Qt::Key_Left);
    QCOMPARE(presenter.scenarioIndex(), 0);
    QCOMPARE(presenter.step(), Step::Debrief);
    QTest::keyClick(&presenter, Qt::Key_PageDown);
    QTest::keyClick(&presenter, Qt::Key_PageDown);
    QCOMPARE(presenter.scenarioIndex(), 2);
    QCOMPARE(presenter.step(), Step::Deal);

    // A habit scenario's debrief names what the coach would flag.
    const auto habitScenario = std::find_if(pack.scenarios.cbegin(), pack.scenarios.cend(),
                                            [](const Core::Scenario &s) { return !s.history.isEmpty(); });
    QVERIFY(habitScenario != pack.scenarios.cend());
    const int habitIndex = int(habitScenario - pack.scenarios.cbegin());
    while (presenter.scenarioIndex() < habitIndex)
        QTest::keyClick(&presenter, Qt::Key_PageDown);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(&presenter, Qt::Key_Space);
    QVERIFY2(presenter.visibleText().contains(QStringLiteral("The coach would flag")),
             qPrintable(presenter.visibleText()));

    // The ledger case: the concessions so far on its deal step, and the earlier deals' concessions given for nothing.
    const auto ledgerScenario = std::find_if(pack.scenarios.cbegin(), pack.scenarios.cend(),
                                             [](const Core::Scenario &s) { return !s.deal.concessions.isEmpty(); });
    QVERIFY(ledgerScenario != pack.scenarios.cend());
    while (presenter.scenarioIndex() < int(ledgerScenario - pack.scenarios.cbegin()))
        QTest::keyClick(&presenter, Qt::Key_PageDown);
    QCOMPARE(presenter.step(), Step::Deal);
    const QString ledgerText = presenter.visibleText();
    QVERIFY2(ledgerText.contains(QStringLiteral("Concessions so far:")), qPrintable(ledgerText));
    QVERIFY2(ledgerText.contains(QStringLiteral("You gave: Free pallet storage for the first quarter")),
             qPrintable(ledgerText));
    QVERIFY2(ledgerText.contains(QStringLiteral("nothing received in return yet")), qPrintable(ledgerText));
    QVERIFY2(ledgerText.contains(QStringLiteral("2 concessions given for nothing")), qPrintable(ledgerText));

    // The keys are always shown; Esc leaves.
    QVERIFY(presenter.findChild<QLabel *>(QStringLiteral("presenterHint"))->text().contains(QStringLiteral("Esc")));

    if (const QString dir = qEnvironmentVariable("TRIPLEWIN_SCREENSHOT_DIR"); !dir.isEmpty()) {
        presenter.resize(1280, 720);
        QTest::keyClick(&presenter, Qt::Key_Home);
        QVERIFY(presenter.grab().save(dir + QStringLiteral("/presenter-deal.png")));
        QTest::keyClick(&presenter, Qt::Key_Space);
        QTest::keyClick(&presenter, Qt::Key_Space);
        QVERIFY(presenter.grab().save(dir + QStringLiteral("/presenter-reveal.png")));
        QTest::keyClick(&presenter, Qt::Key_2);
        QVERIFY(presenter.grab().save(dir + QStringLiteral("/presenter-role.png")));
        QTest::keyClick(&presenter, Qt::Key_Escape);
    }
    QTest::keyClick(&presenter, Qt::Key_Escape);
    QCOMPARE(leave.count(), 1);
}

void TestWorkshop::roomVotesFromPhones()
{
    using RoomClient::exchange;
    using RoomClient::request;
    using Step = Ui::PresenterView::Step;
    QTemporaryDir dir;
    Ui::WorkshopWindow workshop;
    workshop.show();
    QVERIFY(QTest::qWaitForWindowExposed(&workshop));
    Ui::PresenterView *presenter = workshop.present();
    QVERIFY(presenter);
    QVERIFY(!presenter->isRoomOpen());

    // R opens the room: the trainer picks this computer only (a demo) and a free port.
    quint16 freePort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        freePort = probe.serverPort();
    }
    Test::whenModal<Ui::RoomDialog>(this, [freePort](Ui::RoomDialog *dialog) {
        auto *address = dialog->findChild<QComboBox *>(QStringLiteral("roomAddress"));
        const int loopback = address->findData(QStringLiteral("127.0.0.1"));
        QVERIFY(loopback >= 0);
        address->setCurrentIndex(loopback);
        auto *port = dialog->findChild<QSpinBox *>(QStringLiteral("roomPort"));
        port->setFocus();
        port->selectAll();
        QTest::keyClicks(port, QString::number(freePort));
        QTest::keyClick(port, Qt::Key_Return);
    });
    QTest::keyClick(presenter, Qt::Key_R);
    QTRY_VERIFY(presenter->isRoomOpen());
    Core::RoomServer *room = workshop.room();
    QCOMPARE(room->port(), freePort);
    const QString url = room->url().toString();
    QCOMPARE(url, QStringLiteral("http://127.0.0.1:%1/r/%2").arg(freePort).arg(room->votes().code()));
    // In letters without the scheme a phone's browser adds.
    QVERIFY2(
        presenter->visibleText().contains(QStringLiteral("127.0.0.1:%1/r/%2").arg(freePort).arg(room->votes().code())),
        qPrintable(presenter->visibleText()));
    QVERIFY(!presenter->visibleText().contains(QStringLiteral("http://")));

    // The QR code says the address: read back by a QR reader (zbarimg), as a phone's camera would.
    QCOMPARE(presenter->qrCode()->text(), url);
    const QString png = dir.filePath(QStringLiteral("qr.png"));
    QVERIFY(presenter->qrCode()->image(400).save(png));
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), png});
    QVERIFY2(zbar.waitForFinished(20000), "zbarimg (Debian: zbar-tools) did not run");
    QCOMPARE(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(), url);

    // The guess step opens the vote on the scenario shown; three phones join, two answer everything, one changes
    // its mind, one answers part.
    QVERIFY(!room->votes().isVoteOpen());
    QTest::keyClick(presenter, Qt::Key_Space);
    QCOMPARE(presenter->step(), Step::Guess);
    const Core::Scenario &scenario = workshop.sandbox().pack().scenarios.at(presenter->scenarioIndex());
    QVERIFY(room->votes().isVoteOpen());
    QCOMPARE(room->votes().currentScenarioId(), scenario.id);
    const QByteArray base = room->url().path().toLatin1();
    const auto join = [&] {
        return exchange(room->port(), request("POST", base + "/join", "{}")).json().value(QStringLiteral("token"));
    };
    const auto vote = [&](const QJsonValue &token, const QString &answer, bool partly = false) {
        QJsonArray rows;
        for (qsizetype i = 0; i < scenario.deal.options.size(); ++i) {
            const QJsonValue cell = partly && i > 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(answer);
            rows << QJsonArray{cell, cell, cell};
        }
        const QJsonObject body{{QStringLiteral("token"), token},
                               {QStringLiteral("scenario"), scenario.id},
                               {QStringLiteral("answers"), rows}};
        return exchange(room->port(), request("POST", base + "/vote", QJsonDocument(body).toJson())).status;
    };
    const QJsonValue ann = join();
    const QJsonValue bob = join();
    const QJsonValue cem = join();
    QCOMPARE(vote(ann, QStringLiteral("lose")), 200);
    QCOMPARE(vote(ann, QStringLiteral("win")), 200); // changed
    QCOMPARE(vote(bob, QStringLiteral("lose")), 200);
    QCOMPARE(vote(cem, QStringLiteral("even"), true), 200);
    auto *counts = presenter->findChild<QLabel *>(QStringLiteral("roomCounts"));
    QTRY_COMPARE(counts->text(), QStringLiteral("3 joined · 3 answered")); // Cem answered in part
    QCOMPARE(room->votes().count(0, Core::Party::You, Core::Result::Win), 1);
    QCOMPARE(room->votes().count(0, Core::Party::You, Core::Result::Lose), 1);
    QCOMPARE(room->votes().count(0, Core::Party::You, Core::Result::Even), 1);

    // Back to the deal: the vote closes, and the phones learn nothing of the result yet; the guess step reopens it.
    QTest::keyClick(presenter, Qt::Key_Left);
    QVERIFY(!room->votes().isVoteOpen());
    const QByteArray hidden =
        exchange(room->port(), request("GET", base + "/state?token=" + ann.toString().toLatin1())).body;
    QVERIFY2(!hidden.contains("truth") && hidden.contains("\"revealed\":false"), hidden.constData());
    QTest::keyClick(presenter, Qt::Key_Space);
    QVERIFY(room->votes().isVoteOpen());
    QCOMPARE(room->votes().answeredAny(), 3);

    // The result step closes the vote and shows the room's answers beside the truth, on the phones too.
    QTest::keyClick(presenter, Qt::Key_Space);
    QCOMPARE(presenter->step(), Step::Reveal);
    QVERIFY(!room->votes().isVoteOpen());
    QCOMPARE(vote(bob, QStringLiteral("win")), 409);
    QVERIFY(exchange(room->port(), request("GET", base + "/state?token=" + ann.toString().toLatin1()))
                .body.contains("truth"));
    // Stepping back to the guess step after the reveal: the vote stays closed.
    QTest::keyClick(presenter, Qt::Key_Left);
    QVERIFY(!room->votes().isVoteOpen());
    QCOMPARE(vote(bob, QStringLiteral("win")), 409);
    QTest::keyClick(presenter, Qt::Key_Space);
    const QString reveal = presenter->visibleText();
    QVERIFY2(reveal.contains(QStringLiteral("What the room thought (3 answered)")), qPrintable(reveal));
    const Core::Result truth = Core::classify(scenario.deal.options.constFirst().assessment(Core::Party::You));
    QVERIFY2(reveal.contains(QStringLiteral("You: win 1, even 1, lose 1; it was %1").arg(Core::resultName(truth))),
             qPrintable(reveal));

    // The debrief names what the room got most wrong (Ann and Bob cannot both be right anywhere).
    QTest::keyClick(presenter, Qt::Key_Space);
    QCOMPARE(presenter->step(), Step::Debrief);
    QVERIFY2(presenter->visibleText().contains(QStringLiteral("What the room got most wrong:")),
             qPrintable(presenter->visibleText()));

    // Leaving the presenter closes the room; its results stay for the export.
    QTest::keyClick(presenter, Qt::Key_Escape);
    QTRY_VERIFY(!workshop.presenter());
    QVERIFY(!room->isOpen());
    QCOMPARE(exchange(freePort, request("GET", base)).status, 0);
    const QString csv = dir.filePath(QStringLiteral("room.csv"));
    QVERIFY(workshop.exportRoomResultsTo(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + scenario.deal.options.size() * Core::PartyCount);
    QVERIFY2(lines.at(1).startsWith(QByteArray(scenario.id.toUtf8() + ',')), lines.at(1).constData());
    QVERIFY2(lines.at(1).trimmed().endsWith(",1,1,1,3"), lines.at(1).constData());
}

QTEST_MAIN(TestWorkshop)
#include "tst_workshop.moc"
