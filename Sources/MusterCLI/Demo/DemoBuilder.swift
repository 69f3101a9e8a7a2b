import MusterCore
import MusterDemo
import MusterStore
import OrderedWork

/// Writes a `DemoAgency` into a database in batches, each batch one transaction through `RecordStore.apply`.
/// The next batch is planned on another thread while the current one is written.
struct DemoBuilder {
    let session: Session
    let curriculum: Curriculum
    let officerCount: Int
    let seed: UInt64
    let asOf: CalendarDate

    /// Officers per write batch. Every batch's history spans all five years, so each transaction touches
    /// pages all over the date-ordered indexes: fewer, larger batches rewrite those pages fewer times. Two
    /// batches' commands are held at once (one written, one planned), which bounds the size.
    static let batchSize = 10_000

    func build() throws -> String {
        guard try session.reads(.allRecords).officerCount(.all) == 0 else {
            throw MusterFailure.validation("\(session.path) already holds officers; `muster demo` only fills an empty database")
        }
        // Marked incomplete until the last batch is in: a demo killed part-way leaves a file every command refuses.
        return try session.buildingUntilComplete(fill)
    }

    private func fill() throws -> String {
        let agency = DemoAgency(officerCount: officerCount, seed: seed, asOf: asOf, curriculum: curriculum)
        try session.apply([.loadCurriculum(curriculum), .grantRole(login: session.login, role: .coordinator)])
        let starts = Array(stride(from: 0, to: agency.officers.count, by: Self.batchSize))
        let asOf = self.asOf
        // A unit can be assigned work once one of its officers is stored: each unit's assignments go with the
        // batch holding its first officer (the first batch, unless the agency is tiny or a unit rare), and
        // a unit nobody belongs to gets none.
        var firstBatchOfUnit: [String: Int] = [:]
        for (index, officer) in agency.officers.enumerated() {
            if let unit = officer.unit, firstBatchOfUnit[unit] == nil { firstBatchOfUnit[unit] = index / Self.batchSize }
        }
        let assignmentsByBatch = Dictionary(grouping: agency.assignments.filter { firstBatchOfUnit[$0.unit] != nil }) {
            firstBatchOfUnit[$0.unit] ?? 0
        }
        var completions = 0
        var voided = 0
        var waivers = 0
        // A new database: the indexes only reads use are built once at the end instead of row by row.
        try session.loadingInBulk {
            // One worker a batch ahead: the next batch is planned while this one is written.
            let planner = OrderedPipeline<Int, DemoBatch, Never>(workers: 1, lookAhead: 1, state: {}) { _, number in
                let start = starts[number]
                let end = min(start + Self.batchSize, agency.officers.count)
                return DemoBatch(agency, officers: start..<end, assignments: assignmentsByBatch[number] ?? [], asOf: asOf)
            }
            defer { planner.cancel() }
            planner.submit(contentsOf: starts.indices)
            planner.close()
            // A batch's voids need the ids its roster was given, so they ride with the next batch's transaction:
            // the audit trail shows each completion recorded, then voided.
            var pendingVoids: [RecordCommand] = []
            while let batch = planner.next() {
                let results = try session.apply(pendingVoids + batch.commands)
                voided += pendingVoids.count
                waivers += batch.waiverCount
                // An ended assignment is made, then ended: the audit trail shows both.
                let assignedIDs = results.compactMap { if case .assigned(let id) = $0 { id } else { nil } }
                let ends: [RecordCommand] = zip(batch.assignments, assignedIDs).compactMap { planned, id in
                    planned.endedOn.map { .endAssignment(id: id, on: $0) }
                }
                if !ends.isEmpty { try session.apply(ends) }
                guard case .rosterRecorded(let roster)? = results.first(where: { if case .rosterRecorded = $0 { true } else { false } })
                else {
                    pendingVoids = []
                    continue
                }
                completions += roster.newIDs.count
                pendingVoids = batch.voids.compactMap { item in
                    item.index < roster.newIDs.count ? .voidCompletion(id: roster.newIDs[item.index], reason: item.reason) : nil
                }
            }
            if !pendingVoids.isEmpty { try session.apply(pendingVoids) }
            voided += pendingVoids.count
            try session.apply(programCommands(agency))
        }
        // Read once the load has built its indexes and every officer's passes (`pass_digest`): within it, each
        // officer's passes would be sought one by one.
        try session.apply(try plantAtRisk())
        try holdCouncilReview()
        let partners = agency.partnerOfficers
        let incidents = agency.incidents
        // Joint training and events, through the same commands as anyone's: the incidents assign what they trigger.
        try session.apply([.addAgency(DemoAgency.partnerAgency)] + partners.map(RecordCommand.addOfficer)
            + [.grantLiaison(login: DemoAgency.partnerLiaison, agency: DemoAgency.partnerAgency.id)]
            + incidents.map { .recordIncident(IncidentRequest(badge: $0.badge, occurredOn: $0.occurredOn, kind: $0.kind, note: $0.note)) })
        let assigned = assignmentsByBatch.values.map(\.count).reduce(0, +)
        return "\(agency.officers.count) officers in \(Set(agency.officers.compactMap(\.unit)).count) units, "
            + "\(assigned) unit assignments, \(completions) completions (\(voided) voided), \(waivers) waivers, "
            + "partner agency \(DemoAgency.partnerAgency.id) with \(partners.count) officers, \(incidents.count) incidents"
    }
}

