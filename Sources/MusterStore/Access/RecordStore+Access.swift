import MusterCore

extension RecordStore {
    /// What `login` may do in this database: the roles it holds and the officer it is, if any.
    public func access(for login: String) throws -> AccessPolicy {
        AccessPolicy(login: login, roles: Set(try roles(login: login)), ownBadge: try officer(login: login)?.badge,
                     liaisonAgency: try liaisonAgency(login: login))
    }

    /// The access of whoever sets up a database: a database nobody holds a role in yet belongs to the login
    /// that creates it (`muster init`, `muster demo`), which is then granted coordinator in the same
    /// transaction. Once anyone holds a role, this is the login's own access.
    public func foundingAccess(for login: String) throws -> AccessPolicy {
        try roleGrants().contains(where: \.isActive) ? try access(for: login) : .coordinator(login)
    }
}

extension AccessPolicy {
    /// `check(_:)` as the store reports it: a refusal is a `StoreError`, like every other the store makes.
    func authorize(_ commands: [RecordCommand]) throws {
        do { try check(commands) } catch { throw StoreError.accessDenied(error) }
    }

    /// `check(_:)` of a read, as the store reports it.
    func authorize(_ read: RecordRead) throws {
        do { try check(read) } catch { throw StoreError.accessDenied(error) }
    }

    func authorize(_ need: AccessNeed) throws {
        do { try check(need) } catch { throw StoreError.accessDenied(error) }
    }
}
