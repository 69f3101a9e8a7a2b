import MusterCore

/// Something rows are written into field by field, so one function spells a report's rows whether they
/// end up encoded as bytes (`EncodedRows`) or kept as text (`TextRows`).
public protocol RowBuilder {
    /// Consecutive fields spelled once, to be written into many rows.
    associatedtype Run
    mutating func beginRow()
    /// The row's next field; nil is an empty field.
    mutating func field(_ text: String?)
    /// The row's next field, from text that is always there. Passing a `String` where `String?` is taken copies it
    /// into an optional (a retain and a release per field), which a report of millions of fields notices.
    mutating func field(_ text: String)
    /// The row's next field, a date as ISO `YYYY-MM-DD`; nil is an empty field.
    mutating func field(_ date: CalendarDate?)
    /// The row's next field, typed: text and null as `field(_: String?)`, numbers and flags as their CSV text where
    /// the builder keeps no types (JSON keeps them as numbers and flags).
    mutating func field(_ value: ExportValue)
    /// Spells `texts` once as consecutive fields (nil ones empty), for `fields(_:)` to write into many rows: a
    /// report repeats an officer's fields on each of their lines, and a module's on every officer's.
    func run(_ texts: [String?]) -> Run
    /// The row's next fields, spelled earlier by `run(_:)` of a builder of the same kind and format.
    mutating func fields(_ run: Run)
    mutating func endRow()
}

extension RowBuilder {
    public mutating func field(_ text: String) {
        field(Optional(text))
    }

    public mutating func field(_ date: CalendarDate?) {
        field(date?.iso)
    }

    public mutating func field(_ value: ExportValue) {
        if case .null = value { field(nil as String?) } else { field(value.csvText) }
    }
}

/// Rows any one of which can be copied into another builder of the same kind and format, in any order: a report
/// whose rows are spelled span by span on every core and printed in an order across the spans (`muster plan`,
/// most urgent first) moves its spelled rows rather than spelling them again on one thread.
public protocol PickableRows: RowBuilder {
    /// Appends the rows `places` name, in their order, each as it was spelled: the `row`th row given to
    /// `spans[span]`. One call moves many rows, so the loop runs in the builder's own code, not in generic code
    /// that would copy a span per row.
    mutating func append(_ places: ArraySlice<(span: Int, row: Int)>, of spans: [Self])
}

/// Rows kept as arrays of optional text, for callers that read them back (a preview, a test).
public struct TextRows: RowBuilder, Sendable {
    public private(set) var rows: [[String?]] = []

    public init() {}

    public mutating func beginRow() {
        rows.append([])
    }

    public mutating func field(_ text: String?) {
        rows[rows.count - 1].append(text)
    }

    public func run(_ texts: [String?]) -> [String?] {
        texts
    }

    public mutating func fields(_ run: [String?]) {
        rows[rows.count - 1].append(contentsOf: run)
    }

    public mutating func endRow() {}
}

extension TextRows: PickableRows {
    public mutating func append(_ places: ArraySlice<(span: Int, row: Int)>, of spans: [TextRows]) {
        rows += places.map { spans[$0.span].rows[$0.row] }
    }
}
