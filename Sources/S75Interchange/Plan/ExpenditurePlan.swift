import S75Documents
import S75Domain

/// The BCF planning template's expenditure plan: its rows read into scheme lines, and scheme lines written back as its
/// rows, in the same columns, so that plan → s75 → plan keeps every cell.
public enum ExpenditurePlan {
    /// A row that cannot be taken: its row number in the sheet, the column, and why.
    public struct Problem: Hashable, Sendable, CustomStringConvertible {
        public var row: Int
        public var column: String
        public var message: String

        public var description: String { "row \(row), \(column): \(message)" }
    }

    /// What reading a plan gives: the agreement with the plan's lines, the rows taken, and the rows refused.
    public struct Result: Sendable {
        public var agreement: Agreement
        public var linesRead: Int
        public var problems: [Problem]
    }

    /// How a plan that changes the budget of a line already reported on records the change: as a variation from
    /// `effective` (by default the month after the reporting month), for `reason`, agreed as recorded.
    public struct VariationTerms: Hashable, Sendable {
        public var effective: Period?
        public var reason: String
        public var decision: Minute.ID?
        public var partnersApproval: String

        public init(effective: Period? = nil, reason: String = "the BCF plan as revised", decision: Minute.ID? = nil, partnersApproval: String = "") {
            self.effective = effective
            self.reason = reason
            self.decision = decision
            self.partnersApproval = partnersApproval
        }
    }

