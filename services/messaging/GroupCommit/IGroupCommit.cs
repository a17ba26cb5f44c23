namespace Platform.Messaging.GroupCommit;

/// <summary>What the delivery observer needs of a group commit: the partition queue of an input address.</summary>
public interface IGroupCommit
{
    internal IPartitionDeliveries Partition(Uri inputAddress);
}

/// <summary>A partition's view of its deliveries: each one's start and end on its channel.</summary>
internal interface IPartitionDeliveries
{
    void ReceiveStarted(Delivery delivery);

    void ReceiveEnded(Delivery delivery, bool acked);
}
