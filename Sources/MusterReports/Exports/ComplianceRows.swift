import MusterCore
import MusterStore

/// The compliance export's rows for one officer: their required modules, narrowed by module and by when the
/// status's completion was made.
struct ComplianceRows<Rows: RowBuilder & Sendable>: Sendable where Rows.Run: Sendable {
    /// Each curriculum module's id and title, spelled once for every officer's line, and where to find them by id.
    let moduleFields: [Rows.Run]
    let moduleNumbers: [String: Int]
    let words: StatusWordRuns<Rows>
    let moduleID: String?
    let from: CalendarDate?
    let to: CalendarDate?

    /// `builder`: rows of the kind and format the report is written in, to spell the modules with.
    init(_ query: ComplianceQuery, spelledAs builder: Rows) {
        let curriculum = query.curriculum
        moduleFields = curriculum.modules.map { builder.run([$0.id, curriculum.module($0.id)?.title]) }
        moduleNumbers = Dictionary(curriculum.modules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        words = StatusWordRuns(builder)
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

    func write(_ officer: Officer, _ lines: [ModuleStatusLine], into chunk: inout ComplianceChunk<Rows>) {
        // Lines and spelled modules are read through spans: an array's subscript hands out a copy and retains
        // what it holds (strings every thread shares), where a span's element is used in place.
        let lines = lines.span
        let moduleFields = moduleFields.span
        guard let first = lines.indices.first(where: { includes(lines[$0]) }) else { return }
        // The officer's fields are spelled once, when they have a row, and passed to every row in place.
        let spelled = chunk.rows.run([officer.badge, officer.lastName, officer.firstName, officer.unit])
        let post = chunk.rows.run([officer.postID])
        for index in first..<lines.count where includes(lines[index]) {
            let moduleID = lines[index].moduleID
            let position = chunk.modules.position(of: moduleID) ?? chunk.modules.keep(moduleNumbers[moduleID], for: moduleID)
            chunk.rows.beginRow()
            chunk.rows.fields(spelled)
            if let number = chunk.modules.values[position] {
                chunk.rows.fields(moduleFields[number])
            } else {
                chunk.rows.field(moduleID)
                chunk.rows.field(nil as String?)
            }
            words.write(lines[index].status, into: &chunk.rows)
            chunk.rows.field(lines[index].completedOn)
            chunk.rows.field(lines[index].reportedExpiresOn)
            chunk.rows.field(lines[index].dueOn)
            chunk.rows.field(lines[index].validThrough)
            chunk.rows.fields(post)
            words.write(lines[index].origin, into: &chunk.rows)
            chunk.rows.endRow()
        }
    }
}

/// A span's compliance rows as they are written, with the module numbers found so far (`SpelledModules`).
struct ComplianceChunk<Rows: RowBuilder>: Sendable where Rows: Sendable, Rows.Run: Sendable {
    var rows: Rows
    fileprivate var modules = SpelledModules<Int?>()

    init(_ rows: Rows) {
        self.rows = rows
    }
}
