extension Curriculum {
    /// The newest version of each program, sorted by id.
    public var programs: [Program] {
        var newest: [Program] = []
        for program in programVersions {
            if newest.last?.id == program.id { newest[newest.count - 1] = program } else { newest.append(program) }
        }
        return newest
    }

    /// Every loaded version of a program, oldest first.
    public func versions(ofProgram id: String) -> [Program] {
        programVersions.filter { $0.id == id }
    }

    /// The newest loaded version of a program.
    public func program(_ id: String) -> Program? {
        programVersions.last { $0.id == id }
    }

    /// The version in force on `day`: the newest effective by then; nil before the first.
    public func program(_ id: String, inForceOn day: CalendarDate) -> Program? {
        programVersions.last { $0.id == id && $0.effective <= day }
    }
}
