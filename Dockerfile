# One image per deployable, chosen with build arguments (see docker-compose.yml):
#   PROJECT  = path of the .csproj to publish
#   ASSEMBLY = the published entry assembly
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
ARG PROJECT
RUN dotnet publish "$PROJECT" -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ARG ASSEMBLY
ENV ASSEMBLY=${ASSEMBLY} \
    Urls=http://0.0.0.0:8080
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "exec dotnet /app/$ASSEMBLY"]
