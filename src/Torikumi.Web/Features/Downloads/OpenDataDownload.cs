using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using Torikumi.Core.Export;
using Torikumi.Web.Features.Plans;

namespace Torikumi.Web.Features.Downloads;

/// <summary>
/// What every open-data file endpoint shares (the plan's downloads and the progress downloads): the <c>?header=</c>
/// choice of a CSV, the documented error answers, the clock for a workbook's download date, and the attachment with
/// an ASCII file name and the Japanese one (RFC 6266) browsers save it under.
/// </summary>
public static class OpenDataDownload
{
    public const string JsonType = "application/json; charset=utf-8";
    public const string CsvHeaderHelp = "Header row: ja (Japanese headers, the default) or en (the stable English column names).";

    /// <summary>Every file route may answer 304 to a matching If-None-Match, 400 to a malformed parameter, 404 to an unknown plan.</summary>
    public static RouteHandlerBuilder ProducesDownloadErrors(this RouteHandlerBuilder route) => route
        .Produces(StatusCodes.Status304NotModified)
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>The CSV header row <c>?header=</c> asks for, or the 400 problem naming the choices.</summary>
    public static bool TryCsvHeader(string? header, out CsvHeader value, out IResult problem)
    {
        CsvHeader? chosen = header switch { null or "ja" => CsvHeader.Japanese, "en" => CsvHeader.English, _ => null };
        value = chosen ?? CsvHeader.Japanese;
        problem = chosen is null ? Paging.Invalid("header", header, "ja (Japanese column headers) or en (English column names)") : TypedResults.Empty;
        return chosen is not null;
    }

    /// <summary>Now, by the app's clock (tests set one): when a workbook says it was downloaded.</summary>
    public static DateTimeOffset Now(HttpContext http) =>
        (http.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();

    public static string Invariant(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>An ETag for what a changing part of a file is made of (published progress): a hash of its JSON.</summary>
    public static string Fingerprint(IReadOnlyList<ProgressRow> progress) =>
        ConditionalGet.ForBytes(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(progress, PlanJson.Options));

    /// <summary>The bytes as an attachment: <c>attachment; filename=ASCII; filename*=UTF-8''日本語</c>.</summary>
    public static IResult Attachment(HttpContext http, byte[] bytes, string contentType, string asciiName, string japaneseName, string extension)
    {
        http.Response.Headers.ContentDisposition = ContentDisposition(asciiName, japaneseName, extension);
        return TypedResults.Bytes(bytes, contentType);
    }

    public static string ContentDisposition(string asciiName, string japaneseName, string extension) =>
        new ContentDispositionHeaderValue("attachment")
        {
            FileName = $"{asciiName}.{extension}",
            FileNameStar = $"{SafeFileName(japaneseName)}.{extension}",
        }.ToString();

    /// <summary>Drops what Windows, macOS or a shell cannot have in a file name; keeps it short enough for every file system.</summary>
    public static string SafeFileName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.Trim('_', ' '))
            sb.Append(char.IsControl(c) || c is '\\' or '/' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : c);
        var safe = sb.ToString();
        if (safe.Length <= 100)
            return safe;
        return char.IsHighSurrogate(safe[99]) ? safe[..99] : safe[..100];
    }
}
