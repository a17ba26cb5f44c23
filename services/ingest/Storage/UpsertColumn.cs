namespace Platform.Ingest.Storage;

/// <param name="Name">Column name.</param>
/// <param name="PgType">PostgreSQL element type of the array parameter (<c>text</c>, <c>numeric</c>, ...).</param>
/// <param name="KeepKnown">A null in the capture means "not captured": keep the stored value.</param>
public sealed record UpsertColumn(string Name, string PgType, bool KeepKnown = false);
