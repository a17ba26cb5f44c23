using System.Globalization;
using System.Text;
using Microsoft.Extensions.AI;

namespace Platform.Enrichment.Suggestions;

/// <summary>The same context for every generator: as prompt text for a model, as an object for the built-in engine.</summary>
internal static class ReplyPrompt
{
    private const string Instructions =
        "You write the creator's next chat message to a fan on a subscription site. Warm, personal, playful, " +
        "one to three short sentences, in the fan's language. Never mention other platforms, payment apps, " +
        "links or phone numbers. Answer only with the message text.";

    public static (List<ChatMessage> Messages, ChatOptions Options) Build(SuggestionContext context)
    {
        var facts = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Fan name: {context.FanName ?? "unknown"}")
            .AppendLine(CultureInfo.InvariantCulture, $"Fan's total spend: {context.FanSpend:0.##} USD");
        if (context.LastPurchaseKind is not null)
        {
            facts.AppendLine(CultureInfo.InvariantCulture, $"Last purchase: {context.LastPurchaseKind} of {context.LastPurchaseAmount:0.##} USD on {context.LastPurchaseAt:yyyy-MM-dd}");
        }

        if (context.LastReplyAt is { } last)
        {
            facts.AppendLine(CultureInfo.InvariantCulture, $"Creator last wrote to this fan {(context.Now - last).TotalHours:0} hours ago");
        }

        if (context.Job.Intents.Count > 0)
        {
            facts.AppendLine(CultureInfo.InvariantCulture, $"The fan's message reads as: {string.Join(", ", context.Job.Intents)}");
        }

        facts.AppendLine().Append("The fan wrote: ").Append(context.Job.IsTip && context.Job.Text.Length == 0 ? $"(a tip of {context.Job.TipAmount:0.##} USD)" : context.Job.Text);
        var options = new ChatOptions { AdditionalProperties = new() { [BuiltInReplyEngine.ContextKey] = context }, MaxOutputTokens = 200 };
        return ([new ChatMessage(ChatRole.System, Instructions), new ChatMessage(ChatRole.User, facts.ToString())], options);
    }
}
