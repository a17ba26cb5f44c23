using Npgsql;
using NpgsqlTypes;

namespace Platform.Graph.Storage;

internal static class ParameterExtensions
{
    /// <summary>Adds a named parameter; null becomes DBNull. Chainable, so a statement reads as one expression.</summary>
    public static NpgsqlParameterCollection With(this NpgsqlParameterCollection parameters, string name, object? value)
    {
        parameters.Add(new NpgsqlParameter(name, value ?? DBNull.Value));
        return parameters;
    }

    /// <summary>UTC instants as timestamptz[], explicit so an all-null array is not guessed as timestamp.</summary>
    public static NpgsqlParameterCollection WithTimes(this NpgsqlParameterCollection parameters, string name, DateTime?[] values)
    {
        parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { Value = values });
        return parameters;
    }
}
