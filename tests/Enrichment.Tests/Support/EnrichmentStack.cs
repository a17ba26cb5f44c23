using Platform.TestSupport;

namespace Platform.Enrichment.Tests.Support;

/// <summary>
/// One test class's world: its own RabbitMQ virtual host, its own database and ONE running enrichment
/// service (a second instance would sit behind the first as a standby single active consumer).
/// </summary>
public class EnrichmentStack : IAsyncLifetime
{
    public RabbitMqFixture Rabbit { get; } = new();
    public PostgresFixture Postgres { get; } = new();
    public EnrichmentApp App { get; private set; } = null!;

    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        await Rabbit.InitializeAsync();
        await Postgres.InitializeAsync();
        App = new EnrichmentApp(Rabbit, Postgres, Settings);
        await App.StartedAsync();
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Postgres.DisposeAsync();
        await Rabbit.DisposeAsync();
    }
}

/// <summary>Commands time out after one second without a result.</summary>
public sealed class ShortTimeoutStack : EnrichmentStack
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Enrichment:Commands:ResultTimeoutSeconds"] = "1",
        ["Enrichment:Commands:SweepIntervalSeconds"] = "0.2",
    };
}
