import MusterCore
import TerminalUI

/// One officer's record: who they are, their certifications (or, in the officer view, what to do next),
/// every requirement with status and dates, the reason in words for the selected line, and the full
/// completion history including voided and failed attempts.
enum DetailView {
    static func render(_ state: AppState, into buffer: inout Buffer, area: Rect, officerView: Bool) -> Position? {
        guard let detailState = state.detail else { return nil }
        let loaded: OfficerDetail
        switch detailState.detail {
        case .loading:
            buffer.line("Loading \(detailState.badge)…", in: area, row: 1, style: Style(.muted))
            return nil
        case .failed(let message):
            buffer.line("✗ Could not load \(detailState.badge): \(message)", in: area, row: 1, style: Style(.danger))
            return nil
        case .loaded(let value):
            loaded = value
        }
        let officer = loaded.officer
        var facts = [officer.unit, officer.rank].compactMap { $0 }
        facts.append(officer.status.rawValue)
        if let agency = officer.agency { facts.append("agency \(agency)") }
        if let latest = loaded.incidents.last {
            facts.append("\(loaded.incidents.count) incident\(loaded.incidents.count == 1 ? "" : "s"), latest \(latest.occurredOn.iso) \(latest.kind.rawValue)")
        }
        let title = officerView ? "My training · " : ""
        buffer.line([Span("\(title)\(officer.badge)  ", .title, .bold), Span(officer.displayName, .title, .bold),
                     Span("  " + facts.joined(separator: " · "), .muted)], in: area, row: 0)

        let summary = self.summary(loaded, state: state, officerView: officerView)
        let summaryRows = min(summary.count, officerView ? 3 : 2)
        for (index, spans) in summary.prefix(summaryRows).enumerated() {
            buffer.line(spans, in: area, row: 1 + index)
        }
        // Each state program as a bar of hours with its minimums (`ProgramProgressView`), when any is assigned.
        ProgramProgressView.render(loaded.programs, into: &buffer,
                                   area: Rect(x: area.x, y: area.y + 1 + summaryRows, width: area.width,
                                              height: ProgramProgressView.rows(loaded.programs, height: area.height)))
        let parts = self.parts(loaded, summaryRows: summaryRows, area: area)

        let onRequirements = detailState.pane == .requirements
        paneTitle("Requirements · \(loaded.modules.count)", focused: onRequirements, into: &buffer, area: parts[0])
        let requirements = Table(
            columns: [TableColumn("Module", width: .fill(1)), TableColumn("Status", width: .fixed(11)),
                      TableColumn("Completed", width: .fixed(10)), TableColumn("Expires", width: .fixed(10)),
                      TableColumn("Due", width: .fixed(10))],
            rowCount: loaded.modules.count,
            state: onRequirements ? detailState.requirements : TableState(selected: nil, offset: detailState.requirements.offset),
            emptyMessage: "Nothing is assigned to this officer"
        ) { index in
            let standing = loaded.modules[index]
            let title = state.context.curriculum.module(standing.moduleID)?.title ?? standing.moduleID
            // Training an event triggered says so, since it is owed for a reason beyond the calendar.
            let origin = standing.origin == .routine ? "" : " (\(standing.origin.rawValue))"
            return [TableCell(title + origin), TableCell(standing.status.label, style: Style(standing.status.role)),
                    TableCell(standing.completedOn?.iso ?? "—"), TableCell(standing.reportedExpiresOn?.iso ?? "—"),
                    TableCell(standing.dueOn?.iso ?? "—")]
        }
        buffer.render(requirements, in: parts[0].inset(vertical: 0).offsetTop(1))

        // The reason in words, then (when there is room) the notes an auditor reads: what requires the
        // module and why each other record does or does not count.
        var why: [(String, Style)] = []
        if onRequirements, let standing = detailState.selectedStanding {
            why = wrapped("Why: " + standing.reason, width: parts[1].width).map { ($0, Style(.accent)) }
            for note in standing.notes {
                why += wrapped("· " + note, width: parts[1].width).map { ($0, Style(.muted)) }
            }
        } else if let completion = detailState.selectedCompletion {
            why = wrapped(completionNote(completion, detail: loaded), width: parts[1].width).map { ($0, Style(.accent)) }
        }
        for (index, line) in why.prefix(parts[1].height).enumerated() {
            buffer.line(line.0, in: parts[1], row: index, style: line.1)
        }

        paneTitle("History · \(loaded.completions.count) completion\(loaded.completions.count == 1 ? "" : "s"), voided and failed included", focused: !onRequirements,
                  into: &buffer, area: parts[2])
        let history = Table(
            columns: [TableColumn("#", width: .fixed(5), alignment: .right), TableColumn("Date", width: .fixed(10)),
                      TableColumn("Module", width: .fill(1)), TableColumn("Result", width: .fixed(8)),
                      TableColumn("Score", width: .fixed(5), alignment: .right), TableColumn("Note", width: .fill(1))],
            rowCount: loaded.completions.count,
            state: onRequirements ? TableState(selected: nil, offset: detailState.history.offset) : detailState.history,
            emptyMessage: "No completions recorded"
        ) { index in
            let completion = loaded.completions[index]
            let result = completion.result == .pass ? TableCell("✓ pass", style: Style(.good)) : TableCell("✗ fail", style: Style(.danger))
            let note: TableCell = completion.voidReason.map { TableCell("VOID: \($0)", style: Style(.danger)) }
                ?? TableCell(completion.instructor.map { "by \($0)" } ?? "", style: Style(.muted))
            let module = officerView ? state.context.curriculum.module(completion.moduleID)?.title ?? completion.moduleID : completion.moduleID
            return [TableCell(String(completion.id)), TableCell(completion.completedOn.iso), TableCell(module),
                    completion.isVoided ? TableCell("void", style: Style(.muted)) : result,
                    TableCell(completion.score.map(String.init) ?? ""), note]
        }
        buffer.render(history, in: parts[2].offsetTop(1))
        return nil
    }

