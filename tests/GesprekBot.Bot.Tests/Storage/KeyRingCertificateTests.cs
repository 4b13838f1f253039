using GesprekBot.Bot.Tests.Storage.KeyRing;
using GesprekBot.Storage;
using GesprekBot.Dialogs.Engine.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GesprekBot.Bot.Tests.Storage;

public sealed class KeyRingCertificateTests : IDisposable
{
    private readonly TempDirectory _contentRoot = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _contentRoot.Dispose();
    }

    [Fact]
    public async Task With_a_certificate_the_key_ring_is_encrypted_and_still_readable_by_the_next_instance()
    {
        CreateCertificate("keyring.pfx", "geheim");
        var settings = new Dictionary<string, string?> { ["Storage:KeysCertificatePath"] = "keyring.pfx", ["Storage:KeysCertificatePassword"] = "geheim" };
        await using (var first = Build(settings))
        {
            await first.Services.GetRequiredService<IStateStore>().WriteAsync("k", """{"antwoord":"ja"}""", null);
        }

        SqliteConnection.ClearAllPools();
        await using var second = Build(settings);
        var item = await second.Services.GetRequiredService<IStateStore>().ReadAsync("k");

        Assert.Equal("""{"antwoord":"ja"}""", item?.Json);
        var keyXml = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(Path.Combine(_contentRoot.Path, "data", "keys"), "key-*.xml")));
        Assert.Contains("EncryptedData", keyXml, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", keyXml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_password_is_a_readable_startup_error()
    {
        CreateCertificate("keyring.pfx", "geheim");

        var error = Assert.Throws<InvalidOperationException>(() => Build(new() { ["Storage:KeysCertificatePath"] = "keyring.pfx", ["Storage:KeysCertificatePassword"] = "fout" }));

        Assert.Contains("cannot be loaded", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_certificate_file_is_a_readable_startup_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(new() { ["Storage:KeysCertificatePath"] = "nowhere.pfx" }));

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    private void CreateCertificate(string fileName, string password) =>
        TestCertificate.Write(Path.Combine(_contentRoot.Path, fileName), password);

    private WebApplication Build(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = _contentRoot.Path, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddStorage();
        return builder.Build();
    }
}
