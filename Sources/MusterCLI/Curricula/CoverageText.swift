import MusterCore

/// The coverage matrix as text: one block per requirement, sources with their standing, covering modules.
enum CoverageText {
    static func render(_ matrix: CoverageMatrix, curriculum: Curriculum) -> String {
        let historical = matrix.rows.filter(\.isHistorical).count
        let covered = matrix.rows.filter(\.isCovered).count
        var lines = [
            "Policy requirement coverage as of \(matrix.asOf)",
            "\(matrix.rows.count) requirements · \(covered) covered · \(matrix.rows.count - covered) uncovered · "
                + "\(historical) historical (no source still binds)",
            "",
        ]
        for row in matrix.rows {
            let mark = !row.isCovered ? "✗ UNCOVERED" : row.isHistorical ? "◦ historical" : "✓ covered"
            lines.append("\(mark)  \(row.requirement.id)")
            lines.append(CurriculumText.wrap("    \(row.requirement.requirement)", indent: "    "))
            for source in row.sources {
                let binds = source.stands(on: matrix.asOf) ? "binds" : "no longer binds"
                lines.append("    source  \(source.id) — \(CurriculumText.standing(source, in: curriculum, naming: false)), \(binds)")
            }
            if row.modules.isEmpty {
                lines.append("    module  none — add a module that trains this requirement")
            }
            for module in row.modules {
                lines.append("    module  \(module.id) \(module.version) — \(module.title)")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
