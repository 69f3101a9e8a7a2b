import Foundation
import MusterCore
import MusterReports
import MusterStore

/// `muster export roster --profile NAME`: the roster in a receiver's shape, from the curricula folder's
/// `profiles/NAME.yaml` (the shipped ones, or `--curricula DIR`'s).
enum ExportProfileRoster {
    static let help = """
        With --profile NAME the roster takes the shape of profiles/NAME.yaml in the curricula folder (shipped: \
        \(shipped)): its columns, names, order, date format, officer id (post_id or badge) and course number \
        (the module's course_numbers for the profile's jurisdiction), as CSV or .xlsx. A profile without a result \
        column lists passes only. If any row lacks what the profile needs (no post_id, no course number), every \
        such row is listed with its officer and module and nothing is written (exit 1).
        """

    /// Named here rather than read, so that help costs no lint; `RosterProfileLintTests` holds the two together.
    static let shipped = "tx-tcole, ca-post, ut-acadis, or-dpsst"

    static func write(profileName: String, curricula: CurriculaOptions, filter: RosterExportFilter, export: ExportOptions,
                      store: SQLiteRecordStore) throws {
        let profiles: [RosterProfile]
        do {
            profiles = try RosterProfiles.load(from: curricula.directory)
        } catch let error as CurriculumLoadError {
            throw MusterFailure.validation(error.description)
        } catch let error as CurriculaReadError {
            throw MusterFailure.validation(error.description)
        }
        let profile: RosterProfile
        do { profile = try RosterProfiles.named(profileName, in: profiles) } catch {
            throw MusterFailure.usage(error.description)
        }
        if profile.fileType == .xlsx, export.output == nil || export.output == "-", isatty(STDOUT_FILENO) == 1 {
            throw MusterFailure.usage("profile \(profile.id) writes an .xlsx file: give -o FILE.xlsx")
        }
        let roster = try ProfileRoster.build(profile, filter: filter, from: store)
        guard roster.problems.isEmpty else {
            for problem in roster.problems { try StandardStreams.error(problem.description) }
            throw MusterFailure.validation(
                "\(roster.problems.count) row(s) lack what profile \(profile.id) needs; nothing was written")
        }
        let (count, isAtomic) = try ProfileRosterFile.write(
            roster, profile: profile, to: export.output, replacing: export.force, protecting: store.databasePath,
            excel: export.excel)
        if let output = export.output, isAtomic {
            try StandardStreams.error("wrote \(count) row(s) to \(output) in the shape of \(profile.id) (\(profile.title))")
        }
    }
}
