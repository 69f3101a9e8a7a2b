/// What the next `muster notices` run would send, for the dashboard: counts only.
public struct PendingNotices: Sendable, Equatable {
    public var officerNotices: Int
    public var digests: Int
    /// Officers with items but no e-mail address.
    public var withoutEmail: Int

    public init(officerNotices: Int, digests: Int, withoutEmail: Int) {
        self.officerNotices = officerNotices
        self.digests = digests
        self.withoutEmail = withoutEmail
    }

    /// "notices: 3 officers, 1 digest".
    public var words: String {
        "notices: \(officerNotices) officer\(officerNotices == 1 ? "" : "s"), \(digests) digest\(digests == 1 ? "" : "s")"
    }
}
