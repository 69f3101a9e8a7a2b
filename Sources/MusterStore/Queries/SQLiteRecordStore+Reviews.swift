import GRDB
import MusterCore

extension SQLiteRecordStore {
    /// The review of every loaded version of `moduleID` (every module's when nil), oldest version first.
    public func reviews(moduleID: String?) throws -> [VersionReview] {
        try read { db in try CurriculumReviewRows.reviews(db, moduleID: moduleID) }
    }
}
