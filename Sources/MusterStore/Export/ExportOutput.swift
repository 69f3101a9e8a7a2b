#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Where an export goes. A regular file (new or existing) is written to a temporary file beside it and
/// renamed over it by `finish()`, so readers never see half a file and a failed export leaves the old one;
/// standard output, a device or a pipe (`/dev/stdout`, a FIFO) is written directly and never replaced.
public final class ExportOutput {
    /// The file the export ends up in, or nil for standard output.
    public let path: String?
    /// True when writing through a temporary file that `finish()` renames.
    public let isAtomic: Bool
    private let descriptor: Int32
    private let temporaryPath: String?
    private let finalPath: String?
    private var buffer: [UInt8] = []
    private var closed = false

    /// Opens `path` for an export; nil or `-` means standard output.
    public init(path: String?) throws {
        self.path = path
        guard let path, path != "-", path != "/dev/stdout" else {
            descriptor = STDOUT_FILENO
            isAtomic = false
            temporaryPath = nil
            finalPath = nil
            return
        }
        if path == "/dev/stderr" {
            descriptor = STDERR_FILENO
            isAtomic = false
            temporaryPath = nil
            finalPath = nil
            return
        }
        if let regular = Self.atomicTarget(path) {
            let directory = (regular as NSString).deletingLastPathComponent
            let name = (regular as NSString).lastPathComponent
            let temporary = (directory.isEmpty ? "." : directory) + "/.\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
            let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard fd >= 0 else {
                throw StoreError.storage("cannot write beside '\(path)': \(String(cString: strerror(errno)))")
            }
            descriptor = fd
            isAtomic = true
            temporaryPath = temporary
            finalPath = regular
        } else {
            let fd = open(path, O_WRONLY | O_CLOEXEC)
            guard fd >= 0 else { throw StoreError.storage("cannot open '\(path)': \(String(cString: strerror(errno)))") }
            descriptor = fd
            isAtomic = false
            temporaryPath = nil
            finalPath = nil
        }
        buffer.reserveCapacity(1 << 16)
    }

    /// A regular file (or a path that does not exist yet) gets the atomic treatment, following symlinks so
    /// the link itself is never replaced; everything else is written in place.
    private static func atomicTarget(_ path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return path }
        if (info.st_mode & S_IFMT) == S_IFREG { return path }
        if (info.st_mode & S_IFMT) == S_IFLNK, let real = realpath(path, nil) {
            defer { free(real) }
            let resolved = String(cString: real)
            var target = stat()
            if !resolved.hasPrefix("/proc/"), !resolved.hasPrefix("/dev/"),
               stat(resolved, &target) == 0, (target.st_mode & S_IFMT) == S_IFREG {
                return resolved
            }
        }
        return nil
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
        var offset = 0
        while offset < raw.count {
            let written = systemWrite(descriptor, raw.baseAddress! + offset, raw.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw StoreError.storage("cannot write \(path ?? "standard output"): \(String(cString: strerror(errno)))")
            }
            offset += written
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
        fsync(descriptor)
        close(descriptor)
        guard rename(temporaryPath, finalPath) == 0 else {
            let message = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw StoreError.storage("cannot replace '\(finalPath)': \(message)")
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

private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, bytes, count)
    #else
    Darwin.write(descriptor, bytes, count)
    #endif
}
