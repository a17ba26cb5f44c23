using Platform.Contracts.Messaging;
using Platform.Contracts.Model;
using Platform.Contracts.Wss.Incoming;
using Platform.Enrichment.Tests.Support;

namespace Platform.Enrichment.Tests.Pipeline;

/// <summary>
/// On real RabbitMQ and PostgreSQL: a fan message becomes a streamed suggestion and a pending command;
/// the creator's approval sends it to the Agent once; the Agent's result reaches the dashboards.
/// </summary>
public sealed class ApprovalPipelineTests(EnrichmentStack stack) : IClassFixture<EnrichmentStack>, IAsyncLifetime
{
    private readonly string _user = "u-" + Guid.NewGuid().ToString("N")[..8];
    private OutboundListener _outbound = null!;
    private GraphPipelineListener _graph = null!;

    public async Task InitializeAsync()
    {
        _outbound = await OutboundListener.StartAsync(stack.Rabbit.Uri, _user);
        _graph = await GraphPipelineListener.StartAsync(stack.Rabbit.Uri, _user, partitions: 8);
    }

    public async Task DisposeAsync()
    {
        await _outbound.DisposeAsync();
        await _graph.DisposeAsync();
    }

    private Task SendAsync<T>(T message) where T : class, IUserScoped => stack.App.SendAsync(message);

    [Fact]
    public async Task Should_stream_a_suggestion_then_send_it_to_the_agent_only_after_approval()
    {
        const string fan = "100000001";
        await SendAsync(Ingested.Batch(_user,
            fans: [new FanProfile { FanId = fan, Name = "Mia Rose" }],
            messages: [Ingested.FanMessage(fan, "hey gorgeous, how much for the new video?")],
            transactions: [Ingested.Tip(fan, 20)]));

        var start = await _outbound.WaitForAsync(f => f.Type == "stream_start", "a suggestion stream starts");
        var streamId = start.Str("streamId");
        var end = await _outbound.WaitForAsync(f => f.Type == "stream_end" && f.Str("streamId") == streamId, "the stream ends");
        var chunks = _outbound.Frames.Where(f => f.Type == "stream_chunk" && f.Str("streamId") == streamId).Select(f => f.Str("text")).ToList();
        Assert.NotEmpty(chunks);
        Assert.Equal(end.Str("text"), string.Concat(chunks).Trim());
        Assert.Contains("Mia", end.Str("text"));
        Assert.Equal("Bridges", start.Audience);

        var pending = await _outbound.WaitForAsync(f => f.Type == "command_status" && f.Str("state") == "pending_approval", "the suggestion awaits approval");
        var commandId = pending.Str("command", "commandId")!;
        Assert.Equal(start.Str("commandId"), commandId);
        Assert.Equal("true", pending.Str("command", "requiresApproval"), ignoreCase: true);
        Assert.Equal(0, _outbound.Count(f => f.Type == "command_to_execute"));
        var score = await _graph.WaitForScoreAsync(fan, "the fan's scores go to graph (which pushes them to the dashboards)");
        Assert.Equal(20m, score.LifetimeValue);

        var approval = new SendMessageRequested
        {
            UserId = _user, ConnectionId = "bridge-1", ChatId = fan, CommandId = commandId,
            Decision = SendDecision.Approve, Text = "Hi Mia! It's 15 for you 😘", RequestedAt = DateTimeOffset.UtcNow,
        };
        await SendAsync(approval);
        var execute = await _outbound.WaitForAsync(f => f.Type == "command_to_execute" && f.Audience == "Agents", "the Agent receives the approved command");
        Assert.Equal("Hi Mia! It's 15 for you 😘", execute.Str("command", "text"));
        await _outbound.WaitForAsync(f => f.Type == "command_status" && f.Str("state") == "approved", "the dashboards see it approved");

        // A redelivered approval, then a marker request: per-user order means the marker's answer comes after.
        await SendAsync(approval);
        await SendAsync(approval with { CommandId = "cmd-missing", Decision = SendDecision.Reject });
        await _outbound.WaitForAsync(f => f.Type == "system_error" && f.Target == "bridge-1", "the marker is answered");
        Assert.Equal(1, _outbound.Count(f => f.Type == "command_to_execute" && f.Audience == "Agents"));

        await SendAsync(new CommandResultReported
        {
            UserId = _user, ConnectionId = "agent-1", CommandId = commandId, Outcome = CommandOutcome.Sent,
            SiteMessageId = "8000000000099", ReportedAt = DateTimeOffset.UtcNow,
        });
        await _outbound.WaitForAsync(f => f.Type == "command_status" && f.Str("state") == "sent" && f.Str("command", "commandId") == commandId, "the dashboards see it sent");
    }

