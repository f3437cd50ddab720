using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Torikumi.Web.Portal;

/// <summary>
/// Behind a reverse proxy (nginx, a load balancer) every request comes from the proxy's address, so the public comment
/// rate limit would count all residents as one. The proxy's <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are
/// believed only from a trusted proxy: loopback always (a proxy on the same machine), and the addresses and networks
/// listed under <c>ReverseProxy:KnownProxies</c> / <c>ReverseProxy:KnownNetworks</c> (docs/comments.md, "Behind a reverse proxy"). From anyone
/// else the headers are ignored, so a resident cannot pretend to be many clients.
/// </summary>
public static class ReverseProxy
{
    public const string Section = "ReverseProxy";

    /// <summary>Reads the settings when the app starts; a malformed address stops the start, naming the setting.</summary>
    public static IServiceCollection AddReverseProxy(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((o, configuration) =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The defaults trust loopback only (127.0.0.0/8 and ::1); the configured proxies are added to them.
            foreach (var proxy in Read<IPAddress>(configuration, "KnownProxies", (string s, out IPAddress a) => IPAddress.TryParse(s, out a!),
                "an IP address such as 10.0.0.5"))
                o.KnownProxies.Add(proxy);
            foreach (var network in Read<System.Net.IPNetwork>(configuration, "KnownNetworks", System.Net.IPNetwork.TryParse,
                "a network such as 10.0.0.0/24"))
                o.KnownIPNetworks.Add(network);
        }).ValidateOnStart();
        return services;
    }

    delegate bool Parser<T>(string text, out T value);

    static List<T> Read<T>(IConfiguration configuration, string key, Parser<T> parse, string example)
    {
        var found = new List<T>();
        foreach (var child in configuration.GetSection($"{Section}:{key}").GetChildren())
        {
            if (string.IsNullOrWhiteSpace(child.Value))
                continue;
            if (!parse(child.Value.Trim(), out var value))
                throw new InvalidOperationException(
                    $"{Section}:{key}:{child.Key} is \"{child.Value}\", which is not {example}. Correct it in appsettings.json or the environment ({Section}__{key}__{child.Key}).");
            found.Add(value);
        }
        return found;
    }
}
