import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One XML part of a workbook, read by a parser delegate.
enum XMLPart {
    /// `delegate` once it has read the whole of `data` (a part it cannot parse leaves it with what it read).
    static func read<Delegate: XMLParserDelegate>(_ data: Data, with delegate: Delegate) -> Delegate {
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        _ = parser.parse()
        return delegate
    }
}

/// The attributes of every element with a given name in an XML part.
final class XMLElements: NSObject, XMLParserDelegate {
    private let name: String
    private var found: [[String: String]] = []

    private init(_ name: String) { self.name = name }

    static func parse(_ data: Data, _ name: String) -> [[String: String]] { XMLPart.read(data, with: XMLElements(name)).found }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if element == name { found.append(attributes) }
    }
}

/// The shared strings of a workbook, in order (a cell of type "s" holds an index into them).
final class SharedStrings: NSObject, XMLParserDelegate {
    private var strings: [String] = []
    private var current: String?
    private var inText = false

    static func parse(_ data: Data) -> [String] { XMLPart.read(data, with: SharedStrings()).strings }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if element == "si" { current = "" }
        if element == "t" { inText = true }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current?.append(string) }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        if element == "t" { inText = false }
        if element == "si" { strings.append(current ?? ""); current = nil }
    }
}

/// A worksheet's cells as rows of text, placed by their references (a row or cell left out is empty).
final class SheetCells: NSObject, XMLParserDelegate {
    private let shared: [String]
    private var rows: [Int: [Int: String]] = [:]
    private var row = 0
    private var column = 0
    private var type = ""
    private var value: String?
    private var collecting = false

    private init(shared: [String]) { self.shared = shared }

    static func parse(_ data: Data, shared: [String]) -> [[String]] {
        let delegate = XMLPart.read(data, with: SheetCells(shared: shared))
        let last = delegate.rows.keys.max() ?? 0
        let width = (delegate.rows.values.compactMap { $0.keys.max() }.max() ?? -1) + 1  // every row as wide as the widest
        return (1...max(1, last)).map { r in
            let cells = delegate.rows[r] ?? [:]
            return (0..<width).map { cells[$0] ?? "" }
        }
    }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch element {
        case "row": row = Int(attributes["r"] ?? "") ?? row + 1; column = -1
        case "c":
            column = attributes["r"].map(XLSX.columnIndex) ?? column + 1
            type = attributes["t"] ?? ""
            value = nil
        case "v", "t": collecting = true; if value == nil { value = "" }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting { value?.append(string) }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        switch element {
        case "v", "t": collecting = false
        case "c":
            var text = value ?? ""
            if type == "s", let index = Int(text), shared.indices.contains(index) { text = shared[index] }
            if type == "b" { text = text == "1" ? "TRUE" : "FALSE" }
            if !text.isEmpty { rows[row, default: [:]][column] = text }
        default: break
        }
    }
}
