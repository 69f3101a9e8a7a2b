import ArgumentParser
import MusterCore
import MusterStore

struct OfficersImportCommand: RecordsCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add or update officers from a CSV file (badge,last_name,first_name[,unit,rank,email,login,hire_date,status]), or from HR's own columns with --map.",
        discussion: """
        Every row is checked first; if any row is bad, nothing is written and every problem is listed as \
        file:line: field: problem. Text with a control character (NUL, tab, line break, escape) is refused, \
        as are dates outside 1900–2100 and bytes that are not UTF-8 (each reported at its line).
        A file with HR's headers goes in with --map "badge=PERS_STAR_NO,last_name=PERS_LAST_NME,first_name=PERS_FIRST_NME,unit=DESCR" \
        (headers named as Muster's fields need no entry; other columns are left aside), --save-map NAME keeps it \
        for --map NAME next time. A header Muster does not know gets a suggested --map built from the file's headers.
        A badge matches a stored one with or without leading zeros (4007 updates 04007); one badge twice in a file \
        is refused. Units match without regard to case and spacing and keep the spelling first stored. A separated \
        officer the file lists (with no status, or status active) is rehired: a reinstatement dated --effective.
        Unit moves and status changes the file brings, and the separations --sync makes, are dated facts that \
        hold from --effective: statuses on earlier dates keep each officer as they were then. --dry-run and \
        --sync list each officer added, changed (field: old → new), separated or rehired.
        """
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp("The CSV file.", valueName: "FILE.csv")) var file: String
    @Flag(help: "Check the file and show what would change, without writing.") var dryRun = false
    @Flag(help: "Separate active officers who are missing from the file.") var sync = false
    @Option(help: ArgumentHelp(
        "The first day the file's unit moves, status changes and --sync separations hold (default: today; not after today).",
        valueName: "YYYY-MM-DD"))
    var effective: String?
    @Option(help: ArgumentHelp(
        "Which header holds each field: field=Header,… (quote a header holding a comma), or the name of a saved map.",
        valueName: "MAP|NAME"))
    var map: String?
    @Option(help: ArgumentHelp("Save --map (and --date-format) under this name once the import works.", valueName: "NAME"))
    var saveMap: String?
    @Option(help: ArgumentHelp("How hire_date is written: \(ImportDateFormat.argumentWords).", valueName: "FORMAT"))
    var dateFormat: String?
    @Option(help: "text or json (json lists every change).") var format: DocumentFormat = .text

    var need: AccessNeed { .write(.manageOfficers) }

    func validate() throws {
        if saveMap != nil, map == nil || map.map(ImportMapping.isName) == true {
            throw ValidationError("--save-map needs a --map \"field=Header,…\" to save")
        }
        if let dateFormat, ImportDateFormat(argument: dateFormat) == nil {
            throw ValidationError("--date-format '\(dateFormat)' is not one of \(ImportDateFormat.argumentWords)")
        }
    }

    func run() throws {
        let session = try openSession()
        let effectiveOn = try DateArgument.parse(effective, option: "--effective")
        let mapping = try resolvedMapping(session)
        let outcome = try session.importOfficersCSV(
            path: file, sync: sync, effective: effectiveOn, dryRun: dryRun, map: mapping.map,
            dateFormat: mapping.dateFormat, saving: saveMap == nil ? nil : mapping)
        guard outcome.problems.isEmpty, let summary = outcome.summary else {
            for problem in outcome.problems { try StandardStreams.error(problem.description) }
            throw MusterFailure.validation("\(outcome.problems.count) problem(s) in \(file); nothing was imported")
        }
        switch format {
        case .json:
            try StandardStreams.out(try JSONOutput.string(OfficerImportJSON(
                summary: summary, applied: outcome.applied, map: mapping.map.isEmpty ? nil : mapping.map.text,
                dateFormat: mapping.dateFormat, savedMap: outcome.applied ? saveMap : nil, dryRun: dryRun)))
        case .text:
            try StandardStreams.out(OfficerImportText.lines(
                summary: summary, dryRun: dryRun, listing: dryRun || sync).joined(separator: "\n"))
            if let saveMap {
                try StandardStreams.out("\(dryRun ? "would save" : "saved") map '\(saveMap)': \(mapping.map.text)"
                                        + (mapping.dateFormat == .iso ? "" : " (dates \(mapping.dateFormat.rawValue))"))
            }
        }
    }

    /// The map and date format to read the file with: spelt out, or saved under a name (whose date format
    /// `--date-format` may override).
    private func resolvedMapping(_ session: Session) throws -> ImportMapping {
        let format = dateFormat.flatMap(ImportDateFormat.init(argument:))
        guard let map else { return ImportMapping(name: "", map: ColumnMap(), dateFormat: format ?? .iso) }
        if ImportMapping.isName(map) {
            var saved = try session.importMapping(named: map.trimmedWhitespace())
            if let format { saved.dateFormat = format }
            return saved
        }
        do {
            let parsed = try ColumnMap(parsing: map, fields: OfficerCSV.fields)
            if let saveMap { try ImportMapping.checkName(saveMap) }
            return ImportMapping(name: saveMap ?? "", map: parsed, dateFormat: format ?? .iso)
        } catch {
            throw MusterFailure.usage("\(error.field): \(error.problem)")
        }
    }
}
