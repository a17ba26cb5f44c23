using System.Text;

namespace Platform.Bench.Live;

/// <summary>
/// A whole account as the Agent snapshots it: <c>/users/me</c>, the chat list pages and one message page per
/// chat, cut into <c>cache_update</c> chunks of at most 256 KiB.
/// </summary>
public static class SnapshotBuilder
{
    public const int MaxChunkBytes = 256 * 1024;

    public static List<byte[]> Build(string snapshotId, int chats, int messagesPerChat)
    {
        const long creator = CapturedEvents.FirstCreatorId;
        var start = DateTimeOffset.UtcNow.AddDays(-30);
        var events = new List<string> { CapturedEvents.UsersMe(creator) };
        var lastMessages = new List<(long, string)>(chats);
        var messageId = 7_000_000_000_000L;
        for (var chat = 0; chat < chats; chat++)
        {
            var fan = CapturedEvents.FirstFanId + chat;
            var messages = new List<string>(messagesPerChat);
            for (var i = 0; i < messagesPerChat; i++)
            {
                var from = i % 2 == 0 ? fan : creator;
                messages.Add(CapturedEvents.Message(++messageId, from, start.AddMinutes((chat * messagesPerChat) + i), $"message {i} of chat {chat}, with some text"));
            }

            messages.Reverse();
            lastMessages.Add((fan, messages[0]));
            events.Add(CapturedEvents.MessagesPage(fan, messages));
        }

        for (var offset = 0; offset < chats; offset += 100)
        {
            events.Add(CapturedEvents.ChatsPage(offset, lastMessages.Skip(offset).Take(100), offset + 100 < chats));
        }

        return Chunk(snapshotId, events);
    }

    private static List<byte[]> Chunk(string snapshotId, List<string> events)
    {
        const int envelope = 200;
        var groups = new List<List<string>> { new() };
        var size = envelope;
        foreach (var captured in events)
        {
            var bytes = Encoding.UTF8.GetByteCount(captured) + 1;
            if (size + bytes > MaxChunkBytes && groups[^1].Count > 0)
            {
                groups.Add([]);
                size = envelope;
            }

            groups[^1].Add(captured);
            size += bytes;
        }

        return
        [
            .. groups.Select((group, index) => Encoding.UTF8.GetBytes(
                $$$"""{"type":"cache_update","id":"{{{snapshotId}}}-{{{index}}}","payload":{"snapshotId":"{{{snapshotId}}}","chunkIndex":{{{index}}},"chunkCount":{{{groups.Count}}},"events":[{{{string.Join(',', group)}}}]}}""")),
        ];
    }
}
