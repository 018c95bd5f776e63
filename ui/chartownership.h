#pragma once

#include <QChart>
#include <QChartView>

namespace Triplewin::Ui {

/// QChartView::setChart() hands the previous chart back to the caller instead of deleting it (every view starts
/// with a default one): this deletes it, so replacing a view's chart does not leak the old one (LeakSanitizer).
inline void replaceChart(QChartView *view, QChart *chart)
{
    QChart *previous = view->chart();
    view->setChart(chart);
    if (previous != chart)
        delete previous;
}

} // namespace Triplewin::Ui
