namespace Platform.Gateway.Outbound;

/// <summary>Reference-counted binding of this instance's outbound queue to the users connected to it.</summary>
internal interface IUserBindings
{
    /// <summary>Binds on the user's first connection; returns once the broker has the binding.</summary>
    Task AcquireAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Unbinds after the user's last connection.</summary>
    Task ReleaseAsync(string userId);
}
