/// The NetSetup.log state machine, fed one line at a time by `LogStream`.
///
/// Lines are classified on bytes (timestamp skipped by position, message prefixes compared with
/// memcmp); only lines that start or end an attempt, carry its parameters or report a failure
/// are turned into text.
struct NetSetupScanner: LineConsumer {
  private enum Dump { case none, join, provision }

  private(set) var attempts: [JoinAttempt] = []
  private var current: JoinAttempt?
  private var orphans: [FailedStep] = []
  private var orphanStart: Int?
  private var dump = Dump.none
  private(set) var eraCounts = [Int](repeating: 0, count: TimestampEra.allCases.count)
  private(set) var ansiLines = 0
  private(set) var restartRequiredLine: Int?

  mutating func consume(_ raw: UnsafeBufferPointer<UInt8>, number: Int) {
    let (start, end, curly) = PastedLine.bounds(raw)
    let line = UnsafeBufferPointer(rebasing: raw[start..<end])
    if curly {
      PastedLine.straightened(line).withUnsafeBufferPointer { scan($0, number: number) }
    } else {
      scan(line, number: number)
    }
  }

  /// One line with the residue of pasting removed: its timestamp (if any), then a parameter of
  /// the current dump, a line known by its function name, or a failing step.
  private mutating func scan(_ line: UnsafeBufferPointer<UInt8>, number: Int) {
    let (era, stampEnd) = NetSetupLinePrefix.split(line)
    eraCounts[Self.eraIndex(era)] += 1
    var start = stampEnd
    if era != .none, start < line.count, line[start] == 0x7C {  // a table column after the stamp
      start += 1
      if start < line.count, line[start] == 0x20 { start += 1 }
    }
    let message = UnsafeBufferPointer(rebasing: line[start...])
    var indent = 0
    while indent < message.count, message[indent] == 0x20 || message[indent] == 0x09 {
      indent += 1
    }
    let body = UnsafeBufferPointer(rebasing: message[indent...])
    if indent > 0, dump != .none {
      readParameter(body, number)
      return
    }
    if era == .none, NetSetupParameter.isKnown(body) {
      // A dump line pasted without its timestamp and indentation (or the lines before it);
      // with timestamps the log's own indentation marks the dump.
      if current == nil { openImplicit(number, at: NetSetupLinePrefix.timestamp(line, era: era)) }
      readParameter(body, number)
      return
    }
    // Without a timestamp only a line that starts like a NetSetup message is one: a note on top
    // of an excerpt that mentions the status is not a failing step.
    if era == .none, !NetSetupLinePrefix.isNetSetupMessage(body) { return }
    if indent > 0, era != .none { return }
    dump = .none
    guard let first = body.first else { return }
    if first == 0x2D {
      if body.count >= 10, body[9] == 0x2D, current == nil { clearOrphans() }
      return
    }
    if first == 0x4E, handleNamedLine(body, line: line, era: era, number: number) { return }
    if let signal = StepSignal.scan(body) { addStep(signal, body, number) }
  }

  /// The lines recognised by their function name; true when the line was handled.
  private mutating func handleNamedLine(
    _ m: UnsafeBufferPointer<UInt8>, line: UnsafeBufferPointer<UInt8>, era: TimestampEra,
    number: Int
  ) -> Bool {
    if ByteSearch.hasPrefix(m, "NetpDoDomainJoin") {
      if m.count == 16 {
        startAttempt(number, at: NetSetupLinePrefix.timestamp(line, era: era))
        return true
      }
      if ByteSearch.hasPrefix(m, "NetpDoDomainJoin: status: ") {
        let status = Self.hex(UnsafeBufferPointer(rebasing: m[26...]))
        endAttempt(status, number, at: NetSetupLinePrefix.timestamp(line, era: era))
        return true
      }
      return false
    }
    if ByteSearch.equals(m, "NetpJoinDomain") {
      openImplicit(number, at: NetSetupLinePrefix.timestamp(line, era: era))
      dump = .join
      return true
    }
    if ByteSearch.equals(m, "NetpProvisionComputerAccount:") {
      openImplicit(number, at: NetSetupLinePrefix.timestamp(line, era: era))
      dump = .provision
      return true
    }
    if ByteSearch.hasPrefix(m, "NetpDsGetDcName: found DC '") {
      let name = LogText.decode(UnsafeBufferPointer(rebasing: m[27...])).text
      let dc = name.split(separator: "'").first.map(String.init) ?? name
      current?.domainController = dc.hasPrefix("\\\\") ? String(dc.dropFirst(2)) : dc
      return true
    }
    return false
  }

  mutating func finish() -> [JoinAttempt] {
    // An excerpt of failing steps only (no start, parameters or status) is one attempt.
    if attempts.isEmpty, current == nil, !orphans.isEmpty {
      openImplicit(orphanStart ?? 1, at: nil)
    }
    if let open = current { attempts.append(open) }
    current = nil
    for index in attempts.indices {
      attempts[index].benign = Self.isBenign(attempts[index], isLast: index == attempts.count - 1)
    }
    return attempts
  }

