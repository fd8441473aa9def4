# html.parser: HTMLParser, a tolerant HTML tokenizer. feed() takes text in pieces (a tag
# may be split between them) and calls a method for each thing it finds: start and end
# tags (names lowercased, attributes as (name, value) pairs with references unescaped),
# text, comments, declarations (<!DOCTYPE ...>), processing instructions (<?...>), and with
# convert_charrefs=False the character and entity references themselves. The contents of
# <script> and <style> are text up to their end tag. Subclasses override the handle_*
# methods; the defaults do nothing.
import re
from html import unescape

__all__ = ["HTMLParser"]

_interesting_normal = re.compile(r"[&<]")
_incomplete_reference = re.compile(r"&[a-zA-Z#]")
_entityref = re.compile(r"&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]")
_charref = re.compile(r"&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]")
_starttag_open = re.compile(r"<[a-zA-Z]")
_tag_name = re.compile(r"([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*")
_attribute = re.compile(
    r"((?<=[\'\"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*(\'[^\']*\'|\"[^\"]*\"|(?![\'\"])[^>\s]*))?(?:\s|/(?!>))*")
_start_tag_end = re.compile(r"""
  <[a-zA-Z][^\t\n\r\f />\x00]*       # tag name
  (?:[\s/]*                          # optional whitespace before attribute name
    (?:(?<=['"\s/])[^\s/>][^\s/=>]*  # attribute name
      (?:\s*=+\s*                    # value indicator
        (?:'[^']*'                   # LITA-enclosed value
          |"[^"]*"                   # LIT-enclosed value
          |(?!['"])[^>\s]*           # bare value
         )
        \s*                          # possibly followed by a space
       )?(?:\s|/(?!>))*
     )*
   )?
  \s*                                # trailing whitespace
""", re.VERBOSE)
_end_tag_end = re.compile(r">")
_end_tag_name = re.compile(r"</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>")
_comment_close = re.compile(r"--\s*>")
_declaration_name = re.compile(r"[a-zA-Z][-_.a-zA-Z0-9]*\s*")


