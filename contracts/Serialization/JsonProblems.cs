using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;

namespace Platform.Contracts.Serialization;

/// <summary>Turns System.Text.Json's exceptions into sentences that name the field and what it must be.</summary>
internal static partial class JsonProblems
{
    public static string NotJson(Exception e) =>
        e.Message.Contains("maximum configured depth", StringComparison.Ordinal)
            ? "the frame is nested too deeply (more than 64 levels)"
            : $"the frame is not valid JSON: {FirstSentence(e.Message)}";

    public static IReadOnlyList<string> FromException(Exception e, JsonTypeInfo root)
    {
        var path = FieldPath((e as JsonException)?.Path);
        var missing = MissingRequired().Match(e.Message);
        if (missing.Success)
        {
            var names = QuotedName().Matches(missing.Groups[1].Value).Select(m => m.Groups[1].Value);
            return [.. names.Select(n => $"field `{Join(path, n)}` is missing")];
        }

        if (ConvertedTo().IsMatch(e.Message) && path.Length > 0)
        {
            var expected = FieldTypes.At(root, path);
            return [$"field `{path}` must be {(expected is null ? "of the expected shape" : Expected(expected))}"];
        }

        if (e.Message.Contains("null", StringComparison.OrdinalIgnoreCase) && path.Length > 0)
        {
            return [$"field `{path}` must not be null"];
        }

        if (e.Message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            return ["the frame is nested too deeply (more than 64 levels)"];
        }

        return [path.Length > 0 ? $"field `{path}`: {FirstSentence(e.Message)}" : FirstSentence(e.Message)];
    }

    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    public static string Truncate(string value) => value.Length <= 64 ? value : string.Concat(value.AsSpan(0, 64), "…");

    private static string Expected(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            _ when type == typeof(string) => "a string",
            _ when type == typeof(int) || type == typeof(long) => "an integer",
            _ when type == typeof(decimal) || type == typeof(double) => "a number",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(DateTimeOffset) => "a date-time string (ISO 8601)",
            _ when type.IsEnum => EnumValues.Describe(type),
            _ when FieldTypes.ElementOf(type) is not null => "an array",
            _ => "an object",
        };
    }

    private static string FieldPath(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$")
        {
            return "";
        }

        var path = jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath.TrimStart('$');
        return BracketName().Replace(path, ".$1").TrimStart('.');
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var text = cut > 0 ? message[..cut] : message;
        var lineInfo = text.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (lineInfo > 0 ? text[..lineInfo] : text).Trim().TrimEnd('|').Trim();
    }

    [GeneratedRegex(@"missing required properties including: (.*)")]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex QuotedName();

    [GeneratedRegex(@"could not be converted to ")]
    private static partial Regex ConvertedTo();

    [GeneratedRegex(@"\['([^']+)'\]")]
    private static partial Regex BracketName();
}
