# locale: the C library's locale settings, as Python's locale module offers them.
#
# MiniPy's runtime keeps no locale database of its own, so it offers the locales every Linux
# C library has built in: "C" (also spelled "POSIX") and "C.UTF-8" (any spelling of UTF-8:
# "C.utf8", "C.UTF-8"). Those are all a minimal Linux machine has (`locale -a`), and on such
# a machine CPython behaves exactly so: setlocale() to anything else raises
# locale.Error("unsupported locale setting"), localeconv() gives the C conventions (a '.'
# decimal point, no thousands separator, no grouping, no currency), and the formatting
# functions format as '%' does. The state is per process and starts as CPython's does: the
# character type (LC_CTYPE) taken from the environment, everything else "C".
import sys

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error", "setlocale",
           "resetlocale", "localeconv", "strcoll", "strxfrm", "str", "atof", "atoi", "format",
           "format_string", "currency", "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME",
           "LC_MONETARY", "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding", "localize",
           "delocalize", "nl_langinfo", "LC_MESSAGES"]

_builtin_str = str

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127


class Error(Exception):
    pass


Error.__module__ = "locale"

# The C library's categories in the order it names them in a composite LC_ALL setting; the
# last six have no constant in Python but are part of that name.
_CATEGORY_NAMES = [("LC_CTYPE", LC_CTYPE), ("LC_NUMERIC", LC_NUMERIC), ("LC_TIME", LC_TIME),
                   ("LC_COLLATE", LC_COLLATE), ("LC_MONETARY", LC_MONETARY),
                   ("LC_MESSAGES", LC_MESSAGES), ("LC_PAPER", 7), ("LC_NAME", 8),
                   ("LC_ADDRESS", 9), ("LC_TELEPHONE", 10), ("LC_MEASUREMENT", 11),
                   ("LC_IDENTIFICATION", 12)]
_ENV_NAMES = {number: name for name, number in _CATEGORY_NAMES}


def _is_builtin(name):
    """Whether the C library has this locale built in: C, POSIX and C with UTF-8."""
    if name in ("C", "POSIX"):
        return True
    if name.startswith("C."):
        codeset = "".join(ch for ch in name[2:] if ch.isalnum()).lower()
        return codeset == "utf8"
    return False


def _from_environment(category):
    """The locale name the environment asks for, as the C library reads it for ''."""
    import os
    for variable in ("LC_ALL", _ENV_NAMES[category], "LANG"):
        value = os.environ.get(variable)
        if value:
            return value
    return "C"


_current = {number: "C" for _, number in _CATEGORY_NAMES}
_initial_ctype = _from_environment(LC_CTYPE)
if _is_builtin(_initial_ctype):
    _current[LC_CTYPE] = _initial_ctype


def setlocale(category, locale=None):
    """Sets the locale of category (LC_ALL for all) and returns its name; with locale None,
    only returns the current name."""
    if locale is not None and not isinstance(locale, _builtin_str):
        try:
            language, encoding = locale
        except (TypeError, ValueError):
            raise TypeError("Locale must be None, a string, or an iterable of two strings "
                            "-- language code, encoding.") from None
        locale = normalize(language if encoding is None else language + "." + encoding)
    if not isinstance(category, int) or category not in _ENV_NAMES and category != LC_ALL:
        if not isinstance(category, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(category).__name__)
        raise Error("unsupported locale setting")
    if locale is None:
        return _name_of(category)
    targets = list(_ENV_NAMES) if category == LC_ALL else [category]
    chosen = {}
    for target in targets:
        name = locale if locale else _from_environment(target)
        if not _is_builtin(name):
            raise Error("unsupported locale setting")
        chosen[target] = "C" if name == "POSIX" else name  # the C library's own spelling
    _current.update(chosen)
    return _name_of(category)


def _name_of(category):
    if category != LC_ALL:
        return _current[category]
    names = set(_current.values())
    if len(names) == 1:
        return names.pop()
    return ";".join("%s=%s" % (name, _current[number]) for name, number in _CATEGORY_NAMES)


