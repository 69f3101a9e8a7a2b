import Foundation
import TerminalUI
import Testing

/// Compares a rendered frame with a checked-in expected screen under `Tests/MusterTUITests/Screens/`.
///
/// The file holds the screen's rows exactly as drawn between `┆` fences, the style runs, then the
/// cursor. Set `RECORD_SCREENS=1` to write the file instead; recording always fails the
/// test, so a recorded screen is never accepted without being looked at.
enum ScreenSnapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Screens")

    /// TerminalUI's buffer snapshot (rows between `┆` fences, then the style runs, so a status that lost
    /// its colour role shows up as a diff), then where the cursor is.
    static func text(of frame: Frame) -> String {
        let cursor = frame.cursor.map { "cursor: column \($0.column), row \($0.row)" } ?? "cursor: hidden"
        return frame.buffer.snapshot + cursor + "\n"
    }

    static func assertMatches(_ frame: Frame, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = directory.appending(path: "\(name).\(frame.size.columns)x\(frame.size.rows).txt")
        let actual = text(of: frame)
        if ProcessInfo.processInfo.environment["RECORD_SCREENS"] == "1" {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: file)
            Issue.record("Recorded \(file.lastPathComponent); review it, then run again without RECORD_SCREENS",
                         sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("No expected screen \(file.lastPathComponent); run with RECORD_SCREENS=1 to record it.\n\(actual)",
                         sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "screen \(file.lastPathComponent) differs:\n\(actual)", sourceLocation: sourceLocation)
    }
}
