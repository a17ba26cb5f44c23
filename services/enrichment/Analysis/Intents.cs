namespace Platform.Enrichment.Analysis;

/// <summary>The intent names published in <c>EnrichedMessage.Intents</c> (stable: the dashboard and graph key on them).</summary>
internal static class Intents
{
    public const string Greeting = "greeting";
    public const string Question = "question";
    public const string PurchaseInterest = "purchase_interest";
    public const string ContentRequest = "content_request";
    public const string Complaint = "complaint";
    public const string Scheduling = "scheduling";
    public const string ChurnSignal = "churn_signal";
    public const string PriceObjection = "price_objection";

    /// <summary>Most urgent first: a suggestion answers the first intent of a message in this order.</summary>
    public static readonly IReadOnlyList<string> ByUrgency =
        [ChurnSignal, Complaint, PriceObjection, PurchaseInterest, ContentRequest, Scheduling, Question, Greeting];
}
