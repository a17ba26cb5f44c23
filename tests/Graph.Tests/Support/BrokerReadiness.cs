using System.Net.Http.Json;
using System.Text.Json;
using Platform.TestSupport;

namespace Platform.Graph.Tests.Support;

public static class BrokerReadiness
{
    /// <summary>Messages sent before the partition queues are bound would be dropped by the exchange: wait for the consumers.</summary>
    public static Task GraphConsumersAsync(RabbitMqFixture rabbit) =>
        Eventually.TrueAsync(async () =>
        {
            using var http = rabbit.ManagementClient();
            for (var p = 0; p < GraphAppFactory.Partitions; p++)
            {
                var response = await http.GetAsync($"api/queues/{rabbit.VirtualHost}/graph-p{p}");
                if (!response.IsSuccessStatusCode
                    || !(await response.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("consumers", out var consumers)
                    || consumers.GetInt32() < 1)
                {
                    return false;
                }
            }

            return true;
        }, TimeSpan.FromSeconds(60), "the graph's partition queues have consumers");
}