    /// The lines under the officer's name: certifications (coordinators) or what to do next (officers).
    private static func summary(_ loaded: OfficerDetail, state: AppState, officerView: Bool) -> [[Span]] {
        officerView ? nextSteps(loaded, state: state) : certificationLines(loaded, state: state)
    }

    /// The requirements pane, the reason under it, and the history pane.
    /// The program bars (`ProgramProgressView`) sit between the summary and these.
    private static func parts(_ loaded: OfficerDetail, summaryRows: Int, area: Rect) -> [Rect] {
        let top = 2 + summaryRows + ProgramProgressView.rows(loaded.programs, height: area.height)
        let rest = Rect(x: area.x, y: area.y + top, width: area.width, height: area.height - top)
        let whyRows = max(2, min(6, (rest.height - 16) / 3 + 2))
        let requirementRows = max(3, min(loaded.modules.count + 2, (rest.height - whyRows - 1) / 2 + 1))
        return rest.splitRows([.fixed(requirementRows), .fixed(whyRows), .fill])
    }

    /// Where the requirements and history tables sit (their headers included), for clicks.
    static func tableAreas(_ state: AppState, content: Rect) -> (requirements: Rect, history: Rect)? {
        guard let loaded = state.detail?.detail.value else { return nil }
        let officerView = state.context.isOfficerView
        let summaryRows = min(summary(loaded, state: state, officerView: officerView).count, officerView ? 3 : 2)
        let parts = parts(loaded, summaryRows: summaryRows, area: content)
        return (parts[0].offsetTop(1), parts[2].offsetTop(1))
    }

    private static func paneTitle(_ text: String, focused: Bool, into buffer: inout Buffer, area: Rect) {
        let marker = focused ? "▸ " : "  "
        buffer.line([Span(marker + text, focused ? Style(.title, .bold) : Style(.muted, .bold))], in: area, row: 0)
    }

    /// One line per assigned certification: "✓ certified Patrol use of force through 2027-02-28", naming the
    /// last day it holds (a bare "until" reads either way).
    private static func certificationLines(_ detail: OfficerDetail, state: AppState) -> [[Span]] {
        guard !detail.certifications.isEmpty else {
            return [[Span("No certification assigned", .muted)]]
        }
        let parts = detail.certifications.map { standing -> [Span] in
            let title = state.context.curriculum.certification(standing.certificationID)?.title ?? standing.certificationID
            let until = standing.certifiedThrough.map { " through \($0)" } ?? ""
            return [Span(standing.status.label, standing.status.role), Span(" \(title)\(until)")]
        }
        // Two certifications share a line when they fit; the rest follow.
        var lines: [[Span]] = []
        for part in parts {
            if var last = lines.last, lines.count >= 1, last.count == 2, part.count == 2 {
                last.append(Span("   "))
                last.append(contentsOf: part)
                lines[lines.count - 1] = last
            } else {
                lines.append(part)
            }
        }
        return lines
    }

