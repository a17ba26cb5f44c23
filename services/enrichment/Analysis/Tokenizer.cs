using System.Text;

namespace Platform.Enrichment.Analysis;

internal readonly record struct Token(string Lower, bool IsShouted);

/// <summary>Splits chat text into lower-cased words (letters, digits and apostrophes).</summary>
internal static class Tokenizer
{
    public static List<Token> Words(string text)
    {
        var tokens = new List<Token>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || ((text[i] == '\'' || text[i] == '’') && start >= 0));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = text[start..i].Replace('’', '\'').TrimEnd('\'');
                tokens.Add(new Token(word.ToLowerInvariant(), IsShouted(word)));
                start = -1;
            }
        }

        return tokens;
    }

    /// <summary>"soooo" and "loooove" as "so" and "love": letters repeated three times or more become one.</summary>
    public static string Squeeze(string word)
    {
        if (word.Length < 3)
        {
            return word;
        }

        var builder = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var run = 1;
            while (i + run < word.Length && word[i + run] == word[i])
            {
                run++;
            }

            builder.Append(word[i], run >= 3 ? 1 : run);
            i += run - 1;
        }

        return builder.ToString();
    }

    private static bool IsShouted(string word) => word.Length >= 3 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)) && word.Any(char.IsLetter);
}
