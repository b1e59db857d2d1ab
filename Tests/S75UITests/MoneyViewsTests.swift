import S75App
import S75Domain
import S75Report
import S75Screen
import S75TestSupport
import S75UI
import Testing

/// The money views agree with the report, and honour the agreement's settings.
@Suite("Money on screen")
struct MoneyViewsTests {
    static let size = Size(columns: 160, rows: 80)

    static func screen(_ state: AppState) -> String { Screen.render(state, size: size).textSnapshot() }

    @Test("the year-end view shows the same shares, reserve and carry-forward as the report")
    func yearEndMatchesReport() throws {
        var state = Fixtures.northmoorState()
        _ = reduce(&state, .showNextPeriod)
        _ = reduce(&state, .showNextBudgetsView)
        _ = reduce(&state, .showNextBudgetsView)
        let text = Self.screen(state)
        let report = BoardReport(state.agreement, at: state.period)
        for share in report.yearEnd.shares {
            #expect(text.contains("+" + MoneyFormat.amount(Money(pence: share.amount), unit: .pounds)))
        }
        for grant in try #require(report.yearEnd.capitalCarriedForward) {
            #expect(text.contains(MoneyFormat.amount(Money(pence: grant.amount), unit: .pounds)))
        }
        #expect(text.contains("−" + MoneyFormat.amount(Money(pence: try #require(report.yearEnd.reserveUsed)), unit: .pounds)))
        for row in report.whatIf {
            #expect(text.contains(row.model))
        }
    }

    @Test("with the underspend-positive convention, overspends show as negative and the legend says so")
    func signConvention() {
        var state = Fixtures.northmoorState()
        state.agreement.signConvention = .underspendPositive
        let text = Self.screen(state)
        #expect(text.contains("budget − actual or forecast: + is an underspend"))
        let s02 = text.split(separator: "\n").first { $0.contains("S02") }.map(String.init) ?? ""
        #expect(s02.contains("−250"))
        #expect(s02.contains("−9.6%"))
        #expect(s02.contains("Red"))
    }

    /// What S02 (+£250,000 over at month 9) and P06 (+£550,000 over) read as in each view, under each convention.
    static let conventions: [(SignConvention, String, String, String)] = [
        (.overspendPositive, "+250", "+£250,000.00", "+550"),
        (.underspendPositive, "−250", "−£250,000.00", "−550"),
    ]

    @Test("the sign convention holds in every view: lines, summary, line detail, providers, provider detail, report",
          arguments: conventions)
    func signConventionEverywhere(_ convention: (SignConvention, String, String, String)) throws {
        var state = Fixtures.northmoorState()
        state.agreement.signConvention = convention.0
        func row(_ text: String, _ id: String) -> String {
            text.split(separator: "\n").first { $0.contains(id) }.map(String.init) ?? ""
        }
        #expect(row(Self.screen(state), "S02 ").contains(convention.1))
        state.selection[.budgets] = 7
        _ = reduce(&state, .openSelected)
        let detail = Self.screen(state)
        #expect(row(detail, "Forecast variance").contains(convention.2))
        #expect(detail.contains(convention.0.legend))
        _ = reduce(&state, .showNextBudgetsView)
        #expect(row(Self.screen(state), "Additional NHS ").contains(convention.1 == "+250" ? "+80" : "−80"))
        _ = reduce(&state, .showPane(.providers))
        let providers = Self.screen(state)
        #expect(row(providers, "P06 ").contains(convention.3))
        state.selection[.providers] = 5
        _ = reduce(&state, .openSelected)
        #expect(row(Self.screen(state), "Total (as in the list)").contains(convention.3))
        let report = BoardReport(state.agreement, at: state.period)
        #expect(report.schemes.first { $0.line == "S02" }?.figures.forecastVariance == (convention.1 == "+250" ? 25_000_000 : -25_000_000))
    }

    @Test("variations show in the line's detail with the original budget and the budget in force")
    func variations() throws {
        var state = Fixtures.northmoorState()
        try state.agreement.apply(Change(.variation(BudgetVariation(id: "V1", fromLineID: "S03", toLineID: "S02", amount: .thousands(100),
                                                                    effective: Period(year: 2025, month: 12), reason: "winter",
                                                                    decision: "D1"))))
        state.selection[.budgets] = 7
        _ = reduce(&state, .openSelected)
        let screen = Self.screen(state)
        #expect(screen.contains("Original budget") && screen.contains("£2,600,000.00"))
        #expect(screen.contains("+£100,000.00 from Dec 2025: winter"))
        #expect(screen.contains("£2,700,000.00 at Dec 2025"))
    }
}

