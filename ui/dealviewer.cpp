#include "dealviewer.h"

#include "dealeditor.h"
#include "optionsdelegate.h"
#include "screenfit.h"
#include "valuechartview.h"

#include <core/domain/endingreason.h>
#include <core/domain/optionanalysis.h>
#include <core/models/optionsmodel.h>
#include <core/storage/dealrepository.h>
#include <core/storage/noterepository.h>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Triplewin::Ui {

using namespace Core;

DealViewer::DealViewer(Database &database, qint64 dealId, const QString &author, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_dealId(dealId)
    , m_author(author)
{
    DealRepository repository(database);
    const Expected<Deal> loaded = repository.load(dealId);
    if (!loaded.ok()) {
        m_error = loaded.error().fullText();
        return;
    }
    m_valid = true;
    const Deal &deal = loaded.value();
    setWindowTitle(tr("%1 (read-only)").arg(deal.title));
    resizeWithinScreen(this, QSize(1000, 760));

    const QLocale locale;
    QString summary =
        tr("<h3>%1</h3><p>%2 · salesperson %3 · %4 · expected close %5</p>")
            .arg(deal.title.toHtmlEscaped(),
                 deal.customer.trimmed().isEmpty() ? tr("no customer named") : deal.customer.toHtmlEscaped(),
                 deal.salesperson.trimmed().isEmpty() ? tr("not named") : deal.salesperson.toHtmlEscaped(),
                 statusName(deal.status),
                 deal.expectedClose.isValid() ? locale.toString(deal.expectedClose, QLocale::ShortFormat)
                                              : tr("not set"));
    if (deal.ending) {
        const QString when = locale.toString(deal.ending->at.toLocalTime().date(), QLocale::ShortFormat);
        const QString onWhenBy = deal.ending->by.trimmed().isEmpty()
                                     ? tr("on %1").arg(when)
                                     : tr("on %1 by %2").arg(when, deal.ending->by.toHtmlEscaped());
        summary += deal.ending->walkedAway
                       ? tr("<p>Walked away transparently %1.</p>").arg(onWhenBy)
                       : tr("<p>Closed %1 with “%2”: <b>%3</b>.</p>")
                             .arg(onWhenBy, deal.ending->optionName.toHtmlEscaped(), outcomeName(deal.ending->outcome));
    }
    if (deal.ending) {
        if (const QString why = endingReasonSentence({deal.ending->reason, deal.ending->reasonNote}); !why.isEmpty())
            summary += QStringLiteral("<p>%1</p>").arg(why.toHtmlEscaped());
    }
    if (deal.ending && !deal.ending->walkedAway) {
        if (const QString left = valueLeftOnTableText(deal.options, deal.ending->optionId); !left.isEmpty())
            summary += QStringLiteral("<p>%1</p>").arg(left.toHtmlEscaped());
    }
    // The closings, walk-aways and reopenings, with the reason given where the closing gate asked for one.
    if (const Expected<QList<DealEvent>> history = repository.history(dealId); !history.ok())
        summary += QStringLiteral("<p>%1</p>").arg(history.error().fullText().toHtmlEscaped());
    else if (!history.value().isEmpty())
        summary += QStringLiteral("<p>%1</p>").arg(DealEditor::historyText(history.value()));
    if (!deal.notes.isEmpty())
        summary += QStringLiteral("<p><i>%1</i></p>").arg(deal.notes.toHtmlEscaped());
    // What the salesperson prepared about each party, read-only.
    for (Party party : AllParties) {
        const QString prepared = preparationSummary(party, deal.preparation[std::size_t(partyIndex(party))]);
        if (!prepared.isEmpty())
            summary += QStringLiteral("<p><b>%1:</b> %2</p>").arg(partyName(party), prepared.toHtmlEscaped());
    }
    // The concession ledger, unreciprocated concessions said as such.
    if (!deal.concessions.isEmpty()) {
        summary += QStringLiteral("<p><b>%1</b></p><ul>")
                       .arg(tr("Concessions (%n given for nothing in return):", nullptr,
                               Core::unreciprocatedCount(deal.concessions)));
        for (const Core::Concession &concession : deal.concessions) {
            const QString sentence = Core::concessionSentence(concession, deal.currency).toHtmlEscaped();
            summary +=
                QStringLiteral("<li>%1</li>")
                    .arg(Core::isUnreciprocated(concession) ? QStringLiteral("<b>%1</b>").arg(sentence) : sentence);
        }
        summary += QStringLiteral("</ul>");
    }
    auto *header = new QLabel(summary, this);
    header->setObjectName(QStringLiteral("dealSummary"));
    header->setWordWrap(true);

    auto *options = new OptionsModel(this);
    options->setOptions(deal.options);
    auto *table = new QTableView(this);
    table->setAccessibleName(tr("Options"));
    table->setModel(options);
    table->setItemDelegate(new OptionsDelegate(table));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *chart = new ValueChartView(this);
    chart->setOptions(deal.options, deal.currency);

    m_notes = new QTextBrowser(this);
    m_notes->setObjectName(QStringLiteral("coachingNotes"));
    m_notes->setAccessibleName(tr("Coaching notes"));
    m_newNote = new QPlainTextEdit(this);
    m_newNote->setObjectName(QStringLiteral("newNote"));
    m_newNote->setAccessibleName(tr("New coaching note"));
    m_newNote->setPlaceholderText(tr("A coaching note for %1").arg(deal.salesperson));
    m_newNote->setMaximumHeight(m_newNote->fontMetrics().lineSpacing() * 4 + 12);
    auto *add = new QPushButton(tr("&Add Note"), this);
    add->setObjectName(QStringLiteral("addNote"));

    auto *notesBox = new QWidget(this);
    auto *notesLayout = new QVBoxLayout(notesBox);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    notesLayout->addWidget(new QLabel(tr("<b>Coaching notes</b> (the salesperson sees them on the deal)"), notesBox));
    notesLayout->addWidget(m_notes, 1);
    notesLayout->addWidget(m_newNote);
    notesLayout->addWidget(add, 0, Qt::AlignRight);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(table);
    split->addWidget(chart);
    split->addWidget(notesBox);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &DealViewer::addNote);
    showNotes();
}

void DealViewer::showNotes()
{
    const Expected<QList<CoachingNote>> notes = NoteRepository(m_database).notes(m_dealId);
    if (!notes.ok()) {
        m_notes->setPlainText(notes.error().fullText());
        return;
    }
    if (notes.value().isEmpty()) {
        m_notes->setPlainText(tr("No coaching notes yet."));
        return;
    }
    QString html;
    const QLocale locale;
    for (const CoachingNote &note : notes.value())
        html +=
            QStringLiteral("<p><b>%1</b>, %2:<br>%3</p>")
                .arg(note.author.toHtmlEscaped(), locale.toString(note.createdAt.toLocalTime(), QLocale::ShortFormat),
                     note.text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    m_notes->setHtml(html);
}

bool DealViewer::addNote()
{
    const Expected<CoachingNote> added = NoteRepository(m_database).add(m_dealId, m_author, m_newNote->toPlainText());
    if (!added.ok()) {
        QMessageBox::warning(this, tr("Add Note"), added.error().fullText());
        return false;
    }
    m_newNote->clear();
    showNotes();
    return true;
}

QString DealViewer::notesText() const
{
    return m_notes ? m_notes->toPlainText() : QString();
}

} // namespace Triplewin::Ui
