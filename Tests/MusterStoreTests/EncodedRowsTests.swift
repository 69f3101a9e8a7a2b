import Foundation
import MusterCore
import MusterStore
import MusterTestSupport
import Testing

@Suite("Rows encoded ahead, in spans, write the same file as rows written one by one")
struct EncodedRowsTests {
    static let columns = ["badge", "name", "note", "due_on"]
    static let rows: [[String?]] = [
        ["A1", "Zoë Ångström", "plain", "2025-01-31"],
        ["B2", "Ray, \"Sarge\"", nil, nil],
        ["C3", " padded ", "line one\nline two", "2026-02-28"],
        ["D4", "李小龙", "tab\there \\ backslash", nil],
        ["E5", "", "", "2024-02-29"],
    ]

    enum Format: String, CaseIterable {
        case csv, excel, json
    }

    /// The file `rows` make when given to the writer one by one (`span` nil) or encoded in spans of `span` rows.
    func written(_ format: Format, span: Int?, in folder: TemporaryDirectory) throws -> Data {
        let path = folder.file("\(format.rawValue)-\(span ?? 0).out")
        let output = try ExportOutput(path: path)
        let encoding: EncodedRows.Format
        let writeRow: ([String?]) throws -> Void
        let writeRows: (EncodedRows) throws -> Void
        let finish: () throws -> Void
        switch format {
        case .csv, .excel:
            let writer = CSVExportWriter(output: output, excel: format == .excel)
            try writer.writeRow(Self.columns)
            encoding = .csv(excel: format == .excel)
            (writeRow, writeRows, finish) = ({ try writer.writeRow($0) }, { try writer.write($0) }, { try writer.finish() })
        case .json:
            let writer = JSONExportWriter(output: output, columns: Self.columns)
            encoding = .json(columns: Self.columns)
            (writeRow, writeRows, finish) = ({ try writer.writeRow($0.map(ExportValue.optionalText)) }, { try writer.write($0) },
                                             { try writer.finish() })
        }
        if let span {
            // An empty span first: a span whose officers all had nothing to report must not break the file.
            try writeRows(EncodedRows(encoding))
            for start in stride(from: 0, to: Self.rows.count, by: span) {
                var encoded = EncodedRows(encoding)
                for row in Self.rows[start..<min(start + span, Self.rows.count)] { encoded.append(row) }
                #expect(encoded.count == min(span, Self.rows.count - start))
                try writeRows(encoded)
            }
        } else {
            for row in Self.rows { try writeRow(row) }
        }
        try finish()
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    @Test("CSV, Excel CSV and JSON, in spans of 1, 2 and all rows", arguments: Format.allCases, [1, 2, 5])
    func sameBytes(format: Format, span: Int) throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let expected = try written(format, span: nil, in: folder)
        #expect(try written(format, span: span, in: folder) == expected)
        if format == .json {
            let objects = try #require(try JSONSerialization.jsonObject(with: expected) as? [[String: Any]])
            #expect(objects.count == Self.rows.count)
            #expect(objects[1]["note"] is NSNull)
            #expect(objects[3]["note"] as? String == "tab\there \\ backslash")
        }
    }

    @Test("fields given as String or as a date encode exactly as the same text given as String?",
          arguments: [EncodedRows.Format.csv(excel: false), .csv(excel: true), .json(columns: columns)])
    func typedFields(format: EncodedRows.Format) throws {
        var asText = EncodedRows(format)
        var typed = EncodedRows(format)
        for row in Self.rows {
            asText.append(row)
            typed.beginRow()
            for (index, field) in row.enumerated() {
                if index == 3 {
                    typed.field(field.flatMap { CalendarDate(iso: $0) })
                } else if let field {
                    typed.field(field)
                } else {
                    typed.field(nil as String?)
                }
            }
            typed.endRow()
        }
        #expect(typed.count == Self.rows.count)
        #expect(typed.bytes == asText.bytes)
        #expect(!typed.bytes.isEmpty)
    }

    /// Each row cut into runs of fields at `cuts` (the first field of each run after the first).
    static func runs(of row: [String?], cutAt cuts: [Int]) -> [[String?]] {
        zip([0] + cuts, cuts + [row.count]).map { Array(row[$0..<$1]) }
    }

