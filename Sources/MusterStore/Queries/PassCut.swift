import MusterCore

/// One officer at a time, their `completion_latest` rows (the newest and the earliest counting completion of each
/// module version), worked out from their passes as `ProgramPassRun` reads them from `pass_digest`: a status read
/// then steps through one row per officer instead of 1.7 M table rows at 100,000 officers. The rule is
/// `CompletionLatestRule`'s: a pass counts (the index holds only those), and of two the newer has the later day,
/// then the higher id. Rows are keyed as the table is, by module id and version text: regular rows by the
/// engine's rank and ordinal (`CompactRowDecoder.slot`), rows it cannot rank by the texts its `irregular` keeps.
/// One per read, reused for every officer.
struct PassCut {
    let decoder: CompactRowDecoder
    private var rows: [CompactLatestRow] = []
    /// The position in `rows` of each regular key's row, -1 for none; set back as each officer is taken.
    private var slots: [Int32]

    init(decoder: CompactRowDecoder) {
        self.decoder = decoder
        slots = [Int32](repeating: -1, count: decoder.keySlots)
    }

    /// Counts a pass of `badge`: a regular row, or one `decoder.compact` kept aside.
    mutating func add(_ pass: CompactCompletion, badge: String) {
        if pass.module >= 0 {
            let slot = decoder.slot(pass.module, pass.version)
            if slots[slot] >= 0 { return count(pass, into: Int(slots[slot])) }
            slots[slot] = Int32(rows.count)
        } else if let index = rows.indices.first(where: { rows[$0].newest.module < 0 && sameTexts(rows[$0].newest, pass) }) {
            return count(pass, into: index)
        }
        rows.append(CompactLatestRow(badge: badge, newest: pass, earliestID: pass.id, earliestOn: pass.completedOn,
                                     earliestHours: pass.hours))
    }

    /// The officer's rows, the cut starting again empty for the next.
    mutating func take() -> [CompactLatestRow] {
        for row in rows where row.newest.module >= 0 { slots[decoder.slot(row.newest.module, row.newest.version)] = -1 }
        defer { rows = [] }
        return rows
    }

    private mutating func count(_ pass: CompactCompletion, into index: Int) {
        let key = (pass.completedOn, pass.id)
        if key > (rows[index].newest.completedOn, rows[index].newest.id) { rows[index].newest = pass }
        if key < (rows[index].earliestOn, rows[index].earliestID) {
            (rows[index].earliestID, rows[index].earliestOn, rows[index].earliestHours) = (pass.id, pass.completedOn, pass.hours)
        }
    }

    private func sameTexts(_ lhs: CompactCompletion, _ rhs: CompactCompletion) -> Bool {
        let (left, right) = (decoder.irregular[Int(lhs.version)], decoder.irregular[Int(rhs.version)])
        return left.moduleID == right.moduleID && left.moduleVersion == right.moduleVersion
    }
}
