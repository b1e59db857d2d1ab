import S75Domain

/// What each kind of form holds: its fields for a record (or a new one), and the record its fields make.
public enum FormSpec {
    /// The form for `kind`, filled from `record` (nil: a new record with sensible defaults).
    public static func form(_ kind: FormKind, record: AgreementRecord?, in a: Agreement, version: Int?,
                            inThousands: Bool) -> FormState {
        var fields: [FormField]
        switch (kind, record) {
        case (.agreement, _): fields = agreementFields(a.details, in: a)
        case (.partner, .partner(let p)?): fields = partnerFields(p)
        case (.partner, _): fields = partnerFields(Partner(id: "", name: "", shortName: "", kind: .localAuthority, role: ""))
        case (.contribution, .contribution(let c)?): fields = contributionFields(c, in: a)
        case (.contribution, _):
            fields = contributionFields(Contribution(id: nextID("C", a.contributions.map(\.id)), partnerID: a.partners.first?.id ?? "",
                                                     source: .nhsMinimum, amount: .zero), in: a)
        case (.line, .line(let l)?): fields = lineFields(l, in: a)
        case (.line, _): fields = lineFields(newLine(in: a), in: a)
        case (.provider, .provider(let p)?): fields = providerFields(p)
        case (.provider, _): fields = providerFields(Provider(id: nextID("P", a.providers.map(\.id)), name: "", providerType: ""))
        case (.contract, .contract(let c)?): fields = contractFields(c, in: a)
        case (.contract, _):
            fields = contractFields(Contract(id: nextID("K", a.contracts.map(\.id)), providerID: a.providers.first?.id ?? "",
                                             form: .block, title: "", value: .zero, paymentBasis: ""), in: a)
        case (.metric, .metric(let m)?): fields = metricFields(m)
        case (.metric, _): fields = metricFields(newMetric(in: a))
        case (.meeting, .meeting(let m)?): fields = meetingFields(m, isNew: false, in: a)
        case (.meeting, _): fields = meetingFields(Meeting(date: a.meetings.last?.date ?? a.start, period: a.reportingPeriod), isNew: true, in: a)
        case (.minute, .minute(let m)?): fields = minuteFields(m)
        case (.minute, _): fields = minuteFields(Minute(id: a.nextMinuteID(.action), kind: .action, meeting: a.meetings.last?.date ?? a.start,
                                                       item: "", text: ""))
        case (.personalBudget, .personalBudget(let b)?): fields = personalBudgetFields(b, in: a)
        case (.personalBudget, _):
            fields = personalBudgetFields(IntegratedPersonalBudget(id: nextID("PB", a.personalBudgets.map(\.id)), person: "",
                                                                   lineID: a.lines.first?.id ?? "", plan: .zero, healthBasisPoints: 0), in: a)
        case (.ledgerRule, .ledgerRule(let r)?): fields = ledgerRuleFields(r, in: a)
        case (.ledgerRule, _):
            fields = ledgerRuleFields(LedgerRule(id: nextID("R", a.ledgerRules.map(\.id)), costCentre: "", lineID: ""), in: a)
        case (.chargeBack, .chargeBack(let c)?): fields = chargeBackFields(c, in: a)
        case (.chargeBack, _): fields = chargeBackFields(newChargeBack(in: a, at: a.reportingPeriod), in: a)
        case (.variation, .variation(let v)?): fields = variationFields(v, in: a)
        case (.variation, _): fields = variationFields(newVariation(in: a, from: nil), in: a)
        case (.person, .person(let p)?): fields = personFields(p, in: a)
        case (.person, _):
            fields = personFields(Person(account: "", name: "", partnerID: a.hostPartnerID, roles: a.people.isEmpty ? [.pfm] : []), in: a)
        case (.bcfReturn, .bcfAnswers(let b)?): fields = bcfReturnFields(b)
        case (.bcfReturn, _): fields = bcfReturnFields(a.bcfReturnAnswers(a.financialYear, .endOfYear))
        case (.risk, .risk(let r)?): fields = riskFields(r, in: a)
        case (.risk, _): fields = riskFields(Risk(id: nextID("RR", a.risks.map(\.id)), title: "", owner: "", likelihood: 3, impact: 3,
                                                  mitigation: ""), in: a)
        case (.auditFilter, _): fields = []
        }
        if inThousands {
            for index in fields.indices where fields[index].kind == .money {
                fields[index].hint = "in £000 unless written with £ (e.g. 1,234 is £1,234,000)"
            }
        }
        if record != nil, kind != .agreement, let index = fields.firstIndex(where: { $0.kind == .identifier }) { fields[index].locked = true }
        let title = record == nil && kind != .agreement ? "New \(kind.noun)" : kind == .agreement ? "Agreement details"
            : "\(kind.noun.prefix(1).uppercased() + kind.noun.dropFirst()) \(record?.key.id ?? "")"
        return FormState(kind: kind, title: title, fields: fields, key: kind == .agreement ? .agreement : record?.key, baseVersion: version)
    }

