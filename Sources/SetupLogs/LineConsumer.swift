/// Something that takes a log one line at a time: the bytes of the line without its line break
/// (UTF-8, or Windows-1252 for some lines) and its 1-based number.
protocol LineConsumer {
  mutating func consume(_ line: UnsafeBufferPointer<UInt8>, number: Int)
}
