import S75Domain

/// The board pack's charts as inline SVG. None relies on colour: an overspend is a solid bar right of the axis and an
/// underspend a hatched bar left of it, each labelled with its figure; actual and plan differ in line and marker shape.
enum PackCharts {
    /// Each revenue line's forecast variance as a horizontal bar; a line without a return says so instead of a bar.
    static func variance(_ report: BoardReport) -> String {
        let lines = report.schemes.filter { $0.ledger == "revenue" }
        let largest = max(1, lines.compactMap { $0.figures.forecastVariance.map { abs($0) } }.max() ?? 1)
        let rowHeight = 16, width = 640, axis = 380, half = 200
        var marks = ""
        for (i, line) in lines.enumerated() {
            let y = 30 + i * rowHeight
            marks += text(line.line, x: 10, y: y + 11)
            guard let v = line.figures.forecastVariance else {
                marks += text("no return", x: axis + 6, y: y + 11)
                continue
            }
            let length = Int(Double(abs(v)) / Double(largest) * Double(half))
            let label = (v > 0 ? "+" : v < 0 ? "−" : "") + MoneyText.pounds(Money(pence: abs(v)))
            if v >= 0 {
                marks += "<rect x=\"\(axis)\" y=\"\(y + 2)\" width=\"\(length)\" height=\"\(rowHeight - 4)\" fill=\"#333\"/>"
                marks += text(label, x: axis + length + 4, y: y + 11)
            } else {
                marks += "<rect x=\"\(axis - length)\" y=\"\(y + 2)\" width=\"\(length)\" height=\"\(rowHeight - 4)\" fill=\"url(#hatch)\" stroke=\"#000\"/>"
                marks += text(label, x: axis - length - 4, y: y + 11, anchor: "end")
            }
        }
        let height = 40 + lines.count * rowHeight
        return svg(title: "Forecast variance by revenue line",
                   description: "Bars right of the axis (solid) are forecast overspends, left of it (hatched) underspends; each is labelled with its amount.",
                   width: width, height: height,
                   body: text("Forecast variance by line: solid right = overspend, hatched left = underspend", x: 10, y: 16, bold: true)
                       + "<line x1=\"\(axis)\" y1=\"24\" x2=\"\(axis)\" y2=\"\(height - 8)\" stroke=\"#000\"/>" + marks)
    }

    /// Each funding source's budget to date (an outlined bar) against its actual to date (a solid bar), labelled.
    static func spend(_ report: BoardReport) -> String {
        let rows = report.poolBySource
        let largest = max(1, rows.map { max($0.budgetToDate, $0.actualToDate ?? 0) }.max() ?? 1)
        let width = 640, left = 220, span = 300, rowHeight = 30
        var marks = ""
        for (i, row) in rows.enumerated() {
            let y = 30 + i * rowHeight
            func length(_ pence: Int64) -> Int { Int(Double(pence) / Double(largest) * Double(span)) }
            marks += text(row.label, x: 10, y: y + 16)
            marks += "<rect x=\"\(left)\" y=\"\(y + 2)\" width=\"\(length(row.budgetToDate))\" height=\"11\" fill=\"#fff\" stroke=\"#000\"/>"
            marks += text("budget " + MoneyText.pounds(Money(pence: row.budgetToDate)), x: left + length(row.budgetToDate) + 4, y: y + 11)
            if let actual = row.actualToDate {
                marks += "<rect x=\"\(left)\" y=\"\(y + 14)\" width=\"\(length(actual))\" height=\"11\" fill=\"#333\"/>"
                marks += text("actual " + MoneyText.pounds(Money(pence: actual)), x: left + length(actual) + 4, y: y + 24)
            } else {
                marks += text("actual: no return", x: left + 4, y: y + 24)
            }
        }
        return svg(title: "Spend to date against the profile, by funding source",
                   description: "For each source, the outlined bar is the budget to date and the solid bar the actual to date, each labelled.",
                   width: width, height: 40 + rows.count * rowHeight,
                   body: text("Spend against profile to date: outlined = budget to date, solid = actual to date", x: 10, y: 16, bold: true) + marks)
    }

