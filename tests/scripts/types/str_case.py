# str's case methods with Unicode's full mappings: characters that change length (ß, the
# ligatures, İ), title-case digraphs, case folding, the final sigma, Georgian, Cherokee,
# letters outside the Basic Multilingual Plane, and the Uppercase/Lowercase properties
# that isupper, islower, istitle and swapcase test (Roman numerals, modifier letters).
print("straße".upper(), "straße".casefold(), "STRASSE".casefold() == "straße".casefold())
# expect: STRASSE strasse True
print("ﬁne ﬂow ﬃ".upper(), "ﬁne".title(), "ﬃ".capitalize(), len("ﬃ".upper()))
# expect: FINE FLOW FFI Fine Ffi 3
print(ascii("İstanbul".lower()), len("İ".lower()), "ı".upper(), "ŉ".upper())  # expect: 'i\u0307stanbul' 2 I ʼN
print("ǅ".lower(), "ǅ".upper(), "ǆungla".title(), "ǲ".swapcase())  # expect: ǆ Ǆ ǅungla ǲ
print(ascii("ǰ".upper()), ascii("ΐ".upper()), ascii("ﬀ".swapcase()), "Straße".swapcase())
# expect: 'J\u030c' '\u0399\u0308\u0301' 'FF' sTRASSE
print("ΣΑΣ".lower(), "ὈΔΥΣΣΕΎΣ".lower(), "Σ".lower(), "AΣ b".lower(), "ΣΑΣ ΣΑΣ".capitalize())
# expect: σας ὀδυσσεύς σ aς b Σας σας
print("ΟΔΟΣ.".title(), "σς".upper(), "ς".casefold(), "µ".casefold() == "μ", "ſ".casefold())
# expect: Οδος. ΣΣ σ True s
print("ქართული".upper() == "ᲥᲐᲠᲗᲣᲚᲘ", "ქართული".title() == "ქართული", "Ꮳ".casefold() == "Ꮳ", "ꮳ".upper())
# expect: True True True Ꮳ
print(ascii("𐐨".upper()), ascii("𐐀".lower()), ascii("𐐀𐐨".swapcase()), ascii("𐐨bc".capitalize()))
# expect: '\U00010400' '\U00010428' '\U00010428\U00010400' '\U00010400bc'
print("Ⅻ".isupper(), "ⅻ".islower(), "Ⅻ".lower() == "ⅻ", "ⅻ".swapcase() == "Ⅻ", "Ⓐ".isupper())
# expect: True True True True True
print("ª".islower(), "ʰ".islower(), "aʰ".islower(), "Aʰ".isupper(), "Ⅻa".istitle(), "ǅ".istitle())
# expect: True True True False True True
print("ß".isupper(), "ß".islower(), "SS".isupper(), "ǅungla".istitle(), "DŽ".isupper())
# expect: False True True True True
print("一二三".isnumeric(), "一".isdigit(), "五十".isnumeric(), "½".isnumeric(), "四".isalnum())
# expect: True False True True True
