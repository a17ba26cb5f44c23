namespace Platform.Contracts.Messaging;

/// <summary>
/// A broker message that belongs to one platform user. The user id is the partition key:
/// all messages of one user go to the same partition queue, so they are consumed in order.
/// </summary>
public interface IUserScoped
{
    /// <summary>The authenticated principal of the connection the data came from (never a payload field).</summary>
    string UserId { get; }
}
