import MusterCore
import TerminalUI

/// The agency at a glance: certification status, expiring soon, monthly completions and who is overdue on
/// the left; compliance per unit and per module on the right. Pictures first, numbers beside them.
enum DashboardView {
    /// Draws the dashboard; returns where the cursor goes (the overdue list's search field while typed into).
    static func render(_ state: AppState, into buffer: inout Buffer, area: Rect) -> Position? {
        if case .failed(let message) = state.agency {
            buffer.line("✗ Could not load the agency: \(message)", in: area, row: 1, style: Style(.muted))
            return nil
        }
        guard let snapshot = state.agency.value?.standings else {
            renderComputing(state, into: &buffer, area: area)
            return nil
        }
        let layout = DashboardLayout(snapshot, area: area, focus: state.dashboard.focus)
        let columns = layout.top.splitColumns([.percentage(50), .fill], spacing: 3)
        var left = Column(area: columns[0])
        statusSection(snapshot, into: &buffer, column: &left)
        left.skip()
        expiringSection(snapshot, into: &buffer, column: &left)
        left.skip()
        sparklineSection(snapshot, into: &buffer, column: &left)

        let unitArea = unitsArea(snapshot, top: layout.top)
        var units = Column(area: unitArea)
        unitSection(snapshot, state: state, into: &buffer, column: &units)
        var modules = Column(area: columns[1].offsetTop(unitArea.height + 1))
        moduleSection(snapshot, state: state, into: &buffer, column: &modules)

        if let programs = layout.programs {
            ProgramsPanel.render(snapshot, state: state, into: &buffer, area: programs)
        }
        guard let overdue = layout.overdue else { return nil }
        return overdueSection(snapshot, state: state, into: &buffer, area: overdue,
                              programsSum: layout.place == .byTurns ? ProgramsPanel.sums(snapshot) : [])
    }

    /// The units section (heading and bars) at the top of the right column. Units and modules share that
    /// column; each gets at least half when both need more.
    private static func unitsArea(_ snapshot: AgencySnapshot, top: Rect) -> Rect {
        let right = top.splitColumns([.percentage(50), .fill], spacing: 3)[1]
        let unitRows = 1 + max(1, snapshot.units.count { $0.standings.withRequirements > 0 })
        let unitShare = min(unitRows, max((right.height - 1) / 2, right.height - 2 - max(1, snapshot.modules.count)))
        return Rect(x: right.x, y: right.y, width: right.width, height: unitShare)
    }

    static func layout(_ state: AppState, content: Rect) -> (AgencySnapshot, DashboardLayout)? {
        guard let snapshot = state.agency.value?.standings else { return nil }
        return (snapshot, DashboardLayout(snapshot, area: content, focus: state.dashboard.focus))
    }

    /// Where the unit bars are drawn (below their heading), for clicks; nil before the standings.
    static func unitListArea(_ state: AppState, content: Rect) -> Rect? {
        guard let (snapshot, layout) = layout(state, content: content) else { return nil }
        return unitsArea(snapshot, top: layout.top).offsetTop(1)
    }

    /// The units with a bar (something required of someone serving), in the order drawn.
    static func unitNames(_ state: AppState) -> [String] {
        state.agency.value?.standings?.units.filter { $0.standings.withRequirements > 0 }.map(\.unit) ?? []
    }

    /// How many unit bars fit at the current size (for paging).
    static func unitRows(_ state: AppState) -> Int {
        max(1, unitListArea(state, content: AppLayout(size: state.size).content)?.height ?? 1)
    }

    /// The first unit drawn: the list scrolls to keep the selected unit in view above the "… more" line.
    static func unitOffset(_ state: AppState, visibleRows: Int) -> Int {
        let count = unitNames(state).count
        guard count > visibleRows else { return 0 }
        return TableState.offset(keeping: state.dashboard.units.selected, current: 0, rowCount: count,
                                 visibleRows: max(1, visibleRows - 1))
    }

    /// Where the overdue lines are drawn (below their heading), for clicks; nil before the standings and while the
    /// programs panel has the overdue list's place.
    static func overdueListArea(_ state: AppState, content: Rect) -> Rect? {
        layout(state, content: content)?.1.overdue?.offsetTop(1)
    }

    /// Where the at-risk officers are drawn, for clicks; nil without the panel or while it is not drawn.
    static func atRiskListArea(_ state: AppState, content: Rect) -> Rect? {
        guard let (snapshot, layout) = layout(state, content: content), let area = layout.programs else { return nil }
        return ProgramsPanel.listArea(snapshot, area: area)
    }

    /// How many at-risk officers fit at the current size (for paging).
    static func atRiskRows(_ state: AppState) -> Int {
        max(1, atRiskListArea(state, content: AppLayout(size: state.size).content)?.height ?? 1)
    }

