import MusterCore
import MusterStore

extension OfficerRecordSet {
    /// The same records in the status engine's terms.
    var statusRecords: OfficerRecords {
        OfficerRecords(officer: officer, assignments: assignments, completions: completions, waivers: waivers)
    }
}
