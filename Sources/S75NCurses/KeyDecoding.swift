import CNCursesW
import S75Screen

/// Turns what `wget_wch` returns into key events.
enum KeyDecoding {
    static func functionKey(_ code: Int32) -> KeyEvent? {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_NPAGE: .pageDown
        case KEY_PPAGE: .pageUp
        case KEY_HOME: .home
        case KEY_END: .end
        case KEY_ENTER: .enter
        case KEY_BACKSPACE: .backspace
        case KEY_DC: .delete
        case KEY_BTAB: .backTab
        case KEY_RESIZE: .resize
        case s75_KEY_F(1)...s75_KEY_F(12): .function(Int(code - s75_KEY_F(0)))
        default: nil
        }
    }

    /// How long to wait for the rest of a multi-byte character split across packets (ms).
    static let continuationTimeoutMilliseconds: Int32 = 50

    /// Decodes the UTF-8 character that starts with `first`, reading its continuation bytes with `next`.
    ///
    /// A byte that cannot start a character is dropped alone (nil); so is a lead byte whose continuation
    /// does not come or is not a continuation byte, and that byte (a key of its own) is pushed back.
    static func utf8Key(first: UInt8, next: () -> Int32, pushBack: (Int32) -> Void) -> KeyEvent? {
        let length: Int
        switch first {
        case 0x00...0x7F: return character(UInt32(first))
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return nil
        }
        var bytes = [first]
        while bytes.count < length {
            let code = next()
            guard code != ERR else { return nil }
            guard (0x80...0xBF).contains(code) else {
                pushBack(code)
                return nil
            }
            bytes.append(UInt8(code))
        }
        guard let text = String(validating: bytes, as: UTF8.self), let scalar = text.unicodeScalars.first else { return nil }
        return character(scalar.value)
    }

    static func character(_ value: UInt32) -> KeyEvent? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(value + 96) ?? "?"))
        default:
            guard let scalar = Unicode.Scalar(value), value >= 32 else { return nil }
            return .character(Character(scalar))
        }
    }

    /// What an ESC the terminal sent is: the Escape key, or the start of a sequence no key makes. Terminals answer
    /// queries (device attributes, colours) and mark pastes with sequences; none of them is typed into a field. A
    /// control sequence (ESC [ … final byte), an operating-system command (ESC ] … BEL or ESC \\), a device control
    /// string (ESC P, _ or ^ … ESC \\) and ESC O with its byte are read to their end and dropped; ESC before any other
    /// key is Escape, and that key comes next.
    enum AfterEscape: Equatable {
        case escape
        case swallowed
        case pushBack(Int32)
        /// ESC [ 200 ~: the terminal's mark that a paste begins.
        case pasteStarts
    }

    /// The most a paste may hold; the rest of a longer one is dropped.
    static let longestPaste = 1 << 20

    /// The text of a bracketed paste, read up to its end mark (ESC [ 201 ~): UTF-8, its control characters other than
    /// line breaks and tabs dropped.
    static func pasted(next: () -> Int32) -> String {
        var bytes: [UInt8] = []
        let end: [UInt8] = [0x1B, 0x5B, 0x32, 0x30, 0x31, 0x7E]
        while true {
            let code = next()
            guard code != ERR else { break }
            if bytes.count < longestPaste + end.count { bytes.append(UInt8(truncatingIfNeeded: code)) }
            if bytes.count >= end.count, Array(bytes.suffix(end.count)) == end { bytes.removeLast(end.count); break }
        }
        let text = String(decoding: bytes.prefix(longestPaste), as: UTF8.self)
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\n" || $0 == "\r" || $0 == "\t" }))
    }

    /// The longest sequence read to its end before giving up on it (a hostile stream cannot hold the reader).
    static let longestSequence = 4_096

    static func afterEscape(first: Int32, next: () -> Int32) -> AfterEscape {
        guard first != ERR else { return .escape }
        switch first {
        case 0x5B:  // CSI: parameters and intermediates, then a final byte from @ to ~
            var body: [Int32] = []
            for _ in 0..<longestSequence {
                let byte = next()
                if byte == ERR { return .swallowed }
                body.append(byte)
                if (0x40...0x7E).contains(byte) { return body == [0x32, 0x30, 0x30, 0x7E] ? .pasteStarts : .swallowed }
            }
            return .swallowed
        case 0x5D, 0x50, 0x5F, 0x5E:  // OSC, DCS, APC, PM: to BEL or ESC \
            var previous: Int32 = 0
            for _ in 0..<longestSequence {
                let byte = next()
                if byte == ERR || byte == 0x07 || (previous == 27 && byte == 0x5C) { return .swallowed }
                previous = byte
            }
            return .swallowed
        case 0x4F:  // SS3 and its byte
            _ = next()
            return .swallowed
        default:
            return .pushBack(first)
        }
    }
}