    /// The record the form's fields make, or the first thing wrong with them.
    public static func record(from form: FormState, in a: Agreement, inThousands: Bool) -> Result<AgreementRecord, EditError> {
        let reader = FormReader(fields: form.fields, inThousands: inThousands, year: a.financialYear)
        let existing = form.key.flatMap(a.record)
        do throws(EditError) {
            switch form.kind {
            case .agreement: return .success(.agreement(try agreementDetails(reader, in: a)))
            case .partner: return .success(.partner(try partner(reader)))
            case .contribution: return .success(.contribution(try contribution(reader)))
            case .line:
                guard case .line(let old)? = existing else { return .success(.line(try line(reader, keeping: newLine(in: a)))) }
                return .success(.line(try line(reader, keeping: old)))
            case .provider: return .success(.provider(try provider(reader)))
            case .contract:
                let old: Contract? = if case .contract(let c)? = existing { c } else { nil }
                return .success(.contract(try contract(reader, keeping: old)))
            case .metric:
                let old: Metric? = if case .metric(let m)? = existing { m } else { nil }
                return .success(.metric(try metric(reader, keeping: old ?? newMetric(in: a))))
            case .meeting:
                let old: Meeting? = if case .meeting(let m)? = existing { m } else { nil }
                return .success(.meeting(try meeting(reader, keeping: old)))
            case .minute:
                let old: Minute? = if case .minute(let m)? = existing { m } else { nil }
                return .success(.minute(try minute(reader, keeping: old)))
            case .personalBudget: return .success(.personalBudget(try personalBudget(reader)))
            case .ledgerRule: return .success(.ledgerRule(try ledgerRule(reader)))
            case .chargeBack: return .success(.chargeBack(try chargeBack(reader)))
            case .variation: return .success(.variation(try variation(reader)))
            case .person: return .success(.person(try person(reader)))
            case .risk: return .success(.risk(try risk(reader)))
            case .bcfReturn:
                let old: BCFReturnAnswers? = if case .bcfAnswers(let b)? = existing { b } else { BCFReturnAnswers(id: reader.text("id")) }
                guard let old else { return .failure(EditError("the return is named by its year and kind, e.g. 2025-26 q3")) }
                return .success(.bcfAnswers(try bcfReturn(reader, keeping: old)))
            case .auditFilter:
                return .failure(EditError("the audit filter is not a record"))
            }
        } catch {
            return .failure(error)
        }
    }

    /// The next free identifier with `prefix`: C6 after C1…C5, S18 after S17.
    static func nextID(_ prefix: String, _ ids: [String]) -> String {
        let numbers = ids.compactMap { id -> Int? in
            guard id.hasPrefix(prefix) else { return nil }
            return Int(id.dropFirst(prefix.count).prefix { $0.isNumber })
        }
        let next = (numbers.max() ?? 0) + 1
        return prefix + (next < 10 && prefix != "P" && prefix != "K" ? "\(next)" : next < 10 ? "0\(next)" : "\(next)")
    }

    static func partnerChoices(_ a: Agreement) -> [Choice] { a.partners.map { Choice($0.id, $0.name) } }
    static func providerChoices(_ a: Agreement) -> [Choice] { a.providers.map { Choice($0.id, $0.name) } }
    static func choices<T: RawRepresentable & CaseIterable>(_ type: T.Type, _ label: (T) -> String) -> [Choice] where T.RawValue == String {
        T.allCases.map { Choice($0.rawValue, label($0)) }
    }
}
