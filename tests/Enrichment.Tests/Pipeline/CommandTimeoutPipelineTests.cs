using Platform.Contracts.Messaging;
using Platform.Contracts.Wss.Incoming;
using Platform.Enrichment.Tests.Support;

namespace Platform.Enrichment.Tests.Pipeline;

/// <summary>A command the Agent never answers becomes unknown and is never sent again; a late result still counts.</summary>
public sealed class CommandTimeoutPipelineTests(ShortTimeoutStack stack) : IClassFixture<ShortTimeoutStack>, IAsyncLifetime
{
    private readonly string _user = "u-" + Guid.NewGuid().ToString("N")[..8];
    private OutboundListener _outbound = null!;

    public async Task InitializeAsync() => _outbound = await OutboundListener.StartAsync(stack.Rabbit.Uri, _user);

    public async Task DisposeAsync() => await _outbound.DisposeAsync();

    [Fact]
    public async Task Should_mark_a_command_without_result_unknown_and_never_resend_it()
    {
        const string fan = "100000020";
        await stack.App.SendAsync(new SendMessageRequested
        {
            UserId = _user, ConnectionId = "bridge-1", ChatId = fan, Text = "thank you babe", RequestedAt = DateTimeOffset.UtcNow,
        });
        var execute = await _outbound.WaitForAsync(f => f.Type == "command_to_execute" && f.Audience == "Agents", "the command goes to the Agent");
        var commandId = execute.Str("command", "commandId");

        var unknown = await _outbound.WaitForAsync(f => f.Type == "command_status" && f.Str("state") == "unknown", "the command times out");
        Assert.Equal(commandId, unknown.Str("command", "commandId"));
        Assert.Contains("not re-sent", unknown.Str("error"));
        Assert.Equal(1, _outbound.Count(f => f.Type == "command_to_execute" && f.Audience == "Agents"));

        await stack.App.SendAsync(new CommandResultReported
        {
            UserId = _user, ConnectionId = "agent-1", CommandId = commandId!, Outcome = CommandOutcome.Failed, Error = "chat closed", ReportedAt = DateTimeOffset.UtcNow,
        });
        var failed = await _outbound.WaitForAsync(f => f.Type == "command_status" && f.Str("state") == "failed", "the late result is recorded");
        Assert.Equal("chat closed", failed.Str("error"));
    }
}
