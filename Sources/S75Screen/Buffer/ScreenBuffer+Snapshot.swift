extension ScreenBuffer {
    /// The screen's text, one line per row, every row exactly as wide as the screen.
    public func textSnapshot() -> String {
        (0..<size.rows).map { row($0) }.joined(separator: "\n")
    }

    /// The text of row `y`.
    public func row(_ y: Int) -> String {
        (0..<size.columns).map { self[$0, y].character }.joined()
    }

    /// The screen's roles: for each row, the runs of cells that share a role, as
    /// "x-x role" entries, so a test can check what is drawn in which style.
    public func styleSnapshot() -> String {
        (0..<size.rows).map { y in
            var runs: [String] = []
            var start = 0
            for x in 1...size.columns where x == size.columns || self[x, y].role != self[start, y].role {
                runs.append("\(start)-\(x - 1) \(self[start, y].role)")
                start = x
            }
            return "\(y): " + runs.joined(separator: ", ")
        }.joined(separator: "\n")
    }

    /// The screen as a terminal shows it with `theme` at `depth`: for each row, the runs of cells drawn alike, as
    /// "x-x colours attributes" ("0-79 15/4 bold"; "default" where the terminal's own colour shows), so a test can
    /// check what a user sees in colour and in monochrome (`NO_COLOR`, depth none).
    public func resolvedSnapshot(theme: Theme, depth: ColorDepth) -> String {
        func describe(_ style: ResolvedStyle) -> String {
            func colour(_ c: TerminalColor) -> String { if case .index(let i) = c { "\(i)" } else { "default" } }
            let attributes = TextAttributes.names.filter { style.attributes.contains($0.1) }.map(\.0)
            let colours = depth == .none ? "" : "\(colour(style.foreground))/\(colour(style.background)) "
            return colours + (attributes.isEmpty ? "plain" : attributes.joined(separator: "+"))
        }
        return (0..<size.rows).map { y in
            var runs: [String] = []
            var start = 0
            let styles = (0..<size.columns).map { describe(theme.resolve(self[$0, y].role, depth: depth)) }
            for x in 1...size.columns where x == size.columns || styles[x] != styles[start] {
                runs.append("\(start)-\(x - 1) \(styles[start])")
                start = x
            }
            return "\(y): " + runs.joined(separator: ", ")
        }.joined(separator: "\n")
    }

    /// The cells that differ from `previous`, row by row; every cell if the sizes differ.
    public func changes(since previous: ScreenBuffer?) -> [(point: Point, cell: Cell)] {
        var result: [(point: Point, cell: Cell)] = []
        let same = previous?.size == size
        for y in 0..<size.rows {
            for x in 0..<size.columns {
                let cell = self[x, y]
                if !same || previous?[x, y] != cell { result.append((Point(x: x, y: y), cell)) }
            }
        }
        return result
    }
}
