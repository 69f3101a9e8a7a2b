import MusterCore
import TerminalUI

/// Draws the whole screen from the state: pure, so tests render it straight to text.
enum AppView {
    static func render(_ state: AppState, size: Size) -> Frame {
        var frame = Frame(size: size)
        guard size.fits(AppState.minimumSize) else {
            frame.render(TooSmallScreen(minimum: AppState.minimumSize, actual: size), in: frame.area)
            return frame
        }
        var state = state
        state.size = size
        let layout = AppLayout(size: size)
        drawTitle(state, into: &frame.buffer, area: layout.title)
        if state.context.isOfficerView {
            frame.render(TabBar(titles: ["My training"], selected: 0, numbered: false), in: layout.tabs)
        } else {
            frame.render(TabBar(titles: Tab.allCases.map(\.title), selected: state.tab.rawValue), in: layout.tabs)
        }
        frame.buffer.write(String(repeating: "─", count: size.columns), at: Position(column: 0, row: layout.rule.y), style: Style(.border))

        if state.context.isOfficerView {
            frame.cursor = DetailView.render(state, into: &frame.buffer, area: layout.content, officerView: true)
        } else {
            switch state.tab {
            case .dashboard:
                if FirstRunView.applies(state) {
                    FirstRunView.render(state, into: &frame.buffer, area: layout.content)
                } else {
                    frame.cursor = DashboardView.render(state, into: &frame.buffer, area: layout.content)
                }
            case .officers:
                if state.detail != nil {
                    frame.cursor = DetailView.render(state, into: &frame.buffer, area: layout.content, officerView: false)
                } else {
                    frame.cursor = OfficersView.render(state, into: &frame.buffer, area: layout.content)
                }
            case .modules: frame.cursor = ModulesView.render(state, into: &frame.buffer, area: layout.content)
            case .classes: frame.cursor = ClassesView.render(state, into: &frame.buffer, area: layout.content)
            case .exports: frame.cursor = ExportsView.render(state, into: &frame.buffer, area: layout.content)
            }
        }

        switch state.modal {
        case .form(let form):
            frame.cursor = FormView.renderModal(form, state: state, into: &frame.buffer, area: layout.content)
        case .help(let scroll):
            HelpView.render(state, scroll: scroll, into: &frame)
        case .confirmQuit(let unsaved):
            ConfirmQuitView.render(unsaved: unsaved, into: &frame, area: layout.content)
        case .confirmReplace(let request):
            ConfirmReplaceView.render(request, into: &frame, area: layout.content)
        case .confirmSheet(let question):
            ClassesView.renderQuestion(question, into: &frame, area: layout.content)
        case .picker(let picker):
            PickerView.render(picker, into: &frame, area: layout.content)
        case .confirmEndWaiver(let waiver):
            EndWaiverView.render(waiver, state: state, into: &frame, area: layout.content)
        case nil:
            break
        }
        drawStatus(state, into: &frame.buffer, area: layout.status)
        frame.render(KeyHintBar(hints: Keymap.hints(for: state), help: Keymap.helpHint(for: state)), in: layout.hints)
        return frame
    }

    private static func drawTitle(_ state: AppState, into buffer: inout Buffer, area: Rect) {
        let access = state.context.access
        let who: String
        if let badge = state.context.officerBadge {
            who = access.ownBadge == badge ? "officer \(badge)" : "previewing officer \(badge)"
        } else {
            let agency = access.visibleAgency.map { " of \($0)" } ?? ""
            who = "\(access.login) (\(access.roles.map(\.rawValue).sorted().joined(separator: ", "))\(agency))"
        }
        let right = "\(who) · as of \(state.context.asOf) "
        let rightWidth = displayWidth(of: right)
        let agency = state.context.agencyName
        let name = agency.isEmpty || agency == "Muster" ? "" : " · " + agency
        buffer.line([Span(" Muster", .title, .bold), Span(name, .title)],
                    in: Rect(x: area.x, y: area.y, width: max(0, area.width - rightWidth - 1), height: 1), row: 0)
        buffer.write(right, at: Position(column: area.maxX - rightWidth, row: area.y), style: Style(.muted), clippedTo: area)
    }

    private static func drawStatus(_ state: AppState, into buffer: inout Buffer, area: Rect) {
        let inner = area.inset(horizontal: 1)
        if let status = state.status {
            let (prefix, role): (String, ColorRole) = switch status.kind {
            case .info: ("", .muted)
            case .success: ("✓ ", .good)
            case .error: ("✗ ", .danger)
            }
            buffer.line(prefix + status.text, in: inner, row: 0, style: Style(role))
            return
        }
        switch state.agency {
        case .loading where !state.context.isOfficerView:
            buffer.line("Loading the agency…", in: inner, row: 0, style: Style(.muted))
        case .failed(let message) where !state.context.isOfficerView:
            buffer.line("✗ Could not load the agency: \(message)", in: inner, row: 0, style: Style(.danger))
        case .loaded(let data) where !data.hasStandings && !state.context.isOfficerView:
            buffer.line("Computing every officer's standing… the officers list is ready to search", in: inner, row: 0, style: Style(.muted))
        default:
            break
        }
    }
}
