namespace Platform.Ingest.Sites.OnlyFans;

/// <summary>A value in an otherwise known shape is poisoned; the whole event is skipped (never half-applied).</summary>
public sealed class InvalidEventException(string message) : Exception(message);
