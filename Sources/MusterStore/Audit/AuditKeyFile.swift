import Foundation

/// The key files `muster audit keygen` writes, one line of text each, so that a person can see which is which:
///
///     muster-audit-ed25519-private <64 lowercase hex digits: the 32-byte Ed25519 seed>
///     muster-audit-ed25519-public <64 lowercase hex digits: the 32-byte Ed25519 public key>
///
/// The private file is created with mode 0600 and never replaced; the public one sits beside it as `NAME.pub`.
enum AuditKeyFile {
    static let privateLabel = "muster-audit-ed25519-private"
    static let publicLabel = "muster-audit-ed25519-public"

    static func problem(_ path: String, _ problem: String) -> StoreError {
        .invalidField(field: "key file \(path)", problem: problem)
    }

    /// The 32 key bytes of a file whose one line starts with `label`.
    static func read(path: String, label: String) throws -> [UInt8] {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw problem(path, "cannot be read (\(error.localizedDescription))")
        }
        let words = text.split(whereSeparator: \.isWhitespace)
        guard words.count == 2, words[0] == label else {
            let other = label == privateLabel ? publicLabel : privateLabel
            if words.first.map(String.init) == other {
                throw problem(path, label == privateLabel ? "is a public key; signing needs the private key file"
                                                          : "is a private key; give the public key file (NAME.pub)")
            }
            throw problem(path, "is not a Muster audit key file (expected one line '\(label) HEX')")
        }
        guard let bytes = hexBytes(words[1]), bytes.count == 32 else {
            throw problem(path, "the key is not 64 lowercase hex digits")
        }
        return bytes
    }

    /// Creates `path` with `mode` (never replacing a file or following a link) holding the key's one line.
    static func create(path: String, mode: mode_t, label: String, bytes: [UInt8], refusingAlso other: String? = nil) throws {
        for existing in [path] + (other.map { [$0] } ?? []) where FileManager.default.fileExists(atPath: existing)
            || (try? FileManager.default.destinationOfSymbolicLink(atPath: existing)) != nil {
            throw problem(existing, "already exists; refusing to overwrite a key")
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard descriptor >= 0 else {
            throw problem(path, "cannot be created (\(String(cString: strerror(errno))))")
        }
        defer { close(descriptor) }
        let line = Array("\(label) \(hex(bytes))\n".utf8)
        // The umask may have taken bits away; the mode is set exactly.
        guard fchmod(descriptor, mode) == 0,
              line.withUnsafeBytes({ write(descriptor, $0.baseAddress, $0.count) }) == line.count,
              fsync(descriptor) == 0
        else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: path)
            throw problem(path, "cannot be written (\(reason))")
        }
    }

    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        String(decoding: bytes.flatMap { [CanonicalJSONWriter.hexDigits[Int($0 >> 4)], CanonicalJSONWriter.hexDigits[Int($0 & 0x0F)]] },
               as: UTF8.self)
    }

    /// The bytes of lowercase hex text, nil if it is anything else.
    static func hexBytes(_ text: some StringProtocol) -> [UInt8]? {
        let digits = Array(text.utf8)
        guard digits.count.isMultiple(of: 2) else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        for index in stride(from: 0, to: digits.count, by: 2) {
            guard let high = value(digits[index]), let low = value(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
        }
        return bytes
    }

    private static func value(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}