class HTMLParser:
    """Find tags and other markup and call handler functions.

    Usage: p = HTMLParser(); p.feed(data); ...; p.close()"""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Forget everything fed so far."""
        self.rawdata = ""
        self.lasttag = "???"
        self.interesting = _interesting_normal
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0

    def feed(self, data):
        """Feed data to the parser: as much text as there is, however it ends."""
        self.rawdata = self.rawdata + data
        self.goahead(False)

    def close(self):
        """Handle any buffered data (the end of the document)."""
        self.goahead(True)

    def getpos(self):
        """The current line number and offset."""
        return self.lineno, self.offset

    __starttag_text = None

    def get_starttag_text(self):
        """The text of the most recently opened start tag."""
        return self.__starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        self.interesting = re.compile(r"</\s*%s\s*>" % self.cdata_elem, re.I)

    def clear_cdata_mode(self):
        self.interesting = _interesting_normal
        self.cdata_elem = None

    def updatepos(self, i, j):
        """Advances the line and offset over rawdata[i:j]; returns j."""
        if i >= j:
            return j
        nlines = self.rawdata.count("\n", i, j)
        if nlines:
            self.lineno = self.lineno + nlines
            pos = self.rawdata.rindex("\n", i, j)
            self.offset = j - (pos + 1)
        else:
            self.offset = self.offset + j - i
        return j

    def _text_end(self, i, n, end):
        """Where the text starting at i ends: at the next '<' (or the cdata element's end
        tag); at the end of what was fed, except, with references converted, before an '&'
        that may start a reference the next piece completes."""
        if self.convert_charrefs and not self.cdata_elem:
            j = self.rawdata.find("<", i)
            if j < 0:
                ampersand = self.rawdata.rfind("&", max(i, n - 34))
                if ampersand >= 0 and not re.compile(r"[\s;]").search(self.rawdata, ampersand):
                    return -1  # wait for more
                j = n
            return j
        match = self.interesting.search(self.rawdata, i)
        if match:
            return match.start()
        if self.cdata_elem:
            return -1
        return n

    def goahead(self, end):
        rawdata = self.rawdata
        i = 0
        n = len(rawdata)
        while i < n:
            j = self._text_end(i, n, end)
            if j < 0:
                break
            if i < j:
                if self.convert_charrefs and not self.cdata_elem:
                    self.handle_data(unescape(rawdata[i:j]))
                else:
                    self.handle_data(rawdata[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if rawdata.startswith("<", i):
                if _starttag_open.match(rawdata, i):
                    k = self.parse_starttag(i)
                elif rawdata.startswith("</", i):
                    k = self.parse_endtag(i)
                elif rawdata.startswith("<!--", i):
                    k = self.parse_comment(i)
                elif rawdata.startswith("<?", i):
                    k = self.parse_pi(i)
                elif rawdata.startswith("<!", i):
                    k = self.parse_html_declaration(i)
                elif i + 1 < n:
                    self.handle_data("<")
                    k = i + 1
                elif end:
                    self.handle_data("<")
                    k = i + 1
                else:
                    break
                if k < 0:
                    if not end:
                        break
                    k = rawdata.find(">", i + 1)
                    if k < 0:
                        k = rawdata.find("<", i + 1)
                        if k < 0:
                            k = i + 1
                    else:
                        k += 1
                    if self.convert_charrefs and not self.cdata_elem:
                        self.handle_data(unescape(rawdata[i:k]))
                    else:
                        self.handle_data(rawdata[i:k])
                i = self.updatepos(i, k)
            elif rawdata.startswith("&#", i):
                match = _charref.match(rawdata, i)
                if match:
                    name = match.group()[2:-1]
                    self.handle_charref(name)
                    k = match.end()
                    if not rawdata.startswith(";", k - 1):
                        k = k - 1
                    i = self.updatepos(i, k)
                    continue
                if ";" in rawdata[i:]:  # bail by consuming '&#'
                    self.handle_data(rawdata[i:i + 2])
                    i = self.updatepos(i, i + 2)
                break
            elif rawdata.startswith("&", i):
                match = _entityref.match(rawdata, i)
                if match:
                    name = match.group(1)
                    self.handle_entityref(name)
                    k = match.end()
                    if not rawdata.startswith(";", k - 1):
                        k = k - 1
                    i = self.updatepos(i, k)
                    continue
                match = _incomplete_reference.match(rawdata, i)
                if match:
                    if end and match.group() == rawdata[i:]:
                        k = match.end()
                        if k <= i:
                            k = n
                        i = self.updatepos(i, i + 1)
                    break
                elif i + 1 < n:
                    # Not a reference: the '&' is text.
                    self.handle_data("&")
                    i = self.updatepos(i, i + 1)
                else:
                    break
            else:
                raise AssertionError("we should not get here!")
        # What is left at the end of the document is text.
        if end and i < n and not self.cdata_elem:
            if self.convert_charrefs and not self.cdata_elem:
                self.handle_data(unescape(rawdata[i:n]))
            else:
                self.handle_data(rawdata[i:n])
            i = self.updatepos(i, n)
        self.rawdata = rawdata[i:]

    # ───────────── the markup ─────────────

    def parse_html_declaration(self, i):
        """<!...>: a comment, a marked section (<![CDATA[...]]>), a DOCTYPE, or a bogus comment."""
        rawdata = self.rawdata
        if rawdata[i:i + 4] == "<!--":
            return self.parse_comment(i)
        if rawdata[i:i + 3] == "<![":
            return self.parse_marked_section(i)
        if rawdata[i:i + 9].lower() == "<!doctype":
            gtpos = rawdata.find(">", i + 9)
            if gtpos == -1:
                return -1
            self.handle_decl(rawdata[i + 2:gtpos])
            return gtpos + 1
        return self.parse_bogus_comment(i)

    def parse_marked_section(self, i, report=1):
        rawdata = self.rawdata
        match = _declaration_name.match(rawdata, i + 3)
        if not match:
            return -1
        section = match.group(0).strip().lower()
        if section in ("temp", "cdata", "ignore", "include", "rcdata"):
            close = rawdata.find("]]>", i + 3)
            length = 3
        elif section in ("if", "else", "endif"):
            close = rawdata.find("]>", i + 3)
            length = 2
        else:
            raise AssertionError("unknown status keyword %r in marked section" % rawdata[i + 3:match.end()])
        if close < 0:
            return -1
        if report:
            self.unknown_decl(rawdata[i + 3:close])
        return close + length

    def parse_comment(self, i, report=1):
        rawdata = self.rawdata
        if rawdata[i:i + 4] != "<!--":
            raise AssertionError("unexpected call to parse_comment()")
        match = _comment_close.search(rawdata, i + 4)
        if not match:
            return -1
        if report:
            self.handle_comment(rawdata[i + 4:match.start()])
        return match.end()

    def parse_bogus_comment(self, i, report=1):
        rawdata = self.rawdata
        if rawdata[i:i + 2] not in ("<!", "</"):
            raise AssertionError("unexpected call to parse_comment()")
        pos = rawdata.find(">", i + 2)
        if pos == -1:
            return -1
        if report:
            self.handle_comment(rawdata[i + 2:pos])
        return pos + 1

    def parse_pi(self, i):
        rawdata = self.rawdata
        pos = rawdata.find(">", i + 2)
        if pos < 0:
            return -1
        self.handle_pi(rawdata[i + 2:pos])
        return pos + 1

    def check_for_whole_start_tag(self, i):
        """Where the start tag at i ends (-1: not all fed yet)."""
        rawdata = self.rawdata
        match = _start_tag_end.match(rawdata, i)
        if match:
            j = match.end()
            following = rawdata[j:j + 1]
            if following == ">":
                return j + 1
            if following == "/":
                if rawdata.startswith("/>", j):
                    return j + 2
                if rawdata.startswith("/", j):
                    return -1  # buffer boundary
                if j > i:
                    return j
                return i + 1
            if following == "":
                return -1  # end of input
            if following in ("abcdefghijklmnopqrstuvwxyz=/ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
                return -1
            if j > i:
                return j
            return i + 1
        raise AssertionError("we should not get here!")

    def parse_starttag(self, i):
        self.__starttag_text = None
        endpos = self.check_for_whole_start_tag(i)
        if endpos < 0:
            return endpos
        rawdata = self.rawdata
        self.__starttag_text = rawdata[i:endpos]
        attrs = []
        match = _tag_name.match(rawdata, i + 1)
        k = match.end()
        self.lasttag = tag = match.group(1).lower()
        while k < endpos:
            match = _attribute.match(rawdata, k)
            if not match:
                break
            attrname, rest, attrvalue = match.group(1, 2, 3)
            if not rest:
                attrvalue = None
            elif attrvalue[:1] == "'" == attrvalue[-1:] or attrvalue[:1] == '"' == attrvalue[-1:]:
                attrvalue = attrvalue[1:-1]
            if attrvalue:
                attrvalue = unescape(attrvalue)
            attrs.append((attrname.lower(), attrvalue))
            k = match.end()
        end = rawdata[k:endpos].strip()
        if end not in (">", "/>"):
            self.handle_data(rawdata[i:endpos])
            return endpos
        if end.endswith("/>"):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return endpos

    def parse_endtag(self, i):
        rawdata = self.rawdata
        match = _end_tag_end.search(rawdata, i + 1)
        if not match:
            return -1
        gtpos = match.end()
        match = _end_tag_name.match(rawdata, i)
        if not match:
            if self.cdata_elem is not None:
                self.handle_data(rawdata[i:gtpos])
                return gtpos
            # A malformed end tag: the name is what follows "</" up to a space or ">".
            namematch = _tag_name.match(rawdata, i + 2)
            if not namematch:
                if rawdata[i:i + 3] == "</>":
                    return i + 3
                return self.parse_bogus_comment(i)
            tagname = namematch.group(1).lower()
            gtpos = rawdata.find(">", namematch.end())
            self.handle_endtag(tagname)
            return gtpos + 1
        elem = match.group(1).lower()
        if self.cdata_elem is not None and elem != self.cdata_elem:
            self.handle_data(rawdata[i:gtpos])
            return gtpos
        self.handle_endtag(elem)
        self.clear_cdata_mode()
        return gtpos

    # ───────────── the handlers, for subclasses to override ─────────────

    def handle_startendtag(self, tag, attrs):
        """An XHTML-style empty tag, <br/>: a start tag, then its end."""
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
