extension Northmoor {
    /// One row of the brief's month-9 table: plan, YTD budget, actual YTD, M9 forecast and final outturn, in £000.
    private struct Row {
        let line: SchemeLine
        let ytdBudget, actualYTD, forecastM9, outturn: Int64
    }

    private static func line(_ id: String, _ name: String, _ type: String, _ subType: String, _ area: AreaOfSpend,
                             _ commissioner: Commissioner, lead: String, _ providers: [String], _ source: FundingSource,
                             _ plan: Int64, _ output: String, profile: BudgetProfile = .straightLine,
                             m9 ytd: Int64, _ actual: Int64, _ forecast: Int64, outturn: Int64) -> Row {
        let scheme = String(id.prefix(3))
        return Row(line: SchemeLine(id: id, schemeID: scheme, name: name, schemeType: type, subType: subType,
                                    areaOfSpend: area, commissioner: commissioner, leadCommissionerID: lead,
                                    providerIDs: providers, source: source, budget: .thousands(plan),
                                    plannedOutput: output, profile: profile),
                   ytdBudget: ytd, actualYTD: actual, forecastM9: forecast, outturn: outturn)
    }

    /// The capital profile: 60% of the DFG programme by month 9.
    static let capitalProfile = BudgetProfile.cumulativePercent([0, 0, 10, 15, 20, 30, 40, 50, 60, 70, 85, 100])

    private static let rows: [Row] = [
        line("S01a", "Home First reablement", "Home-based intermediate care", "Reablement to support discharge",
             .socialCare, .localAuthority, lead: "LA", ["P04"], .nhsMinimum, 3_400, "1,050 packages",
             m9: 2_550, 2_500, 3_400, outturn: 3_400),
        line("S01b", "Home First reablement", "Home-based intermediate care", "Reablement to support discharge",
             .socialCare, .localAuthority, lead: "LA", ["P04"], .additionalLA, 1_800, "560 packages",
             m9: 1_350, 1_395, 1_900, outturn: 1_950),
        line("S02", "D2A step-down beds (pathway 2)", "Bed-based intermediate care", "Short-term residential D2A",
             .socialCare, .localAuthority, lead: "LA", ["P06"], .nhsMinimum, 2_600,
             "2,163 bed-weeks (1,040 block + 1,123 spot)", m9: 1_950, 2_095, 2_850, outturn: 3_020),
        line("S03", "Long-term home care packages", "Home Care or Domiciliary Care", "Packages",
             .socialCare, .localAuthority, lead: "LA", ["P05"], .nhsMinimum, 4_000, "155,000 hours",
             m9: 3_000, 3_050, 4_150, outturn: 4_180),
        line("S04", "Integrated neighbourhood teams", "Community Based Schemes", "Integrated neighbourhood services",
             .communityHealth, .integratedCareBoard, lead: "ICB", ["P01"], .nhsMinimum, 7_000, "9,800 people",
             m9: 5_250, 5_070, 6_900, outturn: 6_850),
        line("S05", "Urgent community response & virtual ward", "Urgent Community Response", "",
             .communityHealth, .integratedCareBoard, lead: "ICB", ["P01"], .nhsMinimum, 3_200, "4,200 contacts",
             m9: 2_400, 2_280, 3_100, outturn: 3_050),
        line("S06", "Transfer of Care Hub", "High Impact Change Model", "MDT discharge, trusted assessment",
             .acute, .integratedCareBoard, lead: "ICB", ["P02"], .nhsMinimum, 1_500, "6,500 discharges coordinated",
             m9: 1_125, 1_100, 1_500, outturn: 1_500),
        line("S07", "Older people's MH liaison & crisis", "Integrated Care Planning and Navigation", "Mental health",
             .mentalHealth, .integratedCareBoard, lead: "ICB", ["P03"], .nhsMinimum, 1_300, "1,100 people",
             m9: 975, 940, 1_280, outturn: 1_260),
        line("S08a", "Integrated community equipment (ICES)", "Assistive Technologies and Equipment", "Community equipment",
             .communityHealth, .joint(nhsBasisPoints: 4_400), lead: "LA", ["P08"], .additionalNHS, 1_400, "14,000 items",
             m9: 1_050, 1_090, 1_480, outturn: 1_520),
        line("S08b", "ICES incl. telecare", "Assistive Technologies and Equipment", "Community equipment",
             .socialCare, .joint(nhsBasisPoints: 4_400), lead: "LA", ["P08"], .additionalLA, 1_800, "18,000 items",
             m9: 1_350, 1_380, 1_880, outturn: 1_900),
        line("S09", "Carers support & breaks", "Carers Services", "",
             .socialCare, .localAuthority, lead: "LA", ["P07"], .nhsMinimum, 900, "2,400 carers",
             m9: 675, 660, 900, outturn: 885),
        line("S10", "Falls prevention & care home support", "Prevention / Early Intervention", "",
             .communityHealth, .integratedCareBoard, lead: "ICB", ["P01"], .nhsMinimum, 1_000, "1,600 people",
             m9: 750, 720, 980, outturn: 960),
        line("S11", "Ageing Well Alliance incentive pool", "Enablers for Integration", "Alliance outcome payment",
             .communityHealth, .integratedCareBoard, lead: "ICB", ["P01", "P02", "P03"], .nhsMinimum, 300, "—",
             profile: .yearEnd, m9: 0, 0, 300, outturn: 180),
        line("S12", "BCF programme office & data", "Enablers for Integration", "Programme management",
             .other, .joint(nhsBasisPoints: 5_000), lead: "LA", ["P04"], .nhsMinimum, 600, "—",
             m9: 450, 425, 580, outturn: 560),
        line("S13", "Home care capacity & fee uplift", "Home Care or Domiciliary Care", "Workforce & capacity",
             .socialCare, .localAuthority, lead: "LA", ["P05"], .laBetterCareGrant, 4_200, "160,000 hours",
             m9: 3_150, 3_085, 4_200, outturn: 4_200),
        line("S14", "Long-term residential & nursing placements", "Residential Placements", "",
             .socialCare, .localAuthority, lead: "LA", ["P06"], .laBetterCareGrant, 3_300, "≈3,140 bed-weeks",
             m9: 2_475, 2_645, 3_600, outturn: 3_710),
        line("S15", "Discharge bridging home care (pathway 1)", "Home-based intermediate care", "Bridging",
             .socialCare, .localAuthority, lead: "LA", ["P05"], .laBetterCareGrant, 2_100, "80,000 hours",
             m9: 1_575, 1_580, 2_150, outturn: 2_190),
        line("S16", "Social work & OT capacity", "Care Act Implementation Related Duties", "",
             .socialCare, .localAuthority, lead: "LA", ["P04"], .laBetterCareGrant, 2_100, "45 WTE",
             m9: 1_575, 1_530, 2_080, outturn: 2_050),
        line("S17", "Disabled Facilities Grants", "DFG Related Schemes", "Adaptations",
             .socialCare, .localAuthority, lead: "LA", ["P04"], .disabledFacilitiesGrant, 3_200, "310 adaptations",
             profile: capitalProfile, m9: 1_920, 1_610, 2_900, outturn: 2_750),
    ]

