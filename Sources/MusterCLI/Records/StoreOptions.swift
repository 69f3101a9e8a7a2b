import ArgumentParser

/// `--db PATH`, shared by every command that reads or writes the records.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("db"),
            help: ArgumentHelp("The database file (default: $MUSTER_DB, else $XDG_DATA_HOME/muster/muster.sqlite).",
                               valueName: "PATH"))
    var path: String?
}