def resetlocale(category=LC_ALL):
    """Sets category to the environment's default (deprecated since 3.11)."""
    import warnings
    warnings.warn("Use locale.setlocale(locale.LC_ALL, '') instead", DeprecationWarning,
                  stacklevel=2)
    setlocale(category, "")


def localeconv():
    """The numeric and monetary conventions of the current locale (the C ones)."""
    return {"int_curr_symbol": "", "currency_symbol": "", "mon_decimal_point": "",
            "mon_thousands_sep": "", "mon_grouping": [], "positive_sign": "",
            "negative_sign": "", "int_frac_digits": CHAR_MAX, "frac_digits": CHAR_MAX,
            "p_cs_precedes": CHAR_MAX, "p_sep_by_space": CHAR_MAX,
            "n_cs_precedes": CHAR_MAX, "n_sep_by_space": CHAR_MAX,
            "p_sign_posn": CHAR_MAX, "n_sign_posn": CHAR_MAX, "decimal_point": ".",
            "thousands_sep": "", "grouping": []}


# ── names: normalize, getlocale ──

# Language and encoding aliases, a subset of the X11/glibc tables CPython carries: the
# common languages and the encodings people write.
locale_encoding_alias = {
    "437": "C", "c": "C", "en": "ISO8859-1", "jis": "JIS7", "jis7": "JIS7", "ajec": "eucJP",
    "koi8c": "KOI8-C", "microsoftcp1251": "CP1251", "microsoftcp1255": "CP1255",
    "microsoftcp1256": "CP1256", "88591": "ISO8859-1", "88595": "ISO8859-5",
    "885915": "ISO8859-15", "ascii": "ISO8859-1", "latin_1": "ISO8859-1",
    "iso8859_1": "ISO8859-1", "iso8859_15": "ISO8859-15", "iso8859_2": "ISO8859-2",
    "iso8859_5": "ISO8859-5", "utf_8": "UTF-8", "utf8": "UTF-8", "euc_jp": "eucJP",
    "euc_kr": "eucKR", "eucjp": "eucJP", "euckr": "eucKR", "gb2312": "GB2312", "big5": "BIG5", "cp1251": "CP1251",
    "koi8_r": "KOI8-R",
}

