extension CurriculaFile {
    /// The file's name without its folder and its `.yaml`/`.yml`: what a roster profile's id must be.
    var stem: String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if name.hasSuffix(".yaml") { return String(name.dropLast(5)) }
        if name.hasSuffix(".yml") { return String(name.dropLast(4)) }
        return name
    }
}
