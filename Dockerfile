# syntax=docker/dockerfile:1
# One image per deployable, chosen with build arguments (docker-compose.yml sets them):
#   PROJECT  = the .csproj to publish: silo/OrleansSync.Silo/OrleansSync.Silo.csproj,
#              gateway/OrleansSync.Gateway/OrleansSync.Gateway.csproj or
#              hubspot/OrleansSync.HubSpot.Sandbox/OrleansSync.HubSpot.Sandbox.csproj
#   ASSEMBLY = its entry assembly: OrleansSync.Silo.dll, OrleansSync.Gateway.dll or OrleansSync.HubSpot.Sandbox.dll
# Every image listens on 8080 and has `healthcheck [path]` (GET 127.0.0.1:8080<path>, healthy on 200; default /health/ready).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
ARG PROJECT
RUN test -n "$PROJECT" || { echo "build argument PROJECT is required (see the top of the Dockerfile)"; exit 1; }
RUN --mount=type=cache,id=orleanssync-nuget,target=/root/.nuget/packages \
    dotnet publish "$PROJECT" -c Release -o /app -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
COPY --chmod=755 scripts/healthcheck.sh /usr/local/bin/healthcheck
ARG ASSEMBLY
# Urls replaces the image's ASPNETCORE_HTTP_PORTS (cleared, else Kestrel warns that one overrides the other) and the silo's
# appsettings default (127.0.0.1:5080).
ENV ASSEMBLY=${ASSEMBLY} \
    Urls=http://+:8080 \
    ASPNETCORE_HTTP_PORTS=
USER $APP_UID
EXPOSE 8080
HEALTHCHECK --interval=5s --timeout=3s --start-period=60s --retries=5 CMD ["healthcheck", "/health/ready"]
ENTRYPOINT ["sh", "-c", "exec dotnet /app/$ASSEMBLY"]
