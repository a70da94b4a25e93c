import Findings
import SAMHive

/// The 32-bit registry redirection story: a 32-bit agent writes HKLM\SOFTWARE\Vendor, an admin
/// looks there with 64-bit regedit or reg.exe and finds nothing, because the value went to
/// Wow6432Node.
enum Wow6432NodeWalkthrough {
  static let refs = [RegistryRedirection.source, "Microsoft: Accessing an Alternate Registry View (KEY_WOW64_64KEY, KEY_WOW64_32KEY)"]

  static let walkthrough = Walkthrough(
    id: "wow6432node",
    title: "A setting written by a 32-bit program is not where you look",
    summary: "32-bit registry redirection (Wow6432Node): which view a key lives in, and how to read it",
    refs: refs,
    steps: [
      WalkStep(
        "what", .inform, title: "Two views of HKLM\\SOFTWARE",
        text: """
          On 64-bit Windows a 32-bit process that opens HKLM\\SOFTWARE\\Vendor is sent to \
          HKLM\\SOFTWARE\\Wow6432Node\\Vendor by the WOW64 registry redirector. 64-bit regedit, \
          reg.exe and PowerShell show the 64-bit view, so a value the 32-bit program wrote seems missing.
          """,
        why: "most 'the setting is not there' reports on 64-bit servers are a view mismatch",
        refs: refs, next: "key"),
      WalkStep(
        "key", .ask, title: "The key in question",
        text: "Give the full key path the program reads or writes, e.g. HKLM\\SOFTWARE\\Contoso\\Agent.",
        why: "whether a key is redirected depends on the key: Microsoft lists the shared ones", next: "judge",
        question: WalkQuestion(
          key: "key", prompt: "the registry key", expect: .text,
          validate: { key, _ in
            if case .unknown(let reason) = RegistryRedirection.view(of: key) { return reason }
            return nil
          })),
      WalkStep(
        "judge", .check, title: "Is that key redirected?",
        text: "Looking the key up in Microsoft's table of redirected and shared keys.",
        why: "a shared key is the same for both views, so redirection cannot explain a mismatch there",
        refs: [RegistryRedirection.source], next: "bitness",
        check: WalkCheck { context in judge(context.answers["key"] ?? "") },
        branches: [.passed: "elsewhere", .unknown: "key"]),
      WalkStep(
        "bitness", .ask, title: "Which program reads or writes it?",
        text: "Is the program that wrote the value 32-bit (Task Manager shows '(32 bit)'; it installs under Program Files (x86))?",
        why: "only a 32-bit process is redirected",
        next: "read",
        question: WalkQuestion(
          key: "bitness", prompt: "is the program 32-bit?",
          expect: .choice([
            WalkChoice("yes", "32-bit: it used the Wow6432Node view", next: "read"),
            WalkChoice("no", "64-bit: it used the key as written", next: "elsewhere"),
          ]))),
      WalkStep(
        "read", .act, title: "Read and change the 32-bit view on purpose",
        text: """
          reg query "HKLM\\SOFTWARE\\Vendor" /reg:32   (or look under HKLM\\SOFTWARE\\Wow6432Node\\Vendor)
          In code, open the key with KEY_WOW64_32KEY to share the 32-bit program's view, or \
          KEY_WOW64_64KEY to force the 64-bit one. In an offline SOFTWARE hive there is no \
          redirector: the 32-bit view is literally the Wow6432Node subkey.
          """,
        why: "choosing the view explicitly makes scripts and deployment tools agree with the program",
        refs: refs),
      WalkStep(
        "elsewhere", .inform, title: "Redirection does not explain it",
        text: """
          The key is shared between the views, or the program is 64-bit. Look instead at per-user \
          keys (HKCU is per profile: a service sees its own), at Group Policy overwriting the value, \
          or at the program reading a different key than documented (Process Monitor shows which).
          """,
        why: "ruling out redirection narrows the search"),
    ])

  static func judge(_ key: String) -> WalkCheckResult {
    switch RegistryRedirection.view(of: key) {
    case .redirected(let path):
      return WalkCheckResult(
        .failed, "redirected: a 32-bit process uses \(path)",
        findings: [
          Finding(
            .regWow64Redirected, subject: key,
            message: "a 32-bit process that opens \(key) reads and writes \(path) instead",
            fix: "read with 'reg query ... /reg:32' or open the key with KEY_WOW64_32KEY", refs: refs)
        ],
        facts: ["32-bit view": path])
    case .shared(let reason): return WalkCheckResult(.passed, "shared by both views: \(reason)")
    case .notRedirected(let reason): return WalkCheckResult(.passed, "not redirected: \(reason)")
    case .unknown(let reason): return WalkCheckResult(.unknown, "cannot judge that key: \(reason); give it again")
    }
  }
}
