/// One cell of a sheet: text stays text (badges and PIDs keep their leading zeros), numbers are numbers.
public enum XLSXCell: Equatable, Sendable {
    case text(String)
    case number(Double)
    case empty
}
