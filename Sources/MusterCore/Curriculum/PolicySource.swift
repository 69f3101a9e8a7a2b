/// A document that requires or recommends training, and whether it still binds anyone.
public struct PolicySource: Hashable, Sendable, Codable, Identifiable {
    public enum Status: String, CaseIterable, Sendable, Codable {
        case inForce = "in-force"
        case voluntary
        case superseded
        case revoked

        /// In-force and voluntary documents still stand; superseded and revoked ones are history.
        public var stillStands: Bool { self == .inForce || self == .voluntary }
    }

    public var id: String
    public var title: String
    public var issuer: String
    public var date: CalendarDate
    public var binds: String
    public var status: Status
    /// The day it stopped binding, for superseded and revoked documents.
    public var ended: CalendarDate?
    /// The id of the document that ended it.
    public var endedBy: String?
    public var url: String
    /// What the status word cannot say (`note`), e.g. that a programme ended in practice.
    public var note: String?

    public init(
        id: String, title: String, issuer: String, date: CalendarDate, binds: String, status: Status,
        ended: CalendarDate? = nil, endedBy: String? = nil, url: String, note: String? = nil
    ) {
        self.id = id
        self.title = title
        self.issuer = issuer
        self.date = date
        self.binds = binds
        self.status = status
        self.ended = ended
        self.endedBy = endedBy
        self.url = url
        self.note = note
    }

    /// Whether the document still stands on `date`: issued by then and not ended by then.
    public func stands(on day: CalendarDate) -> Bool {
        guard date <= day else { return false }
        if let ended { return day < ended }
        return status.stillStands
    }

    enum CodingKeys: String, CodingKey {
        case id, title, issuer, date, binds, status, ended, url, note
        case endedBy = "ended_by"
    }
}
