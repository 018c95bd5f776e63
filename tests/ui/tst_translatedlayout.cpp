// Every window and dialog in each of the four languages, rendered offscreen at 1280x720 (dialogs at their own size) on
// a screen of that size, at 100 %, 150 % and 200 % scaling (CTest runs it three times): no translated text is cut
// off. A label (plain or rich text, one line or wrapped), button, check box, radio button, tool button, combo box's
// chosen item, group box title, tab bar, column heading or field hint whose words need more room than the layout gave
// it fails the test, naming the window, the widget, the text and the pixels. (Not checked: table cells, whose data
// the views elide by design, and widgets squeezed to nothing, which are skipped as hidden.)

#include <core/domain/classification.h>
#include <core/i18n/translations.h>
#include <core/models/optionsbypartymodel.h>
#include <core/settings/profilesettings.h>
#include <core/storage/database.h>
#include <core/storage/dealrepository.h>
#include <core/workshop/scenariopack.h>
#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStyleOptionComboBox>
#include <QStyleOptionViewItem>
#include <QTabBar>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>
#include <ui/closedealdialog.h>
#include <ui/concessionledgerpanel.h>
#include <ui/dealeditor.h>
#include <ui/habitsettingsdialog.h>
#include <ui/mainwindow.h>
#include <ui/optionstable.h>
#include <ui/presenterview.h>
#include <ui/profiledialog.h>
#include <ui/roomdialog.h>
#include <ui/serverconnectdialog.h>
#include <ui/shortcutsdialog.h>
#include <ui/teamreviewwindow.h>
#include <ui/trashdialog.h>
#include <ui/walkawaywizard.h>
#include <ui/workshopwindow.h>

using namespace Triplewin;

