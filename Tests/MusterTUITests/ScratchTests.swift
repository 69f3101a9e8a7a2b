import Testing
import TerminalUI
@testable import MusterTUI

@Test("scratch") func scratch() async {
    var h = await Harness()
    print(h.screen.joined(separator: "\n"))
    await h.press(.character("2"))
    print(h.screen.joined(separator: "\n"))
    await h.press(.down, .down, .enter)
    print(h.screen.joined(separator: "\n"))
}