extension DemoBuilder {
    /// Loads the council's two later versions after the founding curricula, so they need review, and records
    /// their sign-offs: one version approved, one pending (`DemoCouncil`).
    func holdCouncilReview() throws {
        guard let approved = DemoCouncil.approvedVersion(in: curriculum), let pending = DemoCouncil.pendingVersion(in: curriculum)
        else { return }
        try session.apply([.loadCurriculum(Curriculum(modules: [approved, pending], review: curriculum.review))])
        let signOffs = DemoCouncil.signOffs(approved: approved, pending: pending, required: curriculum.review.required)
        try session.apply(signOffs.map { plan in
            .reviewModule(ModuleReviewRequest(moduleID: plan.module.id, version: plan.module.version, role: plan.role,
                                              decision: plan.decision, note: plan.note))
        })
    }
}

/// One batch of the demo agency as record commands: its officers, their waivers, one roster of their
/// history, and the unit assignments that can be made once they are stored; plus which roster entries to
/// void afterwards.
struct DemoBatch: Sendable {
    struct PlannedVoid: Sendable {
        /// The entry's position in the batch's roster.
        var index: Int
        var reason: String
    }

    var commands: [RecordCommand] = []
    var voids: [PlannedVoid] = []
    var waiverCount = 0
    /// The batch's unit assignments, in the order of their commands.
    var assignments: [DemoAgency.PlannedAssignment]

    init(_ agency: DemoAgency, officers range: Range<Int>, assignments: [DemoAgency.PlannedAssignment], asOf: CalendarDate) {
        self.assignments = assignments
        let batch = agency.officers[range]
        // Officers arrive as they were when hired; their dated moves, leave and separations follow as facts.
        var rows: [OfficerImportRow] = []
        var facts: [RecordCommand] = []
        for (index, officer) in zip(range, batch) {
            let service = agency.service(of: officer, index: index)
            var arriving = officer
            arriving.status = .active
            if let transfer = service.transfer {
                arriving.unit = transfer.from
                facts.append(.editOfficer(badge: officer.badge, changes: OfficerChanges(unit: .some(officer.unit), effectiveOn: transfer.on)))
            }
            if let leave = service.leave {
                facts.append(.editOfficer(badge: officer.badge, changes: OfficerChanges(
                    status: .leave, effectiveOn: leave.from, leaveUntil: leave.until)))
            }
            if let separated = service.separatedOn { facts.append(.separateOfficer(badge: officer.badge, on: separated)) }
            rows.append(OfficerImportRow(arriving))
        }
        commands.append(.importOfficers(rows: rows, sync: false))
        commands += facts
        var entries: [CompletionRequest] = []
        entries.reserveCapacity(batch.count * 70)
        for (index, officer) in zip(range, batch) {
            let history = agency.history(of: officer, index: index)
            for planned in history.completions {
                if let reason = planned.voidReason { voids.append(PlannedVoid(index: entries.count, reason: reason)) }
                entries.append(CompletionRequest(
                    badge: officer.badge, moduleID: planned.moduleID, completedOn: planned.completedOn,
                    result: planned.result, score: planned.score, hours: planned.hours, instructor: planned.instructor))
            }
            for waiver in history.waivers {
                commands.append(.waive(WaiverRequest(badge: officer.badge, moduleID: waiver.moduleID, reason: waiver.reason,
                                                     from: waiver.from, until: waiver.until)))
            }
            waiverCount += history.waivers.count
        }
        commands.append(.recordRoster(RosterRequest(entries: entries)))
        commands += assignments.map {
            .assign(AssignmentRequest(target: $0.target, assignee: .unit($0.unit), dueOn: $0.dueOn, assignedOn: $0.from, from: $0.from))
        }
    }
}

extension OfficerImportRow {
    /// A complete import row for an officer known in full.
    init(_ officer: Officer) {
        self.init(badge: officer.badge, lastName: officer.lastName, firstName: officer.firstName, unit: .some(officer.unit),
                  rank: .some(officer.rank), email: .some(officer.email), login: .some(officer.login),
                  hireDate: .some(officer.hireDate), status: officer.status, postID: .some(officer.postID))
    }
}
