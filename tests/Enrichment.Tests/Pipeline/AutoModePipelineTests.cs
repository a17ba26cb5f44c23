using System.Net.Http.Headers;
using System.Net.Http.Json;
using Platform.Contracts.Messaging;
using Platform.Enrichment.Settings;
using Platform.Enrichment.Tests.Support;
using Platform.TestSupport;

namespace Platform.Enrichment.Tests.Pipeline;

/// <summary>Auto mode on real RabbitMQ and PostgreSQL: small fans get an answer at once, big fans wait for the human.</summary>
public sealed class AutoModePipelineTests(EnrichmentStack stack) : IClassFixture<EnrichmentStack>, IAsyncLifetime
{
    private readonly string _user = "u-" + Guid.NewGuid().ToString("N")[..8];
    private OutboundListener _outbound = null!;

    public async Task InitializeAsync() => _outbound = await OutboundListener.StartAsync(stack.Rabbit.Uri, _user);

    public async Task DisposeAsync() => await _outbound.DisposeAsync();

    private HttpClient Client()
    {
        var client = stack.App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Bridge(_user));
        return client;
    }

    [Fact]
    public async Task Should_send_without_approval_only_to_fans_below_the_spend_threshold()
    {
        using var client = Client();
        (await client.PutAsJsonAsync("/api/v1/settings", new AccountSettings(true, 50))).EnsureSuccessStatusCode();
        Assert.Equal(new AccountSettings(true, 50), await client.GetFromJsonAsync<AccountSettings>("/api/v1/settings"));

        const string small = "100000010", big = "100000011";
        await stack.App.SendAsync(Ingested.Batch(_user,
            fans: [new FanProfile { FanId = small, Name = "Sam" }, new FanProfile { FanId = big, Name = "Bob" }],
            transactions: [Ingested.Tip(small, 10), Ingested.Tip(big, 60), Ingested.Tip(big, 40)],
            messages: [Ingested.FanMessage(small, "hey cutie"), Ingested.FanMessage(big, "hey cutie")]));

        var execute = await _outbound.WaitForAsync(f => f.Type == "command_to_execute" && f.Audience == "Agents", "the small fan's reply goes out without approval");
        Assert.Equal(small, execute.Str("command", "chatId"));
        Assert.Equal("false", execute.Str("command", "requiresApproval"), ignoreCase: true);
        var handedOver = await _outbound.WaitForAsync(f => f.Type == "command_status" && f.Str("command", "chatId") == big, "the big fan's suggestion is decided");
        Assert.Equal("pending_approval", handedOver.Str("state"));
        Assert.Equal("true", handedOver.Str("command", "requiresApproval"), ignoreCase: true);
        Assert.Equal(0, _outbound.Count(f => f.Type == "command_to_execute" && f.Str("command", "chatId") == big));

        var pending = await client.GetStringAsync("/api/v1/suggestions");
        Assert.Contains(big, pending);
        Assert.DoesNotContain(small, pending);
    }

    [Fact]
    public async Task Should_reject_settings_requests_without_a_token()
    {
        using var anonymous = stack.App.CreateClient();
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/settings")).StatusCode);
    }
}
