// `expires_on` is the first day a completion no longer counts; people read a date as the last day that still
// does. Every report that prints one prints the other beside it, both taken from here so they never drift.

extension CalendarDate {
    /// The last day that still counts when `self` is the first day that no longer does.
    public var lastDayBefore: CalendarDate { adding(days: -1) }
}

extension ModuleStatusLine {
    /// The `expires_on` a report prints: none on a `failed` line, whose basis no longer makes it valid.
    public var reportedExpiresOn: CalendarDate? { status == .failed ? nil : expiresOn }

    /// `valid_through`: the last day the basis counts (`reportedExpiresOn` minus one day); nil when nothing
    /// expires or the line is `failed`.
    public var validThrough: CalendarDate? { reportedExpiresOn?.lastDayBefore }
}

extension ModuleStanding {
    /// As `ModuleStatusLine.reportedExpiresOn`, without building the line.
    public var reportedExpiresOn: CalendarDate? { status == .failed ? nil : expiresOn }

    /// As `ModuleStatusLine.validThrough`, without building the line.
    public var validThrough: CalendarDate? { reportedExpiresOn?.lastDayBefore }
}

extension CertificationStanding {
    /// `certified_through`: the last day the certification holds (`certifiedUntil` is the first day it no
    /// longer does).
    public var certifiedThrough: CalendarDate? { certifiedUntil?.lastDayBefore }
}
