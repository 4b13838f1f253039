
namespace GesprekBot.Language.Tests.Members;

/// <summary>Writes members compactly for table tests: "moeder; broer=Tom; =Els" (role, then "=Name" when named).</summary>
internal static class MemberFormat
{
    public static string Of(IEnumerable<RecognizedMember> members) =>
        string.Join("; ", members.Select(m => m.Name is null ? m.Role ?? "?" : $"{m.Role}={m.Name}"));
}
