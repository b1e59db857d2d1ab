/// How many terminal cells text occupies, measured as the C library's `wcwidth` measures it (which is
/// what ncurses uses to place characters), so that screens and reports line up alike.
///
/// East Asian wide characters and emoji with emoji presentation ("🩺") take two cells, combining marks
/// and zero-width joiners none, everything else one. "£" and "—" are one cell each. The tables are
/// generated from the C library by tools/wcwidth-table.py and checked against it by the tests.
public enum DisplayWidth {
    /// The cells `character` occupies: 0, 1 or 2. A character with an emoji variation selector or a
    /// zero-width joiner is drawn as one two-cell emoji.
    public static func of(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        if character.unicodeScalars.count > 1,
           character.unicodeScalars.contains(where: { $0.value == 0xFE0F || $0.value == 0x200D }) {
            return 2
        }
        return of(first)
    }

    /// The cells `scalar` occupies on its own; control characters, which are never drawn, take none.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        if v < 0x300 { return 1 }
        if contains(zeroRanges, v) { return 0 }
        return contains(wideRanges, v) ? 2 : 1
    }

    /// Whether `value` falls in one of the ascending `ranges`, by binary search.
    private static func contains(_ ranges: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
        var low = 0, high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if value < ranges[middle].lowerBound {
                high = middle - 1
            } else if value > ranges[middle].upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    /// The cells `text` occupies.
    public static func of(_ text: some StringProtocol) -> Int {
        isPrintableASCII(text) ? text.utf8.count : text.reduce(0) { $0 + of($1) }
    }

    /// Whether every character of `text` is printable ASCII, one cell each.
    @inlinable
    public static func isPrintableASCII(_ text: some StringProtocol) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }
            ?? text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// `text` cut to at most `width` cells, ending in "…" when something was cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        guard text.utf8.count > width, of(text) > width else { return text }  // no character takes more cells than bytes
        // the usual cut: printable ASCII up to the cut and just after it (so no combining mark belongs to the last kept)
        let head = text.utf8.prefix(width)
        if head.count == width, head.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return String(decoding: head.dropLast(), as: UTF8.self) + "…" }
        var result = ""
        var used = 0
        for character in text {
            let w = of(character)
            if used + w > width - 1 { break }
            result.append(character)
            used += w
        }
        return result + "…"
    }

    /// `text` padded with spaces (or cut) to exactly `width` cells, aligned as asked.
    public static func pad(_ text: String, to width: Int, alignment: Alignment = .left) -> String {
        let fitted = truncate(text, to: width)
        let gap = max(0, width - of(fitted))
        switch alignment {
        case .left: return fitted + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + fitted
        case .centre: return String(repeating: " ", count: gap / 2) + fitted + String(repeating: " ", count: gap - gap / 2)
        }
    }
}

/// Horizontal alignment of text in a column.
public enum Alignment: Sendable, Hashable {
    case left, right, centre
}
