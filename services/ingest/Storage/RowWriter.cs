namespace Platform.Ingest.Storage;

/// <summary>A table's bulk upsert; the keys of the rows that are new or changed are added to a set.</summary>
public static class RowWriter
{
    public static void Upsert<TRow>(StatementPipeline pipeline, string userId, TableSpec<TRow> spec, IReadOnlyList<TRow> rows, HashSet<string> changed)
    {
        if (rows.Count > 0)
        {
            pipeline.Add(spec.Sql, [userId, .. spec.ToArrays(rows)], r => changed.Add(r.GetString(0)));
        }
    }
}
