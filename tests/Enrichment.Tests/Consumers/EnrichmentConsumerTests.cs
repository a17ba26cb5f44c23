using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Messaging;
using Platform.Contracts.Model;
using Platform.Contracts.Wss;
using Platform.Contracts.Wss.Incoming;
using Platform.Enrichment.Commands;
using Platform.Enrichment.Infrastructure;
using Platform.Enrichment.Tests.Support;
using Platform.Messaging;
using Platform.Messaging.Outbound;
using Platform.TestSupport;

namespace Platform.Enrichment.Tests.Consumers;

public sealed class EnrichmentConsumerTests(HarnessHost host) : IClassFixture<HarnessHost>
{
    private readonly string _user = "u-" + Guid.NewGuid().ToString("N")[..8];

    private async Task ConsumeAsync<T>(T message) where T : class
    {
        var id = NewId.NextGuid();
        await host.Harness.Bus.Publish(message, c => c.MessageId = id);
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        Assert.True(await host.Harness.Consumed.Any<T>(c => c.Context.MessageId == id, wait.Token), $"the {typeof(T).Name} is consumed");
        var consumed = host.Harness.Consumed.Select<T>(c => c.Context.MessageId == id, wait.Token).First();
        Assert.Null(consumed.Exception);
    }

    [Fact]
    public async Task Should_enrich_a_fan_message_score_the_fan_and_suggest_a_reply()
    {
        const string fan = "100000001";
        await ConsumeAsync(Ingested.Batch(_user, messages: [Ingested.FanMessage(fan, "I'm going to cancel, it's too expensive 😒")],
            transactions: [Ingested.Tip(fan, 30)]));

        // One message to graph carries the analysis and the new score.
        var result = Assert.Single(host.Pipeline.Of<MessagesEnriched>(_user));
        var enriched = Assert.Single(result.Messages);
        Assert.True(enriched.Sentiment < 0);
        Assert.Contains("churn_signal", enriched.Intents);
        Assert.Contains("price_objection", enriched.Intents);
        var scored = Assert.Single(result.Scores);
        Assert.Equal(fan, scored.FanId);
        Assert.Equal(30m, scored.LifetimeValue);
        Assert.True(scored.ChurnRisk >= 0.6, $"churn risk {scored.ChurnRisk}");
        Assert.All(host.Pipeline.Sent.Where(s => s.Message.UserId == _user), s => Assert.Equal(Pipelines.Graph, s.Pipeline));
        // Analytics are graph's to push (it ranks every fan); a partial fan list from here would replace the dashboard's.
        Assert.Empty(host.Outbound.Of<AnalyticsUpdateMessage>(_user));

        await Eventually.TrueAsync(() => host.Outbound.Of<CommandStatusMessage>(_user).Any(), TimeSpan.FromSeconds(10), "the suggestion becomes a command");
        var status = host.Outbound.Of<CommandStatusMessage>(_user).Single();
        Assert.Equal(CommandState.PendingApproval, status.Payload.State);
        Assert.Equal(host.Outbound.Of<StreamEndMessage>(_user).Single().Payload.Text, status.Payload.Command.Text);
        Assert.All(host.Outbound.Sent.Where(s => s.User == _user), s => Assert.Equal(OutboundAudience.Bridges, s.Audience));
    }

    [Fact]
    public async Task Should_not_suggest_when_the_creator_already_replied()
    {
        const string fan = "100000002";
        var asked = DateTimeOffset.UtcNow.AddMinutes(-5);
        await ConsumeAsync(Ingested.Batch(_user, messages: [Ingested.FanMessage(fan, "hi?", asked), Ingested.CreatorMessage(fan, "hey you!", asked.AddMinutes(1))]));
        await ConsumeAsync(Ingested.Batch(_user, messages: [Ingested.FanMessage(fan, "hi?", asked)]));
        Assert.Empty(host.Outbound.Of<StreamStartMessage>(_user));
    }

    [Fact]
    public async Task Should_execute_an_approved_command_once_however_often_the_approval_arrives()
    {
        const string fan = "100000003";
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var now = DateTimeOffset.UtcNow;
            await scope.ServiceProvider.GetRequiredService<CommandStore>().TryCreateAsync(new CommandRow
            {
                UserId = _user, CommandId = "cmd-1", ChatId = fan, Text = "hey", RequiresApproval = true,
                State = CommandState.PendingApproval, CreatedAt = now, UpdatedAt = now,
            }, CancellationToken.None);
        }

        var approval = new SendMessageRequested { UserId = _user, ConnectionId = "c1", ChatId = fan, CommandId = "cmd-1", RequestedAt = DateTimeOffset.UtcNow };
        await ConsumeAsync(approval);
        await ConsumeAsync(approval with { RequestedAt = DateTimeOffset.UtcNow });

        var executed = host.Outbound.Sent.Where(s => s.User == _user && s.Frame is CommandToExecuteMessage).ToList();
        Assert.Equal([OutboundAudience.Agents, OutboundAudience.Bridges], executed.Select(e => e.Audience));
        Assert.Equal(CommandState.Approved, host.Outbound.Of<CommandStatusMessage>(_user).Single().Payload.State);
    }

    [Fact]
    public async Task Should_answer_a_decision_on_an_unknown_command_with_an_error_to_that_connection()
    {
        await ConsumeAsync(new SendMessageRequested { UserId = _user, ConnectionId = "c9", ChatId = "1", CommandId = "nope", Decision = SendDecision.Reject, RequestedAt = DateTimeOffset.UtcNow });
        var (_, audience, frame) = host.Outbound.Sent.Single(s => s.User == _user);
        Assert.Equal(OutboundAudience.ToConnection("c9"), audience);
        Assert.Equal("unknown_command", Assert.IsType<SystemErrorMessage>(frame).Payload.Code);
    }

    [Fact]
    public async Task Should_ignore_a_result_for_a_command_it_does_not_know()
    {
        await ConsumeAsync(new CommandResultReported { UserId = _user, ConnectionId = "a1", CommandId = "cmd-unknown", Outcome = CommandOutcome.Sent, ReportedAt = DateTimeOffset.UtcNow });
        Assert.DoesNotContain(host.Outbound.Sent, s => s.User == _user);
    }
}
