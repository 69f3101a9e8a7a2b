extension String {
    /// The text without leading and trailing spaces (MusterTUI stays free of Foundation).
    var strippingSpaces: String {
        var text = Substring(self)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
