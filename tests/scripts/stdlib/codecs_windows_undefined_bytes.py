# The Windows code pages' undefined bytes (0x81 in cp1252, ...) fail to decode, and C1
# controls fail to encode, under strict, replace and ignore; the output CPython 3.11 printed.
for b in (b"a\x81b", b"\x80\x9d", b"ok\x93x\x94"):
    for enc in ("cp1252", "windows-1252", "cp1251", "cp1250"):
        for errors in ("strict", "replace", "ignore"):
            try:
                print(enc, errors, ascii(b.decode(enc, errors)))
            except UnicodeDecodeError as e:
                print(enc, errors, "UnicodeDecodeError:", e)
for s in ("a\x81b", "\u20ac\x9d", "plain"):
    for errors in ("strict", "replace", "ignore"):
        try:
            print(errors, s.encode("cp1252", errors))
        except UnicodeEncodeError as e:
            print(errors, "UnicodeEncodeError:", e)
print("\x85".encode("latin-1"), ascii(b"\x85".decode("iso-8859-15")), ascii(b"\x81".decode("cp437")))
# expect: cp1252 strict UnicodeDecodeError: 'charmap' codec can't decode byte 0x81 in position 1: character maps to <undefined>
# expect: cp1252 replace 'a\ufffdb'
# expect: cp1252 ignore 'ab'
# expect: windows-1252 strict UnicodeDecodeError: 'charmap' codec can't decode byte 0x81 in position 1: character maps to <undefined>
# expect: windows-1252 replace 'a\ufffdb'
# expect: windows-1252 ignore 'ab'
# expect: cp1251 strict 'a\u0403b'
# expect: cp1251 replace 'a\u0403b'
# expect: cp1251 ignore 'a\u0403b'
# expect: cp1250 strict UnicodeDecodeError: 'charmap' codec can't decode byte 0x81 in position 1: character maps to <undefined>
# expect: cp1250 replace 'a\ufffdb'
# expect: cp1250 ignore 'ab'
# expect: cp1252 strict UnicodeDecodeError: 'charmap' codec can't decode byte 0x9d in position 1: character maps to <undefined>
# expect: cp1252 replace '\u20ac\ufffd'
# expect: cp1252 ignore '\u20ac'
# expect: windows-1252 strict UnicodeDecodeError: 'charmap' codec can't decode byte 0x9d in position 1: character maps to <undefined>
# expect: windows-1252 replace '\u20ac\ufffd'
# expect: windows-1252 ignore '\u20ac'
# expect: cp1251 strict '\u0402\u045c'
# expect: cp1251 replace '\u0402\u045c'
# expect: cp1251 ignore '\u0402\u045c'
# expect: cp1250 strict '\u20ac\u0165'
# expect: cp1250 replace '\u20ac\u0165'
# expect: cp1250 ignore '\u20ac\u0165'
# expect: cp1252 strict 'ok\u201cx\u201d'
# expect: cp1252 replace 'ok\u201cx\u201d'
# expect: cp1252 ignore 'ok\u201cx\u201d'
# expect: windows-1252 strict 'ok\u201cx\u201d'
# expect: windows-1252 replace 'ok\u201cx\u201d'
# expect: windows-1252 ignore 'ok\u201cx\u201d'
# expect: cp1251 strict 'ok\u201cx\u201d'
# expect: cp1251 replace 'ok\u201cx\u201d'
# expect: cp1251 ignore 'ok\u201cx\u201d'
# expect: cp1250 strict 'ok\u201cx\u201d'
# expect: cp1250 replace 'ok\u201cx\u201d'
# expect: cp1250 ignore 'ok\u201cx\u201d'
# expect: strict UnicodeEncodeError: 'charmap' codec can't encode character '\x81' in position 1: character maps to <undefined>
# expect: replace b'a?b'
# expect: ignore b'ab'
# expect: strict UnicodeEncodeError: 'charmap' codec can't encode character '\x9d' in position 1: character maps to <undefined>
# expect: replace b'\x80?'
# expect: ignore b'\x80'
# expect: strict b'plain'
# expect: replace b'plain'
# expect: ignore b'plain'
# expect: b'\x85' '\x85' '\xfc'