namespace {

const QSize Screen(1280, 720);

QString nameOf(const QWidget *widget)
{
    QString name = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        name += u' ' + widget->objectName();
    else if (widget->parentWidget() && !widget->isWindow())
        name += QStringLiteral(" in ") + nameOf(widget->parentWidget()); // up to the first named one
    return name;
}

/// The width a single line of @p text needs in @p metrics (the widest line; mnemonics' '&' not drawn).
int textWidth(const QFontMetrics &metrics, QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    int widest = 0;
    for (const QString &line : text.split(u'\n'))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

/// What is cut off among the visible texts under @p root, one line each ("QLabel statusLabel: 'Kunde …' needs 210 px,
/// has 180").
QStringList clippedTexts(QWidget *root)
{
    QStringList found;
    const auto report = [&found](const QWidget *widget, const QString &text, int needs, int has) {
        found << QStringLiteral("%1: \"%2\" needs %3 px, has %4").arg(nameOf(widget), text).arg(needs).arg(has);
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisible() || widget->width() <= 1 || widget->height() <= 1)
            continue;
        QStyle *style = widget->style();
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->text().isEmpty())
                continue;
            // Rich text too (a bold heading): the label's own size hints measure it as it is drawn. A wrapped label
            // needs its longest word across and its lines down; another, its one line.
            if (label->minimumSizeHint().width() > label->width())
                report(label, label->text(), label->minimumSizeHint().width(), label->width());
            else if (label->wordWrap() && label->heightForWidth(label->width()) > label->height())
                report(label, label->text(), label->heightForWidth(label->width()), label->height());
        } else if (auto *push = qobject_cast<QPushButton *>(widget)) {
            if (push->text().isEmpty())
                continue;
            // The style's room for the words inside the button's frame, as it draws them.
            QStyleOptionButton option;
            option.initFrom(push);
            option.text = push->text();
            option.icon = push->icon();
            option.iconSize = push->iconSize();
            const int has = style->subElementRect(QStyle::SE_PushButtonContents, &option, push).width() -
                            (push->icon().isNull() ? 0 : push->iconSize().width() + 4) -
                            (push->menu() ? style->pixelMetric(QStyle::PM_MenuButtonIndicator, &option, push) : 0);
            const int needs = textWidth(push->fontMetrics(), push->text());
            if (needs > has)
                report(push, push->text(), needs, has);
        } else if (qobject_cast<QCheckBox *>(widget) || qobject_cast<QRadioButton *>(widget)) {
            auto *button = static_cast<QAbstractButton *>(widget);
            if (button->sizeHint().width() > button->width())
                report(button, button->text(), button->sizeHint().width(), button->width());
        } else if (auto *tool = qobject_cast<QToolButton *>(widget)) {
            if (tool->toolButtonStyle() != Qt::ToolButtonIconOnly && !tool->text().isEmpty() &&
                tool->sizeHint().width() > tool->width())
                report(tool, tool->text(), tool->sizeHint().width(), tool->width());
        } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            if (combo->isEditable() || combo->currentText().isEmpty())
                continue; // an editable one is a line edit inside, checked as one
            // The style's field for the chosen item's words, inside the frame and beside the arrow.
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.currentText = combo->currentText();
            option.frame = combo->hasFrame();
            const int has =
                style->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo).width() - 2 -
                (combo->itemIcon(combo->currentIndex()).isNull() ? 0 : combo->iconSize().width() + 4);
            const int needs = textWidth(combo->fontMetrics(), combo->currentText());
            if (needs > has)
                report(combo, combo->currentText(), needs, has);
        } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
            const int needs = textWidth(group->fontMetrics(), group->title()) + (group->isCheckable() ? 24 : 8);
            if (!group->title().isEmpty() && needs > group->width())
                report(group, group->title(), needs, group->width());
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            if (tabs->sizeHint().width() > tabs->width()) {
                QStringList titles;
                for (int i = 0; i < tabs->count(); ++i)
                    titles << tabs->tabText(i);
                report(tabs, titles.join(QStringLiteral(" | ")), tabs->sizeHint().width(), tabs->width());
            }
        } else if (auto *header = qobject_cast<QHeaderView *>(widget)) {
            if (header->orientation() != Qt::Horizontal || !header->model())
                continue;
            const int margin = 2 * style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            for (int section = 0; section < header->count(); ++section) {
                if (header->isSectionHidden(section))
                    continue;
                const QString text = header->model()->headerData(section, Qt::Horizontal).toString();
                int needs = textWidth(header->fontMetrics(), text) + margin;
                if (header->isSortIndicatorShown() && header->sortIndicatorSection() == section)
                    needs += style->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) + margin;
                if (!text.isEmpty() && needs > header->sectionSize(section))
                    report(header, text, needs, header->sectionSize(section));
            }
        } else if (auto *list = qobject_cast<QListView *>(widget)) {
            if (!list->model() || list->viewMode() != QListView::ListMode)
                continue;
            // Each item whole in the list's width: not wider than it (cut, or read by scrolling sideways), and, when it
            // wraps, as tall as its lines at that width.
            const int has = list->viewport()->width();
            for (int row = 0; row < list->model()->rowCount(); ++row) {
                const QModelIndex index = list->model()->index(row, list->modelColumn());
                const QString text = index.data().toString();
                const QRect rect = list->visualRect(index);
                QStyleOptionViewItem option;
                option.initFrom(list->viewport());
                option.font = list->font();
                option.fontMetrics = list->fontMetrics();
                option.rect = QRect(rect.topLeft(), QSize(std::min(rect.width(), has), rect.height()));
                option.textElideMode = list->textElideMode();
                if (list->wordWrap())
                    option.features |= QStyleOptionViewItem::WrapText;
                const QSize needs = list->itemDelegateForIndex(index)->sizeHint(option, index);
                if (rect.right() >= has || needs.width() > has)
                    report(list, text, std::max(rect.width(), needs.width()), has);
                else if (needs.height() > rect.height())
                    report(list, text, needs.height(), rect.height());
            }
        } else if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
            if (!edit->text().isEmpty() || edit->placeholderText().isEmpty() ||
                qobject_cast<QComboBox *>(edit->parent()))
                continue;
            // The frame, QLineEdit's own 2 px each side, the text margins and any icons inside (the clear button).
            int has = edit->width() - 2 * style->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, edit) - 4 -
                      edit->textMargins().left() - edit->textMargins().right();
            for (const QAction *action : edit->actions())
                if (action->isVisible() && !action->icon().isNull())
                    has -= edit->height();
            const int needs = textWidth(edit->fontMetrics(), edit->placeholderText());
            if (needs > has)
                report(edit, edit->placeholderText(), needs, has);
        }
    }
    return found;
}

/// Checks @p window as it is now and, in turn, with each page of each of its tab widgets shown.
QStringList clippedTextsOnEveryTab(QWidget *window)
{
    QStringList found = clippedTexts(window);
    const QList<QTabWidget *> tabWidgets = window->findChildren<QTabWidget *>();
    for (QTabWidget *tabs : tabWidgets) {
        if (!tabs->isVisible())
            continue;
        const int shown = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            found += clippedTexts(window);
        }
        tabs->setCurrentIndex(shown);
    }
    found.removeDuplicates();
    return found;
}

/// Shows @p window (at @p size if given) and waits until it is laid out. With TRIPLEWIN_LAYOUT_SHOTS set to a folder,
/// saves what it looks like there, to look at.
bool shown(QWidget *window, const QSize &size = QSize())
{
    if (size.isValid())
        window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return false;
    QTest::qWait(30); // queued layout requests and the coach's first read
    const QString shots = qEnvironmentVariable("TRIPLEWIN_LAYOUT_SHOTS");
    if (!shots.isEmpty())
        window->grab().save(
            QStringLiteral("%1/%2.png").arg(shots, QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
    return true;
}

} // namespace

class TestTranslatedLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void nothingIsCutOff_data();
    void nothingIsCutOff();

private:
    /// A database with the language's bundled scenarios (pending deals and their ended histories); the id of the
    /// first deal with interests and concessions.
    qint64 fillDatabase(Core::Database &database, const QLocale &locale);
    QStringList check(const QString &window, Core::Database &database, qint64 dealId, const Core::Deal &deal);

    QTemporaryDir m_dir;
};

