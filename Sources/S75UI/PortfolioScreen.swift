import S75App
import S75Domain
import S75Screen
import S75Text

/// Draws the region's portfolio: a header naming the account and server, every agreement it may see side by side with
/// the pools added up, each partner's exposure across them, the status line and the key bar. A figure an agreement
/// cannot give yet says so ("no return", "missing"), and an exposure lacking one is never shown as a whole.
public enum PortfolioScreen {
    /// The commands the portfolio answers, in the key bar's order.
    static let commands: [Command] = [.moveDown, .open, .toggleUnit, .quit]

    /// The rows of the table a page moves by on a terminal of `size`.
    public static func pageSize(for size: Size) -> Int { max(1, size.rows - 8) }

    /// The frame for `browser` on a terminal of `size`.
    public static func render(_ browser: PortfolioBrowser, size: Size, keymap: Keymap = .standard) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        guard size.contains(Screen.minimumSize) else {
            Screen.drawTooSmall(size, into: &buffer)
            return buffer
        }
        let p = browser.portfolio
        buffer.fill(buffer.area.row(0), role: .header)
        let right = "\(browser.user) · \(p.rows.count) agreement\(p.rows.count == 1 ? "" : "s") · \(browser.displayUnit.label) "
        buffer.write(" Portfolio", x: 0, y: 0, role: .headerTitle)
        buffer.write(right, x: size.columns - DisplayWidth.of(right), y: 0, role: .header)
        let lines = self.lines(browser, width: size.columns - 2)
        buffer.write(" Each agreement at its reporting month; overspend +", in: buffer.area.row(1), role: .paneTitle)
        let content = Rect(x: 0, y: 2, width: size.columns, height: size.rows - 4)
        ListView.draw(lines, selected: p.rows.isEmpty ? nil : browser.selected, in: content, into: &buffer)
        let status = buffer.area.row(size.rows - 2)
        buffer.fill(status, role: .status)
        let store = "server: \(browser.server) "
        if let message = browser.message {
            buffer.write(" " + message.text, x: 0, y: status.y, role: message.kind == .error ? .statusError : .status, maxWidth: size.columns)
        } else {
            let position = p.rows.isEmpty ? "no agreements" : "\(browser.selected + 1) of \(p.rows.count): \(p.rows[browser.selected].title)"
            buffer.write(" " + position, x: 0, y: status.y, role: .status, maxWidth: size.columns)
            let room = size.columns - DisplayWidth.of(position) - 4
            if DisplayWidth.of(store) <= room { buffer.write(store, x: size.columns - DisplayWidth.of(store), y: status.y, role: .status) }
        }
        buffer.write(" " + keymap.hints(for: commands, in: .list), in: buffer.area.row(size.rows - 1), role: .keyHint)
        return buffer
    }

    /// The agreements' table, its total, then each partner's exposure.
    static func lines(_ browser: PortfolioBrowser, width: Int) -> ListLines {
        let p = browser.portfolio, unit = browser.displayUnit
        let money = max(10, MoneyFormat.amount(p.poolTotal, unit: unit).count + 1)  // "incomplete" and "no return" whole
        let shares = p.rows.map { row in
            row.liabilities.map { "\($0.short) \($0.amount.map { MoneyFormat.amount($0, unit: unit, signed: true) } ?? "missing")" }
                .joined(separator: " · ")
        }
        let agreements = TableLayout(columns: [
            Column("Agreement", width: min(20, max(9, p.rows.map { DisplayWidth.of($0.id) }.max() ?? 0)), alignment: .left, priority: 10),
            Column("Title", width: 28, alignment: .left, priority: 3),
            Column("Month", width: 6, alignment: .left, priority: 7),
            Column("Pool", width: money, priority: 9),
            Column("Fcst var", width: money, priority: 9),
            Column("RAG", width: 9, alignment: .left, priority: 8),
            Column("Partners' shares", width: min(40, max(16, shares.map(DisplayWidth.of).max() ?? 0)), alignment: .left, priority: 6),
            Column("Closed", width: 6, priority: 5),
            Column("Approved", width: 8, priority: 5),
            Column("Overdue", width: 7, priority: 7),
        ], width: width)
        var lines: ListLines = [.header(agreements)]
        lines += p.rows.enumerated().map { index, row in
            let variance = row.forecastVariance
            return ListLine.row(agreements, [
                TableCell(row.id), TableCell(row.title), TableCell("\(row.period.shortLabel) \(row.period.label.prefix(3))"),
                TableCell(MoneyFormat.amount(row.pool, unit: unit)),
                variance.map { TableCell(MoneyFormat.amount($0, unit: unit, signed: true), role: $0.isNegative ? .moneyNegative : nil) }
                    ?? TableCell(MoneyFormat.noReturn, role: .ragMissing),
                TableCell(row.rag, role: ragRole(row.rag)),
                TableCell(shares[index]),
                TableCell("\(row.monthsClosed)"), TableCell("\(row.monthsApproved)"),
                TableCell("\(row.overdueActions)", role: row.overdueActions > 0 ? .ragRed : nil),
            ], item: index)
        }
        let variances = p.rows.map(\.forecastVariance)
        let varianceTotal = variances.contains(nil) ? TableCell("incomplete", role: .ragMissing)
            : TableCell(MoneyFormat.amount(variances.reduce(Money.zero) { $0 + ($1 ?? .zero) }, unit: unit, signed: true))
        lines.append(.total(agreements, ["Total", "", "", TableCell(MoneyFormat.amount(p.poolTotal, unit: unit)), varianceTotal, "", "", "", "",
                                         TableCell("\(p.rows.reduce(0) { $0 + $1.overdueActions })")]))
        lines.append(.blank)
        lines.append(.section("Each partner's forecast share across the agreements"))
        let incomplete = p.exposures.contains { !$0.missing.isEmpty }
        let exposures = TableLayout(columns: [
            Column("Partner", width: 16, alignment: .left, priority: 10, flexible: true, maxWidth: 56),
            Column("Agreements", width: 10, priority: 8),
            Column("Forecast share", width: max(14, money), priority: 9),
        ] + (incomplete ? [
            Column("Known so far", width: max(12, money), priority: 7),
            Column("Missing from", width: 12, alignment: .left, priority: 6, flexible: true, maxWidth: 40),
        ] : []), width: width)
        lines.append(.header(exposures))
        lines += p.exposures.map { e in
            let known = MoneyFormat.amount(e.known, unit: unit, signed: true)
            return ListLine(exposures.line([
                TableCell(e.partner), TableCell("\(e.agreements)"),
                e.missing.isEmpty ? TableCell(known, role: e.known.isNegative ? .moneyNegative : nil) : TableCell("incomplete", role: .ragMissing),
                TableCell(known), TableCell(e.missing.isEmpty ? "—" : e.missing.joined(separator: ", ")),
            ]), role: .tableRow)
        }
        lines += ListLine.notes("A share is the partner's part of its agreement's forecast revenue variance under that agreement's risk "
                                + "share; \"no return\" and \"missing\" where a line has no return for the month, so nothing is counted for it.",
                                width: width)
        return lines
    }

    /// The role a RAG word from the board report is drawn in.
    static func ragRole(_ rag: String) -> StyleRole {
        switch rag {
        case "Red": .ragRed
        case "Amber": .ragAmber
        case "Green": .ragGreen
        default: .ragMissing
        }
    }
}
