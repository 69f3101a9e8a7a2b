/// A class roster to record: many completions, optionally with the class session they all belong to.
public struct RosterRequest: Sendable, Equatable {
    public var entries: [CompletionRequest]
    /// When set, this session is created and every entry without its own session id joins it.
    public var session: SessionRequest?

    public init(entries: [CompletionRequest], session: SessionRequest? = nil) {
        self.entries = entries
        self.session = session
    }
}
