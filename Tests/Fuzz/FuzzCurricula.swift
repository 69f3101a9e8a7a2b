// libFuzzer entry for the curricula parser and lint (`Tests/Fuzz/run.sh curricula`). The first byte picks
// the kind of file (0 module, 1 certification, 2 policy sources, 3 policy requirements, modulo 4); the rest
// is the file's bytes. Compiled by run.sh with MusterCore and Yams; never part of `swift test`.
import MusterCore

private let paths = ["modules/fuzz.yaml", "certifications/fuzz.yaml", "policy-sources.yaml", "policy-requirements.yaml"]
private let days = [CalendarDate.earliest, CalendarDate(year: 1900, month: 1, day: 1)!,
                    CalendarDate(year: 2100, month: 12, day: 31)!, CalendarDate.latest]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCurricula(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let lint = CurriculumLint.check([CurriculaFile(path: paths[Int(data[0]) % paths.count], bytes: bytes)])
    for diagnostic in lint.diagnostics where diagnostic.location.line < 1 {
        fatalError("diagnostic before the first line: \(diagnostic)")
    }
    // What lint lets through is used by status, exports and the TUI: every date they derive from it must be
    // computable on any day a record can hold.
    for module in lint.curriculum.modules {
        for day in days {
            _ = module.validity.expiresOn(completedOn: day)
            _ = day.adding(days: module.expiringWindowDays).subtracting(days: module.expiringWindowDays)
            _ = day.adding(days: module.retrainWithinDays)
            _ = module.firstDueMonths.map { day.adding(months: $0) }
            _ = module.validity.summary
        }
    }
    for certification in lint.curriculum.certifications {
        for day in days { _ = day.adding(days: certification.newModulesWithinDays) }
    }
    return 0
}
