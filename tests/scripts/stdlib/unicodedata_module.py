# unicodedata (Unicode 14.0.0): names and lookup, categories, bidirectional classes,
# combining classes, widths, mirroring, decompositions, numeric values, and the four
# normalization forms; the output CPython 3.11 printed.
import unicodedata as ud
samples = "Aa9½Ⅻ٣\u0301é€中가각ﬁ\u00a0\U0001F600\u2028\t\u0000\U00020000\uFB01\u212B\u0344\u1E9B\u0F73\uAC01\u05D0"
for c in samples:
    print(repr(c), ud.name(c, "-"), ud.category(c), ud.bidirectional(c), ud.combining(c), ud.east_asian_width(c), ud.mirrored(c), repr(ud.decomposition(c)), ud.decimal(c, None), ud.digit(c, None), ud.numeric(c, None))
for n in ["LATIN SMALL LETTER A", "EURO SIGN", "snowman", "CJK UNIFIED IDEOGRAPH-4E2D", "HANGUL SYLLABLE GAG", "GRINNING FACE"]:
    print(n, repr(ud.lookup(n)))
try:
    ud.lookup("NO SUCH CHARACTER NAME")
except KeyError as e:
    print("KeyError:", e)
for f in (lambda: ud.name("\u0378"), lambda: ud.decimal("x"), lambda: ud.digit("x"), lambda: ud.numeric("x"), lambda: ud.category("ab"), lambda: ud.normalize("NFX", "a")):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
texts = ["café", "cafe\u0301", "ﬁne", "Å", "\u212B", "\u1E9B\u0323", "가각", "\u1100\u1161\u11A8", "x\u0323\u0301y", "①②½", "Ｈｅｌｌｏ", "\u0041\u030A\u0323", "ǆ", "\u0F73", "\u00C5\u0301", "\u0344", "ḳ́"]
for t in texts:
    print([ascii(ud.normalize(form, t)) for form in ("NFC", "NFD", "NFKC", "NFKD")], [ud.is_normalized(form, t) for form in ("NFC", "NFD", "NFKC", "NFKD")])
slug = ud.normalize("NFKD", "Crème Brûlée à la ﬁn").encode("ascii", "ignore").decode()
print(slug, ud.unidata_version)
counts = {}
for cp in range(0, 0x3000):
    counts[ud.category(chr(cp))] = counts.get(ud.category(chr(cp)), 0) + 1
