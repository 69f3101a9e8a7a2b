/// Migration `v7-post-id`: officers gain the state's number for them (`post_id`: TCOLE PID, POST ID, DPSST
/// number), which receivers' rosters identify officers by. Added at the end of the table, where
/// `OfficerColumn.postID` sits; every existing officer has none, so no audit state changes (a column with no
/// value is left out of it).
enum PostIDMigration {
    static let name = "v7-post-id"

    static let sql = "ALTER TABLE officer ADD COLUMN post_id TEXT"
}
