/// A passed, non-voided completion as program hours read it, before its evidence is judged: its id, day and
/// recorded hours, and what the curriculum makes of its module and version (`Key`), looked up once per distinct
/// pair by a reader of millions of them (`ProgramEngine.passKey`). Plain values: no text, nothing retained.
public struct ProgramPass: Sendable, Equatable {
    /// What the curriculum makes of one (module id, version) pair, whatever the day.
    public struct Key: Sendable, Equatable {
        /// The module's version ordinals (`ProgramModuleTerms.versions`); empty when the curriculum holds none.
        let versions: Range<Int32>
        /// The ordinal of the pair's own version, -1 when the module has no version of that number.
        let own: Int32
        /// The module's slot when some version needs it passed first (`ProgramModuleTerms`), else -1.
        let slot: Int32
    }

    public var key: Key
    public var id: Int64
    public var completedOn: CalendarDate
    public var hours: Double?

    public init(key: Key, id: Int64, completedOn: CalendarDate, hours: Double?) {
        self.key = key
        self.id = id
        self.completedOn = completedOn
        self.hours = hours
    }
}

extension ProgramModuleTerms {
    func key(_ moduleID: String, _ version: ModuleVersion) -> ProgramPass.Key {
        let versions = module(moduleID)?.versions ?? 0..<0
        let own = versions.first { ordinalVersion($0) == version }
        return ProgramPass.Key(versions: Int32(versions.lowerBound)..<Int32(versions.upperBound),
                               own: own.map(Int32.init) ?? -1, slot: prerequisiteSlot(moduleID).map(Int32.init) ?? -1)
    }

    /// The ordinal a pass of `key` on `day` is judged by: its own version's, else the one in force on its day,
    /// else the module's first (as `Curriculum` decides); nil for a module the curriculum does not hold.
    func ordinal(_ key: ProgramPass.Key, on day: CalendarDate) -> Int? {
        if key.own >= 0 { return Int(key.own) }
        let versions = Int(key.versions.lowerBound)..<Int(key.versions.upperBound)
        if let inForce = versions.last(where: { effective(of: $0) <= day }) { return inForce }
        return versions.isEmpty ? nil : versions.lowerBound
    }
}

extension ProgramEngine {
    /// What the curriculum makes of passes of `moduleID` at `version`, for `standings(for:passes:programs:asOf:)`:
    /// a reader looks it up once per distinct pair.
    public func passKey(moduleID: String, version: ModuleVersion) -> ProgramPass.Key {
        terms.key(moduleID, version)
    }
}
