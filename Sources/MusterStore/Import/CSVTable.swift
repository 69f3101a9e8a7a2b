import MusterCore

/// A header-based CSV file: the header checked against the columns an import knows (or mapped to them by
/// a `ColumnMap`, `HeaderMatch`), and the data rows
/// as trimmed values in header order (look a column's position up once with `index(of:)`).
struct CSVTable {
    struct Row {
        var line: Int
        /// One trimmed value per header column.
        var values: [String]

        /// The trimmed value at a column position, or nil when the column is absent (nil position) or the
        /// cell empty.
        func value(_ index: Int?) -> String? {
            guard let index, !values[index].isEmpty else { return nil }
            return values[index]
        }
    }

    /// The field each header column holds; nil for a column a `--map` import leaves aside.
    var columns: [String?]
    var rows: [Row]

    /// The position of `column` in the header, or nil when the file does not have it.
    func index(of column: String) -> Int? {
        columns.firstIndex(of: column)
    }

    /// Parses and checks the header; returns nil (with problems) when the file cannot be read as a table.
    static func parse(
        _ bytes: [UInt8], file: String, required: [String], optional: [String], map: ColumnMap = ColumnMap(),
        problems: inout [ImportProblem]
    ) -> CSVTable? {
        let records: [CSVRecord]
        do {
            records = try CSVText.records(bytes)
        } catch {
            problems += CSVText.problems(error, file: file)
            return nil
        }
        guard let header = records.first else {
            problems.append(ImportProblem(file: file, line: 1, field: "header",
                                          problem: "the file is empty; expected a header line \(required.joined(separator: ","))"))
            return nil
        }
        let headerFields = header.fields.map { $0.trimmedWhitespace() }
        guard controlCharacters(in: headerFields, line: header.line, names: nil, file: file, problems: &problems) else {
            return nil
        }
        let headerMatch = HeaderMatch(
            headers: headerFields, required: required, optional: optional, map: map, file: file, line: header.line)
        problems += headerMatch.problems
        guard headerMatch.problems.isEmpty else { return nil }
        let columns = headerMatch.columns

        var rows: [Row] = []
        rows.reserveCapacity(records.count - 1)
        for record in records.dropFirst() {
            guard record.fields.count == columns.count else {
                problems.append(ImportProblem(
                    file: file, line: record.line, field: "row",
                    problem: "has \(record.fields.count) fields, the header has \(columns.count)"))
                continue
            }
            var values = record.fields
            for index in values.indices { values[index] = values[index].trimmedWhitespace() }
            guard controlCharacters(in: values, line: record.line, names: columns, file: file, problems: &problems)
            else { continue }
            rows.append(Row(line: record.line, values: values))
        }
        return CSVTable(columns: columns, rows: rows)
    }

    /// Reports every trimmed field of a record holding a control character (`RecordRules.checkText`): a tab
    /// padding a cell is trimmed as before, one inside it is refused. False when there was one, and the record
    /// is then left out so no later check repeats what it holds.
    private static func controlCharacters(
        in fields: [String], line: Int, names: [String?]?, file: String, problems: inout [ImportProblem]
    ) -> Bool {
        var clean = true
        for (index, field) in fields.enumerated() {
            // A column the map leaves aside is not read, so what it holds is no problem.
            if let names, names[index] == nil { continue }
            let name = names?[index] ?? "header"
            do { try RecordRules.checkText(field, field: name) } catch {
                clean = false
                problems.append(ImportProblem(file: file, line: line, field: error.field, problem: error.problem))
            }
        }
        return clean
    }
}
