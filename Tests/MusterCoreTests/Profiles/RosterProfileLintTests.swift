import Foundation
import Testing
@testable import MusterCore

/// Roster profiles (`profiles/*.yaml`) and modules' `course_numbers`: read into the model, and every problem
/// reported at its file, line and column.
@Suite("Roster profiles and course numbers")
struct RosterProfileLintTests {
    static func profile(_ lines: [String], name: String = "mine") -> CurriculaFile {
        CurriculaFile(path: "profiles/\(name).yaml", text: lines.joined(separator: "\n") + "\n")
    }

    /// A valid profile; `replacing` swaps whole lines by their key, `adding` appends lines.
    static func lines(replacing: [String: String] = [:], adding: [String] = []) -> [String] {
        var lines = [
            "id: mine", "title: My roster", "receiver: A board", "jurisdiction: TX", "file_type: csv",
            "date_format: MM/DD/YYYY", "officer_id: post_id",
            "sources:", "  - { title: Rules, url: \"https://example.org/rules\" }",
            "columns:",
            "  - { name: PID, value: officer_id, basis: published }",
            "  - { name: Course, value: course_number, basis: published }",
            "  - { name: Agency, text: Springfield PD, basis: inferred }",
            "  - { name: Score, value: score, basis: inferred }",
        ]
        for (key, line) in replacing {
            if let index = lines.firstIndex(where: { $0.hasPrefix(key + ":") }) { lines[index] = line }
        }
        return lines + adding
    }

