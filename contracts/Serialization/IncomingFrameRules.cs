using System.Text.RegularExpressions;
using Platform.Contracts.Capture;
using Platform.Contracts.Wss;

namespace Platform.Contracts.Serialization;

/// <summary>Rules a well-typed frame must still meet (ranges, formats, cross-field constraints).</summary>
public static partial class IncomingFrameRules
{
    public const int MaxIdLength = 128;
    public const int MaxTextLength = 10_000;
    public const int MaxEventsPerChunk = 10_000;

    public static IReadOnlyList<string> Check(IncomingWssMessage message)
    {
        var problems = new List<string>();
        if (message.Id is { Length: > MaxIdLength })
        {
            problems.Add($"field `id` must be at most {MaxIdLength} characters");
        }

        switch (message)
        {
            case CacheUpdateMessage m:
                CheckChunk(m.Payload, problems);
                break;
            case NewRawMessageMessage m:
                CheckEvent(m.Payload, "payload", problems);
                break;
            case SubscribeMessage m:
                CheckTopic(m.Payload.Topic, problems);
                break;
            case UnsubscribeMessage m:
                CheckTopic(m.Payload.Topic, problems);
                break;
            case SendMessageMessage m:
                CheckSend(m.Payload, problems);
                break;
            case CommandResultMessage m:
                Require(m.Payload.CommandId, "payload.commandId", problems);
                break;
        }

        return problems;
    }

    /// <summary>Topics are <c>chat:{chatId}</c>; a chat id is the fan's site id.</summary>
    public static bool TryParseChatTopic(string topic, out string chatId)
    {
        var match = ChatTopic().Match(topic);
        chatId = match.Success ? match.Groups[1].Value : "";
        return match.Success;
    }

    private static void CheckChunk(Wss.Incoming.CacheUpdatePayload chunk, List<string> problems)
    {
        Require(chunk.SnapshotId, "payload.snapshotId", problems);
        if (chunk.SnapshotId.Length > MaxIdLength)
        {
            problems.Add($"field `payload.snapshotId` must be at most {MaxIdLength} characters");
        }

        if (chunk.ChunkCount < 1)
        {
            problems.Add("field `payload.chunkCount` must be at least 1");
        }

        if (chunk.ChunkIndex < 0 || chunk.ChunkIndex >= Math.Max(chunk.ChunkCount, 1))
        {
            problems.Add("field `payload.chunkIndex` must be between 0 and chunkCount - 1");
        }

        if (chunk.Events.Count > MaxEventsPerChunk)
        {
            problems.Add($"field `payload.events` must hold at most {MaxEventsPerChunk} events");
        }

        for (var i = 0; i < chunk.Events.Count; i++)
        {
            if (chunk.Events[i] is null)
            {
                problems.Add($"field `payload.events[{i}]` must be an object");
                continue;
            }

            CheckEvent(chunk.Events[i], $"payload.events[{i}]", problems);
        }
    }

    private static void CheckEvent(RawCapturedEvent captured, string path, List<string> problems)
    {
        Require(captured.Data.Url, $"{path}.data.url", problems);
        if (captured.Event == CapturedEventKind.WebSocket && captured.Data.Direction is not (null or "in" or "out"))
        {
            problems.Add($"field `{path}.data.direction` must be one of: in, out");
        }
    }

    private static void CheckTopic(string topic, List<string> problems)
    {
        if (!TryParseChatTopic(topic, out _))
        {
            problems.Add("field `payload.topic` must look like chat:{chatId}");
        }
    }

    private static void CheckSend(Wss.Incoming.SendMessagePayload send, List<string> problems)
    {
        Require(send.ChatId, "payload.chatId", problems);
        if (send.CommandId is null && string.IsNullOrWhiteSpace(send.Text))
        {
            problems.Add("field `payload.text` is required when no `commandId` is given");
        }

        if (send.CommandId is null && send.Decision is not null)
        {
            problems.Add("field `payload.decision` needs a `commandId`");
        }

        if (send.Text is { Length: > MaxTextLength })
        {
            problems.Add($"field `payload.text` must be at most {MaxTextLength} characters");
        }

        if (send.Price is < 0)
        {
            problems.Add("field `payload.price` must not be negative");
        }
    }

    private static void Require(string? value, string path, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"field `{path}` must not be empty");
        }
    }

    [GeneratedRegex(@"^chat:([0-9A-Za-z_\-]{1,64})$")]
    private static partial Regex ChatTopic();
}
