/// One field of an officer that a write changes, by the name an officers file gives the column, with the
/// values before and after as printed (nil: empty). What `--dry-run` and `--sync` list for each officer.
public struct OfficerFieldChange: Sendable, Equatable, Codable {
    public var field: String
    public var old: String?
    public var new: String?

    public init(field: String, old: String?, new: String?) {
        self.field = field
        self.old = old
        self.new = new
    }

    /// The fields an officer's record holds, by column name, as text: one place to add a field to.
    public static func values(of officer: Officer) -> [(field: String, value: String?)] {
        [("last_name", officer.lastName), ("first_name", officer.firstName), ("unit", officer.unit),
         ("rank", officer.rank), ("email", officer.email), ("login", officer.login),
         ("hire_date", officer.hireDate?.iso), ("status", officer.status.rawValue), ("post_id", officer.postID)]
    }

    /// Every field whose value differs between `old` and `new`, in column order.
    public static func between(_ old: Officer, _ new: Officer) -> [OfficerFieldChange] {
        zip(values(of: old), values(of: new)).compactMap { before, after in
            before.value == after.value ? nil : OfficerFieldChange(field: before.field, old: before.value, new: after.value)
        }
    }

    /// "unit: Patrol → Traffic", "—" standing for empty.
    public var words: String {
        "\(field): \(old ?? "—") → \(new ?? "—")"
    }
}

/// What an officers import does to one officer.
public struct OfficerImportChange: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable {
        case added, changed, separated, rehired
    }

    public var kind: Kind
    public var badge: String
    /// "Last, First" as stored after the import.
    public var name: String
    /// The fields that change (for an officer added: the fields the file gives them).
    public var fields: [OfficerFieldChange]

    public init(kind: Kind, badge: String, name: String, fields: [OfficerFieldChange]) {
        self.kind = kind
        self.badge = badge
        self.name = name
        self.fields = fields
    }

    /// A new officer's status, too usual to list.
    private static let activeStatus = OfficerFieldChange(field: "status", old: nil, new: Officer.Status.active.rawValue)

    /// The change from `old` (nil: a new officer) to `new`, or nil when nothing changes.
    public static func between(_ old: Officer?, _ new: Officer) -> OfficerImportChange? {
        guard let old else {
            let given = OfficerFieldChange.values(of: new).compactMap { pair in
                pair.value.map { OfficerFieldChange(field: pair.field, old: nil, new: $0) }
            }
            return OfficerImportChange(kind: .added, badge: new.badge, name: new.displayName,
                                       fields: given.filter { !["last_name", "first_name"].contains($0.field) && $0 != activeStatus })
        }
        let fields = OfficerFieldChange.between(old, new)
        guard !fields.isEmpty else { return nil }
        let kind: Kind = switch (old.status, new.status) {
        case (.separated, .active), (.separated, .leave): .rehired
        case (.active, .separated), (.leave, .separated): .separated
        default: .changed
        }
        return OfficerImportChange(kind: kind, badge: new.badge, name: new.displayName, fields: fields)
    }
}
