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
            Binding(.global, [.character("["), .character("<")], .previousPeriod, hint: true),
            Binding(.global, [.character("]"), .character(">")], .nextPeriod),
            Binding(.global, [.character("u")], .toggleUnit, hint: true),
            Binding(.global, [.character("v")], .nextView, hint: true),
            Binding(.global, [.character("m")], .nextModel),
            Binding(.global, [.control("l")], .redraw),
            Binding(.global, [.control("z")], .suspend),
            Binding(.global, [.character("q"), .function(10), .control("c")], .quit, hint: true),
            Binding(.global, [.character("z")], .undo),
            Binding(.global, [.character("Z")], .redo),
            Binding(.list, [.enter, .right, .character("l")], .open, hint: true),
            Binding(.list, [.character("e")], .edit, hint: true),
            Binding(.list, [.character("E")], .editInForm),
            Binding(.list, [.character("a")], .add),
            Binding(.list, [.character("A")], .addOther),
            Binding(.list, [.character("d")], .delete),
            Binding(.detail, [.character("e"), .character("E")], .editInForm),
            Binding(.form, [.enter], .saveForm, hint: true),
            Binding(.form, [.tab, .down], .nextField, hint: true),
            Binding(.form, [.backTab, .up], .previousField),
            Binding(.form, [.backspace, .delete], .erase),
            Binding(.form, [.escape], .back, hint: true),
            Binding(.confirm, [.escape], .back, hint: true),
            Binding(.list, [.escape, .backspace, .left, .character("h")], .back),
            Binding(.detail, [.escape, .backspace, .left, .character("h")], .back, hint: true),
            Binding(.detail, [.enter, .right, .character("l")], .open),
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
