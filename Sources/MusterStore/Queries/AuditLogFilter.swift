import MusterCore

/// Which audit events `muster audit log` shows; nil fields match every event.
public struct AuditLogFilter: Sendable, Equatable {
    /// Events about this officer's own records: the officer, their completions, waivers, dated facts and
    /// assignments made to them by badge.
    public var badge: String?
    public var actor: String?
    public var action: String?
    /// Events on or after this day (UTC, as `occurred_at` is written).
    public var from: CalendarDate?
    /// Events on or before this day (UTC).
    public var to: CalendarDate?

    public init(badge: String? = nil, actor: String? = nil, action: String? = nil, from: CalendarDate? = nil,
                to: CalendarDate? = nil) {
        self.badge = badge
        self.actor = actor
        self.action = action
        self.from = from
        self.to = to
    }

    /// The WHERE clause over `audit_event e` and its arguments, in order.
    var condition: (sql: String, arguments: [String]) {
        var conditions: [String] = []
        var arguments: [String] = []
        if let badge {
            // Each kind of record by its own key, so `audit_event_entity` finds the events of each.
            conditions.append("""
                ((e.entity = 'officer' AND e.entity_key = ?)
                 OR (e.entity = 'completion' AND e.entity_key IN (SELECT CAST(id AS TEXT) FROM completion WHERE badge = ?))
                 OR (e.entity = 'waiver' AND e.entity_key IN (SELECT CAST(id AS TEXT) FROM waiver WHERE badge = ?))
                 OR (e.entity = 'officer_fact' AND e.entity_key IN (SELECT CAST(id AS TEXT) FROM officer_fact WHERE badge = ?))
                 OR (e.entity = 'assignment' AND e.entity_key IN (SELECT CAST(id AS TEXT) FROM assignment WHERE badge = ?)))
                """)
            arguments += Array(repeating: badge, count: 5)
        }
        if let actor {
            conditions.append("e.actor = ?")
            arguments.append(actor)
        }
        if let action {
            conditions.append("e.action = ?")
            arguments.append(action)
        }
        if let from {
            conditions.append("e.occurred_at >= ?")
            arguments.append(from.iso)
        }
        if let to {
            // `occurred_at` is `YYYY-MM-DDTHH:MM:SS.sssZ`: every time on that day sorts before the next day.
            conditions.append("e.occurred_at < ?")
            arguments.append(to.adding(days: 1).iso)
        }
        return (conditions.isEmpty ? "1" : conditions.joined(separator: " AND "), arguments)
    }
}
