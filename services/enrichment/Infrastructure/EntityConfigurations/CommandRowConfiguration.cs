using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Enrichment.Infrastructure.EntityConfigurations;

internal sealed class CommandRowConfiguration : IEntityTypeConfiguration<CommandRow>
{
    public void Configure(EntityTypeBuilder<CommandRow> builder)
    {
        builder.ToTable("commands");
        builder.HasKey(r => new { r.UserId, r.CommandId });
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(32);
        // One suggestion per fan message, however often the message is redelivered.
        builder.HasIndex(r => new { r.UserId, r.SourceMessageId }).IsUnique().HasFilter("\"SourceMessageId\" IS NOT NULL");
        builder.HasIndex(r => new { r.UserId, r.State, r.UpdatedAt });
        // The timeout sweep looks only at approved commands.
        builder.HasIndex(r => r.ApprovedAt).HasFilter("\"State\" = 'Approved'");
    }
}
