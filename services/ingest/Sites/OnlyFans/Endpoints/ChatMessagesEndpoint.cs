namespace Platform.Ingest.Sites.OnlyFans.Endpoints;

/// <summary><c>GET /chats/{fanId}/messages</c>: a page of one chat's messages, newest first (pages may repeat).</summary>
public sealed class ChatMessagesEndpoint : IOnlyFansEndpoint
{
    public string Name => "chats.messages";

    public bool Matches(string method, string[] segments) =>
        segments is ["chats", _, "messages"] && !string.Equals(method, "POST", StringComparison.OrdinalIgnoreCase);

    public ParsedCapture Parse(EndpointRequest request)
    {
        var chatId = SiteJson.NumericIdText(request.Segments[1])!;
        if (SiteJson.Items(request.Body, "list") is not { } items)
        {
            return ParsedCapture.NotData(ParseStatus.UnknownShape, Name, "no message list");
        }

        var messages = new List<ParsedMessage>();
        foreach (var item in items)
        {
            messages.Add(MessageReader.Read(item, MessageOrigin.ChatPage, chatId, request.CapturedAt));
        }

        return new ParsedCapture { Status = ParseStatus.Parsed, Endpoint = Name, Messages = messages };
    }
}
