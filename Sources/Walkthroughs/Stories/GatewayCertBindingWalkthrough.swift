import Findings

/// A certificate binding that breaks a gateway web site (RD Gateway, an IIS https site): the
/// HTTP.sys binding, and the name, chain and private key of the certificate it points to.
enum GatewayCertBindingWalkthrough {
  static let netsh =
    "Microsoft: Netsh http commands (learn.microsoft.com/windows-server/networking/technologies/netsh/netsh-http): show/add/delete sslcert"
  static let rdsCerts =
    "Microsoft: Remote Desktop Services certificates (the name clients use, a chain they trust, a private key, Server Authentication)"
  static let refs = [netsh, rdsCerts]

  static let walkthrough = Walkthrough(
    id: "gateway-cert-binding",
    title: "A certificate binding breaks a gateway web site",
    summary:
      "a certificate binding that breaks a gateway web site (RD Gateway, IIS https; netsh http show sslcert)",
    refs: refs,
    steps: [
      WalkStep(
        "what", .inform, title: "Where the certificate is chosen",
        text: """
          HTTPS on Windows is terminated by HTTP.sys: each binding maps an address and port (or a \
          host name and port, with SNI) to a certificate thumbprint and the application that \
          registered it. IIS and RD Gateway both write these bindings, to the same 0.0.0.0:443 \
          when they share a server, so editing one can replace the other's certificate.
          """,
        why:
          "the browser error names the certificate; the binding explains how that certificate got there",
        refs: [netsh], next: "look"),
      WalkStep(
        "look", .act, title: "Read the binding and the certificate",
        text: """
          netsh http show sslcert
          Get-ChildItem Cert:\\LocalMachine\\My | Format-List Subject, DnsNameList, Thumbprint, HasPrivateKey, NotAfter
          Compare the binding's Certificate Hash with the thumbprints, and the certificate's names \
          with the name clients type.
          """,
        why: "the binding, not the console, is what clients actually get",
        refs: refs, next: "symptom"),
      WalkStep(
        "symptom", .ask, title: "What is wrong?",
        text: "Which of these does the comparison show?",
        why: "each mismatch has its own fix",
        next: "verify",
        question: WalkQuestion(
          key: "symptom", prompt: "what the comparison shows",
          expect: .choice([
            WalkChoice(
              "hash", "the binding's hash is not the certificate you meant (or no longer exists)",
              next: "rebind"),
            WalkChoice(
              "name", "the certificate's names do not include the name clients use", next: "reissue"
            ),
            WalkChoice(
              "chain", "clients do not trust the chain (private CA, missing intermediate)",
              next: "chain"),
            WalkChoice("key", "HasPrivateKey is False", next: "key"),
            WalkChoice("none", "all match", next: "elsewhere"),
          ]))),
      WalkStep(
        "rebind", .act, title: "Bind the right certificate",
        text: """
          For RD Gateway, choose the certificate again in RD Gateway Manager (server Properties > \
          SSL Certificate): it rewrites its binding. For an IIS site, edit the site's https binding. \
          By hand: netsh http delete sslcert ipport=0.0.0.0:443, then netsh http add sslcert \
          ipport=0.0.0.0:443 certhash=<thumbprint> appid={<application guid>}.
          """,
        why: "letting the owning application write the binding keeps its application id right",
        refs: refs, next: "verify"),
      WalkStep(
        "reissue", .act, title: "Issue a certificate with the right name",
        text:
          "Request a certificate whose subject alternative names include the exact external name (e.g. gateway.contoso.com), import it with its key, then bind it.",
        why:
          "clients compare the name they typed with the certificate's names; nothing else fixes a mismatch",
        refs: [rdsCerts], next: "rebind"),
      WalkStep(
        "chain", .act, title: "Make the chain trusted",
        text:
          "Install the intermediate certificates on the server, and the private root on every client (Group Policy), or use a publicly trusted certificate for external clients.",
        why: "RD clients refuse a gateway whose chain they cannot build",
        refs: [rdsCerts], next: "verify"),
      WalkStep(
        "key", .act, title: "Import the certificate with its private key",
        text:
          "Import the .pfx (not the .cer) into LocalMachine\\My, or complete the request on the server that made it (certreq -accept); then bind again.",
        why: "without the private key HTTP.sys cannot complete the TLS handshake",
        refs: [netsh], next: "rebind"),
      WalkStep(
        "elsewhere", .inform, title: "The binding is right",
        text:
          "Look at what is in front of the server: a load balancer or reverse proxy presenting its own certificate, or an expired certificate (NotAfter).",
        why: "clients see the first TLS endpoint they reach, which may not be this server",
        next: "verify"),
      WalkStep(
        "verify", .ask, title: "Does the site load without a certificate warning?",
        text: "Open https://<name>/rpc (RD Gateway) or the site from a client.",
        why: "the client's view is the test",
        question: WalkQuestion(
          key: "works", prompt: "does it load cleanly?",
          expect: .choice([
            WalkChoice("yes", "yes: done"), WalkChoice("no", "no: look again", next: "look"),
          ]))),
    ])
}
