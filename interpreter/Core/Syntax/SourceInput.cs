// The input the Sprache grammar reads: one logical line's text, with positions that are the
// real line and column in the file. Unlike Sprache's own Input it can jump forward in one step
// (used by the hand-written lexemes) and it keeps no per-position memo table, so an input costs
// one small allocation and Parse.Ref never replays or rejects an earlier result.
using System.Collections;
using System.Runtime.CompilerServices;
using Sprache;

namespace MiniPy.Syntax;

internal sealed class SourceInput : IInput
{
    private readonly string source;
    private readonly int position;
    private readonly int line;
    private readonly int column;

    /// <param name="column">1-based column of the first character of source.</param>
    public SourceInput(string source, int position, int line, int column, ParseContext context)
    {
        this.source = source;
        this.position = position;
        this.line = line;
        this.column = column;
        Context = context;
    }

    /// <summary>The parse this input belongs to (carried along, so token rules need no thread-static look-up).</summary>
    public readonly ParseContext Context;

    public string Source => source;
    public char Current => source[position];
    public bool AtEnd => position >= source.Length;
    public int Position => position;
    public int Line => line;
    /// <summary>1-based column, as Sprache counts; a node's Col is this minus one.</summary>
    public int Column => column;
    public IDictionary<object, object> Memos => NoMemos.Instance;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public IInput Advance()
    {
        if (AtEnd) throw new InvalidOperationException("The input is already at its end.");
        return source[position] == '\n'
            ? new SourceInput(source, position + 1, line + 1, 1, Context)
            : new SourceInput(source, position + 1, line, column + 1, Context);
    }

    /// <summary>The input at a later position of the same text, counting the lines passed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public SourceInput MoveTo(int newPosition)
    {
        if (newPosition == position) return this;
        int l = line, c = column;
        for (int p = position; p < newPosition; p++)
        {
            if (source[p] == '\n') { l++; c = 1; }
            else c++;
        }
        return new SourceInput(source, newPosition, l, c, Context);
    }

    public bool Equals(IInput other) =>
        other is SourceInput input && ReferenceEquals(input.source, source) && input.position == position;

    public override bool Equals(object obj) => Equals(obj as IInput);

    public override int GetHashCode() => position;

    public override string ToString() => $"Line {line}, Column {column}";

    /// <summary>A memo table that never remembers anything.</summary>
    private sealed class NoMemos : IDictionary<object, object>
    {
        public static readonly NoMemos Instance = new();
        public object this[object key] { get => throw new KeyNotFoundException(); set { } }
        public ICollection<object> Keys => Array.Empty<object>();
        public ICollection<object> Values => Array.Empty<object>();
        public int Count => 0;
        public bool IsReadOnly => false;
        public void Add(object key, object value) { }
        public void Add(KeyValuePair<object, object> item) { }
        public void Clear() { }
        public bool Contains(KeyValuePair<object, object> item) => false;
        public bool ContainsKey(object key) => false;
        public void CopyTo(KeyValuePair<object, object>[] array, int arrayIndex) { }
        public IEnumerator<KeyValuePair<object, object>> GetEnumerator() { yield break; }
        public bool Remove(object key) => false;
        public bool Remove(KeyValuePair<object, object> item) => false;
        public bool TryGetValue(object key, out object value) { value = null; return false; }
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
