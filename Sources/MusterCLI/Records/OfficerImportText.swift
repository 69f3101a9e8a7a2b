import MusterCore

/// What `officers import` prints: the counts, then (for `--dry-run` and `--sync`) each officer added, changed,
/// separated or rehired with the fields that change.
enum OfficerImportText {
    static func lines(summary: OfficerImportSummary, dryRun: Bool, listing: Bool) -> [String] {
        let verb = dryRun ? "would import" : "imported"
        var counts = "\(verb): \(summary.new) new, \(summary.updated) updated, \(summary.unchanged) unchanged, "
            + "\(summary.separated) separated"
        if summary.rehired > 0 { counts += " (\(summary.rehired) rehired)" }
        guard listing, !summary.changes.isEmpty else { return [counts] }
        var table = TextTable(["CHANGE", "BADGE", "NAME", "FIELDS"])
        for change in summary.changes {
            let fields = change.kind == .added
                ? change.fields.map { "\($0.field): \($0.new ?? "—")" }
                : change.fields.map(\.words)
            table.append([change.kind.rawValue, change.badge, change.name, fields.joined(separator: "; ")])
        }
        return [counts, table.render()]
    }
}

/// The JSON shape of `officers import --format json`.
struct OfficerImportJSON: Encodable {
    var summary: OfficerImportSummary
    /// False for a dry run (or nothing written).
    var applied: Bool
    var map: String?
    var dateFormat: ImportDateFormat
    var savedMap: String?
    var dryRun: Bool

    enum CodingKeys: String, CodingKey {
        case applied, new, updated, unchanged, separated, rehired, changes, map
        case dateFormat = "date_format"
        case savedMap = "saved_map"
        case dryRun = "dry_run"
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(applied, forKey: .applied)
        try container.encode(dryRun, forKey: .dryRun)
        try container.encode(summary.new, forKey: .new)
        try container.encode(summary.updated, forKey: .updated)
        try container.encode(summary.unchanged, forKey: .unchanged)
        try container.encode(summary.separated, forKey: .separated)
        try container.encode(summary.rehired, forKey: .rehired)
        try container.encode(summary.changes, forKey: .changes)
        try container.encodeIfPresent(map, forKey: .map)
        try container.encode(dateFormat, forKey: .dateFormat)
        try container.encodeIfPresent(savedMap, forKey: .savedMap)
    }
}
