/// An officer's completions that give program hours, each with the hours and area it gives: judged once per
/// officer, then summed for every program and cycle.
struct CountingCompletions: Sendable {
    /// Plain values only, no text: copying or summing one retains nothing. Its module and area are those of
    /// its version, `ProgramModuleTerms.version(ordinal)`.
    struct Pass: Sendable {
        var id: Int64
        /// The version's `ProgramModuleTerms.Version.ordinal`.
        var ordinal: Int
        var completedOn: CalendarDate
        var hours: Double
    }

    /// Oldest first.
    let passes: [Pass]

    /// The officer's passed, non-voided completions among `completions`, judged as `init(_:terms:)` judges them.
    init(_ completions: [Completion], terms: ProgramModuleTerms) {
        var passes: [ProgramPass] = []
        passes.reserveCapacity(completions.count)
        // Fields are read in place: copying a completion out of the array retains every text it holds.
        for index in completions.indices where completions[index].result == .pass && completions[index].voidReason == nil {
            passes.append(ProgramPass(key: terms.key(completions[index].moduleID, completions[index].moduleVersion),
                                      id: completions[index].id, completedOn: completions[index].completedOn,
                                      hours: completions[index].hours))
        }
        self.init(passes, terms: terms)
    }

    /// The officer's passed, non-voided completions (any order) that give hours: the one place the evidence rule
    /// is applied, whether the passes were read whole (`init(_:terms:)` over completions) or straight from
    /// `completion_passed`.
    init(_ read: [ProgramPass], terms: ProgramModuleTerms) {
        // One pass: each one's version, looked up once, and the earliest pass of each module some version needs
        // passed first.
        var earliestPass = [CalendarDate?](repeating: nil, count: terms.prerequisiteCount)
        var judged: [(index: Int, ordinal: Int)] = []
        judged.reserveCapacity(read.count)
        for index in read.indices {
            let day = read[index].completedOn
            let slot = Int(read[index].key.slot)
            if slot >= 0, earliestPass[slot].map({ day < $0 }) ?? true {
                earliestPass[slot] = day
            }
            guard let ordinal = terms.ordinal(read[index].key, on: day) else { continue }
            judged.append((index, ordinal))
        }
        var passes: [Pass] = []
        passes.reserveCapacity(judged.count)
        var sorted = true
        for (index, ordinal) in judged {
            let day = read[index].completedOn
            // Evidence, as the status rules ask it: too few recorded hours, or a prerequisite not passed first,
            // and the attempt gives nothing.
            if let hours = read[index].hours, hours < terms.hoursNeeded[ordinal] { continue }
            let prerequisitesMet = terms.prerequisiteSlots(ordinal).allSatisfy { position in
                earliestPass[terms.prerequisiteSlot(at: position)].map { $0 <= day } ?? false
            }
            guard prerequisitesMet else { continue }
            let pass = Pass(id: read[index].id, ordinal: ordinal, completedOn: day,
                            hours: read[index].hours ?? terms.hours[ordinal])
            if let last = passes.last, (last.completedOn, last.id) > (day, pass.id) { sorted = false }
            passes.append(pass)
        }
        // A read in date order (`completion_passed`) needs no sort.
        if !sorted { passes.sort { ($0.completedOn, $0.id) < ($1.completedOn, $1.id) } }
        self.passes = passes
    }
}

/// What program counting reads of each module version, looked up once per curriculum rather than copied out of
/// the whole module for every completion. The modules some version needs passed first are numbered, so an
/// officer's earliest pass of each is an array slot rather than a dictionary entry.
struct ProgramModuleTerms: Sendable {
    final class Version: Sendable {
        let moduleID: String
        let version: ModuleVersion
        /// Its place in `ProgramModuleTerms.versions`, by which precomputed program terms are indexed.
        let ordinal: Int
        let effective: CalendarDate
        let area: TrainingArea
        let hours: Double
        let hoursNeeded: Double
        /// The slots of `Module.prerequisites`.
        let prerequisiteSlots: [Int]

        init(_ module: Module, ordinal: Int, slots: [String: Int]) {
            moduleID = module.id
            version = module.version
            self.ordinal = ordinal
            effective = module.effective
            area = module.area
            hours = module.hours
            hoursNeeded = module.hoursNeeded
            prerequisiteSlots = module.prerequisites.compactMap { slots[$0] }
        }
    }

    /// A module's versions (their ordinals, oldest first: the curriculum lists them by id, then version).
    /// Plain values: finding one retains nothing.
    struct ModuleTerms: Sendable {
        let versions: Range<Int>
    }

    private let modules: [String: ModuleTerms]
    /// Every version of every module, numbered by `Version.ordinal`.
    let versions: [Version]
    /// What judging a pass reads of its version, copied out by ordinal so that it reads no class.
    private let numbers: [ModuleVersion]
    private let effectives: [CalendarDate]
    let hours: [Double]
    let hoursNeeded: [Double]
    /// The slots a version's prerequisites hold: `slotList[slotStart[o]..<slotStart[o + 1]]`.
    private let slotStart: [Int]
    private let slotList: [Int]
    /// Every module some version needs passed first, numbered; a module the curriculum does not hold may be one.
    private let slots: [String: Int]

    init(_ curriculum: Curriculum) {
        var slots: [String: Int] = [:]
        for module in curriculum.moduleVersions {
            for prerequisite in module.prerequisites where slots[prerequisite] == nil { slots[prerequisite] = slots.count }
        }
        var versions: [Version] = []
        var modules: [String: ModuleTerms] = [:]
        for module in curriculum.moduleVersions {
            versions.append(Version(module, ordinal: versions.count, slots: slots))
            let first = modules[module.id]?.versions.lowerBound ?? versions.count - 1
            modules[module.id] = ModuleTerms(versions: first..<versions.count)
        }
        self.versions = versions
        self.modules = modules
        self.slots = slots
        numbers = versions.map(\.version)
        effectives = versions.map(\.effective)
        hours = versions.map(\.hours)
        hoursNeeded = versions.map(\.hoursNeeded)
        var start = [0], list: [Int] = []
        for version in versions {
            list += version.prerequisiteSlots
            start.append(list.count)
        }
        (slotStart, slotList) = (start, list)
    }

    func ordinalVersion(_ ordinal: Int) -> ModuleVersion { numbers[ordinal] }

    func effective(of ordinal: Int) -> CalendarDate { effectives[ordinal] }

    /// Positions in the slot list of the version's prerequisites (`prerequisiteSlot(at:)`).
    func prerequisiteSlots(_ ordinal: Int) -> Range<Int> { slotStart[ordinal]..<slotStart[ordinal + 1] }

    func prerequisiteSlot(at position: Int) -> Int { slotList[position] }

    var prerequisiteCount: Int { slots.count }

    func module(_ id: String) -> ModuleTerms? { modules[id] }

    /// The slot of a module (held by the curriculum or not) that some version needs passed first.
    func prerequisiteSlot(_ id: String) -> Int? { slots.isEmpty ? nil : slots[id] }
}
