namespace Platform.Enrichment.Analysis;

/// <summary>
/// Lexicon sentiment in [-1, 1]: each word's valence, flipped (and damped) by a negator up to three
/// words before it, scaled by an intensifier right before it, boosted when shouted; emoji count like
/// words; "but" makes the clause after it count more. The sum is squashed with s / sqrt(s² + 15).
/// </summary>
internal static class SentimentAnalyzer
{
    private const int NegationWindow = 3;
    private const double NegationFactor = -0.75;
    private const double Alpha = 15;

    public static double Score(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0;
        }

        var words = text.Replace('’', '\'');
        var sum = ScorePhrases(ref words) + ScoreWords(Tokenizer.Words(words)) + ScoreEmoji(text);
        if (sum != 0)
        {
            sum += Math.Sign(sum) * Math.Min(CountExclamations(text), 3) * 0.3;
        }

        return Math.Round(sum / Math.Sqrt((sum * sum) + Alpha), 4);
    }

    private static double ScoreWords(IReadOnlyList<Token> tokens)
    {
        double sum = 0;
        var lastNegator = -100;
        var butAt = -1;
        var contributions = new double[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Lower;
            if (SentimentLexicon.Negators.Contains(word) || word.EndsWith("n't", StringComparison.Ordinal))
            {
                lastNegator = i;
                continue;
            }

            if (word == "but")
            {
                butAt = i;
                continue;
            }

            if (!SentimentLexicon.Words.TryGetValue(Tokenizer.Squeeze(word), out var valence))
            {
                continue;
            }

            if (i > 0 && SentimentLexicon.Intensifiers.TryGetValue(Tokenizer.Squeeze(tokens[i - 1].Lower), out var scale))
            {
                valence *= scale;
            }

            if (tokens[i].IsShouted)
            {
                valence *= 1.3;
            }

            if (i - lastNegator <= NegationWindow)
            {
                valence *= NegationFactor;
            }

            contributions[i] = valence;
        }

        for (var i = 0; i < contributions.Length; i++)
        {
            // Like VADER: what follows "but" is what the writer means.
            sum += butAt < 0 ? contributions[i] : contributions[i] * (i < butAt ? 0.5 : 1.5);
        }

        return sum;
    }

    /// <summary>Scores each idiom and blanks it out so that its words are not scored again.</summary>
    private static double ScorePhrases(ref string text)
    {
        double sum = 0;
        foreach (var (phrase, valence) in SentimentLexicon.Phrases)
        {
            if (text.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                sum += valence;
                text = text.Replace(phrase, " ", StringComparison.OrdinalIgnoreCase);
            }
        }

        return sum;
    }

    private static double ScoreEmoji(string text)
    {
        double sum = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value < 0x2000)
            {
                continue;
            }

            if (SentimentLexicon.Emoji.TryGetValue(rune.ToString(), out var valence))
            {
                sum += valence;
            }
        }

        return sum;
    }

    private static int CountExclamations(string text) => text.Count(c => c == '!');
}
