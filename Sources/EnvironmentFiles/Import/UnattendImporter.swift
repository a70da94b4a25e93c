import EnvironmentModel
import AnswerFiles
import Findings

/// An answer file as an environment: the machine it describes (its ComputerName, or the file's
/// name when setup picks one) with the answer file's path, and the domain it joins.
///
/// Only the path is kept, never the text: the model then holds no password, whatever the file
/// contains (AnswerFiles itself keeps join passwords only as present or absent).
enum UnattendImporter {
  static func read(_ bytes: [UInt8], file: FileReference, fallbackName: String) throws(InputError)
    -> (machine: Machine, domain: Domain?)
  {
    let unattend = try UnattendFile.parse(bytes, file: file)
    let computerName = unattend.computerName.map(\.value).flatMap { name in
      name == "*" || UnattendLint.isPlaceholder(name) || name.isEmpty ? nil : name
    }
    var machine = Machine(
      name: computerName ?? fallbackName,
      origin: SourceLocation(file: file, line: unattend.computerName?.line ?? 1, column: 1))
    machine.answerFile = file.path
    var domain: Domain?
    if let join = unattend.join?.joinDomain, !join.value.isEmpty, !UnattendLint.isPlaceholder(join.value) {
      domain = Domain(dnsName: join.value, origin: SourceLocation(file: file, line: join.line, column: join.column))
    }
    return (machine, domain)
  }
}
