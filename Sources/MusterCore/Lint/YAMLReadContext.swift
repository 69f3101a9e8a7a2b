import Yams

/// Collects the diagnostics found while reading one curricula file.
final class YAMLReadContext {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    func location(_ node: Node?) -> SourceLocation {
        let mark = node?.mark
        return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    func report(_ node: Node?, _ message: String) {
        diagnostics.append(Diagnostic(location(node), message))
    }

    func report(at location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(location, message))
    }

    /// Parses the file's single YAML document, reporting a syntax error where libyaml found it.
    func compose(_ text: String) -> Node? {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                report(at: SourceLocation(file: file, line: 1, column: 1), "file is empty")
                return nil
            }
            return node
        } catch let error as YamlError {
            reportSyntax(error)
            return nil
        } catch {
            report(at: SourceLocation(file: file, line: 1, column: 1), "cannot read YAML: \(error)")
            return nil
        }
    }

    private func reportSyntax(_ error: YamlError) {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: mark.line, column: mark.column) }
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let while_ = context.map { " (\($0.text) at line \($0.mark.line))" } ?? ""
            report(at: at(mark), "YAML syntax error: \(problem)\(while_)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            report(at: at(context.mark), "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in mapping")
        case .reader(let problem, let offset, _, let yaml):
            report(at: location(ofCharacter: offset ?? 0, in: yaml), "cannot read YAML: \(problem)")
        default:
            report(at: SourceLocation(file: file, line: 1, column: 1), "cannot read YAML: \(error)")
        }
    }
}

extension YAMLReadContext {
    /// The line and column of the `offset`th character of `text`, where libyaml's reader (control characters,
    /// bad encodings) reports its problems; every line break libyaml counts ends a line.
    func location(ofCharacter offset: Int, in text: String) -> SourceLocation {
        var line = 1, column = 1
        for character in text.prefix(max(0, offset)) {
            if character.isNewline { (line, column) = (line + 1, 1) } else { column += 1 }
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}

extension Node {
    /// Words for the kind of value a node holds, for messages such as "must be text, not a list".
    var kindDescription: String {
        switch self {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        case .scalar:
            switch scalarTag {
            case .null: "empty"
            case .int: "a number"
            case .float: "a number"
            case .bool: "true/false"
            default: "text"
            }
        }
    }

    var isNull: Bool { scalarTag == .null }

    /// The resolved YAML core-schema type of a scalar node; nil for collections.
    var scalarTag: ScalarTag? {
        guard case .scalar = self else { return nil }
        return ScalarTag(rawValue: tag.rawValue) ?? .str
    }
}

/// The YAML 1.1 core-schema scalar types Yams resolves plain scalars to.
enum ScalarTag: String {
    case null = "tag:yaml.org,2002:null"
    case bool = "tag:yaml.org,2002:bool"
    case int = "tag:yaml.org,2002:int"
    case float = "tag:yaml.org,2002:float"
    case timestamp = "tag:yaml.org,2002:timestamp"
    case str = "tag:yaml.org,2002:str"
}
