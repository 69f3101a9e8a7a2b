/// An agency whose officers Muster holds: the home agency that runs it, or a partner agency whose officers
/// come to joint training (the LECC's seminars). Partner officers are enrolled and recorded, but the home
/// agency's unit assignments, status and compliance reports leave them out.
public struct Agency: Hashable, Sendable, Codable, Identifiable {
    /// The home agency's id on the command line (`--agency home`); stored officers of the home agency have none.
    public static let homeID = "home"

    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }

    /// The agency id an officer's stored agency stands for: `homeID` when it has none.
    public static func id(of officer: Officer) -> String {
        officer.agency ?? homeID
    }

    /// Whether an officer whose stored agency is `stored` counts in the figures of `agency` (its dashboard's
    /// headcount, standings, units, modules and monthly completions): only its own officers do, so a partner's
    /// officers are listed in the home agency's workspace but counted in none of its figures. The store's SQL
    /// says the same in `AgencyCondition`.
    public static func counts(_ stored: String?, inFiguresOf agency: String) -> Bool {
        (stored ?? homeID) == agency
    }
}
