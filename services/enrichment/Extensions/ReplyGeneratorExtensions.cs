using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using OpenAI;
using Platform.Enrichment.Suggestions;

namespace Platform.Enrichment.Extensions;

internal static class ReplyGeneratorExtensions
{
    /// <summary>The built-in engine always; an OpenAI-compatible endpoint when <c>Enrichment:Llm:BaseUrl</c> is set.</summary>
    public static IServiceCollection AddReplyGenerators(this IServiceCollection services) =>
        services.AddSingleton(sp =>
        {
            var llm = sp.GetRequiredService<IOptions<EnrichmentOptions>>().Value.Llm;
            var timeout = TimeSpan.FromSeconds(llm.TimeoutSeconds);
            return new ReplyGenerators(new BuiltInReplyEngine(), string.IsNullOrWhiteSpace(llm.BaseUrl) ? null : Remote(llm, timeout), timeout);
        });

    private static IChatClient Remote(LlmOptions llm, TimeSpan timeout)
    {
        var options = new OpenAIClientOptions
        {
            Endpoint = new Uri(llm.BaseUrl!),
            // The fallback is the retry: a second attempt would only eat the timeout.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = timeout,
        };
        var key = new ApiKeyCredential(string.IsNullOrEmpty(llm.ApiKey) ? "none" : llm.ApiKey);
        return new OpenAI.Chat.ChatClient(llm.Model, key, options).AsIChatClient();
    }
}
