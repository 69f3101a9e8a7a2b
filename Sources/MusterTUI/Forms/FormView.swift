import MusterCore
import TerminalUI

/// Draws forms: every field with its value and, under it, what is wrong with it right now.
enum FormView {
    /// A modal form centred over the content; returns the cursor position in the focused field.
    static func renderModal(_ form: FormState, state: AppState, into buffer: inout Buffer, area: Rect) -> Position? {
        var extra: [String] = []
        if case .void(_, _, let summary) = form.kind { extra.append("Completion: \(summary)") }
        if case .recordCompletion(let badge) = form.kind, let name = state.agency.value?.officer(badge: badge)?.displayName
            ?? state.detail?.detail.value?.officer.displayName {
            extra.append("Officer: \(badge) \(name)")
        }
        let height = min(area.height, form.fields.count * 2 + extra.count + 3)
        let width = min(area.width - 2, 74)
        let box = area.centered(width: width, height: height)
        // Blank the rows the form covers, edge to edge, so no fragment of the screen beneath reads as
        // part of the form.
        buffer.fill(Rect(x: 0, y: box.y, width: buffer.size.columns, height: box.height))
        buffer.render(Box(title: form.kind.title, footer: "Enter next/save · Ctrl-S save · Esc cancel"), in: box)
        let inner = Box.inner(box).inset(horizontal: 1)
        for (index, line) in extra.enumerated() {
            buffer.line(line, in: inner, row: index, style: Style(.muted))
        }
        let fieldsArea = Rect(x: inner.x, y: inner.y + extra.count, width: inner.width, height: inner.height - extra.count - 1)
        let cursor = renderFields(form, state: state, into: &buffer, area: fieldsArea)
        let footerRow = inner.height - 1
        if form.isSubmitting {
            buffer.line("Saving…", in: inner, row: footerRow, style: Style(.muted))
        } else if let error = form.submitError {
            buffer.line("✗ " + error, in: inner, row: footerRow, style: Style(.danger, .bold))
        }
        return cursor
    }

    /// The fields, two rows each (value, then problem), from the top of `area`.
    @discardableResult
    static func renderFields(_ form: FormState, state: AppState, into buffer: inout Buffer, area: Rect) -> Position? {
        let problems = FormValidation.messages(for: form, in: state.validationContext(for: form), includeEmptyRequired: form.showsAllProblems)
        let labelWidth = form.fields.map { displayWidth(of: $0.label) }.max() ?? 0
        var cursor: Position?
        for (index, field) in form.fields.enumerated() {
            let rect = Rect(x: area.x, y: area.y + index * 2, width: area.width, height: 2).intersection(area)
            guard !rect.isEmpty else { break }
            let focused = index == form.focus
            var placeholder = field.placeholder
            if field.choices != nil && focused { placeholder = "" }
            let input = field.choices != nil && focused && form.isEditing
                ? TextInput("◂ \(field.value) ▸") : field.input
            let widget = TextField(label: field.label, input: input, isFocused: focused && form.isEditing,
                                   validationMessage: problems[field.id], placeholder: placeholder, labelWidth: labelWidth)
            buffer.render(widget, in: rect)
            if focused && !form.isEditing {
                // Selected but not editing: a marker, so the selection shows without colour.
                buffer.write("▶", at: Position(column: rect.x + labelWidth, row: rect.y), style: Style(.accent, .bold), clippedTo: rect)
            }
            if focused && form.isEditing && field.choices == nil { cursor = widget.cursorPosition(in: rect) }
        }
        return cursor
    }
}
