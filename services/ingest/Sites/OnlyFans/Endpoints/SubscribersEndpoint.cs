using Platform.Contracts.Messaging;

namespace Platform.Ingest.Sites.OnlyFans.Endpoints;

/// <summary><c>GET /subscriptions/subscribers/...</c>: fans with their subscription (<c>users</c> or <c>list</c>).</summary>
public sealed class SubscribersEndpoint : IOnlyFansEndpoint
{
    public string Name => "subscribers";

    public bool Matches(string method, string[] segments) => segments is ["subscriptions", "subscribers", ..];

    public ParsedCapture Parse(EndpointRequest request)
    {
        if (SiteJson.Items(request.Body, "users", "list") is not { } items)
        {
            return ParsedCapture.NotData(ParseStatus.UnknownShape, Name, "no subscriber list");
        }

        var fans = new List<FanProfile>();
        var subscriptions = new List<FanSubscription>();
        foreach (var user in items)
        {
            var fan = UserReader.Read(user);
            fans.Add(fan);
            var by = SiteJson.Prop(user, "subscribedByData");
            var on = SiteJson.Prop(user, "subscribedOnData");
            subscriptions.Add(new FanSubscription
            {
                FanId = fan.FanId,
                SubscribedAt = by is { } b ? SiteJson.Date(SiteJson.Prop(b, "subscribeAt")) : null,
                ExpiresAt = by is { } e ? SiteJson.Date(SiteJson.Prop(e, "expiredAt")) : null,
                Price = by is { } p ? SiteJson.Money(SiteJson.Prop(p, "price")) : null,
                SiteTotalNet = on is { } o ? SiteJson.Money(SiteJson.Prop(o, "totalSumm")) : null,
            });
        }

        return new ParsedCapture { Status = ParseStatus.Parsed, Endpoint = Name, Fans = fans, Subscriptions = subscriptions };
    }
}
