#include "workshopwindow.h"

#include "accessiblenames.h"
#include "dealeditor.h"
#include "messagebar.h"
#include "optionstable.h"
#include "presenterview.h"
#include "screenfit.h"
#include "valuechartview.h"
#include "walkawaywizard.h"
#include "workshop/roomserver.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Triplewin::Ui {

using namespace Core;

namespace {

QPlainTextEdit *textBox(QWidget *parent, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

} // namespace

WorkshopWindow::WorkshopWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoStack(new QUndoStack(this))
    , m_messageBar(new MessageBar(this))
    , m_list(new QListWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_editor(new DealEditor(m_undoStack, this))
    , m_title(new QLineEdit(this))
    , m_summary(textBox(this, 3))
    , m_lesson(textBox(this, 2))
    , m_debrief(textBox(this, 4))
    , m_chart(new ValueChartView(this))
    , m_room(new RoomServer(this))
{
    setObjectName(QStringLiteral("workshopWindow"));
    auto *banner = new QLabel(tr("<b>Workshop mode</b> — a sandbox in memory. Your own deals are not shown and "
                                 "not changed. Press F5 to present; close this window to leave."),
                              this);
    banner->setWordWrap(true);
    banner->setObjectName(QStringLiteral("workshopBanner"));
    banner->setMargin(6);

    m_list->setObjectName(QStringLiteral("scenarioList"));
    m_list->setAccessibleName(tr("Scenarios"));
    m_tabs->setAccessibleName(tr("Scenario"));
    m_list->setMinimumWidth(220);
    // A title longer than the list is wide goes on a second line, read whole on a projector (German titles were cut).
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSpacing(2); // a title on two lines reads as one item

    // Story, roles and debrief: the texts a trainer writes around the deal.
    auto *texts = new QWidget(this);
    auto *form = new QFormLayout(texts);
    form->addRow(tr("Scenario &title:"), m_title);
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(tr("&Lesson:"), m_lesson);
    for (Party party : AllParties) {
        const auto i = std::size_t(partyIndex(party));
        auto *group = new QGroupBox(tr("Role card: %1").arg(roleName(party)), texts);
        auto *roleForm = new QFormLayout(group);
        m_roleNames[i] = new QLineEdit(group);
        m_roleBriefs[i] = textBox(group, 2);
        m_roleSecrets[i] = textBox(group, 2);
        roleForm->addRow(tr("Name:"), m_roleNames[i]);
        roleForm->addRow(tr("Brief:"), m_roleBriefs[i]);
        roleForm->addRow(tr("Confidential:"), m_roleSecrets[i]);
        // Three forms with the same labels: a screen reader needs to hear which role each field is for.
        m_roleNames[i]->setAccessibleName(tr("%1: name").arg(roleName(party)));
        m_roleBriefs[i]->setAccessibleName(tr("%1: brief").arg(roleName(party)));
        m_roleSecrets[i]->setAccessibleName(tr("%1: confidential notes").arg(roleName(party)));
        form->addRow(group);
    }
    m_debrief->setPlaceholderText(tr("One question per line"));
    form->addRow(tr("&Debrief questions:"), m_debrief);
    auto *textsScroll = new QScrollArea(this);
    textsScroll->setAccessibleName(tr("Story, roles and debrief"));
    textsScroll->setWidget(texts);
    textsScroll->setWidgetResizable(true);

    m_tabs->addTab(m_editor, tr("Deal and Options"));
    m_tabs->addTab(m_chart, tr("Chart"));
    m_tabs->addTab(textsScroll, tr("Story, Roles and Debrief"));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(banner);
    layout->addWidget(m_messageBar);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    const auto markModified = [this] {
        if (!m_loadingTexts && !m_modified) {
            m_modified = true;
            updateTitle();
        }
    };
    connect(m_title, &QLineEdit::textEdited, this, markModified);
    for (QPlainTextEdit *edit : {m_summary, m_lesson, m_debrief})
        connect(edit, &QPlainTextEdit::textChanged, this, markModified);
    for (Party party : AllParties) {
        const auto i = std::size_t(partyIndex(party));
        connect(m_roleNames[i], &QLineEdit::textEdited, this, markModified);
        connect(m_roleBriefs[i], &QPlainTextEdit::textChanged, this, markModified);
        connect(m_roleSecrets[i], &QPlainTextEdit::textChanged, this, markModified);
    }
    connect(m_editor, &DealEditor::edited, this, markModified);
    connect(m_editor, &DealEditor::edited, this, &WorkshopWindow::updateChart);
    // "Prepare a Transparent Walk-Away…" under a deal with no win/win: the trainer walks the room through the script;
    // in the sandbox nothing is recorded.
    connect(m_editor, &DealEditor::walkAwayRequested, this, [this] {
        WalkAwayWizard wizard(m_editor->deal(), std::nullopt, this);
        if (wizard.exec() == QDialog::Accepted && wizard.recordRequested())
            statusBar()->showMessage(tr("Workshop mode: the walk-away is rehearsed, not recorded."), 6000);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == m_shown || row < 0)
            return;
        if (!commitEdits()) {
            const QSignalBlocker blocker(m_list);
            m_list->setCurrentRow(m_shown);
            return;
        }
        showScenario(row);
    });

    createActions();
    resizeWithinScreen(this, QSize(1200, 800));
    openPack(QString());
}

WorkshopWindow::~WorkshopWindow()
{
    // As in ~MainWindow: an open cell editor commits while ~QWidget closes the window; not into this one.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        disconnect(child, nullptr, this, nullptr);
    delete m_presenter;
}

void WorkshopWindow::createActions()
{
    QMenu *workshop = menuBar()->addMenu(tr("&Workshop"));
    QToolBar *toolBar = addToolBar(tr("Workshop"));
    toolBar->setObjectName(QStringLiteral("workshopToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    nameToolBarExtension(toolBar);

    QAction *present = workshop->addAction(tr("&Present"), this, [this] { this->present(); });
    present->setShortcut(Qt::Key_F5);
    present->setStatusTip(tr("Show the selected scenario full screen for the room"));
    toolBar->addAction(present);
    workshop->addSeparator();
    QAction *importAction = workshop->addAction(tr("&Import Pack…"), this, &WorkshopWindow::importPack);
    importAction->setShortcut(QKeySequence::Open);
    toolBar->addAction(importAction);
    QAction *save = workshop->addAction(tr("&Save Pack"), this, [this] { savePack(); });
    save->setShortcut(QKeySequence::Save);
    toolBar->addAction(save);
    QAction *exportAction = workshop->addAction(tr("&Export Pack…"), this, [this] { exportPack(); });
    exportAction->setShortcut(QKeySequence::SaveAs);
    toolBar->addAction(exportAction);
    QAction *bundled = workshop->addAction(tr("Open the &Bundled Scenarios"), this, [this] {
        if (maybeSavePack())
            openPack(QString());
    });
    Q_UNUSED(bundled)
    QAction *results = workshop->addAction(tr("Export &Room Results…"), this, &WorkshopWindow::exportRoomResults);
    results->setStatusTip(tr("Save what the room answered on its phones, as CSV or JSON"));
    workshop->addSeparator();
    QAction *leave = workshop->addAction(tr("&Leave Workshop Mode"), this, &QWidget::close);
    leave->setShortcut(QKeySequence::Close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
}

bool WorkshopWindow::openPack(const QString &path)
{
    const QString source = path.isEmpty() ? bundledScenarioPackPath() : path;
    const ScenarioPackRead read = readScenarioPackFile(source);
    if (!read.pack) {
        reportError(tr("The scenario pack was not opened; the current pack is unchanged.\n%1").arg(read.error.text()));
        return false;
    }
    if (const StorageError error = m_sandbox.load(*read.pack)) {
        reportError(tr("The scenario pack could not be loaded into the workshop; the current pack is "
                       "unchanged.\n%1")
                        .arg(error.fullText()));
        return false;
    }
    m_packPath = path;
    m_modified = false;
    m_shown = -1;
    m_undoStack->clear();
    m_messageBar->hide();
    m_lastError.clear();
    reloadList();
    showScenario(0);
    updateTitle();
    return true;
}

void WorkshopWindow::reloadList()
{
    const QSignalBlocker blocker(m_list);
    const int row = std::max(0, m_shown);
    m_list->clear();
    for (const Scenario &scenario : m_sandbox.pack().scenarios)
        m_list->addItem(scenario.title);
    m_list->setCurrentRow(row);
}

void WorkshopWindow::showScenario(int index)
{
    const Expected<Scenario> scenario = m_sandbox.scenario(index);
    if (!scenario.ok()) {
        reportError(scenario.error().fullText());
        return;
    }
    m_shown = index;
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(index);
    }
    m_loadingTexts = true;
    const Expected<Deal> deal = m_sandbox.repository().load(m_sandbox.dealId(index));
    if (deal.ok())
        m_editor->setDeal(deal.value());
    updateChart();
    const Scenario &texts = scenario.value();
    m_title->setText(texts.title);
    m_summary->setPlainText(texts.summary);
    m_lesson->setPlainText(texts.lesson);
    for (Party party : AllParties) {
        const auto i = std::size_t(partyIndex(party));
        m_roleNames[i]->setText(texts.role(party).name);
        m_roleBriefs[i]->setPlainText(texts.role(party).brief);
        m_roleSecrets[i]->setPlainText(texts.role(party).confidential);
    }
    m_debrief->setPlainText(texts.debrief.join(u'\n'));
    m_loadingTexts = false;
    m_undoStack->clear();
}

bool WorkshopWindow::commitEdits()
{
    if (m_shown < 0)
        return true;
    // An amount still being typed in the options table is committed first (or refused, with the reason shown).
    if (!m_editor->optionsTable()->commitPendingEdit())
        return false;
    // The deal goes into the sandbox database; the texts into the sandbox's pack.
    const Deal edited = m_editor->deal();
    const Expected<Deal> stored = m_sandbox.repository().load(m_sandbox.dealId(m_shown));
    if (stored.ok() && !edited.sameContentAs(stored.value())) {
        if (!m_editor->validate())
            return false;
        const Expected<Deal> saved = m_sandbox.repository().save(edited);
        if (!saved.ok()) {
            m_editor->showMessage(saved.error().message);
            return false;
        }
        m_editor->setDeal(saved.value());
    }
    Scenario texts = m_sandbox.pack().scenarios.at(m_shown);
    const QString title = m_title->text().trimmed();
    if (title.isEmpty()) {
        m_tabs->setCurrentIndex(2);
        m_title->setFocus();
        reportError(tr("Give the scenario a title."));
        return false;
    }
    texts.title = title;
    texts.summary = m_summary->toPlainText().trimmed();
    texts.lesson = m_lesson->toPlainText().trimmed();
    for (Party party : AllParties) {
        const auto i = std::size_t(partyIndex(party));
        RoleCard &card = texts.roles[i];
        card.name = m_roleNames[i]->text().trimmed();
        card.brief = m_roleBriefs[i]->toPlainText().trimmed();
        card.confidential = m_roleSecrets[i]->toPlainText().trimmed();
    }
    texts.debrief.clear();
    for (const QString &line : m_debrief->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            texts.debrief << line.trimmed();
    }
    m_sandbox.setScenario(m_shown, texts);
    if (QListWidgetItem *item = m_list->item(m_shown))
        item->setText(texts.title);
    return true;
}

PresenterView *WorkshopWindow::present()
{
    if (!commitEdits())
        return nullptr;
    const Expected<ScenarioPack> pack = m_sandbox.currentPack();
    if (!pack.ok()) {
        reportError(pack.error().fullText());
        return nullptr;
    }
    delete m_presenter;
    m_presenter = new PresenterView(pack.value().scenarios, std::max(0, m_shown), m_room);
    m_presenter->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_presenter, &PresenterView::leaveRequested, m_presenter, &QWidget::close);
    m_presenter->showFullScreen();
    m_presenter->activateWindow();
    m_presenter->setFocus();
    return m_presenter;
}

bool WorkshopWindow::savePackAs(const QString &path)
{
    if (!commitEdits())
        return false;
    const Expected<ScenarioPack> pack = m_sandbox.currentPack();
    if (!pack.ok()) {
        reportError(pack.error().fullText());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(writeScenarioPack(pack.value())) < 0 || !file.commit()) {
        reportError(tr("The pack was not saved to “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_packPath = path;
    m_modified = false;
    updateTitle();
    statusBar()->showMessage(tr("Saved the pack to %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void WorkshopWindow::exportRoomResults()
{
    if (!m_room->votes().hasQuestion()) {
        reportError(tr("The room has no results yet: open the room in the presenter (R) and let it vote on a "
                       "scenario's guess step."));
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Room Results"), QDir(folder).filePath(QStringLiteral("workshop-room-results.csv")),
        tr("CSV files (*.csv);;JSON files (*.json)"));
    if (!path.isEmpty())
        exportRoomResultsTo(path);
}

bool WorkshopWindow::exportRoomResultsTo(const QString &path)
{
    const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(json ? m_room->votes().resultsJson() : m_room->votes().resultsCsv()) < 0 || !file.commit()) {
        reportError(tr("The room's results were not saved to “%1”: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    statusBar()->showMessage(tr("Saved the room's results to %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool WorkshopWindow::savePack()
{
    // The bundled pack is part of the program: saving it asks for a file of the trainer's own.
    if (m_packPath.isEmpty())
        return exportPack();
    return savePackAs(m_packPath);
}

bool WorkshopWindow::exportPack()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Scenario Pack"),
        m_packPath.isEmpty() ? QDir(folder).filePath(QStringLiteral("workshop-scenarios.json")) : m_packPath,
        tr("Scenario packs (*.json)"));
    return !path.isEmpty() && savePackAs(path);
}

void WorkshopWindow::importPack()
{
    if (!maybeSavePack())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Scenario Pack"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Scenario packs (*.json);;All files (*)"));
    if (!path.isEmpty())
        openPack(path);
}

bool WorkshopWindow::maybeSavePack()
{
    if (!commitEdits())
        return false;
    if (!m_modified)
        return true;
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, tr("Save the Scenario Pack?"), tr("The scenarios were edited in this workshop. Save the pack first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return savePack();
    return answer == QMessageBox::Discard;
}

void WorkshopWindow::updateChart()
{
    const Deal deal = m_editor->deal();
    m_chart->setOptions(deal.options, deal.currency);
}

void WorkshopWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Triplewin Workshop").arg(m_sandbox.pack().title));
    setWindowModified(m_modified);
}

void WorkshopWindow::reportError(const QString &message)
{
    m_lastError = message;
    m_messageBar->showMessage(message);
}

PresenterView *WorkshopWindow::presenter() const
{
    return m_presenter;
}

int WorkshopWindow::currentScenario() const
{
    return m_shown;
}

void WorkshopWindow::selectScenario(int index)
{
    m_list->setCurrentRow(index);
}

void WorkshopWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSavePack()) {
        event->ignore();
        return;
    }
    if (m_presenter)
        m_presenter->close();
    event->accept();
    Q_EMIT left();
}

} // namespace Triplewin::Ui