void TestTranslatedLayout::initTestCase()
{
    // A screen of at least 1280x720 logical pixels (CTest gives the offscreen platform one, tests/ui/screens): on a
    // smaller one windows are fitted to it and dialogs open at most two thirds of it, another test than this one.
    const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
    QVERIFY2(screen.width() >= Screen.width() && screen.height() >= Screen.height(),
             qPrintable(QStringLiteral("the screen is %1x%2 logical pixels; run with "
                                       "QT_QPA_PLATFORM=offscreen:configfile=tests/ui/screens/1280x720.json")
                            .arg(screen.width())
                            .arg(screen.height())));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    Core::ProfileSettings::setSalespersonName(QStringLiteral("Dana"));
}

void TestTranslatedLayout::cleanupTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Core::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestTranslatedLayout::nothingIsCutOff_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("window");
    const QStringList windows = {
        QStringLiteral("main window"),
        QStringLiteral("empty main window"),
        QStringLiteral("team review"),
        QStringLiteral("workshop"),
        QStringLiteral("presenter"),
        QStringLiteral("close deal"),
        QStringLiteral("concession"),
        QStringLiteral("habit settings"),
        QStringLiteral("profile"),
        QStringLiteral("room"),
        QStringLiteral("team server"),
        QStringLiteral("trash"),
        QStringLiteral("keyboard shortcuts"),
        QStringLiteral("walk-away"),
    };
    for (const QString &language : Core::availableLanguages())
        for (const QString &window : windows)
            QTest::addRow("%s %s", qPrintable(language), qPrintable(window)) << language << window;
}

qint64 TestTranslatedLayout::fillDatabase(Core::Database &database, const QLocale &locale)
{
    const Core::ScenarioPackRead read = Core::readScenarioPackFile(Core::bundledScenarioPackPath(locale));
    if (!read.pack)
        return 0;
    Core::DealRepository repository(database);
    qint64 chosen = 0;
    for (const Core::Scenario &scenario : read.pack->scenarios) {
        for (Core::Deal ended : scenario.history) {
            ended.salesperson = QStringLiteral("Dana");
            if (!repository.save(ended).ok())
                return 0;
        }
        Core::Deal deal = scenario.deal;
        deal.salesperson = QStringLiteral("Dana");
        const Core::Expected<Core::Deal> saved = repository.save(deal);
        if (!saved.ok())
            return 0;
        if (chosen == 0 && !deal.concessions.isEmpty())
            chosen = saved.value().id;
    }
    return chosen;
}

void TestTranslatedLayout::nothingIsCutOff()
{
    QFETCH(QString, language);
    QFETCH(QString, window);
    const QLocale locale(language);
    QLocale::setDefault(locale);
    Core::installTranslations(*QCoreApplication::instance(), locale);

    Core::Database database;
    QVERIFY(database.open(m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(language, window))).ok());
    const qint64 dealId = fillDatabase(database, locale);
    QVERIFY(dealId > 0);
    const Core::Expected<Core::Deal> deal = Core::DealRepository(database).load(dealId);
    QVERIFY(deal.ok());

    const QStringList cut = check(window, database, dealId, deal.value());
    QVERIFY2(cut.isEmpty(), qPrintable(QStringLiteral("%1 text(s) cut off in %2 (%3):\n  %4")
                                           .arg(cut.size())
                                           .arg(window, language, cut.join(QStringLiteral("\n  ")))));
}

