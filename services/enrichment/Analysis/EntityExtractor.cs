using System.Text.RegularExpressions;

namespace Platform.Enrichment.Analysis;

/// <summary>Money amounts, @mentions and URLs as they appear in the text.</summary>
internal static partial class EntityExtractor
{
    public static IReadOnlyList<string> Money(string text) => Matches(MoneyPattern(), text);

    public static IReadOnlyList<string> Mentions(string text) => Matches(MentionPattern(), text);

    public static IReadOnlyList<string> Urls(string text) => Matches(UrlPattern(), text);

    private static IReadOnlyList<string> Matches(Regex pattern, string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var matches = pattern.Matches(text);
        if (matches.Count == 0)
        {
            return [];
        }

        var values = new List<string>(matches.Count);
        foreach (Match match in matches)
        {
            values.Add(match.Value.Trim().TrimEnd('.', ',', ')', '!', '?'));
        }

        return values;
    }

    [GeneratedRegex(@"[$€£]\s?\d{1,7}(?:[.,]\d{1,2})?|\b\d{1,7}(?:[.,]\d{1,2})?\s?(?:[$€£]|(?:usd|eur|gbp|dollars?|bucks|euros?)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyPattern();

    [GeneratedRegex(@"(?<![\w@.])@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}")]
    private static partial Regex MentionPattern();

    [GeneratedRegex(@"\b(?:https?://|www\.)[^\s<>""]+", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPattern();
}
