using Torikumi.Data;

namespace Torikumi.Web.Tests.Storage;

/// <summary>The database setting: sqlite:PATH or postgres:CONNECTION, from --db, TORIKUMI_DB or the default.</summary>
public sealed class DatabaseConfigTests
{
    [Fact]
    public void sqlite_setting_gives_an_absolute_path()
    {
        var config = DatabaseConfig.Parse("sqlite:./data/test.db");

        Assert.Equal(DatabaseProvider.Sqlite, config.Provider);
        Assert.Equal(Path.GetFullPath("./data/test.db"), config.SqlitePath);
        Assert.Contains(config.SqlitePath!, config.ConnectionString);
        Assert.Equal("sqlite:" + config.SqlitePath, config.Display);
    }

    [Theory]
    [InlineData("postgres:Host=db.example;Database=torikumi;Username=app")]
    [InlineData("postgresql:Host=db.example;Database=torikumi;Username=app")]
    [InlineData("  Postgres: Host=db.example;Database=torikumi;Username=app ")]
    public void postgres_setting_gives_an_npgsql_connection_string(string setting)
    {
        var config = DatabaseConfig.Parse(setting);

        Assert.Equal(DatabaseProvider.Postgres, config.Provider);
        Assert.Null(config.SqlitePath);
        Assert.Contains("Host=db.example", config.ConnectionString);
        Assert.Contains("Database=torikumi", config.ConnectionString);
    }

    [Fact]
    public void passwords_never_show_in_display_or_errors()
    {
        var config = DatabaseConfig.Parse("postgres:Host=h;Username=u;Password=s3cret");
        var error = Assert.Throws<DatabaseConfigException>(() => DatabaseConfig.Parse("postgres:Username=u;Password=s3cret"));

        Assert.Contains("s3cret", config.ConnectionString);
        Assert.DoesNotContain("s3cret", config.Display);
        Assert.DoesNotContain("s3cret", error.Message);
    }

    [Theory]
    [InlineData("mysql:Server=x", "unknown provider \"mysql\"")]
    [InlineData("./data/torikumi.db", "names no provider")]
    [InlineData("sqlite:", "gives no file")]
    [InlineData("sqlite:Data Source=x.db", "not a connection string")]
    [InlineData("sqlite::memory:", "not a connection string or an in-memory database")]
    [InlineData("postgres:Database=torikumi", "gives no Host")]
    [InlineData("postgres:Hots=localhost", "not a valid PostgreSQL connection string")]
    public void bad_settings_say_what_was_expected(string setting, string expected)
    {
        var e = Assert.Throws<DatabaseConfigException>(() => DatabaseConfig.Parse(setting));

        Assert.Contains(expected, e.Message);
        Assert.Contains(setting.Trim(), e.Message);
    }

    [Fact]
    public void option_wins_over_environment_which_wins_over_the_default()
    {
        Assert.Equal(Path.GetFullPath("a.db"), DatabaseConfig.Resolve("sqlite:a.db", "sqlite:b.db").SqlitePath);
        Assert.Equal(Path.GetFullPath("b.db"), DatabaseConfig.Resolve(null, "sqlite:b.db").SqlitePath);
        Assert.Equal(Path.GetFullPath("./data/torikumi.db"), DatabaseConfig.Resolve(null, null).SqlitePath);
        Assert.Equal(Path.GetFullPath("./data/torikumi.db"), DatabaseConfig.Resolve(" ", "").SqlitePath);
    }

    [Fact]
    public void the_sqlite_folder_is_created_on_first_use()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"torikumi-test-{Guid.NewGuid():N}", "nested");
        try
        {
            DatabaseConfig.Sqlite(Path.Combine(folder, "torikumi.db")).EnsureFolder();
            Assert.True(Directory.Exists(folder));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
    }
}
