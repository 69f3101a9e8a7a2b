import MusterCore
import TerminalUI

// Status is always shown as a glyph *and* a word, never by colour alone (NO_COLOR, monochrome terminals,
// colour-blind readers); the colour role only reinforces it.

extension CertificationStatus {
    var glyph: Character {
        switch self {
        case .certified: "✓"
        case .expiring: "!"
        case .lapsed: "✗"
        case .suspended: "⊘"
        case .inProgress: "◐"
        case .notStarted: "○"
        }
    }

    /// "✓ certified".
    var label: String { "\(glyph) \(rawValue)" }

    var role: ColorRole {
        switch self {
        case .certified: .good
        case .expiring: .warning
        case .lapsed, .suspended: .danger
        case .inProgress: .accent
        case .notStarted: .muted
        }
    }
}

extension OfficerCompliance {
    var glyph: Character {
        switch self {
        case .suspended: "⊘"
        case .lapsed: "✗"
        case .onLeave: "–"
        case .notStarted: "○"
        case .inProgress: "◐"
        case .expiring: "!"
        case .certified: "✓"
        case .waived: "~"
        case .noRequirement: "·"
        case .notServing: "×"
        }
    }

    /// "⊘ suspended".
    var label: String { "\(glyph) \(rawValue)" }

    var role: ColorRole {
        switch self {
        case .certified: .good
        case .expiring: .warning
        case .lapsed, .suspended: .danger
        case .inProgress: .accent
        case .notStarted, .onLeave, .waived, .noRequirement, .notServing: .muted
        }
    }

    /// Worst first, the Officers tab's status order.
    var severity: Int { Self.allCases.firstIndex(of: self) ?? Self.allCases.count }
}

extension ModuleStatus {
    var glyph: Character {
        switch self {
        case .current: "✓"
        case .expiring: "!"
        case .expired, .overdue, .failed: "✗"
        case .onLeave: "–"
        case .assigned: "○"
        case .waived: "~"
        }
    }

    /// "✗ overdue".
    var label: String { "\(glyph) \(rawValue)" }

    var role: ColorRole {
        switch self {
        case .current: .good
        case .expiring: .warning
        case .expired, .overdue, .failed: .danger
        case .onLeave: .muted
        case .assigned: .normal
        case .waived: .muted
        }
    }
}

/// "1,234".
func grouped(_ number: Int) -> String {
    let digits = String(abs(number))
    var result = ""
    for (index, digit) in digits.enumerated() {
        if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
        result.append(digit)
    }
    return number < 0 ? "-" + result : result
}

/// "59%" of `part` in `whole` (0% of nothing).
func percent(_ part: Int, of whole: Int) -> String {
    guard whole > 0 else { return "0%" }
    return "\(Int((Double(part) * 100 / Double(whole)).rounded()))%"
}

/// Splits `text` into lines at most `width` columns wide, breaking at spaces where it can.
func wrapped(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
        let candidate = line.isEmpty ? word : line + " " + word
        if displayWidth(of: candidate) <= width {
            line = candidate
            continue
        }
        if !line.isEmpty { lines.append(line) }
        var rest = word
        while displayWidth(of: rest) > width {
            let head = truncated(rest, toWidth: width, ellipsis: "")
            lines.append(head)
            rest = String(rest.dropFirst(head.count))
        }
        line = rest
    }
    if !line.isEmpty { lines.append(line) }
    return lines
}
