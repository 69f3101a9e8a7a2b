import MusterCore

extension Session {
    /// Applies `commands` and prints what `render` makes of their results on standard output before the
    /// transaction commits: for commands whose printed id is the result a script reads, a failed print (a full
    /// disk, a closed pipe) stores nothing, so a retry cannot leave a record no one heard of.
    @discardableResult
    func apply(_ commands: [RecordCommand], printing render: ([CommandResult]) throws -> String) throws -> [CommandResult] {
        try store.apply(commands, as: access) { results in try StandardStreams.out(try render(results)) }
    }
}
