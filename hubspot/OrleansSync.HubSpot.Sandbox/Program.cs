using OrleansSync.HubSpot.Sandbox;

// The HubSpot sandbox on its own: dotnet run --project hubspot/OrleansSync.HubSpot.Sandbox
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddHubSpotSandbox(builder.Configuration);

var app = builder.Build();
app.MapHubSpotSandbox();
app.Run();
