using System.Text.Json;
using Platform.Contracts.Messaging;

namespace Platform.Ingest.Sites.OnlyFans;

/// <summary>Reads a user object: a stub <c>{id,_view}</c> gives only the id, a full object also names.</summary>
public static class UserReader
{
    public static FanProfile Read(JsonElement user, string? fallbackId = null)
    {
        if (user.ValueKind is JsonValueKind.Number or JsonValueKind.String)
        {
            return new FanProfile { FanId = SiteJson.NumericId(user)! };
        }

        if (user.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidEventException($"a user is a {user.ValueKind}, not an object");
        }

        var id = SiteJson.NumericId(SiteJson.Prop(user, "id")) ?? SiteJson.NumericIdText(fallbackId)
            ?? throw new InvalidEventException("a user has no id");
        return new FanProfile
        {
            FanId = id,
            Name = Text(user, "name"),
            Username = Text(user, "username"),
            AvatarUrl = Text(user, "avatar"),
        };
    }

    private static string? Text(JsonElement user, string name) =>
        SiteJson.String(SiteJson.Prop(user, name)) is { } value ? HtmlText.Clean(value.Length > 500 ? value[..500] : value) : null;
}
