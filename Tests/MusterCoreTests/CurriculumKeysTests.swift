import Testing
@testable import MusterCore

/// The keys that date and qualify a requirement: refreshers, superseding windows, carry authorisations,
/// failed re-qualification, partial attendance and versioned certifications.
@Suite("Curriculum keys")
struct CurriculumKeysTests {
    /// A module file whose first extra line is line 12, so a key's value column is its length plus 3.
    static func module(_ id: String = "m1", version: String = "2023.1", effective: String = "2023-02-07",
                       _ extra: [String] = []) -> CurriculaFile {
        let lines = [
            "id: \(id)", "title: Module \(id)", "area: de-escalation", "version: \"\(version)\"", "effective: \(effective)",
            "summary: A module.", "hours: 8", "delivery: [classroom]", "objectives: [Do the thing]",
            "assessment: { kind: written }", "validity: { kind: rolling, months: 12 }",
        ] + extra
        return CurriculaFile(path: "modules/\(id)-\(version).yaml", text: lines.joined(separator: "\n") + "\n")
    }

    /// A certification file whose first extra line is line 5.
    static func certification(_ file: String = "c1", id: String = "c1", modules: String = "[m0]",
                              _ extra: [String] = []) -> CurriculaFile {
        let lines = ["id: \(id)", "title: Cert \(id)", "summary: Bundle.", "modules: \(modules)"] + extra
        return CurriculaFile(path: "certifications/\(file).yaml", text: lines.joined(separator: "\n") + "\n")
    }

    /// Every file needs an initial course to refresh and to bundle.
    static func check(_ files: [CurriculaFile]) -> CurriculumLint {
        CurriculumLint.check([module("m0")] + files)
    }

    // MARK: - Parsing

    @Test("each new module key is read into the model")
    func moduleKeysParse() throws {
        let lint = Self.check([Self.module("m1", [
            "accepts_from: \"2023.1\"", "retrain_within_days: 180", "refresher_of: m0", "first_due_months: 12",
            "failure_suspends: true", "min_hours: 6.5",
        ])])
        #expect(lint.diagnostics.map(\.description) == [])
        let module = try #require(lint.curriculum.module("m1"))
        #expect(module.retrainWithinDays == 180)
        #expect(module.refresherOf == "m0")
        #expect(module.firstDueMonths == 12)
        #expect(module.failureSuspends)
        #expect(module.minHours == 6.5)
        #expect(module.hoursNeeded == 6.5)
    }

    @Test("a module without the new keys gets their defaults")
    func moduleDefaults() throws {
        let lint = Self.check([])
        let module = try #require(lint.curriculum.module("m0"))
        #expect(module.retrainWithinDays == 0)
        #expect(module.refresherOf == nil)
        #expect(module.firstDueMonths == nil)
        #expect(!module.failureSuspends)
        #expect(module.minHours == nil)
        #expect(module.hoursNeeded == 8)
    }

    @Test("each new certification key is read, and defaults apply without them")
    func certificationKeysParse() throws {
        let lint = Self.check([
            Self.certification("c1", ["version: \"2026.1\"", "effective: 2026-03-01", "waivable: false",
                                      "new_modules_within_days: 30"]),
            Self.certification("c2", id: "c2"),
        ])
        #expect(lint.diagnostics.map(\.description) == [])
        let versioned = try #require(lint.curriculum.certification("c1"))
        #expect(versioned.version == ModuleVersion("2026.1"))
        #expect(versioned.effective == CalendarDate(iso: "2026-03-01"))
        #expect(!versioned.waivable)
        #expect(versioned.newModulesWithinDays == 30)
        let plain = try #require(lint.curriculum.certification("c2"))
        #expect(plain.version == ModuleVersion("1"))
        #expect(plain.effective == nil)
        #expect(plain.waivable)
        #expect(plain.newModulesWithinDays == 90)
    }

    // MARK: - Bad values

