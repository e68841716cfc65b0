using System.Text;
using System.Text.Json;

namespace OrleansSync.Gateway.Tests.Infrastructure;

/// <summary>
/// A real sample unwrapped to the webhook body: the inner object's exact original bytes (whitespace and
/// escapes untouched), so the signature is over what the platform would have sent.
/// </summary>
public static class PlatformSample
{
    public static byte[] Unwrap(string relativePath, string envelope, int? index = null)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Fixtures.Path(relativePath)));
        var inner = document.RootElement.GetProperty(envelope);
        if (index is { } i)
        {
            inner = inner[i];
        }

        return Encoding.UTF8.GetBytes(inner.GetRawText());
    }
}
