import S75Domain

/// Random but valid agreements, the same for the same seed: every kind of record, every payment rule and
/// risk-share method, optional values present and absent, text with quotes, slashes and non-ASCII letters.
struct AgreementGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 &+ 1 }

    /// The next number in 0..<bound (splitmix64).
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(max(1, bound)))
    }

    mutating func pick<T>(_ items: [T]) -> T { items[next(items.count)] }
    mutating func chance() -> Bool { next(2) == 0 }
    mutating func money(_ most: Int = 5_000_000) -> Money { Money(pence: Int64(next(most)) * 100 + Int64(next(100))) }
    mutating func text() -> String { pick(["", "Home First", "Café \"Ward\" 3/4", "Über-care – Señora", "line\nbreak", "£1,000 ✓"]) }

    mutating func agreement() -> Agreement {
        let year = 2020 + next(10)
        var a = Agreement.blank(startYear: year)
        a.title = text()
        a.area = text()
        a.partners = (0..<(1 + next(3))).map { Partner(id: "P\($0)", name: "Partner \($0)", shortName: "P\($0)", kind: pick(Partner.Kind.allCases), role: text()) }
        a.hostPartnerID = a.partners[0].id
        a.governance = Governance(boardName: text(), meetingFrequency: "Monthly", chairs: [text(), text()], quorum: text(), decisionRule: text(),
                                  delegations: (0..<next(3)).map { _ in Delegation(holder: text(), authority: text()) }, healthAndWellbeingBoard: text())
        a.schedules = (0..<next(3)).map { Schedule(number: $0 + 1, title: text()) }
        a.riskReserve = money()
        a.financeRAG = FinanceRAGRule(amberAboveBasisPoints: Int64(next(300)), redAboveBasisPoints: Int64(300 + next(300)),
                                      underAboveBasisPoints: Int64(next(1000)))
        a.riskShare = RiskShareRule(netting: chance(), reserveFirst: chance(), overspend: overspend(a), underspend: underspend())
        a.signConvention = pick(SignConvention.allCases)
        a.reportingPeriod = a.financialYear.month(1 + next(12))
        a.contributions = (0..<(1 + next(5))).map { Contribution(id: "C\($0)", partnerID: pick(a.partners).id, source: pick(FundingSource.allCases),
                                                                 amount: money(), notes: text()) }
        a.providers = RecordList((0..<next(4)).map { Provider(id: "V\($0)", name: "Provider \($0)", providerType: text(), allianceShareBasisPoints: Int64(next(10_001))) })
        a.lines = RecordList((0..<(1 + next(8))).map { n in line(n, in: a) })
        for line in a.lines where chance() {
            for month in 1...(1 + next(12)) where chance() {
                a.monitoring.append(MonitoringEntry(lineID: line.id, period: a.financialYear.month(month), budgetToDate: money(),
                                                    actualToDate: money(), forecastOutturn: money(), commentary: text()))
            }
        }
        a.monitoring.sort { ($0.lineID, $0.period) < ($1.lineID, $1.period) }
        a.metrics = RecordList((0..<next(3)).map { metric($0) })
        a.personalBudgets = (0..<next(3)).map { n in
            let plan = money(80_000)
            return IntegratedPersonalBudget(id: "PB\(n)", person: "IPB-\(n)", lineID: pick(Array(a.lines)).id, plan: plan, healthBasisPoints: Int64(next(5_001)),
                                            weeklyClientContribution: Money(pence: Int64(next(Int(plan.pence / 200 + 1)))), route: pick(IntegratedPersonalBudget.Route.allCases))
        }
        a.ledgerRules = (0..<next(4)).map { n in
            LedgerRule(id: "R\(n)", costCentre: "NC\(n)" + pick(["", "*"]), accountFrom: chance() ? "5\(n)00" : "",
                       accountTo: chance() ? "5\(n)99" : "", supplier: pick(["", "Acme Care Ltd", "Café Rouge"]), lineID: pick(Array(a.lines)).id)
        }
        if !a.providers.isEmpty { a.contracts = RecordList((0..<(1 + next(4))).map { contract($0, in: a) }) }
        a.meetings = (0..<next(3)).map { n in
            Meeting(date: DateOnly(year: year, month: 5 + n, day: 1 + next(28)), attendance: text(), period: a.financialYear.month(1 + next(12)),
                    stepReached: pick(WalkStep.allCases), figures: Dictionary(uniqueKeysWithValues: WalkStep.allCases.filter { _ in chance() }.map { ($0.name, text() + "x") }))
        }
        for meeting in a.meetings {
            for _ in 0..<next(4) {
                let kind = pick(Minute.Kind.allCases)
                a.minutes.append(Minute(id: a.nextMinuteID(kind), kind: kind, meeting: meeting.date, item: pick(["", "year-end", "S1"]),
                                        text: text() + "!", owner: kind == .action ? "Owner" : pick(["", "Chair"]),
                                        due: chance() ? DateOnly(year: year + 1, month: 1 + next(12), day: 1 + next(28)) : nil,
                                        status: pick(Minute.Status.choices(for: kind))))
            }
        }
        a.minutes = a.meetings.flatMap { meeting in a.minutes.filter { $0.meeting == meeting.date } }
        return a
    }

    mutating func splits(_ a: Agreement) -> [PartnerSplit] { a.partners.map { PartnerSplit($0.id, Int64(next(10_001))) } }

    mutating func overspend(_ a: Agreement) -> OverspendMethod {
        switch next(5) {
        case 0: .ownRisk
        case 1: .proportional
        case 2: .fixed(splits(a))
        case 3: .cappedProportional(capBasisPoints: Int64(next(500)))
        default: .tiered([Tier(upToBasisPoints: 100, sharing: .leadCommissioners), Tier(upToBasisPoints: nil, sharing: chance() ? .proportional : .fixed(splits(a)))])
        }
    }

    mutating func underspend() -> UnderspendMethod {
        pick([.returnProRata, .carryForward, .ownRisk, .hybrid(reserveCap: money(), carryForwardBasisPoints: Int64(next(10_001)))])
    }

    mutating func line(_ n: Int, in a: Agreement) -> SchemeLine {
        SchemeLine(id: "S\(n)", schemeID: "SC\(next(3))", name: text(), schemeType: text(), subType: text(), areaOfSpend: pick(AreaOfSpend.allCases),
                   commissioner: pick([.localAuthority, .integratedCareBoard, .joint(nhsBasisPoints: Int64(next(10_001)))]), leadCommissionerID: pick(a.partners).id,
                   providerIDs: a.providers.filter { _ in chance() }.map(\.id), source: pick(FundingSource.allCases), budget: money(),
                   plannedOutput: text(), profile: pick([.straightLine, .yearEnd, .cumulativePercent((1...12).map { $0 * 8 + 4 })]),
                   budgetType: pick(BudgetType.allCases), arrangement: pick(CommissioningArrangement.allCases),
                   delegatedFunctions: chance() ? [text()] : [],
                   description: text(), isNewScheme: pick([nil, true, false]))
    }

    mutating func metric(_ n: Int) -> Metric {
        Metric(id: "M\(n)", name: "Metric \(n)", definition: text(), unit: pick(Metric.Unit.allCases), direction: pick(Metric.Direction.allCases),
               decimals: next(4), denominatorNote: text(), baseline: MetricNumber(thousandths: Int64(next(1_000_000))),
               annualTarget: MetricNumber(thousandths: Int64(next(1_000_000))),
               quarterlyTargets: (0..<4).map { _ in chance() ? MetricNumber(thousandths: Int64(next(1_000_000))) : nil },
               quarterlyUnit: chance() ? pick(Metric.Unit.allCases) : nil,
               tolerance: chance() ? .relative(basisPoints: Int64(next(500))) : .points(thousandths: Int64(next(5_000))),
               publicationLagMonths: next(4),
               values: MetricPeriod.all.filter { _ in chance() }.map {
                   MetricValue(period: $0, value: MetricNumber(thousandths: Int64(next(1_000_000))), basis: text(),
                               numerator: chance() ? Int64(next(1000)) : nil, denominator: chance() ? Int64(1 + next(1000)) : nil)
               })
    }

    mutating func contract(_ n: Int, in a: Agreement) -> Contract {
        let provider = pick(Array(a.providers)).id
        let amounts = a.providers.map { PartnerAmount($0.id, money()) }
        let rule: PaymentRule? = switch next(7) {
        case 0: nil
        case 1: .block
        case 2: .activity(price: money(), plannedVolume: Int64(next(1000)), actualVolume: chance() ? Int64(next(1000)) : nil)
        case 3: .outcomes(OutcomePayment(model: pick(OutcomePayment.Model.allCases), atRisk: money(), components: [
            OutcomeComponent(name: text(), weight: Int64(1 + next(50)), measure: .metric("M0"), rule: .step),
            OutcomeComponent(name: text(), weight: Int64(1 + next(50)),
                             measure: .own(direction: pick(Metric.Direction.allCases), baseline: chance() ? MetricNumber(thousandths: 5) : nil,
                                           target: MetricNumber(thousandths: Int64(next(9_000))), actual: chance() ? MetricNumber(thousandths: 7) : nil),
                             rule: pick([.threshold, .graded(capBasisPoints: Int64(next(20_000)))])),
        ]))
        case 4: .riskReward(AllianceRiskReward(targetCost: money(), providerShareBasisPoints: Int64(next(10_001)), painCapBasisPoints: Int64(next(2_000)),
                                               members: amounts), actualCost: chance() ? money() : nil, gatewayMet: chance())
        case 5: .capitation(Capitation(people: Int64(next(100_000)), ratePerPerson: money(10_000),
                                       corridor: [CorridorBand(upToBasisPoints: 500, providerBasisPoints: 10_000), CorridorBand(upToBasisPoints: nil, providerBasisPoints: Int64(next(10_001)))]),
                            actualCost: chance() ? money() : nil)
        default: .prime(PrimeContract(primeID: provider, value: money(), subcontracts: amounts))
        }
        return Contract(id: "K\(n)", providerID: provider, form: pick(Contract.Form.allCases), title: text() + "k", value: money(), paymentBasis: text(),
                        atRisk: money(), payment: rule, lines: a.lines.filter { _ in chance() }.map(\.id))
    }
}
