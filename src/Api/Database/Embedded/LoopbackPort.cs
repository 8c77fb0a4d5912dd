using System.Net;
using System.Net.Sockets;

namespace FireMap.Api.Database.Embedded;

/// <summary>Picks the port the cluster listens on: the preferred one, or the next free one on 127.0.0.1.</summary>
internal static class LoopbackPort
{
    public static int ChooseFree(int preferred, ILogger logger)
    {
        for (var port = preferred; port < preferred + 50; port++)
        {
            if (IsFree(port))
            {
                if (port != preferred)
                {
                    logger.LogWarning("Port {Preferred} is in use; the embedded PostgreSQL uses port {Port}", preferred, port);
                }

                return port;
            }
        }

        throw new EmbeddedPostgresException($"Ports {preferred}–{preferred + 49} on 127.0.0.1 are all in use; set FireMap:Embedded:Port to a free port.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
