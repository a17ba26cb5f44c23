namespace Platform.Bench.Infrastructure;

/// <summary>Where things are: the repository, the broker, the database, the Release build of the services.</summary>
public sealed record BenchEnvironment
{
    public required string Root { get; init; }

    public required Uri RabbitMq { get; init; }

    public required Uri RabbitMqManagement { get; init; }

    public required string PostgresUrl { get; init; }

    public required string LogDirectory { get; init; }

    public string SigningKey { get; } = "bench-signing-key-" + Guid.NewGuid().ToString("N");

    public static BenchEnvironment FromEnvironment(string root)
    {
        var rabbit = new Uri(Environment.GetEnvironmentVariable("RABBITMQ_URL") ?? "amqp://guest:guest@127.0.0.1:5672/");
        var logs = Path.Combine(root, ".platform", "bench");
        Directory.CreateDirectory(logs);
        return new BenchEnvironment
        {
            Root = root,
            RabbitMq = rabbit,
            RabbitMqManagement = new Uri(Environment.GetEnvironmentVariable("RABBITMQ_MANAGEMENT_URL") ?? $"http://{rabbit.Host}:15672/"),
            PostgresUrl = Environment.GetEnvironmentVariable("POSTGRES_URL") ?? "postgres://platform:platform@127.0.0.1:5432/platform",
            LogDirectory = logs,
        };
    }

    /// <summary>The Release build: under PLATFORM_ARTIFACTS when set, else next to each project.</summary>
    public string ServiceDll(string service, string assembly)
    {
        var artifacts = Environment.GetEnvironmentVariable("PLATFORM_ARTIFACTS");
        return string.IsNullOrEmpty(artifacts)
            ? Path.Combine(Root, "services", service, "bin", "Release", "net10.0", assembly + ".dll")
            : Path.Combine(artifacts, "bin", assembly, "release", assembly + ".dll");
    }
}
