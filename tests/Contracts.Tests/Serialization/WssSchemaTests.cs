using System.Text.Json.Nodes;
using Platform.Contracts.Serialization;
using Platform.TestSupport;

namespace Platform.Contracts.Tests.Serialization;

public class WssSchemaTests
{
    [Fact]
    public void Should_list_every_outgoing_and_incoming_type_in_the_schema()
    {
        var schema = WssSchema.Build();

        Assert.Equal(Discriminators(schema["outgoing"]!), OutgoingNames().Order());
        Assert.Equal(Discriminators(schema["incoming"]!), IncomingMessageTypes.Names.Order());
    }

    [Fact]
    public void Should_match_the_committed_schema_so_generated_types_are_current()
    {
        var committed = File.ReadAllText(Repository.PathOf("contracts", "schema", "wss.schema.json"));

        Assert.True(committed == WssSchema.BuildJson(),
            "contracts/schema/wss.schema.json is stale: a contract changed. Run `./platform gen` and commit the schema and the generated TypeScript.");
    }

    [Fact]
    public void Should_require_the_discriminator_of_every_union_member()
    {
        var defs = WssSchema.Build()["outgoing"]!["$defs"]!.AsObject();

        foreach (var name in OutgoingNames())
        {
            var member = defs.Single(d => d.Value!["properties"]?["type"]?["const"]?.GetValue<string>() == name).Value!;
            Assert.Contains("type", member["required"]!.AsArray().Select(r => r!.GetValue<string>()));
        }
    }

    private static IEnumerable<string> OutgoingNames() =>
        WssJsonContext.Default.OutgoingWssMessage.PolymorphismOptions!.DerivedTypes.Select(d => (string)d.TypeDiscriminator!);

    private static IOrderedEnumerable<string> Discriminators(JsonNode union)
    {
        var defs = union["$defs"]!.AsObject();
        return union["anyOf"]!.AsArray()
            .Select(r => r!["$ref"]!.GetValue<string>().Split('/').Last())
            .Select(name => defs[name]!["properties"]!["type"]!["const"]!.GetValue<string>())
            .Order();
    }
}
