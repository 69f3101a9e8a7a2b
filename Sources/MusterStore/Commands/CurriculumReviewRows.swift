import GRDB
import MusterCore

/// Reads the `curriculum_review` trail back into `VersionReview`s and the approval each module version carries.
enum CurriculumReviewRows {
    /// The approval of every version that has a trail (a `pending` row); versions without one were approved at load.
    static func approvals(_ db: Database, moduleID: String? = nil) throws -> [String: [ModuleVersion: VersionApproval]] {
        var approvals: [String: [ModuleVersion: VersionApproval]] = [:]
        // An upgrade's audited steps read module versions before `v12-curriculum-review` has made the table.
        guard try db.tableExists("curriculum_review") else { return approvals }
        let rows = try Row.fetchCursor(db, sql: """
            SELECT module_id, version, MAX(CASE WHEN kind = 'approved' THEN on_date END) AS approved_on
            FROM curriculum_review WHERE kind IN ('pending', 'approved') \(moduleID == nil ? "" : "AND module_id = ?")
            GROUP BY module_id, version
            """, arguments: moduleID.map { [$0] } ?? [])
        while let row = try rows.next() {
            guard let version = ModuleVersion(row["version"] as String) else { continue }
            let approvedOn = (row["approved_on"] as String?).flatMap { CalendarDate(iso: $0) }
            approvals[row["module_id"], default: [:]][version] = approvedOn.map { .approved(on: $0) } ?? .pending
        }
        return approvals
    }

    /// `modules` with the approval each has in `approvals`.
    static func applying(_ approvals: [String: [ModuleVersion: VersionApproval]], to modules: [Module]) -> [Module] {
        guard !approvals.isEmpty else { return modules }
        return modules.map { module in
            var module = module
            if let approval = approvals[module.id]?[module.version] { module.approval = approval }
            return module
        }
    }

    /// One version's review: its approval, the sign-offs it needs and those given, oldest first.
    static func review(_ db: Database, moduleID: String, version: ModuleVersion) throws -> VersionReview {
        var review = VersionReview(moduleID: moduleID, version: version, approval: .approvedAtLoad, required: [], signOffs: [])
        let rows = try Row.fetchAll(db, sql: """
            SELECT kind, required_roles, role, decision, note, login, on_date FROM curriculum_review
            WHERE module_id = ? AND version = ? ORDER BY id
            """, arguments: [moduleID, version.description])
        for row in rows {
            let day = CalendarDate(iso: row["on_date"] as String) ?? .earliest
            switch row["kind"] as String {
            case "pending":
                review.approval = .pending
                review.required = ((row["required_roles"] as String?) ?? "").split(separator: ",")
                    .compactMap { ReviewRole(rawValue: String($0)) }
            case "approved":
                review.approval = .approved(on: day)
            default:
                guard let role = ReviewRole(rawValue: row["role"] as String? ?? ""),
                      let decision = ReviewDecision(rawValue: row["decision"] as String? ?? "") else { continue }
                review.signOffs.append(SignOff(role: role, decision: decision, note: row["note"] ?? "",
                                               login: row["login"] ?? "", on: day))
            }
        }
        return review
    }

    /// Every version's review of one module (or of every module), in module and version order.
    static func reviews(_ db: Database, moduleID: String?) throws -> [VersionReview] {
        let keys = try Row.fetchAll(db, sql: moduleID == nil
            ? "SELECT module_id, version FROM module_version ORDER BY module_id"
            : "SELECT module_id, version FROM module_version WHERE module_id = ?",
            arguments: moduleID.map { [$0] } ?? [])
        let versions = keys.compactMap { row in ModuleVersion(row["version"] as String).map { (row["module_id"] as String, $0) } }
            .sorted { ($0.0, $0.1) < ($1.0, $1.1) }
        return try versions.map { try review(db, moduleID: $0.0, version: $0.1) }
    }
}
