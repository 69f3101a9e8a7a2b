import Foundation
import Yams

/// Reads the keys of one YAML mapping, reporting unknown, missing and mistyped keys as it goes.
struct MappingReader {
    let context: YAMLReadContext
    let node: Node
    /// What the mapping describes, for messages ("module", "policy source").
    let what: String
    private let entries: [(key: String, keyNode: Node, value: Node)]

    init?(_ node: Node, what: String, context: YAMLReadContext) {
        guard case .mapping(let mapping) = node else {
            context.report(node, "\(what) must be a mapping of keys, not \(node.kindDescription)")
            return nil
        }
        self.context = context
        self.node = node
        self.what = what
        entries = mapping.map { pair in (pair.key.string ?? "", pair.key, pair.value) }
    }

    /// Reports every key not in `allowed`.
    func rejectUnknownKeys(allowed: [String]) {
        for entry in entries where !allowed.contains(entry.key) {
            context.report(entry.keyNode, "unknown key '\(entry.key)' in \(what) (known keys: \(allowed.joined(separator: ", ")))")
        }
    }

    /// The value node of `key`; reports it missing when `required`.
    func value(_ key: String, required: Bool) -> Node? {
        if let entry = entries.first(where: { $0.key == key }), !entry.value.isNull {
            return entry.value
        }
        if required {
            if let entry = entries.first(where: { $0.key == key }) {
                context.report(entry.keyNode, "'\(key)' is empty")
            } else {
                context.report(node, "missing required key '\(key)' in \(what)")
            }
        }
        return nil
    }

    // MARK: - Typed values

    func string(_ key: String, required: Bool = true) -> String? {
        guard let value = value(key, required: required) else { return nil }
        return text(value, key: key)
    }

    /// The text of a scalar node, reporting lists, mappings and blank text.
    func text(_ value: Node, key: String) -> String? {
        guard case .scalar(let scalar) = value else {
            context.report(value, "'\(key)' must be text, not \(value.kindDescription)")
            return nil
        }
        let trimmed = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            context.report(value, "'\(key)' is empty")
            return nil
        }
        do { try RecordRules.checkText(trimmed, field: key, lineBreaks: true) } catch {
            context.report(value, "'\(key)' \(error.problem)")
            return nil
        }
        return trimmed
    }

    func integer(_ key: String, required: Bool = true) -> Int? {
        guard let value = value(key, required: required) else { return nil }
        guard case .scalar(let scalar) = value, value.scalarTag == .int, let number = Int(scalar.string) else {
            context.report(value, "'\(key)' must be a whole number, not \(describe(value))")
            return nil
        }
        return number
    }

    func number(_ key: String, required: Bool = true) -> Double? {
        guard let value = value(key, required: required) else { return nil }
        guard case .scalar(let scalar) = value, [.int, .float].contains(value.scalarTag),
              let number = Double(scalar.string) else {
            context.report(value, "'\(key)' must be a number, not \(describe(value))")
            return nil
        }
        return number
    }

    /// Only `true` or `false`: YAML 1.1's `yes`/`on` spellings are refused so a key reads one way everywhere.
    func bool(_ key: String, required: Bool = true) -> Bool? {
        guard let value = value(key, required: required) else { return nil }
        guard case .scalar(let scalar) = value, value.scalarTag == .bool,
              let flag = ["true": true, "false": false][scalar.string.lowercased()] else {
            context.report(value, "'\(key)' must be true or false, not \(describe(value))")
            return nil
        }
        return flag
    }

    func date(_ key: String, required: Bool = true) -> CalendarDate? {
        guard let value = value(key, required: required) else { return nil }
        guard case .scalar(let scalar) = value, let date = CalendarDate(iso: scalar.string) else {
            context.report(value, "'\(key)' must be a date in YYYY-MM-DD form, not \(describe(value))")
            return nil
        }
        do { try RecordRules.checkDate(date, field: key) } catch {
            context.report(value, "'\(key)' \(error.problem)")
            return nil
        }
        return date
    }

    func version(_ key: String, required: Bool = true) -> ModuleVersion? {
        guard let value = value(key, required: required) else { return nil }
        guard case .scalar(let scalar) = value, let version = ModuleVersion(scalar.string) else {
            context.report(value, "'\(key)' must be a dotted version such as \"2023.1\", not \(describe(value))")
            return nil
        }
        return version
    }

    /// One word of a closed set, reporting the words that are allowed.
    func word<Word: RawRepresentable & CaseIterable>(_ key: String, _ type: Word.Type, required: Bool = true) -> Word?
    where Word.RawValue == String {
        guard let value = value(key, required: required), let text = text(value, key: key) else { return nil }
        return self.word(text, at: value, key: key, type)
    }

    func word<Word: RawRepresentable & CaseIterable>(_ text: String, at node: Node, key: String, _ type: Word.Type) -> Word?
    where Word.RawValue == String {
        guard let word = Word(rawValue: text) else {
            let allowed = Word.allCases.map(\.rawValue).joined(separator: ", ")
            context.report(node, "'\(key)' has unknown value '\(text)' (expected one of: \(allowed))")
            return nil
        }
        return word
    }

    /// A list of scalars, each returned with its node so later checks can point at it.
    func textList(_ key: String, required: Bool = true) -> [(text: String, node: Node)]? {
        guard let items = list(key, required: required) else { return nil }
        return items.compactMap { item in text(item, key: key).map { ($0, item) } }
    }

    func list(_ key: String, required: Bool = true) -> [Node]? {
        guard let value = value(key, required: required) else { return nil }
        guard case .sequence(let sequence) = value else {
            context.report(value, "'\(key)' must be a list, not \(value.kindDescription)")
            return nil
        }
        return Array(sequence)
    }

    func mapping(_ key: String, what: String, required: Bool = true) -> MappingReader? {
        guard let value = value(key, required: required) else { return nil }
        return MappingReader(value, what: what, context: context)
    }

    private func describe(_ value: Node) -> String {
        if case .scalar(let scalar) = value { return "'\(scalar.string)'" }
        return value.kindDescription
    }
}
