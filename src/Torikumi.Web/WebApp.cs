namespace Torikumi.Web;

/// <summary>Builds the web application. The public portal arrives with its own issue.</summary>
public static class WebApp
{
}