    /// How many overdue lines fit at the current size (for paging).
    static func overdueRows(_ state: AppState) -> Int {
        max(1, overdueListArea(state, content: AppLayout(size: state.size).content)?.height ?? 1)
    }

    /// The overdue lines the search leaves, as indices into the snapshot's `overdue`.
    static func overdueShown(_ state: AppState) -> [Int] {
        guard let items = state.agency.value?.standings?.overdue else { return [] }
        return state.dashboard.matches ?? Array(items.indices)
    }

    /// The overdue lines matching `search` (nil: every line), computed when the query or the agency changes.
    static func overdueMatches(_ state: AppState) -> [Int]? {
        let search = state.dashboard.search
        guard !search.isEmpty, let items = state.agency.value?.standings?.overdue else { return nil }
        let matcher = search.matcher
        return items.indices.filter { let item = items[$0]; return matcher.matches([item.badge, item.name, item.unit ?? "", item.moduleID]) }
    }

    /// The dashboard's frame while the standings are computed (a while, at agency scale): every section's
    /// heading in its place, with what is already known and "computing…" for the rest.
    private static func renderComputing(_ state: AppState, into buffer: inout Buffer, area: Rect) {
        let columns = area.splitColumns([.percentage(50), .fill], spacing: 3)
        var left = Column(area: columns[0])
        var right = Column(area: columns[1])
        func section(_ title: String, _ text: String, in column: inout Column) {
            if let header = column.next() { buffer.heading(title, in: header, row: 0) }
            if let rect = column.next() { buffer.line(text, in: rect, row: 0, style: Style(.muted)) }
            column.skip()
        }
        let who = state.servingOfficers.map { "judging \(grouped($0)) officers" } ?? "reading the agency"
        section("Certification status · computing…", "… \(who)", in: &left)
        section("Next training expiry within", "… computing", in: &left)
        section("Completions per month", "… computing", in: &left)
        section(overdueTitle, "… computing", in: &left)
        if let roster = state.agency.value?.loaded {
            // The roster already says who serves where; the shares follow with the standings.
            if let header = right.next() { buffer.heading("Units · officers serving", in: header, row: 0) }
            let units = zip(roster.index.units, roster.servingPerUnit).filter { $0.1 > 0 }
            let labelWidth = min(max(8, units.map { displayWidth(of: $0.0) }.max() ?? 8), max(8, right.area.width / 2))
            let shown = right.remaining - 4  // room for the modules' heading and line below
            for (index, (unit, count)) in units.enumerated() {
                guard index < shown, let rect = right.next() else { break }
                if index == shown - 1 && units.count > shown {
                    buffer.line("… \(units.count - index) more", in: rect, row: 0, style: Style(.muted))
                    break
                }
                buffer.line([Span(fitted(unit, toWidth: labelWidth) + " "), Span(grouped(count), .muted)], in: rect, row: 0)
            }
            right.skip()
        } else {
            section("Units · share certified", "… computing", in: &right)
        }
        section("Modules · share current or waived", "… computing", in: &right)
    }

    /// Hands out rows of a column from the top until it is full.
    struct Column {
        let area: Rect
        var row = 0
        var remaining: Int { area.height - row }

        mutating func next() -> Rect? {
            guard row < area.height else { return nil }
            defer { row += 1 }
            return area.row(row)
        }

        mutating func skip() { row += 1 }
    }

    /// The headline's words, best first: the five every agency has, and the rarer ones only when someone
    /// has them, so a small terminal keeps room for the lists.
    static func headlineStatuses(_ snapshot: AgencySnapshot) -> [OfficerCompliance] {
        let always: Set<OfficerCompliance> = [.certified, .expiring, .lapsed, .inProgress, .notStarted]
        let order: [OfficerCompliance] = [.certified, .expiring, .waived, .inProgress, .notStarted, .onLeave, .lapsed,
                                          .suspended, .noRequirement]
        return order.filter { always.contains($0) || snapshot.standings[$0] > 0 }
    }

    private static let overdueTitle = "Overdue, expired, failed or on leave"