    /// The agreement with the plan's rows as scheme lines (a line already there with the same identifier is replaced,
    /// keeping its returns). Partners and providers the plan needs are added. Refused rows are left out and listed.
    ///
    /// A line's budget is its original one until the line has a return or a month is closed; after that a different
    /// budget in the plan is recorded as a variation on `terms` (never an overwrite), refused as the delegated limits say.
    public static func read(_ rows: [[String]], into base: Agreement, columns: PlanColumns = .standard,
                            varying terms: VariationTerms = VariationTerms()) throws(InterchangeError) -> Result {
        let wanted = PlanColumns.normalised(columns.headers[.schemeID] ?? "")
        guard let headerIndex = rows.firstIndex(where: { $0.contains { PlanColumns.normalised($0) == wanted } }) else {
            throw InterchangeError(path: "", "no header row: no cell says \"\(columns.headers[.schemeID] ?? "")\"")
        }
        var at: [PlanColumns.Field: Int] = [:]
        for field in PlanColumns.Field.allCases {
            let header = PlanColumns.normalised(columns.headers[field] ?? "")
            if let index = rows[headerIndex].firstIndex(where: { PlanColumns.normalised($0) == header }) { at[field] = index }
            else if field.isRequired {
                throw InterchangeError(path: "row \(headerIndex + 1)", "no column \"\(columns.headers[field] ?? "")\" in the header row")
            }
        }
        var a = base
        let (la, icb) = commissioners(&a)
        var problems: [Problem] = []
        var parsed: [(row: Int, providers: [String], line: SchemeLine)] = []
        for (offset, cells) in rows.enumerated().dropFirst(headerIndex + 1) where cells.contains(where: { !$0.trimmingSpaces().isEmpty }) {
            let row = offset + 1
            func cell(_ field: PlanColumns.Field) -> String {
                guard let index = at[field], cells.indices.contains(index) else { return "" }
                return cells[index].trimmingSpaces()
            }
            func problem(_ field: PlanColumns.Field, _ message: String) { problems.append(Problem(row: row, column: columns.headers[field] ?? "", message: message)) }
            let before = problems.count
            let schemeID = cell(.schemeID)
            if schemeID.isEmpty || schemeID.contains(" ") { problem(.schemeID, "a scheme needs an identifier without spaces") }
            if cell(.schemeName).isEmpty { problem(.schemeName, "a scheme needs a name") }
            if !PlanTerms.knownSchemeType(cell(.schemeType)) {
                problem(.schemeType, "unknown scheme type \"\(cell(.schemeType))\" (expected a national BCF scheme type, e.g. Carers Services)")
            }
            let area = PlanTerms.area(cell(.areaOfSpend))
            if area == nil { problem(.areaOfSpend, "unknown area of spend \"\(cell(.areaOfSpend))\" (expected Social Care, Community Health, Mental Health, Continuing Care, Primary Care, Acute or Other)") }
            let source = PlanTerms.source(cell(.source))
            if source == nil {
                problem(.source, "unknown source of funding \"\(cell(.source))\" (expected \(FundingSource.allCases.map(PlanTerms.name).joined(separator: ", ")))")
            }
            var budget = Money.zero
            switch MoneyInput.parse(cell(.expenditure)) {
            case .success(let amount) where !amount.isNegative: budget = amount
            case .success: problem(.expenditure, "expenditure cannot be negative")
            case .failure: problem(.expenditure, "\"\(cell(.expenditure))\" is not an amount in pounds, e.g. 1,234,567.89")
            }
            var commissioner = Commissioner.localAuthority
            switch PlanColumns.normalised(cell(.commissioner)) {
            case "local authority", "la": commissioner = .localAuthority
            case "nhs", "icb", "ccg": commissioner = .integratedCareBoard
            case "joint":
                if let nhs = PlanTerms.share(cell(.nhsPercent)) {
                    commissioner = .joint(nhsBasisPoints: nhs)
                    if let laShare = PlanTerms.share(cell(.laPercent)), laShare + nhs != 10_000 {
                        problem(.laPercent, "\(PercentText.exact(laShare)) LA and \(PercentText.exact(nhs)) NHS do not make 100%")
                    }
                } else {
                    problem(.nhsPercent, "a joint scheme needs the NHS share from 0% to 100%, e.g. 44% or 33.33%")
                }
            default: problem(.commissioner, "unknown commissioner \"\(cell(.commissioner))\" (expected Local Authority, NHS or Joint)")
            }
            var isNew: Bool?
            switch PlanColumns.normalised(cell(.newOrExisting)) {
            case "": isNew = nil
            case "new": isNew = true
            case "existing": isNew = false
            default: problem(.newOrExisting, "\"\(cell(.newOrExisting))\" is neither New nor Existing")
            }
            guard problems.count == before, let area, let source else { continue }
            let lead: Partner.ID = switch commissioner {
            case .localAuthority: la
            case .integratedCareBoard: icb
            case .joint(let nhs): nhs > 5_000 ? icb : nhs < 5_000 ? la : a.hostPartnerID  // an even split: the host leads
            }
            let providers = cell(.provider).split(separator: ";").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
            let output = [cell(.outputs), cell(.units)].filter { !$0.isEmpty }.joined(separator: " ")
            parsed.append((row, providers, SchemeLine(id: schemeID, schemeID: schemeID, name: cell(.schemeName), schemeType: cell(.schemeType),
                                                      subType: cell(.subType), areaOfSpend: area, commissioner: commissioner,
                                                      leadCommissionerID: lead, providerIDs: [], source: source, budget: budget,
                                                      plannedOutput: output, description: cell(.description), isNewScheme: isNew)))
        }
        for (scheme, members) in Dictionary(grouping: parsed.indices, by: { parsed[$0].line.schemeID }) where members.count > 1 {
            for (n, index) in members.sorted().enumerated() { parsed[index].line.id = scheme + String(UnicodeScalar(UInt8(97 + n % 26))) }
        }
        for (row, names, line) in parsed {
            var line = line
            let old = a.lines[id: line.id]
            if let old {
                (line.profile, line.budgetType, line.arrangement) = (old.profile, old.budgetType, old.arrangement)
                line.delegatedFunctions = old.delegatedFunctions
                // A line commissioned the same way keeps its lead: the plan does not say which of two ICBs leads, nor who
                // leads an even joint split.
                if PlanTerms.commissioner(old.commissioner) == PlanTerms.commissioner(line.commissioner) {
                    line.leadCommissionerID = old.leadCommissionerID
                }
            }
            var resolved: [Provider.ID] = []
            for name in names {
                switch provider(named: name, in: &a, keeping: old?.providerIDs ?? []) {
                case .success(let id): resolved.append(id)
                case .failure(let ambiguous): problems.append(Problem(row: row, column: columns.headers[.provider] ?? "", message: ambiguous.message))
                }
            }
            guard resolved.count == names.count else { continue }
            line.providerIDs = resolved
            do {
                var next = a
                if let old, let variation = variation(of: old, to: line.budget, in: a, on: terms) {
                    line.budget = old.budget
                    try next.apply(Change(.line(line)))
                    try next.apply(Change(.variation(variation)))
                } else {
                    try next.apply(Change(.line(line)))
                }
                a = next
            } catch {
                problems.append(Problem(row: row, column: columns.headers[.schemeID] ?? "", message: error.message))
            }
        }
        return Result(agreement: a, linesRead: parsed.count, problems: problems.sorted { ($0.row, $0.column) < ($1.row, $1.column) })
    }

    /// The variation by which `line`, already reported on, comes to `planned` for the year; nil while the line's
    /// budget is still its plan (no return yet and no month closed) or the plan leaves it as it is.
    static func variation(of line: SchemeLine, to planned: Money, in a: Agreement, on terms: VariationTerms) -> BudgetVariation? {
        guard !a.monitoring.entries(for: line.id).isEmpty || a.lastLockedMonth != nil else { return nil }
        let effective = terms.effective ?? a.nextVariationMonth
        let inForce = a.budget(of: line, at: effective.financialYear.month(12))
        guard planned != inForce else { return nil }
        let more = planned > inForce
        return BudgetVariation(id: a.nextVariationID, fromLineID: more ? nil : line.id, toLineID: more ? line.id : nil,
                               amount: (planned - inForce).magnitude, effective: effective, reason: terms.reason,
                               partnerID: line.leadCommissionerID, decision: terms.decision, partnersApproval: terms.partnersApproval)
    }

