import MusterCore

/// What stays fixed for a session: the agency, its curriculum, who is acting, and today.
struct AppContext: Equatable, Sendable {
    var agencyName: String
    var curriculum: Curriculum
    /// The review trail of module versions (`MusterClient.reviews`).
    var reviews: [VersionReview] = []
    var access: AccessPolicy
    var asOf: CalendarDate
    /// Set in the officer view: the only officer whose records are shown.
    var officerBadge: String?

    var isOfficerView: Bool { officerBadge != nil }

    init(agencyName: String, curriculum: Curriculum, access: AccessPolicy, asOf: CalendarDate, officerBadge: String? = nil) {
        self.agencyName = agencyName
        self.curriculum = curriculum
        self.access = access
        self.asOf = asOf
        self.officerBadge = officerBadge
    }

    init(client: MusterClient) {
        self.init(agencyName: client.agencyName, curriculum: client.curriculum, access: client.access,
                  asOf: client.asOf, officerBadge: client.officerViewBadge)
        reviews = client.reviews
    }

    /// Nil when the login may open `tab`; otherwise why not. A partner agency's liaison reads its own officers'
    /// records, figures and the modules; the classes and exports are the home agency's.
    func refusal(opening tab: Tab) -> String? {
        guard let agency = access.visibleAgency, tab == .classes || tab == .exports else { return nil }
        return "\(tab.title) belong to the home agency; liaison login '\(access.login)' reads agency '\(agency)' officers' records only"
    }

    /// Nil when the login may do it (and this is not the read-only officer view); otherwise why not.
    func refusal(_ permission: Permission) -> String? {
        if isOfficerView { return "The officer view is read-only" }
        return access.refusal(for: permission)
    }
}
