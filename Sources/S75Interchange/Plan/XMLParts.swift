import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The attributes of every element with a given name in an XML part.
final class XMLElements: NSObject, XMLParserDelegate {
    private let name: String
    private var found: [[String: String]] = []

    private init(_ name: String) { self.name = name }

    static func parse(_ data: Data, _ name: String) -> [[String: String]] {
        let delegate = XMLElements(name)
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        _ = parser.parse()
        return delegate.found
    }

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

    static func parse(_ data: Data) -> [String] {
        let delegate = SharedStrings()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        _ = parser.parse()
        return delegate.strings
    }

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
        let delegate = SheetCells(shared: shared)
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        _ = parser.parse()
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