    /// The lines, with their commissioning arrangements: social care bought by the council with NHS money is
    /// lead commissioning under delegated NHS functions; equipment and the programme office are joint.
    static var lines: [SchemeLine] {
        rows.map(\.line).map { line in
            var line = line
            if ["S08a", "S08b", "S12"].contains(line.id) {
                line.arrangement = .jointAligned
            } else if line.leadCommissionerID == "LA", line.source == .nhsMinimum {
                line.delegatedFunctions = ["NHS functions exercised by the council (SI 2000/617 reg 9)"]
            } else if line.providerIDs == ["P04"] {
                line.arrangement = .integratedProvision
            }
            return line
        }
    }

    /// Month 9 (December 2025) and month 12 (March 2026, the final outturn) for every line.
    static var monitoring: [MonitoringEntry] {
        let m9 = Period(year: 2025, month: 12), m12 = Period(year: 2026, month: 3)
        return rows.map {
            MonitoringEntry(lineID: $0.line.id, period: m9, budgetToDate: .thousands($0.ytdBudget),
                            actualToDate: .thousands($0.actualYTD), forecastOutturn: .thousands($0.forecastM9))
        } + rows.map {
            MonitoringEntry(lineID: $0.line.id, period: m12, budgetToDate: $0.line.budget,
                            actualToDate: .thousands($0.outturn), forecastOutturn: .thousands($0.outturn),
                            commentary: "Final outturn")
        }
    }
}
