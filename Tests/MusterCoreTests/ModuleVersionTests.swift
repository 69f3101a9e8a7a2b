import Foundation
import MusterCore
import Testing

@Suite("ModuleVersion")
struct ModuleVersionTests {
    @Test("parsing accepts dotted integers only", arguments: [
        ("2023.1", true), ("2023", true), ("2024.2.1", true), ("0", true), ("2023.01", true),
        ("", false), ("2023.", false), (".1", false), ("2023..1", false), ("v2023.1", false),
        ("2023.1a", false), ("2023.-1", false), ("2023 .1", false), ("2023,1", false), ("٢٠٢٣", false),
    ])
    func parse(text: String, valid: Bool) {
        #expect((ModuleVersion(text) != nil) == valid)
    }

    @Test("ordering compares number by number, not as text", arguments: [
        ("2023.9", "2023.10"),
        ("2023.1", "2023.1.1"),
        ("2022.12", "2023"),
        ("9", "10"),
        ("2023.1.9", "2023.2"),
        // Past four parts or 65,535 a version is held as its parts rather than packed: the order is the same.
        ("1.2.3.4", "1.2.3.4.5"),
        ("1.2.3.4.5", "1.2.3.5"),
        ("65535", "65536"),
        ("70000.9", "70000.10"),
        ("2023.1", "70000"),
    ])
    func ordering(older: String, newer: String) throws {
        let old = try #require(ModuleVersion(older))
        let new = try #require(ModuleVersion(newer))
        #expect(old < new)
        #expect(!(new < old))
        #expect(old != new)
    }

    @Test("missing trailing parts count as zero, for equality and hashing", arguments: [
        ("2023", "2023.0"), ("2023.1", "2023.1.0.0"), ("2023.01", "2023.1"),
        ("1.2.3.4", "1.2.3.4.0"), ("70000", "70000.0.0.0.0"),
    ])
    func trailingZeros(left: String, right: String) throws {
        let a = try #require(ModuleVersion(left))
        let b = try #require(ModuleVersion(right))
        #expect(a == b)
        #expect(!(a < b) && !(b < a))
        #expect(Set([a, b]).count == 1)
    }

    @Test("prints as parsed, and round-trips through JSON")
    func description() throws {
        let version = try #require(ModuleVersion("2024.2.1"))
        #expect(version.description == "2024.2.1")
        #expect(ModuleVersion("2023.0")?.description == "2023.0")
        #expect(ModuleVersion("1.2.3.4.5")?.description == "1.2.3.4.5")
        #expect(ModuleVersion("70000.1")?.description == "70000.1")
        let data = try JSONEncoder().encode([version])
        #expect(String(decoding: data, as: UTF8.self) == #"["2024.2.1"]"#)
        #expect(try JSONDecoder().decode([ModuleVersion].self, from: data) == [version])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([ModuleVersion].self, from: Data(#"["x.1"]"#.utf8)) }
    }
}
