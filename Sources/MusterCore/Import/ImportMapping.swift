/// A column map and date format saved under a name (`officers import --save-map NAME`), so next month's
/// file from the same HR system goes in with `--map NAME`.
public struct ImportMapping: Sendable, Equatable {
    public var name: String
    public var map: ColumnMap
    public var dateFormat: ImportDateFormat

    public init(name: String, map: ColumnMap, dateFormat: ImportDateFormat) {
        self.name = name
        self.map = map
        self.dateFormat = dateFormat
    }

    /// Whether `text` given to `--map` names a saved mapping rather than spelling one out (`field=Header`).
    public static func isName(_ text: String) -> Bool {
        !text.contains("=")
    }

    /// A name is a word: letters, digits, `-`, `_` and `.`, at most 64 of them.
    public static func checkName(_ name: String) throws(FieldProblem) {
        guard !name.isEmpty, name.count <= 64,
              name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." })
        else {
            throw FieldProblem(field: "--save-map", problem: "'\(name)' is not a map name (letters, digits, - _ . ; at most 64)")
        }
    }
}
