import ArgumentParser

/// `--as`, which two commands spell alike: `muster --as BADGE` previews an officer's view, and `muster curricula
/// review … --as ROLE` names the review role. ArgumentParser lets the root command take an option before its
/// subcommands see it, except an option group, which it hands on by type; so both declare this group.
struct AsOption: ParsableArguments {
    @Option(name: .customLong("as"),
            help: ArgumentHelp("With no subcommand: preview the officer view of this badge. With `curricula review`: "
                               + "the review role (reviewer, civil-rights, privacy, counsel, approver).", valueName: "BADGE|ROLE"))
    var value: String?

    init() {}
}
