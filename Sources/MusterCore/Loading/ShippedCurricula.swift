/// The curricula shipped with Muster, embedded in the binary at build time from the package's
/// `Curricula/` folder, so an installed `muster` needs no files beside it.
public enum ShippedCurricula {
    /// The embedded files, with paths shown as `Curricula/…`.
    public static var files: [CurriculaFile] {
        ShippedCurriculaFiles.files.map { CurriculaFile(path: "Curricula/\($0.path)", text: $0.text) }
    }
}
