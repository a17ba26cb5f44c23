using Platform.Gateway.Extensions;
using Platform.Gateway.Schemas;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPlatformAuthentication();
builder.AddGatewayMessaging();
builder.AddGatewaySockets();
builder.AddGatewayProxy();

var app = builder.Build();
app.UseGatewayOriginGuard();
app.UseWebSockets();
app.UseGatewaySocket();
app.UseAuthentication();
app.UseAuthorization();
app.MapDefaultEndpoints();
app.MapSchemaEndpoints();
app.MapReverseProxy();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
