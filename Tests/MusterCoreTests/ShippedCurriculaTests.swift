import Foundation
import Testing
@testable import MusterCore

/// The shipped `Curricula/` folder: it lints clean, uses the keys the policies call for, and the copy
/// embedded in the binary is the folder as it stands.
@Suite("Shipped curricula")
struct ShippedCurriculaTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Curricula").path

    static func curriculum() throws -> Curriculum {
        try CurriculumLoader.load(from: nil)
    }

    @Test("the embedded copy is the Curricula/ folder, file for file")
    func embeddedCopyMatchesFolder() throws {
        let onDisk = try CurriculaFile.read(path: Self.folder)
            .map { CurriculaFile(path: "Curricula" + $0.path.dropFirst(Self.folder.count), text: $0.text) }
        #expect(ShippedCurricula.files.map(\.path) == onDisk.map(\.path))
        #expect(ShippedCurricula.files == onDisk)
    }

    @Test("the Curricula/ folder on disk lints clean")
    func folderLintsClean() throws {
        let lint = CurriculumLint.check(try CurriculaFile.read(path: Self.folder))
        #expect(lint.diagnostics.map(\.description) == [])
    }

    static let refreshers: [(String, String)] = [
        ("uof-deescalation-refresher", "uof-deescalation"),
        ("uof-duty-to-intervene-refresher", "uof-duty-to-intervene"),
        ("uof-implicit-bias-refresher", "uof-implicit-bias"),
    ]

    @Test("every version of a refresher names its initial course and is first due a year after it",
          arguments: refreshers)
    func refresherKeys(refresher: String, initial: String) throws {
        let versions = try Self.curriculum().versions(of: refresher)
        #expect(!versions.isEmpty)
        for version in versions {
            #expect(version.refresherOf == initial, "\(refresher) \(version.version)")
            #expect(version.firstDueMonths == 12, "\(refresher) \(version.version)")
        }
    }

    @Test("every shipped refresher module is one of the refreshers above")
    func noRefresherLeftOut() throws {
        let ids = try Self.curriculum().modules.map(\.id).filter { $0.contains("-refresher") }
        #expect(ids == Self.refreshers.map(\.0))
        #expect(try Self.curriculum().moduleVersions.filter { $0.refresherOf != nil }.allSatisfy { $0.id.contains("-refresher") })
    }

    static let carryAuthorisations = ["cert-less-lethal-chemical", "cert-less-lethal-cew", "cert-less-lethal-impact"]

    @Test("only the carry authorisations refuse waivers")
    func carryAuthorisationsAreNotWaivable() throws {
        let notWaivable = try Self.curriculum().certificationVersions.filter { !$0.waivable }.map(\.id)
        #expect(notWaivable.sorted() == Self.carryAuthorisations.sorted())
    }

    @Test("only the CEW, chemical and impact qualifications suspend on a failed attempt")
    func toolQualificationsSuspendOnFailure() throws {
        let suspending = try Self.curriculum().moduleVersions.filter(\.failureSuspends).map(\.id)
        #expect(suspending == ["uof-less-lethal-cew", "uof-less-lethal-chemical", "uof-less-lethal-impact"])
    }

    @Test("the 2025.1 duty-to-intervene refresher supersedes 2023.1 with a 180-day retraining window")
    func dutyToIntervene2025() throws {
        let curriculum = try Self.curriculum()
        let refresher = try #require(curriculum.module("uof-duty-to-intervene-refresher", version: ModuleVersion("2025.1")!))
        #expect(refresher.acceptsFrom == ModuleVersion("2025.1"))
        #expect(refresher.retrainWithinDays == 180)
        #expect(refresher.effective == CalendarDate(iso: "2025-04-01"))
        let first = try #require(curriculum.module("uof-duty-to-intervene-refresher", version: ModuleVersion("2023.1")!))
        #expect(first.acceptsFrom == nil)
    }

    @Test("no shipped module accepts partial attendance, since no policy behind them allows it")
    func noPartialAttendance() throws {
        #expect(try Self.curriculum().moduleVersions.allSatisfy { $0.minHours == nil })
    }
}
