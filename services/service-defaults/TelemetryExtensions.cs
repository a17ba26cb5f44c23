using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Platform.ServiceDefaults;

/// <summary>OpenTelemetry traces and metrics, MassTransit's source included; exported over OTLP when an endpoint is configured.</summary>
public static class TelemetryExtensions
{
    /// <summary>The activity source and meter MassTransit 8 emits.</summary>
    public const string MassTransitSource = "MassTransit";

    /// <summary>The platform's own meter (counters such as rejected frames or unparsed events).</summary>
    public const string PlatformMeter = "Platform";

    public static IHostApplicationBuilder AddPlatformTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOpenTelemetry()
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(MassTransitSource, PlatformMeter))
            .WithTracing(t => t
                .AddSource(builder.Environment.ApplicationName, MassTransitSource)
                .AddAspNetCoreInstrumentation(o => o.Filter = c => !c.Request.Path.StartsWithSegments("/health") && !c.Request.Path.StartsWithSegments("/alive"))
                .AddHttpClientInstrumentation());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }
}
