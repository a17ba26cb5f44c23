namespace Platform.Ingest.Sites;

/// <summary>What the parser made of one captured event; stored with the archived event.</summary>
public enum ParseStatus
{
    /// <summary>Data extracted.</summary>
    Parsed,
    /// <summary>A known event that carries no data we keep (typing, online lists, acks).</summary>
    Ignored,
    /// <summary>A 4xx/5xx response: not data.</summary>
    ErrorStatus,
    /// <summary>The body was not JSON.</summary>
    NonJson,
    /// <summary>A JSON body of an endpoint we know, in a shape we do not.</summary>
    UnknownShape,
    /// <summary>A URL or frame no adapter knows.</summary>
    Unsupported,
    /// <summary>Known shape, but a value is poisoned (wrong type, negative amount): the whole event is skipped.</summary>
    Invalid,
}
