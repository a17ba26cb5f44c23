using MassTransit;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Contracts.Capture;
using Platform.Contracts.Messaging;
using Platform.Ingest.Consumers;
using Platform.Ingest.Deletion;
using Platform.Ingest.Diagnostics;
using Platform.Ingest.Infrastructure;
using Platform.Ingest.Pipeline;
using Platform.Ingest.Sites;
using Platform.Ingest.Sites.OnlyFans;
using Platform.Messaging;
using Platform.Messaging.Outbound;
using Platform.TestSupport;
using Platform.Ingest.Tests.Support;
using static Platform.Ingest.Tests.Support.Captures;

namespace Platform.Ingest.Tests.Consumers;

/// <summary>DELETE /api/v1/data reaches ingest: every table of the user is emptied, other users keep theirs.</summary>
public sealed class UserDataDeletionRequestedConsumerTests : IClassFixture<PostgresFixture>, IAsyncLifetime
{
    private readonly PostgresFixture _postgres;
    private readonly string _user = "user-" + Guid.NewGuid().ToString("N")[..8];
    private readonly string _other = "other-" + Guid.NewGuid().ToString("N")[..8];
    private ServiceProvider _services = null!;
    private ITestHarness _harness = null!;

    public UserDataDeletionRequestedConsumerTests(PostgresFixture postgres) => _postgres = postgres;

    public async Task InitializeAsync()
    {
        _services = (await IngestServices.CreateAsync(_postgres.ConnectionString, new RecordingPipelineSender(), new RecordingOutboundPublisher()))
            .AddSingleton<IngestGroupCommit>()
            .AddSingleton<UserDataEraser>()
            .AddMassTransitTestHarness(x =>
            {
                x.AddConsumer<IngestCapturedTrafficConsumer>();
                x.AddConsumer<UserDataDeletionRequestedConsumer>();
                x.SetTestTimeouts(testInactivityTimeout: TimeSpan.FromSeconds(10));
            })
            .BuildServiceProvider(true);
        _harness = _services.GetRequiredService<ITestHarness>();
        await _harness.Start();
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task Should_delete_every_row_of_the_user_and_keep_other_users_rows()
    {
        await SeedAsync(_user);
        await SeedAsync(_other);
        foreach (var table in UserDataEraser.Tables)
        {
            Assert.True(await CountAsync(table, _user) > 0, $"{table} was seeded");
        }

        await _harness.Bus.Publish(new UserDataDeletionRequested { UserId = _user, RequestedAt = DateTimeOffset.UtcNow });
        var consumed = await _harness.Consumed.SelectAsync<UserDataDeletionRequested>(x => x.Context.Message.UserId == _user).FirstOrDefault();
        Assert.NotNull(consumed);
        Assert.Null(consumed.Exception);

        foreach (var table in UserDataEraser.Tables)
        {
            Assert.Equal(0, await CountAsync(table, _user));
            Assert.True(await CountAsync(table, _other) > 0, $"{table} of another user was kept");
        }
    }

    [Fact]
    public async Task Should_delete_nothing_more_when_the_request_is_redelivered()
    {
        await SeedAsync(_user);
        var eraser = _services.GetRequiredService<UserDataEraser>();

        var first = await eraser.EraseAsync(_user, CancellationToken.None);
        var again = await eraser.EraseAsync(_user, CancellationToken.None);

        Assert.Equal(2, first["messages"]);
        Assert.True(first["raw_events"] >= 4);
        Assert.All(again.Values, deleted => Assert.Equal(0, deleted));
    }

    /// <summary>One snapshot chunk that fills every table: creator, fan, chat, messages, money, a pending echo, archive, ledgers.</summary>
    private async Task SeedAsync(string user)
    {
        RawCapturedEvent[] events =
        [
            Fetch("/users/me", """{"id":200000002,"name":"Creator"}"""),
            Fetch("/chats?limit=10", """{"list":[{"withUser":{"id":100000001,"name":"Fan"},"unreadMessagesCount":1,"canSendMessage":true}],"hasMore":false}"""),
            Fetch("/subscriptions/subscribers/active", """[{"id":100000001,"name":"Fan","subscribedOnData":{"subscribeAt":"2025-01-01T00:00:00Z","expiredAt":"2025-04-01T00:00:00Z","price":9.99}}]"""),
            Fetch("/payouts/transactions", """{"list":[{"id":"t1","amount":5,"fee":1,"net":4,"description":"Tip from <a href=\"https://onlyfans.com/u100000001\">Fan</a>","status":"done","createdAt":"2025-03-01T18:00:00Z","user":{"id":100000001}}]}"""),
            Fetch("/chats/100000001/messages", """{"list":[{"id":11,"text":"hi","fromUser":{"id":100000001},"createdAt":"2025-03-01T18:00:00Z"},{"id":12,"text":"yo","fromUser":{"id":200000002},"createdAt":"2025-03-01T18:01:00Z"}]}"""),
            // The creator's own echo with no recipient and an unknown message id: waits in pending_echoes.
            Socket("""{"api2_chat_message":{"id":99,"text":"later","fromUser":{"id":200000002},"createdAt":"2025-03-01T18:02:00Z"}}"""),
        ];
        var delivery = Guid.NewGuid().ToString("N");
        await _harness.Bus.Publish(new IngestCapturedTraffic
        {
            UserId = user, ConnectionId = "c1", Sequence = 1, ClientMessageId = delivery, Events = events, ReceivedAt = DateTimeOffset.UtcNow,
            Snapshot = new SnapshotChunkInfo { SnapshotId = "s1", ChunkIndex = 0, ChunkCount = 2 },
        });
        var consumed = await _harness.Consumed.SelectAsync<IngestCapturedTraffic>(x => x.Context.Message.ClientMessageId == delivery).FirstOrDefault();
        Assert.NotNull(consumed);
        Assert.Null(consumed.Exception);
    }

    private async Task<long> CountAsync(string table, string user)
    {
        await using var connection = new NpgsqlConnection(_postgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM ingest.{table} WHERE user_id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = user });
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
