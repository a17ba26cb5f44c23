using Npgsql;
using Platform.Contracts.Model;
using Platform.Graph.Projection;

namespace Platform.Graph.Storage;

/// <summary>Fills a <see cref="UserGraph"/> from <c>graph.*</c> in one round trip (a cache miss or a restart: no replay).</summary>
internal sealed class UserGraphLoader(NpgsqlDataSource dataSource)
{
    /// <param name="recomputeAll">Recompute every conversation's aggregates first (the end of a snapshot, whose chunks only stored rows).</param>
    public async Task LoadAsync(UserGraph graph, CancellationToken cancellationToken, bool recomputeAll = false)
    {
        graph.Clear();
        var sql = new SqlBatch();
        Action<NpgsqlParameterCollection> user = p => p.With("u", graph.UserId);
        if (recomputeAll)
        {
            sql.Add(ConversationSql.Recompute(ConversationSql.ChatFilter(true)), user);
        }

        sql.Add("SELECT creator_id FROM graph.creators WHERE user_id = @u", user, r => graph.CreatorId = r.GetString(0))
            .Add(ConversationSql.Select(ConversationSql.ChatFilter(true)), user, r => graph.SetConversation(RowReaders.Conversation(r)))
            .Add("SELECT fan_id, name, username, avatar_url FROM graph.fans WHERE user_id = @u", user, r =>
            {
                var fan = graph.Fan(r.GetString(0));
                fan.Name = r.IsDBNull(1) ? null : r.GetString(1);
                fan.Username = r.IsDBNull(2) ? null : r.GetString(2);
                fan.AvatarUrl = r.IsDBNull(3) ? null : r.GetString(3);
            })
            .Add("SELECT fan_id, notes, tags FROM graph.fan_notes WHERE user_id = @u", user, r =>
            {
                var fan = graph.Fan(r.GetString(0));
                fan.Notes = r.IsDBNull(1) ? null : r.GetString(1);
                fan.Tags = r.GetFieldValue<string[]>(2);
            })
            .Add("SELECT fan_id, subscribed_at, expires_at, price FROM graph.subscriptions WHERE user_id = @u", user, r =>
            {
                var (fanId, subscription) = StoredRows.Subscription(r);
                graph.Fan(fanId).Subscription = subscription;
            })
            .Add(FanScoreSql.Select, user, r => graph.Fan(r.GetString(0)).Scores = FanScoreSql.Read(r))
            .Add("SELECT transaction_id, fan_id, kind, amount, currency, status, created_at FROM graph.transactions WHERE user_id = @u", user,
                r => graph.SetTransaction(StoredRows.Transaction(r)))
            .Add("""
                SELECT direction, date_trunc('hour', created_at AT TIME ZONE 'UTC') AS hour, COUNT(*)::int
                FROM graph.messages WHERE user_id = @u GROUP BY 1, 2
                """, user, r => graph.Counters.Add(r.GetInt16(0) == 0 ? MessageDirection.In : MessageDirection.Out, DateTime.SpecifyKind(r.GetDateTime(1), DateTimeKind.Utc), r.GetInt32(2)));
        await sql.ExecuteAsync(dataSource, cancellationToken);
        graph.Loaded = true;
    }
}
