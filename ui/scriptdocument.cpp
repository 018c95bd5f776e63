#include "scriptdocument.h"

#include <QCoreApplication>
#include <QFile>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>

namespace Triplewin::Ui {

ScriptDocument::ScriptDocument(QString title, QString text)
    : m_title(std::move(title))
    , m_text(std::move(text))
{}

void ScriptDocument::fill(QTextDocument *document) const
{
    QFont font = document->defaultFont();
    font.setPointSizeF(11);
    document->setDefaultFont(font);
    QTextCursor cursor(document);
    QTextCharFormat heading;
    heading.setFontPointSize(16);
    heading.setFontWeight(QFont::Bold);
    cursor.insertText(m_title, heading);
    cursor.insertBlock();
    cursor.insertBlock();
    cursor.insertText(m_text, QTextCharFormat());
}

bool ScriptDocument::exportPdf(const QString &path, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("Triplewin::Ui::ScriptDocument", "Cannot write “%1”: %2.")
                     .arg(path, file.errorString());
        return false;
    }
    QPdfWriter writer(&file);
    writer.setTitle(m_title);
    writer.setCreator(QStringLiteral("Triplewin"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    QTextDocument document;
    fill(&document);
    document.print(&writer);
    return true;
}

void ScriptDocument::print(QPagedPaintDevice *device) const
{
    QTextDocument document;
    fill(&document);
    document.print(device);
}

} // namespace Triplewin::Ui
