/// What a command or a screen must be allowed before it does anything else: a write of some kind (its
/// permission) or a read. Each CLI command declares one, and the CLI refuses a login without it before the
/// command reads a file, parses a date or looks anything up.
public enum AccessNeed: Sendable, Equatable {
    case write(Permission)
    case read(RecordRead)
}

extension AccessPolicy {
    /// Nil when the login has what `need` names; otherwise why not.
    public func refusal(for need: AccessNeed) -> String? {
        switch need {
        case .write(let permission): refusal(for: permission)
        case .read(let read): refusal(reading: read)
        }
    }

    /// Throws the refusal when the login lacks what `need` names.
    public func check(_ need: AccessNeed) throws(AccessDenied) {
        if let refusal = refusal(for: need) { throw AccessDenied(refusal) }
    }
}
