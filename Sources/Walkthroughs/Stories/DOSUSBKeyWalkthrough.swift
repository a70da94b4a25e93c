/// A DOS-bootable USB key for firmware work: why some flash tools still need DOS, and why that
/// needs legacy BIOS boot.
enum DOSUSBKeyWalkthrough {
  static let freedos = "FreeDOS project (freedos.org): FreeDOS 1.3 USB images (FullUSB, LiteUSB)"
  static let rufus = "Rufus documentation (rufus.ie): boot selection 'FreeDOS'"
  static let uefi =
    "UEFI Forum: UEFI specification (no BIOS services; legacy boot is the optional Compatibility Support Module)"
  static let refs = [freedos, rufus, uefi]

  static let walkthrough = Walkthrough(
    id: "dos-usb-key",
    title: "A DOS-bootable USB key for firmware work",
    summary: "a DOS-bootable USB key for firmware updates (FreeDOS; BIOS versus UEFI boot)",
    refs: refs,
    steps: [
      WalkStep(
        "why", .inform, title: "Why DOS, still",
        text: """
          Some BIOS, RAID controller, NIC and disk firmware updaters are DOS programs: they need \
          the whole machine, real mode and the BIOS's disk and video services, with no operating \
          system in the way. FreeDOS is a free DOS that runs them.
          """,
        why: "the vendor's tool decides the environment, not preference",
        refs: [freedos], next: "mode"),
      WalkStep(
        "mode", .ask, title: "How does the machine boot?",
        text: "Does the machine's firmware offer legacy (BIOS/CSM) boot, or is it UEFI only?",
        why:
          "DOS calls BIOS services (INT 13h for disks), which a UEFI-only firmware does not provide",
        next: "make",
        question: WalkQuestion(
          key: "mode", prompt: "the boot mode",
          expect: .choice([
            WalkChoice(
              "bios", "legacy BIOS, or UEFI with CSM / Legacy boot available", next: "make"),
            WalkChoice("uefi", "UEFI only (no CSM)", next: "uefi"),
          ]))),
      WalkStep(
        "uefi", .inform, title: "UEFI only: use the vendor's UEFI tool",
        text: """
          Without a Compatibility Support Module no DOS can boot. Use the vendor's UEFI updater \
          (an .efi run from the UEFI shell or the firmware's own flash menu) or its Windows/Linux \
          package instead. Where CSM exists but is off, enable Legacy boot (and turn Secure Boot \
          off) only for the update, then restore both.
          """,
        why: "a DOS key cannot help a machine that has no BIOS services",
        refs: [uefi]),
      WalkStep(
        "make", .act, title: "Make the key",
        text: """
          Write the FreeDOS USB image to the key (dd if=FD13LITE.img of=/dev/sdX bs=4M on Linux, \
          or Rufus with boot selection 'FreeDOS' on Windows: MBR partition scheme, FAT32). Copy the \
          vendor's updater and its image file to the key's root. Keep names 8.3 (FLASH.EXE, BIOS.ROM).
          """,
        why: "DOS reads only MBR-partitioned FAT disks and 8.3 names",
        refs: [freedos, rufus], next: "run"),
      WalkStep(
        "run", .act, title: "Boot it and flash",
        text: """
          Use the one-time boot menu to start from the key in legacy mode, run the updater as its \
          readme says, and do not interrupt power (a UPS, laptops on mains). Reboot and check the \
          new version in the firmware setup.
          """,
        why: "an interrupted flash can leave a board that does not start",
        refs: [freedos]),
    ])
}
