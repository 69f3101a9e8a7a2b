/// A requirement that says `binding: required`: at least one of its sources must be a document that binds
/// (in force, or superseded or revoked: one that bound while it stood). A requirement resting only on
/// recommendations is `recommended`, whatever a voluntary source's own words say.
struct RequiredBinding {
    var requirement: String
    var sources: [String]
    var location: SourceLocation

    static func diagnostics(_ claims: [RequiredBinding], sources: [PolicySource]) -> [Diagnostic] {
        let statuses = Dictionary(sources.map { ($0.id, $0.status) }, uniquingKeysWith: { first, _ in first })
        return claims.compactMap { claim in
            let known = claim.sources.compactMap { statuses[$0] }
            // A source missing from the register is reported by the cross-check; judge only what is known.
            guard known.count == claim.sources.count, known.allSatisfy({ $0 == .voluntary }) else { return nil }
            return Diagnostic(claim.location,
                              "'binding: required' but every source of \(claim.requirement) is voluntary; "
                                  + "say 'binding: recommended' or add the document that binds")
        }
    }
}
