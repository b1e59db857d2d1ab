import S75App
import S75Domain
import S75Screen
import S75Text

/// The detail of one selected item, as label–value lines and small tables.
enum DetailView {
    static func make(for item: PaneItem, state: AppState, width: Int) -> PaneView {
        var sheet = DetailSheet(width: width)
        let title: String
        switch item {
        case .fact, .group, .ringFence, .reconciliation, .ledgerRule, .suspense:  // never opened as details: Enter acts on them
            title = "Agreement"
        case .contribution(let id):
            guard let c = state.agreement.contributions.first(where: { $0.id == id }) else { return missing(id) }
            title = "Contribution \(c.id) — \(c.source.label)"
            ContributionDetail.fill(&sheet, c, state: state)
        case .line(let id):
            guard let line = state.agreement.lines[id: id] else { return missing(id) }
            title = "Scheme line \(line.id) — \(line.name)"
            LineDetail.fill(&sheet, line, state: state)
        case .provider(let id):
            guard let provider = state.agreement.provider(id) else { return missing(id) }
            title = "Provider \(provider.id) — \(provider.name)"
            ProviderDetail.fill(&sheet, provider, state: state)
        case .chargeBack(let id):
            guard let c = state.agreement.chargeBacks.first(where: { $0.id == id }) else { return missing(id) }
            title = "Charge-back \(c.id) — \(state.agreement.partner(c.partnerID)?.shortName ?? c.partnerID)"
            sheet.field("Charged to", "\(c.partnerID) \(state.agreement.partner(c.partnerID)?.name ?? "")")
            sheet.field("On line", "\(c.lineID) \(state.agreement.lines[id: c.lineID]?.name ?? "")")
            sheet.field("Amount", MoneyFormat.exact(c.amount))
            sheet.field("Decided", c.period.label)
            sheet.field("Why", c.reason)
            sheet.field("Effect", "charged back in full to the partner before the revenue pool's variance is shared (Schedule 3)")
        case .variation(let id):
            guard let v = state.agreement.budgetVariations.first(where: { $0.id == id }) else { return missing(id) }
            title = "Budget variation \(v.id) — \(v.summary)"
            VariationDetail.fill(&sheet, v, state: state)
        case .sharedLines:
            title = "Alliance incentive pool — lines shared by several providers"
            ProviderDetail.fillShared(&sheet, state: state)
        case .auditEntry(let sequence):
            guard let entry = state.audit.first(where: { $0.sequence == sequence }) else { return missing("\(sequence)") }
            title = "Change \(sequence)"
            AuditPane.fill(&sheet, entry)
        case .contract(let id):
            guard let contract = state.agreement.contracts[id: id] else { return missing(id) }
            title = "Contract \(contract.id) — \(contract.title)"
            ProviderDetail.fillContract(&sheet, contract, state: state)
        case .personalBudget(let id):
            guard let b = state.agreement.personalBudgets.first(where: { $0.id == id }) else { return missing(id) }
            title = "Integrated personal budget \(b.id) — \(b.person)"
            let split = b.split
            sheet.field("Support plan", MoneyFormat.exact(b.plan) + " a year, from line \(b.lineID)")
            sheet.field("ICB (health share)", "\(MoneyFormat.exact(split.icb)) (\(PercentFormat.percent(b.healthBasisPoints)) of the plan)")
            sheet.field("The person", "\(MoneyFormat.exact(split.person)) (\(MoneyFormat.exact(b.weeklyClientContribution)) a week × 52)")
            sheet.field("Council", "\(MoneyFormat.exact(split.council)) (the social-care share less the person's contribution)")
            sheet.field("Paid as", b.route.label)
        case .minute(let id):
            guard let minute = state.agreement.minutes.first(where: { $0.id == id }) else { return missing(id) }
            title = "\(minute.kind.label) \(minute.id)"
            DecisionsPane.fill(&sheet, minute, state: state)
        case .metric(let id):
            guard let metric = state.agreement.metrics[id: id] else { return missing(id) }
            title = "Metric \(metric.id) — \(metric.name)"
            MetricDetail.fill(&sheet, metric, state: state)
        case .risk(let id):
            guard let risk = state.agreement.risks.first(where: { $0.id == id }) else { return missing(id) }
            title = "Risk \(risk.id) — \(risk.title)"
            DecisionsPane.fill(&sheet, risk, in: state.agreement)
        case .person(let account):
            guard let person = state.agreement.person(loggingInAs: account) else { return missing(account) }
            title = "\(person.name) (\(person.account))"
            PersonDetail.fill(&sheet, person, state: state)
        case .signOff(let id):
            guard let signOff = state.agreement.signOffs.first(where: { $0.id == id }) else { return missing(id) }
            title = "Sign-off \(signOff.id)"
            PersonDetail.fill(&sheet, signOff, state: state)
        }
        return PaneView(title: title, lines: sheet.lines, selected: nil)
    }

    static func missing(_ id: String) -> PaneView {
        PaneView(title: "Not found", lines: ListLine.notes("\(id) is no longer in the agreement. Press Esc to go back.", width: 60), selected: nil)
    }
}

/// A detail being built: label–value lines that wrap, section headings and tables.
struct DetailSheet {
    static let labelWidth = 24
    let width: Int
    var lines: [ListLine] = []

    init(width: Int) { self.width = width }

    /// A labelled value, wrapped under itself when long.
    mutating func field(_ label: String, _ value: String, role: StyleRole? = nil) {
        for (n, part) in TextWrap.lines(value, width: max(10, width - Self.labelWidth - 1)).enumerated() {
            lines.append(ListLine([TextRun(DisplayWidth.pad(n == 0 ? label : "", to: Self.labelWidth) + " ", role: .label),
                                   TextRun(part, role: role)], role: .normal))
        }
    }

    /// Labelled values two to a row when the width allows, one to a row otherwise.
    mutating func pairs(_ items: [(label: String, value: String, role: StyleRole?)]) {
        let half = (width - 1) / 2
        let labelWidth = 18
        guard half - labelWidth >= 20 else {
            for item in items { field(item.label, item.value, role: item.role) }
            return
        }
        var index = 0
        while index < items.count {
            var runs: [TextRun] = []
            for item in items[index..<min(index + 2, items.count)] {
                runs.append(TextRun(DisplayWidth.pad(item.label, to: labelWidth) + " ", role: .label))
                runs.append(TextRun(DisplayWidth.pad(item.value, to: half - labelWidth), role: item.role))
                runs.append(TextRun(" "))
            }
            lines.append(ListLine(runs, role: .normal))
            index += 2
        }
    }

    /// A dim note, wrapped.
    mutating func note(_ text: String) { lines += ListLine.notes(text, width: width) }

    /// A section heading, after a blank line.
    mutating func section(_ title: String) {
        lines.append(.blank)
        lines.append(.section(title))
    }

    /// A table: its header, then one line per row.
    mutating func table(_ columns: [Column], _ rows: [[TableCell]], total: [TableCell]? = nil) {
        let layout = TableLayout(columns: columns, width: width)
        lines.append(.header(layout))
        lines += rows.map { ListLine(layout.line($0), role: .normal) }
        if let total { lines.append(.total(layout, total)) }
    }
}
