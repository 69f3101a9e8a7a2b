/// The Exports tab: the export form, the preview of its first rows, and a running or finished write.
struct ExportsState: Equatable, Sendable {
    var form: FormState
    var preview: Loadable<ExportPreview>?
    /// The request the preview was made for, so a stale preview is never shown as current.
    var previewedRequest: ExportRequest?
    var progress: ExportProgress?
    var isWriting = false
    /// The request being written, asked about again if its file turns out to exist.
    var writing: ExportRequest?
    var result: ExportResult?
    var error: String?
}
