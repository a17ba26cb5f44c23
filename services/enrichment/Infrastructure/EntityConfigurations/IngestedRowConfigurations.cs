using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Enrichment.Infrastructure.EntityConfigurations;

internal sealed class FanRowConfiguration : IEntityTypeConfiguration<FanRow>
{
    public void Configure(EntityTypeBuilder<FanRow> builder)
    {
        builder.ToTable("fans");
        builder.HasKey(r => new { r.UserId, r.FanId });
    }
}

internal sealed class MessageRowConfiguration : IEntityTypeConfiguration<MessageRow>
{
    public void Configure(EntityTypeBuilder<MessageRow> builder)
    {
        builder.ToTable("messages");
        builder.HasKey(r => new { r.UserId, r.MessageId });
        builder.HasIndex(r => new { r.UserId, r.ChatId, r.CreatedAt });
    }
}

internal sealed class TransactionRowConfiguration : IEntityTypeConfiguration<TransactionRow>
{
    public void Configure(EntityTypeBuilder<TransactionRow> builder)
    {
        builder.ToTable("transactions");
        builder.HasKey(r => new { r.UserId, r.TransactionId });
        builder.HasIndex(r => new { r.UserId, r.FanId });
    }
}

internal sealed class SubscriptionRowConfiguration : IEntityTypeConfiguration<SubscriptionRow>
{
    public void Configure(EntityTypeBuilder<SubscriptionRow> builder)
    {
        builder.ToTable("subscriptions");
        builder.HasKey(r => new { r.UserId, r.FanId });
    }
}
