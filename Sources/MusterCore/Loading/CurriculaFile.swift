import Foundation

/// One YAML file of a curricula folder, with the path shown in diagnostics.
public struct CurriculaFile: Hashable, Sendable {
    /// What a file defines, decided by where it sits in the folder.
    public enum Kind: Hashable, Sendable {
        case module, certification, policySources, policyRequirements, program
        /// `profiles/*.yaml`: a receiver's roster shape (`RosterProfile`).
        case profile
        /// `review.yaml`: the sign-offs a later module version needs.
        case review
        /// `triggers.yaml`: what events assign (`IncidentTrigger`).
        case triggers
    }

    /// The path as shown to the user (relative to where they pointed Muster).
    public var path: String
    public var text: String
    /// The lines that held bytes that are not UTF-8 (`text` has U+FFFD in their place); lint reports each,
    /// and still reads the rest of the file, so one bad byte hides no other problem.
    public var invalidUTF8Lines: [Int]

    public init(path: String, text: String) {
        self.path = path
        self.text = text
        invalidUTF8Lines = []
    }

    /// A file as read from disk, whatever its bytes.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        if let text = String(validating: bytes, as: UTF8.self) {
            self.text = text
            invalidUTF8Lines = []
        } else {
            text = String(decoding: bytes, as: UTF8.self)
            invalidUTF8Lines = InvalidUTF8.lines(in: bytes)
        }
    }

    /// `modules/*.yaml`, `certifications/*.yaml`, `programs/*.yaml`, `profiles/*.yaml`, `policy-sources.yaml`, `policy-requirements.yaml`, `review.yaml`;
    /// nil for anything else.
    public var kind: Kind? {
        let components = path.split(separator: "/").map(String.init)
        guard let name = components.last else { return nil }
        let stem = name.hasSuffix(".yaml") ? String(name.dropLast(5)) : name.hasSuffix(".yml") ? String(name.dropLast(4)) : nil
        guard let stem else { return nil }
        if stem == "policy-sources" { return .policySources }
        if stem == "policy-requirements" { return .policyRequirements }
        if stem == "review", components.count == 1 || !["modules", "certifications"].contains(components[components.count - 2]) {
            return .review
        }
        if stem == "triggers" { return .triggers }
        let folder = components.count >= 2 ? components[components.count - 2] : ""
        if folder == "modules" { return .module }
        if folder == "certifications" { return .certification }
        if folder == "profiles" { return .profile }
        if folder == "programs" { return .program }
        return nil
    }

    /// Reads every YAML file below `directory` (sorted), or the single file when `path` is a file.
    /// Paths in diagnostics start with `path` exactly as given.
    public static func read(path: String) throws -> [CurriculaFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CurriculaReadError.notFound(path)
        }
        guard isDirectory.boolValue else { return [try readFile(path)] }
        let base = path.hasSuffix("/") ? String(path.dropLast()) : path
        guard let walker = FileManager.default.enumerator(atPath: base) else { throw CurriculaReadError.notFound(path) }
        var files: [CurriculaFile] = []
        for case let relative as String in walker where relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") {
            files.append(try readFile("\(base)/\(relative)"))
        }
        return files.sorted { $0.path < $1.path }
    }

    private static func readFile(_ path: String) throws -> CurriculaFile {
        guard let data = FileManager.default.contents(atPath: path) else { throw CurriculaReadError.unreadable(path) }
        return CurriculaFile(path: path, bytes: [UInt8](data))
    }
}

/// A curricula path that could not be read at all (as opposed to one with problems inside).
public enum CurriculaReadError: Error, Equatable, CustomStringConvertible {
    case notFound(String)
    case unreadable(String)

    public var description: String {
        switch self {
        case .notFound(let path): "\(path): no such file or folder"
        case .unreadable(let path): "\(path): cannot be read"
        }
    }
}
