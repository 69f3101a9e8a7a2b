/// What one program version makes of each module version, worked out once per curriculum: the minimums a pass of
/// it feeds and the once-every courses it is, so that summing a cycle reads integers by the pass's version
/// ordinal instead of comparing module ids and areas per pass. The rule itself stays `ProgramMinimum.matches`
/// and `OnceEvery.modules`; this only remembers their answers. A class: every officer's standing looks its terms
/// up, and copying a struct of arrays out retained each of them.
final class ProgramVersionTerms: Sendable {
    let programID: String
    let version: ModuleVersion
    let minimums: [ProgramMinimum]
    let onceEvery: [OnceEvery]
    /// The minimums (their indices, in order) that a pass of version ordinal `o` feeds:
    /// `fedIndices[fedStart[o]..<fedStart[o + 1]]`.
    private let fedStart: [Int]
    private let fedIndices: [Int]
    /// For each once-every rule, by version ordinal, whether a pass of that version is the course.
    let courses: [[Bool]]

    init(_ program: Program, terms: ProgramModuleTerms) {
        programID = program.id
        version = program.version
        minimums = program.minimums
        onceEvery = program.onceEvery
        var start = [0], indices: [Int] = []
        for version in terms.versions {
            for index in program.minimums.indices
            where program.minimums[index].matches(moduleID: version.moduleID, area: version.area) {
                indices.append(index)
            }
            start.append(indices.count)
        }
        (fedStart, fedIndices) = (start, indices)
        courses = program.onceEvery.map { rule in terms.versions.map { rule.modules.contains($0.moduleID) } }
    }

    /// Whether these are the terms of `program` (the curriculum's own, or one equal to it).
    func describes(_ program: Program) -> Bool {
        programID == program.id && version == program.version && minimums == program.minimums
            && onceEvery == program.onceEvery
    }

    /// The indices into `fedIndices` of the minimums a pass of version `ordinal` feeds.
    func fed(_ ordinal: Int) -> Range<Int> { fedStart[ordinal]..<fedStart[ordinal + 1] }

    func minimum(at position: Int) -> Int { fedIndices[position] }
}
