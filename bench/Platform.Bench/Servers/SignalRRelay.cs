using Microsoft.AspNetCore.SignalR;

namespace Platform.Bench.Servers;

/// <summary>The SignalR peer: the same relay as a hub (a group per user's bridges), default JSON protocol.</summary>
public static class SignalRRelay
{
    public static WebApplication Build(WebApplicationBuilder builder)
    {
        builder.Services.AddSignalR();
        var app = builder.Build();
        app.MapHub<RelayHub>("/relay");
        return app;
    }
}

public sealed class RelayHub : Hub
{
    public override async Task OnConnectedAsync()
    {
        if (Context.GetHttpContext()?.Request.Query["role"].ToString() == "bridge")
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, Bridges());
        }
    }

    public Task Relay(long seq, string padding) => Clients.Group(Bridges()).SendAsync("m", seq, padding);

    private string Bridges() => "bridge:" + Context.GetHttpContext()?.Request.Query["user"];
}
