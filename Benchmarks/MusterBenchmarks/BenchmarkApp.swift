@_spi(Benchmarks) import MusterTUI
import MusterCore
import TerminalUI

/// The real TUI at 200×60, driven without a terminal through `AppDriver` (the same `AppUpdate.update` and
/// `AppView.render` the run loop calls), over a client that serves the precomputed 100,000-officer snapshot.
enum BenchmarkApp {
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

    /// The app open with the whole snapshot loaded, after `keys` (each applied with its effects); made once
    /// per process and key sequence, since the benchmark closure runs once per sample.
    static func opened(after keys: [Key] = []) async -> AppDriver {
        await DriverCache.shared.driver(after: keys)
    }
}

/// Opened apps by the keys pressed since opening.
private actor DriverCache {
    static let shared = DriverCache()
    private var drivers: [[Key]: AppDriver] = [:]

    func driver(after keys: [Key]) async -> AppDriver {
        if let driver = drivers[keys] { return driver }
        var driver = await AppDriver(client: BenchmarkApp.client, size: BenchmarkApp.size)
        for key in keys { await driver.press(key) }
        drivers[keys] = driver
        return driver
    }
}

struct BenchmarkClientError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
