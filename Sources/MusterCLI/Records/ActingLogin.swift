import MusterStore

/// The login acting now: the operating-system account of the real user id running `muster`. Never an
/// environment variable: `USER=root muster …` is still whoever ran it. (`muster --as BADGE` only lets a
/// coordinator preview an officer's view; it changes no one's rights.)
enum ActingLogin {
    static func current() -> String {
        HostAccount.realLogin()
    }
}
