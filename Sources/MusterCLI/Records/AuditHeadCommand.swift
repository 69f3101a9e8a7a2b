import ArgumentParser
import MusterCore
import MusterStore

/// `muster audit head [--format json]`: the newest event, for publishing outside the database.
struct AuditHeadCommand: RecordsCommand {
    static let configuration = CommandConfiguration(
        commandName: "head", abstract: "Print the audit trail's newest event number, hash and signature, for publishing.",
        discussion: """
            Publish the head somewhere the database's users cannot rewrite (a mail to the auditor, a ticket, a \
            print-out); later, `muster audit verify --expect-head SEQ:HASH` proves the log still holds it. text \
            prints `SEQ:HASH` (what --expect-head takes) and the signature; json prints \
            {"seq": N, "hash": "…", "signature": "…"}. The signature is lowercase hex of the Ed25519 signature over \
            `muster-audit-v1 SEQ:HASH`, null (text: none) when the newest event was written without a signing key. \
            An empty log's head is 0 and 64 zeros.
            """)
    @OptionGroup var store: StoreOptions
    @Option(help: "text or json.") var format: DocumentFormat = .text

    var need: AccessNeed { .read(.auditTrail) }

    func run() throws {
        let session = try openSession()
        let head = try session.reads(.auditTrail).auditHead()
        switch format {
        case .text:
            try StandardStreams.out("\(head.seq):\(head.hash)")
            try StandardStreams.out("signature: \(head.signature ?? "none (written without a signing key)")")
        case .json:
            try StandardStreams.out(try JSONOutput.string(PublishedForm(head)))
        }
    }

    /// The JSON form, with `signature` null rather than left out when there is none.
    private struct PublishedForm: Encodable {
        let head: AuditHead
        init(_ head: AuditHead) { self.head = head }

        enum CodingKeys: String, CodingKey { case seq, hash, signature }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(head.seq, forKey: .seq)
            try container.encode(head.hash, forKey: .hash)
            try container.encode(head.signature, forKey: .signature)
        }
    }
}
