import MusterCore
import TerminalUI

/// The curriculum: modules by area with everything about the selected one and how the agency stands on
/// it; the certifications; and the policy-requirement coverage matrix.
enum ModulesView {
    static func rowCount(_ state: AppState) -> Int {
        switch state.modules.view {
        case .modules: shownModules(state).count
        case .certifications: shownCertifications(state).count
        case .coverage: state.context.curriculum.requirements.count
        }
    }

    /// Modules in area order (as `TrainingArea` lists them), then by id.
    static func modulesByArea(_ curriculum: Curriculum) -> [Module] {
        let order = Dictionary(uniqueKeysWithValues: TrainingArea.allCases.enumerated().map { ($1, $0) })
        return curriculum.modules.sorted { (order[$0.area] ?? 0, $0.id) < (order[$1.area] ?? 0, $1.id) }
    }

    /// The modules view's rows: by area, narrowed by the search (id or title).
    static func shownModules(_ state: AppState) -> [Module] {
        let modules = modulesByArea(state.context.curriculum)
        let search = state.modules.search
        let matcher = search.matcher
        return search.isEmpty ? modules : modules.filter { matcher.matches([$0.id, $0.title]) }
    }

    /// The certifications view's rows, narrowed by the search (id, title or the id of a module in it).
    static func shownCertifications(_ state: AppState) -> [Certification] {
        let certifications = state.context.curriculum.certifications
        let search = state.modules.search
        let matcher = search.matcher
        return search.isEmpty ? certifications : certifications.filter { matcher.matches([$0.id, $0.title] + $0.modules) }
    }

    /// Where the modules view's table sits inside the content area (for clicks).
    static func listArea(_ state: AppState, content: Rect) -> Rect {
        let body = content.offsetTop(2)
        return body.splitColumns([.percentage(body.width >= 100 ? 42 : 40), .fill], spacing: 2)[0]
    }

    static func render(_ state: AppState, into buffer: inout Buffer, area: Rect) -> Position? {
        let views = ModulesState.View.allCases.map { view -> Span in
            view == state.modules.view ? Span("[\(view.rawValue)]", .selection, .bold) : Span(" \(view.rawValue) ", .muted)
        }
        buffer.line(views.flatMap { [$0, Span(" ")] }, in: area, row: 0)
        let body = area.offsetTop(2)
        var cursor: Position?
        if state.modules.view != .coverage, area.height > 1 {
            let field = state.modules.search.field(placeholder: state.modules.view == .modules ? "module id or title"
                                                       : "id, title or module id")
            let fieldArea = Rect(x: area.x, y: area.y + 1, width: min(area.width, 44), height: 1)
            buffer.render(field, in: fieldArea)
            cursor = field.cursorPosition(in: fieldArea)
        }
        switch state.modules.view {
        case .modules: renderModules(state, into: &buffer, area: body)
        case .certifications: renderCertifications(state, into: &buffer, area: body)
        case .coverage: renderCoverage(state, into: &buffer, area: body)
        }
        return cursor
    }

    // MARK: - Modules

