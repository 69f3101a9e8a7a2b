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

        let summary = officerView ? nextSteps(loaded, asOf: state.context.asOf) : certificationLines(loaded, state: state)
        let summaryRows = min(summary.count, officerView ? 3 : 2)
        for (index, spans) in summary.prefix(summaryRows).enumerated() {
            buffer.line(spans, in: area, row: 1 + index)
        }
        let rest = Rect(x: area.x, y: area.y + 2 + summaryRows, width: area.width, height: area.height - 2 - summaryRows)
        let whyRows = max(2, min(6, (rest.height - 16) / 3 + 2))
        let requirementRows = max(3, min(loaded.modules.count + 2, (rest.height - whyRows - 1) / 2 + 1))
        let parts = rest.splitRows([.fixed(requirementRows), .fixed(whyRows), .fill])

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
            return [TableCell(String(completion.id)), TableCell(completion.completedOn.iso), TableCell(completion.moduleID),
                    completion.isVoided ? TableCell("void", style: Style(.muted)) : result,
                    TableCell(completion.score.map(String.init) ?? ""), note]
        }
        buffer.render(history, in: parts[2].offsetTop(1))
        return nil
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

    /// What the officer should do next, most urgent first.
    static func nextSteps(_ detail: OfficerDetail, asOf: CalendarDate) -> [[Span]] {
        var steps: [(rank: Int, date: CalendarDate?, spans: [Span])] = []
        for standing in detail.modules {
            let id = standing.moduleID
            switch standing.status {
            case .overdue:
                steps.append((0, standing.dueOn, [Span("✗ Overdue: ", .danger, .bold),
                                                  Span("\(id) was due \(standing.dueOn?.iso ?? "")", .normal), Span(" — take it as soon as you can", .muted)]))
            case .expired:
                steps.append((1, standing.expiresOn, [Span("✗ Expired: ", .danger, .bold),
                                                      Span("\(id) expired \(standing.expiresOn?.iso ?? "")"), Span(" — retake it", .muted)]))
            case .expiring:
                let days = standing.expiresOn.map { asOf.days(until: $0) } ?? 0
                steps.append((2, standing.expiresOn, [Span("! Renew: ", .warning, .bold),
                                                      Span("\(id) expires \(standing.expiresOn?.iso ?? "") (in \(days) days)")]))
            case .failed:
                steps.append((0, standing.completedOn, [Span("✗ Failed: ", .danger, .bold),
                                                        Span("\(id) re-qualification failed"), Span(" — retake it to be reinstated", .muted)]))
            case .onLeave:
                steps.append((4, standing.dueOn, [Span("– On leave: ", .muted, .bold), Span("\(id) waits until you return")]))
            case .assigned:
                let due = standing.dueOn.map { "due \($0)" } ?? "no due date"
                steps.append((3, standing.dueOn, [Span("○ To do: ", .accent, .bold), Span("\(id), \(due)")]))
            case .current, .waived:
                break
            }
        }
        if steps.isEmpty {
            return [[Span("✓ Nothing to do: every requirement is current or waived.", .good)]]
        }
        let sorted = steps.sorted { ($0.rank, $0.date?.dayNumber ?? Int.max) < ($1.rank, $1.date?.dayNumber ?? Int.max) }
        var lines = sorted.map(\.spans)
        if lines.count > 3 {
            lines = Array(lines.prefix(2)) + [[Span("… and \(sorted.count - 2) more below", .muted)]]
        }
        return lines
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
