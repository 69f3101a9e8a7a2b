import Foundation
import PackagePlugin

/// Embeds the package's `Curricula/` folder into the target as Swift source, so an installed `muster`
/// binary carries the shipped curricula without a resource bundle beside it.
@main
struct EmbedCurricula: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let curricula = context.package.directoryURL.appending(path: "Curricula")
        let output = context.pluginWorkDirectoryURL.appending(path: "ShippedCurriculaFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding Curricula/ into \(target.name)",
                executable: try context.tool(named: "EmbedCurriculaTool").url,
                arguments: [curricula.path(percentEncoded: false), output.path(percentEncoded: false)],
                inputFiles: yamlFiles(under: curricula),
                outputFiles: [output]
            )
        ]
    }

    private func yamlFiles(under root: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            return []
        }
        return walker.compactMap { $0 as? URL }.filter { ["yaml", "yml"].contains($0.pathExtension) }
    }
}
