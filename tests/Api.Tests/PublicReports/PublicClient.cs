using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace FireMap.Api.Tests.PublicReports;

/// <summary>
/// An anonymous client whose connections come from their own loopback address (Linux routes all of
/// 127.0.0.0/8 to the loopback), so that each test has a rate-limit partition of its own, as a
/// different machine would.
/// </summary>
internal static class PublicClient
{
    private static int _next = Random.Shared.Next(1, 200);

    public static HttpClient Create(string baseUrl)
    {
        var n = Interlocked.Increment(ref _next);
        var source = IPAddress.Parse(string.Create(CultureInfo.InvariantCulture, $"127.0.{(n / 250) % 250 + 1}.{n % 250 + 2}"));
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(source, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        var client = new HttpClient(handler) { BaseAddress = new Uri(baseUrl) };
        client.DefaultRequestHeaders.Add("X-FireMap-Request", "1");
        return client;
    }

    public static MultipartFormDataContent Form(string description, double lon, double lat, byte[]? photo = null)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(description), "description" },
            { new StringContent(lon.ToString("R", CultureInfo.InvariantCulture)), "lon" },
            { new StringContent(lat.ToString("R", CultureInfo.InvariantCulture)), "lat" },
        };
        if (photo is not null)
        {
            form.Add(new ByteArrayContent(photo), "photo", "photo.jpg");
        }

        return form;
    }
}
