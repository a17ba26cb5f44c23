using Platform.Contracts.Messaging;

namespace Platform.Ingest.Sites.OnlyFans.Endpoints;

/// <summary>What a payout paid for, from the start of its (plain text) description.</summary>
public static class TransactionKinds
{
    private static readonly (string Prefix, TransactionKind Kind)[] _prefixes =
    [
        ("Tip from", TransactionKind.Tip),
        ("Payment for message from", TransactionKind.PaidMessage),
        ("Recurring subscription from", TransactionKind.Subscription),
        ("Subscription from", TransactionKind.Subscription),
        ("Post purchase by", TransactionKind.Post),
    ];

    public static TransactionKind FromDescription(string? description)
    {
        foreach (var (prefix, kind) in _prefixes)
        {
            if (description?.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) == true)
            {
                return kind;
            }
        }

        return TransactionKind.Other;
    }
}