    @Test("fields spelled once as a run and written into a row encode as the same fields given one by one",
          arguments: [EncodedRows.Format.csv(excel: false), .csv(excel: true), .json(columns: columns), .json(columns: ["badge", "name"])],
          [[1], [2], [1, 3], [0, 4]])
    func runsOfFields(format: EncodedRows.Format, cuts: [Int]) throws {
        var oneByOne = EncodedRows(format)
        var inRuns = EncodedRows(format)
        var text = TextRows()
        for row in Self.rows {
            oneByOne.append(row)
            inRuns.beginRow()
            text.beginRow()
            for run in Self.runs(of: row, cutAt: cuts) {
                // Spelled by another builder of the same format, as a report spells them once for many spans.
                inRuns.fields(EncodedRows(format).run(run))
                text.fields(text.run(run))
            }
            inRuns.endRow()
        }
        #expect(inRuns.count == Self.rows.count)
        #expect(inRuns.bytes == oneByOne.bytes)
        #expect(text.rows == Self.rows)
    }

    /// Typed rows as a roster has them: whole and fractional hours, scores, flags and nulls.
    static let typedRows: [[ExportValue]] = [
        [.text("A1"), .integer(91), .number(4), .bool(true)],
        [.text("B2, \"Sarge\""), .integer(-3), .number(1.5), .bool(false)],
        [.null, .integer(0), .number(0.1), .null],
        [.text(" padded "), .null, .number(1e-7), .bool(true)],
        [.text("E5"), .integer(100), .number(1.25e17), .null],
    ]

    @Test("typed values appended in spans write the same file as the writers' own typed rows",
          arguments: Format.allCases, [1, 2, 5])
    func typedValues(format: Format, span: Int) throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        func written(inSpans: Bool) throws -> Data {
            let path = folder.file("\(format.rawValue)-\(inSpans).out")
            let output = try ExportOutput(path: path)
            let encoding: EncodedRows.Format = format == .json ? .json(columns: Self.columns) : .csv(excel: format == .excel)
            let csv = format == .json ? nil : CSVExportWriter(output: output, excel: format == .excel)
            let json = format == .json ? JSONExportWriter(output: output, columns: Self.columns) : nil
            for start in stride(from: 0, to: Self.typedRows.count, by: span) {
                let rows = Self.typedRows[start..<min(start + span, Self.typedRows.count)]
                if inSpans {
                    var encoded = EncodedRows(encoding)
                    for row in rows { encoded.append(row) }
                    try csv?.write(encoded)
                    try json?.write(encoded)
                } else {
                    for row in rows {
                        try csv?.writeRow(row)
                        try json?.writeRow(row)
                    }
                }
            }
            try csv?.finish()
            try json?.finish()
            return try Data(contentsOf: URL(fileURLWithPath: path))
        }
        let expected = try written(inSpans: false)
        #expect(try written(inSpans: true) == expected)
        let text = String(decoding: expected, as: UTF8.self)
        // Whole numbers without ".0", in both forms.
        #expect(text.contains(format == .json ? "\"note\": 1.5," : ",1.5,"))
        #expect(text.contains(format == .json ? "\"note\": 4," : ",4,"))
    }

    @Test("a JSON export with only empty spans is an empty array")
    func emptyJSON() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = folder.file("empty.json")
        let writer = JSONExportWriter(output: try ExportOutput(path: path), columns: Self.columns)
        try writer.write(EncodedRows(.json(columns: Self.columns)))
        try writer.finish()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "[]\n")
    }

    @Test("rows written field by field equal rows appended whole, and TextRows keeps them as text")
    func fieldByField() {
        var whole = EncodedRows(.csv(excel: false))
        var fields = EncodedRows(.csv(excel: false))
        var text = TextRows()
        for row in Self.rows {
            whole.append(row)
            fields.beginRow()
            text.beginRow()
            for field in row {
                fields.field(field)
                text.field(field)
            }
            fields.endRow()
            text.endRow()
        }
        #expect(fields.bytes == whole.bytes)
        #expect(fields.count == Self.rows.count)
        #expect(text.rows == Self.rows)
    }

    @Test("a CSV field is quoted exactly when it holds a comma, quote or line break or starts or ends with a space",
          arguments: [
              ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("a\nb", "\"a\nb\""),
              ("a\rb", "\"a\rb\""), (" lead", "\" lead\""), ("trail ", "\"trail \""), ("in side", "in side"),
              ("tab\there", "tab\there"), ("2026-11-23", "2026-11-23"), ("Ó Súilleabháin", "Ó Súilleabháin"), ("!#$%&'()*+", "!#$%&'()*+"),
          ])
    func quoting(field: String, written: String) {
        var rows = EncodedRows(.csv(excel: false))
        rows.append([field, "x"])
        #expect(String(decoding: rows.bytes, as: UTF8.self) == written + ",x\n")
    }
}
