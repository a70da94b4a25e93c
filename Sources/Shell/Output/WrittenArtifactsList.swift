import Findings

/// What `export list` shows: every file this session wrote, in order, with its size and sha256
/// (a file written twice is listed twice: each write is what it was then).
struct WrittenArtifactsList: ReportOutput {
  var written: [ArtifactOutput]

  var asReport: Report {
    guard !written.isEmpty else {
      return Report([.paragraph("nothing written in this session yet")], data: contract)
    }
    let rows = written.map { [$0.artifact.file.shown, $0.detail ?? "-", "\($0.artifact.size)", $0.artifact.sha256] }
    return Report(
      [
        .heading("\(Plural.count(written.count, "file")) written in this session"),
        .table(header: ["file", "what", "bytes", "sha256"], rows: rows, rightAligned: [2]),
      ], data: contract)
  }

  private var contract: JSONValue {
    .object([
      ("written", .array(written.map { artifact in
        .object([
          ("file", .string(artifact.artifact.file.shown)), ("path", .string(artifact.artifact.file.path)),
          ("what", artifact.detail.map(JSONValue.string) ?? .null),
          ("size", .int(artifact.artifact.size)), ("sha256", .string(artifact.artifact.sha256)),
        ])
      }))
    ])
  }
}
