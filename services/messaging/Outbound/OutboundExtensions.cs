using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Platform.Messaging.Outbound;

internal static class OutboundExtensions
{
    public static IServiceCollection AddOutboundPublisher(this IServiceCollection services, Uri rabbitUri) =>
        services.AddSingleton<IOutboundPublisher>(sp =>
            new RabbitOutboundPublisher(rabbitUri, sp.GetRequiredService<ILogger<RabbitOutboundPublisher>>()));
}
