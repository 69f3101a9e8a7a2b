import MusterCore
import TerminalUI

/// The Exports tab: what to export on the left; the preview, the progress of a write and where the file
/// went on the right.
enum ExportsView {
    static func render(_ state: AppState, into buffer: inout Buffer, area: Rect) -> Position? {
        let exports = state.exports
        let columns = area.splitColumns([.fixed(min(48, area.width / 2)), .fill], spacing: 2)
        let intro = exports.form.isEditing ? "Editing · Esc done, then p previews" : "Enter edits the ▶ field"
        buffer.line(intro, in: columns[0], row: 0, style: Style(.muted))
        let cursor = FormView.renderFields(exports.form, state: state, into: &buffer, area: columns[0].offsetTop(2))

        let right = columns[1]
        var row = 0
        if exports.isWriting {
            let progress = exports.progress ?? ExportProgress(rowsWritten: 0)
            let fraction = progress.totalRows.map { $0 > 0 ? Double(progress.rowsWritten) / Double($0) : 0 } ?? 0
            let numbers = " \(grouped(progress.rowsWritten))" + (progress.totalRows.map { " of \(grouped($0)) rows" } ?? " rows")
            buffer.line([Span("Writing ", .header, .bold), Span(BarChart.barText(fraction: fraction, width: max(4, right.width - 30)), .accent),
                         Span(numbers)], in: right, row: row)
            row += 2
        } else if let result = exports.result {
            buffer.line([Span("✓ Wrote \(grouped(result.rowCount)) rows to", .good, .bold)], in: right, row: row)
            buffer.line(result.path, in: right, row: row + 1, style: Style(.accent))
            row += 3
        } else if let error = exports.error {
            for (index, text) in wrapped("✗ " + error, width: right.width).prefix(2).enumerated() {
                buffer.line(text, in: right, row: row + index, style: Style(.danger))
            }
            row += 3
        }
        buffer.heading("Preview", in: right, row: row)
        row += 1
        let previewArea = right.offsetTop(row)
        switch exports.preview {
        case nil:
            buffer.line("p shows the first rows before anything is written", in: previewArea, row: 0, style: Style(.muted))
        case .loading?:
            buffer.line("Reading the first rows…", in: previewArea, row: 0, style: Style(.muted))
        case .failed(let message)?:
            buffer.line("✗ " + message, in: previewArea, row: 0, style: Style(.danger))
        case .loaded(let preview)?:
            renderPreview(preview, into: &buffer, area: previewArea)
        }
        return cursor
    }

    private static func renderPreview(_ preview: ExportPreview, into buffer: inout Buffer, area: Rect) {
        let total = preview.totalRows.map { "\(grouped($0)) rows in all" } ?? "\(preview.rows.count) rows shown"
        buffer.line(total, in: area, row: area.height - 1, style: Style(.muted))
        // As many leading columns as fit at a readable width; the file has them all.
        let widths = preview.header.indices.map { column in
            min(18, ([preview.header[column]] + preview.rows.map { column < $0.count ? $0[column] : "" }).map { displayWidth(of: $0) }.max() ?? 0)
        }
        var shown = 0, used = 0
        for width in widths where used + width + 1 <= area.width + 1 {
            used += width + 1
            shown += 1
        }
        let columns = (0..<max(1, shown)).map { TableColumn(preview.header[$0], width: .fixed(widths[$0])) }
        let table = Table(columns: columns, rowCount: preview.rows.count, state: TableState(selected: nil), marker: "",
                          emptyMessage: "The export would be empty") { index in
            preview.rows[index].prefix(columns.count).map { TableCell($0) }
        }
        buffer.render(table, in: area.splitRows([.fill, .fixed(1)])[0])
    }
}
