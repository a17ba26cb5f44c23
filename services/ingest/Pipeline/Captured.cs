namespace Platform.Ingest.Pipeline;

/// <summary>A row with the capture time of the event it came from (newer captures win).</summary>
public readonly record struct Captured<T>(T Row, DateTimeOffset CapturedAt);
