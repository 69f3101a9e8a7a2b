import Crypto
import Foundation

/// The agency's Ed25519 key that signs the audit trail, kept outside the database (`muster audit keygen`).
/// A writer holding it signs the last event of each of its transactions: the signature covers the event's
/// sequence number and hash (`AuditHead.message`), and the hash chains over every event before it, so one
/// genuine signature vouches for the whole log up to that event.
public struct AuditSigningKey: Sendable {
    private let key: Curve25519.Signing.PrivateKey
    public let publicKey: AuditPublicKey

    init(_ key: Curve25519.Signing.PrivateKey) {
        self.key = key
        publicKey = AuditPublicKey(bytes: Array(key.publicKey.rawRepresentation))
    }

    public static func generate() -> AuditSigningKey {
        AuditSigningKey(Curve25519.Signing.PrivateKey())
    }

    /// The key in a private key file (`AuditKeyFile`).
    public static func read(path: String) throws -> AuditSigningKey {
        let bytes = try AuditKeyFile.read(path: path, label: AuditKeyFile.privateLabel)
        guard let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: bytes) else {
            throw AuditKeyFile.problem(path, "not an Ed25519 private key")
        }
        return AuditSigningKey(key)
    }

    /// The 64-byte signature of event `seq` whose hash is `hash` (lowercase hex).
    func sign(seq: Int64, hash: String) throws -> [UInt8] {
        Array(try key.signature(for: AuditHead.message(seq: seq, hash: hash)))
    }

    /// Writes a new key pair: the private key to `path` (mode 0600) and the public key to `path.pub` (0644).
    /// Refuses to replace either file, and never follows a symbolic link. Returns the public key's path.
    public func writeNewPair(privatePath path: String) throws -> String {
        let publicPath = path + ".pub"
        try AuditKeyFile.create(path: path, mode: 0o600, label: AuditKeyFile.privateLabel, bytes: Array(key.rawRepresentation),
                                refusingAlso: publicPath)
        do {
            try AuditKeyFile.create(path: publicPath, mode: 0o644, label: AuditKeyFile.publicLabel, bytes: publicKey.bytes)
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw error
        }
        return publicPath
    }
}

/// The public half, which anyone checking the trail holds (`audit verify --public-key`).
public struct AuditPublicKey: Sendable, Equatable {
    public let bytes: [UInt8]
    /// Parsed once: a log of millions of transactions has as many signatures to check.
    private let key: Curve25519.Signing.PublicKey?

    init(bytes: [UInt8]) {
        self.bytes = bytes
        key = try? Curve25519.Signing.PublicKey(rawRepresentation: bytes)
    }

    public static func == (lhs: AuditPublicKey, rhs: AuditPublicKey) -> Bool { lhs.bytes == rhs.bytes }

    /// The key in a public key file (`AuditKeyFile`).
    public static func read(path: String) throws -> AuditPublicKey {
        let key = AuditPublicKey(bytes: try AuditKeyFile.read(path: path, label: AuditKeyFile.publicLabel))
        guard key.key != nil else { throw AuditKeyFile.problem(path, "not an Ed25519 public key") }
        return key
    }

    /// The first 16 hex digits of the SHA-256 of the key: enough for a person to tell keys apart.
    public var fingerprint: String {
        String(AuditKeyFile.hex(SHA256.hash(data: bytes)).prefix(16))
    }

    /// Whether `signature` is this key's over event `seq` with hash `hash`.
    func isValidSignature(_ signature: [UInt8], seq: Int64, hash: String) -> Bool {
        key?.isValidSignature(signature, for: AuditHead.message(seq: seq, hash: hash)) ?? false
    }
}