QStringList TestTranslatedLayout::check(const QString &window, Core::Database &database, qint64 dealId,
                                        const Core::Deal &deal)
{
    const auto failed = [](const QString &why) { return QStringList{why}; };
    if (window == QLatin1String("main window") || window == QLatin1String("empty main window")) {
        Ui::MainWindow main(database);
        if (window == QLatin1String("main window") && !main.openDeal(dealId))
            return failed(QStringLiteral("the deal did not open"));
        if (!shown(&main, Screen))
            return failed(QStringLiteral("not shown"));
        if (main.size() != Screen)
            return failed(
                QStringLiteral("the window is %1x%2, larger than the screen").arg(main.width()).arg(main.height()));
        QStringList found = clippedTextsOnEveryTab(&main);
        // The outcome's badge under each option's name, drawn in bold in the option's column less 4 px each side:
        // every outcome's word read whole in it (the column narrows where the table has little room).
        if (window == QLatin1String("main window")) {
            const QTableView *options = main.editor()->optionsTable()->view();
            QFont bold = options->font();
            bold.setBold(true);
            const int room = options->columnWidth(Core::OptionsByPartyModel::OptionColumn) - 8;
            for (Core::Outcome outcome : Core::AllOutcomes) {
                const QString word = Core::outcomeName(outcome);
                const int needed = QFontMetrics(bold).horizontalAdvance(word);
                if (needed > room)
                    found << QStringLiteral("options table: the outcome badge \"%1\" needs %2 px, has %3")
                                 .arg(word)
                                 .arg(needed)
                                 .arg(room);
            }
        }
        return found;
    }
    if (window == QLatin1String("team review")) {
        Ui::TeamReviewWindow review(database, QStringLiteral("Morgan"));
        if (!shown(&review, Screen))
            return failed(QStringLiteral("not shown"));
        if (!QTest::qWaitFor([&review] { return !review.isReadingDashboard(); }, 10000)) // read on a worker
            return failed(QStringLiteral("the dashboard was not read"));
        return clippedTextsOnEveryTab(&review);
    }
    if (window == QLatin1String("workshop")) {
        Ui::WorkshopWindow workshop;
        if (!shown(&workshop, Screen))
            return failed(QStringLiteral("not shown"));
        return clippedTextsOnEveryTab(&workshop);
    }
    if (window == QLatin1String("presenter")) {
        const Core::ScenarioPackRead read = Core::readScenarioPackFile(Core::bundledScenarioPackPath());
        if (!read.pack)
            return failed(QStringLiteral("no bundled pack"));
        Ui::PresenterView presenter(read.pack->scenarios);
        if (!shown(&presenter, Screen))
            return failed(QStringLiteral("not shown"));
        QStringList found;
        for (int step = 0; step < Ui::PresenterView::StepCount; ++step) {
            found += clippedTexts(&presenter);
            QTest::keyClick(&presenter, Qt::Key_Space);
        }
        found.removeDuplicates();
        return found;
    }

    // Dialogs, at the size they open with. What a dialog uses is declared before it, so it outlives the dialog.
    std::unique_ptr<Core::DealRepository> repository;
    std::unique_ptr<Ui::MainWindow> main;
    std::unique_ptr<QWidget> dialog;
    if (window == QLatin1String("close deal")) {
        dialog = std::make_unique<Ui::CloseDealDialog>(deal);
    } else if (window == QLatin1String("concession")) {
        dialog = std::make_unique<Ui::ConcessionDialog>(deal.concessions.constFirst(), deal.currency);
    } else if (window == QLatin1String("habit settings")) {
        dialog = std::make_unique<Ui::HabitSettingsDialog>();
    } else if (window == QLatin1String("profile")) {
        dialog = std::make_unique<Ui::ProfileDialog>(QStringLiteral("Dana"), Ui::ProfileDialog::Purpose::FirstStart);
    } else if (window == QLatin1String("room")) {
        dialog = std::make_unique<Ui::RoomDialog>();
    } else if (window == QLatin1String("team server")) {
        dialog = std::make_unique<Ui::ServerConnectDialog>();
    } else if (window == QLatin1String("trash")) {
        repository = std::make_unique<Core::DealRepository>(database);
        dialog = std::make_unique<Ui::TrashDialog>(*repository);
    } else if (window == QLatin1String("keyboard shortcuts")) {
        main = std::make_unique<Ui::MainWindow>(database); // its menus, translated
        dialog = std::make_unique<Ui::ShortcutsDialog>(main->menuBar());
    } else if (window == QLatin1String("walk-away")) {
        auto wizard = std::make_unique<Ui::WalkAwayWizard>(deal, std::nullopt);
        if (!shown(wizard.get()))
            return failed(QStringLiteral("not shown"));
        QStringList found;
        QList<int> visited{wizard->currentId()};
        while (!wizard->button(QWizard::FinishButton)->isVisible()) {
            found += clippedTexts(wizard.get());
            wizard->next();
            QCoreApplication::processEvents();
            if (visited.contains(wizard->currentId()))
                return failed(QStringLiteral("the wizard did not go on from page %1").arg(wizard->currentId()));
            visited << wizard->currentId();
        }
        found += clippedTexts(wizard.get());
        found.removeDuplicates();
        return found;
    } else {
        return failed(QStringLiteral("unknown window"));
    }
    if (!shown(dialog.get()))
        return failed(QStringLiteral("not shown"));
    if (dialog->width() > Screen.width() || dialog->height() > Screen.height())
        return failed(
            QStringLiteral("the dialog is %1x%2, larger than the screen").arg(dialog->width()).arg(dialog->height()));
    return clippedTextsOnEveryTab(dialog.get());
}

QTEST_MAIN(TestTranslatedLayout)
#include "tst_translatedlayout.moc"
