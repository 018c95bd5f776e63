// The workshop room as participants use it (issue 17): the presenter opens the room on 127.0.0.1 and three real
// headless Chromium "phones" (tests/browser/room_phones.py, Selenium) load its page, join, vote and change a vote by
// tapping; the presenter's counts, its result step and the phones' pages are checked against each other. Screenshots
// of a phone and of the presenter's result go to TRIPLEWIN_ROOM_SCREENSHOTS when set (docs/screenshots), else to a
// temporary folder.

#include <core/workshop/roomserver.h>
#include <QLabel>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <ui/presenterview.h>
#include <ui/workshopwindow.h>

using namespace Triplewin;

class TestRoomBrowser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phonesVoteInRealBrowsers();
};

void TestRoomBrowser::phonesVoteInRealBrowsers()
{
    using Step = Ui::PresenterView::Step;
    QTemporaryDir temporary;
    const QString shots = qEnvironmentVariableIsSet("TRIPLEWIN_ROOM_SCREENSHOTS")
                              ? qEnvironmentVariable("TRIPLEWIN_ROOM_SCREENSHOTS")
                              : temporary.path();

    Ui::WorkshopWindow workshop;
    Ui::PresenterView *presenter = workshop.present();
    QVERIFY(presenter);
    presenter->showNormal();
    presenter->resize(1366, 768);
    Core::RoomServer *room = workshop.room();
    // Three phones on one address (loopback): its request rate is that of a room, not of one phone.
    room->setLimits({Core::RoomVotes::DefaultMaxParticipants, 200, 400});
    QCOMPARE(presenter->openRoom(QHostAddress::LocalHost, 0), QString());
    QTest::keyClick(presenter, Qt::Key_Space);
    QCOMPARE(presenter->step(), Step::Guess);

    QProcess phones;
    QByteArray out;
    QByteArray errors;
    connect(&phones, &QProcess::readyReadStandardOutput, this, [&] { out += phones.readAllStandardOutput(); });
    connect(&phones, &QProcess::readyReadStandardError, this, [&] { errors += phones.readAllStandardError(); });
    // Debian's Python, with Debian's Selenium (not whichever python3 comes first in PATH).
    phones.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(TRIPLEWIN_SOURCE_DIR "/tests/browser/room_phones.py"), room->url().toString(), shots});
    const auto failed = [&] {
        return QStringLiteral("the phones stopped (%1): %2").arg(phones.errorString(), QString::fromUtf8(errors));
    };
    QTRY_VERIFY2_WITH_TIMEOUT(out.contains("VOTED") || phones.state() == QProcess::NotRunning, qPrintable(failed()),
                              120000);
    QVERIFY2(out.contains("VOTED"), qPrintable(failed()));

    // Ann: win everywhere, then lose for the first option's seller; anonymous: lose; Cem: even.
    const Core::RoomVotes &votes = room->votes();
    auto *counts = presenter->findChild<QLabel *>(QStringLiteral("roomCounts"));
    QTRY_COMPARE(counts->text(), QStringLiteral("3 joined · 3 answered"));
    QTRY_COMPARE(votes.count(0, Core::Party::You, Core::Result::Lose), 2);
    QCOMPARE(votes.count(0, Core::Party::You, Core::Result::Win), 0);
    QCOMPARE(votes.count(0, Core::Party::You, Core::Result::Even), 1);
    for (int option = 0; option < votes.optionCount(); ++option) {
        for (Core::Party party : Core::AllParties) {
            for (Core::Result answer : {Core::Result::Win, Core::Result::Even, Core::Result::Lose}) {
                const bool annChanged = option == 0 && party == Core::Party::You;
                const int expected = annChanged ? (answer == Core::Result::Lose ? 2 : answer == Core::Result::Even) : 1;
                QCOMPARE(votes.count(option, party, answer), expected);
            }
        }
    }

    // The result step closes the vote; the presenter shows the distribution, the phones the truth.
    QTest::keyClick(presenter, Qt::Key_Space);
    QCOMPARE(presenter->step(), Step::Reveal);
    const QString reveal = presenter->visibleText();
    QVERIFY2(reveal.contains(QStringLiteral("What the room thought (3 answered)")), qPrintable(reveal));
    QVERIFY2(reveal.contains(QStringLiteral("You: win 0, even 1, lose 2; it was ")), qPrintable(reveal));
    QVERIFY(presenter->grab().save(QDir(shots).filePath(QStringLiteral("room-presenter-result.png"))));
    phones.write("REVEALED\n");
    QTRY_VERIFY2_WITH_TIMEOUT(phones.state() == QProcess::NotRunning, "the phones did not finish", 60000);
    QVERIFY2(out.contains("DONE"), qPrintable(failed()));
    QCOMPARE(phones.exitCode(), 0);
    QVERIFY(QFileInfo::exists(QDir(shots).filePath(QStringLiteral("room-phone-result.png"))));
}

QTEST_MAIN(TestRoomBrowser)
#include "tst_roombrowser.moc"
