using Platform.Contracts.Messaging;
using Platform.Contracts.Model;

namespace Platform.Graph.Projection;

/// <summary>Spend per fan and revenue per day, derived from the <c>done</c> transactions (added to as new ones arrive, rebuilt when one changes).</summary>
internal sealed class SpendBook
{
    private static readonly Spend _noSpend = new();

    public Dictionary<string, Spend> ByFan { get; } = new(StringComparer.Ordinal);
    public SortedDictionary<DateOnly, RevenueDay> PerDay { get; } = [];
    public Spend Totals { get; private set; } = _noSpend;
    public int Counted { get; private set; }

    public Spend Of(string fanId) => ByFan.GetValueOrDefault(fanId, _noSpend);

    public static SpendBook From(IEnumerable<TransactionRow> transactions)
    {
        var book = new SpendBook();
        foreach (var t in transactions)
        {
            book.Add(t);
        }

        return book;
    }

    /// <summary>Counts one more transaction (ignored unless <c>done</c>); a changed one needs a rebuild instead.</summary>
    public void Add(TransactionRow t)
    {
        if (!t.Counts)
        {
            return;
        }

        Counted++;
        Totals = Add(Totals, t);
        if (t.FanId is not null)
        {
            ByFan[t.FanId] = Add(ByFan.GetValueOrDefault(t.FanId, _noSpend), t);
        }

        var day = DateOnly.FromDateTime(t.CreatedAt.UtcDateTime);
        PerDay[day] = AddDay(PerDay.GetValueOrDefault(day) ?? new RevenueDay { Date = day.ToString("yyyy-MM-dd") }, t);
    }

    private static Spend Add(Spend s, TransactionRow t) => t.Kind switch
    {
        TransactionKind.Tip => s with { Tips = s.Tips + t.Amount, Total = s.Total + t.Amount, Currency = t.Currency },
        TransactionKind.PaidMessage => s with { PaidMessages = s.PaidMessages + t.Amount, Total = s.Total + t.Amount, Currency = t.Currency },
        TransactionKind.Subscription => s with { Subscriptions = s.Subscriptions + t.Amount, Total = s.Total + t.Amount, Currency = t.Currency },
        _ => s with { Other = s.Other + t.Amount, Total = s.Total + t.Amount, Currency = t.Currency },
    };

    private static RevenueDay AddDay(RevenueDay d, TransactionRow t) => t.Kind switch
    {
        TransactionKind.Tip => d with { Tips = d.Tips + t.Amount, Total = d.Total + t.Amount },
        TransactionKind.PaidMessage => d with { PaidMessages = d.PaidMessages + t.Amount, Total = d.Total + t.Amount },
        TransactionKind.Subscription => d with { Subscriptions = d.Subscriptions + t.Amount, Total = d.Total + t.Amount },
        _ => d with { Other = d.Other + t.Amount, Total = d.Total + t.Amount },
    };
}
