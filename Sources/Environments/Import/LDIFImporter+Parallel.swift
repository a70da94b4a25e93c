import Dispatch
import Findings

/// Large exports are read as two halves on two threads: the text is split just after a blank
/// line (a record boundary) near its middle, each half goes through its own importer (writing
/// descriptors into its own region of one arena), and the second half's objects are appended
/// with their line numbers shifted.
extension LDIFImporter {
  /// Texts smaller than this are read on one thread.
  static let parallelThreshold = 4 << 20

  static func read(text: UnsafeBufferPointer<UInt8>, file: String) throws -> Domain {
    guard text.count >= parallelThreshold, let split = recordBoundary(text, near: text.count / 2)
    else {
      var importer = LDIFImporter(
        file: file, arena: ByteArena(capacity: arenaRoom(forText: text.count)))
      _ = try importer.scan(text)
      return try importer.finish()
    }
    let firstRoom = arenaRoom(forText: split)
    let arena = ByteArena(capacity: firstRoom + arenaRoom(forText: text.count - split))
    let parts = Parts()
    let shared = ReadOnlyText(bytes: text)
    DispatchQueue.concurrentPerform(iterations: 2) { index in
      var importer = LDIFImporter(file: file, arena: arena, arenaStart: index == 0 ? 0 : firstRoom)
      // Only the first half may start with 'version:'.
      importer.sawVersion = index == 1
      let part = UnsafeBufferPointer(
        rebasing: index == 0 ? shared.bytes[0..<split] : shared.bytes[split...])
      do {
        let lines = try importer.scan(part)
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

  /// The offset just after the first blank line (LF LF or LF CR LF) at or after `middle`;
  /// nil when there is none.
  static func recordBoundary(_ text: UnsafeBufferPointer<UInt8>, near middle: Int) -> Int? {
    guard let base = text.baseAddress else { return nil }
    let n = text.count
    var i = lineFeed(base, from: middle, end: n)
    while i + 1 < n {
      if base[i + 1] == 0x0A { return i + 2 }
      if i + 2 < n, base[i + 1] == 0x0D, base[i + 2] == 0x0A { return i + 3 }
      i = lineFeed(base, from: i + 1, end: n)
    }
    return nil
  }

  /// The text both halves read: mapped or borrowed by the caller for the whole read, and
  /// never written, so sharing it between the two threads is safe.
  struct ReadOnlyText: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>
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
