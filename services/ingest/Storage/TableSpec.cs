namespace Platform.Ingest.Storage;

/// <summary>A normalised table: its columns, and how a list of rows becomes one array per column.</summary>
public sealed class TableSpec<TRow>
{
    public TableSpec(string table, bool guarded, IReadOnlyList<UpsertColumn> columns, Func<IReadOnlyList<TRow>, Array[]> toArrays)
    {
        Table = table;
        Columns = columns;
        ToArrays = toArrays;
        Sql = UpsertSql.Build(table, columns, guarded);
    }

    public string Table { get; }
    public IReadOnlyList<UpsertColumn> Columns { get; }
    public Func<IReadOnlyList<TRow>, Array[]> ToArrays { get; }
    public string Sql { get; }
}
