namespace Platform.Ingest.Sites.OnlyFans;

/// <summary>Section <c>Ingest:OnlyFans</c>.</summary>
public sealed class OnlyFansOptions
{
    public const string Section = "Ingest:OnlyFans";

    /// <summary>
    /// Host names the adapter accepts besides onlyfans.com (the local fake site in development and tests:
    /// <c>Ingest__OnlyFans__ExtraHosts__0=127.0.0.1</c>). Only the site's API and socket paths are taken from them.
    /// </summary>
    public List<string> ExtraHosts { get; set; } = [];
}
