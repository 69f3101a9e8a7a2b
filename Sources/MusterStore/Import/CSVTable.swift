/// A header-based CSV file: the header checked against the columns an import knows, and the data rows
/// as dictionaries from column name to trimmed value.
struct CSVTable {
    struct Row {
        var line: Int
        var values: [String: String]

        /// The trimmed value, or nil when the column is absent or the cell empty.
        func value(_ column: String) -> String? {
            guard let value = values[column], !value.isEmpty else { return nil }
            return value
        }
    }

    var columns: [String]
    var rows: [Row]

    /// Parses and checks the header; returns nil (with problems) when the file cannot be read as a table.
    static func parse(
        _ bytes: [UInt8], file: String, required: [String], optional: [String], problems: inout [ImportProblem]
    ) -> CSVTable? {
        let records: [CSVRecord]
        do {
            records = try CSVText.records(bytes)
        } catch {
            problems.append(CSVText.problem(error, file: file))
            return nil
        }
        guard let header = records.first else {
            problems.append(ImportProblem(file: file, line: 1, field: "header",
                                          problem: "the file is empty; expected a header line \(required.joined(separator: ","))"))
            return nil
        }
        let columns = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let known = Set(required + optional)
        var headerOK = true
        var seen = Set<String>()
        for column in columns {
            if !known.contains(column) {
                headerOK = false
                problems.append(ImportProblem(
                    file: file, line: header.line, field: "header",
                    problem: "unknown column '\(column)' (expected \((required + optional).joined(separator: ", ")))"))
            } else if !seen.insert(column).inserted {
                headerOK = false
                problems.append(ImportProblem(file: file, line: header.line, field: "header",
                                              problem: "column '\(column)' appears twice"))
            }
        }
        for column in required where !columns.contains(column) {
            headerOK = false
            problems.append(ImportProblem(file: file, line: header.line, field: "header",
                                          problem: "missing required column '\(column)'"))
        }
        guard headerOK else { return nil }

        var rows: [Row] = []
        for record in records.dropFirst() {
            guard record.fields.count == columns.count else {
                problems.append(ImportProblem(
                    file: file, line: record.line, field: "row",
                    problem: "has \(record.fields.count) fields, the header has \(columns.count)"))
                continue
            }
            var values: [String: String] = [:]
            for (column, value) in zip(columns, record.fields) {
                values[column] = value.trimmingCharacters(in: .whitespaces)
            }
            rows.append(Row(line: record.line, values: values))
        }
        return CSVTable(columns: columns, rows: rows)
    }
}
