import Foundation

// Usage: EmbedCurriculaTool CURRICULA_DIR OUTPUT.swift
// Writes `ShippedCurriculaFiles.files`: every YAML file below CURRICULA_DIR keyed by its relative path.
let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: EmbedCurriculaTool CURRICULA_DIR OUTPUT.swift\n".utf8))
    exit(2)
}
let root = URL(fileURLWithPath: arguments[1]).standardizedFileURL
let output = URL(fileURLWithPath: arguments[2])

var files: [(String, String)] = []
if let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) {
    for case let url as URL in walker where ["yaml", "yml"].contains(url.pathExtension) {
        let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
        files.append((relative, try String(contentsOf: url, encoding: .utf8)))
    }
}
files.sort { $0.0 < $1.0 }

/// A raw string delimiter longer than any run of `#` in the text, so no content can end the literal.
func delimiter(for text: String) -> String {
    var longest = 0
    var run = 0
    for character in text {
        run = character == "#" ? run + 1 : 0
        longest = max(longest, run)
    }
    return String(repeating: "#", count: longest + 1)
}

var source = "// Generated at build time from Curricula/ by EmbedCurriculaTool. Do not edit.\n"
source += "enum ShippedCurriculaFiles {\n    static let files: [(path: String, text: String)] = [\n"
for (path, text) in files {
    let hashes = delimiter(for: text)
    source += "        (\(String(reflecting: path)), \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)),\n"
}
source += "    ]\n}\n"
try source.write(to: output, atomically: true, encoding: .utf8)
