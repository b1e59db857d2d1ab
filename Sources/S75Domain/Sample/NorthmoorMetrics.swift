/// The six Northmoor outcome metrics for 2025-26 (brief §6.6).
enum NorthmoorMetrics {
    private static func n(_ text: String) -> MetricNumber { MetricNumber(text) ?? MetricNumber(0) }

    private static func values(_ items: [(MetricPeriod, String, String)], denominator: Int64? = nil) -> [MetricValue] {
        items.map { item in
            let count = Int64(String((item.2.split(separator: " ").first ?? "").filter { $0 != "," }))
            return MetricValue(period: item.0, value: n(item.1), basis: item.2, numerator: denominator == nil ? nil : count,
                               denominator: count == nil ? nil : denominator)
        }
    }

    /// The population aged 65 and over, the denominator of the rates.
    static let population65 = Int64(52_000)

    static let rateTolerance = Tolerance.relative(basisPoints: 500)
    static let percentTolerance = Tolerance.points(thousandths: 1_000)

    static let all: [Metric] = [
        Metric(id: "M1", name: "Emergency admissions 65+",
               definition: "Emergency admissions of people aged 65+ per 100,000 population 65+ (quarterly, non-cumulative)",
               unit: .ratePer100k, direction: .lowerIsBetter, decimals: 0, denominatorNote: "Population 65+: 52,000",
               baseline: n("22600"), baselineNote: "2024-25: 11,752 admissions",
               annualTarget: n("22150"), targetNote: "11,518 admissions",
               quarterlyTargets: [n("5450"), n("5350"), n("5800"), n("5550")], tolerance: rateTolerance, publicationLagMonths: 2,
               values: values([(.quarter(1), "5481", "2,850 admissions"), (.quarter(2), "5390", "2,803 admissions"),
                               (.quarter(3), "5860", "3,047 admissions"), (.quarter(4), "5619", "2,922 admissions"),
                               (.year, "22350", "11,622 admissions")], denominator: population65)),
        Metric(id: "M2", name: "Average discharge delay, acute adults",
               definition: "(1 − % discharged on Discharge Ready Date) × mean days delayed",
               unit: .days, direction: .lowerIsBetter, decimals: 2,
               baseline: n("1.04"), baselineNote: "84.0% on DRD × 6.5 days",
               annualTarget: n("0.78"), targetNote: "86.0% on DRD × 5.6 days",
               quarterlyTargets: [n("0.85"), n("0.78"), n("0.80"), n("0.70")], tolerance: rateTolerance, publicationLagMonths: 2,
               values: values([(.quarter(1), "0.93", "85.0% on DRD, 6.2 days"), (.quarter(2), "0.81", "86.0% on DRD, 5.8 days"),
                               (.quarter(3), "1.09", "83.5% on DRD, 6.6 days"), (.quarter(4), "0.74", "86.5% on DRD, 5.5 days"),
                               (.year, "0.89", "")])),
        Metric(id: "M3", name: "Long-term admissions to care homes 65+",
               definition: "Long-term admissions to residential and nursing care, 65+, per 100,000 population 65+",
               unit: .ratePer100k, direction: .lowerIsBetter, decimals: 1, denominatorNote: "Population 65+: 52,000",
               baseline: n("560"), baselineNote: "291 admissions",
               annualTarget: n("540"), targetNote: "≈281 admissions",
               quarterlyTargets: [n("135"), n("130"), n("140"), n("135")], tolerance: rateTolerance, publicationLagMonths: 3,
               values: values([(.quarter(1), "134.6", "70 admissions"), (.quarter(2), "126.9", "66 admissions"),
                               (.quarter(3), "150.0", "78 admissions"), (.quarter(4), "142.3", "74 admissions"),
                               (.year, "553.8", "288 admissions")], denominator: population65)),
        Metric(id: "M4", name: "Emergency admissions due to falls 65+",
               definition: "Directly age-standardised rate per 100,000 (the sample treats crude ≈ DSR)",
               unit: .ratePer100k, direction: .lowerIsBetter, decimals: 0, denominatorNote: "Population 65+: 52,000",
               baseline: n("2050"), baselineNote: "1,066 admissions",
               annualTarget: n("1990"), targetNote: "1,035 admissions",
               quarterlyTargets: [n("252"), n("248"), n("280"), n("255")],
               quarterlyNote: "Quarterly targets and values are admission counts", quarterlyUnit: .count, tolerance: rateTolerance, publicationLagMonths: 3,
               values: values([(.quarter(1), "250", "admissions"), (.quarter(2), "245", "admissions"),
                               (.quarter(3), "275", "admissions"), (.quarter(4), "257", "admissions"),
                               (.year, "1975", "1,027 admissions")])),
        Metric(id: "M5", name: "Still at home 91 days after reablement 65+",
               definition: "% of people 65+ at home 91 days after discharge into reablement (Oct–Dec cohort; annual)",
               unit: .percent, direction: .higherIsBetter, decimals: 1,
               baseline: n("82.0"), annualTarget: n("84.0"),
               quarterlyTargets: [nil, nil, nil, nil], tolerance: percentTolerance, publicationLagMonths: 3,
               values: [MetricValue(period: .year, value: n("84.6"), basis: "330 of 390", numerator: 330, denominator: 390)]),
        Metric(id: "M6", name: "Discharge to usual place of residence",
               definition: "% of acute discharges whose destination is their usual place of residence",
               unit: .percent, direction: .higherIsBetter, decimals: 1,
               baseline: n("92.1"), annualTarget: n("93.0"),
               quarterlyTargets: [n("92.8"), n("93.0"), n("92.6"), n("93.6")], tolerance: percentTolerance, publicationLagMonths: 2,
               values: values([(.quarter(1), "92.6", ""), (.quarter(2), "93.2", ""), (.quarter(3), "92.4", ""),
                               (.quarter(4), "93.5", ""), (.year, "92.9", "")])),
    ]
}
