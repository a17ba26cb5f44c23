namespace Platform.Bench.Clients;

/// <summary>
/// One system under test for the relay scenarios: per user an agent-side sender and a bridge socket;
/// what a user's sender sends must reach that user's bridge socket.
/// </summary>
public interface IRelayPeer : IAsyncDisposable
{
    /// <summary>Opens the senders and the bridge sockets; <paramref name="delivered"/> gets each seq a bridge received.</summary>
    Task ConnectAsync(int users, Action<long> delivered, CancellationToken cancellationToken);

    /// <summary>Only enqueues: called from the open-loop scheduler.</summary>
    void Send(int user, long seq);
}
