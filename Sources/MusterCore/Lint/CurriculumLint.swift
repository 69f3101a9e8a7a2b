/// The outcome of reading a set of curricula files: what could be parsed, and every problem found.
public struct CurriculumLint: Sendable {
    /// Everything that parsed; partial when there are diagnostics.
    public var curriculum: Curriculum
    /// Every problem, sorted by file, line and column.
    public var diagnostics: [Diagnostic]
    /// The roster profiles of `profiles/`, by id; empty when the folder has none.
    public var profiles: [RosterProfile] = []

    public var isClean: Bool { diagnostics.isEmpty }

    /// Reads, parses and cross-checks the files, reporting every problem rather than the first.
    public static func check(_ files: [CurriculaFile]) -> CurriculumLint {
        var diagnostics: [Diagnostic] = []
        var references = CurriculumReferences()
        var modules: [Module] = []
        var certifications: [Certification] = []
        var sources: [PolicySource] = []
        var requirements: [PolicyRequirement] = []
        var profiles: [RosterProfile] = []
        var programs: [Program] = []
        var review: ReviewPolicy?
        var triggers: [IncidentTrigger] = []

        for file in files {
            let context = YAMLReadContext(file: file.path)
            guard let kind = file.kind else {
                context.report(at: SourceLocation(file: file.path, line: 1, column: 1),
                               "not a curricula file: modules go in modules/, certifications in certifications/, programs in programs/, "
                               + "roster profiles in profiles/, the register in policy-sources.yaml and policy-requirements.yaml, "
                               + "sign-offs in review.yaml, and what events assign in triggers.yaml")
                diagnostics += context.diagnostics
                continue
            }
            for line in file.invalidUTF8Lines {
                context.report(at: SourceLocation(file: file.path, line: line, column: 1),
                               "this line holds a byte that is not UTF-8 text; save the file as UTF-8")
            }
            var parser = CurriculumDocumentParser(context: context, references: references)
            if let root = context.compose(file.text) {
                switch kind {
                case .module: parser.module(root).map { modules.append($0) }
                case .certification: parser.certification(root).map { certifications.append($0) }
                case .policySources: sources += parser.policySources(root)
                case .policyRequirements: requirements += parser.policyRequirements(root)
                case .profile: RosterProfileParser(context: context).profile(root, stem: file.stem).map { profiles.append($0) }
                case .program: parser.program(root).map { programs.append($0) }
                case .review:
                    if review != nil {
                        context.report(at: SourceLocation(file: file.path, line: 1, column: 1), "a second review.yaml; keep one")
                    }
                    review = parser.reviewPolicy(root) ?? review
                case .triggers: triggers += parser.incidentTriggers(root)
                }
            }
            references = parser.references
            diagnostics += context.diagnostics
        }

        diagnostics += CurriculumCrossCheck(references: references).diagnostics()
        diagnostics += RequiredBinding.diagnostics(references.requiredBindings, sources: sources)
        var curriculum = Curriculum(
            modules: modules, certifications: certifications, policySources: sources, requirements: requirements,
            programs: programs, review: review ?? .approverAlone)
        curriculum.triggers = triggers.sorted { $0.id < $1.id }
        var lint = CurriculumLint(curriculum: curriculum, diagnostics: Array(Set(diagnostics)).sorted())
        lint.profiles = profiles.sorted { $0.id < $1.id }
        return lint
    }
}
