/// Which bytes occur in a run of bytes, as 64 bits: one bit of its own for each of a–z and 0–9 (what
/// searches for names and badges are made of), the other bytes sharing the remaining 28 bits.
///
/// If a text contains a query, its mask holds every bit of the query's mask, so a mask test rules most
/// texts out before any byte is compared; for a query of one letter or digit the test is the whole answer.
enum ByteMask {
    static func of(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var mask: UInt64 = 0
        for byte in bytes { mask |= bit(byte) }
        return mask
    }

    /// Whether the mask test alone decides a search for `query`: one byte with a bit of its own.
    static func isExact(for query: [UInt8]) -> Bool {
        guard query.count == 1, let byte = query.first else { return false }
        return (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
    }

    @inline(__always)
    private static func bit(_ byte: UInt8) -> UInt64 {
        switch byte {
        case 0x61...0x7A: 1 << UInt64(byte - 0x61)
        case 0x30...0x39: 1 << UInt64(26 + byte - 0x30)
        default: 1 << UInt64(36 + byte % 28)
        }
    }
}
