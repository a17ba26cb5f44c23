using Platform.Contracts.Messaging;

namespace Platform.Ingest.Sites;

/// <summary>Where a message was seen, which decides how its chat and direction are found.</summary>
public enum MessageOrigin
{
    /// <summary>A chat's message page or a chat list's last message: the chat is known from the URL or list entry.</summary>
    ChatPage,
    /// <summary>The response to the creator's own send: chat known, direction out.</summary>
    CreatorSend,
    /// <summary>A socket push: the chat is the sender unless the sender is the creator (then it is an echo).</summary>
    Socket,
}

/// <summary>
/// A message as the adapter read it. <see cref="Message"/> has a provisional chat and direction until
/// <c>MessageAttributor</c> settles them with the creator's identity.
/// </summary>
public sealed record ParsedMessage(MessageOrigin Origin, string? ChatId, NormalizedMessage Message);