print(sorted(counts.items()))
print(sum(1 for cp in range(0x10000) if ud.decomposition(chr(cp))), sum(1 for cp in range(0x3000) if ud.numeric(chr(cp), None) is not None))
print(sum(1 for cp in range(0, 0x20000, 7) if ud.name(chr(cp), None)), ud.name("\U000E0100"), ud.name("\U0002A6D6"))
# expect: 'A' LATIN CAPITAL LETTER A Lu L 0 Na 0 '' None None None
# expect: 'a' LATIN SMALL LETTER A Ll L 0 Na 0 '' None None None
# expect: '9' DIGIT NINE Nd EN 0 Na 0 '' 9 9 9.0
# expect: '½' VULGAR FRACTION ONE HALF No ON 0 A 0 '<fraction> 0031 2044 0032' None None 0.5
# expect: 'Ⅻ' ROMAN NUMERAL TWELVE Nl L 0 A 0 '<compat> 0058 0049 0049' None None 12.0
# expect: '٣' ARABIC-INDIC DIGIT THREE Nd AN 0 N 0 '' 3 3 3.0
# expect: '́' COMBINING ACUTE ACCENT Mn NSM 230 A 0 '' None None None
# expect: 'é' LATIN SMALL LETTER E WITH ACUTE Ll L 0 A 0 '0065 0301' None None None
# expect: '€' EURO SIGN Sc ET 0 A 0 '' None None None
# expect: '中' CJK UNIFIED IDEOGRAPH-4E2D Lo L 0 W 0 '' None None None
# expect: '가' HANGUL SYLLABLE GA Lo L 0 W 0 '' None None None
# expect: '각' HANGUL SYLLABLE GAG Lo L 0 W 0 '' None None None
# expect: 'ﬁ' LATIN SMALL LIGATURE FI Ll L 0 N 0 '<compat> 0066 0069' None None None
# expect: '\xa0' NO-BREAK SPACE Zs CS 0 N 0 '<noBreak> 0020' None None None
# expect: '😀' GRINNING FACE So ON 0 W 0 '' None None None
# expect: '\u2028' LINE SEPARATOR Zl WS 0 N 0 '' None None None
# expect: '\t' - Cc S 0 N 0 '' None None None
# expect: '\x00' - Cc BN 0 N 0 '' None None None
# expect: '𠀀' CJK UNIFIED IDEOGRAPH-20000 Lo L 0 W 0 '' None None None
# expect: 'ﬁ' LATIN SMALL LIGATURE FI Ll L 0 N 0 '<compat> 0066 0069' None None None
# expect: 'Å' ANGSTROM SIGN Lu L 0 A 0 '00C5' None None None
# expect: '̈́' COMBINING GREEK DIALYTIKA TONOS Mn NSM 230 A 0 '0308 0301' None None None
# expect: 'ẛ' LATIN SMALL LETTER LONG S WITH DOT ABOVE Ll L 0 N 0 '017F 0307' None None None
# expect: 'ཱི' TIBETAN VOWEL SIGN II Mn NSM 0 N 0 '0F71 0F72' None None None
# expect: '각' HANGUL SYLLABLE GAG Lo L 0 W 0 '' None None None
# expect: 'א' HEBREW LETTER ALEF Lo R 0 N 0 '' None None None
# expect: LATIN SMALL LETTER A 'a'
# expect: EURO SIGN '€'
# expect: snowman '☃'
# expect: CJK UNIFIED IDEOGRAPH-4E2D '中'
# expect: HANGUL SYLLABLE GAG '각'
# expect: GRINNING FACE '😀'
# expect: KeyError: "undefined character name 'NO SUCH CHARACTER NAME'"
# expect: ValueError no such name
# expect: ValueError not a decimal
# expect: ValueError not a digit
# expect: ValueError not a numeric character
# expect: TypeError category() argument must be a unicode character, not str
# expect: ValueError invalid normalization form
# expect: ["'caf\\xe9'", "'cafe\\u0301'", "'caf\\xe9'", "'cafe\\u0301'"] [True, False, True, False]
# expect: ["'caf\\xe9'", "'cafe\\u0301'", "'caf\\xe9'", "'cafe\\u0301'"] [False, True, False, True]
# expect: ["'\\ufb01ne'", "'\\ufb01ne'", "'fine'", "'fine'"] [True, True, False, False]
# expect: ["'\\xc5'", "'A\\u030a'", "'\\xc5'", "'A\\u030a'"] [True, False, True, False]
# expect: ["'\\xc5'", "'A\\u030a'", "'\\xc5'", "'A\\u030a'"] [False, False, False, False]
# expect: ["'\\u1e9b\\u0323'", "'\\u017f\\u0323\\u0307'", "'\\u1e69'", "'s\\u0323\\u0307'"] [True, False, False, False]
# expect: ["'\\uac00\\uac01'", "'\\u1100\\u1161\\u1100\\u1161\\u11a8'", "'\\uac00\\uac01'", "'\\u1100\\u1161\\u1100\\u1161\\u11a8'"] [True, False, True, False]
# expect: ["'\\uac01'", "'\\u1100\\u1161\\u11a8'", "'\\uac01'", "'\\u1100\\u1161\\u11a8'"] [False, True, False, True]
# expect: ["'x\\u0323\\u0301y'", "'x\\u0323\\u0301y'", "'x\\u0323\\u0301y'", "'x\\u0323\\u0301y'"] [True, True, True, True]
# expect: ["'\\u2460\\u2461\\xbd'", "'\\u2460\\u2461\\xbd'", "'121\\u20442'", "'121\\u20442'"] [True, True, False, False]
# expect: ["'\\uff28\\uff45\\uff4c\\uff4c\\uff4f'", "'\\uff28\\uff45\\uff4c\\uff4c\\uff4f'", "'Hello'", "'Hello'"] [True, True, False, False]
# expect: ["'\\u1ea0\\u030a'", "'A\\u0323\\u030a'", "'\\u1ea0\\u030a'", "'A\\u0323\\u030a'"] [False, False, False, False]
# expect: ["'\\u01c6'", "'\\u01c6'", "'d\\u017e'", "'dz\\u030c'"] [True, True, False, False]
# expect: ["'\\u0f71\\u0f72'", "'\\u0f71\\u0f72'", "'\\u0f71\\u0f72'", "'\\u0f71\\u0f72'"] [False, False, False, False]
# expect: ["'\\u01fa'", "'A\\u030a\\u0301'", "'\\u01fa'", "'A\\u030a\\u0301'"] [False, False, False, False]
# expect: ["'\\u0308\\u0301'", "'\\u0308\\u0301'", "'\\u0308\\u0301'", "'\\u0308\\u0301'"] [False, False, False, False]
# expect: ["'\\u1e33\\u0301'", "'k\\u0323\\u0301'", "'\\u1e33\\u0301'", "'k\\u0323\\u0301'"] [False, False, False, False]
# expect: Creme Brulee a la fin 14.0.0
# expect: [('Cc', 65), ('Cf', 39), ('Cn', 1057), ('Ll', 1149), ('Lm', 183), ('Lo', 3506), ('Lt', 31), ('Lu', 978), ('Mc', 208), ('Me', 10), ('Mn', 925), ('Nd', 290), ('Nl', 42), ('No', 232), ('Pc', 4), ('Pd', 17), ('Pe', 47), ('Pf', 10), ('Pi', 12), ('Po', 311), ('Ps', 50), ('Sc', 49), ('Sk', 68), ('Sm', 920), ('So', 2067), ('Zl', 1), ('Zp', 1), ('Zs', 16)]
# expect: 3888 564
# expect: 10349 VARIATION SELECTOR-17 CJK UNIFIED IDEOGRAPH-2A6D6
