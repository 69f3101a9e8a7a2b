/// Where text sits inside a wider space.
public enum Alignment: Hashable, Sendable {
    case left, center, right
}

/// `text` cut to at most `width` columns, ending in `ellipsis` when something was cut.
///
/// A wide character is never split: if it would straddle the limit it is dropped, so the result may be one
/// column narrower than `width` (pad it with `fitted` when an exact width is needed).
public func truncated(_ text: String, toWidth width: Int, ellipsis: String = "…") -> String {
    guard width > 0 else { return "" }
    if displayWidth(of: text) <= width { return text }
    let ellipsisWidth = displayWidth(of: ellipsis)
    guard ellipsisWidth <= width else { return prefix(of: ellipsis, width: width) }
    return prefix(of: text, width: width - ellipsisWidth) + ellipsis
}

/// `text` padded with spaces to exactly `width` columns, placed by `alignment`; text already wider is
/// returned unchanged (use `fitted` to also truncate).
public func padded(_ text: String, toWidth width: Int, alignment: Alignment = .left) -> String {
    let gap = width - displayWidth(of: text)
    guard gap > 0 else { return text }
    switch alignment {
    case .left: return text + String(repeating: " ", count: gap)
    case .right: return String(repeating: " ", count: gap) + text
    case .center:
        let left = gap / 2
        return String(repeating: " ", count: left) + text + String(repeating: " ", count: gap - left)
    }
}

/// `text` truncated (with "…") and padded so that it is exactly `width` columns wide.
public func fitted(_ text: String, toWidth width: Int, alignment: Alignment = .left) -> String {
    padded(truncated(text, toWidth: width), toWidth: width, alignment: alignment)
}

/// The longest prefix of `text` at most `width` columns wide, never splitting a grapheme.
private func prefix(of text: String, width: Int) -> String {
    var result = "", used = 0
    for character in text {
        let w = displayWidth(of: character)
        if used + w > width { break }
        result.append(character)
        used += w
    }
    return result
}
