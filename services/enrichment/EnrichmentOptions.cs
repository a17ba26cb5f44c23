namespace Platform.Enrichment;

/// <summary>Section <c>Enrichment</c>; every sub-section has working defaults.</summary>
public sealed class EnrichmentOptions
{
    public const string Section = "Enrichment";

    public LlmOptions Llm { get; set; } = new();
    public GuardrailOptions Guardrails { get; set; } = new();
    public CommandOptions Commands { get; set; } = new();
    public AutoModeOptions Auto { get; set; } = new();
    public SuggestionOptions Suggestions { get; set; } = new();
    public ScoreOptions Scores { get; set; } = new();
}

/// <summary>An OpenAI-compatible chat completions endpoint; without <see cref="BaseUrl"/> only the built-in engine runs.</summary>
public sealed class LlmOptions
{
    public string? BaseUrl { get; set; }
    public string Model { get; set; } = "gpt-4o-mini";
    public string? ApiKey { get; set; }
    /// <summary>The whole streamed answer must arrive within this, else the built-in engine answers.</summary>
    public double TimeoutSeconds { get; set; } = 10;
}

/// <summary>Checks every command passes before it can leave for the Agent.</summary>
public sealed class GuardrailOptions
{
    public int MaxLength { get; set; } = 1000;
    public decimal MaxPrice { get; set; } = 200;
    /// <summary>Matched as whole words, ignoring case. Defaults: off-platform payment and contact, which the sites ban.</summary>
    public List<string> BlockedWords { get; set; } = ["paypal", "cashapp", "venmo", "zelle", "whatsapp", "telegram", "snapchat"];
}

public sealed class CommandOptions
{
    /// <summary>An approved command without a result after this is marked unknown (and never re-sent).</summary>
    public double ResultTimeoutSeconds { get; set; } = 120;
    public double SweepIntervalSeconds { get; set; } = 5;
}

public sealed class AutoModeOptions
{
    /// <summary>The spend threshold a new account starts with; fans who spent this much or more are handed to the human.</summary>
    public decimal DefaultSpendThreshold { get; set; } = 50;
}

public sealed class SuggestionOptions
{
    /// <summary>Suggestions generated at once (each may wait on a remote model).</summary>
    public int Workers { get; set; } = 4;
    public int QueueCapacity { get; set; } = 1000;
}

public sealed class ScoreOptions
{
    /// <summary>At most this many fans' scores in one <c>MessagesEnriched</c> to graph (a snapshot rescores every fan).</summary>
    public int MaxFansPerMessage { get; set; } = 1000;
}
