using System.Text.RegularExpressions;

namespace Platform.Enrichment.Analysis;

/// <summary>Rule-based intents: one compiled pattern per intent over the lower-cased plain text.</summary>
internal static partial class IntentClassifier
{
    private static readonly (string Intent, Regex Pattern)[] _rules =
    [
        (Intents.Greeting, Greeting()),
        (Intents.Question, Question()),
        (Intents.PurchaseInterest, PurchaseInterest()),
        (Intents.ContentRequest, ContentRequest()),
        (Intents.Complaint, Complaint()),
        (Intents.Scheduling, Scheduling()),
        (Intents.ChurnSignal, ChurnSignal()),
        (Intents.PriceObjection, PriceObjection()),
    ];

    public static IReadOnlyList<string> Classify(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var lower = text.ToLowerInvariant().Replace('’', '\'');
        List<string>? found = null;
        foreach (var (intent, pattern) in _rules)
        {
            if (pattern.IsMatch(lower))
            {
                (found ??= []).Add(intent);
            }
        }

        return found ?? (IReadOnlyList<string>)[];
    }

    [GeneratedRegex(@"^\W*(hi+|hey+|hello+|hiya|howdy|yo|sup|heya|good (morning|afternoon|evening|night)|morning|evening|greetings|what'?s up|wassup)\b")]
    private static partial Regex Greeting();

    [GeneratedRegex(@"\?|^\W*(what|how|when|where|why|who|which|can you|could you|would you|will you|do you|did you|are you|is it|is there|have you)\b")]
    private static partial Regex Question();

    [GeneratedRegex(@"\b(buy|buying|purchase|unlock|how much|i'?ll take|take my money|pay for|i want (it|that|this|to see)|send (it|the (video|vid|set|bundle))|ppv|bundle|sold|tip you|tipping|sent (you )?(a )?(tip|\$)|price for|what'?s the price|can i get)\b")]
    private static partial Regex PurchaseInterest();

    [GeneratedRegex(@"\b(send (me|more)|show me|(more|new|any|some) (new )?(pics?|pictures|photos?|videos?|vids?|content|sets?|clips?|selfies)|post more|more of|customs?|(would|i'?d) love (a|some) (new )?(set|pics?|pictures|photos?|videos?|clips?))\b")]
    private static partial Regex ContentRequest();

    [GeneratedRegex(@"\b(didn'?t (get|receive|work|load)|never (got|received|came)|not working|doesn'?t work|won'?t (load|open|play)|scam|ripped off|rip ?off|waste of|refund|disappointed|broken|terrible|rude|ignor(ed|ing|e) me|charged (me )?twice|not what i paid|complain|unacceptable)\b")]
    private static partial Regex Complaint();

    [GeneratedRegex(@"\b(tonight|tomorrow|this (week|weekend|evening|afternoon)|next (week|time)|weekend|what time|when (are|will|can|do) you|schedule|available|online (at|later|tonight)|later(?=\?)|going live|live ?stream|stream (tonight|tomorrow|later)|(on|see you|this|next|by|until) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|at \d{1,2}(:\d\d)? ?(am|pm)?|\d{1,2} ?(am|pm))\b")]
    private static partial Regex Scheduling();

    [GeneratedRegex(@"\b(cancel+(ing|ed)?|unsub(scribe|scribing|bing)?|not (going to |gonna )?renew(ing)?|won'?t (be )?renew(ing)?|turn(ing|ed)? off (the )?(auto[- ]?renew|rebill)|auto[- ]?renew off|last month|stop(ping)? my sub(scription)?|done with (this|you)|leaving|i'?m out|goodbye)\b")]
    private static partial Regex ChurnSignal();

    [GeneratedRegex(@"\b(too (expensive|much|pricey|steep)|can'?t afford|cannot afford|cheaper|discount|lower (the )?price|overpriced|not worth|that'?s a lot|so expensive|pricey|deal\?|any deals?|half price|less money|broke)\b")]
    private static partial Regex PriceObjection();
}
