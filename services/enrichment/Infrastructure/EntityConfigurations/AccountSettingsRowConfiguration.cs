using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Enrichment.Infrastructure.EntityConfigurations;

internal sealed class AccountSettingsRowConfiguration : IEntityTypeConfiguration<AccountSettingsRow>
{
    public void Configure(EntityTypeBuilder<AccountSettingsRow> builder)
    {
        builder.ToTable("account_settings");
        builder.HasKey(r => r.UserId);
    }
}
