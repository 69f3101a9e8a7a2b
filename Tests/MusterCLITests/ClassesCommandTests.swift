import Foundation
import MusterCore
import MusterTestSupport
import Testing

extension CLISuites {
    /// `muster classes …` and `assign` of what is already assigned, through the real executable.
    @Suite("muster classes: schedule, enrol, attend, record")
    struct ClassesCommandTests {
        let folder: TemporaryDirectory
        let muster: MusterBinary
        let today = CalendarDate.today()

        init() throws {
            (folder, muster) = try MusterBinary.inTemporaryAgency()
            #expect(try muster.initAgency(officers: "badge,last_name,first_name,unit\n1001,Núñez,Ana,Patrol\n"
                + "1002,Obrien,Pat,Patrol\n1003,Li,Wei,Patrol\n1004,Smith,Jo,Traffic\n").status == 0)
        }

        func succeeds(_ arguments: String...) throws -> MusterBinary.Run {
            try succeeds(arguments)
        }

        func succeeds(_ arguments: [String]) throws -> MusterBinary.Run {
            let run = try muster.run(arguments)
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            return run
        }

        func json(_ arguments: String...) throws -> Any {
            try JSONSerialization.jsonObject(with: Data(try muster.run(arguments).stdout.utf8))
        }

        @Test("add → enrol by unit → attend → record → re-record, and a session ahead cannot be recorded")
        func wholeFlow() throws {
            defer { folder.remove() }
            _ = try succeeds("assign", "uof-wellness", "--unit", "Patrol", "--due", today.iso)
            let ahead = try succeeds("classes", "add", "uof-wellness", "--on", today.adding(days: 14).iso, "--at", "9:30",
                                     "--place", "Range B", "--instructor", "Sgt. Ruiz", "--capacity", "2").stdout
            #expect(ahead == "1\n")
            let id = try succeeds("classes", "add", "uof-wellness", "--on", today.iso, "--capacity", "3").stdout
                .trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(id == "2")

            let upcoming = try #require(try json("classes", "list", "--format", "json") as? [[String: Any]])
            #expect(upcoming.map { $0["id"] as? String } == ["2", "1"])
            #expect(upcoming.last?["starts_at"] as? String == "09:30")
            #expect(upcoming.last?["capacity"] as? String == "2")

            // Without --yes and without a terminal: the list, and nothing written.
            let listed = try succeeds("classes", "enrol", "1", "--unit", "Patrol", "--due-before")
            #expect(listed.stdout.contains("1001  Núñez, Ana"))
            #expect(listed.stdout.contains("1 more owe it, but the class seats 2"))
            #expect(listed.stdout.contains("nothing written"))
            let unchanged = try #require(try json("classes", "list", "--format", "json") as? [[String: Any]])
            #expect(unchanged.last?["enrolled"] as? String == "0")
            #expect(try succeeds("classes", "enrol", "1", "--unit", "Patrol", "--due-before", "--yes").stdout
                .contains("enrolled 2 in class 1: 1001, 1002"))
            let over = try muster("classes", "enrol", "1", "1003")
            #expect(over.status == 1 && over.stderr.contains("over capacity"))
            let early = try muster("classes", "record", "1")
            #expect(early.status == 1 && early.stderr.contains("after today"))

            #expect(try succeeds("classes", "enrol", id, "1001", "1002", "1004").stdout.contains("enrolled 3"))
            _ = try succeeds("classes", "attend", id, "1001", "1004", "--present")
            _ = try succeeds("classes", "attend", id, "1002", "--absent")
            let recorded = try succeeds("classes", "record", id).stdout
            #expect(recorded.contains("recorded 2 completion(s) for class 2"))
            #expect(recorded.contains("not marked present, no completion: 1002"))
            let again = try succeeds("classes", "record", id).stdout
            #expect(again.contains("already on record, nothing new written: 1001, 1004"))
            #expect(!again.contains("recorded 2"))

            let shown = try #require(try json("classes", "show", id, "--format", "json") as? [String: Any])
            let enrolments = try #require(shown["enrolments"] as? [[String: Any]])
            #expect(enrolments.map { $0["attendance"] as? String } == ["present", "absent", "present"])
            let officer = try #require(try json("officers", "show", "1001", "--format", "json") as? [String: Any])
            let completions = try #require(officer["completions"] as? [[String: Any]])
            #expect(completions.count == 1 && completions.first?["hours"] as? Double == 2)

            #expect(try succeeds("classes", "cancel", "1").stdout.contains("cancelled class 1"))
            let list = try #require(try json("classes", "list", "--all", "--format", "json") as? [[String: Any]])
            #expect(list.first { $0["id"] as? String == "1" }?["cancelled_on"] as? String == today.iso)
            #expect(try succeeds("audit", "verify").status == 0)
        }

        @Test("--format json on add, enrol, attend, record and cancel: one object each, parsed")
        func jsonResults() throws {
            defer { folder.remove() }
            func object(_ arguments: String...) throws -> [String: Any] {
                let run = try succeeds(arguments + ["--format", "json"])
                return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "\(run.stdout)")
            }
            _ = try succeeds("assign", "uof-wellness", "--unit", "Patrol", "--due", today.iso)
            let added = try object("classes", "add", "uof-wellness", "--on", today.iso, "--at", "9:30", "--place", "Range B",
                                   "--capacity", "2")
            #expect(added["id"] as? Int == 1 && added["module_id"] as? String == "uof-wellness")
            #expect(added["held_on"] as? String == today.iso && added["starts_at"] as? String == "09:30")
            #expect(added["location"] as? String == "Range B" && added["capacity"] as? Int == 2)
            #expect(added["instructor"] is NSNull)

            let listed = try object("classes", "enrol", "1", "--unit", "Patrol", "--due-before")
            #expect(listed["written"] as? Bool == false && listed["owing"] as? Int == 3)
            #expect((listed["candidates"] as? [[String: Any]])?.map { $0["badge"] as? String } == ["1001", "1002"])
            #expect((listed["enrolled"] as? [String])?.isEmpty == true)
            let enrolled = try object("classes", "enrol", "1", "--unit", "Patrol", "--due-before", "--yes")
            #expect(enrolled["written"] as? Bool == true && enrolled["enrolled"] as? [String] == ["1001", "1002"])
            let again = try object("classes", "enrol", "1", "1001")
            #expect(again["written"] as? Bool == false && again["already_enrolled"] as? [String] == ["1001"])
            #expect(again["candidates"] == nil)

            let marked = try object("classes", "attend", "1", "1001", "--present", "--score", "88")
            #expect(marked["id"] as? Int == 1 && marked["attendance"] as? String == "present" && marked["score"] as? Int == 88)
            #expect(marked["badges"] as? [String] == ["1001"])
            let recorded = try object("classes", "record", "1")
            #expect((recorded["completion_ids"] as? [Int])?.count == 1)
            #expect(recorded["not_present"] as? [String] == ["1002"])
            let rerecorded = try object("classes", "record", "1")
            #expect((rerecorded["completion_ids"] as? [Int])?.isEmpty == true)
            #expect(rerecorded["already_on_record"] as? [String] == ["1001"])

            let cancelled = try object("classes", "cancel", "1", "--on", today.iso)
            #expect(cancelled["id"] as? Int == 1 && cancelled["cancelled_on"] as? String == today.iso)
        }

        @Test("assigning what is already assigned says so, exits 0 and writes nothing")
        func repeatedAssign() throws {
            defer { folder.remove() }
            _ = try succeeds("assign", "uof-bwc", "--officer", "1001", "--due", "2026-12-31")
            let again = try succeeds("assign", "uof-bwc", "--officer", "1001", "--due", "2026-12-31")
            #expect(again.stdout.hasPrefix("already assigned: assignment 1"))
            let all = try #require(try json("assignments", "list", "--all", "--format", "json") as? [[String: Any]])
            #expect(all.count == 1)
        }
    }
}
