namespace Platform.Messaging.Outbound;

/// <summary>
/// The outbound hop, Brain to gateways. A direct exchange keyed by user id; each gateway instance has its
/// own auto-delete queue bound with the ids of the users connected to it. Frames are transient and
/// unconfirmed: PostgreSQL is the truth and a client that misses one resynchronises.
/// The AMQP body is the exact UTF-8 frame, so a gateway forwards it without parsing.
/// </summary>
public static class OutboundTopology
{
    public const string ExchangeName = "platform.outbound";
    public const string ExchangeType = "direct";

    public const string UserHeader = "x-user";
    public const string AudienceHeader = "x-audience";
    public const string TargetHeader = "x-target";
}