    @Test("the shipped profiles lint clean: Texas, California, Utah and Oregon, each column published or inferred")
    func shipped() throws {
        let lint = CurriculumLint.check(ShippedCurricula.files)
        #expect(lint.diagnostics.map(\.description) == [])
        #expect(lint.profiles.map(\.id) == ["ca-post", "or-dpsst", "tx-tcole", "ut-acadis"])
        let texas = try #require(lint.profiles.first { $0.id == "tx-tcole" })
        #expect(texas.columns.first?.name == "PID")
        #expect(texas.columns.first { $0.value == .field(.courseNumber) }?.required == true)
        #expect(texas.columns.contains { $0.basis == .published } && texas.columns.contains { $0.basis == .inferred })
        #expect(lint.profiles.first { $0.id == "or-dpsst" }?.fileType == .xlsx)
        #expect(lint.curriculum.module("uof-deescalation")?.courseNumbers == ["TX": "1849"])
        // The TCOLE numbers the sources give, on the modules that stand for their topics (Curricula/README.md).
        let numbered = lint.curriculum.modules.filter { !$0.courseNumbers.isEmpty }
        #expect(Dictionary(uniqueKeysWithValues: numbered.map { ($0.id, $0.courseNumbers) })
            == ["uof-deescalation": ["TX": "1849"], "uof-deescalation-refresher": ["TX": "1849"], "uof-crisis-response": ["TX": "3843"]])
    }

    @Test("a profile is read whole: required columns, texts and the default sheet name")
    func parses() throws {
        let lint = CurriculumLint.check([Self.profile(Self.lines())])
        #expect(lint.diagnostics.map(\.description) == [])
        let profile = try #require(lint.profiles.first)
        #expect(profile.columns.map(\.required) == [true, true, false, false])
        #expect(profile.columns[2].value == .text("Springfield PD"))
        #expect(profile.officerID == .postID)
        #expect(profile.sheet == "Roster")
    }

    @Test("each problem is reported at its line and column", arguments: [
        (["id: Mine"], "profiles/mine.yaml:1:5: 'id' must be kebab-case"),
        (["id: other"], "profiles/mine.yaml:1:5: 'id' is 'other' but the file is mine.yaml"),
        (["file_type: pdf"], "profiles/mine.yaml:5:12: 'file_type' has unknown value 'pdf' (expected one of: csv, xlsx)"),
        (["date_format: MM/YYYY"], "profiles/mine.yaml:6:14: 'date_format' must hold YYYY, MM and DD once each"),
        (["officer_id: ssn"], "profiles/mine.yaml:7:13: 'officer_id' has unknown value 'ssn' (expected one of: post_id, badge)"),
        (["jurisdiction: texas"], "profiles/mine.yaml:4:15: 'jurisdiction' 'texas' is not a jurisdiction code"),
    ])
    func problems(replacement: [String], expected: String) throws {
        let line = try #require(replacement.first)
        let key = String(line.prefix { $0 != ":" })
        let lint = CurriculumLint.check([Self.profile(Self.lines(replacing: [key: line]))])
        #expect(lint.diagnostics.contains { $0.description.hasPrefix(expected) }, "\(lint.diagnostics)")
        #expect(lint.profiles.isEmpty)
    }

    @Test("columns: an unknown field, both value and text, a repeated name, no basis")
    func columnProblems() {
        let lint = CurriculumLint.check([Self.profile(Self.lines(adding: [
            "  - { name: Rank, value: rank, basis: published }",
            "  - { name: Both, value: badge, text: x, basis: inferred }",
            "  - { name: PID, value: badge, basis: inferred }",
            "  - { name: Why, value: badge }",
        ]))])
        let messages = lint.diagnostics.map(\.description)
        #expect(messages.contains { $0.hasPrefix("profiles/mine.yaml:15:26: 'value' has unknown value 'rank'") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("profiles/mine.yaml:16:39: a column takes 'value' or 'text', not both") })
        #expect(messages.contains { $0.hasPrefix("profiles/mine.yaml:17:13: column 'PID' is already named at line 11") })
        #expect(messages.contains { $0.hasPrefix("profiles/mine.yaml:18:5: missing required key 'basis' in column") })
    }

    @Test("course_numbers: jurisdiction codes and numbers are checked where they stand", arguments: [
        ("course_numbers: { TX: \"1849\", CA: \"20001234526001\" }", nil as String?),
        ("course_numbers: { TX: 1849 }", nil),
        ("course_numbers: [1849]", "12:17: 'course_numbers' must be a mapping"),
        ("course_numbers: { texas: \"1849\" }", "12:19: 'course_numbers' key 'texas' is not a jurisdiction code"),
        ("course_numbers: { TX: \"18 49\" }", "12:23: course number for TX '18 49' must be 1 to 40"),
        ("course_numbers: { TX: [1] }", "12:23: course number for TX must be text"),
    ])
    func courseNumbers(line: String, expected: String?) throws {
        let lint = CurriculumLint.check([CurriculumKeysTests.module("m0"), CurriculumKeysTests.module("m1", [line])])
        if let expected {
            #expect(lint.diagnostics.contains { $0.description.hasPrefix("modules/m1-2023.1.yaml:\(expected)") },
                    "\(lint.diagnostics)")
        } else {
            #expect(lint.diagnostics.map(\.description) == [])
            #expect(lint.curriculum.module("m1")?.courseNumbers["TX"] == "1849")
        }
    }

    @Test("dates are written in the profile's format", arguments: [
        ("MM/DD/YYYY", "03/02/2026"), ("YYYY-MM-DD", "2026-03-02"), ("DD.MM.YYYY", "02.03.2026"), ("YYYYMMDD", "20260302"),
    ])
    func dateFormats(format: String, expected: String) throws {
        let day = try #require(CalendarDate(iso: "2026-03-02"))
        #expect(RosterDateFormat(format)?.string(day) == expected)
    }

    @Test("a date format needs each of year, month and day once", arguments: ["MM/DD", "YYYY-MM-DD-DD", "MM/DD/YY", "YYYY_MM_DD", ""])
    func badDateFormats(format: String) {
        #expect(RosterDateFormat(format) == nil)
    }

    @Test("a module without course numbers stores as it did before; one with them keeps them")
    func storedForm() throws {
        let plain = try #require(CurriculumLint.check([CurriculumKeysTests.module("m0")]).curriculum.module("m0"))
        let encoded = String(decoding: try JSONEncoder().encode(plain), as: UTF8.self)
        #expect(!encoded.contains("course_numbers"))
        var numbered = plain
        numbered.courseNumbers = ["TX": "1849"]
        let decoded = try JSONDecoder().decode(Module.self, from: try JSONEncoder().encode(numbered))
        #expect(decoded.courseNumbers == ["TX": "1849"])
        #expect(decoded == numbered)
    }
}
