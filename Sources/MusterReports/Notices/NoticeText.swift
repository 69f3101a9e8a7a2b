import MusterCore

/// The words of the two kinds of notice: the officer's own, and the supervisor's digest of their units.
public enum NoticeText {
    public static func subject(_ notice: NoticePlan.OfficerNotice) -> String {
        "Training reminder for \(notice.officer.firstName) \(notice.officer.lastName): \(count(notice.items))"
    }

    public static func body(_ notice: NoticePlan.OfficerNotice, asOf day: CalendarDate) -> String {
        var lines = ["\(notice.officer.firstName) \(notice.officer.lastName) (badge \(notice.officer.badge)),", "",
                     "As of \(day.iso), your training record shows:", ""]
        lines += notice.items.map { "  - " + $0.sentence(asOf: day) + (notice.newItems.contains($0) ? "" : " (reminded before)") }
        lines.append("")
        if let next = notice.nextClass {
            lines += ["Your next enrolled class: \(next)", ""]
        } else {
            lines += ["You are not enrolled in a class yet; ask your training coordinator.", ""]
        }
        lines.append("This reminder was sent by Muster; you get another one only when something changes.")
        return lines.joined(separator: "\n") + "\n"
    }

    public static func subject(_ digest: NoticePlan.Digest) -> String {
        let officers = Set(digest.entries.map(\.officer.badge)).count
        return "Training digest for \(digest.units.joined(separator: ", ")): \(officers) officer\(officers == 1 ? "" : "s") with items"
    }

    public static func body(_ digest: NoticePlan.Digest, asOf day: CalendarDate) -> String {
        var lines = ["Training digest as of \(day.iso) for \(digest.units.joined(separator: ", ")).", ""]
        for unit in digest.units {
            lines.append("\(unit):")
            for entry in digest.entries where entry.unit == unit {
                let reach = entry.hasEmail ? "" : "  — NO E-MAIL ON FILE: not notified, please tell them"
                lines.append("  \(entry.officer.lastName), \(entry.officer.firstName) (badge \(entry.officer.badge))\(reach)")
                lines += entry.items.map { "    - " + $0.sentence(asOf: day) + (entry.newItems.contains($0) ? " [new]" : "") }
            }
            lines.append("")
        }
        let unreachable = digest.entries.filter { !$0.hasEmail }
        if !unreachable.isEmpty {
            lines += ["Officers without an e-mail address (this digest is their only notice):"]
            lines += unreachable.map { "  \($0.officer.lastName), \($0.officer.firstName) (badge \($0.officer.badge)), \($0.unit)" }
            lines.append("")
        }
        lines.append("Sent by Muster; a unit's digest is sent again only when an item changes.")
        return lines.joined(separator: "\n") + "\n"
    }

    static func count(_ items: [NoticeItem]) -> String {
        let states = NoticeItem.State.allCases.compactMap { state -> String? in
            let count = items.filter { $0.state == state }.count
            return count == 0 ? nil : "\(count) \(state.rawValue)"
        }
        return states.joined(separator: ", ")
    }
}
