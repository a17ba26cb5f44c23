using Microsoft.Extensions.AI;

namespace Platform.Enrichment.Suggestions;

/// <summary>The built-in engine, and the remote model when one is configured.</summary>
internal sealed record ReplyGenerators(IChatClient BuiltIn, IChatClient? Remote, TimeSpan RemoteTimeout);
