import MusterCore
import MusterStore

/// The compliance export's rows for one officer: their required modules, narrowed by module and by when the
/// status's completion was made.
struct ComplianceRows<Rows: RowBuilder>: Sendable where Rows.Run: Sendable {
    /// Each curriculum module's id and title, spelled once for every officer's line, and where to find them by id.
    let moduleFields: [Rows.Run]
    let moduleNumbers: [String: Int]
    let moduleID: String?
    let from: CalendarDate?
    let to: CalendarDate?

    /// `builder`: rows of the kind and format the report is written in, to spell the modules with.
    init(_ query: ComplianceQuery, spelledAs builder: Rows) {
        let curriculum = query.curriculum
        moduleFields = curriculum.modules.map { builder.run([$0.id, curriculum.module($0.id)?.title]) }
        moduleNumbers = Dictionary(curriculum.modules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        moduleID = query.moduleID
        from = query.from
        to = query.to
    }

    private func includes(_ line: borrowing ModuleStatusLine) -> Bool {
        if let moduleID, line.moduleID != moduleID { return false }
        if let from, line.completedOn.map({ $0 < from }) ?? true { return false }
        if let to, line.completedOn.map({ $0 > to }) ?? true { return false }
        return true
    }

    func write(_ officer: Officer, _ lines: [ModuleStatusLine], into rows: inout Rows) {
        // The officer's four fields are spelled once for all their lines, when the first is written.
        var officerFields: Rows.Run?
        // Lines and spelled modules are read through spans: an array's subscript hands out a copy and retains
        // what it holds (strings every thread shares), where a span's element is used in place.
        let lines = lines.span
        let moduleFields = moduleFields.span
        for index in lines.indices where includes(lines[index]) {
            let spelled = officerFields ?? rows.run([officer.badge, officer.lastName, officer.firstName, officer.unit])
            officerFields = spelled
            rows.beginRow()
            rows.fields(spelled)
            if let module = moduleNumbers[lines[index].moduleID] {
                rows.fields(moduleFields[module])
            } else {
                rows.field(lines[index].moduleID)
                rows.field(nil as String?)
            }
            rows.field(lines[index].status.rawValue)
            rows.field(lines[index].completedOn)
            rows.field(lines[index].reportedExpiresOn)
            rows.field(lines[index].dueOn)
            rows.field(lines[index].validThrough)
            rows.field(officer.postID)
            rows.field(lines[index].origin.rawValue)
            rows.endRow()
        }
    }
}
