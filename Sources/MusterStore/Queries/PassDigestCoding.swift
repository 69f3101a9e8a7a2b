import GRDB
import GRDBSQLite
import MusterCore

/// The bytes of one officer's `pass_digest` blob (`PassDigest`): first the distinct (module id, version) pairs
/// their passes name, then each pass in the index's order as its pair's number, its day, its id and its hours.
///
///     pairs:  varint count, then per pair: varint length, module id bytes, varint length, version bytes
///     passes: varint count, then per pass: varint pair, zigzag varint day - previous day (a day as
///             year << 9 | month << 5 | day, which reads back without calendar arithmetic),
///             zigzag varint id - previous id, then the hours: one byte 0 (none), 2 + k (k / 4 hours, k ≤ 253),
///             or 1 then the hours' 8 bytes (little-endian)
///
/// The first pass's day is its difference from 0; a stored day that is no ISO date reads as 1970-01-01
/// (`CalendarDate(dayNumber: 0)`), as every reader of the index reads it.
enum PassDigestCoding {
    /// Steps `statement` (columns id, badge, module id, version, day, hours) and hands `body` each row.
    static func steps(_ statement: Statement, _ body: (SQLiteStatement) throws -> Void) throws {
        defer { sqlite3_reset(statement.sqliteStatement) }
        while try statement.stepRow() { try body(statement.sqliteStatement) }
    }

    /// Builds one officer's blob from their passes, added in order.
    struct Encoder {
        private var pairs: [[UInt8]] = []
        private var passes: [UInt8] = []
        private var count = 0
        private var lastDay = 0
        private var lastID: Int64 = 0

        /// Adds the pass in the statement's current row (columns as `PassDigest.passesOfBadge` selects them).
        mutating func add(_ sqlite: SQLiteStatement) {
            let module = ProgramPassRun.bytes(sqlite, 2)
            let version = ProgramPassRun.bytes(sqlite, 3)
            var pair: [UInt8] = []
            pair.reserveCapacity(module.count + version.count + 4)
            Self.appendVarint(UInt64(module.count), to: &pair)
            pair.append(contentsOf: module)
            Self.appendVarint(UInt64(version.count), to: &pair)
            pair.append(contentsOf: version)
            let number = pairs.firstIndex(of: pair) ?? { pairs.append(pair); return pairs.count - 1 }()
            let day = Self.packed(CalendarDate(isoUTF8: ProgramPassRun.bytes(sqlite, 4)) ?? CalendarDate(dayNumber: 0))
            let id = sqlite3_column_int64(sqlite, 0)
            Self.appendVarint(UInt64(number), to: &passes)
            Self.appendVarint(zigzag(Int64(day - lastDay)), to: &passes)
            Self.appendVarint(zigzag(id &- lastID), to: &passes)
            if sqlite3_column_type(sqlite, 5) == SQLITE_NULL {
                passes.append(0)
            } else {
                let hours = sqlite3_column_double(sqlite, 5)
                let quarters = (hours * 4).rounded()
                if (0...253).contains(quarters), (quarters / 4).bitPattern == hours.bitPattern {
                    passes.append(UInt8(quarters) + 2)
                } else {
                    passes.append(1)
                    withUnsafeBytes(of: hours.bitPattern.littleEndian) { passes.append(contentsOf: $0) }
                }
            }
            (lastDay, lastID, count) = (day, id, count + 1)
        }

        /// The blob of an officer with no passes.
        static var empty: [UInt8] {
            var encoder = Encoder()
            return encoder.finish()
        }

        /// The blob, the encoder starting again empty.
        mutating func finish() -> [UInt8] {
            var blob: [UInt8] = []
            blob.reserveCapacity(passes.count + pairs.reduce(8) { $0 + $1.count })
            Self.appendVarint(UInt64(pairs.count), to: &blob)
            for pair in pairs { blob.append(contentsOf: pair) }
            Self.appendVarint(UInt64(count), to: &blob)
            blob.append(contentsOf: passes)
            self = Encoder()
            return blob
        }

        private func zigzag(_ value: Int64) -> UInt64 { UInt64(bitPattern: (value << 1) ^ (value >> 63)) }

        static func packed(_ date: CalendarDate) -> Int { date.year << 9 | date.month << 5 | date.day }

        static func appendVarint(_ value: UInt64, to bytes: inout [UInt8]) {
            var value = value
            while value >= 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
                value >>= 7
            }
            bytes.append(UInt8(value))
        }
    }

    /// A blob that does not follow the format: only an edit made outside Muster makes one.
    struct Malformed: Error {}

    /// Reads a blob in place: its pairs' bytes, then its passes.
    struct Reader {
        private let bytes: UnsafeBufferPointer<UInt8>
        private var offset = 0
        private var passesLeft = 0
        private var day = 0
        private var id: Int64 = 0

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        /// Hands each pair's module id and version bytes to `body` in order, then readies the passes.
        mutating func pairs(_ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) throws -> Void) throws {
            let count = try varint()
            for _ in 0..<count {
                let module = try text()
                let version = try text()
                try body(module, version)
            }
            passesLeft = Int(try varint())
        }

        /// How many passes are still to read.
        var remaining: Int { passesLeft }

        /// The next pass: its pair's number, day, id and hours.
        mutating func next() throws -> (pair: Int, day: CalendarDate, id: Int64, hours: Double?) {
            let pair = Int(try varint())
            day &+= Int(Self.unzigzag(try varint()))
            id &+= Self.unzigzag(try varint())
            guard offset < bytes.count else { throw Malformed() }
            var hours: Double?
            switch bytes[offset] {
            case 0:
                offset += 1
            case 1:
                guard offset + 9 <= bytes.count else { throw Malformed() }
                let pattern = UnsafeRawPointer(bytes.baseAddress! + offset + 1).loadUnaligned(as: UInt64.self)
                hours = Double(bitPattern: UInt64(littleEndian: pattern))
                offset += 9
            case let tag:
                hours = Double(tag - 2) / 4
                offset += 1
            }
            passesLeft -= 1
            guard let date = CalendarDate(year: day >> 9, month: (day >> 5) & 15, day: day & 31) else { throw Malformed() }
            return (pair, date, id, hours)
        }

        private mutating func text() throws -> UnsafeBufferPointer<UInt8> {
            let count = Int(try varint())
            guard count <= bytes.count - offset else { throw Malformed() }
            defer { offset += count }
            return UnsafeBufferPointer(rebasing: bytes[offset..<offset + count])
        }

        private mutating func varint() throws -> UInt64 {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while offset < bytes.count, shift < 64 {
                let byte = bytes[offset]
                offset += 1
                value |= UInt64(byte & 0x7F) << shift
                if byte < 0x80 { return value }
                shift += 7
            }
            throw Malformed()
        }

        private static func unzigzag(_ value: UInt64) -> Int64 { Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1) }
    }
}
