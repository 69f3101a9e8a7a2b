import GRDB
import MusterCore

extension CommandContext {
    /// A partner agency: an id officers and liaison grants name. `home` is the home agency's id and is never stored.
    func addAgency(_ agency: Agency) throws -> CommandResult {
        let id = try RecordRules.nonEmpty(agency.id, field: "agency")
        let name = try RecordRules.nonEmpty(agency.name, field: "name")
        guard id != Agency.homeID else {
            throw StoreError.invalidField(field: "agency", problem: "'\(Agency.homeID)' names the home agency, which needs no adding")
        }
        if try Bool.fetchOne(db, sql: "SELECT 1 FROM agency WHERE id = ?", arguments: [id]) == true {
            throw StoreError.invalidField(field: "agency", problem: "agency '\(id)' already exists")
        }
        try db.execute(sql: "INSERT INTO agency (id, name, added_at) VALUES (?, ?, ?)", arguments: [id, name, occurredAt])
        try audit(action: "addAgency", entity: .agency, key: id, before: nil)
        return .agencyAdded(id: id)
    }

    /// Refuses an agency that is not a stored partner agency (an officer's, a liaison grant's).
    func requireAgency(_ id: String) throws {
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM agency WHERE id = ?", arguments: [id]) == true else {
            throw StoreError.invalidField(
                field: "agency", problem: "unknown agency '\(id)' (add it with `muster agencies add`; the home agency is '\(Agency.homeID)')")
        }
    }

    func grantLiaison(login: String, agency: String) throws -> CommandResult {
        let login = try RecordRules.nonEmpty(login, field: "login")
        try requireAgency(agency)
        if let held = try String.fetchOne(
            db, sql: "SELECT agency FROM liaison_grant WHERE login = ? AND revoked_at IS NULL LIMIT 1", arguments: [login]) {
            guard held == agency else {
                throw StoreError.invalidField(
                    field: "agency", problem: "'\(login)' is already liaison of agency '\(held)'; revoke that first")
            }
            return .roleGranted(login: login, role: .liaison, changed: false)
        }
        try db.execute(
            sql: "INSERT INTO liaison_grant (login, agency, granted_at, granted_by) VALUES (?, ?, ?, ?)",
            arguments: [login, agency, occurredAt, actor])
        try audit(action: "grantRole", entity: .liaisonGrant, key: String(db.lastInsertedRowID), before: nil)
        return .roleGranted(login: login, role: .liaison, changed: true)
    }

    func revokeLiaison(login: String) throws -> CommandResult {
        guard let id = try Int64.fetchOne(
            db, sql: "SELECT id FROM liaison_grant WHERE login = ? AND revoked_at IS NULL LIMIT 1", arguments: [login])
        else { throw StoreError.roleNotHeld(login: login, role: .liaison) }
        let before = try AuditEntity.liaisonGrant.snapshot(db, key: String(id))
        try db.execute(sql: "UPDATE liaison_grant SET revoked_at = ?, revoked_by = ? WHERE id = ?", arguments: [occurredAt, actor, id])
        try audit(action: "revokeRole", entity: .liaisonGrant, key: String(id), before: before)
        return .roleRevoked(login: login, role: .liaison)
    }
}
