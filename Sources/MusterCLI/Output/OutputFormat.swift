import ArgumentParser

/// `--format` for commands that print records.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}

/// `--format` for commands that print a document rather than rows.
enum DocumentFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
