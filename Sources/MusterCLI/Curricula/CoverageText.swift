import MusterCore

/// The coverage matrix as text: binding requirements first, then those only recommendations stand behind,
/// then the historical ones; each block lists the sources with their standing and the covering modules.
enum CoverageText {
    static func render(_ matrix: CoverageMatrix, curriculum: Curriculum) -> String {
        let historical = matrix.rows.filter(\.isHistorical)
        let covered = matrix.rows.filter(\.isCovered).count
        var lines = [
            "Policy requirement coverage as of \(matrix.asOf)",
            "\(matrix.rows.count) requirements · \(covered) covered · \(matrix.rows.count - covered) uncovered",
            "  binding:          \(tally(matrix.bindingRows))",
            "  recommended only: \(tally(matrix.recommendedOnlyRows))",
            "  historical:       \(historical.count) (no source still stands)",
            "",
        ]
        let sections = [
            ("Binding requirements (a binding document in force states them)", matrix.bindingRows),
            ("Recommended only (no binding document in force stands behind them)", matrix.recommendedOnlyRows),
            ("Historical (kept for the record, owed by no one)", historical),
        ]
        for (heading, rows) in sections where !rows.isEmpty {
            lines += ["== \(heading)", ""]
            for row in rows { lines += block(row, matrix: matrix, curriculum: curriculum) }
        }
        return lines.joined(separator: "\n")
    }

    private static func tally(_ rows: [CoverageMatrix.Row]) -> String {
        "\(rows.count) requirements, \(rows.filter(\.isCovered).count) covered"
    }

    private static func block(_ row: CoverageMatrix.Row, matrix: CoverageMatrix, curriculum: Curriculum) -> [String] {
        let mark = !row.isCovered ? "✗ UNCOVERED" : row.isHistorical ? "◦ historical" : "✓ covered"
        var lines = ["\(mark)  \(row.requirement.id)  (\(row.binding.rawValue))"]
        lines.append(CurriculumText.wrap("    \(row.requirement.requirement)", indent: "    "))
        for source in row.sources {
            lines.append("    source  \(source.id) — \(CurriculumText.standing(source, in: curriculum, naming: false)), "
                         + standing(source, on: matrix.asOf))
        }
        if row.modules.isEmpty {
            lines.append("    module  none — add a module that trains this requirement")
        }
        for module in row.modules {
            lines.append("    module  \(module.id) \(module.version) — \(module.title)")
        }
        lines.append("")
        return lines
    }

    /// A standing voluntary document recommends; only a standing binding one binds.
    static func standing(_ source: PolicySource, on day: CalendarDate) -> String {
        guard source.stands(on: day) else { return "no longer binds" }
        return source.status == .voluntary ? "recommends" : "binds"
    }
}
