using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Ingest.Infrastructure.Entities;

namespace Platform.Ingest.Infrastructure.EntityConfigurations;

internal sealed class RawEventConfiguration : IEntityTypeConfiguration<RawEventRow>
{
    public void Configure(EntityTypeBuilder<RawEventRow> b)
    {
        b.ToTable("raw_events");
        b.HasKey(x => x.Seq);
        b.Property(x => x.Seq).UseIdentityAlwaysColumn();
        b.HasIndex(x => new { x.UserId, x.ContentHash }).IsUnique();
        b.HasIndex(x => new { x.UserId, x.CapturedAt, x.Seq });
    }
}

internal sealed class SnapshotProgressConfiguration : IEntityTypeConfiguration<SnapshotProgressRow>
{
    public void Configure(EntityTypeBuilder<SnapshotProgressRow> b)
    {
        b.ToTable("snapshot_progress");
        b.HasKey(x => new { x.UserId, x.SnapshotId });
        b.HasIndex(x => new { x.Status, x.UpdatedAt });
    }
}

internal sealed class IngestedInputConfiguration : IEntityTypeConfiguration<IngestedInputRow>
{
    public void Configure(EntityTypeBuilder<IngestedInputRow> b)
    {
        b.ToTable("ingested_inputs");
        b.HasKey(x => new { x.UserId, x.InputKey });
        b.HasIndex(x => x.CreatedAt);
    }
}
