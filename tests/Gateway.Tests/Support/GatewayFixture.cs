using Platform.TestSupport;

namespace Platform.Gateway.Tests.Support;

/// <summary>A broker vhost and one gateway on it, shared by a test class.</summary>
public class GatewayFixture : IAsyncLifetime
{
    public RabbitMqFixture Rabbit { get; } = new();

    public GatewayHost Gateway { get; private set; } = null!;

    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        await Rabbit.InitializeAsync();
        Gateway = GatewayHost.Start(Rabbit.Uri, "gateway-a", Settings);
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Rabbit.DisposeAsync();
    }
}
