using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using Platform.Contracts.Wss;

namespace Platform.Contracts.Serialization;

/// <summary>What the protocol knows about one incoming <c>type</c>.</summary>
public sealed record IncomingMessageType(
    string Discriminator,
    Type ClrType,
    JsonTypeInfo TypeInfo,
    bool PayloadRequired,
    IReadOnlyList<ClientRole> SentBy);

/// <summary>
/// The one registry of incoming frame types, built once from the contract union's metadata,
/// so that no code anywhere switches on type strings.
/// </summary>
public static class IncomingMessageTypes
{
    private static readonly FrozenDictionary<string, IncomingMessageType> _byDiscriminator = Build();
    private static readonly FrozenDictionary<Type, IncomingMessageType> _byType =
        _byDiscriminator.Values.ToFrozenDictionary(t => t.ClrType);

    public static IReadOnlyCollection<string> Names { get; } = [.. _byDiscriminator.Keys.Order(StringComparer.Ordinal)];

    public static bool TryGet(string discriminator, out IncomingMessageType type) =>
        _byDiscriminator.TryGetValue(discriminator, out type!);

    public static IncomingMessageType Of(IncomingWssMessage message) => _byType[message.GetType()];

    private static FrozenDictionary<string, IncomingMessageType> Build()
    {
        var context = WssJsonContext.Default;
        var polymorphism = context.IncomingWssMessage.PolymorphismOptions
            ?? throw new InvalidOperationException("IncomingWssMessage must be polymorphic.");
        return polymorphism.DerivedTypes.ToFrozenDictionary(
            d => (string)d.TypeDiscriminator!,
            d =>
            {
                var info = context.GetTypeInfo(d.DerivedType)!;
                var payload = info.Properties.Single(p => p.Name == "payload");
                var sentBy = d.DerivedType.GetCustomAttribute<SentByAttribute>()?.Roles
                    ?? throw new InvalidOperationException($"{d.DerivedType.Name} needs [SentBy].");
                return new IncomingMessageType((string)d.TypeDiscriminator!, d.DerivedType, info, payload.IsRequired, sentBy);
            },
            StringComparer.Ordinal);
    }
}
