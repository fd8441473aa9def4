// Counting and indexing a UTF-16 string by Unicode code points, the unit Python's str
// lengths, widths and precisions are measured in (a surrogate pair is one code point).
namespace MiniPy.Runtime.Text;

public static class CodePoints
{
    /// <summary>Number of code points; a lone surrogate counts as one.</summary>
    public static int Count(string s) => Count(s.AsSpan());

    /// <summary>Number of code points; a lone surrogate counts as one.</summary>
    public static int Count(ReadOnlySpan<char> s)
    {
        // Most text has no surrogates at all: one vectorised scan says so.
        int first = s.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0) return s.Length;
        int pairs = 0;
        for (int i = first; i < s.Length - 1; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]))
            {
                pairs++;
                i++;
            }
        }
        return s.Length - pairs;
    }

    /// <summary>The char index where code point number <paramref name="codePointIndex"/> starts.</summary>
    public static int CharIndex(string s, int codePointIndex)
    {
        int i = 0;
        for (int n = 0; n < codePointIndex && i < s.Length; n++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i += 2;
            else i++;
        }
        return i;
    }

    /// <summary>Whether s has no surrogates, so chars and code points are the same.</summary>
    public static bool IsBmpOnly(string s) => s.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0;

    /// <summary>The code points of s (a lone surrogate stands for itself).</summary>
    public static int[] ToArray(string s)
    {
        var list = new List<int>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                list.Add(char.ConvertToUtf32(s[i], s[i + 1]));
                i++;
            }
            else list.Add(s[i]);
        }
        return list.ToArray();
    }

    /// <summary>The code point at s[i] and how many UTF-16 units it takes (a lone surrogate is
    /// one code point of its own, as in Python).</summary>
    /// <summary>The index of the first surrogate at or after from that is not half of a pair
    /// (which UTF-8 cannot encode), or -1.</summary>
    public static int LoneSurrogateAt(string text, int from = 0)
    {
        for (int i = from; i < text.Length; i++)
        {
            char c = text[i];
            if (!char.IsSurrogate(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            return i;
        }
        return -1;
    }

    public static int CodePointAt(string s, int i, out int width)
    {
        char c = s[i];
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, s[i + 1]);
        }
        width = 1;
        return c;
    }

    public static string FromCodePoint(int cp) => cp < 0x10000 ? ((char)cp).ToString() : char.ConvertFromUtf32(cp);
}
