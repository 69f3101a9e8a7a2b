import MusterTestSupport
import Testing

extension CLISuites {
    @Suite("muster keys")
    struct KeysCommandTests {
        @Test("lists the workspace keys from the keymap table as Markdown")
        func keys() throws {
            let run = try MusterBinary()("keys")
            #expect(run.status == 0)
            #expect(run.stdoutLines.first == "| Where | Keys | Action | Id |")
            #expect(run.stdout.contains("`officer.record`"))
            #expect(run.stdout.contains("`Ctrl-S`"))
        }
    }
}
