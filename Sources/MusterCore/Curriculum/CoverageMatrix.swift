/// The traceability matrix: each policy requirement, the documents behind it (and whether they still
/// bind), and the modules that train it.
public struct CoverageMatrix: Sendable {
    public struct Row: Sendable, Equatable {
        public var requirement: PolicyRequirement
        /// The requirement's sources that exist in the register, in the order the requirement lists them.
        public var sources: [PolicySource]
        /// The newest version of each module that covers it.
        public var modules: [Module]
        /// True when none of its sources still binds on the as-of date: kept for the record, not owed.
        public var isHistorical: Bool
        /// `required` when the requirement is owed on the as-of date: it is stated as required (or, unstated,
        /// has a source that is not voluntary) and a source standing then is not voluntary; `recommended` when
        /// only recommendations stand behind it.
        public var binding: RequirementBinding

        public var isCovered: Bool { !modules.isEmpty }
    }

    public var asOf: CalendarDate
    public var rows: [Row]

    public init(curriculum: Curriculum, asOf: CalendarDate) {
        self.asOf = asOf
        rows = curriculum.requirements.map { requirement in
            let sources = requirement.sources.compactMap { curriculum.policySource($0) }
            let stated = requirement.binding ?? (sources.contains { $0.status != .voluntary } ? .required : .recommended)
            let bindingStands = sources.contains { $0.status != .voluntary && $0.stands(on: asOf) }
            return Row(
                requirement: requirement,
                sources: sources,
                modules: requirement.modules.compactMap { curriculum.module($0) },
                isHistorical: !sources.isEmpty && !sources.contains { $0.stands(on: asOf) },
                binding: stated == .required && bindingStands ? .required : .recommended)
        }
    }

    public var uncovered: [Row] { rows.filter { !$0.isCovered } }

    /// Requirements owed on the as-of date.
    public var bindingRows: [Row] { rows.filter { !$0.isHistorical && $0.binding == .required } }

    /// Requirements only recommendations stand behind on the as-of date.
    public var recommendedOnlyRows: [Row] { rows.filter { !$0.isHistorical && $0.binding == .recommended } }
}
