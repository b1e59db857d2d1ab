/// The fictional Northmoor BCF section 75 agreement for 2025-26, which the demo ships.
///
/// Every figure comes from the domain brief (§6); amounts there are in £000.
public enum Northmoor {
    /// The whole sample agreement, reporting period month 9 (December 2025).
    public static var agreement: Agreement {
        Agreement(
            id: "northmoor-2025-26",
            title: "Northmoor BCF Section 75 Partnership Agreement",
            legalBasis: "NHS Act 2006 s75; NHS Bodies and Local Authorities Partnership Arrangements Regulations 2000",
            area: "Northmoor (unitary borough); population 262,000; aged 65+ 52,000",
            start: DateOnly(year: 2025, month: 4, day: 1),
            end: DateOnly(year: 2026, month: 3, day: 31),
            noticeMonths: 6,
            noticeExpiry: "31 March",
            reviewNote: "Schedules refreshed annually",
            partners: partners,
            hostPartnerID: "LA",
            poolName: "Northmoor BCF Pooled Fund (revenue sub-pool + DFG capital sub-pool)",
            pooledFundManager: "Head of Finance – Adults, Health and Integration (council officer)",
            governance: governance,
            riskReserve: .thousands(250),
            schedules: schedules,
            reportingPeriod: Period(year: 2025, month: 12),
            riskShare: riskShare,
            ascMinimum: .thousands(9_800),
            contributions: contributions,
            lines: lines,
            monitoring: monitoring,
            providers: providers,
            contracts: contracts,
            metrics: NorthmoorMetrics.all,
            meetings: NorthmoorMeetings.meetings,
            minutes: NorthmoorMeetings.minutes)
    }

    /// Schedule 3: net the revenue pool, apply the reserve, share in proportion to revenue contributions
    /// capped at 2% of each partner's; rebuild the reserve to 500 from an underspend, then half carried
    /// forward and half returned.
    static let riskShare = RiskShareRule(netting: true, reserveFirst: true, overspend: .cappedProportional(capBasisPoints: 200),
                                         underspend: .hybrid(reserveCap: .thousands(500), carryForwardBasisPoints: 5_000))

    /// The Ageing Well Alliance incentive: M1 40%, M2 40%, M4 20%, each on the step rule (§6.7).
    static func allianceIncentive(_ pot: Money) -> OutcomePayment {
        OutcomePayment(model: .withhold, atRisk: pot, components: [
            OutcomeComponent(name: "M1 emergency admissions 65+", weight: 40, measure: .metric("M1"), rule: .step),
            OutcomeComponent(name: "M2 discharge delay", weight: 40, measure: .metric("M2"), rule: .step),
            OutcomeComponent(name: "M4 falls admissions", weight: 20, measure: .metric("M4"), rule: .step),
        ])
    }

    /// The Carers' Centre: £45k withheld, three outcomes × £15k, each all or nothing (§6.7).
    static let carersOutcomes = OutcomePayment(model: .withhold, atRisk: .thousands(45), components: [
        OutcomeComponent(name: "Carers supported ≥ 2,300", weight: 1,
                         measure: .own(direction: .higherIsBetter, baseline: nil, target: MetricNumber(2_300), actual: MetricNumber(2_400)),
                         rule: .threshold),
        OutcomeComponent(name: "Improved wellbeing at review ≥ 70%", weight: 1,
                         measure: .own(direction: .higherIsBetter, baseline: nil, target: MetricNumber(70), actual: MetricNumber(72)),
                         rule: .threshold),
        OutcomeComponent(name: "Assessments within 28 days ≥ 85%", weight: 1,
                         measure: .own(direction: .higherIsBetter, baseline: nil, target: MetricNumber(85), actual: MetricNumber(79)),
                         rule: .threshold),
    ])

    static let partners = [
        Partner(id: "LA", name: "Northmoor Borough Council", shortName: "Council", kind: .localAuthority,
                role: "LSSA and housing authority; host partner"),
        Partner(id: "ICB", name: "NHS Moorland and Vale Integrated Care Board", shortName: "ICB",
                kind: .integratedCareBoard, role: "Northmoor Place"),
    ]

