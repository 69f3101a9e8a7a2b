/// Which column of an import file holds each of Muster's fields (`--map "badge=PERS_STAR_NO,last_name=…"`),
/// so a file goes in as HR sends it. Headers match trimmed and without regard to case.
public struct ColumnMap: Sendable, Equatable {
    /// Muster field → the file's header, in the order given.
    public private(set) var pairs: [(field: String, header: String)]

    public init(_ pairs: [(field: String, header: String)] = []) {
        self.pairs = pairs
    }

    public static func == (lhs: ColumnMap, rhs: ColumnMap) -> Bool {
        lhs.pairs.elementsEqual(rhs.pairs) { $0.field == $1.field && $0.header == $1.header }
    }

    public var isEmpty: Bool { pairs.isEmpty }

    /// The header mapped to `field`, if any.
    public func header(for field: String) -> String? {
        pairs.first { $0.field == field }?.header
    }

    /// The field a file's header maps to, if any.
    public func field(forHeader header: String) -> String? {
        let key = Self.headerKey(header)
        return pairs.first { Self.headerKey($0.header) == key }?.field
    }

    /// How headers compare: trimmed, case ignored.
    public static func headerKey(_ header: String) -> String {
        header.trimmedWhitespace().lowercased()
    }

    /// Parses `field=Header,field='Header, with comma',…` against the fields an import knows. A header may
    /// be quoted with ' or " (needed only for one holding a comma). Refusals name the piece and, for a
    /// misspelt field, the nearest known one.
    public init(parsing text: String, fields: [String]) throws(FieldProblem) {
        var pairs: [(field: String, header: String)] = []
        for piece in Self.pieces(text) {
            guard let equals = piece.firstIndex(of: "=") else {
                throw FieldProblem(field: "--map", problem: "'\(piece)' is not field=Header")
            }
            let field = String(piece[..<equals]).trimmedWhitespace().lowercased()
            let header = Self.unquoted(String(piece[piece.index(after: equals)...]).trimmedWhitespace())
            guard fields.contains(field) else {
                let near = HeaderGuess.nearest(field, among: fields).map { "; did you mean '\($0)'?" } ?? ""
                throw FieldProblem(field: "--map", problem: "unknown field '\(field)' (fields: \(fields.joined(separator: ", ")))\(near)")
            }
            guard !header.isEmpty else { throw FieldProblem(field: "--map", problem: "field '\(field)' maps to an empty header") }
            if pairs.contains(where: { $0.field == field }) {
                throw FieldProblem(field: "--map", problem: "field '\(field)' is mapped twice")
            }
            if let other = pairs.first(where: { Self.headerKey($0.header) == Self.headerKey(header) }) {
                throw FieldProblem(field: "--map", problem: "header '\(header)' is mapped to both '\(other.field)' and '\(field)'")
            }
            pairs.append((field, header))
        }
        guard !pairs.isEmpty else { throw FieldProblem(field: "--map", problem: "no field=Header given") }
        self.pairs = pairs
    }

    /// The map written back as `--map` takes it (headers quoted where they need it): how it is saved and shown.
    public var text: String {
        pairs.map { "\($0.field)=\(Self.quotedIfNeeded($0.header))" }.joined(separator: ",")
    }

    /// `header` as a word inside a `--map` value: bare when plain, else in single quotes (double when it holds one).
    public static func quotedIfNeeded(_ header: String) -> String {
        let plain = header.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "." }
        if plain { return header }
        return header.contains("'") && !header.contains("\"") ? "\"\(header)\"" : "'\(header)'"
    }

    /// Splits on commas outside quotes.
    private static func pieces(_ text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var quote: Character?
        for character in text {
            if let open = quote {
                if character == open { quote = nil }
                current.append(character)
            } else if character == "'" || character == "\"" {
                quote = character
                current.append(character)
            } else if character == "," {
                pieces.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        pieces.append(current)
        return pieces.map { $0.trimmedWhitespace() }.filter { !$0.isEmpty }
    }

    private static func unquoted(_ text: String) -> String {
        guard text.count >= 2, let first = text.first, first == "'" || first == "\"", text.last == first else { return text }
        return String(text.dropFirst().dropLast()).trimmedWhitespace()
    }
}
