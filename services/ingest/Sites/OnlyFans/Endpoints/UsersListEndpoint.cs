using System.Text.Json;
using Platform.Contracts.Messaging;

namespace Platform.Ingest.Sites.OnlyFans.Endpoints;

/// <summary><c>GET /users/list?m[]=...</c>: fan names, as an object keyed by the id as a string (or a list).</summary>
public sealed class UsersListEndpoint : IOnlyFansEndpoint
{
    public string Name => "users.list";

    public bool Matches(string method, string[] segments) => segments is ["users", "list"];

    public ParsedCapture Parse(EndpointRequest request)
    {
        var fans = new List<FanProfile>();
        if (SiteJson.Items(request.Body, "list", "users") is { } items)
        {
            foreach (var user in items)
            {
                fans.Add(UserReader.Read(user));
            }
        }
        else if (request.Body.ValueKind == JsonValueKind.Object)
        {
            foreach (var entry in request.Body.EnumerateObject())
            {
                if (entry.Value.ValueKind != JsonValueKind.Object)
                {
                    return ParsedCapture.NotData(ParseStatus.UnknownShape, Name, $"entry '{entry.Name}' is not a user");
                }

                fans.Add(UserReader.Read(entry.Value, entry.Name));
            }
        }
        else
        {
            return ParsedCapture.NotData(ParseStatus.UnknownShape, Name, "not a user map");
        }

        return new ParsedCapture { Status = ParseStatus.Parsed, Endpoint = Name, Fans = fans };
    }
}
