import Foundation

extension String {
    /// `trimmingCharacters(in: .whitespaces)` (tab and the Unicode space separators), answered without
    /// Foundation when the first and last characters are not whitespace — nearly every CSV cell and
    /// name — since the Foundation call bridges through NSString and was a large share of bulk import time.
    package func trimmedWhitespace() -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
        if !first.isTrimmedWhitespace, !last.isTrimmedWhitespace { return self }
        return trimmingCharacters(in: .whitespaces)
    }
}

extension Unicode.Scalar {
    /// A member of `CharacterSet.whitespaces`: tab or a space separator (general category Zs).
    fileprivate var isTrimmedWhitespace: Bool {
        if value < 0x80 { return value == 0x20 || value == 0x09 }
        return properties.generalCategory == .spaceSeparator
    }
}
