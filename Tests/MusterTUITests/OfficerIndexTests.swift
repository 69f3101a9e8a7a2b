import Foundation
import MusterCore
import MusterTestSupport
import Testing
@testable import MusterTUI

@Suite("The officer index searches and sorts on bytes exactly as String search and sort would")
struct OfficerIndexTests {
    /// Names that stress folding: accents precomposed and decomposed (NFD), CJK, width variants, apostrophes,
    /// names with spaces, and upper-case badges.
    static let rows: [AgencySnapshot.OfficerRow] = {
        let people: [(String, String, String, String?)] = [
            ("A-1001", "Ortiz", "Maria", "Patrol"),
            ("A-1002", "山田", "太郎", "Patrol"),
            ("A-1003", "Saldaña", "Zoë", "Patrol"),
            ("A-1004", "N\u{303}u\u{301}n\u{303}ez", "Jose\u{301}", "Traffic"),  // Ñúñez, José decomposed
            ("A-1005", "Ñúñez", "José", "Traffic"),
            ("a-1006", "Lindqvist", "Åsa", nil),
            ("B-0007", "O'Brien", "Mary Ann", "~"),
            ("B-0008", "ＷＩＤＥ", "Ｚｅｄ", "Zulu"),
            ("B-0009", "van der Berg", "Pieter", "Äther"),
            ("B-0010", "Saldana", "Zoe", "Patrol"),
            ("C-0011", "ortiz", "maria", nil),
            ("C-0012", "Øster", "Ærø", "Investigations"),
        ]
        return people.map { badge, last, first, unit in
            AgencySnapshot.OfficerRow(badge: badge, lastName: last, firstName: first, unit: unit, officerStatus: .active,
                                      standing: .noRequirement, nextExpiry: nil, overdueCount: 0, expiredCount: 0)
        }
    }()

    /// The search as the shared matcher does it on Strings (`SearchKey.matches`): "Last, First", the badge, or
    /// "First Last", with case, accents, punctuation and spacing ignored.
    static func stringMatches(_ row: AgencySnapshot.OfficerRow, _ typed: String) -> Bool {
        [row.displayName, row.badge, "\(row.firstName) \(row.lastName)"].contains { SearchKey.matches($0, query: typed) }
    }

    @Test("search finds the same officers as String search", arguments: [
        "", "a", "A", "sal", "saldana", "SALDAÑA", "zoë", "zoe", "zoe\u{308}", "nunez", "ñúñez", "n\u{303}", "josé", "jose",
        "山", "太郎 山田", "maria ortiz", "ortiz, maria", "o'b", "mary ann", "ann o'", "wide", "ｗｉｄｅ", "zed wide", "a-10",
        "b-000", "a-1006", "van der", "obrien", "OBRIEN MARY", "vanderberg", "b0007", "0007", "a1006", "pieter van", "øster", "oster", "ærø", "aero", "x", ", ", "ä", "a b",
        "m", "1", "9", "-", " ", "'", "z", "ｍ",
    ])
    func search(_ typed: String) {
        let index = OfficerIndex(Self.rows)
        let expected = Self.rows.indices.filter { Self.stringMatches(Self.rows[$0], typed) }
        let found = index.filter(Self.rows.indices, query: SearchKey.key(typed)) { _ in true }
        #expect(found == expected, "query \(typed)")
    }

    @Test("a typed badge finds the stored one with or without leading zeros, and names both when two would do")
    func badgeWithoutZeros() {
        let rows = ["04007", "1042", "0099", "00099"].map { badge in
            AgencySnapshot.OfficerRow(badge: badge, lastName: "L", firstName: "F", unit: nil, officerStatus: .active,
                                      standing: .noRequirement, nextExpiry: nil, overdueCount: 0, expiredCount: 0)
        }
        let index = OfficerIndex(rows)
        #expect(index.resolve(badge: "4007") == .found("04007"))
        #expect(index.resolve(badge: "004007") == .found("04007"))
        #expect(index.resolve(badge: "1042") == .found("1042"))
        #expect(index.resolve(badge: "0099") == .found("0099"))
        #expect(index.resolve(badge: "99") == .ambiguous(["00099", "0099"]))
        #expect(index.resolve(badge: "5") == .unknown)
    }

    @Test("a match never spans the name, the badge and the reversed name")
    func noMatchAcrossKeys() {
        let index = OfficerIndex(Self.rows)
        // The keys run "ortiz, maria", NUL, "a-1001": only the NUL stops a match across them.
        #expect(index.filter(Self.rows.indices, query: SearchKey.key("mariaa-1001")) { _ in true }.isEmpty)
        #expect(index.filter(Self.rows.indices, query: SearchKey.key("1001maria")) { _ in true }.isEmpty)
    }

    @Test("name order is String order of the folded name, then badge")
    func nameOrder() {
        let index = OfficerIndex(Self.rows)
        let expected = Self.rows.indices.sorted { (Self.rows[$0].foldedName, Self.rows[$0].badge) < (Self.rows[$1].foldedName, Self.rows[$1].badge) }
        #expect(index.nameOrder == expected)
        #expect(index.nameOrder.enumerated().allSatisfy { index.nameRank[$0.element] == Int32($0.offset) })
    }

    @Test("badge and unit ranks follow String order, officers without a unit sorted as \"~\"")
    func ranks() {
        let index = OfficerIndex(Self.rows)
        let rows = Self.rows
        for a in rows.indices {
            for b in rows.indices {
                #expect((index.badgeRank[a] < index.badgeRank[b]) == (rows[a].badge < rows[b].badge))
                let unitA = rows[a].unit ?? "~", unitB = rows[b].unit ?? "~"
                #expect((index.unitRank[a] < index.unitRank[b]) == (unitA < unitB), "\(unitA) vs \(unitB)")
                #expect((index.unitRank[a] == index.unitRank[b]) == (unitA == unitB))
            }
        }
        #expect(index.units == ["Investigations", "Patrol", "Traffic", "Zulu", "~", "Äther"])
        #expect(index.unitOrdinal[5] == -1)
        for (offset, row) in rows.enumerated() { #expect(index.officer(badge: row.badge) == offset) }
        #expect(index.officer(badge: "B-0011") == nil)
        #expect(index.officer(badge: "") == nil)
        #expect(index.officer(badge: "zzz") == nil)
    }

    @Test("the limit stops the scan at that many matches, keeping the candidates' order")
    func limit() {
        let index = OfficerIndex(Self.rows)
        let found = index.filter(Self.rows.indices.reversed(), query: SearchKey.key("a"), limit: 2) { $0 != 11 }
        #expect(found == [10, 9])
    }

    @Test("folding ASCII is exactly Foundation's folding", arguments: [
        String((32...126).map { Character(Unicode.Scalar(UInt8($0))) }), "O'Brien, PAT", "A-1001", "", "~^`",
    ])
    func asciiFolding(_ text: String) {
        #expect(SearchText.fold(text) == text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil))
    }
}
