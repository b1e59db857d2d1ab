import S75App
import S75Screen

extension Keymap {
    /// The keys s75 ships with. Arrows and Enter always work; vi letters are aliases.
    public static let standard: Keymap = {
        let table: [Binding] = [
            Binding(.global, [.character("?"), .function(1)], .help, hint: true),
            Binding(.global, [.tab], .nextPane, hint: true),
            Binding(.global, [.backTab], .previousPane),
            Binding(.global, [.character("1")], .showAgreement),
            Binding(.global, [.character("2")], .showBudgets),
            Binding(.global, [.character("3")], .showProviders),
            Binding(.global, [.character("4")], .showOutcomes),
            Binding(.global, [.character("5")], .showAudit),
            Binding(.global, [.down, .character("j")], .moveDown, hint: true),
            Binding(.global, [.up, .character("k")], .moveUp),
            Binding(.global, [.pageDown, .control("f")], .pageDown),
            Binding(.global, [.pageUp, .control("b")], .pageUp),
            Binding(.global, [.home, .character("g")], .moveToFirst),
            Binding(.global, [.end, .character("G")], .moveToLast),
            Binding(.global, [.character("["), .character("<")], .previousPeriod, hint: true, panes: [.budgets, .providers, .outcomes]),
            Binding(.global, [.character("]"), .character(">")], .nextPeriod, panes: [.budgets, .providers, .outcomes]),
            Binding(.global, [.character("u")], .toggleUnit, hint: true, panes: [.agreement, .budgets, .providers]),
            Binding(.global, [.character("v")], .nextView, hint: true, panes: [.budgets]),
            Binding(.global, [.character("m")], .nextModel, panes: [.budgets]),
            Binding(.global, [.control("l")], .redraw),
            Binding(.global, [.control("z")], .suspend),
            Binding(.global, [.character("q"), .function(10), .control("c")], .quit, hint: true),
            Binding(.global, [.character("/")], .search, hint: true, panes: [.agreement, .budgets, .providers, .outcomes]),
            Binding(.global, [.character("n")], .nextMatch, panes: [.agreement, .budgets, .providers, .outcomes]),
            Binding(.global, [.character("N")], .previousMatch, panes: [.agreement, .budgets, .providers, .outcomes]),
            Binding(.search, [.enter], .runSearch, hint: true),
            Binding(.search, [.backspace, .delete], .erase),
            Binding(.search, [.escape], .back, hint: true),
            Binding(.global, [.character("w")], .walk, hint: true, panes: [.agreement, .budgets, .providers, .outcomes]),
            Binding(.walk, [.character(" "), .right, .character("l")], .nextStep, hint: true),
            Binding(.walk, [.left, .backspace, .character("h")], .previousStep, hint: true),
            Binding(.walk, [.enter], .openStep, hint: true),
            Binding(.walk, [.escape], .back, hint: true),
            Binding(.global, [.character("z")], .undo),
            Binding(.global, [.character("Z")], .redo),
            Binding(.list, [.enter, .right, .character("l")], .open, hint: true,
                    panes: [.budgets, .providers, .outcomes, .audit]),
            Binding(.list, [.enter, .right, .character("l")], .editInForm, hint: true, panes: [.agreement]),
            Binding(.list, [.character("e")], .edit, hint: true, panes: [.agreement, .budgets, .providers, .outcomes]),
            Binding(.list, [.character("E")], .editInForm, panes: [.budgets, .providers, .outcomes]),
            Binding(.list, [.character("a")], .add, panes: [.agreement, .budgets, .providers, .outcomes]),
            Binding(.list, [.character("f")], .filter, hint: true, panes: [.audit]),
            Binding(.list, [.character("A")], .addOther, panes: [.budgets, .providers]),
            Binding(.list, [.character("d")], .delete, panes: [.agreement, .budgets, .providers, .outcomes]),
            Binding(.detail, [.character("e"), .character("E")], .editInForm),
            Binding(.form, [.enter], .saveForm, hint: true),
            Binding(.form, [.tab, .down], .nextField, hint: true),
            Binding(.form, [.backTab, .up], .previousField),
            Binding(.form, [.backspace, .delete], .erase),
            Binding(.form, [.escape], .back, hint: true),
            Binding(.confirm, [.escape], .back, hint: true),
            Binding(.list, [.escape, .backspace, .left, .character("h")], .back),
            Binding(.detail, [.escape, .backspace, .left, .character("h")], .back, hint: true),
            Binding(.help, [.escape, .character("?"), .character("q"), .enter, .function(1), .backspace], .closeHelp,
                    hint: true),
            Binding(.help, [.control("l")], .redraw),
            Binding(.grid, [.enter], .saveCell, hint: true),
            Binding(.grid, [.tab, .right], .nextCell, hint: true),
            Binding(.grid, [.backTab, .left], .previousCell),
            Binding(.grid, [.backspace, .delete], .erase),
            Binding(.grid, [.escape], .back, hint: true),
            Binding(.grid, [.control("n")], .startMonth, hint: true),
            Binding(.help, [.control("c")], .quit),
        ]
        do {
            return try Keymap(table)
        } catch {
            preconditionFailure("the standard keymap is inconsistent: \(error)")
        }
    }()
}
