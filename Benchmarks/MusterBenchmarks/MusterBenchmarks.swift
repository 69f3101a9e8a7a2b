import Benchmark
import MusterCore
@_spi(Benchmarks) import MusterTUI
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

    // The lean path `muster status`, the compliance export and the workspace take: status lines, no evidence.
    Benchmark("StatusEngine.moduleStatusLines (no evidence), \(scale) officers", configuration: once) { benchmark in
        let agency = ScaleAgency.shared
        let engine = StatusEngine(curriculum: agency.curriculum)
        for _ in benchmark.scaledIterations {
            var memo = RequirementsMemo()
            var lines = 0
            for records in agency.records {
                lines += engine.moduleStatusLines(for: records, asOf: ScaleAgency.asOf, memo: &memo).count
            }
            blackHole(lines)
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

    Benchmark("LoadedAgency: the officer index built when the snapshot arrives (off the input loop), \(scale) officers",
              configuration: once) { benchmark in
        let snapshot = ScaleAgency.shared.snapshot
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { blackHole(AppDriver.prepare(snapshot)) }
    }

    // MARK: Keystrokes and frames of the real TUI at 200x60 (AppDriver: AppUpdate.update and AppView.render)
    //
    // Each iteration starts from the same state (a copy of the driver, O(1)) and applies one key with `update`,
    // as the input loop does; "+ frame" adds the `view` that follows. The set-up (opening the app and loading
    // the agency) runs before `startMeasurement`.

    Benchmark("Officers search, first keystroke 'm' over \(scale) rows (update)", configuration: frames) { benchmark in
        let searching = await BenchmarkApp.opened(after: [.character("2"), .character("/")])
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            var driver = searching
            driver.update(.character("m"))
            blackHole(driver.visibleOfficerCount)
        }
    }

    Benchmark("Officers search, first keystroke 'm' + frame", configuration: frames) { benchmark in
        let searching = await BenchmarkApp.opened(after: [.character("2"), .character("/")])
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            var driver = searching
            driver.update(.character("m"))
            blackHole(driver.render())
        }
    }

    Benchmark("Officers search, second keystroke 'ma' narrowing the first's rows + frame", configuration: frames) { benchmark in
        let typed = await BenchmarkApp.opened(after: [.character("2"), .character("/"), .character("m")])
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            var driver = typed
            driver.update(.character("a"))
            blackHole(driver.render())
        }
    }

    // The worst keystroke: widening back to a query of two letters, which no mask answers alone, so every
    // officer is a candidate again and the ones whose mask holds both letters are scanned byte by byte.
    Benchmark("Officers search, Backspace widening 'mar' back to 'ma' (every officer a candidate) + frame",
              configuration: frames) { benchmark in
        let typed = await BenchmarkApp.opened(after: [.character("2"), .character("/"), .character("m"), .character("a"), .character("r")])
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            var driver = typed
            driver.update(.backspace)
            blackHole(driver.render())
        }
    }

    for (key, label) in [(Key.down, "↓ (one row)"), (.pageDown, "Page Down"), (.end, "End (row 100,000)")] {
        Benchmark("Officers table scroll, \(label) + frame", configuration: frames) { benchmark in
            let list = await BenchmarkApp.opened(after: [.character("2"), .down, .down])
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                var driver = list
                driver.update(key)
                blackHole(driver.render())
            }
        }
    }

    Benchmark("Officers table, sort by status (o o o: the third sort key) ", configuration: frames) { benchmark in
        let list = await BenchmarkApp.opened(after: [.character("2"), .character("o"), .character("o")])
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            var driver = list
            driver.update(.character("o"))
            blackHole(driver.render())
        }
    }

    for (key, tab) in [("1", "Dashboard"), ("2", "Officers"), ("3", "Modules"), ("4", "Classes"), ("5", "Exports")] {
        Benchmark("One frame of the \(tab) tab (view)", configuration: frames) { benchmark in
            let driver = await BenchmarkApp.opened(after: [.character(Character(key))])
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations { blackHole(driver.render()) }
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
}
