using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json.Serialization;

namespace Platform.Contracts.Serialization;

/// <summary>The wire names of the contract enums, for error messages ("must be one of: in, out").</summary>
internal static class EnumValues
{
    private static readonly FrozenDictionary<string, string> _descriptions = typeof(EnumValues).Assembly
        .GetTypes()
        .Where(t => t.IsEnum && t.IsPublic)
        .ToFrozenDictionary(t => t.FullName!, t => "one of: " + string.Join(", ", WireNames(t)));

    public static string Describe(Type enumType) =>
        _descriptions.TryGetValue(enumType.FullName!, out var description) ? description : "a known value";

    private static IEnumerable<string> WireNames(Type enumType) =>
        enumType.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? f.Name);
}
