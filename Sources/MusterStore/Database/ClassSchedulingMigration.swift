/// `v9-class-scheduling`: class sessions can be scheduled ahead, with a start time, a number of seats and a
/// dated cancellation, and officers enrolled in them with their attendance. The new columns are NULL on
/// sessions recorded before, so their audited states (which leave NULL columns out) still verify.
enum ClassSchedulingMigration {
    static let name = "v9-class-scheduling"

    static let enrolmentTable = """
        CREATE TABLE class_enrolment (
            id INTEGER NOT NULL PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES class_session(id),
            badge TEXT NOT NULL REFERENCES officer(badge),
            enrolled_on TEXT NOT NULL,
            attendance TEXT CHECK (attendance IN ('present', 'absent')),
            score INTEGER CHECK (score BETWEEN 0 AND 100),
            UNIQUE (session_id, badge)
        )
        """

    static let sql = """
        ALTER TABLE class_session ADD COLUMN starts_at TEXT;
        ALTER TABLE class_session ADD COLUMN capacity INTEGER CHECK (capacity > 0);
        ALTER TABLE class_session ADD COLUMN cancelled_on TEXT;
        \(enrolmentTable);
        CREATE INDEX class_enrolment_badge ON class_enrolment(badge, session_id);
        """
}
