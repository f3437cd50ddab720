using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Torikumi.Web.Features.Api;

/// <summary>
/// Problem JSON of the write APIs (progress, public comment), in both languages: <c>detail</c> is "日本語 / English",
/// and a refused input lists each field's messages (<c>errors</c> as ASP.NET validation problems have them, and
/// <c>messages</c> with the two languages apart).
/// </summary>
public static class BilingualProblems
{
    public static ProblemDetails Details(int status, string title, string japanese, string english) =>
        new() { Status = status, Title = title, Detail = $"{japanese} / {english}" };

    /// <summary>400 with every refused field, e.g. <c>Invalid("Invalid opinion", errors.Select(e =&gt; (e.Field, e.Japanese, e.English)))</c>.</summary>
    public static ProblemHttpResult Invalid(string title, IEnumerable<(string Field, string Japanese, string English)> errors)
    {
        var list = errors.ToList();
        var problem = new HttpValidationProblemDetails(list.GroupBy(e => e.Field)
            .ToDictionary(g => g.Key, g => g.Select(e => $"{e.Japanese} / {e.English}").ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = title,
            Detail = "入力内容を確認してください。 / Some of the input is not valid.",
        };
        problem.Extensions["messages"] = Messages(list);
        return TypedResults.Problem(problem);
    }

    /// <summary>The <c>messages</c> extension: one entry per message, the languages apart.</summary>
    public static object Messages(IEnumerable<(string Field, string Japanese, string English)> errors) =>
        errors.Select(e => new { field = e.Field, japanese = e.Japanese, english = e.English }).ToList();
}
