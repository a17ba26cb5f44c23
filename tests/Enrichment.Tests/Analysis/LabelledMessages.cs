namespace Platform.Enrichment.Tests.Analysis;

/// <summary>One row of Data/labelled-messages.tsv: the sentiment sign and the intents a human reads in the text.</summary>
public sealed record LabelledMessage(string Sentiment, IReadOnlyList<string> Intents, string Text)
{
    public static IReadOnlyList<LabelledMessage> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "labelled-messages.tsv");
        return File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t', 3))
            .Select(cols => new LabelledMessage(cols[0], cols[1] == "-" ? [] : cols[1].Split(','), cols[2]))
            .ToList();
    }
}
