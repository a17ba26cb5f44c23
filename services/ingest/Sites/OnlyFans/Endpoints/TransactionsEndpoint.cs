using Platform.Contracts.Messaging;

namespace Platform.Ingest.Sites.OnlyFans.Endpoints;

/// <summary><c>GET /payouts/transactions</c>: tips, paid messages, subscriptions; a later status replaces an earlier one.</summary>
public sealed class TransactionsEndpoint : IOnlyFansEndpoint
{
    public string Name => "payouts.transactions";

    public bool Matches(string method, string[] segments) => segments is ["payouts", "transactions"];

    public ParsedCapture Parse(EndpointRequest request)
    {
        if (SiteJson.Items(request.Body, "list") is not { } items)
        {
            return ParsedCapture.NotData(ParseStatus.UnknownShape, Name, "no transaction list");
        }

        var transactions = new List<NormalizedTransaction>();
        var fans = new List<FanProfile>();
        foreach (var item in items)
        {
            var id = SiteJson.OpaqueId(SiteJson.Prop(item, "id")) ?? throw new InvalidEventException("a transaction has no id");
            var amount = SiteJson.Money(SiteJson.Prop(item, "amount")) ?? throw new InvalidEventException($"transaction {id} has no amount");
            var fee = SiteJson.Money(SiteJson.Prop(item, "fee")) ?? 0m;
            var fan = SiteJson.Prop(item, "user") is { } user ? UserReader.Read(user) : null;
            if (fan is not null)
            {
                fans.Add(fan);
            }

            var description = SiteJson.String(SiteJson.Prop(item, "description")) is { } html ? HtmlText.Plain(HtmlText.Clean(html)) : null;
            transactions.Add(new NormalizedTransaction
            {
                TransactionId = id,
                FanId = fan?.FanId,
                Kind = TransactionKinds.FromDescription(description),
                Amount = amount,
                Fee = fee,
                Net = SiteJson.Money(SiteJson.Prop(item, "net")) ?? amount - fee,
                Currency = SiteJson.Code(SiteJson.Prop(item, "currency")) is { Length: > 0 and <= 8 } currency ? currency.ToUpperInvariant() : "USD",
                Status = SiteJson.Code(SiteJson.Prop(item, "status")) is { Length: > 0 and <= 32 } status
                    ? status.ToLowerInvariant()
                    : throw new InvalidEventException($"transaction {id} has no status"),
                CreatedAt = SiteJson.Date(SiteJson.Prop(item, "createdAt")) ?? request.CapturedAt.ToUniversalTime(),
                Description = description,
            });
        }

        return new ParsedCapture { Status = ParseStatus.Parsed, Endpoint = Name, Fans = fans, Transactions = transactions };
    }
}
