#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes bytes to a file descriptor in full, retrying short writes and interruptions: the one loop every
/// export and the CLI's standard streams share (Foundation's `FileHandle.write` traps on a full disk or a
/// closed pipe instead of reporting it).
public enum DescriptorWrite {
    /// Writes every byte; returns nil, or the `errno` of the write that failed.
    public static func all(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        bytes.withUnsafeBytes { all($0, to: descriptor) }
    }

    static func all(_ raw: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < raw.count {
            let written = systemWrite(descriptor, raw.baseAddress! + offset, raw.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }

    /// The words for an `errno`.
    public static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, bytes, count)
    #else
    Darwin.write(descriptor, bytes, count)
    #endif
}
