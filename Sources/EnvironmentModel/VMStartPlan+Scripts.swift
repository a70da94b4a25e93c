import Findings

/// The start plan as files that leave the session: the seed's list and an Az PowerShell script.
extension VMStartPlan {
  /// One VM as the scripts name it: its cloud service (the resource group with the Az module)
  /// and its name.
  public struct Entry: Sendable, Equatable {
    public var cloudService: String
    public var name: String
  }

  /// Why the list format cannot hold a name: its fields are split at `;` and lines.
  public struct ListRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    public var value: String
    public var description: String {
      "'\(value.visibleControls)' contains ';' or a line break, which "
        + "the 'cloudservice;vm' list cannot hold: the list is not written"
    }
  }

  /// The VMs in start order with their cloud services: a VM without one is in the cloud
  /// service of its own name, as classic Azure created it.
  public func entries(in environment: Environment) -> [Entry] {
    let services = Dictionary(
      environment.azure.vms.map { ($0.name, $0.cloudService ?? $0.name) },
      uniquingKeysWith: { first, _ in first })
    return start.map { Entry(cloudService: services[$0] ?? $0, name: $0) }
  }

  /// The seed's input format: one `cloudservice;vm` a line, in start order (LF).
  public static func list(_ entries: [Entry]) throws(ListRefusal) -> String {
    var out = ""
    for entry in entries {
      for value in [entry.cloudService, entry.name]
      where value.contains(where: { $0 == ";" || $0.isNewline || $0.asciiValue.map { $0 < 0x20 } == true }) {
        throw ListRefusal(value: value)
      }
      out += "\(entry.cloudService);\(entry.name)\n"
    }
    return out
  }

  /// A PowerShell script for today's Az module: `-Action Start` starts the VMs in order and
  /// `-Action Stop` stops them in reverse, each call waiting until the VM is running or
  /// deallocated (neither cmdlet is given -NoWait); `-DryRun` prints what it would do. Names
  /// are single-quoted literals (`PowerShellQuoting`); `header` lines become `#` comments and
  /// must hold no line breaks.
  public static func powerShell(_ entries: [Entry], header: [String]) -> String {
    func table(_ entries: [Entry]) -> [String] {
      entries.map {
        "  @{ ResourceGroupName = \(PowerShellQuoting.literal($0.cloudService)); "
          + "Name = \(PowerShellQuoting.literal($0.name)) }"
      }
    }
    let lines =
      header.map { "# " + $0 }
      + [
        "#requires -Modules Az.Compute",
        "[CmdletBinding()]",
        "param(",
        "  [ValidateSet('Start', 'Stop')] [string] $Action = 'Start',",
        "  # Print the order without starting or stopping anything.",
        "  [switch] $DryRun",
        ")",
        "$ErrorActionPreference = 'Stop'",
        "",
        "# Start order: domain controllers and DNS servers first, members after.",
        "$startOrder = @(",
      ] + table(entries)
      + [
        ")",
        "# Stop order: the reverse, so members stop before the servers they depend on.",
        "$stopOrder = @(",
      ] + table(entries.reversed())
      + [
        ")",
        "",
        "$order = if ($Action -eq 'Start') { $startOrder } else { $stopOrder }",
        "foreach ($vm in $order) {",
        "  $target = \"$($vm.ResourceGroupName)/$($vm.Name)\"",
        "  if ($DryRun) {",
        "    Write-Output \"would $($Action.ToLower()) $target\"",
        "    continue",
        "  }",
        "  Write-Output \"$($Action.ToLower()) $target\"",
        "  # Without -NoWait each cmdlet returns when the operation has finished.",
        "  if ($Action -eq 'Start') {",
        "    Start-AzVM -ResourceGroupName $vm.ResourceGroupName -Name $vm.Name | Out-Null",
        "  } else {",
        "    Stop-AzVM -ResourceGroupName $vm.ResourceGroupName -Name $vm.Name -Force | Out-Null",
        "  }",
        "}",
      ]
    return lines.map { $0 + "\n" }.joined()
  }
}
