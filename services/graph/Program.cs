using Platform.Graph.Api;
using Platform.Graph.Extensions;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGraphServices();
builder.AddGraphConsumers();
builder.AddPlatformAuthentication();
builder.AddPlatformOpenApi();

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();
app.MapDefaultEndpoints();
app.MapPlatformOpenApi();
app.MapGraphApi();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
