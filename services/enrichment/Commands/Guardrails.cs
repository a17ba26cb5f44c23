using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Platform.Enrichment.Commands;

/// <summary>What every command must pass before it may leave for the Agent; returns the reason it may not, or null.</summary>
internal sealed class Guardrails
{
    private readonly GuardrailOptions _options;
    private readonly Regex? _blocked;

    public Guardrails(IOptions<EnrichmentOptions> options)
    {
        _options = options.Value.Guardrails;
        var words = _options.BlockedWords.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => Regex.Escape(w.Trim())).ToList();
        _blocked = words.Count == 0 ? null
            : new Regex($@"(?<!\w)({string.Join('|', words)})(?!\w)", RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);
    }

    public string? Check(string? text, decimal? price)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "The message is empty.";
        }

        if (text.Length > _options.MaxLength)
        {
            return $"The message is {text.Length} characters long; the limit is {_options.MaxLength}.";
        }

        if (price is < 0)
        {
            return "The price is negative.";
        }

        if (price > _options.MaxPrice)
        {
            return $"The price {price:0.##} is above the cap of {_options.MaxPrice:0.##}.";
        }

        return _blocked?.Match(text) is { Success: true } match ? $"The message contains the blocked word \"{match.Value}\"." : null;
    }
}