    /// What the officer should do next, most urgent first: the date that matters, then the module's title
    /// (a narrow screen cuts the title, never the date); then the classes they are enrolled in (`enrolledClasses`).
    static func nextSteps(_ detail: OfficerDetail, state: AppState) -> [[Span]] {
        let asOf = state.context.asOf
        var steps: [(rank: Int, date: CalendarDate?, spans: [Span])] = []
        for standing in detail.modules {
            let title = state.context.curriculum.module(standing.moduleID)?.title ?? standing.moduleID
            switch standing.status {
            case .overdue:
                steps.append((0, standing.dueOn, [Span("✗ Overdue: ", .danger, .bold),
                                                  Span("due \(standing.dueOn?.iso ?? "") · \(title)", .normal), Span(" — take it as soon as you can", .muted)]))
            case .expired:
                steps.append((1, standing.expiresOn, [Span("✗ Expired: ", .danger, .bold),
                                                      Span("\(standing.expiresOn?.iso ?? "") · \(title)"), Span(" — retake it", .muted)]))
            case .expiring:
                let days = standing.expiresOn.map { asOf.days(until: $0) } ?? 0
                steps.append((2, standing.expiresOn, [Span("! Renew: ", .warning, .bold),
                                                      Span("by \(standing.expiresOn?.iso ?? "") (in \(days) days) · \(title)")]))
            case .failed:
                steps.append((0, standing.completedOn, [Span("✗ Failed: ", .danger, .bold),
                                                        Span("\(title): re-qualification failed"), Span(" — retake it to be reinstated", .muted)]))
            case .onLeave:
                steps.append((4, standing.dueOn, [Span("– On leave: ", .muted, .bold), Span("\(title) waits until you return")]))
            case .assigned:
                let due = standing.dueOn.map { "due \($0)" } ?? "no due date"
                steps.append((3, standing.dueOn, [Span("○ To do: ", .accent, .bold), Span("\(due) · \(title)")]))
            case .current, .waived:
                break
            }
        }
        let classes = enrolledClasses(detail, state: state)
        if steps.isEmpty {
            return [[Span("✓ Nothing to do: every requirement is current or waived.", .good)]] + classes
        }
        let sorted = steps.sorted { ($0.rank, $0.date?.dayNumber ?? Int.max) < ($1.rank, $1.date?.dayNumber ?? Int.max) }
        var lines = sorted.map(\.spans)
        let room = 3 - min(1, classes.count)
        if lines.count > room {
            lines = Array(lines.prefix(room - 1)) + [[Span("… and \(sorted.count - room + 1) more below", .muted)]]
        }
        return lines + classes.prefix(1)
    }

    /// The classes the officer is enrolled in, soonest first, one line each ("▸ Class: <module title>, <date>
    /// <time> at <place>"). A slot for scheduling: `OfficerDetail` does not carry enrolments yet, so nothing
    /// is listed; `nextSteps` already keeps a line for the first of them.
    static func enrolledClasses(_ detail: OfficerDetail, state: AppState) -> [[Span]] {
        enrolledClassLines(detail, curriculum: state.context.curriculum)
    }

    /// The engine's verdict on one completion, in words.
    private static func completionNote(_ completion: Completion, detail: OfficerDetail) -> String {
        if let reason = completion.voidReason { return "#\(completion.id) was voided: \(reason); it never counts." }
        let note = detail.modules.first { $0.moduleID == completion.moduleID }?.notes
            .first { $0.hasPrefix("completion #\(completion.id) ") }
        if let note { return note.prefix(1).uppercased() + note.dropFirst() }
        if completion.result == .fail { return "#\(completion.id) was failed, so it does not count." }
        return "#\(completion.id): \(completion.moduleID) is not currently required of this officer."
    }
}
