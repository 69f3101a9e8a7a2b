/// How a module is assessed, and the score that passes when one is set.
public struct Assessment: Hashable, Sendable, Codable {
    public enum Kind: String, CaseIterable, Sendable, Codable {
        case attendance, written, practical, scenario
    }

    public var kind: Kind
    /// 0–100; nil means any recorded result stands as given.
    public var passMark: Int?

    public init(kind: Kind, passMark: Int? = nil) {
        self.kind = kind
        self.passMark = passMark
    }

    enum CodingKeys: String, CodingKey {
        case kind
        case passMark = "pass_mark"
    }
}
