using System.Formats.Tar;
using System.Security.Cryptography;
using System.Text.Json;

namespace FireMap.Api.Operations;

/// <summary>
/// The backup file: a tar holding <c>manifest.json</c>, <c>database.dump</c> (pg_dump's custom format,
/// photos included since they live in the database) and <c>secrets/</c>. Written beside its final name
/// and moved there when complete, readable by its owner only (it holds personal data and passwords).
/// </summary>
internal static class BackupArchive
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Writes the archive from <paramref name="files"/> (name in the archive → file on disk) and the manifest.</summary>
    public static async Task<BackupManifest> WriteAsync(string path, BackupManifest draft, IReadOnlyList<(string Name, string File)> files,
        CancellationToken cancellationToken)
    {
        var parts = new List<BackupPart>();
        foreach (var (name, file) in files)
        {
            parts.Add(new BackupPart(name, new FileInfo(file).Length, await Sha256Async(file, cancellationToken)));
        }

        var manifest = draft with { Parts = parts };
        var partial = path + ".partial";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        await using (var stream = new FileStream(partial, options))
        await using (var tar = new TarWriter(stream, TarEntryFormat.Pax, leaveOpen: false))
        {
            var manifestEntry = new PaxTarEntry(TarEntryType.RegularFile, BackupManifest.FileName)
            {
                DataStream = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(manifest, Json)),
                Mode = OwnerOnly,
            };
            await tar.WriteEntryAsync(manifestEntry, cancellationToken);
            foreach (var (name, file) in files)
            {
                await using var data = File.OpenRead(file);
                await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = data, Mode = OwnerOnly }, cancellationToken);
            }
        }

        File.Move(partial, path, overwrite: false);
        return manifest;
    }

    /// <summary>Unpacks <paramref name="path"/> into <paramref name="folder"/> and checks every part against the manifest.</summary>
    public static async Task<BackupManifest> ExtractAsync(string path, string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        BackupManifest? manifest = null;
        await using (var stream = File.OpenRead(path))
        await using (var tar = new TarReader(stream))
        {
            while (await tar.GetNextEntryAsync(copyData: false, cancellationToken) is { } entry)
            {
                if (entry.EntryType != TarEntryType.RegularFile || entry.DataStream is null)
                {
                    continue;
                }

                if (entry.Name == BackupManifest.FileName)
                {
                    manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(entry.DataStream, Json, cancellationToken);
                    continue;
                }

                var target = SafePath(folder, entry.Name);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                await using var output = File.Create(target);
                await entry.DataStream.CopyToAsync(output, cancellationToken);
            }
        }

        if (manifest is null)
        {
            throw new InvalidDataException($"{path} is not a FireMap backup: it has no {BackupManifest.FileName}.");
        }

        foreach (var part in manifest.Parts)
        {
            var file = SafePath(folder, part.Name);
            if (!File.Exists(file))
            {
                throw new InvalidDataException($"The backup lacks {part.Name}, which its manifest lists.");
            }

            if (await Sha256Async(file, cancellationToken) != part.Sha256)
            {
                throw new InvalidDataException($"{part.Name} does not match the checksum in the manifest: the backup file is damaged.");
            }
        }

        return manifest;
    }

    public static async Task<string> Sha256Async(string file, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }

    // An entry named "../x" must not land outside the folder.
    private static string SafePath(string folder, string name)
    {
        var root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, name));
        return full.StartsWith(root, StringComparison.Ordinal)
            ? full
            : throw new InvalidDataException($"The backup holds an entry outside its folder: {name}");
    }
}
