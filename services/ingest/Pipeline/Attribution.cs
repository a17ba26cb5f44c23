using Platform.Contracts.Model;

namespace Platform.Ingest.Pipeline;

/// <summary>Which chat a message belongs to, and who wrote it.</summary>
public readonly record struct Attribution(string ChatId, MessageDirection Direction);
