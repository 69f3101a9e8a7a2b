/// The closed set of subject areas a module belongs to. The raw values are the YAML `area` words.
public enum TrainingArea: String, CaseIterable, Sendable, Codable {
    case deEscalation = "de-escalation"
    case dutyToIntervene = "duty-to-intervene"
    case implicitBias = "implicit-bias"
    case lessLethalForce = "less-lethal-force"
    case deadlyForce = "deadly-force"
    case restraints = "restraints"
    case medicalAid = "medical-aid"
    case tactics = "tactics"
    case reporting = "reporting"
    case wellness = "wellness"
    case legal = "legal"
    case technology = "technology"

    /// A heading for lists and the TUI.
    public var title: String {
        switch self {
        case .deEscalation: "De-escalation"
        case .dutyToIntervene: "Duty to intervene"
        case .implicitBias: "Implicit bias and profiling"
        case .lessLethalForce: "Less-lethal force"
        case .deadlyForce: "Deadly force"
        case .restraints: "Restraints"
        case .medicalAid: "Medical aid"
        case .tactics: "Tactics and entries"
        case .reporting: "Reporting"
        case .wellness: "Officer wellness"
        case .legal: "Policy and law"
        case .technology: "Technology and recording"
        }
    }
}

/// How a module is delivered. The raw values are the YAML `delivery` words.
public enum DeliveryMethod: String, CaseIterable, Sendable, Codable {
    case classroom, scenario, online, practical
}
