using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Platform.Enrichment.Tests.Support;

/// <summary>
/// A local OpenAI-compatible server (Kestrel on 127.0.0.1, a free port) answering <c>POST /v1/chat/completions</c>
/// with <c>stream: true</c> as server-sent events. <see cref="Mode"/>: answer, fail with 500, or never answer.
/// </summary>
public sealed class ChatCompletionsStub : IAsyncDisposable
{
    public enum Behaviour { Stream, Fail, Hang }

    private WebApplication _app = null!;

    public Behaviour Mode { get; set; } = Behaviour.Stream;
    public IReadOnlyList<string> Chunks { get; set; } = ["Hey ", "there, ", "thanks ", "for ", "writing!"];
    public int Requests { get; private set; }
    public string? LastRequestBody { get; private set; }
    public string BaseUrl { get; private set; } = "";

    public static async Task<ChatCompletionsStub> StartAsync()
    {
        var stub = new ChatCompletionsStub();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        stub._app = builder.Build();
        stub._app.MapPost("/v1/chat/completions", stub.HandleAsync);
        await stub._app.StartAsync();
        var address = stub._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        stub.BaseUrl = address + "/v1";
        return stub;
    }

    private async Task HandleAsync(HttpContext http)
    {
        Requests++;
        LastRequestBody = await new StreamReader(http.Request.Body).ReadToEndAsync();
        switch (Mode)
        {
            case Behaviour.Fail:
                http.Response.StatusCode = 500;
                await http.Response.WriteAsJsonAsync(new { error = new { message = "stub failure", type = "server_error" } });
                return;
            case Behaviour.Hang:
                // Headers sent, then nothing: the slow model the timeout must cut off.
                http.Response.ContentType = "text/event-stream";
                await http.Response.Body.FlushAsync();
                await Task.Delay(Timeout.Infinite, http.RequestAborted).ContinueWith(_ => { });
                return;
        }

        http.Response.ContentType = "text/event-stream";
        for (var i = 0; i < Chunks.Count; i++)
        {
            await WriteEventAsync(http, Chunk(i == 0 ? new { role = "assistant", content = Chunks[i] } : new { content = Chunks[i] }, null));
        }

        await WriteEventAsync(http, Chunk(new { }, "stop"));
        await http.Response.WriteAsync("data: [DONE]\n\n");
    }

    private static object Chunk(object delta, string? finishReason) => new
    {
        id = "chatcmpl-stub",
        @object = "chat.completion.chunk",
        created = 1_700_000_000,
        model = "stub-model",
        choices = new[] { new { index = 0, delta, finish_reason = finishReason } },
    };

    private static async Task WriteEventAsync(HttpContext http, object chunk)
    {
        await http.Response.WriteAsync("data: " + JsonSerializer.Serialize(chunk) + "\n\n");
        await http.Response.Body.FlushAsync();
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
