/// A row's identity for finding duplicates: FNV-1a (64-bit) over the partner, the row's posting date, cost centre,
/// account, supplier, document and description, each followed by 0x1F, then its pence in decimal and 0x1F. Files keep
/// the keys they were given, so this must never change.
struct LedgerKey {
    private var hash: UInt64 = 0xCBF2_9CE4_8422_2325

    /// Adds one field's bytes, and the separator.
    mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { mix(byte) }
        mix(0x1F)
    }

    /// Adds the amount's pence as "\(pence)" writes them, without making the string, and the separator.
    mutating func add(pence: Int64) {
        if pence < 0 { mix(0x2D) }
        var magnitude = pence.magnitude, scale: UInt64 = 1
        while magnitude / scale >= 10 { scale *= 10 }
        while scale > 0 {
            mix(UInt8(0x30 + magnitude / scale))
            magnitude %= scale
            scale /= 10
        }
        mix(0x1F)
    }

    var value: Int64 { Int64(bitPattern: hash) }

    private mutating func mix(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
}
