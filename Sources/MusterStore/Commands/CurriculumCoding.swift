import Foundation
import MusterCore

/// JSON forms of curriculum items as snapshotted in the database: sorted keys so equal content is
/// equal text, which is how a reload recognises a version it already holds.
enum CurriculumCoding {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decodeModule(_ text: String) -> Module? {
        try? JSONDecoder().decode(Module.self, from: Data(text.utf8))
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) -> T? {
        try? JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
