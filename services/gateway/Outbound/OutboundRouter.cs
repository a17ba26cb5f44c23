using System.Text;
using Platform.Gateway.Connections;
using Platform.Messaging.Outbound;

namespace Platform.Gateway.Outbound;

/// <summary>
/// Turns one broker delivery into socket writes: reads the routing headers, refuses a frame whose user
/// header disagrees with the routing key it was bound by, and forwards the body bytes unparsed.
/// </summary>
internal sealed class OutboundRouter(UserLifetimeManager users, ILogger<OutboundRouter> logger)
{
    public int Route(string routingKey, IDictionary<string, object?>? headers, ReadOnlyMemory<byte> body)
    {
        var user = Header(headers, OutboundTopology.UserHeader);
        if (!string.Equals(user, routingKey, StringComparison.Ordinal))
        {
            GatewayLog.OutboundUserMismatch(logger, user, routingKey);
            return 0;
        }

        var audienceName = Header(headers, OutboundTopology.AudienceHeader);
        if (!Enum.TryParse<AudienceKind>(audienceName, ignoreCase: false, out var audience) || !Enum.IsDefined(audience))
        {
            GatewayLog.OutboundBadAudience(logger, audienceName);
            return 0;
        }

        // One copy shared by every socket it goes to: the broker's buffer is reused after this call.
        return users.Deliver(routingKey, audience, Header(headers, OutboundTopology.TargetHeader), body.ToArray());
    }

    private static string? Header(IDictionary<string, object?>? headers, string name) =>
        headers is not null && headers.TryGetValue(name, out var value)
            ? value switch
            {
                byte[] bytes => Encoding.UTF8.GetString(bytes),
                string text => text,
                _ => null,
            }
            : null;
}
