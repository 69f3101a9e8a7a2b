/// Migration v10-notices: what reminders need kept. A unit's supervisor (a login or an e-mail address) receives
/// the unit's digest; the agency's settings hold the saved sender; `notice_sent` remembers every item each
/// notice carried, so a daily run never sends the same item in the same state twice. All three are written
/// through the audited write path like every other record.
enum NoticesMigration {
    static let name = "v10-notices"

    static let createUnitSupervisor = """
        CREATE TABLE unit_supervisor (
            unit TEXT NOT NULL PRIMARY KEY,
            supervisor TEXT NOT NULL
        )
        """

    static let createSetting = """
        CREATE TABLE setting (
            name TEXT NOT NULL PRIMARY KEY,
            value TEXT NOT NULL
        )
        """

    /// One row per item a notice carried. The key is the item (officer × module), its state, the window it fell in
    /// and the date that state is about (expiry or due date), so a renewed item that expires again later is new;
    /// `audience` tells the officer's own notice from their supervisor's digest, which are sent independently.
    static let createNoticeSent = """
        CREATE TABLE notice_sent (
            id INTEGER NOT NULL PRIMARY KEY,
            audience TEXT NOT NULL CHECK (audience IN ('officer', 'supervisor')),
            badge TEXT NOT NULL REFERENCES officer(badge),
            item TEXT NOT NULL,
            state TEXT NOT NULL,
            window_days INTEGER NOT NULL,
            on_date TEXT,
            recipient TEXT NOT NULL,
            message_id TEXT NOT NULL,
            sent_at TEXT NOT NULL
        )
        """

    static let keyIndexName = "notice_sent_key"
    static let keyIndex =
        "CREATE UNIQUE INDEX notice_sent_key ON notice_sent(badge, item, state, window_days, audience, COALESCE(on_date, ''))"

    static var sql: String {
        [createUnitSupervisor, createSetting, createNoticeSent, keyIndex].joined(separator: ";\n") + ";"
    }
}