    private static func statusSection(_ snapshot: AgencySnapshot, into buffer: inout Buffer, column: inout Column) {
        // Every serving officer is in the whole, those with nothing required too: one tally, one total.
        let total = snapshot.servingOfficers
        if let header = column.next() {
            buffer.heading("Certification status · \(grouped(total)) serving", in: header, row: 0)
        }
        let statuses = headlineStatuses(snapshot)
        let countWidth = max(3, grouped(statuses.map { snapshot.standings[$0] }.max() ?? 0).count)
        let labelWidth = (statuses.map { displayWidth(of: $0.label) }.max() ?? 13) + 1
        for status in statuses {
            let count = snapshot.standings[status]
            guard let rect = column.next() else { return }
            let label = padded(status.label, toWidth: labelWidth)
            let numbers = " " + padded(grouped(count), toWidth: countWidth, alignment: .right) + " " + padded(percent(count, of: total), toWidth: 4, alignment: .right)
            let barWidth = max(0, rect.width - labelWidth - displayWidth(of: numbers))
            let fraction = total > 0 ? Double(count) / Double(total) : 0
            buffer.line([Span(label, status.role), Span(BarChart.barText(fraction: fraction, width: barWidth), status.role), Span(numbers)],
                        in: rect, row: 0)
        }
    }

    private static func expiringSection(_ snapshot: AgencySnapshot, into buffer: inout Buffer, column: inout Column) {
        if let header = column.next() {
            // What the next `muster notices` run would mail, beside the expiries it is about, in words when they fit.
            var title = "Next training expiry within"
            if let notices = snapshot.pendingNotices {
                let long = "Expiry within · next \(notices.words)"
                title = displayWidth(of: long) <= header.width ? long : "Expiry within · notices \(notices.officerNotices)+\(notices.digests)"
            }
            buffer.heading(title, in: header, row: 0)
        }
        let top = max(1, snapshot.expiring.map(\.officerCount).max() ?? 1)
        let countWidth = max(3, grouped(top).count)
        for horizon in snapshot.expiring {
            guard let rect = column.next() else { return }
            let label = padded("\(horizon.days) days", toWidth: 14)
            let number = " " + padded(grouped(horizon.officerCount), toWidth: countWidth, alignment: .right) + " officers"
            let barWidth = max(0, rect.width - 14 - displayWidth(of: number))
            buffer.line([Span(label), Span(BarChart.barText(fraction: Double(horizon.officerCount) / Double(top), width: barWidth), .warning),
                         Span(number)], in: rect, row: 0)
        }
    }

    private static func sparklineSection(_ snapshot: AgencySnapshot, into buffer: inout Buffer, column: inout Column) {
        let months = snapshot.completionsPerMonth
        let total = months.reduce(0) { $0 + $1.count }
        if let header = column.next() {
            buffer.heading("Completions per month · \(grouped(total)) in a year", in: header, row: 0)
        }
        guard let rect = column.next(), let first = months.first, let last = months.last else { return }
        let values = months.map { Double($0.count) }
        let tail = "  \(last.count) this month"
        // Two cells a month when there is room, so the trend reads at a glance.
        let doubled = rect.width >= 2 * values.count + 10 + displayWidth(of: tail)
        let spark = Sparkline.text(values, width: values.count).map { doubled ? "\($0)\($0)" : "\($0)" }.joined()
        buffer.line([Span(monthName(first.month) + " ", .muted), Span(spark, .accent), Span(" " + monthName(last.month), .muted),
                     Span(tail)], in: rect, row: 0)
    }

    private static func monthName(_ month: Int) -> String {
        let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return names.indices.contains(month - 1) ? names[month - 1] : "?"
    }

    /// The overdue list: a heading with its search, then one line per requirement, the selected one marked
    /// (the list scrolls to keep it in view). Returns the search field's cursor while it is typed into.
    private static func overdueSection(_ snapshot: AgencySnapshot, state: AppState, into buffer: inout Buffer, area: Rect,
                                       programsSum: [String]) -> Position? {
        let items = snapshot.overdue
        let shown = overdueShown(state)
        let search = state.dashboard.search
        guard !area.isEmpty else { return nil }
        let count = search.isEmpty ? grouped(items.count) : "\(grouped(shown.count)) of \(grouped(items.count))"
        let heading = "\(overdueTitle) · \(count)"
        buffer.heading(heading, in: area.row(0), row: 0)
        // Where the programs panel takes its turn (`p`), its sum stays in sight on this line, as wide as fits.
        if search.isEmpty && !search.isEditing, let sum = programsSum.first(where: { displayWidth(of: $0) + 3 + displayWidth(of: heading) <= area.width }) {
            buffer.line(sum, in: Rect(x: area.maxX - displayWidth(of: sum), y: area.y, width: displayWidth(of: sum), height: 1),
                        row: 0, style: Style(.warning))
        }
        var cursor: Position?
        if !search.isEmpty || search.isEditing {
            let width = min(40, area.width / 2)
            let fieldArea = Rect(x: area.maxX - width, y: area.y, width: width, height: 1)
            let field = search.field(placeholder: "badge, name, unit, module")
            buffer.render(field, in: fieldArea)
            cursor = field.cursorPosition(in: fieldArea)
        }
        let list = area.offsetTop(1)
        guard !list.isEmpty else { return cursor }
        if shown.isEmpty {
            if items.isEmpty {
                buffer.line("✓ Nobody is overdue, expired, failed or on leave", in: list, row: 0, style: Style(.good))
            } else {
                buffer.line("No line matches “\(search.query)” (Esc clears the search)", in: list, row: 0, style: Style(.muted))
            }
            return cursor
        }
        let selection = state.dashboard.overdue
        let offset = TableState.offset(keeping: selection.selected, current: selection.offset, rowCount: shown.count,
                                       visibleRows: list.height)
        let wide = list.width >= 100
        for line in 0..<min(list.height, shown.count - offset) {
            let index = offset + line
            let item = items[shown[index]]
            let isSelected = index == selection.selected && state.dashboard.focus == .overdue
            buffer.line([Span(isSelected ? "▶ " : "  ", .selection, .bold),
                         Span("\(item.status.glyph) \(padded(item.status.rawValue, toWidth: 9))", item.status.role),
                         Span(padded(item.since.map { "since \($0)" } ?? "", toWidth: 17), .muted),
                         Span(padded(item.badge, toWidth: 8)), Span(fitted(item.name, toWidth: wide ? 26 : 20) + " "),
                         Span(wide ? fitted(item.unit ?? "—", toWidth: 16) + " " : "", .muted), Span(item.moduleID, .accent)],
                        in: list, row: line)
        }
        return cursor
    }

