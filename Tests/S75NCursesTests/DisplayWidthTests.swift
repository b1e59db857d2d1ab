import Glibc
import S75Screen
import S75Text
import Testing

/// Display width against the C library that ncurses measures with.
@Suite("Display width as wcwidth")
struct DisplayWidthTests {
    /// The C library's wcwidth, looked up at run time (the Glibc module does not export it).
    static let wcwidth: @convention(c) (wchar_t) -> Int32 = {
        let symbol = dlsym(dlopen(nil, RTLD_NOW), "wcwidth")
        return unsafeBitCast(symbol, to: (@convention(c) (wchar_t) -> Int32).self)
    }()

    @Test("every printable code point is as wide as wcwidth says, in C.UTF-8")
    func matchesWcwidth() {
        _ = setlocale(LC_CTYPE, "C.UTF-8")
        var mismatches: [String] = []
        for value in UInt32(0x20)...0x10FFFF where !(0x7F..<0xA0).contains(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = Int(Self.wcwidth(wchar_t(bitPattern: value)))
            guard expected >= 0 else { continue }
            if DisplayWidth.of(scalar) != expected, mismatches.count < 10 {
                mismatches.append("U+\(String(value, radix: 16, uppercase: true)): \(DisplayWidth.of(scalar)) ≠ \(expected)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test("emoji and symbols are two cells; £, — and é one; a combining accent none",
          arguments: [("🩺", 2), ("🚀", 2), ("☕", 2), ("⚡", 2), ("🫠", 2), ("£", 1), ("—", 1), ("é", 1), ("e\u{301}", 1), ("中", 2)])
    func examples(text: String, cells: Int) {
        #expect(DisplayWidth.of(text) == cells)
    }
}
