/// The outcome of `verifyAudit()`: the first broken link of the hash chain, if any, and every record whose
/// stored content differs from what its last audit event says.
public struct AuditReport: Sendable, Equatable {
    public var eventsChecked: Int
    public var firstBrokenLink: BrokenLink?
    public var drifts: [RecordDrift]

    public var isIntact: Bool { firstBrokenLink == nil && drifts.isEmpty }

    public init(eventsChecked: Int, firstBrokenLink: BrokenLink? = nil, drifts: [RecordDrift] = []) {
        self.eventsChecked = eventsChecked
        self.firstBrokenLink = firstBrokenLink
        self.drifts = drifts
    }

    /// Report lines for people, one problem per line.
    public var lines: [String] {
        var lines: [String] = []
        if let firstBrokenLink { lines.append(firstBrokenLink.description) }
        lines += drifts.map(\.description)
        if lines.isEmpty { lines.append("audit trail intact: \(eventsChecked) events verified") }
        return lines
    }
}

/// Where the chain first stops adding up.
public struct BrokenLink: Sendable, Equatable, CustomStringConvertible {
    public enum Problem: Sendable, Equatable {
        /// The event's content and the hash before it no longer hash to its stored hash: it was changed, or the
        /// event before it was replaced or inserted (with a hash of its own that adds up).
        case doesNotAddUp
        /// Event ids jump: events were removed.
        case missingEvents(expectedID: Int64)
    }

    public var eventID: Int64
    public var problem: Problem

    public init(eventID: Int64, problem: Problem) {
        self.eventID = eventID
        self.problem = problem
    }

    public var description: String {
        switch problem {
        case .doesNotAddUp:
            "audit event \(eventID) does not match its hash: it was changed, or the event before it was replaced or inserted"
        case .missingEvents(let expected):
            "audit events \(expected)…\(eventID - 1) are missing: the chain jumps to event \(eventID)"
        }
    }
}

/// A record that no longer matches the after-state of its last audit event.
public struct RecordDrift: Sendable, Equatable, CustomStringConvertible {
    public enum Problem: Sendable, Equatable {
        /// The row's content differs from the last event's after-state.
        case changed(expected: String, actual: String)
        /// The row exists but no audit event ever mentioned it.
        case unaudited(actual: String)
        /// The last event says the row exists, but it is gone.
        case missing(expected: String)
    }

    public var entity: AuditEntity
    public var key: String
    public var problem: Problem

    public init(entity: AuditEntity, key: String, problem: Problem) {
        self.entity = entity
        self.key = key
        self.problem = problem
    }

    public var description: String {
        switch problem {
        case .changed(let expected, let actual):
            "\(entity.rawValue) '\(key)' was changed outside Muster: audit says \(expected), database has \(actual)"
        case .unaudited(let actual):
            "\(entity.rawValue) '\(key)' was added outside Muster (no audit event): \(actual)"
        case .missing(let expected):
            "\(entity.rawValue) '\(key)' was deleted outside Muster: audit says \(expected)"
        }
    }
}
