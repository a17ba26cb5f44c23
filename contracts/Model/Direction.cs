using System.Text.Json.Serialization;

namespace Platform.Contracts.Model;

/// <summary>Who wrote a message: the fan (<c>in</c>) or the creator (<c>out</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MessageDirection>))]
public enum MessageDirection
{
    [JsonStringEnumMemberName("in")] In,
    [JsonStringEnumMemberName("out")] Out,
}
