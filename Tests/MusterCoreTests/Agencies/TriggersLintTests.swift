import MusterTestSupport
import Testing
@testable import MusterCore

@Suite("Curricula lint: triggers.yaml")
struct TriggersLintTests {
    static let module = """
        id: uof-wellness
        title: Wellness
        area: wellness
        version: "2023.1"
        effective: 2023-02-07
        summary: A sample.
        hours: 2
        delivery: [classroom]
        objectives: [Do it]
        assessment: { kind: attendance }
        validity: { kind: rolling, months: 12 }

        """

    static func lint(_ triggers: String) -> CurriculumLint {
        CurriculumLint.check([CurriculaFile(path: "Curricula/modules/uof-wellness.yaml", text: module),
                              CurriculaFile(path: "Curricula/triggers.yaml", text: triggers)])
    }

    @Test("a clean file gives the triggers, sorted by id")
    func clean() {
        let lint = Self.lint("""
            - { id: wellness, event: use-of-force, assign: uof-wellness, within_days: 14, origin: post-incident }
            - { id: remedial, event: failed-qualification, assign: uof-wellness, within_days: 30, origin: remedial }
            """)
        #expect(lint.diagnostics.map(\.description) == [])
        #expect(lint.curriculum.triggers == [
            IncidentTrigger(id: "remedial", event: .failedQualification, moduleID: "uof-wellness", withinDays: 30, origin: .remedial),
            IncidentTrigger(id: "wellness", event: .useOfForce, moduleID: "uof-wellness", withinDays: 14, origin: .postIncident),
        ])
    }

    @Test("each problem is named at its file, line and column", arguments: [
        ("- { id: t, event: fight, assign: uof-wellness, within_days: 14, origin: remedial }",
         "Curricula/triggers.yaml:1:19: 'event' has unknown value 'fight' (expected one of: use-of-force, failed-qualification, critical-incident, complaint-sustained)"),
        ("- { id: t, event: use-of-force, assign: nothing, within_days: 14, origin: remedial }",
         "Curricula/triggers.yaml:1:41: unknown module 'nothing' (trigger assign)"),
        ("- { id: t, event: use-of-force, assign: uof-wellness, within_days: 0, origin: remedial }",
         "Curricula/triggers.yaml:1:68: 'within_days' must be between 1 and 366, not 0"),
        ("- { id: t, event: use-of-force, assign: uof-wellness, within_days: 14, origin: routine }",
         "Curricula/triggers.yaml:1:80: 'origin' of a trigger is post-incident or remedial; routine training is assigned, not triggered"),
        ("- { id: t, event: use-of-force, assign: uof-wellness, within_days: 14 }",
         "Curricula/triggers.yaml:1:3: missing required key 'origin' in trigger"),
        ("- { id: t, event: use-of-force, assign: uof-wellness, within_days: 14, origin: remedial, due: 3 }",
         "Curricula/triggers.yaml:1:90: unknown key 'due' in trigger (known keys: id, event, assign, within_days, origin)"),
        ("- { id: t, event: use-of-force, assign: uof-wellness, within_days: 14, origin: remedial }\n"
            + "- { id: t, event: critical-incident, assign: uof-wellness, within_days: 14, origin: remedial }",
         "Curricula/triggers.yaml:2:9: duplicate trigger id 't' (first defined at Curricula/triggers.yaml:1:9)"),
        ("id: t", "Curricula/triggers.yaml:1:1: triggers.yaml must be a list of entries, not a mapping"),
    ])
    func problems(yaml: String, problem: String) {
        let lint = Self.lint(yaml)
        #expect(lint.diagnostics.map(\.description).contains(problem), "\(lint.diagnostics.map(\.description))")
        #expect(!lint.isClean)
    }

    @Test("the shipped curricula carry the three triggers the policies ask for")
    func shipped() throws {
        let curriculum = try CurriculumLoader.load(from: nil)
        #expect(curriculum.triggers.map { "\($0.event.rawValue)→\($0.moduleID)/\($0.withinDays)/\($0.origin.rawValue)" }.sorted() == [
            "critical-incident→uof-critical-incident-review/45/post-incident",
            "failed-qualification→uof-less-lethal-cew/30/remedial",
            "use-of-force→uof-wellness/14/post-incident",
        ])
    }
}