    static let badModuleValues: [([String], String)] = [
        (["accepts_from: \"2023.1\"", "retrain_within_days: -1"],
         "modules/m1-2023.1.yaml:13:22: 'retrain_within_days' must be between 0 and 3650, not -1"),
        (["accepts_from: \"2023.1\"", "retrain_within_days: soon"],
         "modules/m1-2023.1.yaml:13:22: 'retrain_within_days' must be a whole number, not 'soon'"),
        (["retrain_within_days: 30"],
         "modules/m1-2023.1.yaml:12:22: 'retrain_within_days' applies only with 'accepts_from' "
            + "(it delays when older versions stop counting)"),
        (["refresher_of: m0", "first_due_months: 0"],
         "modules/m1-2023.1.yaml:13:19: 'first_due_months' must be between 1 and 120, not 0"),
        (["refresher_of: m0", "first_due_months: 121"],
         "modules/m1-2023.1.yaml:13:19: 'first_due_months' must be between 1 and 120, not 121"),
        (["refresher_of: m0", "first_due_months: 1.5"],
         "modules/m1-2023.1.yaml:13:19: 'first_due_months' must be a whole number, not '1.5'"),
        (["first_due_months: 12"],
         "modules/m1-2023.1.yaml:12:19: 'first_due_months' applies only to a refresher; set 'refresher_of' to the initial course"),
        (["refresher_of: m1"],
         "modules/m1-2023.1.yaml:12:15: 'refresher_of' names the module itself; it must name the initial course it refreshes"),
        (["refresher_of: nowhere"], "modules/m1-2023.1.yaml:12:15: unknown module 'nowhere' (refresher_of)"),
        (["refresher_of: [m0]"], "modules/m1-2023.1.yaml:12:15: 'refresher_of' must be text, not a list"),
        (["failure_suspends: yes"], "modules/m1-2023.1.yaml:12:19: 'failure_suspends' must be true or false, not 'yes'"),
        (["failure_suspends: 1"], "modules/m1-2023.1.yaml:12:19: 'failure_suspends' must be true or false, not '1'"),
        (["min_hours: 0"], "modules/m1-2023.1.yaml:12:12: 'min_hours' must be greater than 0, not 0"),
        (["min_hours: -2"], "modules/m1-2023.1.yaml:12:12: 'min_hours' must be greater than 0, not -2"),
        (["min_hours: 9"], "modules/m1-2023.1.yaml:12:12: 'min_hours' 9 is more than the module's hours 8"),
        (["min_hours: half"], "modules/m1-2023.1.yaml:12:12: 'min_hours' must be a number, not 'half'"),
    ]

    @Test("each bad module value is reported at its file:line:column", arguments: badModuleValues)
    func badModuleValue(extra: [String], expected: String) {
        let lint = Self.check([Self.module("m1", extra)])
        #expect(lint.diagnostics.map(\.description) == [expected])
    }

    static let badCertificationValues: [([String], String)] = [
        (["version: v2"], "certifications/c1.yaml:5:10: 'version' must be a dotted version such as \"2023.1\", not 'v2'"),
        (["effective: 2025-02-30"], "certifications/c1.yaml:5:12: 'effective' must be a date in YYYY-MM-DD form, not '2025-02-30'"),
        (["waivable: no"], "certifications/c1.yaml:5:11: 'waivable' must be true or false, not 'no'"),
        (["waivable: \"false\""], "certifications/c1.yaml:5:11: 'waivable' must be true or false, not 'false'"),
        (["new_modules_within_days: -3"], "certifications/c1.yaml:5:26: 'new_modules_within_days' must be between 0 and 3650, not -3"),
        (["new_modules_within_days: 1.5"],
         "certifications/c1.yaml:5:26: 'new_modules_within_days' must be a whole number, not '1.5'"),
    ]

    @Test("each bad certification value is reported at its file:line:column", arguments: badCertificationValues)
    func badCertificationValue(extra: [String], expected: String) {
        let lint = Self.check([Self.certification("c1", extra)])
        #expect(lint.diagnostics.map(\.description) == [expected])
    }

