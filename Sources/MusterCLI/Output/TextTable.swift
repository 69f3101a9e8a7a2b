import TerminalUI

/// A plain-text table for the CLI: columns padded by display width so accented and CJK names align. Cells
/// are one line each, so every control character in them, line breaks and tabs too, is made visible.
struct TextTable {
    private(set) var headers: [String]
    private(set) var rows: [[String]] = []

    init(_ headers: [String]) {
        self.headers = headers.map { VisibleControls.escape($0) }
    }

    mutating func append(_ row: [String]) {
        rows.append(row.map { VisibleControls.escape($0) })
    }

    func render() -> String {
        var widths = headers.map { displayWidth(of: $0) }
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], displayWidth(of: cell))
            }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - displayWidth(of: cell))
            }.joined(separator: "  ")
        }
        return ([line(headers), line(widths.map { String(repeating: "-", count: $0) })] + rows.map(line))
            .joined(separator: "\n")
    }
}
