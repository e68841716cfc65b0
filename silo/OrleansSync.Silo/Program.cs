using OrleansSync.Silo.Startup;

var builder = WebApplication.CreateBuilder(args);
builder.AddGridRuntime();
builder.AddHubSpotConnection();

var app = builder.Build();
app.MapSiloHealth();
app.Run();
