using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.Enrichment.Analysis;
using Platform.Enrichment.Extensions;
using Platform.Enrichment.Suggestions;
using Platform.Enrichment.Tests.Support;

namespace Platform.Enrichment.Tests.Suggestions;

/// <summary>The OpenAI-compatible path against a real local HTTP server speaking chat completions with SSE streaming.</summary>
public sealed class SuggestionGeneratorTests : IAsyncLifetime
{
    private ChatCompletionsStub _stub = null!;

    public async Task InitializeAsync() => _stub = await ChatCompletionsStub.StartAsync();

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    private static SuggestionContext Context() => new(
        new SuggestionJob("u1", "100000001", "8000000000006", "how much for the new video?", [Intents.PurchaseInterest, Intents.Question], false, 0),
        "Mia Rose", 20, "Tip", 20, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddHours(-2), DateTimeOffset.UtcNow);

    private static SuggestionGenerator Generator(string? baseUrl, double timeoutSeconds = 5)
    {
        var settings = new Dictionary<string, string?> { ["Enrichment:Llm:TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Enrichment:Llm:Model"] = "stub-model" };
        if (baseUrl is not null)
        {
            settings["Enrichment:Llm:BaseUrl"] = baseUrl;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.Configure<EnrichmentOptions>(configuration.GetSection(EnrichmentOptions.Section));
        services.AddReplyGenerators();
        var provider = services.BuildServiceProvider();
        return new SuggestionGenerator(provider.GetRequiredService<ReplyGenerators>(), NullLogger<SuggestionGenerator>.Instance);
    }

    private static async Task<(List<string> Chunks, string Text, string FinishReason)> RunAsync(SuggestionGenerator generator)
    {
        var chunks = new List<string>();
        var (text, finish) = await generator.GenerateAsync(Context(), chunk => { chunks.Add(chunk); return ValueTask.CompletedTask; }, CancellationToken.None);
        return (chunks, text, finish);
    }

    [Fact]
    public async Task Should_stream_the_models_answer_chunk_by_chunk()
    {
        var (chunks, text, finish) = await RunAsync(Generator(_stub.BaseUrl));
        Assert.Equal(_stub.Chunks, chunks);
        Assert.Equal("Hey there, thanks for writing!", text);
        Assert.Equal(SuggestionGenerator.Completed, finish);
        Assert.Contains("\"stream\":true", _stub.LastRequestBody);
        Assert.Contains("how much for the new video?", _stub.LastRequestBody);
        Assert.Contains("Mia Rose", _stub.LastRequestBody);
    }

    [Fact]
    public async Task Should_fall_back_to_the_built_in_engine_when_the_endpoint_fails()
    {
        _stub.Mode = ChatCompletionsStub.Behaviour.Fail;
        var (chunks, text, finish) = await RunAsync(Generator(_stub.BaseUrl));
        Assert.Equal(SuggestionGenerator.Fallback, finish);
        Assert.Equal(BuiltInReplyEngine.Compose(Context()), text);
        Assert.Equal(text, string.Concat(chunks));
        Assert.Equal(1, _stub.Requests);
    }

    [Fact]
    public async Task Should_fall_back_when_the_endpoint_does_not_answer_within_the_timeout()
    {
        _stub.Mode = ChatCompletionsStub.Behaviour.Hang;
        var (_, text, finish) = await RunAsync(Generator(_stub.BaseUrl, timeoutSeconds: 0.5));
        Assert.Equal(SuggestionGenerator.Fallback, finish);
        Assert.Contains("Mia", text);
    }

    [Fact]
    public async Task Should_use_the_built_in_engine_word_by_word_without_a_model()
    {
        var (chunks, text, finish) = await RunAsync(Generator(null));
        Assert.Equal(SuggestionGenerator.Completed, finish);
        Assert.True(chunks.Count > 5, "streamed word by word");
        Assert.Contains("Mia", text);
        Assert.Contains("tip", text);
        Assert.Equal(0, _stub.Requests);
    }
}
