using Npgsql;
using Platform.Contracts.Messaging;
using Platform.Contracts.Model;
using Platform.Graph.Projection;

namespace Platform.Graph.Storage;

/// <summary>Row mappers shared by the writer (RETURNING) and the loader (SELECT): same column order.</summary>
internal static class StoredRows
{
    /// <summary>transaction_id, fan_id, kind, amount, currency, status, created_at.</summary>
    public static TransactionRow Transaction(NpgsqlDataReader r) => new(
        r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), (TransactionKind)r.GetInt16(2), r.GetDecimal(3),
        r.GetString(4), r.GetString(5), RowReaders.Utc(r.GetDateTime(6)));

    /// <summary>fan_id, subscribed_at, expires_at, price.</summary>
    public static (string FanId, SubscriptionInfo Subscription) Subscription(NpgsqlDataReader r)
    {
        var expires = r.IsDBNull(2) ? (DateTimeOffset?)null : RowReaders.Utc(r.GetDateTime(2));
        return (r.GetString(0), new SubscriptionInfo
        {
            SubscribedAt = r.IsDBNull(1) ? null : RowReaders.Utc(r.GetDateTime(1)),
            ExpiresAt = expires,
            Price = r.IsDBNull(3) ? null : r.GetDecimal(3),
        });
    }
}
