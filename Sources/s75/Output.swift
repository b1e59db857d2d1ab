import Foundation

/// What s75 writes to its standard output and error. Text that came from a file (a provider's name, a ledger's cost
/// centre, a user name) may hold control characters that would drive the terminal of whoever reads it (retitle it,
/// clear it, write its clipboard with OSC 52), so every one is shown as "?", as the screens show them. Line ends and
/// tabs are kept; JSON has escaped its own already.
enum Output {
    /// `text` with every control character but a tab, a line feed and a CR before a line feed shown as "?".
    static func safe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let lineEnd = scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n"
            result.append(isControl(scalar) && !lineEnd ? "?" : scalar)
        }
        return String(result)
    }

    /// Writes `text` and `terminator` to standard output, made safe.
    static func print(_ text: String, terminator: String = "\n") {
        Swift.print(safe(text), terminator: terminator)
    }

    /// Writes `text` to standard output, made safe, without a line end of its own.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(safe(text).utf8))
    }

    /// A control character: C0 (but a tab and a line feed), DEL or C1.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n") || (0x7F..<0xA0).contains(scalar.value)
    }
}
