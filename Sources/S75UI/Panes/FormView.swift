import S75App
import S75Domain
import S75Screen
import S75Text

/// A form: one line per field, its label, the text as typed (the focused one with a cursor), and beside it
/// what is wrong with it or an example; under a focused pick-list, the choices its text matches.
enum FormView {
    static let labelWidth = 28

    static func view(_ state: AppState, _ form: FormState, width: Int) -> PaneView {
        let year = state.agreement.financialYear
        let inThousands = state.displayUnit == .thousands
        var lines: [ListLine] = []
        if let conflict = form.conflict, !conflict.fields.isEmpty {
            lines += ListLine.warning("Changed in another session. Both of you changed \(conflict.fields.count == 1 ? "this field" : "these fields")"
                                      + " (what only one of you changed is merged below):", width: width)
            for field in conflict.fields {
                lines += ListLine.warning("  \(field.label): theirs \(field.theirs); yours \(field.mine)", width: width)
            }
            lines += ListLine.warning("Enter keeps yours; Esc takes theirs.", width: width)
        } else if let conflict = form.conflict {
            lines += ListLine.warning("Changed in another session. Theirs: \(conflict.theirs.map(AppState.describe) ?? "removed"). "
                                      + "Enter saves yours over theirs; Esc shows theirs.", width: width)
        } else if form.changedUnderneath {
            lines += ListLine.warning("Another session changed this record since the form opened; saving will show both.", width: width)
        }
        let valueWidth = max(12, min(40, width - labelWidth - 24))
        for (index, field) in form.fields.enumerated() {
            let focused = index == form.focus
            let problem = field.text.isEmpty && field.optional ? nil : field.problem(inThousands: inThousands, year: year)
            let shown = focused && !field.locked ? field.text + "▏" : field.text
            var runs = [TextRun(DisplayWidth.pad(field.label + (field.optional ? "" : " *"), to: labelWidth) + " ", role: .label),
                        TextRun(DisplayWidth.pad(shown, to: valueWidth), role: focused ? .cellActive : field.locked ? .dim : nil)]
            if let problem, !(field.text.isEmpty && !focused) {
                runs.append(TextRun(" ✗ " + problem, role: .statusError))
            } else if focused, field.kind == .money, !field.text.isEmpty,
                      case .success(let amount) = MoneyInput.parse(field.text, inThousands: inThousands) {
                runs.append(TextRun(" = " + MoneyFormat.exact(amount), role: .label))
            } else if field.locked {
                runs.append(TextRun(" fixed once saved", role: .dim))
            } else if focused || field.text.isEmpty {
                runs.append(TextRun(field.hint.isEmpty ? "" : " " + field.hint, role: .dim))
            }
            lines.append(ListLine(runs, role: .tableRow, item: index))
            if focused, case .choice(let choices) = field.kind {
                let matches = FormField.matches(field.text, in: choices)
                let listed = matches.prefix(6).map { "\($0.value) \($0.label)" }.joined(separator: " · ")
                lines += ListLine.notes(String(repeating: " ", count: labelWidth + 1) + "→ " + (matches.isEmpty ? "no choice matches" : listed)
                                        + (matches.count > 6 ? " …" : ""), width: width)
            }
        }
        lines.append(.blank)
        lines += ListLine.notes("* required. Type to fill a field; Tab or ↓ moves on (a pick-list takes the choice its text names); "
                                + "Enter saves; Esc cancels (asking first if anything changed).", width: width)
        return PaneView(title: form.title + (form.isNew ? "" : " — editing") + (state.displayUnit == .thousands && form.fields.contains { $0.kind == .money } ? " (money in £000)" : ""),
                        lines: lines, selected: form.focus)
    }
}
