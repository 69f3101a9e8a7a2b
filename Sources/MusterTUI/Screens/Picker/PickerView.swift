import TerminalUI

/// The picker over the screen, centred in the content area.
enum PickerView {
    static func widget(_ picker: PickerState) -> Picker {
        let shown = picker.shown
        let footer = picker.options.count == shown.count ? "\(shown.count) to choose from" : "\(shown.count) of \(picker.options.count)"
        return Picker(title: picker.title, filter: picker.filter.input, options: shown.map { picker.options[$0].label },
                      state: picker.list, footer: footer, emptyMessage: "Nothing matches “\(picker.filter.query)”",
                      maxWidth: maxWidth(picker.purpose))
    }

    /// Filter values are short; a waiver's line carries its period and reason, so its picker may span the screen.
    private static func maxWidth(_ purpose: PickerState.Purpose) -> Int {
        switch purpose {
        case .waivers, .incidents: return 116
        case .unitFilter, .statusFilter: break
        }
        return 72
    }

    static func render(_ picker: PickerState, into frame: inout Frame, area: Rect) {
        let widget = widget(picker)
        frame.render(widget, in: area)
        frame.cursor = widget.cursorPosition(in: area)
    }

    /// The rows the picker lists at once (for paging).
    static func visibleRows(_ picker: PickerState, content: Rect) -> Int {
        max(1, Picker.listArea(in: widget(picker).frame(in: content)).height)
    }
}
