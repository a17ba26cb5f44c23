using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Platform.TestSupport;

namespace Platform.Graph.Tests.Support;

/// <summary>The real graph service (Program) on the fixtures' RabbitMQ virtual host and PostgreSQL database.</summary>
public sealed class GraphAppFactory(Uri rabbitMq, string postgresUrl) : WebApplicationFactory<Program>
{
    public const int Partitions = 2;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("RABBITMQ_URL", rabbitMq.ToString());
        builder.UseSetting("POSTGRES_URL", postgresUrl);
        builder.UseSetting("PLATFORM_SIGNING_KEY", TestTokens.SigningKey);
        builder.UseSetting("Messaging:Partitions", Partitions.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Messaging:RetryLimit", "1");
        // Platform.Messaging registers its singleton IPipelineSender over MassTransit's scoped ISendEndpointProvider,
        // which Development's scope validation rejects (services run as Production). Reported to the lead.
        builder.UseDefaultServiceProvider(o => o.ValidateScopes = false);
    }
}
