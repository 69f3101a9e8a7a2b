import MusterCore

/// The demo's joint training and events: a partner agency from the LECC's task force with a few officers (in a
/// unit named like a home one, which still gives them none of its assignments), its liaison's login, and
/// incidents of home officers that trigger post-incident and remedial training (`Curricula/triggers.yaml`).
extension DemoAgency {
    public static let partnerAgency = Agency(id: "lecc-east", name: "East District LECC task force")
    /// A login that need not exist on the host: the demo shows the grant, `users grant` makes real ones.
    public static let partnerLiaison = "lecc-liaison"

    public struct PlannedIncident: Sendable {
        public var badge: String
        public var occurredOn: CalendarDate
        public var kind: IncidentKind
        public var note: String
    }

    /// The partner agency's officers: badges of their own, hired a year before the as-of day.
    public var partnerOfficers: [Officer] {
        let names = [("Okafor", "Chidi"), ("Lindqvist", "Maja"), ("Paredes", "Tomás"), ("Haddad", "Rania")]
        return names.enumerated().map { index, name in
            Officer(badge: "LECC-\(101 + index)", lastName: name.0, firstName: name.1, unit: "Patrol North",
                    rank: "Task force officer", hireDate: asOf.subtracting(days: 365), agency: Self.partnerAgency.id)
        }
    }

    /// One incident of each kind that triggers training, of the first home officers serving on the as-of day,
    /// recent enough that what they trigger is still due or just overdue.
    public var incidents: [PlannedIncident] {
        let serving = officers.filter { $0.status == .active }.prefix(3).map(\.badge)
        let plans: [(IncidentKind, Int, String)] = [
            (.useOfForce, 6, "Takedown during arrest; subject treated at scene."),
            (.failedQualification, 20, "CEW qualification: missed the probe-spread standard."),
            (.criticalIncident, 50, "Officer-involved collision during a pursuit."),
        ]
        return zip(serving, plans).map { badge, plan in
            PlannedIncident(badge: badge, occurredOn: asOf.subtracting(days: plan.1), kind: plan.0, note: plan.2)
        }
    }
}
