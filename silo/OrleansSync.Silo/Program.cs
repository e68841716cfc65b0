using OrleansSync.Silo.Startup;

var builder = WebApplication.CreateBuilder(args);
builder.AddGridRuntime();

var app = builder.Build();
app.MapSiloHealth();
app.Run();
