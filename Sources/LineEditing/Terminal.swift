#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Facts about the process's terminal.
public enum Terminal {
  /// True when the file descriptor is a terminal and `TERM` is not `dumb` (as swift-format does).
  public static func isInteractive(_ fd: Int32, environment: [String: String]) -> Bool {
    environment["TERM"] != "dumb" && isatty(fd) == 1
  }

  /// The width of standard output's terminal, 80 when it cannot be asked.
  public static func columns() -> Int {
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
      return Int(size.ws_col)
    }
    return 80
  }
}

/// Ctrl-C at the prompt abandons the line instead of killing the process.
///
/// With a no-op SIGINT handler installed without `SA_RESTART`, libedit restores the terminal
/// and `el_gets` returns with `EINTR`, which `LineEditor` reports as `.interrupted`.
enum InterruptSignal {
  static func install() {
    var action = sigaction()
    #if canImport(Glibc)
      action.__sigaction_handler.sa_handler = { _ in }
    #else
      action.__sigaction_u.__sa_handler = { _ in }
    #endif
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(SIGINT, &action, nil)
  }
}
