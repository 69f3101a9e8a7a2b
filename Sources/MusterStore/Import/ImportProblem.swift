/// One bad thing in an import file, located for people: `file:line: field: problem`.
public struct ImportProblem: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    /// The physical line in the file (1-based; a quoted field spanning lines counts every line).
    public var line: Int
    /// The column, or `header` / `row` / `file` for problems not tied to one column.
    public var field: String
    public var problem: String

    public init(file: String, line: Int, field: String, problem: String) {
        self.file = file
        self.line = line
        self.field = field
        self.problem = problem
    }

    public var description: String { "\(file):\(line): \(field): \(problem)" }
}
