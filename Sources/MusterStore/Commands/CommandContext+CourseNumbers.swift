import GRDB
import MusterCore

extension CommandContext {
    /// A stored module version whose content differs from `module` only in its `course_numbers` takes the new
    /// numbers (audited as `setCourseNumbers`): a receiver's number is often given after a course is designed,
    /// and it changes nothing a status is judged by, so it does not need a new version. Returns whether it did.
    func updateCourseNumbers(of module: Module, storedContent: String) throws -> Bool {
        guard var stored = CurriculumCoding.decodeModule(storedContent), stored.courseNumbers != module.courseNumbers else {
            return false
        }
        stored.courseNumbers = module.courseNumbers
        guard stored == module else { return false }
        let key = "\(module.id)@\(module.version.description)"
        let before = try AuditEntity.moduleVersion.snapshot(db, key: key)
        try db.execute(sql: "UPDATE module_version SET content = ? WHERE module_id = ? AND version = ?",
                       arguments: [try CurriculumCoding.encode(module), module.id, module.version.description])
        try audit(action: "setCourseNumbers", entity: .moduleVersion, key: key, before: before)
        return true
    }
}
