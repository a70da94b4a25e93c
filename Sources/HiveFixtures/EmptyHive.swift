/// Writes the smallest hive libhivex opens: a 4 KiB regf base block, one 4 KiB hbin holding a
/// root nk key and the sk cell libhivex needs to give new keys a security descriptor, and a free
/// cell for the rest. libhivex edits hives but cannot create one, so the fixtures start here.
///
/// Layout facts: libyal "Windows NT Registry File (REGF) format" (base block fields, checksum =
/// XOR of the first 127 little-endian 32-bit words, hbin header, nk/sk records); hivex checks
/// the signature, major version 1, checksum, hbin offsets and sizes, and that the root cell is a
/// used nk.
public enum EmptyHive {
  public static let rootName = "ROOT"

  public static func bytes() -> [UInt8] {
    var file = [UInt8](repeating: 0, count: 0x2000)
    let nkCell = 0x20
    let nkSize = align8(4 + 0x4C + rootName.utf8.count)
    let skCell = nkCell + nkSize
    let descriptor: [UInt8] = [1, 0, 0x00, 0x80] + [UInt8](repeating: 0, count: 16)
    let skSize = align8(4 + 0x14 + descriptor.count)
    let freeCell = skCell + skSize

    // Base block.
    put(&file, 0, Array("regf".utf8))
    put32(&file, 0x04, 1)  // primary sequence number
    put32(&file, 0x08, 1)  // secondary sequence number (equal: cleanly written)
    put32(&file, 0x14, 1)  // major version
    put32(&file, 0x18, 3)  // minor version
    put32(&file, 0x1C, 0)  // file type: primary
    put32(&file, 0x20, 1)  // file format: direct memory load
    put32(&file, 0x24, UInt32(nkCell))  // root cell offset, relative to the first hbin
    put32(&file, 0x28, 0x1000)  // size of the hbins
    put32(&file, 0x2C, 1)  // clustering factor
    var checksum: UInt32 = 0
    for word in 0..<127 { checksum ^= read32(file, word * 4) }
    put32(&file, 0x1FC, checksum)

    // hbin header.
    let bin = 0x1000
    put(&file, bin, Array("hbin".utf8))
    put32(&file, bin + 0x04, 0)  // offset of this hbin, relative to the first
    put32(&file, bin + 0x08, 0x1000)  // size of this hbin

    // Root key (nk): size is negative for a used cell.
    let nk = bin + nkCell
    put32(&file, nk, UInt32(bitPattern: Int32(-nkSize)))
    put(&file, nk + 4, Array("nk".utf8))
    put16(&file, nk + 6, 0x2C)  // KEY_HIVE_ENTRY | KEY_NO_DELETE | KEY_COMP_NAME
    let record = nk + 4
    put32(&file, record + 0x10, 0xFFFF_FFFF)  // parent: none
    put32(&file, record + 0x1C, 0xFFFF_FFFF)  // subkey list: none
    put32(&file, record + 0x20, 0xFFFF_FFFF)  // volatile subkey list: none
    put32(&file, record + 0x28, 0xFFFF_FFFF)  // value list: none
    put32(&file, record + 0x2C, UInt32(skCell))  // security key
    put32(&file, record + 0x30, 0xFFFF_FFFF)  // class name: none
    put16(&file, record + 0x48, UInt16(rootName.utf8.count))
    put(&file, record + 0x4C, Array(rootName.utf8))

    // Security key (sk), the only one, so it links to itself.
    let sk = bin + skCell
    put32(&file, sk, UInt32(bitPattern: Int32(-skSize)))
    put(&file, sk + 4, Array("sk".utf8))
    put32(&file, sk + 8, UInt32(skCell))  // previous sk
    put32(&file, sk + 12, UInt32(skCell))  // next sk
    put32(&file, sk + 16, 1)  // reference count: the root
    put32(&file, sk + 20, UInt32(descriptor.count))
    put(&file, sk + 24, descriptor)

    // The rest of the hbin is one free cell (positive size).
    put32(&file, bin + freeCell, UInt32(0x1000 - freeCell))
    return file
  }

  public static func align8(_ n: Int) -> Int { (n + 7) & ~7 }

  public static func put(_ file: inout [UInt8], _ offset: Int, _ bytes: [UInt8]) {
    file.replaceSubrange(offset..<(offset + bytes.count), with: bytes)
  }

  public static func put16(_ file: inout [UInt8], _ offset: Int, _ value: UInt16) {
    put(&file, offset, [UInt8(value & 0xff), UInt8(value >> 8)])
  }

  public static func put32(_ file: inout [UInt8], _ offset: Int, _ value: UInt32) {
    put(&file, offset, (0..<4).map { UInt8((value >> (8 * UInt32($0))) & 0xff) })
  }

  public static func read32(_ file: [UInt8], _ offset: Int) -> UInt32 {
    (0..<4).reduce(UInt32(0)) { $0 | UInt32(file[offset + $1]) << (8 * UInt32($1)) }
  }
}
