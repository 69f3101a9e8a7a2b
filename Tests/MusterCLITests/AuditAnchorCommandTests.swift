import Foundation
import MusterTestSupport
import Testing

extension CLISuites {
    /// `muster audit keygen`, `head` and `verify --expect-head/--public-key` as an agency and its auditor use them.
    @Suite("muster audit keygen, head and anchored verify")
    struct AuditAnchorCommandTests {
        let folder: TemporaryDirectory
        let muster: MusterBinary

        init() throws {
            (folder, muster) = try MusterBinary.inTemporaryAgency()
        }

        func json(_ run: MusterBinary.Run) throws -> [String: Any] {
            try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        }

        @Test("keygen, a signed write, the published head, and verify proving it; a cut tail is then caught")
        func signPublishVerify() throws {
            defer { folder.remove() }
            #expect(try muster("init").status == 0)
            let keygen = try muster("audit", "keygen", "--out", "keys/agency.key")
            #expect(keygen.status == 1, "a missing folder is refused, not created")
            try FileManager.default.createDirectory(atPath: folder.file("keys"), withIntermediateDirectories: false)
            #expect(try muster("audit", "keygen", "--out", "keys/agency.key").status == 0)
            let again = try muster("audit", "keygen", "--out", "keys/agency.key")
            #expect(again.status == 1)
            #expect(again.stderr.contains("refusing to overwrite"))

            let unsigned = try json(try muster("audit", "head", "--format", "json"))
            #expect(unsigned["signature"] is NSNull)

            #expect(try muster("officers", "add", "--badge", "7", "--last-name", "Seven", "--first-name", "S",
                               "--signing-key", "keys/agency.key").status == 0)
            let signer = MusterBinary(environment: muster.environment.merging(["MUSTER_SIGNING_KEY": folder.file("keys/agency.key")]) { $1 },
                                      workingDirectory: folder.url)
            #expect(try signer("officers", "add", "--badge", "8", "--last-name", "Eight", "--first-name", "E").status == 0)
            let head = try json(try muster("audit", "head", "--format", "json"))
            let seq = try #require(head["seq"] as? Int)
            let hash = try #require(head["hash"] as? String)
            #expect((head["signature"] as? String)?.count == 128)
            let text = try muster("audit", "head")
            #expect(text.stdoutLines.first == "\(seq):\(hash)")

            let anchored = ["audit", "verify", "--expect-head", "\(seq):\(hash)", "--public-key", "keys/agency.key.pub"]
            let verified = try muster.run(anchored)
            #expect(verified.status == 0)
            #expect(verified.stdout.contains("published head \(seq):\(hash) is in the log"))
            #expect(verified.stdout.contains("2 signature(s) genuine"))
            #expect(!verified.stdout.contains("note: without --expect-head"))

            let plain = try muster("audit", "verify")
            #expect(plain.status == 0)
            #expect(plain.stdout.contains("note: without --expect-head SEQ:HASH this cannot see events cut from the end"))

            try sqlite("""
                DELETE FROM audit_event WHERE id = \(seq); DELETE FROM audit_signature WHERE event_id = \(seq);
                DELETE FROM officer WHERE badge = '8';
                """)
            #expect(try muster("audit", "verify").status == 0, "the chain alone cannot see a cut tail")
            let caught = try muster.run(anchored)
            #expect(caught.status == 1)
            #expect(caught.stdout.contains("published head \(seq):\(hash) is not in the log, which ends at event \(seq - 1)"))
        }

        @Test("a malformed --expect-head is a usage error; a private key given as --public-key is refused", arguments: [
            (["--expect-head", "12:ABC"], Int32(2)),
            (["--expect-head", "twelve:" + String(repeating: "a", count: 64)], Int32(2)),
            (["--public-key", "agency.key"], Int32(1)),
        ])
        func badArguments(arguments: [String], status: Int32) throws {
            defer { folder.remove() }
            #expect(try muster("init").status == 0)
            #expect(try muster("audit", "keygen", "--out", "agency.key").status == 0)
            let run = try muster.run(["audit", "verify"] + arguments)
            #expect(run.status == status, "\(run.stderr)")
        }

        func sqlite(_ sql: String) throws {
            let shell = Process()
            shell.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            shell.arguments = ["sqlite3", folder.file("agency.sqlite"), sql]
            try shell.run()
            shell.waitUntilExit()
        }
    }
}
