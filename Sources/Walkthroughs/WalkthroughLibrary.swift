/// Every walkthrough hybridbench ships, in the order `walk list` shows them.
public enum WalkthroughLibrary {
  public static var all: [Walkthrough] {
    [Wow6432NodeWalkthrough.walkthrough]
  }
}
