import MusterCore
import MusterStore

/// `--agency ID` on reads: the agency asked for, checked, or a liaison's own.
enum AgencyArgument {
    /// The agency a read is limited to: a liaison's own whatever it asks (asking for another is refused), otherwise
    /// the one asked for (nil: none asked).
    static func scope(_ asked: String?, for session: Session) throws -> String? {
        if let own = session.access.visibleAgency {
            if let asked, asked != own {
                throw StoreError.accessDenied(AccessDenied(
                    "login '\(session.login)' is liaison of agency '\(own)' and may read only its officers' records"))
            }
            return own
        }
        if let asked { try check(asked, in: session) }
        return asked
    }

    /// Refuses an id that is neither `home` nor a partner agency's, so a typo reads as one rather than as no rows.
    static func check(_ id: String, in session: Session) throws {
        guard id != Agency.homeID else { return }
        let known = try session.reads(.visibleRecords).agencies().map(\.agency.id)
        guard known.contains(id) else {
            throw MusterFailure.validation(
                "unknown agency '\(id)'; the agencies are \(([Agency.homeID] + known).joined(separator: ", "))")
        }
    }
}
