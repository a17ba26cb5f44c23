using Platform.Graph.Tests.Support;
using Platform.TestSupport;

namespace Platform.Graph.Tests.Api;

/// <summary>The dashboard's REST types are generated from the committed document: it must be what the service serves.</summary>
public sealed class OpenApiDocumentTests(RabbitMqFixture rabbit, PostgresFixture postgres)
    : IClassFixture<RabbitMqFixture>, IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task Should_serve_the_document_committed_for_the_dashboard()
    {
        await using var app = new GraphAppFactory(rabbit.Uri, postgres.Url);

        var served = await app.CreateClient().GetStringAsync("/openapi/v1.json");

        CommittedOpenApi.AssertCurrent("graph", served);
    }
}
