import MusterCore
import TerminalUI

/// Where the dashboard's parts go at a size: the pictures on top (two columns), the overdue list under them and,
/// when a program is assigned, the programs panel wherever both it and the overdue list still read well:
/// - under the month chart, in the left column, when that column has rows to spare (its sections are short next
///   to the units and modules), so the overdue list keeps the whole width for its names and modules;
/// - else beside the overdue list, when the bottom is wide enough for both;
/// - else (a small terminal) one at a time: the overdue list with the programs' sum on its heading line, and the
///   panel in its place while `p` gives it the keys.
struct DashboardLayout: Equatable {
    enum ProgramsPlace: Equatable { case none, underChart, besideOverdue, byTurns }

    /// The pictures: certification status, expiry, the month chart; units and modules.
    let top: Rect
    /// The overdue list with its heading; nil while the programs panel has its place (`byTurns`).
    let overdue: Rect?
    /// The programs panel; nil without a program, or while the overdue list has its place (`byTurns`).
    let programs: Rect?
    let place: ProgramsPlace

    /// The bottom width below which the panel and the overdue list do not both read side by side: the list's
    /// status, date, badge, name and module (85 columns), a gap of 3, and the panel at its narrowest.
    static let besideWidth = 85 + 3 + panelWidth.least
    static let panelWidth = (least: 56, most: 64)

    init(_ snapshot: AgencySnapshot, area: Rect, focus: DashboardState.Focus) {
        let leftRows = Self.leftRows(snapshot)
        let rightRows = 1 + max(1, snapshot.units.count { $0.standings.withRequirements > 0 }) + 1 + 1 + max(1, snapshot.modules.count)
        // The overdue list keeps at least a heading and two lines; at larger sizes it gets what is left. The top
        // always has room for the five everyday words and the expiry bars; when rarer words lengthen the headline
        // on a small terminal, the month chart gives way first.
        let everydayRows = 1 + 5 + 1 + 4 + 1 + 2
        let most = max(everydayRows, area.height - max(4, area.height / 4))
        let plain = min(max(leftRows, rightRows), most)
        func bottom(below height: Int) -> Rect {
            Rect(x: area.x, y: area.y + height + 1, width: area.width, height: area.height - height - 1)
        }
        guard !snapshot.programs.isEmpty else {
            (top, overdue, programs, place) = (Self.rect(area, height: plain), bottom(below: plain), nil, .none)
            return
        }
        let tall = min(max(leftRows + 1 + ProgramsPanel.wantedRows(snapshot), rightRows), most)
        let spare = tall - leftRows - 1
        if spare >= ProgramsPanel.fullRows(snapshot) {
            let top = Self.rect(area, height: tall)
            let left = top.splitColumns([.percentage(50), .fill], spacing: 3)[0]
            (self.top, overdue, place) = (top, bottom(below: tall), .underChart)
            programs = Rect(x: left.x, y: left.y + leftRows + 1, width: left.width, height: spare)
            return
        }
        top = Self.rect(area, height: plain)
        let rest = bottom(below: plain)
        if rest.width >= Self.besideWidth {
            let panel = min(Self.panelWidth.most, max(Self.panelWidth.least, rest.width - 113))
            let parts = rest.splitColumns([.fill, .fixed(panel)], spacing: 3)
            (overdue, programs, place) = (parts[0], parts[1], .besideOverdue)
        } else if focus == .atRisk {
            (overdue, programs, place) = (nil, rest, .byTurns)
        } else {
            (overdue, programs, place) = (rest, nil, .byTurns)
        }
    }

    /// The left column's rows: the headline's words, the expiry bars and the month chart, with their headings.
    private static func leftRows(_ snapshot: AgencySnapshot) -> Int {
        1 + DashboardView.headlineStatuses(snapshot).count + 1 + 4 + 1 + 2
    }

    private static func rect(_ area: Rect, height: Int) -> Rect {
        Rect(x: area.x, y: area.y, width: area.width, height: height)
    }
}
