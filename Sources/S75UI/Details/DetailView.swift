import S75App
import S75Domain
import S75Screen

/// The detail of one selected item, as label–value lines and small tables.
enum DetailView {
    static func make(for item: PaneItem, state: AppState, width: Int) -> PaneView {
        var sheet = DetailSheet(width: width)
        let title: String
        switch item {
        case .fact:
            title = "Agreement"
        case .contribution(let id):
            guard let c = state.agreement.contributions.first(where: { $0.id == id }) else { return missing(id) }
            title = "Contribution \(c.id) — \(c.source.label)"
            ContributionDetail.fill(&sheet, c, state: state)
        case .line(let id):
            guard let line = state.agreement.lines.first(where: { $0.id == id }) else { return missing(id) }
            title = "Scheme line \(line.id) — \(line.name)"
            LineDetail.fill(&sheet, line, state: state)
        case .provider(let id):
            guard let provider = state.agreement.provider(id) else { return missing(id) }
            title = "Provider \(provider.id) — \(provider.name)"
            ProviderDetail.fill(&sheet, provider, state: state)
        case .sharedLines:
            title = "Alliance incentive pool — lines shared by several providers"
            ProviderDetail.fillShared(&sheet, state: state)
        case .metric(let id):
            guard let metric = state.agreement.metrics.first(where: { $0.id == id }) else { return missing(id) }
            title = "Metric \(metric.id) — \(metric.name)"
            MetricDetail.fill(&sheet, metric, state: state)
        }
        sheet.lines.append(.blank)
        sheet.lines.append(.note("↑/↓ show the previous or next row's detail; Esc goes back to the list."))
        return PaneView(title: title, lines: sheet.lines, selected: nil)
    }

    static func missing(_ id: String) -> PaneView {
        PaneView(title: "Not found", lines: [.note("\(id) is no longer in the agreement. Press Esc to go back.")], selected: nil)
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
