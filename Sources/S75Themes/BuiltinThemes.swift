/// The themes s75 ships, compiled in so that the program needs no files beside it.
///
/// The text of each is exactly the file of the same name in `themes/`; a test fails if they drift.
enum BuiltinThemes {
    static let sources: [(name: String, source: String)] = [
        ("default", #"""
# s75 theme "default": the terminal's own background and text, colour for accents only.
# Each role takes fg/bg (a name such as "cyan" or "bright-white", a palette index 0-255, or
# "default"), fg16/bg16 for 16- and 8-colour terminals, attrs (bold, underline, reverse, dim,
# italic), and mono: the attributes used when colour is off (NO_COLOR, monochrome terminals).
# Roles fall back from the specific to the general: table.row.selected -> table.row -> default.
name = "default"

[roles]
"default" = {}
"header" = { fg = 231, bg = 24, fg16 = "bright-white", bg16 = "blue", mono = ["reverse"] }
"header.title" = { fg = 231, bg = 24, fg16 = "bright-white", bg16 = "blue", attrs = ["bold"], mono = ["reverse", "bold"] }
"tab" = {}
"tab.active" = { fg = 231, bg = 25, fg16 = "bright-white", bg16 = "blue", attrs = ["bold"], mono = ["reverse", "bold"] }
"pane.title" = { attrs = ["bold"] }
"pane.border" = { fg = 67, fg16 = "blue" }
"section" = { fg = 74, fg16 = "cyan", attrs = ["bold"], mono = ["bold", "underline"] }
"table.header" = { attrs = ["underline"] }
"table.row" = {}
"table.row.selected" = { fg = 16, bg = 153, fg16 = "black", bg16 = "cyan", attrs = ["bold"], mono = ["reverse", "bold"] }
"table.total" = { attrs = ["bold"] }
"label" = { fg = 110, fg16 = "cyan" }
"money.negative" = { fg = 73, fg16 = "cyan" }
"rag.red" = { fg = 203, fg16 = "bright-red", attrs = ["bold"] }
"rag.amber" = { fg = 214, fg16 = "yellow", attrs = ["bold"] }
"rag.green" = { fg = 114, fg16 = "green" }
"rag.under" = { fg = 141, fg16 = "magenta", attrs = ["bold"] }
"rag.missing" = { fg = 246, fg16 = "white", attrs = ["italic"], mono = ["dim"] }
"cell.active" = { fg = 16, bg = 228, fg16 = "black", bg16 = "bright-yellow", attrs = ["bold"], mono = ["bold", "underline"] }
"search.match" = { attrs = ["reverse", "underline"], mono = ["reverse", "underline"] }
"status" = { attrs = ["reverse"] }
"status.message" = { attrs = ["reverse", "bold"] }
"status.error" = { fg = 196, fg16 = "bright-red", attrs = ["reverse", "bold"] }
"status.keys" = {}
"help" = { fg = 252, bg = 236, fg16 = "white", bg16 = "black" }
"help.key" = { fg = 228, bg = 236, fg16 = "bright-yellow", bg16 = "black", attrs = ["bold"] }
"dim" = { fg = 246, fg16 = "white", mono = [] }
"""#),
        ("high-contrast", #"""
# s75 theme "high-contrast": for projectors and shared screens. Paints its own black
# background, white text, yellow and cyan accents; selection is reverse video plus bold,
# so it shows on any display. No dim, no italic.
name = "high-contrast"

[roles]
"default" = { fg = 231, bg = 16, fg16 = "bright-white", bg16 = "black" }
"header" = { fg = 16, bg = 226, fg16 = "black", bg16 = "bright-yellow", mono = ["reverse"] }
"header.title" = { fg = 16, bg = 226, fg16 = "black", bg16 = "bright-yellow", attrs = ["bold"], mono = ["reverse", "bold"] }
"tab" = { fg = 231, bg = 16, fg16 = "bright-white", bg16 = "black" }
"tab.active" = { fg = 16, bg = 51, fg16 = "black", bg16 = "bright-cyan", attrs = ["bold"], mono = ["reverse", "bold"] }
"pane.title" = { fg = 226, bg = 16, fg16 = "bright-yellow", bg16 = "black", attrs = ["bold"] }
"pane.border" = { fg = 231, bg = 16, fg16 = "bright-white", bg16 = "black" }
"section" = { fg = 51, bg = 16, fg16 = "bright-cyan", bg16 = "black", attrs = ["bold"], mono = ["bold", "underline"] }
"table.header" = { fg = 231, bg = 16, fg16 = "bright-white", bg16 = "black", attrs = ["bold", "underline"] }
"table.row.selected" = { fg = 16, bg = 231, fg16 = "black", bg16 = "bright-white", attrs = ["bold"], mono = ["reverse", "bold"] }
"table.total" = { fg = 231, bg = 16, fg16 = "bright-white", bg16 = "black", attrs = ["bold"] }
"label" = { fg = 51, bg = 16, fg16 = "bright-cyan", bg16 = "black" }
"money.negative" = { fg = 51, bg = 16, fg16 = "bright-cyan", bg16 = "black" }
"rag.red" = { fg = 16, bg = 203, fg16 = "black", bg16 = "bright-red", attrs = ["bold"] }
"rag.amber" = { fg = 16, bg = 220, fg16 = "black", bg16 = "bright-yellow", attrs = ["bold"] }
"rag.green" = { fg = 16, bg = 120, fg16 = "black", bg16 = "bright-green", attrs = ["bold"] }
"rag.under" = { fg = 16, bg = 183, fg16 = "black", bg16 = "bright-magenta", attrs = ["bold"] }
"rag.missing" = { fg = 231, bg = 16, fg16 = "bright-white", bg16 = "black", attrs = ["bold", "underline"] }
"cell.active" = { fg = 16, bg = 231, fg16 = "black", bg16 = "bright-white", attrs = ["bold", "underline"], mono = ["bold", "underline"] }
"search.match" = { attrs = ["reverse", "underline"], mono = ["reverse", "underline"] }
"status" = { fg = 16, bg = 231, fg16 = "black", bg16 = "bright-white", mono = ["reverse"] }
"status.message" = { fg = 16, bg = 231, fg16 = "black", bg16 = "bright-white", attrs = ["bold"], mono = ["reverse", "bold"] }
"status.error" = { fg = 231, bg = 160, fg16 = "bright-white", bg16 = "red", attrs = ["bold"], mono = ["reverse", "bold"] }
"status.keys" = { fg = 226, bg = 16, fg16 = "bright-yellow", bg16 = "black" }
"help" = { fg = 231, bg = 16, fg16 = "bright-white", bg16 = "black" }
"help.key" = { fg = 226, bg = 16, fg16 = "bright-yellow", bg16 = "black", attrs = ["bold"] }
"dim" = { fg = 231, bg = 16, fg16 = "bright-white", bg16 = "black" }
"""#),
        ("monochrome", #"""
# s75 theme "monochrome": attributes only, no colour at all. What NO_COLOR and terminals
# without colour (TERM=vt100) get whatever theme is chosen.
name = "monochrome"

[roles]
"default" = {}
"header" = { attrs = ["reverse"] }
"header.title" = { attrs = ["reverse", "bold"] }
"tab.active" = { attrs = ["reverse", "bold"] }
"pane.title" = { attrs = ["bold"] }
"section" = { attrs = ["bold", "underline"] }
"table.header" = { attrs = ["underline"] }
"table.row.selected" = { attrs = ["reverse", "bold"] }
"table.total" = { attrs = ["bold"] }
"rag.red" = { attrs = ["bold"] }
"rag.under" = { attrs = ["bold"] }
"rag.missing" = { attrs = ["underline"] }
"cell.active" = { attrs = ["bold", "underline"] }
"search.match" = { attrs = ["reverse", "underline"], mono = ["reverse", "underline"] }
"status" = { attrs = ["reverse"] }
"status.message" = { attrs = ["reverse", "bold"] }
"status.error" = { attrs = ["reverse", "bold"] }
"help.key" = { attrs = ["bold"] }
"""#),
        ("light", #"""
# s75 theme "light": paints its own white background with dark text, for light terminals and
# projectors; every text colour reaches at least 4.5:1 against its background.
name = "light"

[roles]
"default" = { fg = 16, bg = 231, fg16 = "black", bg16 = "bright-white" }
"header" = { fg = 231, bg = 24, fg16 = "bright-white", bg16 = "blue", mono = ["reverse"] }
"header.title" = { fg = 231, bg = 24, fg16 = "bright-white", bg16 = "blue", attrs = ["bold"], mono = ["reverse", "bold"] }
"tab" = { fg = 16, bg = 254, fg16 = "black", bg16 = "white" }
"tab.active" = { fg = 231, bg = 25, fg16 = "bright-white", bg16 = "blue", attrs = ["bold"], mono = ["reverse", "bold"] }
"pane.title" = { fg = 16, bg = 231, fg16 = "black", bg16 = "bright-white", attrs = ["bold"] }
"pane.border" = { fg = 25, bg = 231, fg16 = "blue", bg16 = "bright-white" }
"section" = { fg = 25, bg = 231, fg16 = "blue", bg16 = "bright-white", attrs = ["bold"], mono = ["bold", "underline"] }
"table.header" = { fg = 16, bg = 231, fg16 = "black", bg16 = "bright-white", attrs = ["underline"] }
"table.row" = { fg = 16, bg = 231, fg16 = "black", bg16 = "bright-white" }
"table.row.selected" = { fg = 16, bg = 153, fg16 = "black", bg16 = "cyan", attrs = ["bold"], mono = ["reverse", "bold"] }
"table.total" = { fg = 16, bg = 231, fg16 = "black", bg16 = "bright-white", attrs = ["bold"] }
"label" = { fg = 24, bg = 231, fg16 = "blue", bg16 = "bright-white" }
"money.negative" = { fg = 25, bg = 231, fg16 = "blue", bg16 = "bright-white" }
"rag.red" = { fg = 124, bg = 231, fg16 = "red", bg16 = "bright-white", attrs = ["bold"] }
"rag.amber" = { fg = 94, bg = 231, fg16 = "yellow", bg16 = "black", attrs = ["bold"] }
"rag.green" = { fg = 22, bg = 231, fg16 = "green", bg16 = "bright-white" }
"rag.under" = { fg = 90, bg = 231, fg16 = "magenta", bg16 = "bright-white", attrs = ["bold"] }
"rag.missing" = { fg = 240, bg = 231, fg16 = "black", bg16 = "bright-white", attrs = ["italic"], mono = ["dim"] }
"cell.active" = { fg = 16, bg = 228, fg16 = "black", bg16 = "bright-yellow", attrs = ["bold"], mono = ["bold", "underline"] }
"search.match" = { attrs = ["reverse", "underline"], mono = ["reverse", "underline"] }
"status" = { fg = 231, bg = 24, fg16 = "bright-white", bg16 = "blue", mono = ["reverse"] }
"status.message" = { fg = 231, bg = 24, fg16 = "bright-white", bg16 = "blue", attrs = ["bold"], mono = ["reverse", "bold"] }
"status.error" = { fg = 231, bg = 124, fg16 = "bright-white", bg16 = "red", attrs = ["bold"], mono = ["reverse", "bold"] }
"status.keys" = { fg = 16, bg = 231, fg16 = "black", bg16 = "bright-white" }
"help" = { fg = 16, bg = 254, fg16 = "black", bg16 = "white" }
"help.key" = { fg = 24, bg = 254, fg16 = "blue", bg16 = "white", attrs = ["bold"] }
"dim" = { fg = 240, bg = 231, fg16 = "black", bg16 = "bright-white", mono = [] }
"""#),
        ("colour-blind-safe", #"""
# s75 theme "colour-blind-safe": the terminal's own (dark) background, with a blue and orange
# palette that reads the same for people who cannot tell red from green. Nothing is told by colour
# alone: every RAG status is also a word, and overspends are bold.
name = "colour-blind-safe"

[roles]
"default" = {}
"header" = { fg = 16, bg = 75, fg16 = "black", bg16 = "bright-cyan", mono = ["reverse"] }
"header.title" = { fg = 16, bg = 75, fg16 = "black", bg16 = "bright-cyan", attrs = ["bold"], mono = ["reverse", "bold"] }
"tab" = {}
"tab.active" = { fg = 16, bg = 214, fg16 = "black", bg16 = "yellow", attrs = ["bold"], mono = ["reverse", "bold"] }
"pane.title" = { attrs = ["bold"] }
"pane.border" = { fg = 75, fg16 = "cyan" }
"section" = { fg = 75, fg16 = "bright-cyan", attrs = ["bold"], mono = ["bold", "underline"] }
"table.header" = { attrs = ["underline"] }
"table.row" = {}
"table.row.selected" = { fg = 16, bg = 153, fg16 = "black", bg16 = "cyan", attrs = ["bold"], mono = ["reverse", "bold"] }
"table.total" = { attrs = ["bold"] }
"label" = { fg = 117, fg16 = "cyan" }
"money.negative" = { fg = 117, fg16 = "cyan" }
"rag.red" = { fg = 208, fg16 = "bright-yellow", attrs = ["bold", "underline"], mono = ["bold", "underline"] }
"rag.amber" = { fg = 222, fg16 = "yellow", attrs = ["bold"] }
"rag.green" = { fg = 75, fg16 = "bright-blue" }
"rag.under" = { fg = 183, fg16 = "bright-magenta", attrs = ["bold"] }
"rag.missing" = { fg = 250, fg16 = "white", attrs = ["italic"], mono = ["dim"] }
"cell.active" = { fg = 16, bg = 228, fg16 = "black", bg16 = "bright-yellow", attrs = ["bold"], mono = ["bold", "underline"] }
"search.match" = { attrs = ["reverse", "underline"], mono = ["reverse", "underline"] }
"status" = { attrs = ["reverse"] }
"status.message" = { attrs = ["reverse", "bold"] }
"status.error" = { fg = 214, fg16 = "yellow", attrs = ["reverse", "bold"] }
"status.keys" = {}
"help" = { fg = 252, bg = 236, fg16 = "white", bg16 = "black" }
"help.key" = { fg = 222, bg = 236, fg16 = "bright-yellow", bg16 = "black", attrs = ["bold"] }
"dim" = { fg = 246, fg16 = "white", mono = [] }
"""#),
    ]
}
