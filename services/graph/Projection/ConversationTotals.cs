namespace Platform.Graph.Projection;

/// <summary>Sums over every conversation row, kept by adding each new row and subtracting the one it replaces.</summary>
internal readonly record struct ConversationTotals(int Messages, int Inbound, int Outbound, int Awaiting, int Unread)
{
    public ConversationTotals Add(ConversationRow row, int sign) => new(
        Messages + (sign * row.MessageCount),
        Inbound + (sign * row.InboundCount),
        Outbound + (sign * row.OutboundCount),
        Awaiting + (row.AwaitingSince is null ? 0 : sign),
        Unread + (sign * row.UnreadCount));
}
