import Foundation
import GRDB
import MusterCore
@testable import MusterStore
import MusterTestSupport
import Testing

@Suite("The audit trail's signing key and signatures")
struct AuditSigningTests {
    @Test("keygen writes the private key 0600 and the public key 0644 beside it, and reads them back")
    func keyFiles() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let key = AuditSigningKey.generate()
        let publicPath = try key.writeNewPair(privatePath: folder.file("agency.key"))
        #expect(publicPath == folder.file("agency.key.pub"))
        let modes = try [folder.file("agency.key"), publicPath].map {
            try #require(FileManager.default.attributesOfItem(atPath: $0)[.posixPermissions] as? Int)
        }
        #expect(modes == [0o600, 0o644])
        #expect(try AuditSigningKey.read(path: folder.file("agency.key")).publicKey == key.publicKey)
        #expect(try AuditPublicKey.read(path: publicPath) == key.publicKey)
        #expect(try String(contentsOfFile: publicPath, encoding: .utf8).hasPrefix("muster-audit-ed25519-public "))
    }

    @Test("keygen refuses to replace a private or a public key file, leaving both as they were")
    func refusesToOverwrite() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let first = AuditSigningKey.generate()
        _ = try first.writeNewPair(privatePath: folder.file("agency.key"))
        #expect(throws: StoreError.self) { try AuditSigningKey.generate().writeNewPair(privatePath: folder.file("agency.key")) }
        _ = try folder.write("other.key.pub", "keep me\n")
        #expect(throws: StoreError.self) { try AuditSigningKey.generate().writeNewPair(privatePath: folder.file("other.key")) }
        #expect(!FileManager.default.fileExists(atPath: folder.file("other.key")))
        #expect(try AuditSigningKey.read(path: folder.file("agency.key")).publicKey == first.publicKey)
    }

    @Test("a key file of the wrong kind or shape is refused with the file named", arguments: [
        ("muster-audit-ed25519-public " + String(repeating: "ab", count: 32), "is a public key"),
        ("muster-audit-ed25519-private " + String(repeating: "AB", count: 32), "64 lowercase hex"),
        ("muster-audit-ed25519-private abcd", "64 lowercase hex"),
        ("-----BEGIN PRIVATE KEY-----", "not a Muster audit key file"),
    ])
    func badPrivateKeyFiles(text: String, problem: String) throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        _ = try folder.write("bad.key", text + "\n")
        do {
            _ = try AuditSigningKey.read(path: folder.file("bad.key"))
            Issue.record("read a bad key file")
        } catch let error as StoreError {
            #expect(error.description.contains(folder.file("bad.key")))
            #expect(error.description.contains(problem), "\(error)")
        }
    }

    @Test("a signing writer signs the last event of each writing transaction, bulk ones included, and nothing else")
    func signsEachTransactionsLastEvent() throws {
        let fixture = try StoreFixture()
        defer { fixture.directory.remove() }
        let key = AuditSigningKey.generate()
        let signed = try MusterDatabase.open(path: fixture.path, clock: .fixed(today), signingKey: key)
        let unsignedHead = try signed.auditHead()
        #expect(unsignedHead.signature == nil)

        _ = try signed.apply([.addOfficer(Officer(badge: "S1", lastName: "One", firstName: "S")),
                              .addOfficer(Officer(badge: "S2", lastName: "Two", firstName: "S"))], actor: "coord")
        // More rows than one AuditPipeline chunk, so the events come back from the worker in batches.
        let rows = (0..<2_500).map { OfficerImportRow(badge: "I\($0)", lastName: "Import", firstName: "N\($0)") }
        _ = try signed.apply([.importOfficers(rows: rows, sync: false)], actor: "coord")
        // Neither a refused command nor a dry run leaves a signature.
        #expect(throws: StoreError.self) {
            try signed.apply([.separateOfficer(badge: "NOPE", on: today)], actor: "coord")
        }
        _ = try signed.dryRun([.addOfficer(Officer(badge: "D1", lastName: "Dry", firstName: "R"))], actor: "coord")

        let head = try signed.auditHead()
        let signatures = try signed.read { db in try Int64.fetchAll(db, sql: "SELECT event_id FROM audit_signature ORDER BY event_id") }
        let importStart = unsignedHead.seq + 2
        #expect(signatures == [importStart, head.seq])
        #expect(head.seq == importStart + 2_500)
        #expect(head.signature?.count == 128)
        let check = try signed.auditSignatures(in: 1...Int64.max, publicKey: key.publicKey)
        #expect(check == {
            var expected = AuditSignatureCheck()
            expected.signed = 2
            expected.newestGenuine = head.seq
            return expected
        }())
        #expect(try signed.verifyAudit().isIntact)
    }

    @Test("published heads: held, cut off, rewritten, and the empty log's", arguments: [
        ("held", nil),
        ("past the end", "is not in the log, which ends at event"),
        ("other hash", "not the published"),
        ("genesis", nil),
        ("event 0 with another hash", "cannot exist"),
    ] as [(String, String?)])
    func publishedHeads(kind: String, problem: String?) throws {
        let fixture = try StoreFixture()
        defer { fixture.directory.remove() }
        let head = try fixture.store.auditHead()
        let published = switch kind {
        case "held": PublishedHead(seq: head.seq, hash: head.hash)
        case "past the end": PublishedHead(seq: head.seq + 1, hash: head.hash)
        case "other hash": PublishedHead(seq: head.seq, hash: String(repeating: "e", count: 64))
        case "genesis": PublishedHead(seq: 0, hash: AuditEvent.genesisHash)
        default: PublishedHead(seq: 0, hash: head.hash)
        }
        let found = try fixture.store.publishedHeadProblem(published)
        if let problem {
            #expect(found?.contains(problem) == true, "\(found ?? "nil")")
        } else {
            #expect(found == nil)
        }
    }

    @Test("--expect-head's SEQ:HASH is read strictly", arguments: [
        ("12:" + String(repeating: "a", count: 64), true),
        ("0:" + String(repeating: "0", count: 64), true),
        ("12:" + String(repeating: "A", count: 64), false),
        ("12:" + String(repeating: "a", count: 63), false),
        ("-1:" + String(repeating: "a", count: 64), false),
        ("12" + String(repeating: "a", count: 64), false),
        ("１２:" + String(repeating: "a", count: 64), false),
        ("12:" + String(repeating: "a", count: 64) + ":", false),
    ])
    func parsesPublishedHeads(text: String, valid: Bool) {
        #expect((PublishedHead(parsing: text) != nil) == valid)
    }

    @Test("every connection is opened defensive with an untrusted schema: the schema table cannot be written")
    func hardenedConnections() throws {
        let fixture = try StoreFixture()
        defer { fixture.directory.remove() }
        let trusted = try fixture.store.read { db in try Int.fetchOne(db, sql: "PRAGMA trusted_schema") }
        #expect(trusted == 0)
        #expect(throws: (any Error).self) {
            try fixture.store.executeBehindMustersBack("""
                PRAGMA writable_schema = ON;
                UPDATE sqlite_master SET sql = replace(sql, 'BETWEEN 0 AND 100', 'BETWEEN 0 AND 1000') WHERE name = 'completion';
                """)
        }
        #expect(try fixture.store.schemaProblems().isEmpty)
    }
}
