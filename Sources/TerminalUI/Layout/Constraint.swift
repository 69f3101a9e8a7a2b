/// How much of a rectangle one part of a split takes.
public enum Constraint: Hashable, Sendable {
    /// Exactly this many cells (less if there is not enough room).
    case fixed(Int)
    /// This percentage of the whole length, rounded down.
    case percentage(Int)
    /// A share of what fixed and percentage parts leave, proportional to the weight.
    case fill(Int)

    /// `fill(1)`.
    public static let fill = Constraint.fill(1)
}

extension Rect {
    /// Splits the rectangle into stacked rows, top to bottom, one per constraint.
    public func splitRows(_ constraints: [Constraint]) -> [Rect] {
        Self.lengths(height, constraints).reduce(into: (rects: [Rect](), offset: y)) { acc, length in
            acc.rects.append(Rect(x: x, y: acc.offset, width: width, height: length))
            acc.offset += length
        }.rects
    }

    /// Splits the rectangle into side-by-side columns, left to right, one per constraint.
    public func splitColumns(_ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        let gaps = max(0, constraints.count - 1) * spacing
        let lengths = Self.lengths(max(0, width - gaps), constraints)
        var rects: [Rect] = [], offset = x
        for length in lengths {
            rects.append(Rect(x: offset, y: y, width: length, height: height))
            offset += length + spacing
        }
        return rects
    }

    /// Lengths that never sum to more than `total`: fixed and percentage parts are served first, in order,
    /// then fills share the remainder by weight (the last fill gets the rounding leftover).
    static func lengths(_ total: Int, _ constraints: [Constraint]) -> [Int] {
        var remaining = max(0, total)
        var lengths = Array(repeating: 0, count: constraints.count)
        for (index, constraint) in constraints.enumerated() {
            let wanted: Int
            switch constraint {
            case .fixed(let n): wanted = max(0, n)
            case .percentage(let p): wanted = max(0, total * p / 100)
            case .fill: continue
            }
            lengths[index] = min(wanted, remaining)
            remaining -= lengths[index]
        }
        let weights = constraints.map { if case .fill(let w) = $0 { max(0, w) } else { 0 } }
        let totalWeight = weights.reduce(0, +)
        guard totalWeight > 0 else { return lengths }
        let pool = remaining
        var lastFill = -1
        for (index, weight) in weights.enumerated() where weight > 0 {
            lengths[index] = pool * weight / totalWeight
            remaining -= lengths[index]
            lastFill = index
        }
        if lastFill >= 0 { lengths[lastFill] += remaining }
        return lengths
    }
}
