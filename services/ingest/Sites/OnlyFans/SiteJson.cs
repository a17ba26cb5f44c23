using System.Globalization;
using System.Text.Json;

namespace Platform.Ingest.Sites.OnlyFans;

/// <summary>
/// Tolerant readers for the site's JSON: ids as numbers or strings (kept as decimal text, never a
/// double), money as numbers or "$25.00", flags as booleans or 0/1. A present but poisoned value throws
/// <see cref="InvalidEventException"/>; an absent one is null.
/// </summary>
public static class SiteJson
{
    private const int MaxIdLength = 64;

    /// <summary>A billion per amount: a sum of two billion of them still fits a decimal many times over.</summary>
    private const decimal MaxMoney = 1_000_000_000m;

    public static JsonElement? Prop(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value)
            && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
            ? value
            : null;

    /// <summary>A numeric site id (users, messages): digits only, any length.</summary>
    public static string? NumericId(JsonElement? value) => NumericIdText(RawId(value));

    /// <summary>A numeric id given as text (a URL segment, an object key).</summary>
    public static string? NumericIdText(string? text)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.Length > MaxIdLength || !text.All(char.IsAsciiDigit))
        {
            throw new InvalidEventException($"id '{Clip(text)}' is not a whole number");
        }

        return text.TrimStart('0') is { Length: > 0 } trimmed ? trimmed : "0";
    }

    /// <summary>An opaque id (transactions): any short printable ASCII text, or a whole number.</summary>
    public static string? OpaqueId(JsonElement? value)
    {
        var text = RawId(value);
        return text is null ? null
            : text.Length > MaxIdLength ? throw new InvalidEventException($"id '{Clip(text)}' is too long")
            : Printable(text, "id");
    }

    /// <summary>
    /// A code (a status, a currency, a media kind): printable ASCII. A NUL or a broken character in a key or
    /// a code is poison, not text to clean up: cleaned, two different codes could become one, and PostgreSQL
    /// refuses NUL in text.
    /// </summary>
    public static string? Code(JsonElement? value) => String(value) is { } text ? Printable(text, "code") : null;

    public static string RequiredNumericId(JsonElement obj, string name) =>
        NumericId(Prop(obj, name)) ?? throw new InvalidEventException($"'{name}' is missing");

    /// <summary>
    /// Money: a number or a string such as "$25.00" or "1,234.50". Negative amounts are poison, and so are
    /// amounts no fan pays: summed into a fan's or a creator's spend they would overflow a decimal downstream.
    /// </summary>
    public static decimal? Money(JsonElement? value)
    {
        if (value is not { } v)
        {
            return null;
        }

        decimal amount;
        if (v.ValueKind == JsonValueKind.Number)
        {
            if (!v.TryGetDecimal(out amount))
            {
                throw new InvalidEventException($"amount {Clip(v.GetRawText())} is out of range");
            }
        }
        else if (v.ValueKind == JsonValueKind.String)
        {
            var text = v.GetString()!.Trim().Replace("$", "", StringComparison.Ordinal).Replace("€", "", StringComparison.Ordinal)
                .Replace("£", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Replace("USD", "", StringComparison.OrdinalIgnoreCase).Trim();
            if (text.Length == 0)
            {
                return null;
            }

            if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out amount))
            {
                throw new InvalidEventException($"amount '{Clip(text)}' is not a number");
            }
        }
        else
        {
            throw new InvalidEventException($"amount of kind {v.ValueKind} is not money");
        }

        return amount < 0 ? throw new InvalidEventException($"amount {amount} is negative")
            : amount > MaxMoney ? throw new InvalidEventException($"amount {amount} is beyond {MaxMoney}")
            : amount;
    }

    public static bool? Bool(JsonElement? value) => value switch
    {
        null => null,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        { ValueKind: JsonValueKind.Number } v => v.TryGetDecimal(out var d) ? d != 0 : null,
        { ValueKind: JsonValueKind.String } v => bool.TryParse(v.GetString(), out var b) ? b : v.GetString() == "1",
        _ => null,
    };

    public static int? Int(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.Number } v when v.TryGetInt32(out var i) => i >= 0 ? i : 0,
        { ValueKind: JsonValueKind.String } v when int.TryParse(v.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var i) => i,
        _ => null,
    };

    /// <summary>ISO-8601 text, or unix seconds (or milliseconds) as a number.</summary>
    public static DateTimeOffset? Date(JsonElement? value)
    {
        switch (value)
        {
            case null:
                return null;
            case { ValueKind: JsonValueKind.String } v:
                return DateTimeOffset.TryParse(v.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                    ? parsed.ToUniversalTime()
                    : throw new InvalidEventException($"date '{Clip(v.GetString()!)}' is not a date");
            case { ValueKind: JsonValueKind.Number } v when v.TryGetInt64(out var epoch) && epoch is > 0 and < 100_000_000_000_000:
                return epoch > 100_000_000_000 ? DateTimeOffset.FromUnixTimeMilliseconds(epoch) : DateTimeOffset.FromUnixTimeSeconds(epoch);
            default:
                throw new InvalidEventException($"date of kind {value.Value.ValueKind} is not a date");
        }
    }

    public static string? String(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        { ValueKind: JsonValueKind.Number } v => v.GetRawText(),
        _ => null,
    };

    /// <summary>The items of a list response: <c>list</c> (or another named array), or a bare array.</summary>
    public static JsonElement.ArrayEnumerator? Items(JsonElement body, params string[] names)
    {
        if (body.ValueKind == JsonValueKind.Array)
        {
            return body.EnumerateArray();
        }

        foreach (var name in names)
        {
            if (Prop(body, name) is { ValueKind: JsonValueKind.Array } array)
            {
                return array.EnumerateArray();
            }
        }

        return null;
    }

    private static string? RawId(JsonElement? value) => value switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } v => v.GetRawText(),
        { ValueKind: JsonValueKind.String } v => v.GetString()!.Trim() is { Length: > 0 } s ? s : null,
        { } v => throw new InvalidEventException($"id of kind {v.ValueKind} is not an id"),
    };

    private static string Printable(string text, string what) =>
        text.All(c => c is >= ' ' and <= '~') ? text : throw new InvalidEventException($"{what} '{Clip(Escape(text))}' is not printable ASCII");

    // The problem text is stored and logged: the offending characters are shown, not embedded.
    private static string Escape(string text) =>
        string.Concat(text.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:x4}"));

    private static string Clip(string text) => text.Length > 40 ? text[..40] + "..." : text;
}
