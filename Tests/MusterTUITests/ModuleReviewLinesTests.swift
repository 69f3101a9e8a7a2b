import MusterCore
import MusterTestSupport
import Testing
@testable import MusterTUI

@Suite("The Modules tab's review lines")
struct ModuleReviewLinesTests {
    static func version(_ text: String, _ effective: String, _ approval: VersionApproval) -> Module {
        var module = FixtureAgency.curriculum.moduleVersions[0]
        module.version = ModuleVersion(text)!
        module.effective = CalendarDate(iso: effective)!
        module.approval = approval
        return module
    }

    static func text(_ versions: [Module]) -> [String] {
        ModuleReviewLines.lines(versions[...]).map { $0.map(\.text).joined() }
    }

    @Test("versions that never needed review add no line")
    func noReview() {
        #expect(Self.text([Self.version("2023.1", "2023-01-01", .approvedAtLoad)]).isEmpty)
    }

    @Test("each version says whether it binds, newest first, a pending one loudly")
    func pendingAndApproved() {
        let lines = Self.text([
            Self.version("2023.1", "2023-01-01", .approvedAtLoad),
            Self.version("2026.1", "2026-07-01", .approved(on: CalendarDate(iso: "2026-09-02")!)),
            Self.version("2027.1", "2027-01-01", .pending),
        ])
        #expect(lines.count == 4)
        #expect(lines[1] == "  2027.1 PENDING review: binds from no day until approved")
        #expect(lines[2] == "  2026.1 approved 2026-09-02, binds from 2026-09-02")
        #expect(lines[3] == "  2023.1 approved at load")
    }
}
