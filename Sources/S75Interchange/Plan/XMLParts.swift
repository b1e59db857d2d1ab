import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads one XML part of a workbook, element by element, keeping count of how deep it is, so that a part cut short
/// (its root never closed) is known; a subclass may stop a part it cannot take (a cell beyond the bounds), saying why.
class BoundedXMLReader: NSObject, XMLParserDelegate {
    /// Why the reader stopped the parser; nil while all is well.
    private(set) var refusal: String?
    private(set) var depth = 0
    private(set) var sawRoot = false

    func didStart(_ element: String, attributes: [String: String], parser: XMLParser) {}
    func didEnd(_ element: String) {}
    func characters(_ string: String, parser: XMLParser) {}

    /// Stops reading, with why.
    func refuse(_ parser: XMLParser, _ why: String) {
        refusal = refusal ?? why
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        depth += 1
        sawRoot = true
        didStart(element, attributes: attributes, parser: parser)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { characters(string, parser: parser) }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
        didEnd(element)
    }
}

/// One XML part of a workbook, read by a reader.
enum XMLPart {
    /// `reader` once it has read the whole of `data`. A part that is not XML to its end (a truncated or damaged
    /// sheet), or that the reader refuses, is refused whole, with where reading stopped: nothing is taken from it.
    static func read<Reader: BoundedXMLReader>(_ data: Data, with reader: Reader, part: String) throws(XLSX.ReadError) -> Reader {
        let parser = XMLParser(data: data)
        parser.delegate = reader
        let finished = parser.parse()
        if let refusal = reader.refusal { throw XLSX.ReadError(description: "\(part): \(refusal)") }
        guard finished, reader.sawRoot, reader.depth == 0 else {
            throw XLSX.ReadError(description: "\(part) is not XML to its end: reading stopped at line \(parser.lineNumber), column "
                                 + "\(parser.columnNumber) (the workbook may be cut short or damaged); nothing was read from it")
        }
        return reader
    }
}

/// The attributes of every element with a given name in an XML part.
final class XMLElements: BoundedXMLReader {
    private let name: String
    private var found: [[String: String]] = []

    private init(_ name: String) { self.name = name }

    static func parse(_ data: Data, _ name: String, part: String) throws(XLSX.ReadError) -> [[String: String]] {
        try XMLPart.read(data, with: XMLElements(name), part: part).found
    }

    override func didStart(_ element: String, attributes: [String: String], parser: XMLParser) {
        if element == name { found.append(attributes) }
    }
}

/// The shared strings of a workbook, in order (a cell of type "s" holds an index into them).
final class SharedStrings: BoundedXMLReader {
    private var strings: [String] = []
    private var current: String?
    private var inText = false

    static func parse(_ data: Data) throws(XLSX.ReadError) -> [String] {
        try XMLPart.read(data, with: SharedStrings(), part: "the shared strings").strings
    }

    override func didStart(_ element: String, attributes: [String: String], parser: XMLParser) {
        if element == "si" { current = "" }
        if element == "t" { inText = true }
    }

    override func characters(_ string: String, parser: XMLParser) {
        if inText { current?.append(string) }
    }

    override func didEnd(_ element: String) {
        if element == "t" { inText = false }
        if element == "si" { strings.append(current ?? ""); current = nil }
    }
}

/// A worksheet's cells as rows of text, placed by their references (a row or cell left out is empty).
final class SheetCells: BoundedXMLReader {
    private let shared: [String]
    private var rows: [Int: [Int: String]] = [:]
    private var row = 0
    private var column = 0
    private var type = ""
    private var value: String?
    private var collecting = false

    private init(shared: [String]) { self.shared = shared }

    static func parse(_ data: Data, shared: [String], sheet: String) throws(XLSX.ReadError) -> [[String]] {
        let delegate = try XMLPart.read(data, with: SheetCells(shared: shared), part: "sheet \(sheet)")
        let last = delegate.rows.keys.max() ?? 0
        let width = (delegate.rows.values.compactMap { $0.keys.max() }.max() ?? -1) + 1  // every row as wide as the widest
        guard last * width <= XLSX.maximumCells else {
            throw XLSX.ReadError(description: "sheet \(sheet) spans \(last) rows × \(width) columns, more than the \(XLSX.maximumCells) cells s75 reads")
        }
        return (1...max(1, last)).map { r in
            let cells = delegate.rows[r] ?? [:]
            return (0..<width).map { cells[$0] ?? "" }
        }
    }

    override func didStart(_ element: String, attributes: [String: String], parser: XMLParser) {
        switch element {
        case "row":
            row = Int(attributes["r"] ?? "") ?? row + 1
            column = -1
            if !(1...XLSX.maximumRows).contains(row) { refuse(parser, "row \(attributes["r"] ?? "\(row)") is beyond the \(XLSX.maximumRows) rows s75 reads") }
        case "c":
            if let reference = attributes["r"] {
                guard let index = XLSX.columnIndex(reference), index < XLSX.maximumColumns else {
                    return refuse(parser, "cell \(reference.prefix(40)) is beyond the \(XLSX.maximumColumns) columns s75 reads")
                }
                column = index
            } else {
                column += 1
            }
            type = attributes["t"] ?? ""
            value = nil
        case "v", "t": collecting = true; if value == nil { value = "" }
        default: break
        }
    }

    override func characters(_ string: String, parser: XMLParser) {
        if collecting { value?.append(string) }
        if let value, value.utf8.count > XLSX.maximumCellBytes {
            refuse(parser, "a cell in row \(row) holds more than \(XLSX.maximumCellBytes) bytes")
        }
    }

    override func didEnd(_ element: String) {
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
