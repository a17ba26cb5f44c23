using Platform.Ingest.Pipeline;
using static Platform.Ingest.Tests.Support.Captures;

namespace Platform.Ingest.Tests.Pipeline;

public sealed class CaptureBatchTests
{
    private static Platform.Contracts.Capture.RawCapturedEvent Transaction(string status, int minute) =>
        Fetch("/payouts/transactions", $$"""{"list":[{"id":"t1","amount":5,"status":"{{status}}","description":"Tip from A"}]}""", at: At.AddMinutes(minute));

    [Fact]
    public void Should_keep_the_newest_capture_of_a_transaction_whatever_the_arrival_order()
    {
        var events = new[] { Transaction("done", 2), Transaction("loading", 1) };
        var batch = CaptureBatch.From(events.Select(e => (Parse(e), e.Data.CapturedAt)));
        Assert.Equal("done", Assert.Single(batch.Transactions).Value.Row.Status);
    }

    [Fact]
    public void Should_merge_a_user_stub_with_a_full_user_without_losing_the_name()
    {
        var full = Fetch("/users/list", """{"1":{"id":1,"name":"Fan A"}}""");
        var stub = Fetch("/chats", """{"list":[{"withUser":{"id":1,"_view":"m"}}]}""", at: At.AddMinutes(1));
        var batch = CaptureBatch.From(new[] { full, stub }.Select(e => (Parse(e), e.Data.CapturedAt)));
        Assert.Equal("Fan A", batch.Fans["1"].Name);
    }

    [Fact]
    public void Should_dedupe_repeated_pages_by_message_id()
    {
        var page = Fixture("chat-page.json", "/chats/100000001/messages");
        var batch = CaptureBatch.From(new[] { page, page }.Select(e => (Parse(e), e.Data.CapturedAt)));
        var merged = CaptureBatch.MergeMessages(MessageAttributor.Resolve(null, batch.ParsedMessages, [], new Dictionary<string, Attribution>()).Resolved);
        Assert.Equal(3, merged.Count);
    }
}