    private static func renderModules(_ state: AppState, into buffer: inout Buffer, area: Rect) {
        let modules = shownModules(state)
        let wide = area.width >= 100
        let columns = area.splitColumns([.percentage(wide ? 42 : 40), .fill], spacing: 2)
        var tableColumns = [TableColumn("Module", width: .fill(1))]
        if wide { tableColumns.insert(TableColumn("Area", width: .fixed(20)), at: 0) }
        let table = Table(columns: tableColumns, rowCount: modules.count, state: state.modules.list, emptyMessage: state.modules.search.isEmpty ? "No modules loaded" : "No module matches (Esc clears the search)") { index in
            let module = modules[index]
            guard wide else { return [TableCell(module.id)] }
            let previous = index > 0 ? modules[index - 1].area : nil
            return [TableCell(previous == module.area ? "" : module.area.title, style: Style(.muted)), TableCell(module.id)]
        }
        buffer.render(table, in: columns[0])
        guard let selected = state.modules.list.selected, modules.indices.contains(selected) else { return }
        let module = modules[selected]
        var lines: [[Span]] = [
            [Span(module.title, .title, .bold)],
            [Span(module.area.title, .accent), Span(" · \(module.id)", .muted)],
            [Span("Version \(module.version), effective \(module.effective)", .muted)],
            [Span("Hours ", .muted), Span(FormCatalog.formatHours(module.hours)), Span("  Delivery ", .muted),
             Span(module.delivery.map(\.rawValue).joined(separator: ", "))],
            [Span("Assessment ", .muted), Span(module.assessment.kind.rawValue + (module.assessment.passMark.map { ", pass mark \($0)" } ?? ""))],
            [Span("Valid ", .muted), Span(module.validity.summary), Span("  expiring window ", .muted), Span("\(module.expiringWindowDays) days")],
        ]
        lines += ModuleReviewLines.lines(state.context.curriculum.versions(of: module.id),
                                         reviews: state.context.reviews.filter { $0.moduleID == module.id })
        if !module.prerequisites.isEmpty {
            lines.append([Span("Requires ", .muted), Span(module.prerequisites.joined(separator: ", "))])
        }
        if !module.policyBasis.isEmpty {
            lines.append([Span("Policy ", .muted), Span(module.policyBasis.map { "\($0.source) \($0.section)" }.joined(separator: "; "))])
        }
        if let row = state.agency.value?.standings?.modules.first(where: { $0.moduleID == module.id }) {
            let tally = row.statuses
            let ok = tally[.current] + tally[.expiring] + tally[.waived]
            let barWidth = max(4, columns[1].width - 26)
            lines.append([])
            lines.append([Span("Agency ", .header, .bold), Span(BarChart.barText(fraction: tally.total > 0 ? Double(ok) / Double(tally.total) : 0,
                                                                                     width: barWidth), .good),
                          Span(" \(percent(ok, of: tally.total)) of \(grouped(tally.total))")])
            lines += flowed(ModuleStatus.allCases.filter { tally[$0] > 0 }.map { [Span($0.label, $0.role), Span(" \(grouped(tally[$0]))  ")] },
                            width: columns[1].width)
        } else if !state.context.isOfficerView {
            lines.append([])
            lines.append([Span("No officer is required to take this module", .muted)])
        }
        lines.append([])
        lines.append([Span("Objectives", .header, .bold)])
        for objective in module.objectives {
            for (index, text) in wrapped(objective, width: columns[1].width - 2).enumerated() {
                lines.append([Span(index == 0 ? "• " : "  "), Span(text)])
            }
        }
        for (row, spans) in lines.enumerated() { buffer.line(spans, in: columns[1], row: row) }
    }

    /// Groups of spans laid out left to right, starting a new line when the next group would not fit.
    static func flowed(_ groups: [[Span]], width: Int) -> [[Span]] {
        var lines: [[Span]] = [[]]
        var used = 0
        for group in groups {
            let groupWidth = group.reduce(0) { $0 + displayWidth(of: $1.text) }
            if used > 0 && used + groupWidth > width {
                lines.append([])
                used = 0
            }
            lines[lines.count - 1] += group
            used += groupWidth
        }
        return lines
    }

    // MARK: - Certifications

