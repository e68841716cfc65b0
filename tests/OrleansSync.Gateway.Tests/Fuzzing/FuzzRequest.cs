using System.Net.Http.Headers;
using System.Text;

namespace OrleansSync.Gateway.Tests.Fuzzing;

/// <summary>One generated request, described well enough to reproduce it from the failure message.</summary>
internal sealed record FuzzRequest(string Description, string Method, string Path, string? ContentType, byte[] Body, IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    /// <summary>True when the request is correctly signed and addressed, so a refusal can only be about the body.</summary>
    public bool Authentic { get; init; }

    public HttpRequestMessage ToHttp()
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), Path);
        if (Method != "GET" || Body.Length > 0)
        {
            request.Content = new ByteArrayContent(Body);
            request.Content.Headers.ContentType = ContentType is null ? null : MediaTypeHeaderValue.Parse(ContentType);
        }

        foreach (var (name, value) in Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    public override string ToString()
    {
        var text = Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 400));
        return $"{Description}: {Method} {Path} ({ContentType}, {Body.Length} bytes) {text}";
    }
}