locale_alias = {
    "c": "C", "c.ascii": "C", "c.en": "C", "c.iso88591": "en_US.ISO8859-1",
    "c.utf8": "en_US.UTF-8", "c_c": "C", "c_c.c": "C", "posix": "C", "posix-utf2": "C",
    "en": "en_US.ISO8859-1", "en_us": "en_US.ISO8859-1", "en_gb": "en_GB.ISO8859-1",
    "en_au": "en_AU.ISO8859-1", "en_ca": "en_CA.ISO8859-1", "en_ie": "en_IE.ISO8859-1",
    "en_in": "en_IN.ISO8859-1", "en_nz": "en_NZ.ISO8859-1", "english": "en_EN.ISO8859-1",
    "american": "en_US.ISO8859-1", "de": "de_DE.ISO8859-1", "de_de": "de_DE.ISO8859-1",
    "de_at": "de_AT.ISO8859-1", "de_ch": "de_CH.ISO8859-1", "german": "de_DE.ISO8859-1",
    "fr": "fr_FR.ISO8859-1", "fr_fr": "fr_FR.ISO8859-1", "fr_ca": "fr_CA.ISO8859-1",
    "fr_be": "fr_BE.ISO8859-1", "fr_ch": "fr_CH.ISO8859-1", "french": "fr_FR.ISO8859-1",
    "es": "es_ES.ISO8859-1", "es_es": "es_ES.ISO8859-1", "es_mx": "es_MX.ISO8859-1",
    "spanish": "es_ES.ISO8859-1", "it": "it_IT.ISO8859-1", "it_it": "it_IT.ISO8859-1",
    "italian": "it_IT.ISO8859-1", "nl": "nl_NL.ISO8859-1", "nl_nl": "nl_NL.ISO8859-1",
    "pt": "pt_PT.ISO8859-1", "pt_pt": "pt_PT.ISO8859-1", "pt_br": "pt_BR.ISO8859-1",
    "sv": "sv_SE.ISO8859-1", "sv_se": "sv_SE.ISO8859-1", "da": "da_DK.ISO8859-1",
    "da_dk": "da_DK.ISO8859-1", "fi": "fi_FI.ISO8859-1", "fi_fi": "fi_FI.ISO8859-1",
    "no": "no_NO.ISO8859-1", "nb_no": "nb_NO.ISO8859-1", "pl": "pl_PL.ISO8859-2",
    "pl_pl": "pl_PL.ISO8859-2", "cs": "cs_CZ.ISO8859-2", "cs_cz": "cs_CZ.ISO8859-2",
    "hu": "hu_HU.ISO8859-2", "hu_hu": "hu_HU.ISO8859-2", "ru": "ru_RU.UTF-8",
    "ru_ru": "ru_RU.UTF-8", "uk": "uk_UA.KOI8-U", "uk_ua": "uk_UA.KOI8-U",
    "el": "el_GR.ISO8859-7", "el_gr": "el_GR.ISO8859-7", "tr": "tr_TR.ISO8859-9",
    "tr_tr": "tr_TR.ISO8859-9", "ja": "ja_JP.eucJP", "ja_jp": "ja_JP.eucJP",
    "ko": "ko_KR.eucKR", "ko_kr": "ko_KR.eucKR", "zh_cn": "zh_CN.gb2312",
    "zh_tw": "zh_TW.big5", "zh_hk": "zh_HK.big5hkscs", "he": "he_IL.ISO8859-8",
    "he_il": "he_IL.ISO8859-8", "ar": "ar_AA.ISO8859-6", "hi_in": "hi_IN.ISCII-DEV",
    "th": "th_TH.ISO8859-11", "th_th": "th_TH.ISO8859-11",
    "de_de@euro": "de_DE.ISO8859-15", "fr_fr@euro": "fr_FR.ISO8859-15",
    "es_es@euro": "es_ES.ISO8859-15", "it_it@euro": "it_IT.ISO8859-15",
    "nl_nl@euro": "nl_NL.ISO8859-15", "fi_fi@euro": "fi_FI.ISO8859-15",
    "pt_pt@euro": "pt_PT.ISO8859-15", "de@euro": "de_DE.ISO8859-15",
    "fr@euro": "fr_FR.ISO8859-15", "es@euro": "es_ES.ISO8859-15",
}

windows_locale = {0x0409: "en_US", 0x0809: "en_GB", 0x0407: "de_DE", 0x040c: "fr_FR",
                  0x0c0a: "es_ES", 0x0410: "it_IT", 0x0411: "ja_JP", 0x0804: "zh_CN"}


def _replace_encoding(code, encoding):
    """code with its encoding replaced by encoding's canonical name."""
    if "." in code:
        langname = code[:code.index(".")]
    else:
        langname = code
    norm = encoding.replace("-", "").replace("_", "").lower()
    if norm in locale_encoding_alias:
        encoding = locale_encoding_alias[norm]
    else:
        spelled = encoding.lower().replace("-", "_")
        encoding = locale_encoding_alias.get(spelled, encoding)
    return langname + "." + encoding


