using System.Text.Json.Serialization;

namespace Platform.Contracts.Wss;

/// <summary>What a connection is: the creator's browser extension or a dashboard.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ClientRole>))]
public enum ClientRole
{
    [JsonStringEnumMemberName("agent")] Agent,
    [JsonStringEnumMemberName("bridge")] Bridge,
}

/// <summary>Which roles may send an incoming message type; the gateway refuses it from any other.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class SentByAttribute(params ClientRole[] roles) : Attribute
{
    public IReadOnlyList<ClientRole> Roles { get; } = roles;
}
