using System.Globalization;
using System.Xml.Linq;

namespace GesprekBot.Storage.KeyRing;

/// <summary>Reads just enough of Data Protection's key XML to know whether a key can still be used.</summary>
internal static class KeyRingElements
{
    /// <summary>
    /// True when some key has not expired. Without one, Data Protection creates a key that is
    /// active at once — the moment two instances starting together would each make their own.
    /// </summary>
    public static bool HasUsableKey(IEnumerable<XElement> elements, DateTimeOffset now) =>
        elements.Any(element => element.Name.LocalName == "key"
            && DateTimeOffset.TryParse((string?)element.Element("expirationDate"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var expires)
            && expires > now);
}
