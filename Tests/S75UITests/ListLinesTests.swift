import S75Screen
import Testing

/// A list's lines with runs of rows made on demand: the same lines as if built whole, and only the drawn rows made.
@Suite("List lines")
struct ListLinesTests {
    /// Counts the rows made.
    final class Counter { var made: [Int] = [] }

    /// A heading, a header, 5,000 rows made on demand, a total, a blank, a note.
    static func lines(_ counter: Counter) -> ListLines {
        var lines: ListLines = [ListLine(text: "Scheme lines", role: .section), ListLine([TextRun("Line  Budget")], role: .tableHeader)]
        lines.appendRows(count: 5_000, firstItem: 3) { n in
            counter.made.append(n)
            return ListLine([TextRun("S\(n)")], item: 3 + n)
        }
        lines += [ListLine([TextRun("Pool total")], role: .tableTotal), .blank, ListLine(text: "a note", role: .dim)]
        return lines
    }

    @Test("where an item, the first and last rows and the pinned header are, without making a row")
    func positionsWithoutRows() {
        let counter = Counter()
        let lines = Self.lines(counter)
        #expect(lines.count == 5_005)
        #expect(lines.lineIndex(ofItem: 3) == 2)
        #expect(lines.lineIndex(ofItem: 5_002) == 5_001)
        #expect(lines.lineIndex(ofItem: 5_003) == nil)
        #expect(lines.itemLines?.first == 2 && lines.itemLines?.last == 5_001)
        #expect(lines.pinnedHeader(first: 4_000) == 1)
        #expect(lines.pinnedHeader(first: 5_004) == nil, "below the blank, the table's header is not pinned")
        #expect(lines.tableLineCount == 5_001)
        #expect(counter.made.isEmpty)
    }

    @Test("a row is made once, when first read, and reads as a whole list would")
    func rowsOnDemand() {
        let counter = Counter()
        let lines = Self.lines(counter)
        #expect(lines[4_002].runs.map(\.text) == ["S4000"])
        #expect(lines[4_002].item == 4_003)
        #expect(lines[4_002] == lines[4_002])
        #expect(counter.made == [4_000])
        #expect(lines[5_002].role == .tableTotal && lines[0].role == .section)
        let whole = Array(Self.lines(Counter()))
        #expect(whole.count == 5_005 && whole[2].runs.map(\.text) == ["S0"] && whole[5_004].runs.map(\.text) == ["a note"])
    }

    @Test("drawing a window makes the rows on screen and no others")
    func drawMakesTheWindow() {
        let counter = Counter()
        let lines = Self.lines(counter)
        var buffer = ScreenBuffer(size: Size(columns: 40, rows: 20))
        ListView.draw(lines, selected: 2_500, in: buffer.area, into: &buffer)
        #expect(counter.made.count <= 20)
        #expect(counter.made.contains(2_497))
        #expect(buffer.textSnapshot().contains("Line  Budget"), "the header is pinned over the rows")
    }

    @Test("lines mapped stay made on demand")
    func mapped() {
        let counter = Counter()
        let bright = Self.lines(counter).mappingLines { line in
            var line = line
            line.role = line.role == .dim ? .normal : line.role
            return line
        }
        #expect(bright[5_004].role == .normal)
        #expect(counter.made.isEmpty)
        #expect(bright[10].runs.map(\.text) == ["S8"])
        #expect(counter.made == [8])
    }

    @Test("a list of built tables and runs answers where items are and which header to pin as a scan of its lines would")
    func answersAsAScan() {
        var lines: ListLines = [ListLine(text: "Contracts", role: .section), ListLine([TextRun("ID")], role: .tableHeader)]
        lines += (0..<300).map { (n: Int) in ListLine([TextRun("K\(n)")], item: n) }
        lines += [ListLine([TextRun("Total")], role: .tableTotal), .blank, ListLine(text: "Lines", role: .section),
                  ListLine([TextRun("Line")], role: .tableHeader)]
        lines.appendRows(count: 100, firstItem: 300) { ListLine([TextRun("S\($0)")], item: 300 + $0) }
        lines.append(ListLine([TextRun("Pool")], role: .tableTotal))
        let whole = Array(lines)
        for item in 0..<400 { #expect(lines.lineIndex(ofItem: item) == whole.firstIndex { $0.item == item }) }
        #expect(lines.itemLines?.first == whole.firstIndex { $0.item != nil })
        #expect(lines.itemLines?.last == whole.lastIndex { $0.item != nil })
        func scanned(_ first: Int) -> Int? {
            guard first > 0 else { return nil }
            for index in stride(from: first - 1, through: 0, by: -1) {
                if whole[index].role == .tableHeader { return index }
                if whole[index].runs.isEmpty || whole[index].role == .section { return nil }
            }
            return nil
        }
        for first in 0...whole.count { #expect(lines.pinnedHeader(first: first) == scanned(first), "window from \(first)") }
        #expect(lines.tableLineCount == whole.count { $0.role == .tableRow || $0.role == .tableTotal })
    }
}
