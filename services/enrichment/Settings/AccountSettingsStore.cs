using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Enrichment.Infrastructure;

namespace Platform.Enrichment.Settings;

/// <summary>Auto mode per account: off and with the configured default threshold until the creator changes it.</summary>
internal sealed class AccountSettingsStore(EnrichmentDbContext db, IOptions<EnrichmentOptions> options, TimeProvider clock)
{
    public async Task<AccountSettings> GetAsync(string user, CancellationToken ct)
    {
        var row = await db.Settings.AsNoTracking().SingleOrDefaultAsync(s => s.UserId == user, ct);
        return row is null
            ? new AccountSettings(false, options.Value.Auto.DefaultSpendThreshold)
            : new AccountSettings(row.AutoMode, row.AutoSpendThreshold);
    }

    public async Task<AccountSettings> SaveAsync(string user, AccountSettings settings, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO enrichment.account_settings ("UserId", "AutoMode", "AutoSpendThreshold", "UpdatedAt")
            VALUES ({user}, {settings.AutoMode}, {settings.AutoSpendThreshold}, {now.ToUniversalTime()})
            ON CONFLICT ("UserId") DO UPDATE SET "AutoMode" = EXCLUDED."AutoMode",
              "AutoSpendThreshold" = EXCLUDED."AutoSpendThreshold", "UpdatedAt" = EXCLUDED."UpdatedAt"
            """, ct);
        return settings;
    }
}

/// <summary>
/// The account's automation. With <see cref="AutoMode"/> on, suggestions for fans whose lifetime spend is
/// below <see cref="AutoSpendThreshold"/> are sent without approval; bigger fans stay with the human.
/// </summary>
public sealed record AccountSettings(bool AutoMode, decimal AutoSpendThreshold)
{
    public bool SendsWithoutApproval(decimal fanSpend) => AutoMode && fanSpend < AutoSpendThreshold;
}
