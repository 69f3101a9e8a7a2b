extension FormState {
    /// Keeps the output file's extension in step with the chosen format (`roster.csv` → `roster.json`),
    /// unless the user typed some other extension.
    mutating func matchOutputExtensionToFormat() {
        guard case .export = kind, let format = self[.format]?.value, let output = self[.output]?.value else { return }
        for other in ExportRequest.Format.allCases where other.rawValue != format && output.hasSuffix("." + other.rawValue) {
            let stem = output.dropLast(other.rawValue.count + 1)
            set(.output, stem + "." + format)
            return
        }
    }
}
