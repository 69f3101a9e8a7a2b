/// A module's version as dotted integers (`2023.1`, `2024.2.1`), ordered number by number,
/// so `2023.10` is newer than `2023.9`; missing trailing parts count as zero (`2023` == `2023.0`).
public struct ModuleVersion: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    /// The first four parts, sixteen bits each, the missing ones as zero, so that comparing two versions is
    /// comparing two integers: status runs compare versions for every completion they judge, and a version
    /// holding an array cost a reference count on every copy of a completion.
    private let packed: UInt64
    /// How many parts were written (`2023` has one, `2023.0` two), for `description`.
    private let count: Int
    /// Every part, kept only for a version `packed` cannot hold: a fifth part, or a part over 65,535.
    private let wide: [Int]?

    public init?(_ text: String) {
        let pieces = text.split(separator: ".", omittingEmptySubsequences: false)
        guard !pieces.isEmpty else { return nil }
        var parts: [Int] = []
        for piece in pieces {
            guard !piece.isEmpty, piece.utf8.allSatisfy({ (48...57).contains($0) }), let value = Int(piece) else {
                return nil
            }
            parts.append(value)
        }
        count = parts.count
        if let packed = Self.pack(parts) {
            self.packed = packed
            wide = nil
        } else {
            packed = 0
            wide = parts
        }
    }

    /// The parts as written.
    public var parts: [Int] {
        if let wide { return wide }
        return (0..<count).map { Int(truncatingIfNeeded: packed >> (48 - 16 * UInt64($0))) & 0xFFFF }
    }

    public var description: String { parts.map(String.init).joined(separator: ".") }

    public static func < (lhs: ModuleVersion, rhs: ModuleVersion) -> Bool {
        if lhs.wide == nil, rhs.wide == nil { return lhs.packed < rhs.packed }
        return compare(lhs.parts, rhs.parts) < 0
    }

    public static func == (lhs: ModuleVersion, rhs: ModuleVersion) -> Bool {
        if lhs.wide == nil, rhs.wide == nil { return lhs.packed == rhs.packed }
        return compare(lhs.parts, rhs.parts) == 0
    }

    public func hash(into hasher: inout Hasher) {
        guard let wide else {
            hasher.combine(packed)
            return
        }
        // Equal versions hash alike: a wide one whose trailing zeros hide a packable version hashes as that one.
        var trimmed = wide
        while trimmed.count > 1, trimmed.last == 0 { trimmed.removeLast() }
        if let packed = Self.pack(trimmed) { hasher.combine(packed) } else { hasher.combine(trimmed) }
    }

    private static func pack(_ parts: [Int]) -> UInt64? {
        guard parts.count <= 4, parts.allSatisfy({ $0 <= 0xFFFF }) else { return nil }
        var packed: UInt64 = 0
        for (index, part) in parts.enumerated() { packed |= UInt64(part) << (48 - 16 * UInt64(index)) }
        return packed
    }

    /// Part by part, the missing ones as zero: negative, zero or positive as `lhs` is older, the same or newer.
    private static func compare(_ lhs: [Int], _ rhs: [Int]) -> Int {
        for index in 0..<max(lhs.count, rhs.count) {
            let left = index < lhs.count ? lhs[index] : 0
            let right = index < rhs.count ? rhs[index] : 0
            if left != right { return left < right ? -1 : 1 }
        }
        return 0
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let version = ModuleVersion(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a dotted version such as 2023.1")
        }
        self = version
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
