import Testing
@testable import MusterCore

private func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

@Suite("Safe inputs: printable text and supported dates")
struct SafeInputRulesTests {
    @Test("a control character anywhere in text is refused with its code point and place", arguments: [
        ("Ok\u{0}ay", UInt32(0x00), 3),
        ("\tLead", 0x09, 1),
        ("Mid\tdle", 0x09, 4),
        ("Trail\t", 0x09, 6),
        ("Two\nLines", 0x0A, 4),
        ("Carriage\rReturn", 0x0D, 9),
        ("Red\u{1B}[31m", 0x1B, 4),
        ("Del\u{7F}", 0x7F, 4),
        ("Ünal\u{85}", 0x85, 5),
        ("C1 \u{9B}31m", 0x9B, 4),
    ])
    func controlCharacterRefused(text: String, scalar: UInt32, position: Int) {
        #expect(throws: RuleViolation.controlCharacter(field: "last_name", scalar: scalar, position: position)) {
            try RecordRules.checkText(text, field: "last_name")
        }
    }

    @Test("printable text of every script passes", arguments: [
        "O'Neil, Jr.", "Ångström", "Saldaña", "東京", "Ayşe Ünal", "no\u{A0}break", "emoji 🚓", "",
    ])
    func printableTextPasses(text: String) throws {
        try RecordRules.checkText(text, field: "first_name")
    }

    @Test("the refusal names the field and the code point, never the character itself")
    func controlCharacterMessage() {
        let violation = RuleViolation.controlCharacter(field: "instructor", scalar: 0x1B, position: 4)
        #expect(violation.description
            == "instructor contains the control character U+001B at character 4; only printable text is accepted")
        #expect(RuleViolation.notADate(field: "completed_on", text: "2024\u{0}").problem
            == "'2024<U+0000>' is not a date in YYYY-MM-DD form")
    }

    @Test("typed and imported dates lie in the years 1900–2100", arguments: [
        ("1900-01-01", Result<CalendarDate, RuleViolation>.success(day("1900-01-01"))),
        ("2100-12-31", .success(day("2100-12-31"))),
        ("1899-12-31", .failure(.dateOutOfRange(field: "d", date: day("1899-12-31")))),
        ("2101-01-01", .failure(.dateOutOfRange(field: "d", date: day("2101-01-01")))),
        ("0001-01-01", .failure(.dateOutOfRange(field: "d", date: day("0001-01-01")))),
        ("9999-12-31", .failure(.dateOutOfRange(field: "d", date: day("9999-12-31")))),
        ("2024-02-30", .failure(.notADate(field: "d", text: "2024-02-30"))),
        ("0000-01-01", .failure(.notADate(field: "d", text: "0000-01-01"))),
        ("20244-01-01", .failure(.notADate(field: "d", text: "20244-01-01"))),
    ])
    func dateRange(text: String, expected: Result<CalendarDate, RuleViolation>) {
        #expect(Result { () throws(RuleViolation) in try RecordRules.date(text, field: "d") } == expected)
    }

    @Test("out-of-range messages", arguments: [
        (RuleViolation.dateOutOfRange(field: "hire_date", date: day("1850-03-01")),
         "hire_date 1850-03-01 is outside the years 1900–2100"),
        (.notADate(field: "completed_on", text: "2024-13-01"), "completed_on '2024-13-01' is not a date in YYYY-MM-DD form"),
    ])
    func outOfRangeMessages(violation: RuleViolation, message: String) {
        #expect(violation.description == message)
    }

    static let badCommands: [(RecordCommand, RuleViolation)] = [
        (.addOfficer(Officer(badge: "A1", lastName: "Nul\u{0}", firstName: "X")),
         .controlCharacter(field: "last_name", scalar: 0, position: 4)),
        (.addOfficer(Officer(badge: "A1", lastName: "X", firstName: "Y", hireDate: day("1800-01-01"))),
         .dateOutOfRange(field: "hire_date", date: day("1800-01-01"))),
        (.editOfficer(badge: "A1", changes: OfficerChanges(unit: .some("North\tEast"))),
         .controlCharacter(field: "unit", scalar: 9, position: 6)),
        (.importOfficers(rows: [OfficerImportRow(badge: "A\u{1B}", lastName: "X", firstName: "Y")], sync: false),
         .controlCharacter(field: "badge", scalar: 0x1B, position: 2)),
        (.recordCompletion(CompletionRequest(badge: "A1", moduleID: "m", completedOn: day("2024-01-01"), instructor: "Dr\u{7}")),
         .controlCharacter(field: "instructor", scalar: 7, position: 3)),
        (.recordCompletion(CompletionRequest(badge: "A1", moduleID: "m", completedOn: day("2200-01-01"))),
         .dateOutOfRange(field: "completed_on", date: day("2200-01-01"))),
        (.recordRoster(RosterRequest(entries: [], session: SessionRequest(moduleID: "m", heldOn: day("2024-01-01"), location: "Room\n2"))),
         .controlCharacter(field: "location", scalar: 0x0A, position: 5)),
        (.voidCompletion(id: 1, reason: "typo\u{0}"), .controlCharacter(field: "reason", scalar: 0, position: 5)),
        (.waive(WaiverRequest(badge: "A1", moduleID: "m", reason: "ok", until: day("2101-01-01"))),
         .dateOutOfRange(field: "until", date: day("2101-01-01"))),
        (.grantRole(login: "eve\u{9B}", role: .coordinator), .controlCharacter(field: "login", scalar: 0x9B, position: 4)),
        (.assign(AssignmentRequest(target: .module("m"), assignee: .unit("West\u{0}"))),
         .controlCharacter(field: "unit", scalar: 0, position: 5)),
    ]

    @Test("every command's text and dates are checked before it runs", arguments: badCommands.indices)
    func commandInputs(index: Int) {
        let (command, violation) = Self.badCommands[index]
        #expect(throws: violation) { try RecordRules.checkInputs(of: [command]) }
    }

    @Test("a command with printable text and dates in range passes")
    func cleanCommandPasses() throws {
        try RecordRules.checkInputs(of: [
            .addOfficer(Officer(badge: "A1", lastName: "Ångström", firstName: "Zoë", unit: "東京", hireDate: day("1990-05-01"))),
            .recordCompletion(CompletionRequest(badge: "A1", moduleID: "m", completedOn: day("2024-01-01"), instructor: "Lee")),
        ])
    }
}
