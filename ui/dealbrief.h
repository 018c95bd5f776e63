#pragma once

#include <core/domain/deal.h>
#include <QImage>
#include <QPageSize>
#include <QString>

class QTextDocument;

namespace Triplewin::Ui {

/// The one-page deal brief for a meeting (File ▸ Export Deal Brief…, `triplewin-cli brief`): the deal, the three
/// parties with the reference points the options are measured against, the options with each party's result and the
/// outcome, dominated and below-walk-away marks (optionanalysis.h), the chart of each party's surplus, and the
/// walk-away script's key lines where no option is a win/win. Written with Qt's own PDF writer (QPdfWriter); needs a
/// QGuiApplication (fonts), no widgets, so the command line can write it without a display (offscreen platform).
class DealBrief final
{
public:
    explicit DealBrief(const Core::Deal &deal);

    /// Writes the brief to @p path as a PDF of one page of @p pageSize (A4 or Letter); false and @p error (in plain
    /// words, naming the file) when it cannot. Written to a temporary file and renamed: a failure leaves no half file.
    bool writePdf(const QString &path, const QPageSize &pageSize, QString *error) const;

    /// The brief as rich text (what writePdf() lays out; tests and a preview read it).
    QString html() const;
    /// The chart of each party's surplus per option, drawn for print: @p width by @p height pixels, white ground.
    QImage chart(int width, int height) const;

    /// The page size people in the default locale's country use: Letter in the US and Canada, else A4.
    static QPageSize localPageSize();

private:
    /// Lays out html() on a page @p pageWidthPoints wide, with @p chartImage (chart(), a third of the page high).
    void fillDocument(QTextDocument *document, double pageWidthPoints, const QImage &chartImage) const;

    Core::Deal m_deal;
};

} // namespace Triplewin::Ui
