# locale: the C locales every Linux C library has built in (C, POSIX, C.UTF-8), and the
# error for any other; conventions, names, formatting and nl_langinfo as CPython 3.11 gives them.
import locale
import os
os.environ["LC_ALL"] = "C.UTF-8"
print(locale.setlocale(locale.LC_ALL, ""), locale.setlocale(locale.LC_ALL), locale.getlocale())
del os.environ["LC_ALL"]
print(locale.setlocale(locale.LC_ALL, "C"), locale.getlocale(), locale.getlocale(locale.LC_NUMERIC))
print(locale.setlocale(locale.LC_CTYPE, "C.UTF-8"), locale.getlocale())
print(locale.setlocale(locale.LC_NUMERIC, "C.utf8"), locale.getlocale(locale.LC_NUMERIC))
print(locale.setlocale(locale.LC_ALL))
try:
    locale.getlocale(locale.LC_ALL)
except TypeError as e:
    print("TypeError:", e)
for bad in ["en_US.UTF-8", "de_DE", "xx"]:
    try:
        locale.setlocale(locale.LC_ALL, bad)
    except locale.Error as e:
        print(bad, type(e).__name__, e, isinstance(e, Exception))
print(locale.setlocale(locale.LC_ALL, "POSIX"), locale.getlocale(), locale.nl_langinfo(locale.CODESET))
print(locale.setlocale(locale.LC_ALL, ("C", "UTF-8")) if False else locale.setlocale(locale.LC_ALL, "C.UTF-8"))
try:
    locale.setlocale(locale.LC_ALL, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    locale.setlocale(99, "C")
except locale.Error as e:
    print("Error:", e)
conv = locale.localeconv()
print(sorted(conv.items()))
for name in ["C", "c.utf8", "en_US", "en_US.UTF-8", "de_DE@euro", "fr_FR.ISO8859-1",
             "C.UTF-8", "posix", "ja_JP.eucJP", "zz", "en_gb.utf8", "de_de.utf-8@euro"]:
    print(name, "->", locale.normalize(name))
print(locale.format_string("%d items, %.2f each, %s %%", (1234567, 1234.5, "x"), grouping=True))
print(locale.format_string("%(n)d", {"n": 5}), locale.format_string("%5.1f", 3.14159))
print(locale.str(1.25), locale.str(2.0 / 3), locale.atof("1.5"), locale.atoi("42"))
print(locale.delocalize("1,234.5"), locale.localize("1234.5"))
try:
    locale.currency(12.5)
except ValueError as e:
    print("ValueError:", e)
print(locale.strcoll("a", "b"), locale.strcoll("b", "a"), locale.strcoll("a", "a"), locale.strxfrm("abc"))
print(sorted(["b", "A", "a", "B"], key=locale.strxfrm))
print(locale.getpreferredencoding(), locale.getencoding())
for key in [locale.D_T_FMT, locale.D_FMT, locale.T_FMT, locale.T_FMT_AMPM, locale.RADIXCHAR,
            locale.THOUSEP, locale.YESEXPR, locale.NOEXPR, locale.CRNCYSTR, locale.AM_STR]:
    print(hex(key), repr(locale.nl_langinfo(key)))
print([locale.nl_langinfo(getattr(locale, "DAY_%d" % i)) for i in range(1, 8)])
print([locale.nl_langinfo(getattr(locale, "ABMON_%d" % i)) for i in range(1, 13)])
print(locale.LC_CTYPE, locale.LC_COLLATE, locale.LC_TIME, locale.LC_MONETARY, locale.LC_MESSAGES,
      locale.LC_NUMERIC, locale.LC_ALL, locale.CHAR_MAX)
print(locale.gettext("hello"), locale.textdomain(None), locale.dgettext("d", "m"))
print(format(1234567.5, "n"), "{:n}".format(1234567))

# expect: C.UTF-8 C.UTF-8 ('en_US', 'UTF-8')
# expect: C (None, None) (None, None)
# expect: C.UTF-8 ('en_US', 'UTF-8')
# expect: C.utf8 ('en_US', 'UTF-8')
# expect: LC_CTYPE=C.UTF-8;LC_NUMERIC=C.utf8;LC_TIME=C;LC_COLLATE=C;LC_MONETARY=C;LC_MESSAGES=C;LC_PAPER=C;LC_NAME=C;LC_ADDRESS=C;LC_TELEPHONE=C;LC_MEASUREMENT=C;LC_IDENTIFICATION=C
# expect: TypeError: category LC_ALL is not supported
# expect: en_US.UTF-8 Error unsupported locale setting True
# expect: de_DE Error unsupported locale setting True
# expect: xx Error unsupported locale setting True
# expect: C (None, None) ANSI_X3.4-1968
# expect: C.UTF-8
# expect: TypeError: Locale must be None, a string, or an iterable of two strings -- language code, encoding.
# expect: Error: unsupported locale setting
# expect: [('currency_symbol', ''), ('decimal_point', '.'), ('frac_digits', 127), ('grouping', []), ('int_curr_symbol', ''), ('int_frac_digits', 127), ('mon_decimal_point', ''), ('mon_grouping', []), ('mon_thousands_sep', ''), ('n_cs_precedes', 127), ('n_sep_by_space', 127), ('n_sign_posn', 127), ('negative_sign', ''), ('p_cs_precedes', 127), ('p_sep_by_space', 127), ('p_sign_posn', 127), ('positive_sign', ''), ('thousands_sep', '')]
# expect: C -> C
# expect: c.utf8 -> en_US.UTF-8
# expect: en_US -> en_US.ISO8859-1
# expect: en_US.UTF-8 -> en_US.UTF-8
# expect: de_DE@euro -> de_DE.ISO8859-15
# expect: fr_FR.ISO8859-1 -> fr_FR.ISO8859-1
# expect: C.UTF-8 -> en_US.UTF-8
# expect: posix -> C
# expect: ja_JP.eucJP -> ja_JP.eucJP
# expect: zz -> zz
# expect: en_gb.utf8 -> en_GB.UTF-8
# expect: de_de.utf-8@euro -> de_DE.UTF-8
# expect: 1234567 items, 1234.50 each, x %
# expect: 5   3.1
# expect: 1.25 0.666666666667 1.5 42
# expect: 1,234.5 1234.5
# expect: ValueError: Currency formatting is not possible using the 'C' locale.
# expect: -1 1 0 abc
# expect: ['A', 'B', 'a', 'b']
# expect: UTF-8 UTF-8
# expect: 0x20028 '%a %b %e %H:%M:%S %Y'
# expect: 0x20029 '%m/%d/%y'
# expect: 0x2002a '%H:%M:%S'
# expect: 0x2002b '%I:%M:%S %p'
# expect: 0x10000 '.'
# expect: 0x10001 ''
# expect: 0x50000 '^[yY]'
# expect: 0x50001 '^[nN]'
# expect: 0x4000f '-'
# expect: 0x20026 'AM'
# expect: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
# expect: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
# expect: 0 3 2 4 5 1 6 127
# expect: hello messages m
# expect: 1.23457e+06 1234567
