using Platform.Contracts.Model;

namespace Platform.Enrichment.Infrastructure;

/// <summary>A fan as last seen (only what suggestions and scores need).</summary>
public sealed class FanRow
{
    public required string UserId { get; set; }
    public required string FanId { get; set; }
    public string? Name { get; set; }
    public string? Username { get; set; }
}

/// <summary>One chat message with its analysis (inbound messages only carry sentiment and intents).</summary>
public sealed class MessageRow
{
    public required string UserId { get; set; }
    public required string MessageId { get; set; }
    public required string ChatId { get; set; }
    public bool Inbound { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public double? Sentiment { get; set; }
    /// <summary>Comma separated intent names.</summary>
    public string Intents { get; set; } = "";
}

public sealed class TransactionRow
{
    public required string UserId { get; set; }
    public required string TransactionId { get; set; }
    public string? FanId { get; set; }
    public required string Kind { get; set; }
    public decimal Amount { get; set; }
    public required string Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public sealed class SubscriptionRow
{
    public required string UserId { get; set; }
    public required string FanId { get; set; }
    public DateTimeOffset? SubscribedAt { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
    public decimal? Price { get; set; }
}

public sealed class FanScoreRow
{
    public required string UserId { get; set; }
    public required string FanId { get; set; }
    public decimal LifetimeValue { get; set; }
    public decimal SpendVelocity { get; set; }
    public double ChurnRisk { get; set; }
    public double BigSpenderLikelihood { get; set; }
    public double? Sentiment { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Per account: auto mode and its spend threshold.</summary>
public sealed class AccountSettingsRow
{
    public required string UserId { get; set; }
    public bool AutoMode { get; set; }
    public decimal AutoSpendThreshold { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A command and where it is in its life; transitions are conditional updates on <see cref="State"/>.</summary>
public sealed class CommandRow
{
    public required string UserId { get; set; }
    public required string CommandId { get; set; }
    public required string ChatId { get; set; }
    public required string Text { get; set; }
    public decimal? Price { get; set; }
    public string? Reason { get; set; }
    public bool RequiresApproval { get; set; }
    public CommandState State { get; set; }
    public string? Error { get; set; }
    /// <summary>The fan message a suggestion answers (one suggestion per message).</summary>
    public string? SourceMessageId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
    public string? SiteMessageId { get; set; }
    public DateTimeOffset? ExecutedAt { get; set; }

    public SendMessageCommand ToCommand() => new()
    {
        CommandId = CommandId,
        ChatId = ChatId,
        Text = Text,
        Price = Price,
        Reason = Reason,
        RequiresApproval = RequiresApproval,
        CreatedAt = CreatedAt,
    };
}