    private static func renderCertifications(_ state: AppState, into buffer: inout Buffer, area: Rect) {
        let certifications = shownCertifications(state)
        let columns = area.splitColumns([.percentage(40), .fill], spacing: 2)
        let empty = state.modules.search.isEmpty ? "No certifications loaded" : "No certification matches (Esc clears the search)"
        let table = Table(columns: [TableColumn("Certification", width: .fill(1)), TableColumn("Modules", width: .fixed(7), alignment: .right)],
                          rowCount: certifications.count, state: state.modules.list, emptyMessage: empty) { index in
            [TableCell(certifications[index].title), TableCell(String(certifications[index].modules.count))]
        }
        buffer.render(table, in: columns[0])
        guard let selected = state.modules.list.selected, certifications.indices.contains(selected) else { return }
        let certification = certifications[selected]
        var lines: [[Span]] = [[Span(certification.title, .title, .bold)], [Span(certification.id, .muted)]]
        // The summary is cut at four lines, so the modules below it stay in view at 80×24.
        let summary = wrapped(certification.summary, width: columns[1].width)
        for (index, text) in summary.prefix(4).enumerated() {
            lines.append([Span(index == 3 && summary.count > 4 ? truncated(text + " …", toWidth: columns[1].width) : text, .muted)])
        }
        lines.append([])
        lines.append([Span("Modules · share current or waived", .header, .bold)])
        let stats = state.agency.value?.standings?.modules
        for id in certification.modules {
            let tally = stats?.first { $0.moduleID == id }?.statuses ?? ModuleStatusTally()
            let ok = tally[.current] + tally[.expiring] + tally[.waived]
            let share = stats == nil ? "… computing" : tally.total > 0 ? "\(percent(ok, of: tally.total)) of \(grouped(tally.total))" : "not assigned"
            lines.append([Span("• " + padded(id, toWidth: 30)), Span(share, .muted)])
        }
        if !certification.policyBasis.isEmpty {
            lines.append([])
            lines.append([Span("Policy ", .muted), Span(certification.policyBasis.map { "\($0.source) \($0.section)" }.joined(separator: "; "))])
        }
        for (row, spans) in lines.enumerated() { buffer.line(spans, in: columns[1], row: row) }
    }

    // MARK: - Coverage

    private static func renderCoverage(_ state: AppState, into buffer: inout Buffer, area: Rect) {
        let matrix = CoverageMatrix(curriculum: state.context.curriculum, asOf: state.context.asOf)
        let uncovered = matrix.bindingRows.count { !$0.isCovered }
        buffer.line([Span("\(matrix.rows.count) policy requirements · "), uncovered == 0 ? Span("✓ every binding one is trained", .good)
                     : Span("✗ \(uncovered) binding requirement\(uncovered == 1 ? "" : "s") not trained by any module", .danger)],
                    in: area, row: 0)
        let rows = matrix.rows
        let table = Table(columns: [TableColumn("Requirement", width: .fixed(22)), TableColumn("Coverage", width: .fixed(13)),
                                    TableColumn("Modules", width: .fill(1)), TableColumn("Sources", width: .fill(1))],
                          rowCount: rows.count, state: state.modules.list, emptyMessage: "No policy requirements loaded") { index in
            let row = rows[index]
            let coverage: TableCell = row.isHistorical ? TableCell("– historical", style: Style(.muted))
                : row.binding == .recommended ? TableCell(row.isCovered ? "◦ advised ✓" : "◦ advised ✗", style: Style(.muted))
                : row.isCovered ? TableCell("✓ covered", style: Style(.good)) : TableCell("✗ NOT COVERED", style: Style(.danger, .bold))
            return [TableCell(row.requirement.id), coverage, TableCell(row.modules.map(\.id).joined(separator: ", ")),
                    TableCell(row.sources.map(\.id).joined(separator: ", "))]
        }
        let body = area.offsetTop(1)
        let parts = body.splitRows([.fixed(min(rows.count + 1, body.height - 3)), .fixed(1), .fixed(2)])
        buffer.render(table, in: parts[0])
        if let selected = state.modules.list.selected, rows.indices.contains(selected) {
            for (index, line) in wrapped(rows[selected].requirement.requirement, width: parts[2].width).prefix(2).enumerated() {
                buffer.line(line, in: parts[2], row: index, style: Style(.accent))
            }
        }
    }
}
