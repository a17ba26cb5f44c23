using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Gateway.Connections;
using Platform.Gateway.Inbound;
using Platform.Gateway.Inbound.Handlers;
using Platform.Gateway.Outbound;
using Platform.Gateway.Security;
using Platform.Gateway.Transport;
using Platform.Messaging;

namespace Platform.Gateway.Extensions;

/// <summary>The gateway's services: sockets, frame handlers, outbound routing, the reverse proxy.</summary>
internal static class GatewayServiceExtensions
{
    /// <summary>The gateway only sends into the pipelines; it consumes nothing through MassTransit.</summary>
    public static WebApplicationBuilder AddGatewayMessaging(this WebApplicationBuilder builder)
    {
        builder.AddPlatformMessaging(_ => { }, (_, _, _) => { });
        builder.Services.AddSingleton<OutboundRouter>();
        builder.Services.AddSingleton<OutboundSubscription>();
        builder.Services.AddSingleton<IUserBindings>(sp => sp.GetRequiredService<OutboundSubscription>());
        builder.Services.AddHostedService<OutboundConsumer>();
        return builder;
    }

    public static WebApplicationBuilder AddGatewaySockets(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<GatewayOptions>().Bind(builder.Configuration.GetSection(GatewayOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<OriginPolicy>();
        services.AddSingleton<SocketAuthenticator>();
        services.AddSingleton<ConnectionStore>();
        services.AddSingleton<UserLifetimeManager>();
        services.AddSingleton<ConnectionGreeting>();
        services.AddSingleton<WebSocketConnectionHandler>();
        services.AddSingleton<WebSocketTransport>();
        services.AddSingleton<FrameDispatcher>();
        services.AddSingleton<FrameHandlerRegistry>();
        services.AddSingleton<PipelineForwarder>();
        services.AddHostedService<IdleSweeper>();
        services.AddFrameHandler<CacheUpdateHandler>();
        services.AddFrameHandler<NewRawMessageHandler>();
        services.AddFrameHandler<KeepaliveHandler>();
        services.AddFrameHandler<PingHandler>();
        services.AddFrameHandler<SubscribeHandler>();
        services.AddFrameHandler<UnsubscribeHandler>();
        services.AddFrameHandler<SendMessageHandler>();
        services.AddFrameHandler<CommandResultHandler>();
        services.AddFrameHandler<SyncRequestHandler>();
        return builder;
    }

    /// <summary>Routes and clusters live in configuration (section <c>ReverseProxy</c> of appsettings.json).</summary>
    public static WebApplicationBuilder AddGatewayProxy(this WebApplicationBuilder builder)
    {
        builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));
        return builder;
    }

    private static void AddFrameHandler<THandler>(this IServiceCollection services)
        where THandler : class, IFrameHandler =>
        services.AddSingleton<IFrameHandler, THandler>();
}
