import ArgumentParser
import MusterTUI

/// `muster keys`: every key of the terminal workspace, from the same table that drives the keys and `?` help.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys", abstract: "List every key of the terminal workspace as a Markdown table.")

    func run() throws {
        try StandardStreams.out(MusterApp.keymapMarkdown)
    }
}