    private static func unitSection(_ snapshot: AgencySnapshot, state: AppState, into buffer: inout Buffer, column: inout Column) {
        if let header = column.next() { buffer.heading("Units · share certified", in: header, row: 0) }
        // Of the unit's serving officers with something required; an officer whose every requirement is waived
        // holds nothing, so counts in the whole but not the share.
        let rows = snapshot.units.filter { $0.standings.withRequirements > 0 }
        let focused = state.dashboard.focus == .units
        bars(rows.map { unit in (unit.unit, unit.standings.valid, unit.standings.withRequirements) },
             selected: focused ? state.dashboard.units.selected : nil,
             offset: unitOffset(state, visibleRows: column.remaining), into: &buffer, column: &column)
    }

    private static func moduleSection(_ snapshot: AgencySnapshot, state: AppState, into buffer: inout Buffer, column: inout Column) {
        if let header = column.next() { buffer.heading("Modules · share current or waived", in: header, row: 0) }
        bars(snapshot.modules.map { module in
            let ok = module.statuses[.current] + module.statuses[.expiring] + module.statuses[.waived]
            return (module.moduleID, ok, module.statuses.total)
        }, into: &buffer, column: &column)
    }

    /// One bar per row from `offset`: label, bar of part/whole, "82% 41/50"; the bar's role follows the share, and
    /// the number beside it carries the meaning without colour. The `selected` row's label is marked.
    private static func bars(_ rows: [(label: String, part: Int, whole: Int)], selected: Int? = nil, offset: Int = 0,
                             into buffer: inout Buffer, column: inout Column) {
        guard !rows.isEmpty else {
            if let rect = column.next() { buffer.line("Nothing assigned yet", in: rect, row: 0, style: Style(.muted)) }
            return
        }
        // Labels get at most about half the width, so the bars always have room to speak.
        let labelWidth = min(max(8, rows.map { displayWidth(of: $0.label) }.max() ?? 8), max(8, column.area.width * 9 / 20))
        let numbers = rows.map { "\(padded(percent($0.part, of: $0.whole), toWidth: 4, alignment: .right)) \(grouped($0.part))/\(grouped($0.whole))" }
        let numberWidth = numbers.map { displayWidth(of: $0) }.max() ?? 0
        let shown = column.remaining
        for (index, row) in rows.enumerated().dropFirst(offset) {
            guard let rect = column.next() else { return }
            if index == offset + shown - 1 && rows.count > offset + shown {
                buffer.line("… \(rows.count - index) more", in: rect, row: 0, style: Style(.muted))
                return
            }
            let share = row.whole > 0 ? Double(row.part) / Double(row.whole) : 0
            let role: ColorRole = share >= 0.9 ? .good : share >= 0.7 ? .warning : .danger
            let barWidth = max(0, rect.width - labelWidth - numberWidth - 2)
            let label = index == selected ? Span("▶ " + fitted(row.label, toWidth: max(1, labelWidth - 2)) + " ", .selection, .bold)
                : Span(fitted(row.label, toWidth: labelWidth) + " ")
            buffer.line([label, Span(BarChart.barText(fraction: share, width: barWidth), role),
                         Span(" " + padded(numbers[index], toWidth: numberWidth, alignment: .right))], in: rect, row: 0)
        }
    }
}
