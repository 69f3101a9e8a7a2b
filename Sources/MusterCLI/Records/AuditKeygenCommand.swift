import ArgumentParser
import MusterStore

/// `muster audit keygen --out FILE`: the agency's signing key, kept outside the database.
struct AuditKeygenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keygen", abstract: "Make the agency's Ed25519 key that signs the audit trail.",
        discussion: """
            Writes the private key to FILE (mode 0600) and the public key to FILE.pub, each one line: \
            `muster-audit-ed25519-private HEX` / `muster-audit-ed25519-public HEX` (the 32 raw key bytes). \
            Refuses to replace either file. Writers sign with --signing-key FILE or $MUSTER_SIGNING_KEY; \
            auditors check with `muster audit verify --public-key FILE.pub`. Keep FILE out of the database's \
            folder and readable only by whoever may write records.
            """)
    @Option(help: ArgumentHelp("Where to write the private key; the public key goes to FILE.pub.", valueName: "FILE"))
    var out: String
    @Option(help: "text or json.") var format: DocumentFormat = .text

    func run() throws {
        let key = AuditSigningKey.generate()
        let publicPath = try key.writeNewPair(privatePath: out)
        try ResultOutput.print(
            format, "wrote private key \(out) (mode 0600): sign writes with --signing-key \(out) or MUSTER_SIGNING_KEY\n"
                + "wrote public key \(publicPath) (fingerprint \(key.publicKey.fingerprint)): "
                + "check with `muster audit verify --public-key \(publicPath)`",
            json: ["private_key": .string(out), "public_key": .string(publicPath), "fingerprint": .string(key.publicKey.fingerprint)])
    }
}
