/// Loads a curriculum for commands that need one: the shipped curricula, or a folder the user names
/// with `--curricula DIR`. A curriculum with any problem is refused whole, with every problem listed.
public enum CurriculumLoader {
    /// The files of `directory`, or the shipped files when it is nil.
    public static func files(from directory: String?) throws -> [CurriculaFile] {
        guard let directory else { return ShippedCurricula.files }
        return try CurriculaFile.read(path: directory)
    }

    public static func load(from directory: String?) throws -> Curriculum {
        let lint = CurriculumLint.check(try files(from: directory))
        guard lint.isClean else { throw CurriculumLoadError(diagnostics: lint.diagnostics) }
        return lint.curriculum
    }
}

/// A curriculum that did not lint clean; its description lists every problem, one per line.
public struct CurriculumLoadError: Error, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public var description: String {
        (["the curricula have \(diagnostics.count) problem(s); run `muster curricula lint` for details:"]
            + diagnostics.map(\.description)).joined(separator: "\n")
    }
}
