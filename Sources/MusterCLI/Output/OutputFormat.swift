import ArgumentParser

/// `--format` for commands that print records.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json

    static let help = "table, csv or json. \(formulaCells)"

    /// How every CSV Muster writes treats a cell a spreadsheet would run, said the same way in each help.
    static let formulaCells = "In CSV a text cell starting with =, +, -, @, tab or CR gets a leading ' so spreadsheets "
        + "show it rather than run it (numbers such as -5 stay as they are); JSON keeps the text as it is."
}

/// `--format` for commands that print a document rather than rows.
enum DocumentFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
