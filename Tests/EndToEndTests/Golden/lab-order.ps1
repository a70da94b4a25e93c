# VM start/stop order for the Az PowerShell module (Start-AzVM, Stop-AzVM).
# Written by hybridbench VERSION 'export vm-order' from environment 'contoso-lab'.
# Run: ./FILE.ps1 -Action Start | -Action Stop [-DryRun], after Connect-AzAccount.
#requires -Modules Az.Compute
[CmdletBinding()]
param(
  [ValidateSet('Start', 'Stop')] [string] $Action = 'Start',
  # Print the order without starting or stopping anything.
  [switch] $DryRun
)
$ErrorActionPreference = 'Stop'

# Start order: domain controllers and DNS servers first, members after.
$startOrder = @(
  @{ ResourceGroupName = 'contoso-lab-infra'; Name = 'dc1' }
  @{ ResourceGroupName = 'contoso-lab-apps'; Name = 'app1' }
)
# Stop order: the reverse, so members stop before the servers they depend on.
$stopOrder = @(
  @{ ResourceGroupName = 'contoso-lab-apps'; Name = 'app1' }
  @{ ResourceGroupName = 'contoso-lab-infra'; Name = 'dc1' }
)

$order = if ($Action -eq 'Start') { $startOrder } else { $stopOrder }
foreach ($vm in $order) {
  $target = "$($vm.ResourceGroupName)/$($vm.Name)"
  if ($DryRun) {
    Write-Output "would $($Action.ToLower()) $target"
    continue
  }
  Write-Output "$($Action.ToLower()) $target"
  # Without -NoWait each cmdlet returns when the operation has finished.
  if ($Action -eq 'Start') {
    Start-AzVM -ResourceGroupName $vm.ResourceGroupName -Name $vm.Name | Out-Null
  } else {
    Stop-AzVM -ResourceGroupName $vm.ResourceGroupName -Name $vm.Name -Force | Out-Null
  }
}
