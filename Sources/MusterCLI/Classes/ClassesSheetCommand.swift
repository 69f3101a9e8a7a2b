import ArgumentParser
import MusterCore
import MusterReports
import MusterStore

/// `muster classes sheet ID -o FILE.pdf`: the printable sign-in sheet of a scheduled class.
struct ClassesSheetCommand: RecordsCommand {
    static let configuration = CommandConfiguration(
        commandName: "sheet", abstract: "Print a class's sign-in sheet (enrolled names, badges, signature lines) as PDF.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The class id (from `muster classes list`).") var id: Int64
    @OptionGroup var paper: PaperOutputOptions

    var need: AccessNeed { .read(.allRecords) }

    func run() throws {
        let session = try openSession()
        guard let sheet = try SignInSheetDocument.load(from: try session.reads(.allRecords), curriculum: try session.curriculum(),
                                                       sessionID: id) else {
            throw MusterFailure.validation("no class #\(id); `muster classes list` shows the classes")
        }
        try paper.write(sheet.html(generatedOn: .today()), database: session.path,
                        what: "the sign-in sheet of class #\(id) (\(sheet.rows.count) enrolled)")
    }
}