    static let governance = Governance(
        boardName: "Northmoor Joint Commissioning Board",
        meetingFrequency: "Monthly",
        chairs: ["Council Corporate Director Adults & Health", "ICB Northmoor Place Director"],
        quorum: "2 voting members from each partner",
        decisionRule: "Consensus",
        delegations: [
            Delegation(holder: "Pooled fund manager", authority: "Virement within a scheme up to £100k"),
            Delegation(holder: "Joint Commissioning Board",
                       authority: "Virement between schemes up to £500k and 10% of the receiving scheme"),
            Delegation(holder: "Council Cabinet and ICB Board",
                       authority: "Contribution changes, new schemes over £500k, risk-share changes, termination"),
        ],
        healthAndWellbeingBoard: "Northmoor HWB receives quarterly reports and signs national returns",
        limits: DelegatedLimits(poolFundManagerWithinScheme: .thousands(100), boardVirement: .thousands(500),
                                boardShareOfReceivingBasisPoints: 1_000),
        members: [
            BoardMember(name: "Council Corporate Director Adults & Health", partnerID: "LA", voting: true, role: "Co-chair"),
            BoardMember(name: "Cabinet Member for Adult Social Care", partnerID: "LA", voting: true, role: "Elected member"),
            BoardMember(name: "ICB Northmoor Place Director", partnerID: "ICB", voting: true, role: "Co-chair"),
            BoardMember(name: "ICB Deputy Chief Finance Officer", partnerID: "ICB", voting: true, role: "ICB finance lead"),
            BoardMember(name: "Head of Adults Finance", partnerID: "LA", voting: false,
                        role: "Pooled fund manager (Head of Finance – Adults, Health and Integration)"),
            BoardMember(name: "Director of Public Health", partnerID: "LA", voting: false, role: "Adviser"),
        ],
        votingMembersPerPartner: 2,
        retainedDecisions: ["Contribution changes", "New schemes over £500k", "Risk-share changes", "Termination"])

    static let schedules = [
        Schedule(number: 1, title: "Scheme specifications"),
        Schedule(number: 2, title: "Governance"),
        Schedule(number: 3, title: "Risk share and overspends"),
        Schedule(number: 4, title: "Joint working obligations"),
        Schedule(number: 5, title: "Performance arrangements"),
        Schedule(number: 6, title: "Board terms of reference"),
        Schedule(number: 7, title: "Information governance protocol"),
        Schedule(number: 8, title: "Non-financial contributions"),
    ]

    static let contributions = [
        Contribution(id: "C1", partnerID: "ICB", source: .nhsMinimum, amount: .thousands(25_800),
                     notes: "Of which ASC minimum ≥ 9,800; includes consolidated ICB discharge element 2,150"),
        Contribution(id: "C2", partnerID: "ICB", source: .additionalNHS, amount: .thousands(1_400),
                     notes: "ICB share of community equipment"),
        Contribution(id: "C3", partnerID: "LA", source: .laBetterCareGrant, amount: .thousands(11_700),
                     notes: "Former iBCF 9,600 + former LA discharge 2,100"),
        Contribution(id: "C4", partnerID: "LA", source: .additionalLA, amount: .thousands(3_600),
                     notes: "Reablement base budget 1,800; equipment/telecare 1,800"),
        Contribution(id: "C5", partnerID: "LA", source: .disabledFacilitiesGrant, amount: .thousands(3_200),
                     notes: "Capital sub-pool"),
    ]

