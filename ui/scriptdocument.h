#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
class QTextDocument;
QT_END_NAMESPACE

namespace Triplewin::Ui {

/// Lays out a walk-away script for paper: a title, then the text. Shared by printing and PDF export.
class ScriptDocument final
{
public:
    ScriptDocument(QString title, QString text);

    /// Writes a PDF to @p path (the deal's title in its metadata); false with @p error set on failure.
    bool exportPdf(const QString &path, QString *error) const;
    /// Prints on @p device (a QPrinter).
    void print(QPagedPaintDevice *device) const;

private:
    void fill(QTextDocument *document) const;

    QString m_title;
    QString m_text;
};

} // namespace Triplewin::Ui
