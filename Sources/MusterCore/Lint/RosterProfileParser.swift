import Yams

/// Reads one `profiles/<id>.yaml` file into a `RosterProfile`, reporting every problem at its line and column.
struct RosterProfileParser {
    let context: YAMLReadContext

    static let profileKeys = [
        "id", "title", "receiver", "jurisdiction", "file_type", "date_format", "officer_id", "sheet", "sources", "columns",
    ]
    static let columnKeys = ["name", "value", "text", "basis", "required"]

    /// `stem` is the file's name without `.yaml`, which the profile's id must match: `--profile NAME` finds the
    /// file by it.
    func profile(_ root: Node, stem: String) -> RosterProfile? {
        guard let reader = MappingReader(root, what: "roster profile", context: context) else { return nil }
        reader.rejectUnknownKeys(allowed: Self.profileKeys)
        let id = reader.string("id")
        if let id, !CurriculumDocumentParser.isKebabCase(id) {
            context.report(reader.value("id", required: false),
                           "'id' must be kebab-case (lower-case letters, digits and single hyphens), not '\(id)'")
        } else if let id, id != stem {
            context.report(reader.value("id", required: false), "'id' is '\(id)' but the file is \(stem).yaml; name the file after the id")
        }
        let title = reader.string("title")
        let receiver = reader.string("receiver")
        let jurisdiction = reader.string("jurisdiction")
        if let jurisdiction, !CourseNumbers.isJurisdiction(jurisdiction) {
            context.report(reader.value("jurisdiction", required: false),
                           "'jurisdiction' '\(jurisdiction)' is not a jurisdiction code (2 to 10 upper-case letters, digits "
                           + "or hyphens, as in a module's course_numbers)")
        }
        let fileType = reader.word("file_type", RosterProfile.FileType.self)
        let dateFormat = self.dateFormat(reader)
        let officerID = reader.word("officer_id", RosterProfile.OfficerID.self)
        let sheet = reader.string("sheet", required: false)
        if sheet != nil, fileType == .csv {
            context.report(reader.value("sheet", required: false), "'sheet' applies only to file_type xlsx")
        }
        if let sheet, !Self.isSheetName(sheet) {
            context.report(reader.value("sheet", required: false),
                           "'sheet' must be 1 to 31 characters without : \\ / ? * [ ], not '\(sheet)'")
        }
        let sources = self.sources(reader)
        let columns = self.columns(reader)
        guard let id, let title, let receiver, let jurisdiction, let fileType, let dateFormat, let officerID,
              let sources, let columns, context.diagnostics.isEmpty else { return nil }
        return RosterProfile(id: id, title: title, receiver: receiver, jurisdiction: jurisdiction, fileType: fileType,
                             dateFormat: dateFormat, officerID: officerID, sheet: sheet ?? "Roster", sources: sources,
                             columns: columns)
    }

    private func dateFormat(_ reader: MappingReader) -> RosterDateFormat? {
        guard let text = reader.string("date_format") else { return nil }
        guard let format = RosterDateFormat(text) else {
            context.report(reader.value("date_format", required: false),
                           "'date_format' must hold YYYY, MM and DD once each with / - . or space between "
                           + "(such as MM/DD/YYYY), not '\(text)'")
            return nil
        }
        return format
    }

    private func sources(_ reader: MappingReader) -> [RosterProfile.Source]? {
        guard let items = reader.list("sources") else { return nil }
        if items.isEmpty { context.report(reader.value("sources", required: false), "'sources' lists no published document") }
        return items.compactMap { item in
            guard let entry = MappingReader(item, what: "sources entry", context: context) else { return nil }
            entry.rejectUnknownKeys(allowed: ["title", "url"])
            let title = entry.string("title")
            let url = entry.string("url")
            if let url, !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
                context.report(entry.value("url", required: false), "'url' must start with https:// or http://, not '\(url)'")
            }
            guard let title, let url else { return nil }
            return RosterProfile.Source(title: title, url: url)
        }
    }

    private func columns(_ reader: MappingReader) -> [RosterProfileColumn]? {
        guard let items = reader.list("columns") else { return nil }
        if items.isEmpty { context.report(reader.value("columns", required: false), "'columns' lists no column") }
        var seen: [String: Int] = [:]
        return items.compactMap { item in
            guard let entry = MappingReader(item, what: "column", context: context) else { return nil }
            entry.rejectUnknownKeys(allowed: Self.columnKeys)
            let name = entry.string("name")
            if let name, let line = seen[name] {
                context.report(entry.value("name", required: false), "column '\(name)' is already named at line \(line)")
            } else if let name {
                seen[name] = context.location(item).line
            }
            let basis = entry.word("basis", RosterProfileColumn.Basis.self)
            let value = self.value(entry)
            let required = entry.bool("required", required: false)
            guard let name, let basis, let value else { return nil }
            let byDefault = if case .field(let field) = value { field.requiredByDefault } else { false }
            return RosterProfileColumn(name: name, value: value, basis: basis, required: required ?? byDefault)
        }
    }

    /// Exactly one of `value: FIELD` and `text: "fixed text"`.
    private func value(_ entry: MappingReader) -> RosterProfileColumn.Value? {
        let field = entry.value("value", required: false)
        let text = entry.value("text", required: false)
        switch (field, text) {
        case (nil, nil):
            context.report(entry.node, "a column needs 'value' (one of: \(RosterField.allCases.map(\.rawValue).joined(separator: ", "))) "
                           + "or 'text' (the same text on every row)")
            return nil
        case (.some, .some):
            context.report(text, "a column takes 'value' or 'text', not both")
            return nil
        case (.some, nil):
            return entry.word("value", RosterField.self).map { .field($0) }
        case (nil, .some):
            return entry.string("text").map { .text($0) }
        }
    }

    /// Excel's rule for a sheet name.
    static func isSheetName(_ name: String) -> Bool {
        (1...31).contains(name.count) && !name.contains(where: { ":\\/?*[]".contains($0) })
    }
}