    [Fact]
    public async Task Should_mark_a_rejected_suggestion_and_never_execute_it()
    {
        const string fan = "100000002";
        await SendAsync(Ingested.Batch(_user, messages: [Ingested.FanMessage(fan, "I'm going to cancel my subscription")]));
        var pending = await _outbound.WaitForAsync(f => f.Type == "command_status" && f.Str("state") == "pending_approval" && f.Str("command", "chatId") == fan, "a suggestion for the churning fan");
        Assert.Contains("churn", pending.Str("command", "reason"));
        var commandId = pending.Str("command", "commandId");

        await SendAsync(new SendMessageRequested
        {
            UserId = _user, ConnectionId = "bridge-1", ChatId = fan, CommandId = commandId, Decision = SendDecision.Reject, RequestedAt = DateTimeOffset.UtcNow,
        });
        await _outbound.WaitForAsync(f => f.Type == "command_status" && f.Str("state") == "rejected" && f.Str("command", "commandId") == commandId, "the suggestion is rejected");
        Assert.Equal(0, _outbound.Count(f => f.Type == "command_to_execute" && f.Str("command", "commandId") == commandId));
    }

    [Fact]
    public async Task Should_block_a_creator_message_that_breaks_a_guardrail_and_send_one_that_does_not()
    {
        const string fan = "100000003";
        var request = new SendMessageRequested
        {
            UserId = _user, ConnectionId = "bridge-1", ChatId = fan, Text = "pay me on PayPal instead", RequestedAt = DateTimeOffset.UtcNow,
        };
        await SendAsync(request);
        var blocked = await _outbound.WaitForAsync(f => f.Type == "command_status" && f.Str("state") == "blocked" && f.Str("command", "chatId") == fan, "the message is blocked");
        Assert.Contains("PayPal", blocked.Str("error"));

        await SendAsync(request with { Text = "see you tonight 😘", RequestedAt = DateTimeOffset.UtcNow });
        var execute = await _outbound.WaitForAsync(f => f.Type == "command_to_execute" && f.Audience == "Agents" && f.Str("command", "chatId") == fan, "the creator's own message goes to the Agent");
        Assert.Equal("see you tonight 😘", execute.Str("command", "text"));
    }

    [Fact]
    public async Task Should_not_suggest_for_a_snapshot_but_score_its_fans_once_it_is_ingested()
    {
        const string fan = "100000004";
        var old = DateTimeOffset.UtcNow.AddDays(-3);
        await SendAsync(Ingested.Batch(_user, snapshotId: "snap-1",
            messages: [Ingested.FanMessage(fan, "hello? are you there", old)], transactions: [Ingested.Tip(fan, 120)]));
        await SendAsync(new SnapshotIngested { UserId = _user, SnapshotId = "snap-1", ChunkCount = 1, IngestedAt = DateTimeOffset.UtcNow });

        var score = await _graph.WaitForScoreAsync(fan, "the snapshot's fans are scored and sent to graph");
        Assert.Equal(120m, score.LifetimeValue);
        Assert.Equal(0, _outbound.Count(f => f.Type == "stream_start" && f.Str("chatId") == fan));
    }
}
