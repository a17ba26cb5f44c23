namespace Platform.Gateway.Outbound;

/// <summary>Starts this instance's outbound queue with the router as its consumer, and tears it down on stop.</summary>
internal sealed class OutboundConsumer(OutboundSubscription subscription, OutboundRouter router) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        subscription.StartAsync(delivery =>
        {
            // Routing only queues bytes on sockets: nothing here waits, so one dispatcher thread keeps up.
            router.Route(delivery.RoutingKey, delivery.BasicProperties.Headers, delivery.Body);
            return Task.CompletedTask;
        }, cancellationToken);

    public async Task StopAsync(CancellationToken cancellationToken) => await subscription.DisposeAsync();
}
