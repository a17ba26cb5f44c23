using Microsoft.Extensions.Options;

namespace Platform.Gateway.Connections;

/// <summary>
/// Closes connections silent for longer than the idle timeout. One timer for the whole instance
/// instead of a timer per socket: 10,000 idle sockets cost one sweep every few seconds.
/// On shutdown it closes every socket with 1001, so clients reconnect to another instance at once.
/// </summary>
internal sealed class IdleSweeper(ConnectionStore store, IOptions<GatewayOptions> options, IHostApplicationLifetime lifetime) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var stopping = lifetime.ApplicationStopping.Register(() =>
        {
            foreach (var connection in store.All)
            {
                connection.RequestClose(CloseRequest.ShuttingDown);
            }
        });
        var timeout = TimeSpan.FromSeconds(options.Value.IdleTimeoutSeconds);
        var period = TimeSpan.FromMilliseconds(Math.Clamp(timeout.TotalMilliseconds / 4, 250, 5000));
        using var timer = new PeriodicTimer(period);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var connection in store.All)
            {
                if (connection.IdleMilliseconds > timeout.TotalMilliseconds)
                {
                    connection.RequestClose(CloseRequest.IdleTimeout);
                }
            }
        }
    }
}
