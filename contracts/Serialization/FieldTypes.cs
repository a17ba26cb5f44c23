using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;

namespace Platform.Contracts.Serialization;

/// <summary>Finds the CLR type a JSON path such as <c>payload.events[0].data.status</c> leads to, through the source-generated metadata.</summary>
internal static partial class FieldTypes
{
    public static Type? At(JsonTypeInfo root, string path)
    {
        Type? current = root.Type;
        foreach (var segment in path.Split('.'))
        {
            var name = Index().Replace(segment, "");
            var property = current is null ? null : WssJsonContext.Default.GetTypeInfo(current)?.Properties.FirstOrDefault(p => p.Name == name);
            current = property?.PropertyType;
            for (var i = 0; i < Index().Matches(segment).Count && current is not null; i++)
            {
                current = ElementOf(current);
            }

            if (current is null)
            {
                return null;
            }

            current = Nullable.GetUnderlyingType(current) ?? current;
        }

        return current;
    }

    public static Type? ElementOf(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();
}
