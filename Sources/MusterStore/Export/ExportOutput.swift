#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Where an export goes. A regular file (new or, with `replacing`, existing) is written to a temporary file
/// beside it and moved into place by `finish()`, so readers never see half a file and a failed export leaves the
/// old one; standard output, a device or a FIFO is written directly. `OutputFile` decides which paths may be
/// written at all.
public final class ExportOutput {
    /// The file the export ends up in, or nil for standard output.
    public let path: String?
    /// True when writing through a temporary file that `finish()` renames.
    public let isAtomic: Bool
    private let descriptor: Int32
    private let temporaryPath: String?
    private let finalPath: String?
    /// The file being replaced, whose mode and owner the new one keeps; nil for a new file.
    private let replaced: stat?
    private var buffer: [UInt8] = []
    private var closed = false

    /// Opens `path` for an export; nil or `-` means standard output. An existing file is replaced only when
    /// `replacing`; `database` names the database whose files must never be written over.
    public init(path: String?, replacing: Bool = false, protecting database: String? = nil) throws {
        self.path = path
        guard let path, path != "-", path != "/dev/stdout" else {
            descriptor = STDOUT_FILENO
            (isAtomic, temporaryPath, finalPath, replaced) = (false, nil, nil, nil)
            return
        }
        if path == "/dev/stderr" {
            descriptor = STDERR_FILENO
            (isAtomic, temporaryPath, finalPath, replaced) = (false, nil, nil, nil)
            return
        }
        switch try OutputFile.target(path, replacing: replacing, protecting: database) {
        case .regular(let regular, let existing):
            let directory = (regular as NSString).deletingLastPathComponent
            let name = (regular as NSString).lastPathComponent
            let temporary = (directory.isEmpty ? "." : directory) + "/.\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
            let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            guard fd >= 0 else {
                throw StoreError.storage("cannot write beside '\(path)': \(OutputFile.errorText())")
            }
            descriptor = fd
            isAtomic = true
            temporaryPath = temporary
            finalPath = regular
            replaced = existing
        case .inPlace(let device):
            let fd = open(device, O_WRONLY | O_NOFOLLOW | O_CLOEXEC)
            guard fd >= 0 else { throw StoreError.storage("cannot open '\(path)': \(OutputFile.errorText())") }
            descriptor = fd
            (isAtomic, temporaryPath, finalPath, replaced) = (false, nil, nil, nil)
        }
        buffer.reserveCapacity(1 << 16)
    }

    public func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    public func write(bytes: [UInt8]) throws {
        try write(bytes: bytes[...])
    }

    /// Large spans of encoded rows go straight to the file rather than through the buffer.
    public func write(bytes: ArraySlice<UInt8>) throws {
        guard bytes.count < 1 << 16 else {
            try flush()
            return try bytes.withUnsafeBytes { try writeFully($0) }
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { try flush() }
    }

    private func flush() throws {
        try buffer.withUnsafeBytes { try writeFully($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeFully(_ raw: UnsafeRawBufferPointer) throws {
        if let code = DescriptorWrite.all(raw, to: descriptor) {
            throw StoreError.storage("cannot write \(path ?? "standard output"): \(DescriptorWrite.describe(code))")
        }
    }

    /// Writes what is buffered and, for a regular file, moves the finished file into place.
    public func finish() throws {
        guard !closed else { return }
        do {
            try flush()
        } catch {
            abandon()
            throw error
        }
        closed = true
        guard isAtomic, let temporaryPath, let finalPath else {
            if descriptor > STDERR_FILENO { close(descriptor) }
            return
        }
        do {
            defer { close(descriptor) }
            if let replaced { try keep(modeAndOwnerOf: replaced) }
            fsync(descriptor)
        } catch {
            unlink(temporaryPath)
            throw error
        }
        do {
            try moveIntoPlace(temporaryPath, finalPath)
        } catch {
            unlink(temporaryPath)
            throw error
        }
    }

    /// Gives the new file the mode and owner of the one it replaces: `--force` must not turn someone's 0600
    /// file into a wider one, nor hand it to whoever ran the export.
    private func keep(modeAndOwnerOf replaced: stat) throws {
        guard fchmod(descriptor, replaced.st_mode & 0o777) == 0 else {
            throw StoreError.storage("cannot keep the mode of '\(path ?? "")': \(OutputFile.errorText())")
        }
        var mine = stat()
        guard fstat(descriptor, &mine) == 0 else { throw StoreError.storage("cannot read back '\(path ?? "")': \(OutputFile.errorText())") }
        if mine.st_uid != replaced.st_uid || mine.st_gid != replaced.st_gid {
            guard fchown(descriptor, replaced.st_uid, replaced.st_gid) == 0 else {
                throw StoreError.storage("cannot keep the owner of '\(path ?? "")' (\(OutputFile.errorText())); "
                                         + "remove it first or write elsewhere")
            }
        }
    }

    /// Renames over the file being replaced; a new file is linked into place, which fails rather than replace a
    /// file that appeared meanwhile.
    private func moveIntoPlace(_ temporaryPath: String, _ finalPath: String) throws {
        if replaced == nil {
            if link(temporaryPath, finalPath) == 0 {
                unlink(temporaryPath)
                return
            }
            if errno == EEXIST {
                throw OutputFileRefusal(path: finalPath, reason: "already exists; use --force to replace it")
            }
            // File systems without hard links: the path was free a moment ago.
        } else {
            var now = stat()
            guard lstat(finalPath, &now) == 0, (now.st_mode & S_IFMT) == S_IFREG else {
                throw OutputFileRefusal(path: finalPath, reason: "changed while the export was written; nothing was replaced")
            }
        }
        guard rename(temporaryPath, finalPath) == 0 else {
            throw StoreError.storage("cannot replace '\(finalPath)': \(OutputFile.errorText())")
        }
    }

    /// Gives up: the temporary file is removed and the destination left as it was.
    public func abandon() {
        guard !closed else { return }
        closed = true
        buffer.removeAll()
        if descriptor > STDERR_FILENO { close(descriptor) }
        if let temporaryPath { unlink(temporaryPath) }
    }

    deinit {
        abandon()
    }
}
