import S75App
import S75Domain
import S75Screen
import S75Text

/// Writes money the way board papers do: thousands separators, a real minus sign for
/// negatives, and an explicit "+" on variances so overspends cannot be misread.
public enum MoneyFormat {
    /// The minus sign used for negative amounts (U+2212, one cell wide).
    public static let minus = "−"

    /// `amount` in `unit` without a currency sign: "3,400" (£000) or "3,400,000" (£).
    ///
    /// £000 figures are rounded half away from zero to the nearest thousand pounds, £ figures to
    /// the nearest pound.
    public static func amount(_ amount: Money, unit: DisplayUnit, signed: Bool = false) -> String {
        let divisor: Int64 = unit == .thousands ? 100_000 : 100
        let rounded = Rounding.divide(amount.pence, by: divisor)
        return sign(of: rounded, signed: signed) + MoneyText.grouped(rounded.magnitude)
    }

    /// What a figure that is not known says: a line without a monitoring return.
    public static let noReturn = "no return"

    /// `amount` in `unit`, or "no return" when it is not known.
    public static func amount(_ amount: Money?, unit: DisplayUnit, signed: Bool = false) -> String {
        amount.map { self.amount($0, unit: unit, signed: signed) } ?? noReturn
    }

    /// A variance (actual − budget) as the agreement's sign convention shows it, in `unit`; "no return" when unknown.
    public static func variance(_ variance: Money?, unit: DisplayUnit, sign: SignConvention) -> String {
        amount(variance.map(sign.shown), unit: unit, signed: true)
    }

    /// A variance exactly, as the sign convention shows it; "no return" when unknown.
    public static func exactVariance(_ variance: Money?, sign: SignConvention) -> String {
        variance.map { exact(sign.shown($0), signed: true) } ?? noReturn
    }

    /// A variance percentage as the sign convention shows it.
    public static func variancePercent(_ figures: MonitoringFigures, sign: SignConvention) -> String {
        PercentFormat.percent(shownBasisPoints(figures, sign: sign), signed: true)
    }

    /// A variance percentage for a table's narrow column: beyond ±999.9% it says so (">+999%", "<−999%") rather than
    /// have its digits cut; the line's detail gives it whole.
    public static func variancePercentInColumn(_ figures: MonitoringFigures, sign: SignConvention) -> String {
        switch shownBasisPoints(figures, sign: sign) {
        case let bp? where bp >= 99_995: ">+999%"
        case let bp? where bp <= -99_995: "<" + minus + "999%"
        default: variancePercent(figures, sign: sign)
        }
    }

    private static func shownBasisPoints(_ figures: MonitoringFigures, sign: SignConvention) -> Int64? {
        figures.forecastVarianceBasisPoints.map { sign == .overspendPositive ? $0 : ($0 == .min ? .max : -$0) }
    }

    /// `amount` exactly, in pounds and pence: "£2,266,666.67", "−£450,000.00".
    public static func exact(_ amount: Money, signed: Bool = false) -> String {
        let pence = amount.pence.magnitude
        let fraction = pence % 100
        return sign(of: amount.pence, signed: signed) + "£" + MoneyText.grouped(pence / 100) + "." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }

    /// How wide a money column in `unit` must be for agreement `a`: wide enough for twice its scale (the larger of its
    /// pool and its lines' budgets) with a sign, so that no total, forecast or variance is cut mid-number; never
    /// narrower than the sample's (7 in £000, 11 in £).
    public static func columnWidth(_ unit: DisplayUnit, for a: Agreement) -> Int {
        let scale = max(a.contributions.sum(\.amount), a.lines.sum(\.budget))
        let widest = scale.adding(checked: scale) ?? scale
        return max(unit == .thousands ? 7 : 11, DisplayWidth.of(amount(widest, unit: unit)) + 1)
    }

    static func sign(of value: Int64, signed: Bool) -> String {
        value < 0 ? minus : (signed && value > 0 ? "+" : "")
    }

}

/// Writes shares and variances as percentages with one decimal: "+9.6%", "64.0%".
public enum PercentFormat {
    /// `basisPoints` (100 = 1%) as a percentage with one decimal.
    public static func percent(_ basisPoints: Int64?, signed: Bool = false) -> String {
        PercentText.percent(basisPoints, signed: signed)
    }
}

/// Writes metric figures with the metric's own number of decimals.
public enum MetricFormat {
    /// `number` with `decimals` decimals and thousands separators: "22,350", "0.89", "84.6".
    public static func number(_ number: MetricNumber, decimals: Int) -> String {
        MetricText.number(number, decimals: decimals, grouped: true, minus: MoneyFormat.minus)
    }

    /// The number with the unit of `period`'s figures: "0.89 days", "84.6%", "22,350 per 100,000", "275 (count)".
    public static func withUnit(_ value: MetricNumber, of metric: Metric, period: MetricPeriod = .year) -> String {
        let unit = metric.unit(of: period)
        let text = number(value, decimals: unit == .count ? 0 : metric.decimals)
        switch unit {
        case .percent: return text + "%"
        case .count: return text + " (count)"
        case .ratePer100k, .days: return text + " " + unit.label
        }
    }

    /// How far a value misses its target: "+0.9%" of target, or "−0.1 pp" for percentage metrics.
    public static func gap(_ assessment: MetricAssessment, of metric: Metric) -> String {
        if metric.unit == .percent {
            let signedGap = MetricNumber(thousandths: -assessment.adverseGap.thousandths)
            let text = number(signedGap, decimals: metric.decimals)
            return (signedGap.thousandths > 0 ? "+" : "") + text + " pp"
        }
        let signedShare = metric.direction == .lowerIsBetter ? assessment.adverseBasisPoints : -assessment.adverseBasisPoints
        return PercentFormat.percent(signedShare, signed: true)
    }
}
