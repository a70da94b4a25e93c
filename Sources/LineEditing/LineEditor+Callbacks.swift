import CEditLine

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The Tab and `?` key handlers, run by libedit in the middle of `el_gets`.
extension LineEditor {
  /// The text of the line before the cursor, decoded from libedit's multibyte buffer.
  static func textBeforeCursor(_ el: OpaquePointer) -> String? {
    guard let info = el_line(el)?.pointee, let buffer = info.buffer else { return nil }
    let count = info.cursor - buffer
    let bytes = UnsafeRawBufferPointer(start: buffer, count: max(0, count))
    return String(decoding: bytes, as: UTF8.self)
  }

  static func textAfterCursor(_ el: OpaquePointer) -> String {
    guard let info = el_line(el)?.pointee, let cursor = info.cursor else { return "" }
    let count = info.lastchar - cursor
    return String(decoding: UnsafeRawBufferPointer(start: cursor, count: max(0, count)), as: UTF8.self)
  }

  /// More candidates than this are listed only after "Display all N possibilities?" (bash's
  /// default for completion-query-items).
  static let listWithoutAsking = 100

  /// Tab: one press completes the unique match or the longest common prefix; a second press
  /// where the first made no progress lists the candidates.
  func complete(_ el: OpaquePointer?) -> UInt8 {
    guard let el, let before = Self.textBeforeCursor(el) else { return UInt8(CC_ERROR) }
    let completions = completer(before)
    let candidates = completions.candidates
    guard !candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
    let state = before + "\u{0}" + Self.textAfterCursor(el)
    if candidates.count == 1, let only = candidates.first {
      replaceWord(el, typed: completions.typed, with: only.insertion + (only.isFinal ? " " : ""))
      return UInt8(CC_REFRESH)
    }
    let common = Completions.longestCommonPrefix(candidates.map(\.insertion))
    if common.unicodeScalars.count > completions.typed.unicodeScalars.count {
      replaceWord(el, typed: completions.typed, with: common)
      lastStuckCompletion = nil
      return UInt8(CC_REFRESH)
    }
    if lastStuckCompletion == state {
      // Like bash (completion-query-items): a long list is shown only when asked for.
      if candidates.count > Self.listWithoutAsking {
        write("\nDisplay all \(candidates.count) possibilities? (y or n)")
        var key: CChar = 0
        var answer: CChar = 0
        while el_getc(el, &key) == 1 {
          if key == CChar(UInt8(ascii: "y")) || key == CChar(UInt8(ascii: "Y")) || key == CChar(UInt8(ascii: " ")) {
            answer = CChar(UInt8(ascii: "y"))
            break
          }
          if key == CChar(UInt8(ascii: "n")) || key == CChar(UInt8(ascii: "N")) || key == 0x7F || key == 0x03 {
            break
          }
        }
        guard answer != 0 else {
          write("\n")
          return UInt8(CC_REDISPLAY)
        }
      }
      write("\n" + Completions.columns(candidates.map(\.display), width: Terminal.columns()) + "\n")
      return UInt8(CC_REDISPLAY)
    }
    lastStuckCompletion = state
    return UInt8(CC_REFRESH_BEEP)
  }

  /// `?`: at the end of a line, outside quotes, show help for that position and keep the line;
  /// anywhere else it is an ordinary character.
  func explain(_ el: OpaquePointer?) -> UInt8 {
    guard let el, let before = Self.textBeforeCursor(el) else { return UInt8(CC_ERROR) }
    if Self.textAfterCursor(el).isEmpty, let help = helper(before) {
      write("?\n" + help + (help.hasSuffix("\n") ? "" : "\n"))
      return UInt8(CC_REDISPLAY)
    }
    el_insertstr(el, "?")
    return UInt8(CC_REFRESH)
  }

  private func replaceWord(_ el: OpaquePointer, typed: String, with text: String) {
    let typedCount = typed.unicodeScalars.count
    if typedCount > 0 { el_deletestr(el, Int32(typedCount)) }
    el_insertstr(el, text)
  }
}
