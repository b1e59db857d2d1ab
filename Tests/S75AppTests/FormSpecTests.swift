import S75App
import S75Domain
import Testing

/// Each form, opened on a record and saved untouched, gives back the same record; typed changes land in the right field.
@Suite("Forms")
struct FormSpecTests {
    static let a = Northmoor.agreement

    static var records: [AgreementRecord] {
        [.agreement(a.details)] + a.partners.map(AgreementRecord.partner) + a.contributions.map(AgreementRecord.contribution)
            + a.lines.map(AgreementRecord.line) + a.providers.map(AgreementRecord.provider)
            + a.contracts.map(AgreementRecord.contract) + a.metrics.map(AgreementRecord.metric)
            + a.meetings.map(AgreementRecord.meeting) + a.minutes.map(AgreementRecord.minute)
            + [.ledgerRule(LedgerRule(id: "R1", costCentre: "NC41*", accountFrom: "5200", accountTo: "5299", supplier: "Acme Care Ltd",
                                      lineID: "S03")),
               .line({ var l = a.lines[13]; l.commissioner = .joint(nhsBasisPoints: 3_333); return l }()),
               .chargeBack(ChargeBack(id: "CB1", partnerID: "LA", lineID: "S14", amount: Money(pence: 12_345_678),
                                      period: Period(year: 2026, month: 1), reason: "Placements above the delegated limit")),
               .variation(BudgetVariation(id: "V1", fromLineID: "S13", toLineID: "S03", amount: Money(pence: 25_000_050),
                                          effective: Period(year: 2026, month: 1), reason: "home care demand", decision: "D1")),
               .variation(BudgetVariation(id: "V2", fromLineID: nil, toLineID: "S14", amount: .pounds(75_000), effective: Period(year: 2026, month: 2),
                                          reason: "council top-up", partnerID: "LA", partnersApproval: "Cabinet 10 Feb 2026")),
               .person(Person(account: "jo", otherAccounts: ["jo.bloggs"], name: "Jo Bloggs", partnerID: "LA", roles: [.schemeLead, .member],
                              lines: ["S03", "S13"])),
               .risk(Risk(id: "RR1", title: "Care-home placements outrun the budget", owner: "DASS", likelihood: 4, impact: 5,
                          mitigation: "Weekly panel", trend: .rising, lineIDs: ["S14", "S03"]))]
    }

    static func kind(of record: AgreementRecord) -> FormKind {
        switch record {
        case .agreement: .agreement
        case .partner: .partner
        case .contribution: .contribution
        case .line: .line
        case .provider: .provider
        case .contract: .contract
        case .metric: .metric
        case .meeting: .meeting
        case .minute: .minute
        case .personalBudget: .personalBudget
        case .ledgerRule: .ledgerRule
        case .chargeBack: .chargeBack
        case .variation: .variation
        case .monitoring: preconditionFailure("monitoring is entered in the grid")
        case .monthClose: preconditionFailure("a month is closed by a command")
        case .adjustment: preconditionFailure("an adjustment is entered by a command")
        case .instalment: preconditionFailure("instalments are set and received by commands")
        case .person: .person
        case .signOff: preconditionFailure("a sign-off is made by a command")
        case .settlement: preconditionFailure("settlement payments are made and recorded by commands")
        case .bcfAnswers: .bcfReturn
        case .risk: .risk
        }
    }

