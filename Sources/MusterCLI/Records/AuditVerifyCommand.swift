import ArgumentParser
import MusterCore
import MusterReports
import MusterStore

/// `muster audit verify [--expect-head SEQ:HASH] [--public-key FILE]`.
struct AuditVerifyCommand: RecordsCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check the audit trail, the records and the schema (exit 1 if anything is wrong).",
        discussion: """
            Checks the hash chain, that every record matches its last audit event, and that the tables, indexes, \
            triggers and migrations are those this Muster creates. The chain alone cannot show that events were \
            cut from its end (with their records) or that it was recomputed from the start: give the head \
            published earlier (`muster audit head`) with --expect-head, and the agency's public key with \
            --public-key, to prove the log still holds that head and that every signature is genuine.
            """)
    @OptionGroup var store: StoreOptions
    @Option(name: .customLong("expect-head"),
            help: ArgumentHelp("A head published earlier (`muster audit head`): the log must still hold event SEQ with this hash.",
                               valueName: "SEQ:HASH"))
    var expectHead: String?
    @Option(name: .customLong("public-key"),
            help: ArgumentHelp("The agency's public key (NAME.pub from `muster audit keygen`): every signature must be "
                               + "genuine and the newest event signed.", valueName: "FILE"))
    var publicKey: String?
    @Option(help: "text or json.") var format: DocumentFormat = .text

    func validate() throws {
        if let expectHead, PublishedHead(parsing: expectHead) == nil {
            throw ValidationError("--expect-head takes SEQ:HASH, SEQ the event number and HASH its 64 lowercase hex digits")
        }
    }

    var need: AccessNeed { .read(.auditTrail) }

    func run() throws {
        let session = try openSession()
        let anchors = AuditAnchors(head: expectHead.flatMap(PublishedHead.init(parsing:)),
                                   publicKey: try publicKey.map(AuditPublicKey.read(path:)))
        let outcome = try AuditVerification.run(try session.reads(.auditTrail), anchors: anchors)
        if format == .json {
            try StandardStreams.out(try JSONOutput.string(ResultJSON.object([
                "intact": .bool(outcome.isIntact), "events_checked": .int(outcome.report.eventsChecked),
                "problems": .texts(outcome.problems), "notes": .texts(notes(anchors, outcome)),
                "expected_head": .text(anchors.head.map { "\($0)" }),
                "public_key": .text(anchors.publicKey?.fingerprint), "signed_transactions": .int(outcome.signatures.signed),
            ])))
            if !outcome.isIntact { throw ExitCode(1) }
            return
        }
        if outcome.isIntact {
            try StandardStreams.out("audit trail intact: \(outcome.report.eventsChecked) events, every record matches its last event, "
                                + "the schema is this Muster's")
            if let head = anchors.head { try StandardStreams.out("published head \(head) is in the log") }
            if let key = anchors.publicKey {
                try StandardStreams.out("\(outcome.signatures.signed) signature(s) genuine (key \(key.fingerprint)); the newest event is signed")
            }
        } else {
            for line in outcome.problems { try StandardStreams.out(line) }
        }
        for note in notes(anchors, outcome) { try StandardStreams.out("note: \(note)") }
        if !outcome.isIntact { throw ExitCode(1) }
    }

    /// What this run could not see, so that a pass is not read as more than it proves.
    private func notes(_ anchors: AuditAnchors, _ outcome: AuditOutcome) -> [String] {
        var notes: [String] = []
        if anchors.head == nil {
            notes.append("without --expect-head SEQ:HASH this cannot see events cut from the end of the log (with their "
                          + "records), a rollback to an older copy, or a chain recomputed from the start; publish "
                          + "`muster audit head` and pass it here")
        }
        if anchors.publicKey == nil {
            notes.append("signatures not checked (\(outcome.signatures.signed) signed transaction(s)); pass --public-key FILE")
        }
        return notes
    }
}
