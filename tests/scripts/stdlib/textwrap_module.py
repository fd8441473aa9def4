# textwrap: wrap and fill at several widths, indents, hyphenated and long words, max_lines,
# shorten, dedent, indent; the output CPython 3.11 printed.
import textwrap
text = ("The quick brown fox jumps over the lazy dog. A well-known example of a pangram, "
        "it contains every letter of the English alphabet at least once; extraordinarily-long-hyphenated-words "
        "and supercalifragilisticexpialidocious words test the breaking rules.")
for w in (20, 33, 50):
    print(textwrap.wrap(text, width=w))
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill("short", 10), textwrap.wrap(""), textwrap.wrap("   "))
print(textwrap.shorten("Hello  world!  This is a long sentence", width=20))
print(textwrap.shorten("Hello world", width=11), textwrap.shorten("Hello world", width=10, placeholder="..."))
print(repr(textwrap.dedent("""
    def f():
        return 1
      odd
    """)))
print(repr(textwrap.dedent("  a\n\t b\n")), repr(textwrap.indent("a\n\nb\n", "> ")), repr(textwrap.indent("a\nb", "+", lambda l: True)))
print(textwrap.wrap("a\tb\tc", width=6), textwrap.wrap("abcdefghij", 4), textwrap.wrap("abcdefghij", 4, break_long_words=False))
print(textwrap.wrap("one two three four five six", width=12, max_lines=2))
print(textwrap.TextWrapper(width=15, break_on_hyphens=False).wrap("pre-processing is well-understood"))
# expect: ['The quick brown fox', 'jumps over the lazy', 'dog. A well-known', 'example of a', 'pangram, it contains', 'every letter of the', 'English alphabet at', 'least once;', 'extraordinarily-', 'long-hyphenated-', 'words and supercalif', 'ragilisticexpialidoc', 'ious words test the', 'breaking rules.']
# expect: ['The quick brown fox jumps over', 'the lazy dog. A well-known', 'example of a pangram, it contains', 'every letter of the English', 'alphabet at least once;', 'extraordinarily-long-hyphenated-', 'words and supercalifragilisticexp', 'ialidocious words test the', 'breaking rules.']
# expect: ['The quick brown fox jumps over the lazy dog. A', 'well-known example of a pangram, it contains every', 'letter of the English alphabet at least once;', 'extraordinarily-long-hyphenated-words and', 'supercalifragilisticexpialidocious words test the', 'breaking rules.']
# expect: * The quick brown fox jumps over the
# expect:   lazy dog. A well-known example of a
# expect:   pangram, it contains every letter of
# expect:   the English alphabet at least once;
# expect:   extraordinarily-long-hyphenated-words
# expect:   and supercalifragilisticexpialidocious
# expect:   words test the breaking rules.
# expect: short [] []
# expect: Hello world! [...]
# expect: Hello world Hello...
# expect: '\ndef f():\n    return 1\n  odd\n'
# expect: '  a\n\t b\n' '> a\n\n> b\n' '+a\n+b'
# expect: ['a', 'b', 'c'] ['abcd', 'efgh', 'ij'] ['abcdefghij']
# expect: ['one two', 'three [...]']
# expect: ['pre-processing', 'is', 'well-understood']
