using System.Text;
using System.Xml;

namespace GesprekBot.Dialogs.Network.Export;

/// <summary>
/// Removes characters XML 1.0 cannot carry at all (control characters, lone surrogates). XmlWriter
/// escapes markup but throws on those, and a client's label must never make a caseworker's page or
/// export fail. Everything else, including emoji and right-to-left text, is kept.
/// </summary>
internal static class XmlSafeText
{
    public static string Clean(string text)
    {
        if (IsClean(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(c))
            {
                return false;
            }
        }

        return true;
    }
}
