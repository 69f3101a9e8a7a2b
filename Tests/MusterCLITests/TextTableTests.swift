@testable import MusterCLI
import Testing

/// The CLI's plain-text tables: padded by display width, every control character made visible, and the same
/// text whether printed whole or in pieces (as `muster status` prints a table of a million rows).
@Suite("text tables")
struct TextTableTests {
    @Test("columns are padded by display width; the last cell is not padded", arguments: [
        (["BADGE", "NAME"], [["1", "Ann"], ["1002", "Zoë"]], "BADGE  NAME\n-----  ----\n1      Ann\n1002   Zoë"),
        (["A", "B", "C"], [["渡辺", "x", "end"], ["a", "yy", ""]], "A     B   C\n----  --  ---\n渡辺  x   end\na     yy  "),
        (["ONE"], [], "ONE\n---"),
        (["A", "B"], [["x"], ["long", "z"]], "A     B\n----  -\nx\nlong  z"),
        (["NAME"], [["tab\there"]], "NAME\n---------\ntab^Ihere"),
    ])
    func layout(headers: [String], rows: [[String]], expected: String) {
        var table = TextTable(headers)
        for row in rows { table.append(row) }
        #expect(table.render() == expected)
        #expect(table.rowCount == rows.count)
    }

    @Test("written in pieces, the table is the rendered text line by line", arguments: [1, 7, 64, 1 << 16])
    func pieces(size: Int) {
        var table = TextTable(["BADGE", "NAME", "UNIT"])
        for index in 0..<200 { table.append(["\(index)", index % 3 == 0 ? "Müller, Jörg" : "Li", "Unit \(index % 7)"]) }
        var written: [UInt8] = []
        var calls = 0
        table.write(every: size) { piece in
            written += piece
            calls += 1
        }
        #expect(String(decoding: written, as: UTF8.self) == table.render() + "\n")
        #expect(calls >= (size == 1 ? 202 : 1))
    }

    @Test("rows spelled in spans and appended print as the same rows appended one by one", arguments: [1, 3, 50])
    func spans(spanSize: Int) {
        let rows = (0..<40).map { index in ["\(index)", index % 4 == 0 ? "Ōta, Ken\u{1B}" : "Li", index % 5 == 0 ? "" : "Patrol"] }
        var whole = TextTable(["BADGE", "NAME", "UNIT"])
        for row in rows { whole.append(row) }
        var joined = TextTable(["BADGE", "NAME", "UNIT"])
        for start in stride(from: 0, to: rows.count, by: spanSize) {
            var span = TextTable(columnCount: 3)
            for row in rows[start..<min(start + spanSize, rows.count)] {
                span.beginRow()
                span.fields(span.run([row[0]]))
                span.field(row[1])
                span.field(row[2].isEmpty ? nil : row[2])
                span.endRow()
            }
            joined.append(contentsOf: span)
        }
        #expect(joined.render() == whole.render())
        #expect(joined.rowCount == rows.count)
        #expect(whole.render().contains("Ōta, Ken^["))
    }

    @Test("rows picked from spans in any order print as those rows appended in that order", arguments: [1, 3, 50])
    func picked(spanSize: Int) {
        let rows = (0..<40).map { index in
            ["\(index)", index % 4 == 0 ? "Ōta, Ken\u{1B}" : "Li", index % 5 == 0 ? "" : "渡辺 \(index % 3)"]
        }
        let order = rows.indices.sorted { ($0 * 7) % 40 < ($1 * 7) % 40 }
        var spans: [TextTable] = []
        for start in stride(from: 0, to: rows.count, by: spanSize) {
            var span = TextTable(columnCount: 3)
            for row in rows[start..<min(start + spanSize, rows.count)] {
                span.beginRow()
                span.fields(span.run([row[0], row[1]]))
                span.field(row[2].isEmpty ? nil : row[2])
                span.endRow()
            }
            spans.append(span)
        }
        var whole = TextTable(["BADGE", "NAME", "UNIT"])
        for index in order { whole.append(rows[index]) }
        var picked = TextTable(["BADGE", "NAME", "UNIT"])
        let places = order.map { (span: $0 / spanSize, row: $0 % spanSize) }
        for start in stride(from: 0, to: places.count, by: 6) {
            var piece = TextTable(columnCount: 3)
            piece.append(places[start..<min(start + 6, places.count)], of: spans)
            picked.append(contentsOf: piece)
        }
        #expect(picked.render() == whole.render())
        #expect(picked.rowCount == rows.count)
    }
}
