using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GesprekBot.Storage;

/// <summary>
/// The instance's cache folder, <c>{DataDirectory}/cache</c>: things that can be made again but are kept
/// to start faster (the trained crisis model). Nothing in it is about a client; deleting it only costs time.
/// </summary>
public static class StorageCache
{
    public static string DirectoryOf(IServiceProvider services) =>
        Path.Combine(services.GetRequiredService<IOptions<StorageOptions>>().Value.DataDirectory, "cache");
}
