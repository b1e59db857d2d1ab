import S75App
import S75Domain
import S75Screen
import S75Text

/// The Budgets pane's summary: totals by every dimension the board asks about, and the ring-fence checks.
enum BudgetsSummary {
    static func view(_ state: AppState, width: Int, selected: Int?) -> PaneView {
        let a = state.agreement
        let unit = state.displayUnit
        var lines = state.coverageNote.map { ListLine.warning($0, width: width) + [.blank] } ?? []
        var item = 0
        for dimension in RollUpDimension.summaryOrder {
            let layout = TableLayout(columns: [Column(dimension.label, width: 14, alignment: .left, priority: 10, flexible: true,
                                                      maxWidth: 40)]
                                     + MonitoringFigures.columns(unit: unit, period: state.period, for: state.agreement), width: width)
            let rows = a.rollUp(by: dimension, at: state.period)
            lines.append(.section("By \(dimension.label.lowercased())"))
            lines.append(.header(layout))
            for row in rows {
                lines.append(.row(layout, [TableCell(shortLabel(row, dimension, in: a))]
                                          + row.figures.cells(unit: unit, status: a.status(row.figures), sign: a.signConvention), item: item))
                item += 1
            }
            let total = rows.map(\.figures).total()
            lines.append(.total(layout, ["Pool total"] + total.cells(unit: unit, status: a.status(total), sign: a.signConvention)))
            lines.append(.blank)
        }
        lines.append(.section("Ring-fence checks"))
        for check in a.ringFenceChecks(at: state.period) {
            let mark = switch check.result {
            case .met: TableCell("✓ met", role: .ragGreen)
            case .notMet: TableCell("✗ NOT MET", role: .ragRed)
            case .notSet: TableCell("– not set", role: .ragMissing)
            case .notKnown: TableCell("? not known", role: .ragMissing)
            }
            lines.append(ListLine([TextRun(DisplayWidth.pad(mark.text, to: 10), role: mark.role), TextRun(check.name)], role: .tableRow,
                                  item: item))
            item += 1
            lines += ListLine.notes("           " + check.detail, width: width)
        }
        lines.append(.blank)
        lines += ListLine.notes(a.signConvention.legend + " RAG: " + a.financeRAG.description
                                + ". Groups with both revenue and capital lines are shown as two rows. Enter on a row lists its lines "
                                + "(a provider's detail for a provider). v shows the year-end position.",
                                width: width)
        return PaneView(title: "Budgets — summary at \(state.period.label) (month \(state.period.monthOfYear)), \(unit.label)",
                        lines: lines, selected: selected)
    }

    /// A group's name short enough for 80 columns: short source and partner names; a group split into
    /// revenue and capital says which ("Council revenue").
    static func shortLabel(_ row: RollUpRow, _ dimension: RollUpDimension, in a: Agreement) -> String {
        let parts = row.key.split(separator: "/").map(String.init)
        let ledger = parts.count == 2 ? Ledger(rawValue: parts[1]) : nil
        let key = parts.first ?? row.key
        let name: String? = switch dimension {
        case .source: FundingSource(rawValue: key)?.shortLabel
        case .partner, .leadCommissioner: a.partner(key)?.shortName
        default: nil
        }
        guard let name else { return row.label }
        return ledger.map { "\(name) \($0.label.lowercased())" } ?? name
    }
}