    /// The records an import changes: every partner, provider and line added or different, the variations it records,
    /// and the agreement's own record, as changes to write one by one (each audited field by field).
    public static func changes(from old: Agreement, to new: Agreement) -> [Change] {
        let keys: [RecordKey] = [.agreement] + new.partners.map { .partner($0.id) } + new.providers.map { .provider($0.id) }
            + new.lines.map { .line($0.id) } + new.budgetVariations.map { .variation($0.id) }
        return keys.compactMap { key in
            let after = new.record(key)
            return after == old.record(key) ? nil : Change(key: key, new: after)
        }
    }

    /// The plan's rows for `a`: the header, then a row per scheme line.
    public static func rows(_ a: Agreement, columns: PlanColumns = .standard) -> [[String]] {
        let fields = PlanColumns.Field.allCases
        return [fields.map { columns.headers[$0] ?? "" }] + a.lines.map { line in
            let (outputs, units) = split(line.plannedOutput)
            let providers = line.providerIDs.map { id in a.provider(id).map { $0.providerType.isEmpty ? $0.name : $0.providerType } ?? id }
            let values: [PlanColumns.Field: String] = [
                .schemeID: line.schemeID, .schemeName: line.name, .description: line.description, .schemeType: line.schemeType,
                .subType: line.subType, .outputs: outputs, .units: units, .areaOfSpend: line.areaOfSpend.label,
                .commissioner: PlanTerms.commissioner(line.commissioner),
                .nhsPercent: { if case .joint(let nhs) = line.commissioner { PercentText.exact(nhs) } else { "" } }(),
                .laPercent: { if case .joint(let nhs) = line.commissioner { PercentText.exact(10_000 - nhs) } else { "" } }(),
                .provider: providers.joined(separator: "; "), .source: PlanTerms.name(line.source),
                .expenditure: PlanTerms.pounds(line.budget),
                .newOrExisting: line.isNewScheme.map { $0 ? "New" : "Existing" } ?? "",
            ]
            return fields.map { values[$0] ?? "" }
        }
    }

    /// "1050 packages" as its figure and units; words alone are units.
    static func split(_ output: String) -> (String, String) {
        let parts = output.split(separator: " ", maxSplits: 1).map(String.init)
        guard let first = parts.first, first.range(of: "^[0-9][0-9,.]*$", options: .regularExpression) != nil else { return ("", output) }
        return (first, parts.count > 1 ? parts[1] : "")
    }

    /// The local authority and ICB partners, added when the agreement has none.
    static func commissioners(_ a: inout Agreement) -> (la: Partner.ID, icb: Partner.ID) {
        func partner(_ kind: Partner.Kind, _ id: String, _ name: String) -> Partner.ID {
            if let found = a.partners.first(where: { $0.kind == kind }) { return found.id }
            a.partners.append(Partner(id: id, name: name, shortName: id == "LA" ? "Council" : "ICB", kind: kind, role: ""))
            return id
        }
        let la = partner(.localAuthority, "LA", "Local authority")
        let icb = partner(.integratedCareBoard, "ICB", "Integrated care board")
        if a.hostPartnerID.isEmpty { a.hostPartnerID = la }
        return (la, icb)
    }

    /// The provider a plan names by its ID, name or type. Among several that fit, the one the line already has is kept;
    /// otherwise several are ambiguous and refused with the candidates. One that fits nothing is added (P01, P02 …).
    static func provider(named text: String, in a: inout Agreement, keeping current: [Provider.ID]) -> Swift.Result<Provider.ID, EditError> {
        let wanted = PlanColumns.normalised(text)
        let fits = a.providers.filter { [$0.id, $0.name, $0.providerType].map(PlanColumns.normalised).contains(wanted) }
        if let exact = fits.first(where: { [$0.id, $0.name].map(PlanColumns.normalised).contains(wanted) }) { return .success(exact.id) }
        if let kept = fits.first(where: { current.contains($0.id) }) { return .success(kept.id) }
        if fits.count > 1 {
            return .failure(EditError("\"\(text)\" fits \(fits.count) providers (\(fits.map { "\($0.id) \($0.name)" }.joined(separator: ", "))): "
                                      + "write the provider's name or ID"))
        }
        if let only = fits.first { return .success(only.id) }
        let numbers = a.providers.compactMap { $0.id.hasPrefix("P") ? Int($0.id.dropFirst()) : nil }
        let next = (numbers.max() ?? 0) + 1
        let id = "P" + (next < 10 ? "0\(next)" : "\(next)")
        a.providers.append(Provider(id: id, name: text, providerType: ProviderType(named: text)?.rawValue ?? ""))
        return .success(id)
    }
}
