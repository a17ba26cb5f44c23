using Platform.Contracts.Model;

namespace Platform.Graph.Projection;

/// <summary>
/// Fans whose subscription expires within the window. The section also changes by the clock alone, so
/// composing it records when that next happens (<see cref="UserGraph.ExpiringValidUntil"/>).
/// </summary>
internal static class ExpiringSubscriptions
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(7);

    /// <returns>Null when no subscription is known.</returns>
    public static List<ExpiringSubscription>? Compose(UserGraph graph, SpendBook spend, DateTimeOffset now)
    {
        var known = false;
        var next = DateTimeOffset.MaxValue;
        var members = new List<FanState>();
        foreach (var fan in graph.Fans.Values)
        {
            known |= fan.Subscription is not null;
            if (fan.Subscription?.ExpiresAt is not { } at || at <= now)
            {
                continue;
            }

            if (at <= now + Window)
            {
                members.Add(fan);
                next = Min(next, at);
            }
            else
            {
                next = Min(next, at - Window);
            }
        }

        graph.ExpiringValidUntil = next;
        return !known ? null :
        [
            .. members.OrderBy(f => f.Subscription!.ExpiresAt).ThenBy(f => f.FanId, StringComparer.Ordinal)
                .Select(f => new ExpiringSubscription
                {
                    FanId = f.FanId,
                    Name = f.Name ?? f.Username,
                    ExpiresAt = f.Subscription!.ExpiresAt!.Value,
                    FanValue = ConversationNodeFactory.FanValue(spend.Of(f.FanId), f),
                }),
        ];
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
