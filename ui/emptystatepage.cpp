#include "emptystatepage.h"

#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Triplewin::Ui {

EmptyStatePage::EmptyStatePage(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
{
    m_text->setObjectName(QStringLiteral("emptyState"));
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    QFont larger = m_text->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.25);
    m_text->setFont(larger);
    m_text->setFixedWidth(620);
    auto *button = new QPushButton(QIcon(QStringLiteral(":/icons/new.svg")), tr("&New Deal"), this);
    button->setObjectName(QStringLiteral("emptyNewDeal"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_text, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(button, 0, Qt::AlignHCenter);
    layout->addStretch();
    connect(button, &QPushButton::clicked, this, &EmptyStatePage::newDealRequested);
    setHasDeals(true);
}

void EmptyStatePage::setHasDeals(bool hasDeals)
{
    m_text->setText(!hasDeals ? tr("<p><b>No deals yet.</b></p><p>Create your first deal with <b>New Deal</b> "
                                   "(Ctrl+N): give it a title, add the options you could offer, and estimate what "
                                   "each option is worth to you, your customer and their customer. Triplewin shows "
                                   "who wins and who loses under each option.</p>")
                              : tr("<p><b>No deal is open.</b></p><p>Pick a deal from the list on the left, or start "
                                   "a new one with <b>New Deal</b> (Ctrl+N).</p>"));
}

} // namespace Triplewin::Ui
