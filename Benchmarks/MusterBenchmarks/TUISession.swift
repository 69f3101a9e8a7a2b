import MusterCore
import MusterTUI
import TerminalUI

/// One headless run of the real TUI (`MusterApp.run`) on a 200x60 `TestTerminal`, over a client that serves
/// the precomputed 100,000-officer snapshot: wait for the dashboard's first full frame, press `keys`
/// (each one update and one frame), then stop with an interrupt (which ends the run after the last frame is
/// drawn, whatever has focus; `q` would type into a search field).
enum TUISession {
    static let size = Size(columns: 200, rows: 60)

    static let client: MusterClient = {
        let agency = ScaleAgency.shared
        let snapshot = agency.snapshot
        let curriculum = agency.curriculum
        return MusterClient(
            agencyName: "Bench", curriculum: curriculum,
            access: AccessPolicy(login: "bench", roles: [.coordinator], ownBadge: nil), asOf: ScaleAgency.asOf,
            loadAgency: { snapshot },
            officerDetail: { badge in
                guard let records = agency.records.first(where: { $0.officer.badge == badge }) else {
                    throw BenchmarkClientError(message: "no officer \(badge)")
                }
                return OfficerDetail(records: records, curriculum: curriculum, asOf: ScaleAgency.asOf)
            },
            perform: { _ in throw BenchmarkClientError(message: "the benchmark client does not write") },
            previewExport: { _ in ExportPreview(header: ["badge"], rows: [["10000"]], totalRows: 1) },
            export: { _, _ in throw BenchmarkClientError(message: "the benchmark client does not write") })
    }()

    static func run(keys: [Key]) async throws {
        let terminal = TestTerminal(size: size, script: [
            .waitUntil("the dashboard") { $0.lines.contains { $0.contains("Certification status") } },
        ] + keys.map { .key($0) } + [.event(.interrupt(signal: 15))])
        try await MusterApp.run(on: terminal, client: client)
    }
}

struct BenchmarkClientError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