    static let providers = [
        Provider(id: "P01", name: "Northmoor Community Health NHS Trust", providerType: "NHS Community Provider",
                 allianceShareBasisPoints: 8_000),
        Provider(id: "P02", name: "Northmoor Teaching Hospitals NHS FT", providerType: "NHS Acute Provider",
                 allianceShareBasisPoints: 1_000),
        Provider(id: "P03", name: "Pennine Vale Mental Health NHS FT", providerType: "NHS Mental Health Provider",
                 allianceShareBasisPoints: 1_000),
        Provider(id: "P04", name: "Northmoor Borough Council in-house", providerType: "Local Authority"),
        Provider(id: "P05", name: "Moorside Home Care Ltd", providerType: "Private Sector"),
        Provider(id: "P06", name: "Heathfield Care Homes Group", providerType: "Private Sector"),
        Provider(id: "P07", name: "Northmoor Carers' Centre", providerType: "Charity / Voluntary Sector"),
        Provider(id: "P08", name: "EquipWell Community Equipment CIC", providerType: "Private Sector"),
    ]

    static let contracts = [
        Contract(id: "K01", providerID: "P01", form: .nhsStandardContract, title: "Community services (S04, S05, S10)",
                 value: .thousands(11_200), paymentBasis: "Fixed payment", lines: ["S04", "S05", "S10"]),
        Contract(id: "K02", providerID: "P02", form: .nhsStandardContract, title: "Transfer of Care Hub (contract variation)",
                 value: .thousands(1_500), paymentBasis: "Fixed payment", lines: ["S06"]),
        Contract(id: "K03", providerID: "P03", form: .nhsStandardContract, title: "Older people's MH liaison & crisis",
                 value: .thousands(1_300), paymentBasis: "Fixed payment", lines: ["S07"]),
        Contract(id: "K04", providerID: "P04", form: .inHouse, title: "Home First, HIA/DFG, ASC operations, programme office",
                 value: .thousands(11_100), paymentBasis: "Internal budget / service level agreement (no contract)", lines: ["S01a", "S01b", "S12", "S16", "S17"]),
        Contract(id: "K05", providerID: "P05", form: .framework, title: "Council home care framework",
                 value: .thousands(10_300), paymentBasis: "Spot £25.80/hr long-term; £26.25/hr bridging and capacity hours", lines: ["S03", "S13", "S15"]),
        Contract(id: "K06a", providerID: "P06", form: .block, title: "20 D2A beds",
                 value: .thousands(1_196), paymentBasis: "£1,150 per bed-week", lines: ["S02"]),
        Contract(id: "K06b", providerID: "P06", form: .spot, title: "Spot D2A and long-term placements",
                 value: .thousands(4_704), paymentBasis: "Spot D2A £1,250/bed-week; long-term avg £1,050/bed-week", lines: ["S02", "S14"]),
        Contract(id: "K07", providerID: "P07", form: .grant, title: "Carers support & breaks",
                 value: .thousands(900), paymentBasis: "Grant; 5% at risk on three outcomes × £15k",
                 atRisk: .thousands(45), payment: .outcomes(carersOutcomes), lines: ["S09"]),
        Contract(id: "K08", providerID: "P08", form: .equipmentService, title: "Integrated community equipment service",
                 value: .thousands(3_200),
                 paymentBasis: "Catalogue prices, recycling credits, delivery by urgency; ICB 1,400 / council 1,800", lines: ["S08a", "S08b"]),
        Contract(id: "K09", providerID: "P01", form: .alliance, title: "Ageing Well Alliance incentive (80% share)",
                 value: .thousands(240), paymentBasis: "Outcome step rule: 100% / 50% / 0% on M1, M2, M4",
                 atRisk: .thousands(240), payment: .outcomes(allianceIncentive(.thousands(240))), lines: ["S11"]),
        Contract(id: "K10", providerID: "P02", form: .alliance, title: "Ageing Well Alliance incentive (10% share)",
                 value: .thousands(30), paymentBasis: "Outcome step rule: 100% / 50% / 0% on M1, M2, M4",
                 atRisk: .thousands(30), payment: .outcomes(allianceIncentive(.thousands(30))), lines: ["S11"]),
        Contract(id: "K11", providerID: "P03", form: .alliance, title: "Ageing Well Alliance incentive (10% share)",
                 value: .thousands(30), paymentBasis: "Outcome step rule: 100% / 50% / 0% on M1, M2, M4",
                 atRisk: .thousands(30), payment: .outcomes(allianceIncentive(.thousands(30))), lines: ["S11"]),
    ]
}
