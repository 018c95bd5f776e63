#include "emptystatepage.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Triplewin::Ui {

EmptyStatePage::EmptyStatePage(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_text(new QLabel(this))
{
    // Plain text in two labels rather than one rich-text label: Qt lays rich text out through a QTextDocument at
    // every width the layout tries, which cost a twentieth of the start-up to first paint (issue 14).
    m_heading->setObjectName(QStringLiteral("emptyState"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setAlignment(Qt::AlignCenter);
    QFont larger = m_heading->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.25);
    m_text->setFont(larger);
    larger.setBold(true);
    m_heading->setFont(larger);
    m_text->setObjectName(QStringLiteral("emptyStateHint"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    // At most a comfortable line length, but narrower on a small screen (a fixed 620 made the main window wider
    // than 933 logical pixels: a 1400x900 screen at 150 %).
    m_text->setMaximumWidth(620);
    m_text->setMinimumWidth(260);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *button = new QPushButton(QIcon(QStringLiteral(":/icons/new.svg")), tr("&New Deal"), this);
    button->setObjectName(QStringLiteral("emptyNewDeal"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_heading, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    auto *textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(m_text, 10);
    textRow->addStretch();
    layout->addLayout(textRow);
    layout->addSpacing(12);
    layout->addWidget(button, 0, Qt::AlignHCenter);
    layout->addStretch();
    connect(button, &QPushButton::clicked, this, &EmptyStatePage::newDealRequested);
    setHasDeals(true);
}

void EmptyStatePage::setHasDeals(bool hasDeals)
{
    m_heading->setText(!hasDeals ? tr("No deals yet.") : tr("No deal is open."));
    m_text->setText(!hasDeals
                        ? tr("Create your first deal with New Deal (Ctrl+N): give it a title, add the options you "
                             "could offer, and estimate what each option is worth to you, your customer and "
                             "their customer. Triplewin shows who wins and who loses under each option.")
                        : tr("Pick a deal from the list on the left, or start a new one with New Deal (Ctrl+N)."));
}

} // namespace Triplewin::Ui
