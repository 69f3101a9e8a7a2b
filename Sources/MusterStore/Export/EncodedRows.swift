import MusterCore

/// Rows of an export already encoded as the bytes the writer will print. Reports judged on several threads
/// encode their share of rows where they were judged, so the single thread that writes the file in order
/// only copies bytes; the encoding is exactly what `CSVExportWriter` and `JSONExportWriter` write row by row.
public struct EncodedRows: RowBuilder, Sendable {
    /// How rows are spelled.
    public enum Format: Sendable, Equatable {
        /// CSV lines, CRLF-terminated for spreadsheet programs when `excel` is set.
        case csv(excel: Bool)
        /// JSON objects keyed by `columns`, each written as `,\n  {…}` so spans join into one array.
        case json(columns: [String])
    }

    public let format: Format
    /// How many rows the bytes hold.
    public private(set) var count = 0
    private var fieldIndex = 0
    /// Where each row's bytes end, for `append(row:of:)`.
    private var rowEnds: [Int] = []
    private var csv = CSVLine()
    private var json = CanonicalJSONWriter(capacity: 0)
    /// Each JSON column's `"key": ` (after the first, `, "key": `), spelled once rather than per row.
    private let jsonKeys: [[UInt8]]

    public init(_ format: Format) {
        self.format = format
        guard case .json(let columns) = format else {
            jsonKeys = []
            return
        }
        jsonKeys = columns.indices.map { index in
            var key = CanonicalJSONWriter(capacity: 32)
            if index > 0 { key.raw(", ") }
            key.string(columns[index])
            key.raw(": ")
            return key.bytes
        }
    }

    /// The encoded rows.
    public var bytes: [UInt8] {
        if case .json = format { json.bytes } else { csv.bytes }
    }

    /// How many bytes the rows take.
    public var byteCount: Int {
        if case .json = format { json.bytes.count } else { csv.bytes.count }
    }

    /// Appends one row of optional text; nil is an empty CSV field and JSON `null`.
    public mutating func append(_ fields: [String?]) {
        beginRow()
        for field in fields { self.field(field) }
        endRow()
    }

    /// Appends one row of typed values, encoded as `CSVExportWriter` and `JSONExportWriter` write them.
    public mutating func append(_ values: [ExportValue]) {
        beginRow()
        for value in values { field(value) }
        endRow()
    }

    /// Starts a row, to be given its fields one by one with `field(_:)` and closed with `endRow()`: for hot
    /// loops that should not build an array per row.
    public mutating func beginRow() {
        fieldIndex = 0
        if case .json = format { json.raw(",\n  {") }
    }

    /// The row's next field; nil is an empty CSV field and JSON `null`. JSON ignores fields beyond the columns.
    public mutating func field(_ text: String?) {
        nextField(csv: { if let text { $0.field(text) } }, json: { $0.string(text) })
    }

    public mutating func field(_ text: String) {
        nextField(csv: { $0.field(text) }, json: { $0.string(text) })
    }

    /// A typed field: text as `field(_: String)`, null as an empty CSV field and JSON `null`, numbers and flags
    /// as their CSV and JSON spellings.
    public mutating func field(_ value: ExportValue) {
        switch value {
        case .text(let text): field(text)
        case .null: field(nil as String?)
        case .integer, .number, .bool: nextField(csv: { $0.field(value.csvText) }, json: { $0.bytes.append(contentsOf: value.jsonText.utf8) })
        }
    }

    /// A date field, its ten ASCII bytes written straight into the row: reports print millions of dates, and
    /// none needs quoting or escaping.
    public mutating func field(_ date: CalendarDate?) {
        nextField(csv: { if let date { $0.iso(date) } },
                  json: { if let date { date.writeJSON(into: &$0) } else { $0.null() } })
    }

    /// Consecutive fields spelled once in one format (`run(_:)`), written into many rows by `fields(_:)`.
    public struct Run: Sendable {
        /// CSV: the fields with the commas between them.
        fileprivate var csv: [UInt8] = []
        /// JSON: each field's value; its key is the row's to write.
        fileprivate var json: [[UInt8]] = []
        fileprivate var count = 0
    }

    public func run(_ texts: [String?]) -> Run {
        var run = Run(count: texts.count)
        switch format {
        case .csv:
            var line = CSVLine()
            for index in texts.indices {
                if index > 0 { line.separator() }
                if let text = texts[index] { line.field(text) }
            }
            run.csv = line.bytes
        case .json:
            run.json = texts.map { text in
                var value = CanonicalJSONWriter(capacity: 32)
                value.string(text)
                return value.bytes
            }
        }
        return run
    }

    /// Copies the run's bytes in: no field of it is looked at again for quotes or escapes.
    public mutating func fields(_ run: Run) {
        guard run.count > 0 else { return }
        switch format {
        case .csv:
            if fieldIndex > 0 { csv.separator() }
            csv.raw(run.csv)
            fieldIndex += run.count
        case .json:
            for value in run.json {
                if fieldIndex < jsonKeys.count {
                    json.bytes.append(contentsOf: jsonKeys[fieldIndex])
                    json.bytes.append(contentsOf: value)
                }
                fieldIndex += 1
            }
        }
    }

    /// Starts the next field (CSV: its comma; JSON: its key) and has `csv` or `json` write the value.
    private mutating func nextField(csv value: (inout CSVLine) -> Void, json jsonValue: (inout CanonicalJSONWriter) -> Void) {
        switch format {
        case .csv:
            if fieldIndex > 0 { csv.separator() }
            value(&csv)
        case .json:
            if fieldIndex < jsonKeys.count {
                json.bytes.append(contentsOf: jsonKeys[fieldIndex])
                jsonValue(&json)
            }
        }
        fieldIndex += 1
    }

    public mutating func endRow() {
        switch format {
        case .csv(let excel): csv.end(excel: excel)
        case .json: json.byte(UInt8(ascii: "}"))
        }
        rowEnds.append(byteCount)
        count += 1
    }
}

extension EncodedRows: PickableRows {
    /// `spans` must be encoded in this format; a JSON row brings its `,\n  ` with it, as every encoded row has.
    public mutating func append(_ places: ArraySlice<(span: Int, row: Int)>, of spans: [EncodedRows]) {
        let (spelled, ends) = (spans.map(\.bytes), spans.map(\.rowEnds))
        let isJSON = if case .json = format { true } else { false }
        for (span, row) in places {
            let bytes = spelled[span][(row == 0 ? 0 : ends[span][row - 1])..<ends[span][row]]
            if isJSON { json.bytes.append(contentsOf: bytes) } else { csv.raw(bytes) }
            rowEnds.append(byteCount)
        }
        count += places.count
    }
}
