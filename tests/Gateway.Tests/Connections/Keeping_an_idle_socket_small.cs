using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Platform.Gateway.Tests.Support;
using Platform.TestSupport;

namespace Platform.Gateway.Tests.Connections;

/// <summary>
/// A socket's request lives as long as the socket. What the authentication middleware produces for it (principal,
/// parsed token, tickets, the scheme handler) stayed referenced that long: about a fifth of an idle socket's memory.
/// </summary>
public sealed class Keeping_an_idle_socket_small(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task Should_check_the_socket_token_without_the_authentication_middleware()
    {
        var middlewareValidations = 0;
        var events = fixture.Gateway.Get<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme).Events;
        var previous = events.OnTokenValidated;
        events.OnTokenValidated = c =>
        {
            if (c.Request.Path.StartsWithSegments("/ws"))
            {
                Interlocked.Increment(ref middlewareValidations);
            }

            return previous(c);
        };

        await using var header = await fixture.Gateway.ConnectAsync(TestTokens.Agent("u-small"), viaHeader: true);
        await using var query = await fixture.Gateway.ConnectAsync(TestTokens.Bridge("u-small"));

        Assert.Equal("u-small", query.Ack.Payload.UserId);
        Assert.Equal(0, Volatile.Read(ref middlewareValidations));
    }
}
