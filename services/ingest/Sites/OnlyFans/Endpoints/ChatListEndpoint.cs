using System.Text.Json;
using Platform.Contracts.Messaging;

namespace Platform.Ingest.Sites.OnlyFans.Endpoints;

/// <summary><c>GET /chats</c>: chats (chat id = fan id) with unread state, user stubs or full users, and last messages.</summary>
public sealed class ChatListEndpoint : IOnlyFansEndpoint
{
    public string Name => "chats";

    public bool Matches(string method, string[] segments) => segments is ["chats"];

    public ParsedCapture Parse(EndpointRequest request)
    {
        if (SiteJson.Items(request.Body, "list") is not { } items)
        {
            return ParsedCapture.NotData(ParseStatus.UnknownShape, Name, "no chat list");
        }

        var fans = new List<FanProfile>();
        var chats = new List<ChatState>();
        var messages = new List<ParsedMessage>();
        foreach (var item in items)
        {
            var withUser = SiteJson.Prop(item, "withUser") ?? throw new InvalidEventException("a chat has no withUser");
            var fan = UserReader.Read(withUser);
            fans.Add(fan);
            chats.Add(new ChatState
            {
                ChatId = fan.FanId,
                UnreadCount = SiteJson.Int(SiteJson.Prop(item, "unreadMessagesCount")),
                LastReadMessageId = SiteJson.NumericId(SiteJson.Prop(item, "lastReadMessageId")),
                CanSendMessage = SiteJson.Bool(SiteJson.Prop(item, "canSendMessage")),
                HasUnreadTips = SiteJson.Bool(SiteJson.Prop(item, "hasUnreadTips")),
            });
            if (SiteJson.Prop(item, "lastMessage") is { ValueKind: JsonValueKind.Object } last)
            {
                messages.Add(MessageReader.Read(last, MessageOrigin.ChatPage, fan.FanId, request.CapturedAt));
            }
        }

        return new ParsedCapture { Status = ParseStatus.Parsed, Endpoint = Name, Fans = fans, Chats = chats, Messages = messages };
    }
}
