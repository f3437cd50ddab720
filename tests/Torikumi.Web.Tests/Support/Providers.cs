using System.Reflection;
using Xunit.Sdk;

namespace Torikumi.Web.Tests.Support;

/// <summary>The database providers every storage test runs on.</summary>
public static class Providers
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";
}

/// <summary>Runs a theory once on SQLite and once on PostgreSQL (which fails, never skips, when not configured).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BothProvidersAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
        [[Providers.Sqlite], [Providers.Postgres]];
}
