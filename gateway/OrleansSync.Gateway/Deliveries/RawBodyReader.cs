using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace OrleansSync.Gateway.Deliveries;

/// <summary>Reads a request body into memory up to a limit, without trusting Content-Length alone.</summary>
public static class RawBodyReader
{
    public static async Task<RawBody> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            // Keep the first bytes for the operator; do not pull megabytes we are refusing.
            return new RawBody(await ReadUpToAsync(request.Body, Math.Min(maxBytes, 64 * 1024), cancellationToken), TooLarge: true);
        }

        var bytes = await ReadUpToAsync(request.Body, maxBytes + 1, cancellationToken);
        return bytes.Length > maxBytes ? new RawBody(bytes[..maxBytes], TooLarge: true) : new RawBody(bytes, TooLarge: false);
    }

    private static async Task<byte[]> ReadUpToAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(limit, 16 * 1024));
        try
        {
            var total = 0;
            while (total < limit)
            {
                if (total == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(limit, buffer.Length * 2));
                    buffer.AsSpan(0, total).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await body.ReadAsync(buffer.AsMemory(total, Math.Min(buffer.Length, limit) - total), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                total += read;
            }

            return buffer.AsSpan(0, total).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
