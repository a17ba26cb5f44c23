using System.Text.Json;
using Platform.Contracts.Serialization;
using Platform.Gateway.Tests.Support;

namespace Platform.Gateway.Tests.Schemas;

public sealed class Serving_the_schema(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task Should_list_every_outgoing_and_incoming_type()
    {
        using var http = fixture.Gateway.Http();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/schemas/wss");
        request.Headers.Add("Origin", "http://evil.example");
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var schema = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(schema);

        var outgoing = WssJsonContext.Default.OutgoingWssMessage.PolymorphismOptions!.DerivedTypes.Select(d => (string)d.TypeDiscriminator!).ToList();
        Assert.Equal(15, outgoing.Count);
        Assert.All(outgoing, type => Assert.Contains($"\"{type}\"", schema, StringComparison.Ordinal));
        Assert.All(IncomingMessageTypes.Names, type => Assert.Contains($"\"{type}\"", schema, StringComparison.Ordinal));
    }
}
