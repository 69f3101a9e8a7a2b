/// Guesses which of a file's headers holds each field, for the suggestion an unmatched header gets ("did
/// you mean --map badge='Badge #'?"). Headers are compared by their letters and digits alone, against each
/// field's name and the words HR systems use for it, then by edit distance.
public enum HeaderGuess {
    /// Words HR exports use for each field, as letters and digits in lower case.
    static let synonyms: [String: [String]] = [
        "badge": ["badge", "badgeno", "badgenumber", "badgenum", "star", "starno", "starnumber", "shield", "shieldno",
                  "employeeid", "employeeno", "empid", "empno", "personnelno", "payrollno", "serial", "serialno", "id"],
        "last_name": ["lastname", "last", "lastnme", "surname", "familyname", "lname", "namelast"],
        "first_name": ["firstname", "first", "firstnme", "givenname", "forename", "fname", "namefirst"],
        "unit": ["unit", "unitname", "descr", "unitdescr", "department", "dept", "division", "assignment", "section",
                 "district", "squad", "bureau"],
        "rank": ["rank", "title", "jobtitle", "grade", "position"],
        "email": ["email", "emailaddress", "mail", "workemail"],
        "login": ["login", "username", "userid", "account", "loginid", "netid"],
        "hire_date": ["hiredate", "hired", "dateofhire", "doh", "startdate", "hire", "appointed", "appointmentdate"],
        "status": ["status", "employmentstatus", "empstatus", "emplstatus", "active"],
        "post_id": ["postid", "pid", "post", "postnumber", "tcoleid", "tcolepid", "certificationno", "licenseno", "license"],
    ]

    /// Letters and digits of `text`, lower case.
    public static func letters(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    /// How well `header` names `field`, 0 for not at all.
    static func score(field: String, header: String) -> Int {
        let name = letters(header)
        guard !name.isEmpty else { return 0 }
        let words = synonyms[field] ?? [letters(field)]
        if name == letters(field) { return 100 }
        if words.contains(name) { return 90 }
        var best = 0
        for word in words where word.count >= 3 && name.contains(word) { best = max(best, 50 + word.count) }
        if best > 0 { return best }
        let target = letters(field)
        let similarity = 1 - Double(distance(name, target)) / Double(max(name.count, target.count))
        return similarity >= 0.6 ? Int(similarity * 40) : 0
    }

    /// For each of `fields` the header that most likely holds it, each header used once; fields no header
    /// resembles are left out.
    public static func guess(fields: [String], headers: [String]) -> [String: String] {
        var candidates: [(score: Int, field: String, header: String)] = []
        for field in fields {
            for header in headers {
                let score = score(field: field, header: header)
                if score > 0 { candidates.append((score, field, header)) }
            }
        }
        candidates.sort { $0.score != $1.score ? $0.score > $1.score : fields.firstIndex(of: $0.field)! < fields.firstIndex(of: $1.field)! }
        var chosen: [String: String] = [:]
        var used = Set<String>()
        for candidate in candidates where chosen[candidate.field] == nil && !used.contains(candidate.header) {
            chosen[candidate.field] = candidate.header
            used.insert(candidate.header)
        }
        return chosen
    }

    /// The one of `choices` nearest to `text` by edit distance, when near enough to be a slip.
    public static func nearest(_ text: String, among choices: [String]) -> String? {
        let scored = choices.map { (choice: $0, distance: distance(letters(text), letters($0))) }
        guard let best = scored.min(by: { $0.distance < $1.distance }), best.distance <= max(2, text.count / 3) else { return nil }
        return best.choice
    }

    /// Levenshtein distance over characters.
    static func distance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs), b = Array(rhs)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
