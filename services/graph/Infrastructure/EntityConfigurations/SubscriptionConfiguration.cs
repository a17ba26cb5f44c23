using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Graph.Infrastructure.Entities;

namespace Platform.Graph.Infrastructure.EntityConfigurations;

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<SubscriptionEntity>
{
    public void Configure(EntityTypeBuilder<SubscriptionEntity> builder)
    {
        builder.ToTable("subscriptions");
        builder.HasKey(e => new { e.UserId, e.FanId });
    }
}
