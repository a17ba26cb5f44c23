using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Ingest.Infrastructure.Entities;

namespace Platform.Ingest.Infrastructure.EntityConfigurations;

internal sealed class CreatorConfiguration : IEntityTypeConfiguration<CreatorRow>
{
    public void Configure(EntityTypeBuilder<CreatorRow> b)
    {
        b.ToTable("creators");
        b.HasKey(x => x.UserId);
    }
}

internal sealed class FanConfiguration : IEntityTypeConfiguration<FanRow>
{
    public void Configure(EntityTypeBuilder<FanRow> b)
    {
        b.ToTable("fans");
        b.HasKey(x => new { x.UserId, x.FanId });
    }
}

internal sealed class ChatConfiguration : IEntityTypeConfiguration<ChatRow>
{
    public void Configure(EntityTypeBuilder<ChatRow> b)
    {
        b.ToTable("chats");
        b.HasKey(x => new { x.UserId, x.ChatId });
    }
}

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<SubscriptionRow>
{
    public void Configure(EntityTypeBuilder<SubscriptionRow> b)
    {
        b.ToTable("subscriptions");
        b.HasKey(x => new { x.UserId, x.FanId });
    }
}

internal sealed class TransactionConfiguration : IEntityTypeConfiguration<TransactionRow>
{
    public void Configure(EntityTypeBuilder<TransactionRow> b)
    {
        b.ToTable("transactions");
        b.HasKey(x => new { x.UserId, x.TransactionId });
        b.HasIndex(x => new { x.UserId, x.FanId });
    }
}