    @Test("unknown keys stay errors in modules and certifications")
    func unknownKeysStayErrors() {
        let lint = Self.check([Self.module("m1", ["refreshes: m0"]), Self.certification("c1", ["carry: false"])])
        let moduleKeys = CurriculumDocumentParser.moduleKeys.joined(separator: ", ")
        let certificationKeys = CurriculumDocumentParser.certificationKeys.joined(separator: ", ")
        #expect(lint.diagnostics.map(\.description) == [
            "certifications/c1.yaml:5:1: unknown key 'carry' in certification (known keys: \(certificationKeys))",
            "modules/m1-2023.1.yaml:12:1: unknown key 'refreshes' in module (known keys: \(moduleKeys))",
        ])
    }

    // MARK: - Versions across files

    static let versionChecks: [(String, [CurriculaFile], [String])] = [
        ("two files of one certification version clash",
         [certification("c1", ["version: \"2\""]), certification("c1-again", id: "c1", ["version: \"2.0\""])],
         ["certifications/c1-again.yaml:1:5: duplicate certification id 'c1' version 2.0 (first defined at certifications/c1.yaml:1:5)"]),
        ("two unversioned files of one certification are both version 1",
         [certification("c1"), certification("c1-again", id: "c1")],
         ["certifications/c1-again.yaml:1:5: duplicate certification id 'c1' version 1 (first defined at certifications/c1.yaml:1:5)"]),
        ("a later certification version needs a date",
         [certification("c1"), certification("c1-2", id: "c1", ["version: \"2\""])],
         ["certifications/c1-2.yaml:1:5: certification 'c1' version 2 needs 'effective': it follows version 1"]),
        ("a newer certification version may not take effect before an older one",
         [certification("c1", ["effective: 2025-01-01"]),
          certification("c1-2", id: "c1", ["version: \"2\"", "effective: 2024-06-01"])],
         ["certifications/c1-2.yaml:6:12: certification 'c1' version 2 takes effect 2024-06-01, before the older "
            + "version 1 (effective 2025-01-01 at certifications/c1.yaml:5:12)"]),
        ("a newer module version may not take effect before an older one",
         [module("m1", version: "2023.1", effective: "2023-02-07"), module("m1", version: "2025.1", effective: "2023-01-01")],
         ["modules/m1-2025.1.yaml:5:12: module 'm1' version 2025.1 takes effect 2023-01-01, before the older "
            + "version 2023.1 (effective 2023-02-07 at modules/m1-2023.1.yaml:5:12)"]),
        ("a certification version's modules must exist",
         [certification("c1"), certification("c1-2", id: "c1", modules: "[m0, ghost]", ["version: \"2\"", "effective: 2026-01-01"])],
         ["certifications/c1-2.yaml:4:15: unknown module 'ghost' (certification module)"]),
        ("versions may share an effective date",
         [certification("c1", ["effective: 2025-01-01"]),
          certification("c1-2", id: "c1", ["version: \"2\"", "effective: 2025-01-01"]),
          module("m1", version: "2023.1", effective: "2023-02-07"), module("m1", version: "2025.1", effective: "2023-02-07")],
         []),
    ]

    @Test("versions of one module or certification are checked together", arguments: versionChecks)
    func versionCheck(name: String, files: [CurriculaFile], expected: [String]) {
        #expect(Self.check(files).diagnostics.map(\.description) == expected, "\(name)")
    }

    @Test("one file per certification version loads as versions, each in force from its date")
    func certificationVersionsLoad() throws {
        let lint = Self.check([
            Self.module("m2"),
            Self.certification("c1", ["waivable: false"]),
            Self.certification("c1-2027", id: "c1", modules: "[m0, m2]", ["version: \"2027.1\"", "effective: 2027-03-01"]),
        ])
        #expect(lint.diagnostics.map(\.description) == [])
        let versions = lint.curriculum.versions(ofCertification: "c1")
        #expect(versions.map(\.version.description) == ["1", "2027.1"])
        #expect(lint.curriculum.certification("c1", inForceOn: CalendarDate(iso: "2027-02-28")!)?.modules == ["m0"])
        #expect(lint.curriculum.certification("c1", inForceOn: CalendarDate(iso: "2027-03-01")!)?.modules == ["m0", "m2"])
        #expect(lint.curriculum.certifications.map(\.version.description) == ["2027.1"])
    }
}
