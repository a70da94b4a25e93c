import EnvironmentModel
import Dispatch
import Findings

/// Large exports are read in parts on all cores: the text is cut just after blank lines
/// (record boundaries), each part goes through its own importer (writing descriptors into its
/// own region of one arena), and the later parts' objects are moved after the first part's
/// with their line numbers shifted.
extension LDIFImporter {
  /// Texts smaller than this are read on one thread.
  static let parallelThreshold = 4 << 20
  /// How many parts a large text is cut into: twice the cores (at least 8, at most 64), so a
  /// core slowed down by another process does not hold the read back (the others take more).
  static let partCount = min(64, max(8, 2 * sysconf(Int32(_SC_NPROCESSORS_ONLN))))

  static func read(text: UnsafeBufferPointer<UInt8>, file: FileReference) throws -> Domain {
    let bounds = text.count >= parallelThreshold ? partBounds(text) : [0, text.count]
    guard bounds.count > 2 else {
      var importer = LDIFImporter(
        file: file, arena: ByteArena(capacity: arenaRoom(forText: text.count)))
      importer.expectedLength = text.count
      MappedFile.prefault(text)
      _ = try importer.scan(text)
      var none: [[DirectoryObject?]] = []
      return try importer.finish(appending: &none)
    }
    let count = bounds.count - 1
    // Each part's region of the arena starts where the room the parts before it need ends.
    let regions = (0..<count).reduce(into: [0]) { starts, k in
      starts.append(starts[k] + arenaRoom(forText: bounds[k + 1] - bounds[k]))
    }
    let arena = ByteArena(capacity: regions[count])
    let parts = Parts(count: count)
    let shared = ReadOnlyText(bytes: text)
    DispatchQueue.concurrentPerform(iterations: count) { k in
      var importer = LDIFImporter(file: file, arena: arena, arenaStart: regions[k])
      // Only the first part may start with 'version:'; the others hand their objects over.
      importer.sawVersion = k > 0
      importer.handsOver = k > 0
      importer.expectedLength = k == 0 ? shared.bytes.count : bounds[k + 1] - bounds[k]
      let part = UnsafeBufferPointer(rebasing: shared.bytes[bounds[k]..<bounds[k + 1]])
      MappedFile.prefault(part)
      do {
        let lines = try importer.scan(part)
        MappedFile.release(part)
        importer.endRecord()
        parts.store(k, .success((importer, lines)))
      } catch {
        parts.store(k, .failure(error))
      }
    }
    // Take each result out of its slot, so the merge owns the only copy of each object list
    // (appending to a shared list would copy 100,000 objects). The first error in file order
    // wins, its line shifted by the lines of the parts before it.
    var (merged, lines) = try parts.take(0, file: file)
    var tails: [[DirectoryObject?]] = []
    for k in 1..<count {
      do {
        var (next, partLines) = try parts.take(k, file: file)
        tails.append(merged.absorb(&next, lineOffset: lines))
        lines += partLines
      } catch var error as InputError {
        error.location.line = (error.location.line ?? 1) + lines
        throw error
      }
    }
    return try merged.finish(appending: &tails)
  }

  /// Where the parts of a large text start, then its end: just after the first record
  /// boundary at or after each of `partCount - 1` evenly spaced offsets (fewer when records
  /// are long), ascending.
  static func partBounds(_ text: UnsafeBufferPointer<UInt8>) -> [Int] {
    var bounds = [0]
    for k in 1..<partCount {
      let target = max(text.count / partCount * k, bounds[bounds.count - 1])
      guard let cut = recordBoundary(text, near: target), cut < text.count else { break }
      if cut > bounds[bounds.count - 1] { bounds.append(cut) }
    }
    bounds.append(text.count)
    return bounds
  }

  /// Takes in what the importer of the part after this one found, whose lines were numbered
  /// from 1 at the part's start; returns its objects, renumbered, for `finish(appending:)`.
  mutating func absorb(_ other: inout LDIFImporter, lineOffset: Int) -> [DirectoryObject?] {
    var objects: [DirectoryObject?] = []
    swap(&objects, &other.objects)
    for i in objects.indices { objects[i]?.origin.line? += lineOffset }
    if other.sawDomainRoot {
      sawDomainRoot = true
      domain.dnsName = other.domain.dnsName
      domain.sid = other.domain.sid
      domain.origin = other.domain.origin
      domain.origin.line? += lineOffset
    }
    recordCount += other.recordCount
    return objects
  }

  /// The offset just after the first blank line (LF LF or LF CR LF) whose first line feed is
  /// at or after `middle`; nil when there is none.
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

  /// The text all parts read: mapped or borrowed by the caller for the whole read, and never
  /// written, so sharing it between threads is safe.
  struct ReadOnlyText: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>
  }

  /// The parts' results, each written by the thread that read the part before
  /// `concurrentPerform` returns, and read only after it.
  final class Parts: @unchecked Sendable {
    typealias Slot = Result<(LDIFImporter, Int), any Error>?
    /// One slot per part in storage of its own, so the threads never touch a shared Array.
    private let slots: UnsafeMutableBufferPointer<Slot>

    init(count: Int) {
      slots = .allocate(capacity: count)
      slots.initialize(repeating: nil)
    }
    deinit {
      slots.deinitialize()
      slots.deallocate()
    }

    /// The importer of part `index` and its line count, leaving the slot empty; rethrows
    /// the part's error, with lines numbered within the part.
    func take(_ index: Int, file: FileReference) throws -> (LDIFImporter, Int) {
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
