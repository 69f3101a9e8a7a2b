import Yams

/// `review.yaml`: `required: [ROLE, ...]`, the sign-offs a later version of a module already in the database
/// needs before it binds.
extension CurriculumDocumentParser {
    static let reviewKeys = ["required"]

    func reviewPolicy(_ root: Node) -> ReviewPolicy? {
        guard let reader = MappingReader(root, what: "review.yaml", context: context) else { return nil }
        reader.rejectUnknownKeys(allowed: Self.reviewKeys)
        guard let items = reader.textList("required") else { return nil }
        if items.isEmpty {
            context.report(reader.value("required", required: false),
                           "'required' lists no role; leave the file out for the approver's sign-off alone")
            return nil
        }
        var roles: [ReviewRole] = []
        for item in items {
            guard let role = reader.word(item.text, at: item.node, key: "required", ReviewRole.self) else { continue }
            if roles.contains(role) { context.report(item.node, "'required' names '\(role.rawValue)' twice") }
            roles.append(role)
        }
        return roles.count == items.count ? ReviewPolicy(required: roles) : nil
    }
}
