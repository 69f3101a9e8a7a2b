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
}
