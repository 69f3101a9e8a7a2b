// libFuzzer entry for the CSV reader and the two importers' row checks (`Tests/Fuzz/run.sh csv`).
// Compiled by run.sh together with MusterStore/Import's reader files; never part of `swift test`.
import MusterCore

private let today = CalendarDate(year: 2025, month: 6, day: 1)!

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let lines = 1 + bytes.count { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
    if let records = try? CSVText.records(bytes) {
        for record in records where !(1...lines).contains(record.line) {
            fatalError("record placed on line \(record.line) of a \(lines)-line file")
        }
    }
    let officers = OfficerCSV.parse(bytes, file: "fuzz.csv", today: today)
    let roster = RosterCSV.parse(bytes, file: "fuzz.csv", today: today)
    for problem in officers.problems + roster.problems where !(1...lines).contains(problem.line) {
        fatalError("problem placed on line \(problem.line) of a \(lines)-line file: \(problem)")
    }
    // Whatever is accepted must be storable: printable text and dates in the supported years.
    for (_, row) in officers.rows {
        try! RecordRules.checkInputs(of: .importOfficers(rows: [row], sync: false))
    }
    try! RecordRules.checkInputs(of: .recordRoster(RosterRequest(entries: roster.entries.map(\.entry))))
    return 0
}
