using Platform.Contracts.Messaging;

namespace Platform.Ingest.Pipeline;

/// <summary>A socket message whose chat cannot be told yet (the creator's echo before its send response is seen).</summary>
public sealed record PendingEcho(NormalizedMessage Message, string? RecipientId, DateTimeOffset CapturedAt)
{
    public string MessageId => Message.MessageId;
}
