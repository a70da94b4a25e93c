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
