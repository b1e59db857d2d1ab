/// Dates and months written digit by digit ("2025-08-07", "2025-08"): a ledger import writes each a million times, and
/// string interpolation would build several strings for each.
enum ISODigits {
    /// "YYYY-MM-DD", or nil for a year outside 1000–9999.
    static func date(year: Int, month: Int, day: Int) -> String? {
        guard (1000...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else { return nil }
        return String(unsafeUninitializedCapacity: 10) { bytes in
            write(year, width: 4, into: bytes, at: 0)
            bytes[4] = 0x2D
            write(month, width: 2, into: bytes, at: 5)
            bytes[7] = 0x2D
            write(day, width: 2, into: bytes, at: 8)
            return 10
        }
    }

    /// "YYYY-MM", or nil for a year outside 1000–9999.
    static func month(year: Int, month: Int) -> String? {
        guard (1000...9999).contains(year), (0...99).contains(month) else { return nil }
        return String(unsafeUninitializedCapacity: 7) { bytes in
            write(year, width: 4, into: bytes, at: 0)
            bytes[4] = 0x2D
            write(month, width: 2, into: bytes, at: 5)
            return 7
        }
    }

    private static func write(_ value: Int, width: Int, into bytes: UnsafeMutableBufferPointer<UInt8>, at start: Int) {
        var value = value
        for offset in stride(from: width - 1, through: 0, by: -1) {
            bytes[start + offset] = UInt8(0x30 + value % 10)
            value /= 10
        }
    }
}
