import Yams

extension CurriculumDocumentParser {
    /// `course_numbers: { TX: "1849", CA: "…" }`: each receiver's number for the course, by jurisdiction code.
    /// A number written bare (`TX: 1849`) is read as its text, so leading zeros must be quoted to survive.
    func courseNumbers(_ reader: MappingReader) -> [String: String] {
        guard let value = reader.value("course_numbers", required: false) else { return [:] }
        guard case .mapping(let mapping) = value else {
            context.report(value, "'course_numbers' must be a mapping of jurisdiction to course number "
                           + "(such as { TX: \"1849\" }), not \(value.kindDescription)")
            return [:]
        }
        var numbers: [String: String] = [:]
        for (key, number) in mapping {
            let code = key.string ?? ""
            guard CourseNumbers.isJurisdiction(code) else {
                context.report(key, "'course_numbers' key '\(code)' is not a jurisdiction code "
                               + "(2 to 10 upper-case letters, digits or hyphens, such as TX or CA)")
                continue
            }
            guard case .scalar(let scalar) = number, !number.isNull, [.str, .int].contains(number.scalarTag) else {
                context.report(number, "course number for \(code) must be text such as \"1849\", not \(number.kindDescription)")
                continue
            }
            let text = scalar.string
            guard CourseNumbers.isCourseNumber(text) else {
                context.report(number, "course number for \(code) '\(text)' must be 1 to 40 letters, digits, "
                               + "hyphens, dots or slashes")
                continue
            }
            numbers[code] = text
        }
        return numbers
    }
}

/// What a jurisdiction code and a course number may be: short, printable, and safe in every roster cell.
public enum CourseNumbers {
    public static func isJurisdiction(_ code: String) -> Bool {
        (2...10).contains(code.utf8.count) && code.utf8.allSatisfy { byte in
            (65...90).contains(byte) || (48...57).contains(byte) || byte == UInt8(ascii: "-")
        } && code.utf8.first.map { (65...90).contains($0) } == true
    }

    public static func isCourseNumber(_ text: String) -> Bool {
        (1...40).contains(text.utf8.count) && text.utf8.allSatisfy { byte in
            (65...90).contains(byte) || (97...122).contains(byte) || (48...57).contains(byte)
                || [UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "/")].contains(byte)
        } && text.utf8.first.map { (48...57).contains($0) || (65...90).contains($0) || (97...122).contains($0) } == true
    }
}
