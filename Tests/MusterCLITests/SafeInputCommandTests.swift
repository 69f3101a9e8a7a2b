import Foundation
import MusterTestSupport
import Testing

extension CLISuites {
    /// Safe inputs through the real executable: typed and imported text with control characters, dates out of
    /// range, and curricula that once passed lint and then crashed status (exit 132).
    @Suite("muster refuses unsafe input")
    struct SafeInputCommandTests {
        let folder: TemporaryDirectory
        let muster: MusterBinary

        init() throws {
            (folder, muster) = try MusterBinary.inTemporaryAgency()
        }

        func agency() throws {
            #expect(try muster.initAgency(officers: "badge,last_name,first_name\n1001,Saldaña,Zoë\n").status == 0)
        }

        @Test("typed text with a control character is refused with the field, exit 1, nothing written", arguments: [
            (["officers", "add", "--badge", "2001", "--last-name", "Tab\tbed", "--first-name", "A"],
             "last_name contains the control character U+0009 at character 4; only printable text is accepted"),
            (["officers", "edit", "1001", "--unit", "\u{1B}[2JWest"],
             "unit contains the control character U+001B at character 1; only printable text is accepted"),
            (["record", "uof-neck-restraints", "--officer", "1001", "--instructor", "Ray\u{7}"],
             "instructor contains the control character U+0007 at character 4; only printable text is accepted"),
            (["waive", "uof-neck-restraints", "--officer", "1001", "--reason", "line\nbreak"],
             "reason contains the control character U+000A at character 5; only printable text is accepted"),
        ])
        func typedControlCharacters(arguments: [String], message: String) throws {
            defer { folder.remove() }
            try agency()
            let before = try muster("audit", "verify").stdout
            let run = try muster.run(arguments)
            #expect(run.status == 1)
            #expect(run.stderr.contains(message), "\(run.stderr)")
            #expect(try muster("audit", "verify").stdout == before)
            #expect(try muster("officers", "show", "2001").status != 0)
        }

        @Test("a typed date outside 1900–2100 is a usage error naming the option", arguments: [
            (["record", "uof-neck-restraints", "--officer", "1001", "--on", "1800-01-01"], "--on 1800-01-01 is outside the years 1900–2100"),
            (["status", "--as-of", "9999-12-31"], "--as-of 9999-12-31 is outside the years 1900–2100"),
        ])
        func typedDateOutOfRange(arguments: [String], message: String) throws {
            defer { folder.remove() }
            try agency()
            let run = try muster.run(arguments)
            #expect(run.status == 2)
            #expect(run.stderr.contains(message), "\(run.stderr)")
        }

        @Test("an officers CSV with a NUL in a name is refused at file:line:field and audit verify stays clean")
        func importedNul() throws {
            defer { folder.remove() }
            try agency()
            try folder.write("nul.csv", "badge,last_name,first_name\n1001,Saldaña,Zoë\n1002,Nu\u{0}ll,Ann\n")
            let run = try muster("officers", "import", "nul.csv")
            #expect(run.status == 1)
            #expect(run.stdout.contains("nul.csv:3: last_name: contains the control character U+0000 at character 3")
                || run.stderr.contains("nul.csv:3: last_name: contains the control character U+0000 at character 3"))
            #expect(try muster("officers", "show", "1002").status != 0)
            #expect(try muster("audit", "verify").status == 0)
        }

        @Test("lint reports every file's problems when one is not UTF-8, and a huge validity is refused, not crashed on")
        func lintAndStatusOnBadCurricula() throws {
            defer { folder.remove() }
            let curricula = try TemporaryDirectory()
            defer { curricula.remove() }
            let module = { (id: String, months: String) in
                "id: \(id)\ntitle: T\narea: de-escalation\nversion: \"2023.1\"\neffective: 2023-02-07\nsummary: S\n"
                    + "hours: 2\ndelivery: [classroom]\nobjectives: [O]\nassessment: { kind: practical }\n"
                    + "validity: { kind: rolling, months: \(months) }\n"
            }
            try curricula.write("modules/a.yaml", module("a", "9223372036854775807"))
            try curricula.write("modules/c.yaml", module("c", "0"))
            let bytes = Array(module("b", "12").utf8)
            try Data(bytes.prefix(13) + [0xFF] + bytes.dropFirst(13)).write(to: curricula.url.appending(path: "modules/b.yaml"))
            let lint = try muster("curricula", "lint", curricula.path)
            #expect(lint.status == 1)
            #expect(lint.stdoutLines == [
                "\(curricula.path)/modules/a.yaml:11:36: 'months' must be between 1 and 120, not 9223372036854775807",
                "\(curricula.path)/modules/b.yaml:2:1: this line holds a byte that is not UTF-8 text; save the file as UTF-8",
                "\(curricula.path)/modules/c.yaml:11:36: 'months' must be between 1 and 120, not 0",
            ])
            // Before, init stored such a curriculum and status, exports and the TUI then died on exit 132.
            let initialised = try muster("init", "--curricula", curricula.path)
            #expect(initialised.status == 1)
            #expect(initialised.stderr.contains("'months' must be between 1 and 120"), "\(initialised.stderr)")
        }
    }
}
