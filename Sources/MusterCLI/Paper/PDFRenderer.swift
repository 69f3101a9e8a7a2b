import ArgumentParser
import Dispatch
import Foundation
import MusterStore

/// Turns a `PaperHTML` document into a PDF with WeasyPrint (Debian's `weasyprint`: HTML and CSS to PDF, fonts
/// through fontconfig, so any script a font on the machine covers prints). The HTML goes in on standard input and
/// the PDF comes back on standard output; the program is run directly, never through a shell, and the PDF is
/// written by the safe output rules (`ExportOutput`).
enum PDFRenderer {
    static func render(html: String, to path: String, replacing: Bool, database: String) throws {
        let pdf = try pdfBytes(html)
        let output = try ExportOutput(path: path, replacing: replacing, protecting: database)
        do {
            try output.write(bytes: pdf)
            try output.finish()
        } catch {
            output.abandon()
            throw error
        }
    }

    static func pdfBytes(_ html: String) throws -> [UInt8] {
        guard let program = program() else {
            throw MusterFailure.validation("printing needs WeasyPrint: install it with `apt-get install weasyprint` "
                + "(and fonts-dejavu-core, fonts-wqy-microhei for names in every script)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        // `-u /nonexistent/`: the documents link to nothing, and no relative URL may reach the working folder.
        process.arguments = ["--quiet", "--encoding", "utf-8", "--base-url", "/nonexistent/", "-", "-"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.standardError
        do { try process.run() } catch {
            throw MusterFailure.validation("cannot run \(program): \(error.localizedDescription)")
        }
        let writer = input.fileHandleForWriting
        let data = Data(html.utf8)
        // Written on another thread while this one reads, so neither pipe can fill and stall the other side.
        DispatchQueue.global().async {
            try? writer.write(contentsOf: data)
            try? writer.close()
        }
        let pdf = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0, pdf.starts(with: Array("%PDF".utf8)) else {
            throw MusterFailure.storage("\(program) could not make the PDF (exit \(process.terminationStatus))")
        }
        return Array(pdf)
    }

    private static func program() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return (path.split(separator: ":").map { "\($0)/weasyprint" } + ["/usr/bin/weasyprint"])
            .first(where: FileManager.default.isExecutableFile(atPath:))
    }
}

/// `-o FILE.pdf` and `--force`, as every printing command takes them.
struct PaperOutputOptions: ParsableArguments {
    @Option(name: .short, help: ArgumentHelp(
        "The PDF to write (atomically, created 0600); never the database, never through a symbolic link.", valueName: "FILE.pdf"))
    var output: String
    @Flag(help: "Replace FILE.pdf if it exists.") var force = false

    func write(_ html: String, database: String, what: String) throws {
        try PDFRenderer.render(html: html, to: output, replacing: force, database: database)
        try StandardStreams.error("wrote \(what) to \(output)")
    }
}
