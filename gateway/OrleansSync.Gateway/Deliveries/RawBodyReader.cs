using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace OrleansSync.Gateway.Deliveries;

/// <summary>
/// Reads a request body into memory up to a limit and within a time, without trusting Content-Length alone. A body that
/// is too slow, cut off or too large for the server never throws: it comes back marked, with the bytes that did arrive.
/// </summary>
public static class RawBodyReader
{
    /// <summary>At most this much of a refused body is kept for the operator.</summary>
    public const int KeptPrefixBytes = 64 * 1024;

    private const string ItemKey = "OrleansSync.RawBody";

    public static async Task<RawBody> ReadAsync(HttpRequest request, int maxBytes, TimeSpan timeout, CancellationToken cancellationToken)
    {
        // The gateway bounds the body itself; Kestrel's own 30 MB limit would otherwise throw on the first read of a
        // larger declared body, before the gateway could keep anything.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = null;
        }

        var declaredTooLarge = request.ContentLength > maxBytes;
        var limitBytes = declaredTooLarge ? Math.Min(maxBytes, KeptPrefixBytes) : maxBytes + 1;
        var buffer = new Buffer(Math.Min(limitBytes, 16 * 1024));
        RawBody body;
        try
        {
            var complete = await buffer.FillAsync(request.BodyReader, limitBytes, timeout, cancellationToken);
            var bytes = buffer.ToArray();
            body = !complete ? new RawBody(bytes, false, new BodyFailure(
                    StatusCodes.Status408RequestTimeout, "Body too slow", $"The body did not arrive within {timeout.TotalSeconds:0.###} s ({bytes.Length} bytes arrived)."))
                : declaredTooLarge ? new RawBody(bytes, TooLarge: true)
                : bytes.Length > maxBytes ? new RawBody(bytes[..maxBytes], TooLarge: true)
                : new RawBody(bytes, TooLarge: false);
        }
        catch (BadHttpRequestException error)
        {
            // Kestrel: minimum data rate not met (408), body larger than the server allows (413), cut-off or bad framing (400).
            body = new RawBody(buffer.ToArray(), false, new BodyFailure(
                error.StatusCode, error.StatusCode == StatusCodes.Status408RequestTimeout ? "Body too slow" : "Body incomplete",
                $"The body could not be read: {error.Message} ({buffer.Length} bytes arrived)."));
        }
        catch (IOException error) when (!cancellationToken.IsCancellationRequested)
        {
            body = new RawBody(buffer.ToArray(), false, new BodyFailure(
                StatusCodes.Status400BadRequest, "Body incomplete", $"The body could not be read: {error.Message} ({buffer.Length} bytes arrived)."));
        }
        finally
        {
            buffer.Dispose();
        }

        request.HttpContext.Items[ItemKey] = body;
        return body;
    }

    /// <summary>The body this request's handler read, if it got that far (for the last-resort error handling).</summary>
    public static RawBody? ReadSoFar(HttpContext context) => context.Items.TryGetValue(ItemKey, out var body) ? body as RawBody : null;

    private sealed class Buffer(int initial) : IDisposable
    {
        private byte[] _bytes = ArrayPool<byte>.Shared.Rent(initial);

        public int Length { get; private set; }

        /// <summary>
        /// Reads until the body ends or <paramref name="limit"/> bytes; false when <paramref name="timeout"/> passed first.
        /// The deadline cancels the pending read rather than the read's token, so the reader stays consistent and
        /// Kestrel can still answer on (and close) the connection.
        /// </summary>
        public async Task<bool> FillAsync(PipeReader reader, int limit, TimeSpan timeout, CancellationToken cancellationToken)
        {
            using var deadline = new CancellationTokenSource(timeout);
            using var onDeadline = deadline.Token.Register(reader.CancelPendingRead);
            while (Length < limit)
            {
                var result = await reader.ReadAsync(cancellationToken);
                var taken = result.Buffer.Slice(0, Math.Min(result.Buffer.Length, limit - Length));
                Append(taken);
                reader.AdvanceTo(taken.End);
                if (result.IsCanceled)
                {
                    return false;
                }

                if (result.IsCompleted && taken.Length == result.Buffer.Length)
                {
                    return true;
                }
            }

            return true;
        }

        private void Append(ReadOnlySequence<byte> bytes)
        {
            if (Length + bytes.Length > _bytes.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent((int)Math.Max(_bytes.Length * 2L, Length + bytes.Length));
                _bytes.AsSpan(0, Length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(_bytes);
                _bytes = larger;
            }

            bytes.CopyTo(_bytes.AsSpan(Length));
            Length += (int)bytes.Length;
        }

        public byte[] ToArray() => _bytes.AsSpan(0, Length).ToArray();

        public void Dispose()
        {
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = [];
        }
    }
}