    @Test("every Northmoor record survives its form unchanged, in £ and in £000", arguments: records, [false, true])
    func roundTrip(record: AgreementRecord, inThousands: Bool) throws {
        let form = FormSpec.form(Self.kind(of: record), record: record, in: Self.a, version: 1, inThousands: inThousands)
        #expect(form.fields.allSatisfy { $0.problem(inThousands: inThousands, year: Self.a.financialYear) == nil },
                "\(record.key): \(form.fields.filter { $0.problem(inThousands: inThousands, year: Self.a.financialYear) != nil }.map(\.label))")
        #expect(try FormSpec.record(from: form, in: Self.a, inThousands: inThousands).get() == record)
    }

    @Test("a typed budget in a £000 view means thousands; a typed date reads as a date")
    func typedValues() throws {
        let line = try #require(Self.a.lines.first { $0.id == "S02" })
        var form = FormSpec.form(.line, record: .line(line), in: Self.a, version: 1, inThousands: true)
        let budget = try #require(form.fields.firstIndex { $0.name == "budget" })
        form.fields[budget].text = "2,750"
        guard case .line(let edited) = try FormSpec.record(from: form, in: Self.a, inThousands: true).get() else { return }
        #expect(edited.budget == .thousands(2_750))
        var details = FormSpec.form(.agreement, record: nil, in: Self.a, version: 1, inThousands: false)
        let end = try #require(details.fields.firstIndex { $0.name == "end" })
        details.fields[end].text = "31 Mar 2027"
        guard case .agreement(let d) = try FormSpec.record(from: details, in: Self.a, inThousands: false).get() else { return }
        #expect(d.end == DateOnly(year: 2027, month: 3, day: 31))
    }

    @Test("a pick-list takes part of a name: 'home' picks Moorside Home Care; an unknown value says what to choose")
    func pickList() throws {
        var form = FormSpec.form(.contract, record: nil, in: Self.a, version: nil, inThousands: false)
        let provider = try #require(form.fields.firstIndex { $0.name == "provider" })
        form.fields[provider].text = "moorside"
        #expect(form.fields[provider].problem(year: Self.a.financialYear) == nil)
        form.fields[provider].text = "nobody"
        #expect(form.fields[provider].problem(year: Self.a.financialYear)?.hasPrefix("choose one of: P01, P02") == true)
        #expect(form.key == nil)
        #expect(form.fields.first { $0.name == "id" }?.text == "K12")
    }

    @Test("a joint share is typed to the basis point: 33.33% is kept, 100.01% refused")
    func jointShare() throws {
        var form = FormSpec.form(.line, record: .line(Self.a.lines[13]), in: Self.a, version: 1, inThousands: false)
        let share = try #require(form.fields.firstIndex { $0.name == "nhsShare" })
        let commissioner = try #require(form.fields.firstIndex { $0.name == "commissioner" })
        form.fields[commissioner].text = "joint"
        form.fields[share].text = "33.33%"
        guard case .line(let line) = try FormSpec.record(from: form, in: Self.a, inThousands: false).get() else { Issue.record("not a line"); return }
        #expect(line.commissioner == .joint(nhsBasisPoints: 3_333))
        #expect(line.commissioner.label == "Joint 33.33/66.67")
        form.fields[share].text = "100.01%"
        #expect(throws: EditError.self) { try FormSpec.record(from: form, in: Self.a, inThousands: false).get() }
    }

    @Test("the provider type is a pick-list of the BCF template's types; free text is refused, and check names one outside it")
    func providerType() throws {
        var form = FormSpec.form(.provider, record: nil, in: Self.a, version: nil, inThousands: false)
        let type = try #require(form.fields.firstIndex { $0.name == "type" })
        form.fields[type].text = "charity"
        #expect(form.fields[type].problem(year: Self.a.financialYear) == nil)
        form.fields[type].text = "Social enterprise"
        #expect(form.fields[type].problem(year: Self.a.financialYear)?.hasPrefix("choose one of: Local Authority, NHS Acute Provider") == true)
        var freeText = Self.a
        freeText.providers[7].providerType = "Private Sector (social enterprise)"
        #expect(freeText.validate().map(\.description).contains { $0.hasPrefix("provider P08: the provider type \"Private Sector (social enterprise)\" is not one of") })
        #expect(Self.a.validate().isEmpty)
        #expect(ProviderType(named: "charity/voluntary sector") == .charity)
    }

    static let rules: [PaymentRule] = [
        .riskReward(AllianceRiskReward(targetCost: .thousands(10_000), providerShareBasisPoints: 5_000, painCapBasisPoints: 250,
                                       members: [PartnerAmount("P01", .thousands(1_500)), PartnerAmount("P02", Money(pence: 30_000_001))]),
                    actualCost: .thousands(9_500), gatewayMet: false),
        .capitation(Capitation(people: 4_200, ratePerPerson: Money(pence: 123_456),
                               corridor: [CorridorBand(upToBasisPoints: 500, providerBasisPoints: 10_000),
                                          CorridorBand(upToBasisPoints: 1_000, providerBasisPoints: 5_000),
                                          CorridorBand(upToBasisPoints: nil, providerBasisPoints: 0)]), actualCost: nil),
        .prime(PrimeContract(primeID: "P01", value: .thousands(27_000),
                             subcontracts: [PartnerAmount("P02", .thousands(1_500)), PartnerAmount("P03", .thousands(900))])),
        .outcomes(OutcomePayment(model: .bonus, atRisk: .thousands(60), components: [
            OutcomeComponent(name: "Graded falls", weight: 3, measure: .own(direction: .lowerIsBetter, baseline: MetricNumber(2_050),
                                                                          target: MetricNumber(1_990), actual: nil),
                             rule: .graded(capBasisPoints: 12_000)),
            OutcomeComponent(name: "M2 delay", weight: 1, measure: .metric("M2"), rule: .step)])),
        .activity(price: Money(pence: 2_580), plannedVolume: 155_000, actualVolume: 162_000),
    ]

    @Test("every kind of payment rule survives the contract form, in £ and in £000", arguments: rules, [false, true])
    func paymentRules(rule: PaymentRule, inThousands: Bool) throws {
        let contract = Contract(id: "K99", providerID: "P01", form: .alliance, title: "Test", value: .thousands(100),
                                paymentBasis: "", atRisk: .zero, payment: rule)
        let form = FormSpec.form(.contract, record: .contract(contract), in: Self.a, version: 1, inThousands: inThousands)
        #expect(try FormSpec.record(from: form, in: Self.a, inThousands: inThousands).get() == .contract(contract))
    }
}
