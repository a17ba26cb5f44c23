using Platform.Contracts.Messaging;
using Platform.Contracts.Model;
using Platform.Ingest.Sites;

namespace Platform.Ingest.Pipeline;

/// <summary>
/// Settles each message's chat and direction. Direction is <c>out</c> when the sender is the creator
/// (from <c>/users/me</c>); before the creator is known, a chat page message not sent by the chat's fan
/// is <c>out</c>. A socket push from the creator carries no recipient: its chat is found by message id
/// (the send response, or a chat page); until then it waits in <c>pending_echoes</c>.
/// </summary>
public static class MessageAttributor
{
    /// <summary>Message ids whose stored chat must be looked up before <see cref="Resolve"/>.</summary>
    public static IReadOnlyCollection<string> IdsToLookUp(string? creatorId, IEnumerable<ParsedMessage> messages, IEnumerable<PendingEcho> pending)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in messages)
        {
            if (m.Origin == MessageOrigin.Socket && !IsFromFan(creatorId, m.Message.FromUserId))
            {
                ids.Add(m.Message.MessageId);
            }
        }

        ids.UnionWith(pending.Select(p => p.MessageId));
        return ids;
    }

    public static AttributionResult Resolve(
        string? creatorId,
        IReadOnlyList<Captured<ParsedMessage>> messages,
        IReadOnlyList<PendingEcho> pending,
        IReadOnlyDictionary<string, Attribution> stored)
    {
        var known = new Dictionary<string, Attribution>(stored, StringComparer.Ordinal);
        var result = new AttributionResult();
        foreach (var (m, at) in messages.Where(m => m.Row.Origin != MessageOrigin.Socket))
        {
            var attribution = Direct(creatorId, m);
            known[m.Message.MessageId] = attribution;
            result.Resolved.Add(new Captured<NormalizedMessage>(Apply(m.Message, attribution), at));
        }

        foreach (var (m, at) in messages.Where(m => m.Row.Origin == MessageOrigin.Socket))
        {
            if (TrySocket(creatorId, m.Message, m.ChatId, known) is { } attribution)
            {
                result.Resolved.Add(new Captured<NormalizedMessage>(Apply(m.Message, attribution), at));
            }
            else
            {
                result.NewPending.Add(new PendingEcho(m.Message, m.ChatId, at));
            }
        }

        foreach (var echo in pending)
        {
            if (known.ContainsKey(echo.MessageId))
            {
                result.SettledPendingIds.Add(echo.MessageId);
            }
            else if (TrySocket(creatorId, echo.Message, echo.RecipientId, known) is { } attribution)
            {
                result.Resolved.Add(new Captured<NormalizedMessage>(Apply(echo.Message, attribution), echo.CapturedAt));
                result.SettledPendingIds.Add(echo.MessageId);
            }
        }

        return result;
    }

    private static Attribution Direct(string? creatorId, ParsedMessage m)
    {
        var chatId = m.ChatId!;
        if (m.Origin == MessageOrigin.CreatorSend)
        {
            return new Attribution(chatId, MessageDirection.Out);
        }

        var outbound = creatorId is not null ? m.Message.FromUserId == creatorId : m.Message.FromUserId != chatId;
        return new Attribution(chatId, outbound ? MessageDirection.Out : MessageDirection.In);
    }

    private static Attribution? TrySocket(string? creatorId, NormalizedMessage message, string? recipientId, Dictionary<string, Attribution> known)
    {
        if (IsFromFan(creatorId, message.FromUserId))
        {
            return new Attribution(message.FromUserId, MessageDirection.In);
        }

        if (known.TryGetValue(message.MessageId, out var stored))
        {
            return stored;
        }

        return creatorId is not null && recipientId is not null ? new Attribution(recipientId, MessageDirection.Out) : null;
    }

    private static bool IsFromFan(string? creatorId, string fromUserId) => creatorId is not null && fromUserId != creatorId;

    private static NormalizedMessage Apply(NormalizedMessage message, Attribution attribution) =>
        message with { ChatId = attribution.ChatId, Direction = attribution.Direction };
}

public sealed class AttributionResult
{
    public List<Captured<NormalizedMessage>> Resolved { get; } = [];
    public List<PendingEcho> NewPending { get; } = [];
    public List<string> SettledPendingIds { get; } = [];
}
