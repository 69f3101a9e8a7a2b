import TerminalUI

/// The replace question over the screen, naming the file.
enum ConfirmReplaceView {
    static func render(_ request: ExportRequest, into frame: inout Frame, area: Rect) {
        let lines = ["\(request.outputPath) already exists.", "Replace it with this export? It keeps its mode."]
        frame.render(Dialog(title: "Replace the file?", lines: lines, footer: "y replace · n keep"), in: area)
        frame.cursor = nil
    }
}
