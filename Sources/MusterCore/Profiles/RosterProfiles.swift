/// The roster profiles of a curricula folder (`profiles/*.yaml`), or of the shipped one: the folder is linted
/// whole, like any curriculum a command loads, so a profile is never read from a folder with problems.
public enum RosterProfiles {
    public static func load(from directory: String?) throws -> [RosterProfile] {
        let lint = CurriculumLint.check(try CurriculumLoader.files(from: directory))
        guard lint.isClean else { throw CurriculumLoadError(diagnostics: lint.diagnostics) }
        return lint.profiles
    }

    /// The profile named `id`, or an error listing the ones there are.
    public static func named(_ id: String, in profiles: [RosterProfile]) throws(UnknownRosterProfile) -> RosterProfile {
        guard let profile = profiles.first(where: { $0.id == id }) else {
            throw UnknownRosterProfile(name: id, known: profiles.map(\.id))
        }
        return profile
    }
}

public struct UnknownRosterProfile: Error, CustomStringConvertible {
    public var name: String
    public var known: [String]

    public var description: String {
        known.isEmpty ? "no roster profile '\(name)': the curricula have no profiles/ folder"
            : "no roster profile '\(name)' (profiles: \(known.joined(separator: ", ")))"
    }
}
