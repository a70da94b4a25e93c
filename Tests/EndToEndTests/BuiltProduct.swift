import Foundation

/// The `hybridbench` executable built alongside the tests.
enum BuiltProduct {
  /// The test bundle lives in the same build directory as the products.
  static var hybridbench: String {
    let runner = URL(fileURLWithPath: CommandLine.arguments[0])
    var directory = runner.deletingLastPathComponent()
    if directory.lastPathComponent.hasSuffix(".xctest") || runner.pathExtension == "xctest" {
      directory = runner.pathExtension == "xctest" ? runner.deletingLastPathComponent() : directory
    }
    return directory.appendingPathComponent("hybridbench").path
  }

  /// The package root, found from this source file.
  static var packageRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  /// Runs the binary with arguments and standard input; returns status and merged output.
  static func run(_ arguments: [String], input: String = "", environment: [String: String] = [:])
    throws -> (status: Int32, stdout: String, stderr: String)
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: hybridbench)
    process.arguments = arguments
    var env = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "NO_COLOR": "1", "TERM": "dumb"]
    env.merge(environment) { $1 }
    process.environment = env
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    let err = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
  }
}