    /// Each metric's quarterly values (solid line, round markers) against its quarterly plan (dashed line, square markers).
    static func trajectories(_ a: Agreement, at period: Period) -> String {
        let metrics = a.metrics.filter { m in m.values.contains { if case .quarter = $0.period { true } else { false } } || m.quarterlyTargets.contains { $0 != nil } }
        guard !metrics.isEmpty else { return "" }
        let cell = 300, height = 150
        var panels = ""
        for (index, m) in metrics.enumerated() {
            let x0 = (index % 2) * (cell + 20) + 10, y0 = 30 + (index / 2) * (height + 20)
            let actual: [Int: Double] = Dictionary(m.values.compactMap { v in
                if case .quarter(let q) = v.period { (q, Double(v.value.thousandths) / 1000) } else { nil }
            }) { first, _ in first }
            let plan: [Int: Double] = Dictionary(uniqueKeysWithValues: m.quarterlyTargets.enumerated().compactMap { i, t in
                t.map { (i + 1, Double($0.thousandths) / 1000) }
            })
            let all = Array(actual.values) + Array(plan.values)
            let low = all.min() ?? 0, high = all.max() ?? 1, range = max(high - low, 0.001)
            func point(_ q: Int, _ v: Double) -> (Int, Int) { (x0 + 30 + (q - 1) * 80, y0 + 110 - Int((v - low) / range * 80)) }
            panels += text("\(m.id) \(m.name)", x: x0, y: y0 + 12, bold: true)
            for q in 1...4 { panels += text("Q\(q)", x: x0 + 30 + (q - 1) * 80, y: y0 + 135, anchor: "middle") }
            let planPoints = plan.keys.sorted().map { point($0, plan[$0]!) }
            let actualPoints = actual.keys.sorted().map { point($0, actual[$0]!) }
            if planPoints.count > 1 {
                panels += "<polyline points=\"\(planPoints.map { "\($0.0),\($0.1)" }.joined(separator: " "))\" fill=\"none\" stroke=\"#000\" stroke-dasharray=\"5,4\"/>"
            }
            for (p, q) in zip(planPoints, plan.keys.sorted()) {
                panels += "<rect x=\"\(p.0 - 3)\" y=\"\(p.1 - 3)\" width=\"6\" height=\"6\" fill=\"#fff\" stroke=\"#000\"/>"
                panels += text(number(plan[q]!), x: p.0 + 5, y: p.1 - 5)
            }
            if actualPoints.count > 1 {
                panels += "<polyline points=\"\(actualPoints.map { "\($0.0),\($0.1)" }.joined(separator: " "))\" fill=\"none\" stroke=\"#000\" stroke-width=\"2\"/>"
            }
            for (p, q) in zip(actualPoints, actual.keys.sorted()) {
                panels += "<circle cx=\"\(p.0)\" cy=\"\(p.1)\" r=\"3.5\" fill=\"#000\"/>"
                panels += text(number(actual[q]!), x: p.0 + 5, y: p.1 + 13)
            }
            if actualPoints.isEmpty { panels += text("no values published yet", x: x0 + 30, y: y0 + 70) }
        }
        return svg(title: "Metric trajectories by quarter", description: "Solid lines with round markers are actual values; dashed lines with square markers the plan.",
                   width: 640, height: 40 + (metrics.count + 1) / 2 * (height + 20),
                   body: text("Metrics by quarter: solid line ● = actual, dashed line ■ = plan", x: 10, y: 16, bold: true) + panels)
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value))" : "\((value * 100).rounded() / 100)"
    }

    private static func text(_ value: String, x: Int, y: Int, anchor: String = "start", bold: Bool = false) -> String {
        "<text x=\"\(x)\" y=\"\(y)\" font-size=\"10\" text-anchor=\"\(anchor)\"\(bold ? " font-weight=\"bold\"" : "")>\(HTML.escape(value))</text>"
    }

    /// The diagonal hatching an underspend bar is filled with.
    private static let hatch = "<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
        + "patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#000\" stroke-width=\"2\"/></pattern></defs>"

    private static func svg(title: String, description: String, width: Int, height: Int, body: String) -> String {
        """
        <svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="\(HTML.escape(title))" viewBox="0 0 \(width) \(height)">\
        <title>\(HTML.escape(title))</title><desc>\(HTML.escape(description))</desc>\(body.contains("url(#hatch)") ? hatch : "")\(body)</svg>

        """
    }
}
