import MusterCore

/// Which field each header of an import file holds: a `ColumnMap`'s headers first, then headers that are
/// field names themselves. Without a map an unknown header is a problem; with one it is left aside, since
/// HR exports carry many columns Muster has no use for. Every problem suggests a `--map` built from the
/// file's own headers (`HeaderGuess`).
struct HeaderMatch {
    /// The field of each header column, nil for one left aside.
    var columns: [String?] = []
    var problems: [ImportProblem] = []

    init(headers: [String], required: [String], optional: [String], map: ColumnMap, file: String, line: Int) {
        let fields = required + optional
        func report(_ problem: String) {
            problems.append(ImportProblem(file: file, line: line, field: "header", problem: problem))
        }
        let guessed = HeaderGuess.guess(fields: fields, headers: headers)
        func suggestion(_ field: String, _ header: String) -> String {
            "--map \(field)=\(ColumnMap.quotedIfNeeded(header))"
        }
        for pair in map.pairs where !headers.contains(where: { ColumnMap.headerKey($0) == ColumnMap.headerKey(pair.header) }) {
            let near = guessed[pair.field] ?? HeaderGuess.nearest(pair.header, among: headers)
            report("--map \(pair.field)=\(ColumnMap.quotedIfNeeded(pair.header)) names no column of the file"
                   + (near.map { "; did you mean \(suggestion(pair.field, $0))?" } ?? "")
                   + " (its columns: \(headers.joined(separator: ", ")))")
        }
        var seen = Set<String>()
        for header in headers {
            var field = map.field(forHeader: header)
            if field == nil {
                let plain = header.lowercased()
                if fields.contains(plain), map.header(for: plain) == nil { field = plain }
            }
            if let field, !seen.insert(field).inserted {
                report("column '\(field)' appears twice")
            }
            if field == nil, map.isEmpty {
                let hint = guessed.first { $0.value == header }.map { "; did you mean \(suggestion($0.key, header))?" }
                    ?? " (expected \(fields.joined(separator: ", ")), or give --map FIELD=\(ColumnMap.quotedIfNeeded(header)))"
                report("unknown column '\(header)'\(hint)")
            }
            columns.append(field)
        }
        for field in required where !columns.contains(field) && map.header(for: field) == nil {
            // Without a map, the header likely to hold it was reported above as unknown, with its --map.
            if map.isEmpty, let guess = guessed[field], let at = headers.firstIndex(of: guess), columns[at] == nil { continue }
            let hint = guessed[field].map { "; did you mean \(suggestion(field, $0))?" } ?? ""
            report("missing required column '\(field)'\(hint)")
        }
        // One line to copy: the map the user gave (what of it the file has) and the file's headers suggest.
        guard !problems.isEmpty else { return }
        var whole = map.pairs.filter { pair in headers.contains { ColumnMap.headerKey($0) == ColumnMap.headerKey(pair.header) } }
        for field in fields where !whole.contains(where: { $0.field == field }) {
            guard let header = guessed[field], header.lowercased() != field,
                  !whole.contains(where: { ColumnMap.headerKey($0.header) == ColumnMap.headerKey(header) })
            else { continue }
            whole.append((field, header))
        }
        if !whole.isEmpty, ColumnMap(whole) != map { report("try --map \"\(ColumnMap(whole).text)\"") }
    }
}
