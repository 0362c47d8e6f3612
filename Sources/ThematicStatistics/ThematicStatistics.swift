/// Statistics used by stages and calculator commands.
public enum ThematicStatistics {}
