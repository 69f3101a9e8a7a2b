import MusterCore
import MusterReports
import MusterStore
import MusterTUI

extension ExportRequest {
    /// The report the tab asks for; a compliance report is judged on `asOf`.
    func report(curriculum: Curriculum, asOf: CalendarDate) -> ExportReport {
        switch kind {
        case .roster:
            .roster(RosterExportFilter(moduleID: moduleID, unit: unit, from: from, to: to))
        case .compliance:
            .compliance(ComplianceQuery(curriculum: curriculum, asOf: asOf, moduleID: moduleID, unit: unit, from: from,
                                        to: to))
        }
    }
}