def normalize(localename):
    """The locale name in the C library's canonical spelling (language_TERRITORY.ENCODING),
    looked up in the alias tables; a name it does not know comes back unchanged."""
    code = localename.lower()
    if ":" in code:
        code = code.replace(":", ".")
    if "@" in code:
        code, modifier = code.split("@", 1)
    else:
        modifier = ""
    if "." in code:
        langname, encoding = code.split(".")[:2]
    else:
        langname, encoding = code, ""
    lang_enc = langname
    if encoding:
        norm_encoding = encoding.replace("-", "").replace("_", "")
        lang_enc += "." + norm_encoding
    lookup_name = lang_enc
    if modifier:
        lookup_name += "@" + modifier
    found = locale_alias.get(lookup_name)
    if found is not None:
        return found
    if modifier:
        found = locale_alias.get(lang_enc)
        if found is not None:
            if "@" not in found:
                return found + "@" + modifier
            if found.split("@", 1)[1].lower() == modifier:
                return found
    if encoding:
        found = locale_alias.get(langname + ("@" + modifier if modifier else ""))
        if found is not None:
            if "@" in found:
                base, mod = found.split("@", 1)
                return _replace_encoding(base, encoding) + "@" + mod
            return _replace_encoding(found, encoding)
        if modifier:
            found = locale_alias.get(langname)
            if found is not None and "@" not in found:
                return _replace_encoding(found, encoding) + "@" + modifier
    return localename


def _parse_localename(localename):
    code = normalize(localename)
    if "@" in code:
        code, modifier = code.split("@", 1)
        if modifier == "euro" and "." not in code:
            return code, "iso-8859-15"
    if "." in code:
        return tuple(code.split(".")[:2])
    if code == "C":
        return None, None
    if code == "UTF-8":
        return None, "UTF-8"
    raise ValueError("unknown locale: %s" % localename)


def getlocale(category=LC_CTYPE):
    """The (language code, encoding) of category's locale; (None, None) for the C locale."""
    name = setlocale(category)
    if category == LC_ALL and ";" in name:
        raise TypeError("category LC_ALL is not supported")
    return _parse_localename(name)


def getdefaultlocale(envvars=("LC_ALL", "LC_CTYPE", "LANG", "LANGUAGE")):
    """The (language code, encoding) the environment asks for (deprecated since 3.11)."""
    import os
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for removal in "
                  "Python 3.15. Use setlocale(), getencoding() and getlocale() instead.",
                  DeprecationWarning, stacklevel=2)
    for variable in envvars:
        localename = os.environ.get(variable)
        if localename:
            if variable == "LANGUAGE":
                localename = localename.split(":")[0]
            break
    else:
        localename = "C"
    return _parse_localename(localename)


def getencoding():
    """The encoding of the current character-type locale."""
    return nl_langinfo(CODESET)


def getpreferredencoding(do_setlocale=True):
    """The encoding text files use by default: UTF-8 in UTF-8 mode, else the locale's."""
    if sys.flags.utf8_mode:
        return "utf-8"
    return getencoding()


# ── nl_langinfo ──

CODESET = 0xe
RADIXCHAR, THOUSEP = 0x10000, 0x10001
ABDAY_1, ABDAY_2, ABDAY_3, ABDAY_4, ABDAY_5, ABDAY_6, ABDAY_7 = range(0x20000, 0x20007)
DAY_1, DAY_2, DAY_3, DAY_4, DAY_5, DAY_6, DAY_7 = range(0x20007, 0x2000e)
(ABMON_1, ABMON_2, ABMON_3, ABMON_4, ABMON_5, ABMON_6, ABMON_7, ABMON_8, ABMON_9, ABMON_10,
 ABMON_11, ABMON_12) = range(0x2000e, 0x2001a)
(MON_1, MON_2, MON_3, MON_4, MON_5, MON_6, MON_7, MON_8, MON_9, MON_10, MON_11,
 MON_12) = range(0x2001a, 0x20026)
AM_STR, PM_STR, D_T_FMT, D_FMT, T_FMT, T_FMT_AMPM = range(0x20026, 0x2002c)
ERA, ERA_D_FMT, ALT_DIGITS, ERA_D_T_FMT, ERA_T_FMT = 0x2002c, 0x2002e, 0x2002f, 0x20030, 0x20031
CRNCYSTR = 0x4000f
YESEXPR, NOEXPR = 0x50000, 0x50001

_DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]
_LANGINFO = {RADIXCHAR: ".", THOUSEP: "", AM_STR: "AM", PM_STR: "PM",
             D_T_FMT: "%a %b %e %H:%M:%S %Y", D_FMT: "%m/%d/%y", T_FMT: "%H:%M:%S",
             T_FMT_AMPM: "%I:%M:%S %p", ERA: "", ERA_D_FMT: "", ALT_DIGITS: "",
             ERA_D_T_FMT: "", ERA_T_FMT: "", CRNCYSTR: "-", YESEXPR: "^[yY]",
             NOEXPR: "^[nN]"}
for _i in range(7):
    _LANGINFO[DAY_1 + _i] = _DAYS[_i]
    _LANGINFO[ABDAY_1 + _i] = _DAYS[_i][:3]
for _i in range(12):
    _LANGINFO[MON_1 + _i] = _MONTHS[_i]
    _LANGINFO[ABMON_1 + _i] = _MONTHS[_i][:3]
del _i


def nl_langinfo(key):
    """One item of the current locale's information (the C library's nl_langinfo)."""
    if key == CODESET:
        return "UTF-8" if _current[LC_CTYPE] != "C" and _current[LC_CTYPE] != "POSIX" \
            else "ANSI_X3.4-1968"
    if not isinstance(key, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(key).__name__)
    try:
        return _LANGINFO[key]
    except KeyError:
        raise ValueError("unsupported langinfo constant") from None


# ── comparison and formatting ──

def strcoll(a, b):
    """Compares two strings by the locale's collation (the C locale's: code points)."""
    if not isinstance(a, _builtin_str) or not isinstance(b, _builtin_str):
        raise TypeError("strcoll() argument must be str, not %s"
                        % type(b if isinstance(a, _builtin_str) else a).__name__)
    return (a > b) - (a < b)


def strxfrm(string):
    """A key that compares as strcoll compares (the C locale's: the string itself)."""
    if not isinstance(string, _builtin_str):
        raise TypeError("strxfrm() argument must be str, not %s" % type(string).__name__)
    return string


def format_string(f, val, grouping=False, monetary=False):
    """f % val in the locale's conventions. The built-in locales write numbers with a '.'
    decimal point and no thousands separator, so that is f % val itself, whatever grouping
    and monetary ask for."""
    return f % val


def format(percent, value, grouping=False, monetary=False, *additional):
    """One %-specifier formatted as format_string would (deprecated since 3.7)."""
    import warnings
    warnings.warn("This method will be removed in a future version of Python. Use "
                  "'locale.format_string()' instead.", DeprecationWarning, stacklevel=2)
    return format_string(percent, value, grouping, monetary)


def currency(val, symbol=True, grouping=False, international=False):
    """val formatted as the locale's money; the C locale has no currency conventions."""
    # Every built-in locale lacks currency conventions (frac_digits is CHAR_MAX).
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    """A float as str() would write it, with the locale's decimal point."""
    return format_string("%.12g", val)


def delocalize(string):
    """A number written in the locale's conventions, rewritten in Python's (the same, in
    the built-in locales)."""
    return string


def localize(string, grouping=False, monetary=False):
    """A number written in Python's conventions, rewritten in the locale's (the same, in
    the built-in locales)."""
    return string


def atof(string, func=float):
    """A number in the locale's conventions, parsed by func (float by default)."""
    return func(delocalize(string))


def atoi(string):
    """An integer in the locale's conventions."""
    return int(delocalize(string))


# ── message catalogues: MiniPy has none, so every message is its own translation ──

def gettext(msg):
    return msg


def dgettext(domain, msg):
    return msg


def dcgettext(domain, msg, category):
    return msg


_text_domain = "messages"


def textdomain(domain):
    global _text_domain
    if domain is not None:
        _text_domain = domain
    return _text_domain


def bindtextdomain(domain, dir=None):
    return dir if dir is not None else "/usr/share/locale"


def bind_textdomain_codeset(domain, codeset=None):
    return None
