using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Platform.Enrichment.Suggestions;

/// <summary>
/// The offline generator: a template chosen by the message's most urgent intent, filled with the fan's
/// context, streamed word by word. Reads its <see cref="SuggestionContext"/> from the chat options.
/// </summary>
internal sealed class BuiltInReplyEngine : IChatClient
{
    public const string ContextKey = "platform.suggestion_context";
    private static readonly TimeSpan _longWait = TimeSpan.FromDays(3);

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        await GetStreamingResponseAsync(messages, options, cancellationToken).ToChatResponseAsync(cancellationToken);

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var reply = Compose(options?.AdditionalProperties?.TryGetValue(ContextKey, out var value) == true ? value as SuggestionContext : null);
        var words = reply.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new ChatResponseUpdate(ChatRole.Assistant, i < words.Length - 1 ? words[i] + " " : words[i]);
        }

        await Task.CompletedTask;
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }

    public static string Compose(SuggestionContext? context)
    {
        var key = context is null ? ReplyTemplates.Default
            : context.PrimaryIntent ?? (context.Job.IsTip ? ReplyTemplates.Tip : ReplyTemplates.Default);
        var variants = ReplyTemplates.ByIntent[key];
        // Stable per message: a redelivery or a retry suggests the same words.
        var variant = variants[(int)((uint)StableHash(context?.Job.MessageId ?? "") % (uint)variants.Length)];
        return variant
            .Replace("{name}", FirstName(context?.FanName), StringComparison.Ordinal)
            .Replace("{thanks}", Thanks(context), StringComparison.Ordinal)
            .Replace("{sorry}", Sorry(context), StringComparison.Ordinal)
            .Trim();
    }

    private static string FirstName(string? name)
    {
        var first = name?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return string.IsNullOrEmpty(first) ? "babe" : first;
    }

    private static string Thanks(SuggestionContext? context) => context?.LastPurchaseKind switch
    {
        "Tip" => "Thank you again for the tip! ",
        "PaidMessage" or "Post" => "Hope you loved the last one I sent! ",
        "Subscription" => "Thank you for being here! ",
        _ => "",
    };

    /// <summary>When the creator has not written to this fan for days, the reply says so first.</summary>
    private static string Sorry(SuggestionContext? context) =>
        context?.LastReplyAt is { } last && context.Now - last > _longWait ? "It's been too long! " : "";

    private static int StableHash(string value)
    {
        var hash = 17;
        foreach (var c in value)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }
}
