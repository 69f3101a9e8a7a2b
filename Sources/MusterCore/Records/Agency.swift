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
}
