#pragma once

#include <core/domain/dealoption.h>
#include <QChartView>
#include <QList>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace Triplewin::Ui {

/// The three-party value chart: one group of three bars per option (you, your customer, their customer),
/// each bar the party's surplus over its own reference point, so every walk-away line sits at zero. Each bar
/// is labelled with its result in words, and each group with the option's outcome.
class ValueChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValueChartView)

public:
    explicit ValueChartView(QWidget *parent = nullptr);

    /// Shows @p options; amounts are in @p currency (an ISO code shown on the axis).
    void setOptions(const QList<Core::DealOption> &options, const QString &currency);

    /// The bar series (one set per party), for tests and accessibility.
    QBarSeries *barSeries() const { return m_bars; }
    /// The result word written on bar (@p option, @p party), e.g. "win".
    QString resultLabel(int option, Core::Party party) const;
    /// The tooltip of that bar: its party and option in words, its result and the figures behind it.
    QString barTip(int option, Core::Party party) const;
    /// The category labels under the groups (rich text: the option's name, then its outcome in bold).
    QStringList categories() const;
    /// The outcome name shown under option @p option's group, e.g. "win/lose".
    QString outcomeLabel(int option) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    void placeLabels();
    /// The category labels: outcome over number and name, the name shortened only to the width its group has.
    void updateCategories();
    void styleLabel(QGraphicsSimpleTextItem *label) const;

    QBarSeries *m_bars = nullptr;
    std::array<QBarSet *, Core::PartyCount> m_sets{};
    QLineSeries *m_referenceLine = nullptr;
    QBarCategoryAxis *m_categoryAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QList<QGraphicsSimpleTextItem *> m_labels; ///< option-major: option * PartyCount + party
    QList<double> m_values;                    ///< the plotted values, same order as m_labels
    QStringList m_outcomes;                    ///< outcome name per option
    QStringList m_names;                       ///< option name per option, whole
    QList<QStringList> m_marks;                ///< per option: "Dominated by 3" where another option dominates it
    QStringList m_tips;                        ///< the tooltip per bar, same order as m_labels
};

} // namespace Triplewin::Ui
