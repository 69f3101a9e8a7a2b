import MusterCore

/// One CSV record and the physical line it starts on.
struct CSVRecord: Equatable {
    var line: Int
    var fields: [String]
}

/// An RFC 4180 reader that keeps physical line numbers (which CSV.swift does not report): UTF-8 with or
/// without BOM, LF or CRLF, quoted fields with commas, doubled quotes and line breaks. Blank lines are
/// skipped.
enum CSVText {
    enum Failure: Error, Equatable {
        /// Every line holding a byte that is not UTF-8.
        case notUTF8(lines: [Int])
        case unterminatedQuote(line: Int)
        case textAfterClosingQuote(line: Int)
        case quoteInsideField(line: Int)
    }

    static func records(_ bytes: [UInt8]) throws(Failure) -> [CSVRecord] {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        guard String(validating: bytes[start...], as: UTF8.self) != nil else {
            throw .notUTF8(lines: InvalidUTF8.lines(in: bytes, from: start))
        }

        var records: [CSVRecord] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var index = start
        var inQuotes = false
        var quoteOpenedOn = 0
        var fieldWasQuoted = false

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldWasQuoted = false
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) {
                records.append(CSVRecord(line: recordLine, fields: fields))
            }
            fields.removeAll(keepingCapacity: true)
        }

        while index < bytes.count {
            let byte = bytes[index]
            if inQuotes {
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 2
                        continue
                    }
                    inQuotes = false
                } else {
                    if byte == UInt8(ascii: "\n") { line += 1 }
                    field.append(byte)
                }
                index += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                if fieldWasQuoted { throw .textAfterClosingQuote(line: line) }
                guard field.allSatisfy({ $0 == UInt8(ascii: " ") }) else { throw .quoteInsideField(line: line) }
                field.removeAll()
                inQuotes = true
                fieldWasQuoted = true
                quoteOpenedOn = line
            case UInt8(ascii: ","):
                endField()
            case UInt8(ascii: "\r"), UInt8(ascii: "\n"):
                if byte == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") {
                    index += 1
                }
                endRecord()
                line += 1
                recordLine = line
            default:
                if fieldWasQuoted, byte != UInt8(ascii: " ") { throw .textAfterClosingQuote(line: line) }
                if !fieldWasQuoted { field.append(byte) }
            }
            index += 1
        }
        if inQuotes { throw .unterminatedQuote(line: quoteOpenedOn) }
        endRecord()
        return records
    }

    /// The failure as import problems located in `file`: one per line with a byte that is not UTF-8.
    static func problems(_ failure: Failure, file: String) -> [ImportProblem] {
        guard case .notUTF8(let lines) = failure else { return [problem(failure, file: file)] }
        return lines.map {
            ImportProblem(file: file, line: $0, field: "row", problem: "a byte that is not UTF-8 text (save the file as CSV UTF-8)")
        }
    }

    private static func problem(_ failure: Failure, file: String) -> ImportProblem {
        switch failure {
        case .notUTF8(let lines):
            ImportProblem(file: file, line: lines.first ?? 1, field: "row", problem: "not UTF-8 text (save it as CSV UTF-8)")
        case .unterminatedQuote(let line):
            ImportProblem(file: file, line: line, field: "row", problem: "a quoted field is never closed")
        case .textAfterClosingQuote(let line):
            ImportProblem(file: file, line: line, field: "row", problem: "text after a closing quote")
        case .quoteInsideField(let line):
            ImportProblem(file: file, line: line, field: "row",
                          problem: "a quote inside an unquoted field (quote the whole field and double the quote)")
        }
    }
}