/// The variance bar beside each line: centred on zero, a full half at 10% of budget.
@Suite("Variance bars")
struct VarianceBarTests {
    static let cases: [(Int64?, SignConvention, String)] = [
        (0, .overspendPositive, "   │   "), (960, .overspendPositive, "   │██▉"), (1_000, .overspendPositive, "   │███"),
        (5_000, .overspendPositive, "   │███"), (-940, .overspendPositive, "▉██│   "), (960, .underspendPositive, "▉██│   "),
        (nil, .overspendPositive, "   ·   "), (125, .overspendPositive, "   │▍  "),
        (Int64.max, .overspendPositive, "   │███"), (Int64.max, .underspendPositive, "███│   "), (Int64.min, .overspendPositive, "███│   "),
        (Int64.min, .underspendPositive, "   │███"),
    ]

    @Test("a +9.6% overspend fills 23 of 24 eighths to the right; an underspend goes left; no return is a dot", arguments: cases)
    func bar(basisPoints: Int64?, sign: SignConvention, expected: String) {
        #expect(VarianceBar.text(basisPoints, sign: sign) == expected)
    }

    /// Northmoor at month 9: the largest share under any model is the council's £720,000 when each bears its own.
    @Test("partner bars share one scale: £172,800 of £720,000 is 6 of 24 eighths, £307,200 is 10, −£240,000 is 8 to the left",
          arguments: [(17_280_000, "   │▊  "), (30_720_000, "   │█▎ "), (72_000_000, "   │███"), (-24_000_000, "  █│   "), (0, "   │   ")] as [(Int64, String)])
    func partnerBar(pence: Int64, expected: String) {
        #expect(VarianceBar.text(pence, full: 72_000_000) == expected)
    }
}

/// The monthly sparkline in a scheme line's detail: spend to date against profile, on one scale.
@Suite("Sparklines")
struct SparklineTests {
    @Test("each month is the nearest eighth of the scale, at least ▁; a month with no figure is a dot")
    func levels() {
        #expect(Sparkline.text([nil, 0, 50, 100, 130], full: 100) == "·▁▄██")
    }

    /// S02: £2,600,000 a year in twelfths floored to the pound (£216,666, £433,333, £650,000, …), so month 1 is
    /// 0.67 of an eighth (▁), month 4 is 2.67 (▃), month 9 is 6 (▆); the £2,095,000 actual at December is 6.45 (▆);
    /// no return before December, nothing after it.
    @Test("S02 at month 9: the profile for the year, the actual only where a return was made")
    func schemeLine() throws {
        let a = Fixtures.northmoorState().agreement
        let line = try #require(a.lines.first { $0.id == "S02" })
        let spend = a.spendAgainstProfile(line, upTo: Period(year: 2025, month: 12))
        #expect(spend.profile == "▁▁▂▃▃▄▅▅▆▇▇█")
        #expect(spend.actual == "········▆   ")
    }
}

/// A metric's quarterly trajectory in its detail, scaled from the smallest to the largest figure.
@Suite("Metric trajectories")
struct TrajectoryTests {
    /// M2 at December: targets 0.85, 0.78, 0.80, 0.70 and values 0.93, 0.81 (Q3 not yet published, Q4 not due), on a
    /// scale from 0.70 to 0.93 (0.23): 0.85 is 0.15 ÷ 0.23 × 8 = 5.2 eighths (▅), 0.78 is 2.8 (▃), 0.80 is 3.5 (▃),
    /// 0.70 is the foot (▁); 0.93 is the top (█), 0.81 is 3.8 (▄).
    @Test("M2 at month 9: ▅▃▃▁ against █▄··, on a scale from 0.70 to 0.93 days")
    func m2() throws {
        let metric = try #require(Fixtures.northmoorState().agreement.metrics.first { $0.id == "M2" })
        let trajectory = try #require(metric.trajectory(availableAt: 9))
        #expect(trajectory.target == "▅▃▃▁")
        #expect(trajectory.value == "█▄··")
        #expect((trajectory.low, trajectory.high) == (MetricNumber(thousandths: 700), MetricNumber(thousandths: 930)))
    }
}
