using System.Net;
using System.Text.RegularExpressions;

namespace Platform.Ingest.Sites.OnlyFans;

/// <summary>Message text as the site sends it (HTML) and as analytics and display want it (plain).</summary>
public static partial class HtmlText
{
    /// <summary>Longer texts are cut: a 5 MB message is an attack or a bug, not a conversation.</summary>
    public const int MaxLength = 20_000;

    public static string Plain(string html)
    {
        if (html.Length == 0)
        {
            return "";
        }

        var text = LineBreak().Replace(html, "\n");
        text = Tag().Replace(text, "");
        text = WebUtility.HtmlDecode(text);
        text = text.Replace('\u00A0', ' ');
        return Clean(text.Trim());
    }

    /// <summary>Fit for a PostgreSQL text column, capped at <see cref="MaxLength"/>.</summary>
    public static string Clean(string text) => StoredText.Clean(text, MaxLength);

    // <br>, and the boundary between two paragraphs, are line breaks in the site's editor.
    [GeneratedRegex(@"<br\s*/?>|</p>\s*<p[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();
}
