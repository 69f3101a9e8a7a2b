/// Whether a requirement is owed or only advised (`binding:` in `policy-requirements.yaml`). A requirement
/// the binding documents state is `required`; one that rests on recommendations (a voluntary programme, or
/// a discretionary item of a binding document) is `recommended`, and coverage counts it apart.
public enum RequirementBinding: String, CaseIterable, Sendable, Codable {
    case required
    case recommended
}
