import Foundation

extension String {
    /// `trimmingCharacters(in: .whitespaces)`, answered without Foundation when the text starts and ends
    /// with ASCII that is not a space or tab (nearly every CSV cell and name), since the Foundation call
    /// bridges through NSString and was a large share of bulk import time.
    func trimmedWhitespace() -> String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        if first < 0x80, last < 0x80, first != 0x20, first != 0x09, last != 0x20, last != 0x09 { return self }
        return trimmingCharacters(in: .whitespaces)
    }
}
