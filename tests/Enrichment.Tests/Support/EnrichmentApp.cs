using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Messaging;
using Platform.Messaging;
using Platform.TestSupport;

namespace Platform.Enrichment.Tests.Support;

/// <summary>The real enrichment service (its Program) on a test virtual host and a test database.</summary>
public sealed class EnrichmentApp(RabbitMqFixture rabbit, PostgresFixture postgres, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("RABBITMQ_URL", rabbit.Uri.ToString());
        builder.UseSetting("POSTGRES_URL", postgres.Url);
        builder.UseSetting("PLATFORM_SIGNING_KEY", TestTokens.SigningKey);
        builder.UseSetting("Messaging:Partitions", "2");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Sends a message into the enrichment pipeline through the real broker, as ingest or the gateway would.</summary>
    public async Task SendAsync<T>(T message) where T : class, IUserScoped
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IPipelineSender>().SendAsync(Pipelines.Enrichment, message); // a scope, as a consumer would have
    }

    /// <summary>Waits until the database is migrated and the bus consumes (health is green).</summary>
    public async Task StartedAsync()
    {
        using var client = CreateClient();
        await Eventually.TrueAsync(async () => (await client.GetAsync("/health")).IsSuccessStatusCode, TimeSpan.FromSeconds(60), "the enrichment service is healthy");
    }
}
