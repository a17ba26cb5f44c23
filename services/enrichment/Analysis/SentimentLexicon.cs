using System.Collections.Frozen;

namespace Platform.Enrichment.Analysis;

/// <summary>
/// Word and emoji valences (-3..3) for the chat register fans actually write in (slang, flirting,
/// complaints). Written for this product, tuned on the labelled set in the tests.
/// </summary>
internal static class SentimentLexicon
{
    public static readonly FrozenDictionary<string, double> Words = new Dictionary<string, double>
    {
        ["love"] = 3, ["loved"] = 3, ["loving"] = 2.5, ["adore"] = 3, ["amazing"] = 3, ["awesome"] = 3,
        ["beautiful"] = 3, ["gorgeous"] = 3, ["stunning"] = 3, ["perfect"] = 3, ["incredible"] = 3,
        ["best"] = 2.5, ["great"] = 2.5, ["fantastic"] = 3, ["wonderful"] = 3, ["excellent"] = 3,
        ["good"] = 1.5, ["nice"] = 1.5, ["cute"] = 2, ["cutie"] = 2, ["sexy"] = 2, ["hot"] = 1.5, ["pretty"] = 2,
        ["happy"] = 2.5, ["glad"] = 2, ["enjoy"] = 2, ["enjoyed"] = 2, ["like"] = 1, ["liked"] = 1.5,
        ["thanks"] = 1.5, ["thank"] = 1.5, ["thx"] = 1.5, ["ty"] = 1, ["appreciate"] = 2, ["sweet"] = 2,
        ["fun"] = 2, ["wow"] = 2, ["yay"] = 2, ["excited"] = 2.5, ["cool"] = 1.5, ["lovely"] = 3,
        ["favorite"] = 2, ["favourite"] = 2, ["worth"] = 1.5, ["miss"] = 1, ["missed"] = 1, ["fine"] = 0.5,
        ["babe"] = 1, ["baby"] = 0.5, ["xoxo"] = 2, ["lol"] = 1, ["haha"] = 1.5, ["hahaha"] = 1.5, ["lmao"] = 1.5,
        ["brilliant"] = 3, ["fire"] = 1.5, ["insane"] = 1, ["legend"] = 2, ["queen"] = 2, ["goddess"] = 2.5,
        ["hate"] = -3, ["hated"] = -3, ["awful"] = -3, ["terrible"] = -3, ["horrible"] = -3, ["worst"] = -3,
        ["bad"] = -2, ["sad"] = -2, ["angry"] = -2.5, ["mad"] = -2, ["upset"] = -2, ["annoyed"] = -2,
        ["disappointed"] = -2.5, ["disappointing"] = -2.5, ["boring"] = -2, ["bored"] = -1.5, ["scam"] = -3,
        ["scammed"] = -3, ["ripoff"] = -3, ["waste"] = -2.5, ["wasted"] = -2.5, ["fake"] = -2, ["rude"] = -2.5,
        ["ugly"] = -2.5, ["sucks"] = -2.5, ["suck"] = -2, ["lame"] = -2, ["trash"] = -2.5, ["garbage"] = -2.5,
        ["expensive"] = -1, ["overpriced"] = -2, ["refund"] = -1.5, ["broken"] = -2, ["ignored"] = -2,
        ["ignoring"] = -2, ["ignore"] = -1.5, ["lonely"] = -1.5, ["tired"] = -1, ["sorry"] = -0.5, ["unfair"] = -2, ["unacceptable"] = -2.5,
        ["cancel"] = -1.5, ["unsubscribe"] = -1.5, ["leaving"] = -1, ["problem"] = -1.5, ["issue"] = -1,
        ["wrong"] = -1.5, ["cheated"] = -3, ["stole"] = -3, ["ridiculous"] = -2, ["pathetic"] = -3,
        ["meh"] = -1, ["ugh"] = -1.5, ["worse"] = -2.5, ["nothing"] = -0.5, ["never"] = -0.5, ["lied"] = -2.5,
        ["liar"] = -3, ["greedy"] = -2.5, ["useless"] = -2.5, ["hurt"] = -2, ["cry"] = -1.5, ["crying"] = -1.5,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, double> Emoji = new Dictionary<string, double>
    {
        ["❤"] = 2.5, ["😍"] = 3, ["🥰"] = 3, ["😘"] = 2.5, ["😊"] = 2, ["🔥"] = 2, ["💕"] = 2.5, ["💖"] = 2.5,
        ["😂"] = 1.5, ["🤣"] = 1.5, ["👍"] = 1.5, ["😁"] = 2, ["😀"] = 2, ["🙂"] = 1, ["😉"] = 1.5, ["💋"] = 2,
        ["🥵"] = 2, ["😈"] = 1, ["🙏"] = 1.5, ["💯"] = 2, ["😻"] = 2.5, ["🎉"] = 2,
        ["😢"] = -2, ["😭"] = -2, ["😡"] = -3, ["😠"] = -2.5, ["👎"] = -2, ["💔"] = -2.5, ["😒"] = -2,
        ["🙄"] = -1.5, ["😞"] = -2, ["😔"] = -1.5, ["🤬"] = -3, ["😤"] = -2, ["😕"] = -1, ["☹"] = -2,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Idioms whose words mislead (a negator that is not one): matched ignoring case.</summary>
    public static readonly IReadOnlyList<(string Phrase, double Valence)> Phrases =
    [
        ("can't wait", 2.5), ("cant wait", 2.5), ("can not wait", 2.5), ("made my day", 3), ("no doubt", 1),
        ("not bad", 1.5), ("no problem", 1), ("no worries", 1), ("waste of", -2.5), ("ripped off", -3),
    ];

    /// <summary>Words that flip the valence of the next few words.</summary>
    public static readonly FrozenSet<string> Negators = new[]
    {
        "not", "no", "never", "dont", "don't", "doesnt", "doesn't", "didnt", "didn't", "isnt", "isn't",
        "wasnt", "wasn't", "arent", "aren't", "cant", "can't", "cannot", "wont", "won't", "hardly",
        "without", "nor", "neither", "aint", "ain't", "shouldnt", "shouldn't", "wouldnt", "wouldn't",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Multipliers for the next word: boosters above 1, dampeners below.</summary>
    public static readonly FrozenDictionary<string, double> Intensifiers = new Dictionary<string, double>
    {
        ["very"] = 1.5, ["so"] = 1.4, ["soo"] = 1.5, ["sooo"] = 1.6, ["really"] = 1.4, ["extremely"] = 1.8,
        ["super"] = 1.5, ["totally"] = 1.4, ["absolutely"] = 1.6, ["incredibly"] = 1.7, ["too"] = 1.3,
        ["fucking"] = 1.6, ["damn"] = 1.3, ["truly"] = 1.4, ["most"] = 1.3, ["such"] = 1.3,
        ["slightly"] = 0.5, ["kinda"] = 0.6, ["kind"] = 0.7, ["somewhat"] = 0.6, ["bit"] = 0.6,
        ["little"] = 0.7, ["barely"] = 0.5, ["almost"] = 0.7,
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
