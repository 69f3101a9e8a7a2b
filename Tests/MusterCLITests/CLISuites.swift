import Testing

/// The command-line suites, run one test at a time. Each test blocks a thread while it waits for the
/// `muster` process it started; two at once on a 2-core machine would occupy Swift's whole cooperative
/// pool and starve the in-process runtime tests that run beside them.
@Suite(.serialized)
enum CLISuites {}
