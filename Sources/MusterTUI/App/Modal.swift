import MusterCore

/// A window over the screen: help, a modal form, or a quit confirmation.
enum Modal: Equatable, Sendable {
    case help(scroll: Int)
    case form(FormState)
    /// Quit was asked while a form holds unsaved input; the text names which.
    case confirmQuit(String)
    /// The export's file exists; writing it again with `replaceExisting` replaces it.
    case confirmReplace(ExportRequest)
    /// Recording or clearing a long sign-in sheet on the Classes tab (`ClassesUpdate.confirmAbove` lines).
    case confirmSheet(SheetQuestion)
    /// A list to choose one value from (a filter's values, an officer's waivers), typed to narrow.
    case picker(PickerState)
    /// Ending this waiver was asked for; it ends on the session's day once confirmed.
    case confirmEndWaiver(Waiver)
}
