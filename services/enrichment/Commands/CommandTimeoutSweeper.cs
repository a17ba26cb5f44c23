using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Platform.Enrichment.Commands;

/// <summary>
/// Marks approved commands that got no result in time as unknown. Never re-sends: a fan getting the same
/// message twice is worse than the creator seeing "unknown" and deciding.
/// </summary>
internal sealed partial class CommandTimeoutSweeper(
    IServiceScopeFactory scopes,
    IOptions<EnrichmentOptions> options,
    TimeProvider clock,
    ILogger<CommandTimeoutSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value.Commands;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(settings.SweepIntervalSeconds), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepAsync(TimeSpan.FromSeconds(settings.ResultTimeoutSeconds), stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LogSweepFailed(e.Message);
            }
        }
    }

    public async Task SweepAsync(TimeSpan timeout, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<CommandStore>();
        var notify = scope.ServiceProvider.GetRequiredService<CommandNotifier>();
        var expired = await store.ExpireAsync(clock.GetUtcNow() - timeout, $"No result from the Agent within {timeout.TotalSeconds:0} s; not re-sent.", ct);
        foreach (var row in expired)
        {
            await notify.StatusAsync(row, ct);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Command timeout sweep failed: {Error}")]
    private partial void LogSweepFailed(string error);
}
