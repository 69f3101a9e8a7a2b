import MusterCore

/// Pass keys by (module id, version) text pair, found by one hash of both texts' bytes: an agency has a few
/// dozen pairs, and rows read by day change pair on almost every row. The known pairs' bytes sit in one buffer.
struct PassKeyTable {
    /// `cut(at:)` of a pair not yet looked up, and of a pair the status engine cannot rank.
    static let unknownCut: Int64 = -2
    static let irregularCut: Int64 = -1

    /// Nil for a run that reads no program hours (a status run's cut alone).
    private var keys: [ProgramPass.Key?] = []
    /// Each pair's compact key for a status cut (`ProgramPassRun.addToCut`): rank << 32 | version ordinal.
    private var cuts: [Int64] = []
    /// Where each known pair's bytes start in `bytes`, and the module id's and version's lengths.
    private var spans: [(start: Int, module: Int, version: Int)] = []
    private var bytes: [UInt8] = []
    /// Positions in `keys` by hash (open addressing, -1 for an empty slot): twice the most pairs kept.
    private var slots = [Int](repeating: -1, count: 2 * capacity)
    /// Past this many pairs (data the curriculum does not describe) the table starts again empty.
    private static let capacity = 2_048

    /// The entry of a known pair.
    func find(_ module: UnsafeBufferPointer<UInt8>, _ version: UnsafeBufferPointer<UInt8>) -> Int? {
        let mask = slots.count - 1
        var slot = Self.hash(module, version) & mask
        while slots[slot] >= 0 {
            let index = slots[slot]
            if same(spans[index], module, version) { return index }
            slot = (slot + 1) & mask
        }
        return nil
    }

    func key(at entry: Int) -> ProgramPass.Key? { keys[entry] }

    func cut(at entry: Int) -> Int64 { cuts[entry] }

    mutating func setCut(_ cut: Int64, at entry: Int) { cuts[entry] = cut }

    /// Keeps `key` for a pair `find` does not know, and returns its entry.
    mutating func insert(
        _ module: UnsafeBufferPointer<UInt8>, _ version: UnsafeBufferPointer<UInt8>, _ key: ProgramPass.Key?
    ) -> Int {
        if keys.count >= Self.capacity {
            keys.removeAll(keepingCapacity: true)
            cuts.removeAll(keepingCapacity: true)
            spans.removeAll(keepingCapacity: true)
            bytes.removeAll(keepingCapacity: true)
            for index in slots.indices { slots[index] = -1 }
        }
        let mask = slots.count - 1
        var slot = Self.hash(module, version) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = keys.count
        spans.append((bytes.count, module.count, version.count))
        bytes.append(contentsOf: module)
        bytes.append(contentsOf: version)
        keys.append(key)
        cuts.append(Self.unknownCut)
        return keys.count - 1
    }

    private static func hash(_ module: UnsafeBufferPointer<UInt8>, _ version: UnsafeBufferPointer<UInt8>) -> Int {
        var hash = (tail(module) &* 0x9E37_79B9_7F4A_7C15 ^ tail(version) ^ UInt64(module.count << 8 | version.count))
            &* 0xBF58_476D_1CE4_E5B9
        hash ^= hash >> 31
        return Int(truncatingIfNeeded: hash)
    }

    /// The last eight bytes (ids share their beginnings, "uof-…"); shorter texts whole.
    private static func tail(_ text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = text.baseAddress else { return 0 }
        if text.count >= 8 { return UnsafeRawPointer(base + text.count - 8).loadUnaligned(as: UInt64.self) }
        var tail: UInt64 = 0
        for byte in text { tail = tail << 8 | UInt64(byte) }
        return tail
    }

    /// Whether `count` bytes at `lhs` and `rhs` are the same, eight at a time.
    private static func equal(_ lhs: UnsafePointer<UInt8>, _ rhs: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        var offset = 0
        while offset + 8 <= count {
            if UnsafeRawPointer(lhs + offset).loadUnaligned(as: UInt64.self)
                != UnsafeRawPointer(rhs + offset).loadUnaligned(as: UInt64.self) { return false }
            offset += 8
        }
        while offset < count {
            if lhs[offset] != rhs[offset] { return false }
            offset += 1
        }
        return true
    }

    private func same(
        _ span: (start: Int, module: Int, version: Int), _ module: UnsafeBufferPointer<UInt8>,
        _ version: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        guard span.module == module.count, span.version == version.count else { return false }
        return bytes.withUnsafeBufferPointer { known in
            guard let base = known.baseAddress else { return module.isEmpty && version.isEmpty }
            return (module.isEmpty || Self.equal(base + span.start, module.baseAddress!, module.count))
                && (version.isEmpty || Self.equal(base + span.start + module.count, version.baseAddress!, version.count))
        }
    }
}
