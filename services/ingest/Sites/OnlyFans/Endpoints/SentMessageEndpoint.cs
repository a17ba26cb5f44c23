namespace Platform.Ingest.Sites.OnlyFans.Endpoints;

/// <summary><c>POST /chats/{fanId}/messages</c>: the creator's send; its response is the created message.</summary>
public sealed class SentMessageEndpoint : IOnlyFansEndpoint
{
    public string Name => "chats.send";

    public bool Matches(string method, string[] segments) =>
        segments is ["chats", _, "messages"] && string.Equals(method, "POST", StringComparison.OrdinalIgnoreCase);

    public ParsedCapture Parse(EndpointRequest request)
    {
        var chatId = SiteJson.NumericIdText(request.Segments[1])!;
        if (SiteJson.Prop(request.Body, "id") is null)
        {
            return ParsedCapture.NotData(ParseStatus.UnknownShape, Name, "the send response has no message id");
        }

        var message = MessageReader.Read(request.Body, MessageOrigin.CreatorSend, chatId, request.CapturedAt);
        return new ParsedCapture { Status = ParseStatus.Parsed, Endpoint = Name, Messages = [message] };
    }
}
