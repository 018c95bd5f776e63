#include "roomresultsview.h"

#include <core/workshop/roomvotes.h>
#include <QPainter>

namespace Triplewin::Ui {

using namespace Core;

RoomResultsView::RoomResultsView(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void RoomResultsView::setVotes(const RoomVotes &votes)
{
    m_answered = votes.answeredAny();
    m_options.clear();
    for (int option = 0; option < votes.optionCount(); ++option) {
        Option row;
        row.name = votes.optionName(option);
        for (Party party : AllParties) {
            Cell &cell = row.parties[std::size_t(partyIndex(party))];
            cell.truth = votes.truth(option, party);
            for (std::size_t i = 0; i < std::size(RoomAnswerOrder); ++i)
                cell.counts[i] = votes.count(option, party, RoomAnswerOrder[i]);
        }
        m_options << row;
    }
    setAccessibleName(tr("What the room thought"));
    setAccessibleDescription(text());
    updateGeometry();
    update();
}

QString RoomResultsView::text() const
{
    QStringList lines{tr("What the room thought (%n answered)", nullptr, m_answered)};
    for (const Option &option : m_options) {
        lines << option.name;
        for (Party party : AllParties) {
            const Cell &cell = option.parties[std::size_t(partyIndex(party))];
            QStringList counts;
            for (std::size_t i = 0; i < std::size(RoomAnswerOrder); ++i)
                counts << tr("%1 %2").arg(resultName(RoomAnswerOrder[i])).arg(cell.counts[i]);
            lines << tr("%1: %2; it was %3")
                         .arg(partyName(party), counts.join(QStringLiteral(", ")), resultName(cell.truth));
        }
    }
    return lines.join(u'\n');
}

QSize RoomResultsView::sizeHint() const
{
    const int rows = 2 + int(m_options.size()) * (1 + PartyCount);
    return {fontMetrics().averageCharWidth() * 48, rows * fontMetrics().height() * 3 / 2};
}

QFont RoomResultsView::fittedFont() const
{
    // The widget's font, smaller while the rows do not fit: labels, a bar of eight characters at least, "it was …".
    QFont fitted = font();
    for (int pixels = fitted.pixelSize() > 0 ? fitted.pixelSize() : QFontInfo(fitted).pixelSize(); pixels > 10;
         --pixels) {
        fitted.setPixelSize(pixels);
        const QFontMetrics metrics(fitted);
        int labels = 0;
        for (Party party : AllParties)
            labels = std::max(labels, metrics.horizontalAdvance(partyName(party)));
        const int needed = labels + metrics.horizontalAdvance(tr("it was %1").arg(resultName(Result::Even))) +
                           metrics.averageCharWidth() * 14;
        const int rows = 2 + int(m_options.size()) * (1 + PartyCount);
        if (needed <= width() && rows * metrics.height() * 3 / 2 <= height())
            break;
    }
    return fitted;
}

void RoomResultsView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFont regular = fittedFont();
    const QFontMetrics metrics(regular);
    const int row = metrics.height() * 3 / 2;
    const QColor text = palette().color(QPalette::WindowText);
    const QColor right(0x7e, 0xe0, 0x81); // the true answer: bright green, dark text on it
    const QColor wrong(0x5a, 0x5a, 0x5a); // the others: grey, light text on it
    QFont bold = regular;
    bold.setBold(true);

    int y = 0;
    painter.setFont(bold);
    painter.setPen(text);
    painter.drawText(QRect(0, y, width(), row), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("What the room thought (%n answered)", nullptr, m_answered));
    y += row;
    painter.setFont(regular);
    painter.drawText(
        QRect(0, y, width(), row), Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(tr("Each bar: %1, %2, %3 from left to right; the true answer in green")
                               .arg(resultName(Result::Win), resultName(Result::Even), resultName(Result::Lose)),
                           Qt::ElideRight, width()));
    y += row;
    int labelWidth = 0;
    for (Party party : AllParties)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(partyName(party)));
    labelWidth += metrics.averageCharWidth() * 2;
    int truthWidth = 0;
    for (Result answer : RoomAnswerOrder)
        truthWidth =
            std::max(truthWidth, QFontMetrics(bold).horizontalAdvance(tr("it was %1").arg(resultName(answer))));
    truthWidth += metrics.averageCharWidth() * 2;
    const int barLeft = labelWidth;
    const int barWidth = std::max(metrics.averageCharWidth() * 8, width() - labelWidth - truthWidth);

    for (const Option &option : m_options) {
        painter.setFont(bold);
        painter.setPen(text);
        painter.drawText(QRect(0, y, width(), row), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(option.name, Qt::ElideRight, width()));
        y += row;
        for (Party party : AllParties) {
            const Cell &cell = option.parties[std::size_t(partyIndex(party))];
            painter.setFont(regular);
            painter.setPen(text);
            painter.drawText(QRect(0, y, labelWidth, row), Qt::AlignLeft | Qt::AlignVCenter, partyName(party));
            const int total = cell.counts[0] + cell.counts[1] + cell.counts[2];
            const QRect bar(barLeft, y + row / 8, barWidth, row * 3 / 4);
            if (total == 0) {
                painter.setPen(wrong);
                painter.drawRect(bar);
            }
            int before = 0; // answers left of this segment
            for (std::size_t i = 0; i < std::size(RoomAnswerOrder) && total > 0; ++i) {
                const int n = cell.counts[i];
                const int left = bar.left() + bar.width() * before / total;
                before += n;
                const int w = bar.left() + bar.width() * before / total - left;
                if (n == 0)
                    continue;
                const QRect segment(left, bar.top(), w, bar.height());
                const bool isTruth = RoomAnswerOrder[i] == cell.truth;
                painter.fillRect(segment.adjusted(0, 0, -1, 0), isTruth ? right : wrong);
                painter.setFont(isTruth ? bold : regular);
                painter.setPen(isTruth ? Qt::black : QColor(0xf0, 0xf0, 0xf0));
                const QString full = tr("%1 %2").arg(resultName(RoomAnswerOrder[i])).arg(n);
                const QString label = metrics.horizontalAdvance(full) + 8 <= w ? full : QString::number(n);
                painter.drawText(segment, Qt::AlignCenter, label);
            }
            painter.setFont(bold);
            painter.setPen(text);
            painter.drawText(QRect(bar.right() + metrics.averageCharWidth(), y, truthWidth, row),
                             Qt::AlignLeft | Qt::AlignVCenter, tr("it was %1").arg(resultName(cell.truth)));
            y += row;
        }
    }
}

} // namespace Triplewin::Ui
