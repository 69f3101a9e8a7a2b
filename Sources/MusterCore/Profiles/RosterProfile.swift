/// A receiver's roster shape (`Curricula/profiles/<id>.yaml`): which columns, in which order, under which
/// names, with dates written how and identifying officers and courses by which numbers, in which file type.
/// Each column says whether the receiver's published documents ask for it or Muster inferred it.
public struct RosterProfile: Hashable, Sendable {
    public enum FileType: String, CaseIterable, Sendable {
        case csv, xlsx
    }

    /// The number that identifies an officer to the receiver.
    public enum OfficerID: String, CaseIterable, Sendable {
        /// The state's number for the officer (TCOLE PID, POST ID, DPSST number): `officers … --post-id`.
        case postID = "post_id"
        case badge
    }

    /// A published document the profile follows.
    public struct Source: Hashable, Sendable {
        public var title: String
        public var url: String
    }

    public var id: String
    public var title: String
    public var receiver: String
    /// The key of a module's `course_numbers` this receiver's course number is read from (`TX`).
    public var jurisdiction: String
    public var fileType: FileType
    public var dateFormat: RosterDateFormat
    public var officerID: OfficerID
    /// The sheet's name in an `.xlsx` file.
    public var sheet: String
    public var sources: [Source]
    public var columns: [RosterProfileColumn]

    public init(id: String, title: String, receiver: String, jurisdiction: String, fileType: FileType,
                dateFormat: RosterDateFormat, officerID: OfficerID, sheet: String, sources: [Source],
                columns: [RosterProfileColumn]) {
        self.id = id
        self.title = title
        self.receiver = receiver
        self.jurisdiction = jurisdiction
        self.fileType = fileType
        self.dateFormat = dateFormat
        self.officerID = officerID
        self.sheet = sheet
        self.sources = sources
        self.columns = columns
    }
}

/// One column of a roster profile: its header, where its value comes from, and why it is there.
public struct RosterProfileColumn: Hashable, Sendable {
    /// Whether the receiver's published documents ask for the column, or Muster inferred it.
    public enum Basis: String, CaseIterable, Sendable {
        case published, inferred
    }

    public var name: String
    public var value: Value
    public var basis: Basis
    /// A row with no value here is refused, and then nothing is written.
    public var required: Bool

    public enum Value: Hashable, Sendable {
        case field(RosterField)
        /// The same text on every row (an agency name, a training category the receiver fixes).
        case text(String)
    }

    public init(name: String, value: Value, basis: Basis, required: Bool) {
        self.name = name
        self.value = value
        self.basis = basis
        self.required = required
    }
}

/// What a roster column may hold, from the completion, its officer and its module version.
public enum RosterField: String, CaseIterable, Sendable {
    /// The profile's officer id (`officer_id: post_id` or `badge`).
    case officerID = "officer_id"
    case badge
    case postID = "post_id"
    case lastName = "last_name"
    case firstName = "first_name"
    case unit
    /// The module version's `course_numbers` entry for the profile's jurisdiction.
    case courseNumber = "course_number"
    case moduleID = "module_id"
    case moduleTitle = "module_title"
    case moduleSummary = "module_summary"
    case moduleVersion = "module_version"
    case area
    /// The completion's date: a completion is one day, so a roster's start and end dates are both that day.
    case startDate = "start_date"
    case endDate = "end_date"
    case completedOn = "completed_on"
    /// The completion's recorded hours, else its version's.
    case hours
    case result
    case score
    case instructor

    /// Fields that identify the officer or the course to the receiver: required unless the column says not.
    public var requiredByDefault: Bool {
        [.officerID, .postID, .courseNumber].contains(self)
    }

    public var isDate: Bool { [.startDate, .endDate, .completedOn].contains(self) }
}
