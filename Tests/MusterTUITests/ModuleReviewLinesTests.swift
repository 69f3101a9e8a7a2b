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

    static func text(_ versions: [Module], reviews: [VersionReview] = []) -> [String] {
        ModuleReviewLines.lines(versions[...], reviews: reviews).map { $0.map(\.text).joined() }
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

    @Test("a pending version's trail shows what is still wanting and every sign-off in order")
    func trail() {
        let pending = Self.version("2027.1", "2027-01-01", .pending)
        let day = CalendarDate(iso: "2026-12-01")!
        let review = VersionReview(
            moduleID: pending.id, version: pending.version, approval: .pending, required: [.privacy, .approver],
            signOffs: [SignOff(role: .privacy, decision: .changes, note: "Name the office", login: "ana", on: day),
                       SignOff(role: .privacy, decision: .approve, note: "Done", login: "ana", on: day)])
        let lines = Self.text([Self.version("2023.1", "2023-01-01", .approvedAtLoad), pending], reviews: [review])
        #expect(lines == [
            "Review",
            "  2027.1 PENDING review: binds from no day until approved",
            "    still wanting approver",
            "    2026-12-01 privacy changes by ana: Name the office",
            "    2026-12-01 privacy approve by ana: Done",
            "  2023.1 approved at load",
        ])
    }
}
