/// Repeated Outlook password prompts on Small Business Server, stopped by turning off kernel-mode
/// authentication on the EWS, Autodiscover and OAB virtual directories.
enum SBSPasswordPromptsWalkthrough {
  static let iis =
    "IIS configuration reference: Windows Authentication <windowsAuthentication> (useKernelMode)"
  static let mapiHTTP =
    "Microsoft support 4051374: Outlook repeatedly prompts for credentials when using MAPI over HTTP"
  static let refs = [iis, mapiHTTP]

  static let walkthrough = Walkthrough(
    id: "sbs-password-prompts",
    title: "Outlook keeps asking for the password (SBS)",
    summary:
      "SBS repeated Outlook password prompts: kernel-mode authentication off on EWS, Autodiscover, OAB",
    refs: refs,
    steps: [
      WalkStep(
        "what", .inform, title: "Which requests prompt",
        text: """
          Besides the mailbox connection, Outlook makes HTTPS requests with Windows \
          authentication to three Exchange virtual directories: Autodiscover (its settings), EWS \
          (free/busy, out-of-office) and OAB (the offline address book). A prompt appears when one \
          of them refuses the silent logon. IIS can do Windows authentication in kernel mode \
          (useKernelMode), the default on IIS 7 and later.
          """,
        why: "knowing which directories Outlook calls tells where to change the setting",
        refs: [iis], next: "version"),
      WalkStep(
        "version", .ask, title: "Which server?",
        text: "Which Small Business Server (or Exchange) is it?",
        why: "the IIS steps differ only in naming, but the story is from SBS 2008/2011",
        next: "change",
        question: WalkQuestion(
          key: "server", prompt: "the server",
          expect: .choice([
            WalkChoice("sbs2008", "SBS 2008 (Exchange 2007, IIS 7)"),
            WalkChoice("sbs2011", "SBS 2011 Standard (Exchange 2010, IIS 7.5)"),
            WalkChoice("other", "another Exchange server"),
          ]))),
      WalkStep(
        "change", .act, title: "Turn kernel-mode authentication off on the three directories",
        text: """
          IIS Manager > SBS Web Applications (or Default Web Site) > EWS > Authentication > \
          Windows Authentication > Advanced Settings: clear 'Enable Kernel-mode authentication'. \
          Repeat for Autodiscover and OAB. Or from an elevated prompt, for each directory:
            %windir%\\system32\\inetsrv\\appcmd set config "SBS Web Applications/EWS" \
          -section:system.webServer/security/authentication/windowsAuthentication \
          /useKernelMode:false /commit:apphost
          Then iisreset. Microsoft's IIS reference advises keeping kernel mode on where Kerberos \
          and a custom application-pool identity are used, so change only these three directories.
          """,
        why:
          "administrators report that this stops the prompts on SBS; Microsoft documents the "
          + "setting, not that it fixes SBS",
        refs: [iis], next: "verify"),
      WalkStep(
        "verify", .ask, title: "Have the prompts stopped?",
        text:
          "Restart Outlook on an affected client and use it for a while (free/busy, address book).",
        why: "the prompts come from background requests, so give them time to run",
        question: WalkQuestion(
          key: "stopped", prompt: "have the prompts stopped?",
          expect: .choice([
            WalkChoice("yes", "yes: done"),
            WalkChoice("no", "no: look at the other causes", next: "other"),
          ]))),
      WalkStep(
        "other", .inform, title: "Other causes of prompts",
        text: """
          A certificate whose names do not include autodiscover.<domain> or the Outlook Anywhere \
          name; Outlook Anywhere set to Basic instead of NTLM; stale credentials in Credential \
          Manager after a protocol change (remove the MicrosoftOffice*_Data:SSPI entries, as \
          Microsoft's article on MAPI over HTTP describes).
          """,
        why: "kernel mode is one cause among several; these are the common others",
        refs: [mapiHTTP]),
    ])
}
