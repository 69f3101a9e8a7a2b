import CNcurses
import Glibc
import Testing
import TerminalUI
@testable import NcursesTerminal

/// glibc's wcwidth under a UTF-8 locale, as ncursesw sees it.
func libraryWidth(_ scalar: Unicode.Scalar) -> Int {
    _ = setlocale(LC_CTYPE, "C.UTF-8")
    return Int(cn_wcwidth(wchar_t(bitPattern: scalar.value)))
}

@Suite("Glyphs handed to ncurses")
struct GlyphAndWidthTests {
    @Test("TerminalUI's width agrees with glibc wcwidth for single characters in common scripts")
    func agreesWithWcwidth() {
        let ranges: [ClosedRange<UInt32>] = [
            0x20...0x7E, 0xA0...0x17F, 0x300...0x36F, 0x370...0x3FF, 0x400...0x4FF, 0x5D0...0x5EA,
            0x1100...0x11FF, 0x2010...0x2027, 0x2190...0x21FF, 0x2500...0x259F, 0x25A0...0x25FF,
            0x3000...0x303E, 0x3041...0x30FF, 0x4E00...0x4FFF, 0xAC00...0xAD00, 0xFF01...0xFFEE, 0x1F600...0x1F64F,
        ]
        var disagreements: [String] = []
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .unassigned else { continue }
                let ours = displayWidth(of: Character(scalar))
                let theirs = max(0, libraryWidth(scalar))
                if ours != theirs { disagreements.append("U+\(String(value, radix: 16, uppercase: true)) ours \(ours) glibc \(theirs)") }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(20))")
    }

    @Test("a VS16 emoji that wcwidth calls narrow is drawn with a padding space")
    func vs16Heart() throws {
        let plan = NcursesGlyph.plan(for: "❤️", libraryWidth: libraryWidth)
        #expect(plan.scalars.map(\.value) == [0x2764, 0xFE0F])
        #expect(plan.padWithSpace)
    }

    @Test("a ZWJ sequence keeps its base emoji and no spacing partners")
    func zwjSequence() {
        let plan = NcursesGlyph.plan(for: "👩🏽‍💻", libraryWidth: libraryWidth)
        #expect(plan.scalars.map(\.value) == [0x1F469])
        #expect(!plan.padWithSpace)
    }

    @Test("combining marks stay with their base; CJK needs no padding")
    func combining() {
        #expect(NcursesGlyph.plan(for: "e\u{301}", libraryWidth: libraryWidth) == NcursesGlyph(scalars: ["e", "\u{301}"], padWithSpace: false))
        #expect(NcursesGlyph.plan(for: "東", libraryWidth: libraryWidth) == NcursesGlyph(scalars: ["東"], padWithSpace: false))
    }

    @Test("the error for a missing terminal points to the command line")
    func errorText() {
        #expect(NcursesTerminalError.unsupportedTerminal(term: "dumb").description.contains("TERM=dumb"))
        #expect(NcursesTerminalError.notATerminal.description.contains("--help"))
    }
}
