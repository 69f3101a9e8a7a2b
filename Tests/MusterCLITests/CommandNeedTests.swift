import MusterCore
@testable import MusterCLI
import Testing

/// Every command over the records declares what the login must be allowed, and `Session.open` refuses a
/// login without it first; this table pins each command line to its need.
@Suite("Each records command declares the access it needs")
struct CommandNeedTests {
    @Test("the need of each command line", arguments: [
        (["init"], AccessNeed.write(.manageUsers)),
        (["curricula", "load"], .write(.loadCurricula)),
        (["officers", "import", "x.csv"], .write(.manageOfficers)),
        (["officers", "add", "--badge", "1"], .write(.manageOfficers)),
        (["officers", "edit", "1"], .write(.manageOfficers)),
        (["officers", "separate", "1"], .write(.manageOfficers)),
        (["officers", "list"], .read(.visibleRecords)),
        (["officers", "show", "1"], .read(.officer(badge: "1"))),
        (["assign", "m", "--officer", "1"], .write(.assign)),
        (["assignments", "list"], .read(.visibleRecords)),
        (["assignments", "list", "--officer", "7"], .read(.officer(badge: "7"))),
        (["assignments", "end", "3"], .write(.assign)),
        (["record", "m", "--officer", "1"], .write(.recordCompletions)),
        (["record", "--from", "r.csv"], .write(.recordCompletions)),
        (["void", "3", "--reason", "x"], .write(.voidCompletions)),
        (["waive", "m", "--officer", "1", "--reason", "x"], .write(.waive)),
        (["waivers", "list"], .read(.visibleRecords)),
        (["waivers", "list", "--officer", "7", "--active"], .read(.officer(badge: "7"))),
        (["waivers", "end", "3", "--on", "2026-01-01"], .write(.waive)),
        (["status"], .read(.visibleRecords)),
        (["status", "--officer", "9"], .read(.officer(badge: "9"))),
        (["export", "roster"], .read(.export)),
        (["export", "compliance"], .read(.export)),
        (["audit", "verify"], .read(.auditTrail)),
        (["audit", "log"], .read(.auditTrail)),
        (["users", "list"], .read(.roleGrants)),
        (["users", "grant", "a", "officer"], .write(.manageUsers)),
        (["users", "revoke", "a", "officer"], .write(.manageUsers)),
        (["demo"], .write(.manageUsers)),
        ([], .read(.visibleRecords)),
        (["--as", "5"], .read(.allRecords)),
    ])
    func need(arguments: [String], expected: AccessNeed) throws {
        let command = try MusterCommand.parseAsRoot(arguments)
        let records = try #require(command as? any RecordsCommand, "\(arguments) opens no session")
        #expect(records.need == expected)
    }

    @Test("commands that open no database are not records commands", arguments: [
        ["keys"], ["curricula", "list"], ["curricula", "lint"], ["setup", "shared"],
    ])
    func noSession(arguments: [String]) throws {
        #expect(!(try MusterCommand.parseAsRoot(arguments) is any RecordsCommand))
    }
}
