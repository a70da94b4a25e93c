#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Dispatch
import Findings

/// Large exports are read as two halves on two threads: the file is split just after a blank
/// line (a record boundary) near its middle, each half streams through its own importer, and
/// the second half's objects are appended with their line numbers shifted.
extension LDIFImporter {
  /// Files smaller than this are read on one thread.
  static let parallelThreshold = 4 << 20

  static func readInParts(path: String, file: String) throws -> Domain {
    let fd = try LDIFLineSource.openFile(path, file: file)
    defer { close(fd) }
    var info = stat()
    let size = fstat(fd, &info) == 0 ? Int(info.st_size) : 0
    guard size >= parallelThreshold, let split = recordBoundary(fd, near: size / 2) else {
      var importer = LDIFImporter(file: file)
      _ = try LDIFLineSource.lines(fd: fd, range: 0..<Int.max, file: file) {
        try importer.line($0, $1, $2)
      }
      return try importer.finish()
    }
    let parts = Parts()
    DispatchQueue.concurrentPerform(iterations: 2) { index in
      var importer = LDIFImporter(file: file)
      // Only the first half may start with 'version:'.
      importer.sawVersion = index == 1
      let range = index == 0 ? 0..<split : split..<Int.max
      do {
        let lines = try LDIFLineSource.lines(fd: fd, range: range, file: file) {
          try importer.line($0, $1, $2)
        }
        importer.endRecord()
        parts.store(index, .success((importer, lines)))
      } catch {
        parts.store(index, .failure(error))
      }
    }
    // Take the results out of their slots so the merge below owns the only copy of each
    // object list (no copy-on-write of 100,000 objects).
    let firstResult = parts.take(0)
    let secondResult = parts.take(1)
    guard case .success(let (firstMerged, firstLines))? = firstResult else {
      if case .failure(let error)? = firstResult { throw error }
      throw InputError("read error", at: SourceLocation(file: file, line: 1))
    }
    var merged = firstMerged
    switch secondResult {
    case .success(var (second, _))?:
      merged.absorb(&second, lineOffset: firstLines)
      return try merged.finish()
    case .failure(var error as InputError)?:
      error.location.line += firstLines
      throw error
    case .failure(let error)?:
      throw error
    case nil:
      throw InputError("read error", at: SourceLocation(file: file, line: firstLines + 1))
    }
  }

  /// Appends the objects of the importer that read the part after this one, whose lines were
  /// numbered from 1 at the part's start.
  mutating func absorb(_ other: inout LDIFImporter, lineOffset: Int) {
    var objects = other.domain.objects
    other.domain.objects = []
    for i in objects.indices { objects[i].origin.line += lineOffset }
    domain.objects.append(contentsOf: objects)
    if other.sawDomainRoot {
      sawDomainRoot = true
      domain.dnsName = other.domain.dnsName
      domain.sid = other.domain.sid
      domain.origin = other.domain.origin
      domain.origin.line += lineOffset
    }
    recordCount += other.recordCount
  }

  /// The offset just after the first blank line (LF LF or LF CR LF) at or after `middle`, read
  /// from a window there; nil when the window holds no record boundary.
  static func recordBoundary(_ fd: Int32, near middle: Int) -> Int? {
    let window = 1 << 20
    var bytes = [UInt8](repeating: 0, count: window)
    let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress, window, off_t(middle)) }
    guard n > 2 else { return nil }
    var i = 0
    while i + 1 < n {
      if bytes[i] == 0x0A {
        if bytes[i + 1] == 0x0A { return middle + i + 2 }
        if i + 2 < n, bytes[i + 1] == 0x0D, bytes[i + 2] == 0x0A { return middle + i + 3 }
      }
      i += 1
    }
    return nil
  }

  /// The two halves' results, each written by its own thread before `concurrentPerform`
  /// returns and read only after it.
  final class Parts: @unchecked Sendable {
    typealias Slot = Result<(LDIFImporter, Int), any Error>?
    /// One slot per half in separate storage, so the threads never touch a shared Array.
    private let slots = UnsafeMutableBufferPointer<Slot>.allocate(capacity: 2)

    init() { slots.initialize(repeating: nil) }
    deinit {
      slots.deinitialize()
      slots.deallocate()
    }

    /// The result of half `index`, leaving its slot empty.
    func take(_ index: Int) -> Slot {
      let result = slots[index]
      slots[index] = nil
      return result
    }

    func store(_ index: Int, _ result: Result<(LDIFImporter, Int), any Error>) {
      slots[index] = result
    }
  }
}
