/// Every walkthrough hybridbench ships, in the order `walk list` shows them.
public enum WalkthroughLibrary {
  public static var all: [Walkthrough] {
    [SysprepRecoveryWalkthrough.walkthrough, Wow6432NodeWalkthrough.walkthrough]
  }
}
