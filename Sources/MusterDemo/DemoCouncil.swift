import MusterCore

/// The demo agency's curriculum council: two module versions loaded after the founding curricula, one the
/// council approved and one still pending, with the sign-offs each has, so the review trail has something to show.
public enum DemoCouncil {
    public struct SignOffPlan: Sendable {
        public var module: Module
        public var role: ReviewRole
        public var decision: ReviewDecision
        public var note: String
    }

    /// A minor revision of `uof-reporting` (every version still counts), approved by the whole council.
    public static func approvedVersion(in curriculum: Curriculum) -> Module? {
        curriculum.module("uof-reporting").map { base in
            var module = base
            module.version = ModuleVersion("2026.1")!
            module.effective = CalendarDate(iso: "2026-07-01")!
            module.objectives.append("Report a vehicle strike on a person as force, as DHS's amended definition requires.")
            return module
        }
    }

    /// A revision of `uof-bwc` that counsel and the approver have yet to sign; privacy asked for changes once.
    public static func pendingVersion(in curriculum: Curriculum) -> Module? {
        curriculum.module("uof-bwc").map { base in
            var module = base
            module.version = ModuleVersion("2027.1")!
            module.effective = CalendarDate(iso: "2027-01-01")!
            module.acceptsFrom = module.version
            module.retrainWithinDays = 180
            return module
        }
    }

    /// The sign-offs, in the order the demo records them.
    public static func signOffs(approved: Module, pending: Module, required: [ReviewRole]) -> [SignOffPlan] {
        var plans = required.map {
            SignOffPlan(module: approved, role: $0, decision: .approve, note: "Read against the 2023 reporting requirements.")
        }
        plans.append(SignOffPlan(module: pending, role: .civilRights, decision: .approve,
                                 note: "Release protocol respects the people recorded."))
        plans.append(SignOffPlan(module: pending, role: .privacy, decision: .changes,
                                 note: "Add the deactivation rule for sensitive locations."))
        return plans
    }
}
