/// Names a form field, so validation and submission can find it whatever the form's layout.
enum FieldID: String, Sendable, Hashable {
    case module, date, result, score, hours, instructor, target, assignee, due, reason, from, until, location, unit
    case attendees, kind, format, excel, output, to, time, capacity, note
}
