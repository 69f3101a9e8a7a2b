import GRDB
import MusterCore

extension CommandContext {
    /// Gives each version a load adds to a module the database already held a `pending` row: the founding load
    /// (`muster init`, `muster demo`, `setup shared`) and a module new to the database come in approved, and
    /// bind only where the agency assigns them; a later version of a module in use waits for its sign-offs.
    func markPending(_ added: [Module], policy: ReviewPolicy) throws {
        // An upgrade's audited steps may load curricula before `v12-curriculum-review` has made the table.
        guard !added.isEmpty, try db.tableExists("curriculum_review") else { return }
        for module in added {
            try db.execute(sql: """
                INSERT INTO curriculum_review (module_id, version, kind, required_roles, on_date, recorded_at)
                VALUES (?, ?, 'pending', ?, ?, ?)
                """, arguments: [module.id, module.version.description,
                                 policy.required.map(\.rawValue).joined(separator: ","), today.iso, occurredAt])
            try audit(action: "loadCurriculum", entity: .curriculumReview, key: String(db.lastInsertedRowID), before: nil)
        }
    }

    /// One sign-off on a pending version; when it is the last one wanting, the version is approved today and
    /// binds from the later of its `effective` and today.
    func reviewModule(_ request: ModuleReviewRequest) throws -> CommandResult {
        let versions = try requireVersions(request.moduleID)
        guard versions.versions.contains(where: { $0.module.version == request.version }) else {
            throw StoreError.rule(.unknownVersion(module: request.moduleID, version: request.version))
        }
        var review = try CurriculumReviewRows.review(db, moduleID: request.moduleID, version: request.version)
        do { try ReviewRules.checkOpen(review) } catch { throw StoreError.rule(error) }
        try db.execute(sql: """
            INSERT INTO curriculum_review (module_id, version, kind, role, decision, note, login, on_date, recorded_at)
            VALUES (?, ?, 'sign-off', ?, ?, ?, ?, ?, ?)
            """, arguments: [request.moduleID, request.version.description, request.role.rawValue, request.decision.rawValue,
                             request.note.trimmedWhitespace(), actor, today.iso, occurredAt])
        let signOffID = db.lastInsertedRowID
        try audit(action: "reviewModule", entity: .curriculumReview, key: String(signOffID), before: nil)
        review.signOffs.append(SignOff(role: request.role, decision: request.decision, note: request.note, login: actor, on: today))
        let missing = review.missing
        var approvedOn: CalendarDate?
        if missing.isEmpty {
            try db.execute(sql: """
                INSERT INTO curriculum_review (module_id, version, kind, on_date, recorded_at) VALUES (?, ?, 'approved', ?, ?)
                """, arguments: [request.moduleID, request.version.description, today.iso, occurredAt])
            try audit(action: "approveModule", entity: .curriculumReview, key: String(db.lastInsertedRowID), before: nil)
            approvedOn = today
            forgetModuleCache()
        }
        return .moduleReviewed(ModuleReviewOutcome(signOffID: signOffID, approvedOn: approvedOn, missing: missing))
    }
}
