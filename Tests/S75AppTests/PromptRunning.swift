import S75App

/// Types `line` on the `:` command line and runs it, as a user would; the effects it asks for.
func run(_ state: inout AppState, _ line: String) -> [Effect] {
    _ = reduce(&state, .openPrompt(""))
    for character in line { _ = reduce(&state, .typed(character)) }
    return reduce(&state, .runPrompt)
}
