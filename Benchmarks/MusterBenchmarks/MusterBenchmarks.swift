import Benchmark
import MusterCore
import MusterTUI
import TerminalUI

// In-process benchmarks at agency scale (100,000 officers, about six million completions), built in each
// benchmark's setup from the demo agency so building it is never measured. Each benchmark runs in its own
// process, so the peak-memory figures include that in-memory agency (about 1 GB of Swift values the TUI
// never holds: it keeps only the snapshot).
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 1, maxDuration: .seconds(5), maxIterations: 50)
    let scale = ScaleAgency.officerCount
    let once = Benchmark.Configuration(maxDuration: .seconds(20), maxIterations: 5,
                                       setup: { _ = ScaleAgency.shared })
    let frames = Benchmark.Configuration(maxDuration: .seconds(5), maxIterations: 200,
                                         setup: { _ = ScaleAgency.shared })

    // MARK: The status engine

    Benchmark("StatusEngine.moduleStandings, \(scale) officers", configuration: once) { benchmark in
        let agency = ScaleAgency.shared
        let engine = StatusEngine(curriculum: agency.curriculum)
        for _ in benchmark.scaledIterations {
            var standings = 0
            for records in agency.records { standings += engine.moduleStandings(for: records, asOf: ScaleAgency.asOf).count }
            blackHole(standings)
        }
    }

    Benchmark("StatusEngine.evaluate (modules and certifications), \(scale) officers", configuration: once) { benchmark in
        let agency = ScaleAgency.shared
        let engine = StatusEngine(curriculum: agency.curriculum)
        for _ in benchmark.scaledIterations {
            var certifications = 0
            for records in agency.records { certifications += engine.evaluate(records, asOf: ScaleAgency.asOf).certifications.count }
            blackHole(certifications)
        }
    }

    Benchmark("AgencySnapshotBuilder (the TUI's start-up work), \(scale) officers", configuration: once) { benchmark in
        let agency = ScaleAgency.shared
        for _ in benchmark.scaledIterations {
            var builder = AgencySnapshotBuilder(curriculum: agency.curriculum, asOf: ScaleAgency.asOf)
            for records in agency.records { builder.add(records) }
            blackHole(builder.build())
        }
    }

    // MARK: The officers table: one keystroke of search, and one frame of the table

    Benchmark("Officers search, first keystroke 'm' over \(scale) rows (OfficersState.refilter replica)",
              configuration: frames) { benchmark in
        let rows = ScaleAgency.shared.snapshot.officers
        let order = Array(rows.indices)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(OfficersSearch.filter(rows, candidates: order, typed: "m"))
        }
    }

    Benchmark("Officers search, second keystroke 'ma' narrowing the first's rows", configuration: frames) { benchmark in
        let rows = ScaleAgency.shared.snapshot.officers
        let first = OfficersSearch.filter(rows, candidates: Array(rows.indices), typed: "m")
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(OfficersSearch.filter(rows, candidates: first, typed: "ma"))
        }
    }

    Benchmark("Table of \(scale) rows rendered into a 200x60 buffer and diffed", configuration: frames) { benchmark in
        let rows = ScaleAgency.shared.snapshot.officers
        let size = Size(columns: 200, rows: 60)
        var state = TableState()
        var previous = Buffer(size: size)
        benchmark.startMeasurement()
        for iteration in benchmark.scaledIterations {
            // Each frame scrolls one row, as holding the down key does.
            state.select(iteration % rows.count, rowCount: rows.count, visibleRows: 58)
            var buffer = Buffer(size: size)
            OfficersTable.table(rows, state: state).render(into: &buffer, area: buffer.area)
            blackHole(Buffer.changes(from: previous, to: buffer))
            previous = buffer
        }
    }

    // MARK: Whole frames of the real TUI, through MusterApp.run on a TestTerminal at 200x60
    //
    // AppView.render and AppUpdate.update are internal to MusterTUI, so a frame is measured through the public
    // MusterApp.run: "open, then quit" is the baseline, and each other benchmark adds one or two keystrokes
    // (each an update, a full view at 200x60, a diff and a draw). Subtract the baseline for the cost of those
    // frames.

    Benchmark("TUI open on \(scale) officers, first dashboard frame, quit (baseline)", configuration: frames) { benchmark in
        for _ in benchmark.scaledIterations { try await TUISession.run(keys: []) }
    }

    for (key, tab) in [("2", "Officers"), ("3", "Modules"), ("4", "Classes"), ("5", "Exports")] {
        Benchmark("TUI baseline + one frame of the \(tab) tab", configuration: frames) { benchmark in
            for _ in benchmark.scaledIterations { try await TUISession.run(keys: [.character(Character(key))]) }
        }
    }

    Benchmark("TUI baseline + Officers tab + '/' + one search keystroke 'm'", configuration: frames) { benchmark in
        for _ in benchmark.scaledIterations {
            try await TUISession.run(keys: [.character("2"), .character("/"), .character("m")])
        }
    }

    Benchmark("TUI baseline + Officers tab + End (scroll to row 100,000)", configuration: frames) { benchmark in
        for _ in benchmark.scaledIterations { try await TUISession.run(keys: [.character("2"), .end]) }
    }
}
