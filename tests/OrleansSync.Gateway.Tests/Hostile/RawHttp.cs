using System.Net.Sockets;
using System.Text;

namespace OrleansSync.Gateway.Tests.Hostile;

/// <summary>HTTP/1.1 by hand over a socket: what HttpClient will not send (a body that stops, a lying Content-Length).</summary>
internal static class RawHttp
{
    public sealed record Answer(int Status, string Head, string Body);

    /// <summary>Sends the head and <paramref name="sent"/> body bytes, keeps the connection open, and reads the answer.</summary>
    public static async Task<Answer> SendAsync(Uri server, string head, byte[] sent, TimeSpan readTimeout)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        var stream = client.GetStream();
        var writing = WriteAsync(stream, Encoding.ASCII.GetBytes(head.ReplaceLineEndings("\r\n") + "\r\n"), sent);
        using var timeout = new CancellationTokenSource(readTimeout);
        var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        try
        {
            while (!Complete(received.ToArray()))
            {
                var read = await stream.ReadAsync(buffer, timeout.Token);
                if (read == 0)
                {
                    break;
                }

                received.Write(buffer, 0, read);
            }
        }
        catch (IOException)
        {
            // The server may reset the connection after answering a body it will not read; the answer came first.
        }

        await writing;
        var text = Encoding.UTF8.GetString(received.ToArray());
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(split > 0, $"No HTTP answer arrived: '{text}'");
        var status = int.Parse(text.AsSpan(9, 3), provider: System.Globalization.CultureInfo.InvariantCulture);
        return new Answer(status, text[..split], text[(split + 4)..]);
    }

    private static async Task WriteAsync(NetworkStream stream, byte[] head, byte[] body)
    {
        try
        {
            await stream.WriteAsync(head);
            for (var offset = 0; offset < body.Length; offset += 64 * 1024)
            {
                await stream.WriteAsync(body.AsMemory(offset, Math.Min(64 * 1024, body.Length - offset)));
            }
        }
        catch (IOException)
        {
            // Refused bodies are not read to the end.
        }
    }

    // The answers here are small problem-details bodies with a Content-Length or chunked framing.
    private static bool Complete(byte[] received)
    {
        var text = Encoding.UTF8.GetString(received);
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (split < 0)
        {
            return false;
        }

        var head = text[..split];
        var length = head.Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        return length is not null
            ? Encoding.UTF8.GetByteCount(text[(split + 4)..]) >= int.Parse(length["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture)
            : text.EndsWith("0\r\n\r\n", StringComparison.Ordinal);
    }
}
