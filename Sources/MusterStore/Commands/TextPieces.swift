/// Pieces of text laid out one after another in one buffer, for the bulk paths to bind in place
/// (`BoundStatement.bindInPlace`) instead of having SQLite copy each field.
struct TextPieces: Sendable {
    private(set) var bytes: [UInt8] = []
    /// Where each piece ends in `bytes`.
    private var ends: [Int] = []

    init(bytes: Int, pieces: Int) {
        self.bytes.reserveCapacity(bytes)
        ends.reserveCapacity(pieces)
    }

    var count: Int { ends.count }

    mutating func append(_ piece: some Collection<UInt8>) {
        bytes.append(contentsOf: piece)
        ends.append(bytes.count)
    }

    /// Where piece `number` lies in `bytes`.
    func range(_ number: Int) -> Range<Int> {
        (number == 0 ? 0 : ends[number - 1])..<ends[number]
    }
}
