using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Messaging;
using Platform.Graph.Processing;
using Platform.Graph.Tests.Support;
using Platform.TestSupport;
using static Platform.Graph.Tests.Support.Data;

namespace Platform.Graph.Tests.Api;

/// <summary>The REST API with real tokens: a user sees and changes only their own data.</summary>
public sealed class GraphApiTests(RabbitMqFixture rabbit, PostgresFixture postgres)
    : IClassFixture<RabbitMqFixture>, IClassFixture<PostgresFixture>, IAsyncLifetime
{
    private readonly string _owner = "owner-" + Guid.NewGuid().ToString("N")[..8];
    private readonly string _other = "other-" + Guid.NewGuid().ToString("N")[..8];
    private GraphAppFactory _app = null!;

    public async Task InitializeAsync()
    {
        _app = new GraphAppFactory(rabbit.Uri, postgres.Url);
        await _app.Services.GetRequiredService<IngestHandler>().HandleAsync(Batch(_owner, 1,
            messages: [In("1", "f1", 0), Out("2", "f1", 3), In("3", "f2", 4), In("4", "f2", 5), In("5", "f3", 6)],
            fans: [Fan("f1", "Ann"), Fan("f2", "Bob"), Fan("f3", "Cy")],
            transactions: [Transaction("t1", "f2", TransactionKind.Tip, 40)]), CancellationToken.None);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Should_show_only_the_token_users_conversations()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.CreateClient().GetAsync("/api/v1/conversations")).StatusCode);

        var mine = await Client(_owner).GetFromJsonAsync<JsonElement>("/api/v1/conversations?sort=spend");
        Assert.Equal(3, mine.GetProperty("total").GetInt32());
        Assert.Equal("f2", mine.GetProperty("items")[0].GetProperty("chatId").GetString());

        var theirs = await Client(_other).GetFromJsonAsync<JsonElement>("/api/v1/conversations");
        Assert.Equal(0, theirs.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await Client(_other).GetAsync("/api/v1/fans/f1")).StatusCode);
        var messages = await Client(_other).GetFromJsonAsync<JsonElement>("/api/v1/conversations/f1/messages");
        Assert.Equal(0, messages.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Should_filter_the_inbox_by_awaiting_and_by_tags_set_on_a_fan()
    {
        var awaiting = await Client(_owner).GetFromJsonAsync<JsonElement>("/api/v1/conversations?awaiting=true&limit=1");
        Assert.Equal(2, awaiting.GetProperty("total").GetInt32());
        Assert.Equal("1", awaiting.GetProperty("nextCursor").GetString());

        var put = await Client(_owner).PutAsJsonAsync("/api/v1/fans/f3", new { notes = "likes cats", tags = new[] { "vip" } });
        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);

        var vip = await Client(_owner).GetFromJsonAsync<JsonElement>("/api/v1/conversations?tag=vip");
        var node = Assert.Single(vip.GetProperty("items").EnumerateArray());
        Assert.Equal("f3", node.GetProperty("chatId").GetString());
        var fan = await Client(_owner).GetFromJsonAsync<JsonElement>("/api/v1/fans/f3");
        Assert.Equal("likes cats", fan.GetProperty("notes").GetString());
        Assert.Equal(0, (await Client(_other).GetFromJsonAsync<JsonElement>("/api/v1/conversations?tag=vip")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Should_page_messages_backwards_and_serve_analytics()
    {
        var page = await Client(_owner).GetFromJsonAsync<JsonElement>("/api/v1/conversations/f2/messages?limit=1");
        Assert.Equal("4", page.GetProperty("items")[0].GetProperty("id").GetString());
        var older = await Client(_owner).GetFromJsonAsync<JsonElement>($"/api/v1/conversations/f2/messages?limit=1&before={page.GetProperty("nextBefore").GetString()}");
        Assert.Equal("3", older.GetProperty("items")[0].GetProperty("id").GetString());
        Assert.False(older.GetProperty("hasMore").GetBoolean());

        var analytics = await Client(_owner).GetFromJsonAsync<JsonElement>("/api/v1/analytics");
        Assert.Equal(40m, analytics.GetProperty("totals").GetProperty("tips").GetDecimal());
        var empty = await Client(_other).GetFromJsonAsync<JsonElement>("/api/v1/analytics");
        Assert.False(empty.TryGetProperty("totals", out var totals) && totals.ValueKind != JsonValueKind.Null);
    }

    [Fact]
    public async Task Should_export_and_then_delete_all_of_the_users_data_only_when_confirmed()
    {
        var export = await Client(_owner).GetFromJsonAsync<JsonElement>("/api/v1/export?format=json");
        Assert.Equal(5, export.GetProperty("messages").GetArrayLength());
        var csv = await Client(_owner).GetStringAsync("/api/v1/export?format=csv");
        Assert.Contains("messages,", csv, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.BadRequest, (await Client(_owner).DeleteAsync($"/api/v1/data?confirm={_other}")).StatusCode);
        var report = await (await Client(_owner).DeleteAsync($"/api/v1/data?confirm={_owner}")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(5, report.GetProperty("graphRowsDeleted").GetProperty("messages").GetInt32());
        Assert.Equal(0, (await Client(_owner).GetFromJsonAsync<JsonElement>("/api/v1/conversations")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Should_publish_the_openapi_document()
    {
        var document = await _app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/v1/conversations", out _));
    }

    private HttpClient Client(string user)
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Bridge(user));
        return client;
    }
}
