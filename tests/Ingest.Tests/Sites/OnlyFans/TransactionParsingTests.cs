using Platform.Contracts.Messaging;
using Platform.Ingest.Sites;
using Platform.Ingest.Sites.OnlyFans.Endpoints;
using static Platform.Ingest.Tests.Support.Captures;

namespace Platform.Ingest.Tests.Sites.OnlyFans;

public sealed class TransactionParsingTests
{
    private static IReadOnlyList<NormalizedTransaction> All() => Parse(Fixture("transactions.json", "/payouts/transactions?limit=100")).Transactions;

    [Fact]
    public void Should_read_every_transaction_with_gross_fee_net_and_fan()
    {
        var tip = All()[0];
        Assert.Equal(("a1b2c3d4e5", 50m, 10m, 40m, "100000001", "done"), (tip.TransactionId, tip.Amount, tip.Fee, tip.Net, tip.FanId, tip.Status));
    }

    [Theory]
    [InlineData(0, TransactionKind.Tip)]
    [InlineData(1, TransactionKind.PaidMessage)]
    [InlineData(2, TransactionKind.Subscription)]
    [InlineData(3, TransactionKind.Subscription)]
    [InlineData(4, TransactionKind.Post)]
    public void Should_take_the_kind_from_the_description(int index, TransactionKind kind)
    {
        Assert.Equal(kind, All()[index].Kind);
    }

    [Fact]
    public void Should_classify_an_unknown_description_as_other()
    {
        Assert.Equal(TransactionKind.Other, TransactionKinds.FromDescription("Referral payout"));
    }

    [Fact]
    public void Should_read_money_strings_in_transactions()
    {
        var paid = All()[1];
        Assert.Equal((15m, 3m, 12m, "loading"), (paid.Amount, paid.Fee, paid.Net, paid.Status));
    }

    [Fact]
    public void Should_compute_net_when_absent_and_keep_numeric_ids_as_text()
    {
        var subscription = All()[2];
        Assert.Equal(("9000000000000001", 7.99m), (subscription.TransactionId, subscription.Net));
    }

    [Fact]
    public void Should_store_the_description_as_plain_text()
    {
        Assert.Equal("Tip from Fan A", All()[0].Description);
    }

    [Fact]
    public void Should_reject_a_negative_amount_as_poison_without_partial_data()
    {
        var parsed = Parse(Fetch("/payouts/transactions", """{"list":[{"id":"ok","amount":5,"status":"done","description":"Tip from A"},{"id":"bad","amount":-50,"status":"done","description":"Tip from B"}]}"""));
        Assert.Equal(ParseStatus.Invalid, parsed.Status);
        Assert.Empty(parsed.Transactions);
        Assert.Contains("negative", parsed.Problem);
    }

    [Fact]
    public void Should_read_a_status_change_as_the_same_transaction_id()
    {
        var loading = Parse(Fetch("/payouts/transactions", """{"list":[{"id":"t1","amount":5,"status":"loading","description":"Tip from A"}]}""")).Transactions[0];
        var done = Parse(Fetch("/payouts/transactions", """{"list":[{"id":"t1","amount":5,"status":"done","description":"Tip from A"}]}""")).Transactions[0];
        Assert.Equal(loading.TransactionId, done.TransactionId);
        Assert.Equal(("loading", "done"), (loading.Status, done.Status));
    }
}
