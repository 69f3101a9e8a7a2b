import MusterCore
import MusterDemo
import MusterReports
import MusterStore

extension DemoBuilder {
    /// The state program the demo agency carries: Illinois's 30 hours every 3 years from each officer's hire, on
    /// every unit. Its rolling cycles end all through the year, so on any day some officers are near a cycle's
    /// end; half the units took the program on only 30 months ago, so their officers' earlier cycles are out of
    /// scope and one short near its end is at risk rather than deficient.
    static let demoProgram = "il-ptb-mandatory"

    func programCommands(_ agency: DemoAgency) -> [RecordCommand] {
        guard curriculum.program(Self.demoProgram) != nil else { return [] }
        let lately = agency.asOf.adding(months: -30)
        return Set(agency.officers.compactMap(\.unit)).sorted().enumerated().map { index, unit in
            let from = index.isMultiple(of: 2) ? agency.assignmentsFrom : lately
            return .assignProgram(ProgramAssignmentRequest(
                programID: Self.demoProgram, assignee: .unit(unit), assignedOn: from, from: from))
        }
    }

    /// A few officers near the end of a cycle have the completions behind one minimum voided (recorded against the
    /// wrong officer), so the demo always shows officers at risk: the generated history meets most cycles in full.
    func plantAtRisk() throws -> [RecordCommand] {
        let report = ProgramStatusReport(curriculum: try session.curriculum(), filter: .all, asOf: asOf)
        var officers = 0
        var voids: [RecordCommand] = []
        try report.forEach(from: try session.reads(.allRecords)) { _, standing in
            guard officers < Self.plantedAtRisk, standing.status == .complete,
                  asOf.days(until: standing.cycle.end) <= ProgramStatus.atRiskDays,
                  let minimum = standing.minimums.last?.name else { return }
            let feeding = standing.counted.filter { $0.minimums.contains(minimum) }
            guard !feeding.isEmpty else { return }
            officers += 1
            voids += feeding.map { .voidCompletion(id: $0.completionID, reason: "recorded against the wrong officer") }
        }
        return voids
    }

    static let plantedAtRisk = 5
}
