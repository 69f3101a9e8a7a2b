import ArgumentParser
import MusterCore
import MusterReports
import MusterStore

/// `muster officers transcript BADGE -o FILE.pdf`: the officer's record on paper.
struct OfficersTranscriptCommand: RecordsCommand {
    static let configuration = CommandConfiguration(
        commandName: "transcript", abstract: "Print an officer's transcript (requirements, completions, waivers) as PDF.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The officer's badge.") var badge: String
    @Option(name: .customLong("as-of"), help: ArgumentHelp("Judge requirements as of this date (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?
    @OptionGroup var paper: PaperOutputOptions

    var need: AccessNeed { .read(.officer(badge: badge)) }

    func run() throws {
        let session = try openSession()
        let day = try DateArgument.parse(asOf, option: "--as-of") ?? .today()
        let officer = try session.officer(badge)
        guard let transcript = try TranscriptDocument.load(from: try session.reads(.officer(badge: officer.badge)),
                                                           curriculum: try session.curriculum(), badge: officer.badge, asOf: day) else {
            throw StoreError.unknownBadge(badge)
        }
        try paper.write(transcript.html(generatedOn: .today()), database: session.path, what: "the transcript of \(officer.badge)")
    }
}

/// `muster officers certificate BADGE MODULE -o FILE.pdf`: a certificate of the newest pass.
struct OfficersCertificateCommand: RecordsCommand {
    static let configuration = CommandConfiguration(
        commandName: "certificate", abstract: "Print a certificate of completion of a module as PDF.",
        discussion: "The certificate is of the officer's newest pass of the module (on or before --as-of); voided ones never count.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The officer's badge.") var badge: String
    @Argument(help: "The module id.") var module: String
    @Option(name: .customLong("as-of"), help: ArgumentHelp("The newest pass on or before this date.", valueName: "YYYY-MM-DD"))
    var asOf: String?
    @OptionGroup var paper: PaperOutputOptions

    var need: AccessNeed { .read(.officer(badge: badge)) }

    func run() throws {
        let session = try openSession()
        let day = try DateArgument.parse(asOf, option: "--as-of")
        let officer = try session.officer(badge)
        let curriculum = try session.curriculum()
        guard let certificate = try CertificateDocument.load(from: try session.reads(.officer(badge: officer.badge)), curriculum: curriculum,
                                                             officer: officer, moduleID: module, onOrBefore: day) else {
            throw MusterFailure.validation("officer \(officer.badge) has no pass of '\(module)' on record"
                + (day.map { " on or before \($0.iso)" } ?? ""))
        }
        try paper.write(certificate.html(generatedOn: .today()), database: session.path,
                        what: "the certificate of \(officer.badge) for \(module)")
    }
}
