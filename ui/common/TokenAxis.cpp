#include "ui/common/TokenAxis.h"

#include "ui/common/Formatting.h"

#include <QCoreApplication>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace salesdesk::ui {

double TokenAxis::toTokens(const UInt256& amount) {
    return amount.convert_to<double>() / std::pow(10.0, displayToken().decimals);
}

double TokenAxis::niceStep(double span, int ticks) {
    if (!(span > 0) || !std::isfinite(span))
        return 1;
    const double rough = span / std::max(1, ticks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (double factor : {1.0, 2.0, 5.0})
        if (rough <= factor * magnitude * (1 + 1e-9))
            return factor * magnitude;
    return 10 * magnitude;
}

int TokenAxis::decimalsFor(double step) {
    if (!(step > 0) || step >= 1)
        return 0;
    return std::clamp(int(std::ceil(-std::log10(step) - 1e-9)), 0, 18);
}

void TokenAxis::apply(QValueAxis* axis, double low, double high, const QString& title) {
    if (!(high > low)) {
        // Nothing to span: one step around what there is; nothing at all (an empty chart):
        // 0 to 1 token, not a millionth of one with seven decimals.
        high = low + (low == 0 ? 1.0 : std::abs(low));
    }
    const double step = niceStep(high - low);
    const double first = std::floor(low / step + 1e-9) * step;
    const double last = std::ceil(high / step - 1e-9) * step;
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setRange(first, std::max(last, first + step));
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimalsFor(step)));
    const QString symbol = displayToken().symbol;
    axis->setTitleText(title.isEmpty()
                           ? QCoreApplication::translate("TokenAxis", "Tokens (%1)").arg(symbol)
                           : title + QStringLiteral(" (") + symbol + QLatin1Char(')'));
}

} // namespace salesdesk::ui
