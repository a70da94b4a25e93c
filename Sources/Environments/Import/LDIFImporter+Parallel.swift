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
      importer.expectedLength = text.count
      MappedFile.prefault(text)
      _ = try importer.scan(text)
      var none: [DirectoryObject?] = []
      return try importer.finish(appending: &none)
    }
    let firstRoom = arenaRoom(forText: split)
    let arena = ByteArena(capacity: firstRoom + arenaRoom(forText: text.count - split))
    let parts = Parts()
    let shared = ReadOnlyText(bytes: text)
    DispatchQueue.concurrentPerform(iterations: 2) { index in
      var importer = LDIFImporter(file: file, arena: arena, arenaStart: index == 0 ? 0 : firstRoom)
      // Only the first half may start with 'version:'; the second hands its objects over.
      importer.sawVersion = index == 1
      importer.handsOver = index == 1
      importer.expectedLength = index == 0 ? shared.bytes.count : shared.bytes.count - split
      let part = UnsafeBufferPointer(
        rebasing: index == 0 ? shared.bytes[0..<split] : shared.bytes[split...])
      MappedFile.prefault(part)
      do {
        let lines = try importer.scan(part)
        importer.endRecord()
        parts.store(index, .success((importer, lines)))
      } catch {
        parts.store(index, .failure(error))
      }
    }
    // Take each result out of its slot, so the merge owns the only copy of each object list
    // (appending to a shared list would copy 100,000 objects).
    var (merged, firstLines) = try parts.take(0, file: file)
    var tail: [DirectoryObject?]
    do {
      var (second, _) = try parts.take(1, file: file)
      tail = merged.absorb(&second, lineOffset: firstLines)
    } catch var error as InputError {
      error.location.line += firstLines
      throw error
    }
    return try merged.finish(appending: &tail)
  }

  /// Takes in what the importer of the part after this one found, whose lines were numbered
  /// from 1 at the part's start; returns its objects, renumbered, for `finish(appending:)`.
  mutating func absorb(_ other: inout LDIFImporter, lineOffset: Int) -> [DirectoryObject?] {
    var objects: [DirectoryObject?] = []
    swap(&objects, &other.objects)
    for i in objects.indices { objects[i]?.origin.line += lineOffset }
    if other.sawDomainRoot {
      sawDomainRoot = true
      domain.dnsName = other.domain.dnsName
      domain.sid = other.domain.sid
      domain.origin = other.domain.origin
      domain.origin.line += lineOffset
    }
    recordCount += other.recordCount
    return objects
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

    /// The importer of half `index` and its line count, leaving the slot empty; rethrows
    /// the half's error, with lines numbered within the half.
    func take(_ index: Int, file: String) throws -> (LDIFImporter, Int) {
      let result = slots[index]
      slots[index] = nil
      switch result {
      case .success(let read)?: return read
      case .failure(let error)?: throw error
      case nil: throw InputError("read error", at: SourceLocation(file: file, line: 1))
      }
    }

    func store(_ index: Int, _ result: Result<(LDIFImporter, Int), any Error>) {
      slots[index] = result
    }
  }
}