  private static func isBenign(_ attempt: JoinAttempt, isLast: Bool) -> Bool {
    switch attempt.status {
    case 0?, 0xa99?: true
    case 0x534?: !isLast && !(attempt.options?.createsAccount ?? false)
    default: false
    }
  }

  private mutating func startAttempt(_ number: Int, at time: LogTimestamp?) {
    if let open = current { attempts.append(open) }
    current = JoinAttempt(
      line: number, startSeen: true, startedAt: time, steps: [], benign: false)
    clearOrphans()
  }

  private mutating func openImplicit(_ number: Int, at time: LogTimestamp?) {
    guard current == nil else { return }
    current = JoinAttempt(
      line: orphanStart ?? number, startSeen: false, startedAt: time, steps: orphans,
      benign: false)
    clearOrphans()
  }

  private mutating func endAttempt(_ status: UInt32?, _ number: Int, at time: LogTimestamp?) {
    openImplicit(number, at: nil)
    guard var attempt = current else { return }
    attempt.status = status
    attempt.statusLine = number
    attempt.endedAt = time
    if attempt.startedAt == nil { attempt.startedAt = time }
    attempts.append(attempt)
    current = nil
  }

  private mutating func clearOrphans() {
    orphans.removeAll(keepingCapacity: true)
    orphanStart = nil
  }
}

extension NetSetupScanner {
  private mutating func addStep(
    _ signal: StepSignal, _ m: UnsafeBufferPointer<UInt8>, _ number: Int
  ) {
    let (text, ansi) = LogText.decode(m)
    if ansi { ansiLines += 1 }
    if signal.code == 0xa99, restartRequiredLine == nil { restartRequiredLine = number }
    let function = text.split(separator: ":", maxSplits: 1).first.map(String.init) ?? text
    let row = signal.code.flatMap { StatusCodeTable.lookup($0, kind: signal.kind) }
    let step = FailedStep(
      line: number, text: text, function: function, code: signal.code, kind: signal.kind,
      win32AfterLDAP: signal.win32AfterLDAP, benign: row?.isBenign(onLine: text) ?? false)
    if current != nil {
      if current!.steps.count < JoinAttempt.maxSteps { current!.steps.append(step) }
    } else if orphans.count < JoinAttempt.maxSteps {
      if orphanStart == nil { orphanStart = number }
      orphans.append(step)
    }
  }

  /// `Key: value` lines of the NetpJoinDomain and NetpProvisionComputerAccount dumps.
  private mutating func readParameter(_ m: UnsafeBufferPointer<UInt8>, _ number: Int) {
    guard current != nil, let colon = m.firstIndex(of: 0x3A) else { return }
    let key = String(decoding: UnsafeBufferPointer(rebasing: m[..<colon]), as: UTF8.self)
    var valueStart = colon + 1
    while valueStart < m.count, m[valueStart] == 0x20 { valueStart += 1 }
    let raw = UnsafeBufferPointer(rebasing: m[valueStart...])
    let value = LogText.decode(raw).text
    let provision = dump == .provision
    if dump == .none, !NetSetupParameter.isKnown(m) { return }
    switch key {
    case "HostName", "Machine", "lpHostName":
      if !provision || current!.hostName == nil { current!.hostName = value }
    case "Domain", "lpDomain":
      if !provision || current!.domain == nil { current!.domain = value }
    case "MachineAccountOU", "lpMachineAccountOU":
      if !provision || current!.machineAccountOU == nil {
        current!.machineAccountOU = value
        current!.machineAccountOULine = number
      }
    case "Account", "lpAccount":
      if !provision || current!.account == nil { current!.account = value }
    case "Options", "dwJoinOptions":
      if !provision || current!.options == nil, let bits = Self.hex(raw) {
        current!.options = JoinOptions(rawValue: bits)
        current!.optionsLine = number
      }
    default:
      break
    }
  }

  /// A `0x...` number at the start of `m` (trailing `.`/space ignored).
  static func hex(_ m: UnsafeBufferPointer<UInt8>) -> UInt32? {
    guard m.count >= 3, m[0] == 0x30, m[1] == 0x78 else { return nil }
    var value: UInt32 = 0
    var index = 2
    while index < m.count, let digit = StepSignal.hexValue(m[index]) {
      guard index < 10 else { return nil }
      value = value << 4 | UInt32(digit)
      index += 1
    }
    return index > 2 ? value : nil
  }

  private static func eraIndex(_ era: TimestampEra) -> Int {
    switch era {
    case .legacy: 0
    case .modern: 1
    case .placeholder: 2
    case .none: 3
    }
  }
}
