import Foundation

/// The real binary on a pseudo-terminal, as a person at a terminal would run it: its own
/// session with the terminal as controlling tty, so Ctrl-C raises SIGINT for real.
final class PseudoTerminal {
  let pid: pid_t
  private let master: Int32
  private(set) var output = ""

  /// Starts `executable` on a new terminal. `POSIX_SPAWN_SETSID` runs before the file actions,
  /// so opening the terminal's slave side makes it the child's controlling terminal.
  init(_ executable: String, arguments: [String] = [], environment: [String: String]) throws {
    // posix_openpt/grantpt/unlockpt are not exported to Swift here; /dev/ptmx with the Linux
    // ioctls TIOCSPTLCK (unlock) and TIOCGPTN (slave number) does the same.
    master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
    var unlock: Int32 = 0
    var number: UInt32 = 0
    guard master >= 0, ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0
    else {
      throw POSIXError(.ENXIO)
    }
    let slavePath = "/dev/pts/\(number)"
    var size = winsize(ws_row: 24, ws_col: 100, ws_xpixel: 0, ws_ypixel: 0)
    let slave = open(slavePath, O_RDWR | O_NOCTTY)
    _ = ioctl(slave, UInt(TIOCSWINSZ), &size)
    close(slave)

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    posix_spawnattr_setflags(&attributes, 0x80)  // POSIX_SPAWN_SETSID (glibc)
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)
    posix_spawn_file_actions_addclose(&actions, master)

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var child: pid_t = 0
    let status = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
    guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EIO) }
    pid = child
  }

  deinit {
    kill(pid, SIGKILL)
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    close(master)
  }

  /// Types bytes as keys, once the line editor has the terminal (so nothing is typed into the
  /// cooked terminal between two prompts, where the kernel, not libedit, would handle it).
  func type(_ keys: String) {
    waitForLineEditor()
    let bytes = Array(keys.utf8)
    _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
  }

  /// Writes bytes without waiting for the line editor (for programs that read the cooked terminal).
  func sendRaw(_ keys: String) {
    let bytes = Array(keys.utf8)
    _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
  }

  /// Waits until canonical mode is off: libedit switches it off while it reads a line.
  func waitForLineEditor(seconds: Double = 10) {
    let deadline = Date().addingTimeInterval(seconds)
    var settings = termios()
    while Date() < deadline {
      if tcgetattr(master, &settings) == 0, settings.c_lflag & tcflag_t(ICANON) == 0 { return }
      _ = waitFor("\u{0}", seconds: 0.01)
    }
  }

  /// Reads until `text` has appeared in the output since `from`, or the deadline passes.
  @discardableResult
  func waitFor(_ text: String, after from: String.Index? = nil, seconds: Double = 10) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if let from, output[from...].contains(text) { return true }
      if from == nil, output.contains(text) { return true }
      var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
      guard poll(&descriptor, 1, 100) > 0 else { continue }
      var buffer = [UInt8](repeating: 0, count: 4096)
      let n = read(master, &buffer, buffer.count)
      if n <= 0 { return false }
      output += String(decoding: buffer[0..<n], as: UTF8.self)
    }
    return false
  }

  /// Waits for the process to end and returns its exit status (nil if it was killed or hangs).
  func exitStatus(seconds: Double = 10) -> Int32? {
    let deadline = Date().addingTimeInterval(seconds)
    var status: Int32 = 0
    while Date() < deadline {
      _ = waitFor("\u{0}", seconds: 0.05)  // keep draining output
      if waitpid(pid, &status, WNOHANG) == pid {
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : nil
      }
    }
    return nil
  }
}
