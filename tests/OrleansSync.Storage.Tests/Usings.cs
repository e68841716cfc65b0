global using Orleans;
global using OrleansSync.Testing;
