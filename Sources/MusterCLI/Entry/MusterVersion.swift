/// The release `muster --version` prints; the man page carries it too. Raised with each release.
enum MusterVersion {
    static let current = "0.9.0"
}
