using Platform.Contracts.Messaging;

namespace Platform.Ingest.Sites.OnlyFans.Endpoints;

/// <summary><c>GET /users/me</c>: the creator's identity, which tells outbound messages from inbound ones.</summary>
public sealed class MeEndpoint : IOnlyFansEndpoint
{
    public string Name => "users.me";

    public bool Matches(string method, string[] segments) => segments is ["users", "me"];

    public ParsedCapture Parse(EndpointRequest request)
    {
        if (SiteJson.NumericId(SiteJson.Prop(request.Body, "id")) is not { } id)
        {
            return ParsedCapture.NotData(ParseStatus.UnknownShape, Name, "no id in /users/me");
        }

        var profile = UserReader.Read(request.Body);
        return new ParsedCapture
        {
            Status = ParseStatus.Parsed,
            Endpoint = Name,
            Creator = new CreatorProfile { CreatorId = id, Name = profile.Name, Username = profile.Username },
        };
    }
}
