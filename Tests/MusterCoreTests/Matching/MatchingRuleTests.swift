import MusterCore
import Testing

@Suite("Matching rules: units, badges and search keys")
struct MatchingRuleTests {
    @Test("unit names are one unit whatever their case and spacing", arguments: [
        ("Traffic", "TRAFFIC", true), ("Traffic", " traffic ", true), ("Patrol North", "PATROL   NORTH", true),
        ("Patrol North", "PatrolNorth", false), ("K-9", "k-9", true), ("Traffic", "Traffic 2", false),
        ("Ñúñez Unit", "ñúñez unit", true),
    ])
    func unitNames(lhs: String, rhs: String, same: Bool) {
        #expect(UnitName.same(lhs, rhs) == same)
    }

    @Test("a unit is shown as first stored, and a new one is stored tidied")
    func registry() {
        var registry = UnitRegistry(["PATROL NORTH", "Traffic", "TRAFFIC", "Patrol North"])
        #expect(registry.names == ["PATROL NORTH", "Traffic"])
        #expect(registry.name(of: "patrol north") == "PATROL NORTH")
        #expect(registry.spellings(of: " traffic ") == ["Traffic", "TRAFFIC"])
        #expect(registry.name(of: "Detectives") == nil)
        #expect(registry.resolve("  Detectives   East ") == "Detectives East")
        #expect(registry.resolve("DETECTIVES EAST") == "Detectives East")
        #expect(registry.resolve("traffic") == "Traffic")
        #expect(registry.names == ["PATROL NORTH", "Traffic", "Detectives East"])
    }

    @Test("badge keys drop leading zeros and case", arguments: [
        ("04007", "4007"), ("4007", "4007"), ("0004007", "4007"), (" 04007 ", "4007"), ("A-12", "a-12"), ("000", ""),
        ("40070", "40070"),
    ])
    func badgeKeys(badge: String, key: String) {
        #expect(BadgeMatch.key(badge) == key)
    }

    @Test("a badge finds the stored one exactly, else with or without leading zeros, else says who", arguments: [
        ("4007", ["04007", "1042"], BadgeMatch.Resolution.found("04007")),
        ("04007", ["4007"], .found("4007")),
        ("4007", ["4007", "04007"], .found("4007")),
        ("4007", ["04007", "004007"], .ambiguous(["004007", "04007"])),
        ("4008", ["04007"], .unknown),
        ("40070", ["4007"], .unknown),
    ])
    func badgeResolution(given: String, stored: [String], expected: BadgeMatch.Resolution) {
        #expect(BadgeMatch.resolve(given, among: stored) == expected)
    }

    @Test("search ignores case, accents, punctuation and spacing", arguments: [
        ("O'BRIEN, PATRICK", "obrien", true), ("O’Brien, Pat", "o brien", true), ("Nguyễn, An", "nguy", true),
        ("Nguyễn, An", "NGUYEN", true), ("van der Berg, Pieter", "vander", true), ("04007", "4007", true),
        ("Saldaña-Ruiz, Zoë", "saldanaruiz", true), ("Smith, Jane", "jones", false), ("山田, 太郎", "山田", true),
        ("Smith, Jane", "--", true),
    ])
    func search(text: String, query: String, matches: Bool) {
        #expect(SearchKey.matches(text, query: query) == matches)
    }

    @Test("search keys keep letters and digits only, folded")
    func searchKeys() {
        #expect(SearchKey.string("O'Brien, Jr.") == "obrienjr")
        #expect(SearchKey.string("Ñúñez") == "nunez")
        #expect(SearchKey.string("A-1042") == "a1042")
    }
}

@Suite("HR files: date formats, column maps and header guesses")
struct ImportMappingRuleTests {
    static let fields = ["badge", "last_name", "first_name", "unit", "rank", "email", "login", "hire_date", "status"]

    @Test("dates read in the format given", arguments: [
        (ImportDateFormat.iso, "2019-03-07", "2019-03-07"), (.monthDayYear, "03/07/2019", "2019-03-07"),
        (.monthDayYear, "3/7/2019", "2019-03-07"), (.dayMonthYear, "07.03.2019", "2019-03-07"),
        (.dayMonthYear, "7.3.2019", "2019-03-07"),
    ])
    func dates(format: ImportDateFormat, text: String, iso: String) throws {
        #expect(try format.date(text, field: "hire_date").iso == iso)
    }

    @Test("a date not in the format is refused naming the format", arguments: [
        (ImportDateFormat.monthDayYear, "13/07/2019"), (.monthDayYear, "2019-03-07"), (.monthDayYear, "03/07/19"),
        (.dayMonthYear, "31.02.2020"), (.iso, "03/07/2019"), (.monthDayYear, "03/07/1850"),
    ])
    func badDates(format: ImportDateFormat, text: String) {
        #expect(throws: FieldProblem.self) { try format.date(text, field: "hire_date") }
    }

    @Test("--date-format takes the spellings it shows", arguments: [
        ("ISO", ImportDateFormat.iso), ("iso", .iso), ("YYYY-MM-DD", .iso), ("MM/DD/YYYY", .monthDayYear),
        ("mm/dd/yyyy", .monthDayYear), ("DD.MM.YYYY", .dayMonthYear),
    ])
    func formatArguments(text: String, format: ImportDateFormat) {
        #expect(ImportDateFormat(argument: text) == format)
    }

    @Test("a map parses quoted headers, and writes itself back the same")
    func mapParsing() throws {
        let map = try ColumnMap(parsing: "badge='Badge #',last_name=PERS_LAST_NME, first_name = \"First, Name\"", fields: Self.fields)
        #expect(map.header(for: "badge") == "Badge #")
        #expect(map.header(for: "first_name") == "First, Name")
        #expect(map.field(forHeader: " pers_last_nme ") == "last_name")
        #expect(try ColumnMap(parsing: map.text, fields: Self.fields) == map)
    }

    @Test("a bad map is refused saying why", arguments: [
        ("badge", "is not field=Header"), ("bagde=X", "did you mean 'badge'"), ("badge=X,badge=Y", "mapped twice"),
        ("badge=X,last_name=x", "mapped to both"), ("badge=", "empty header"),
    ])
    func badMaps(text: String, problem: String) {
        #expect { try ColumnMap(parsing: text, fields: Self.fields) } throws: { error in
            (error as? FieldProblem)?.problem.contains(problem) == true
        }
    }

    @Test("headers as HR systems write them are guessed", arguments: [
        (["PERS_STAR_NO", "PERS_LAST_NME", "PERS_FIRST_NME", "DESCR"],
         ["badge": "PERS_STAR_NO", "last_name": "PERS_LAST_NME", "first_name": "PERS_FIRST_NME", "unit": "DESCR"]),
        (["Badge #", "Last Name", "First Name", "Unit"],
         ["badge": "Badge #", "last_name": "Last Name", "first_name": "First Name", "unit": "Unit"]),
        (["Employee ID", "Surname", "Given Name", "Hire Date", "E-mail"],
         ["badge": "Employee ID", "last_name": "Surname", "first_name": "Given Name", "hire_date": "Hire Date", "email": "E-mail"]),
    ])
    func guesses(headers: [String], expected: [String: String]) {
        #expect(HeaderGuess.guess(fields: Self.fields, headers: headers) == expected)
    }
}
