// The C library, imported once for every module above Findings: the only platform `#if` in the
// modules that read, write and parse (LineEditing, Artifacts and the executable, which do not
// depend on Findings, import it themselves). Only Linux (Glibc) is built and tested; the Darwin
// branch is kept so the sources stay portable, but nothing checks it.
#if canImport(Glibc)
  @_exported import Glibc
#elseif canImport(Darwin)
  @_exported import Darwin
#endif
