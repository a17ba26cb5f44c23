using Platform.Contracts.Capture;
using Platform.Ingest.Sites;

namespace Platform.Ingest.Pipeline;

/// <summary>One captured event with its archive identity and what the parser made of it.</summary>
public sealed record ArchivedEvent(RawCapturedEvent Raw, byte[] ContentHash, string Payload, string Site, ParsedCapture Parsed);
