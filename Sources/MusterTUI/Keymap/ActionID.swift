/// Stable, dotted ids of everything a key can do (`context.verb`): the same ids name bindings in the
/// keymap, the hint bar, the help overlay and tests.
enum ActionID: String, CaseIterable, Sendable {
    case help = "global.help"
    case quit = "global.quit"
    case nextTab = "global.next-tab"
    case previousTab = "global.previous-tab"
    case gotoTab = "global.goto-tab"
    case refresh = "global.refresh"

    case listUp = "list.up"
    case listDown = "list.down"
    case listPageUp = "list.page-up"
    case listPageDown = "list.page-down"
    case listTop = "list.top"
    case listBottom = "list.bottom"

    case officersOpen = "officers.open"
    case officersSearch = "officers.search"
    case officersUnit = "officers.filter-unit"
    case officersStatus = "officers.filter-status"
    case officersSort = "officers.sort"
    case officersClear = "officers.clear"

    case searchAccept = "search.accept"
    case searchCancel = "search.cancel"

    case detailBack = "officer.back"
    case detailPane = "officer.switch-pane"
    case officerRecord = "officer.record"
    case officerAssign = "officer.assign"
    case officerWaive = "officer.waive"
    case officerVoid = "officer.void"

    case myTrainingPane = "my-training.switch-pane"

    case dashboardLapsed = "dashboard.show-lapsed"

    case modulesModules = "modules.show-modules"
    case modulesCertifications = "modules.show-certifications"
    case modulesCoverage = "modules.show-coverage"

    case classesEdit = "classes.edit"
    case classesAddDue = "classes.add-due"
    case classesAddUnit = "classes.add-unit"
    case classesRecord = "classes.record"
    case classesClear = "classes.clear"
    case classesFind = "classes.find"
    case findAdd = "classes.find-add"
    case findCancel = "classes.find-cancel"
    case findUp = "classes.find-up"
    case findDown = "classes.find-down"

    case exportsEdit = "exports.edit"
    case exportsPreview = "exports.preview"
    case exportsWrite = "exports.write"

    case formNext = "form.next"
    case formPrevious = "form.previous"
    case formEnter = "form.enter"
    case formSave = "form.save"
    case formCancel = "form.cancel"

    case helpClose = "help.close"
    case helpUp = "help.up"
    case helpDown = "help.down"
    case helpPageUp = "help.page-up"
    case helpPageDown = "help.page-down"

    case confirmYes = "confirm.yes"
    case confirmNo = "confirm.no"
    case replaceYes = "replace.yes"
    case replaceNo = "replace.no"
    case sheetYes = "sheet.yes"
    case sheetNo = "sheet.no"
    case classesOpen = "classes.open-next"
}
