using OrleansSync.Gateway;
using OrleansSync.Grains.Hosting;
using OrleansSync.Silo.Startup;

// The main job: a silo, plus (unless Silo:HostGateway=false) the gateway in the same process.
var builder = WebApplication.CreateBuilder(args);
var hostGateway = builder.Configuration.GetValue("Silo:HostGateway", true);
builder.AddGridRuntime();
builder.AddHubSpotConnection();
builder.Services.AddOrleansSyncDomain(builder.Configuration);
if (hostGateway)
{
    builder.AddDemoDefaults(HubSpotConnectionExtensions.SandboxPortalId);
    builder.Services.AddGateway(builder.Configuration);
}

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapSiloHealth();
if (hostGateway)
{
    app.MapGateway();
}

app.Run();
