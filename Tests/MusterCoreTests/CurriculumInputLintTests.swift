import Foundation
import MusterTestSupport
import Testing
@testable import MusterCore

/// Lint refuses what status, exports and the TUI could not use — a validity of `Int.max` months passed lint
/// once and then crashed them — and reports every file's problems even when one file is not UTF-8.
@Suite("Curricula lint: ranges, control characters and bytes that are not UTF-8")
struct CurriculumInputLintTests {
    /// A clean module; `replacing` swaps one line (found by its key) for another.
    static func module(replacing key: String? = nil, with line: String = "") -> String {
        var lines = [
            "id: uof-sample",
            "title: Sample",
            "area: less-lethal-force",
            "version: \"2024.10\"",
            "effective: 2024-03-01",
            "summary: A sample.",
            "hours: 2.5",
            "delivery: [classroom]",
            "objectives: [Do it]",
            "assessment: { kind: written, pass_mark: 80 }",
            "validity: { kind: rolling, months: 24 }",
            "expiring_window_days: 30",
        ]
        if let key, let index = lines.firstIndex(where: { $0.hasPrefix(key + ":") }) { lines[index] = line }
        return lines.joined(separator: "\n") + "\n"
    }

    static func lint(_ yaml: String) -> [String] {
        CurriculumLint.check([CurriculaFile(path: "modules/m.yaml", text: yaml)]).diagnostics.map(\.description)
    }

    @Test("values outside their ranges are refused where they stand", arguments: [
        ("validity", "validity: { kind: rolling, months: 9223372036854775807 }",
         "modules/m.yaml:11:36: 'months' must be between 1 and 120, not 9223372036854775807"),
        ("validity", "validity: { kind: rolling, months: 121 }", "modules/m.yaml:11:36: 'months' must be between 1 and 120, not 121"),
        ("validity", "validity: { kind: rolling, months: 0 }", "modules/m.yaml:11:36: 'months' must be between 1 and 120, not 0"),
        ("validity", "validity: { kind: rolling, months: 99999999999999999999 }",
         "modules/m.yaml:11:36: 'months' must be a whole number, not '99999999999999999999'"),
        ("expiring_window_days", "expiring_window_days: 9223372036854775807",
         "modules/m.yaml:12:23: 'expiring_window_days' must be between 0 and 3650, not 9223372036854775807"),
        ("expiring_window_days", "expiring_window_days: -1",
         "modules/m.yaml:12:23: 'expiring_window_days' must be between 0 and 3650, not -1"),
        ("hours", "hours: 2001", "modules/m.yaml:7:8: 'hours' must be greater than 0 and at most 2000, not 2001"),
        ("hours", "hours: 1e400", "modules/m.yaml:7:8: 'hours' must be greater than 0 and at most 2000, not inf"),
        ("hours", "hours: 1e300", "modules/m.yaml:7:8: 'hours' must be greater than 0 and at most 2000, not 1e+300"),
        ("effective", "effective: 1899-12-31", "modules/m.yaml:5:12: 'effective' 1899-12-31 is outside the years 1900–2100"),
        ("effective", "effective: 2101-01-01", "modules/m.yaml:5:12: 'effective' 2101-01-01 is outside the years 1900–2100"),
        ("title", "title: \"Nul\\0byte\"",
         "modules/m.yaml:2:8: 'title' contains the control character U+0000 at character 4; only printable text is accepted"),
        ("title", "title: \"\\e[31mRed\"",
         "modules/m.yaml:2:8: 'title' contains the control character U+001B at character 1; only printable text is accepted"),
        ("summary", "summary: \"a\\tb\"",
         "modules/m.yaml:6:10: 'summary' contains the control character U+0009 at character 2; only printable text is accepted"),
    ])
    func rangeRefused(key: String, line: String, expected: String) {
        #expect(Self.lint(Self.module(replacing: key, with: line)) == [expected])
    }

    @Test("values at the ends of their ranges pass", arguments: [
        ("validity", "validity: { kind: rolling, months: 120 }"),
        ("validity", "validity: { kind: rolling, months: 1 }"),
        ("expiring_window_days", "expiring_window_days: 3650"),
        ("hours", "hours: 2000"),
        ("effective", "effective: 1900-01-01"),
        ("summary", "summary: |\n  Two\n  lines."),
    ])
    func rangeAccepted(key: String, line: String) {
        #expect(Self.lint(Self.module(replacing: key, with: line)) == [])
    }

    @Test("every file's problems are reported when one file is not UTF-8, each at its line")
    func notUTF8AmongOthers() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write("modules/a.yaml", Self.module(replacing: "hours", with: "hours: -1"))
        var bad = Array(Self.module(replacing: "title", with: "title: M").replacingOccurrences(of: "uof-sample", with: "uof-b").utf8)
        // "Müller" in Latin-1 on line 6 (the summary) and a stray byte on line 9 (the objectives).
        let summary = Array("summary: A sample.".utf8)
        let at = try #require(bad.indices.first { Array(bad[$0..<min(bad.count, $0 + summary.count)]) == summary })
        bad.replaceSubrange(at..<at + summary.count, with: Array("summary: M".utf8) + [0xFC] + Array("ller.".utf8))
        let objectives = Array("[Do it]".utf8)
        let at2 = try #require(bad.indices.first { Array(bad[$0..<min(bad.count, $0 + objectives.count)]) == objectives })
        bad.replaceSubrange(at2..<at2 + objectives.count, with: Array("[Do ".utf8) + [0xC3, 0x28] + Array("]".utf8))
        let badPath = folder.url.appending(path: "modules/b.yaml")
        try Data(bad).write(to: badPath)
        try folder.write("modules/c.yaml", Self.module(replacing: "validity", with: "validity: { kind: rolling, months: 9999 }")
            .replacingOccurrences(of: "uof-sample", with: "uof-other"))

        let files = try CurriculaFile.read(path: folder.path)
        #expect(files.map(\.invalidUTF8Lines) == [[], [6, 9], []])
        let lint = CurriculumLint.check(files)
        let base = folder.path + "/modules/"
        #expect(lint.diagnostics.map(\.description) == [
            "\(base)a.yaml:7:8: 'hours' must be greater than 0 and at most 2000, not -1",
            "\(base)b.yaml:6:1: this line holds a byte that is not UTF-8 text; save the file as UTF-8",
            "\(base)b.yaml:9:1: this line holds a byte that is not UTF-8 text; save the file as UTF-8",
            "\(base)c.yaml:11:36: 'months' must be between 1 and 120, not 9999",
        ])
    }

    @Test("a raw control byte libyaml refuses is reported at its line, not line 1")
    func readerErrorLine() {
        let yaml = Self.module(replacing: "summary", with: "summary: bell\u{7}here")
        #expect(Self.lint(yaml).map { $0.components(separatedBy: ": cannot").first ?? $0 } == ["modules/m.yaml:6:14"])
    }

    static let invalidUTF8Cases: [([UInt8], [Int])] = [
        (Array("ok\n".utf8) + [0xFF], [2]),
        ([0xC3] + Array("\r\nok\r".utf8) + [0x80, 0x80], [1, 3]),
        (Array("a\rb\rc".utf8) + [0xED, 0xA0, 0x80], [3]),
        (Array("é\n€\n𝄞".utf8), []),
    ]

    @Test("invalid UTF-8 lines are found per line, LF, CRLF and CR alike", arguments: invalidUTF8Cases.indices)
    func invalidLines(index: Int) {
        let (bytes, lines) = Self.invalidUTF8Cases[index]
        #expect(InvalidUTF8.lines(in: bytes) == lines)
    }
}
