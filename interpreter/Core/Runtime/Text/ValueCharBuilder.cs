// A growable character buffer that starts on caller-supplied (usually stack) memory and
// falls back to pooled arrays, so the formatting code builds strings with one allocation.
using System.Buffers;

namespace MiniPy.Runtime.Text;

internal ref struct ValueCharBuilder
{
    private char[] _pooled;
    private Span<char> _chars;
    private int _length;

    public ValueCharBuilder(Span<char> initialBuffer)
    {
        _pooled = null;
        _chars = initialBuffer;
        _length = 0;
    }

    public int Length
    {
        readonly get => _length;
        set => _length = value;
    }

    public ref char this[int index] => ref _chars[index];

    public readonly ReadOnlySpan<char> AsSpan() => _chars.Slice(0, _length);

    public readonly ReadOnlySpan<char> AsSpan(int start, int length) => _chars.Slice(start, length);

    public override readonly string ToString() => new string(_chars.Slice(0, _length));

    public void Append(char c)
    {
        if (_length >= _chars.Length) Grow(1);
        _chars[_length++] = c;
    }

    public void Append(char c, int count)
    {
        if (count <= 0) return;
        if (_length + count > _chars.Length) Grow(count);
        _chars.Slice(_length, count).Fill(c);
        _length += count;
    }

    public void Append(scoped ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _chars.Length) Grow(text.Length);
        text.CopyTo(_chars.Slice(_length));
        _length += text.Length;
    }

    public void Append(string text) => Append(text.AsSpan());

    /// <summary>Appends one Unicode code point (a surrogate pair when above U+FFFF).</summary>
    public void AppendCodePoint(int codePoint)
    {
        if (codePoint < 0x10000)
        {
            Append((char)codePoint);
        }
        else
        {
            codePoint -= 0x10000;
            Append((char)(0xD800 + (codePoint >> 10)));
            Append((char)(0xDC00 + (codePoint & 0x3FF)));
        }
    }

    public void AppendCodePoint(int codePoint, int count)
    {
        if (codePoint < 0x10000)
        {
            Append((char)codePoint, count);
            return;
        }
        for (int i = 0; i < count; i++) AppendCodePoint(codePoint);
    }

    /// <summary>Returns a writable span of <paramref name="count"/> characters at the end and
    /// extends the length over it.</summary>
    public Span<char> AppendSpan(int count)
    {
        if (_length + count > _chars.Length) Grow(count);
        Span<char> span = _chars.Slice(_length, count);
        _length += count;
        return span;
    }

    /// <summary>Makes sure at least <paramref name="count"/> more characters fit without growing.</summary>
    public void EnsureSpare(int count)
    {
        if (_length + count > _chars.Length) Grow(count);
    }

    /// <summary>The unused capacity after the current content.</summary>
    public readonly Span<char> Spare => _chars.Slice(_length);

    private void Grow(int additional)
    {
        long wanted = Math.Max((long)_length + additional, (long)_chars.Length * 2);
        if (wanted > Array.MaxLength) wanted = (long)_length + additional;
        if (wanted > Array.MaxLength) throw new OutOfMemoryException();
        char[] next = ArrayPool<char>.Shared.Rent((int)wanted);
        _chars.Slice(0, _length).CopyTo(next);
        char[] old = _pooled;
        _pooled = next;
        _chars = next;
        if (old != null) ArrayPool<char>.Shared.Return(old);
    }

    public void Dispose()
    {
        char[] old = _pooled;
        _pooled = null;
        _chars = default;
        _length = 0;
        if (old != null) ArrayPool<char>.Shared.Return(old);
    }
}
