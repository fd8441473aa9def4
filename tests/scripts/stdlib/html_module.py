# html: escape and unescape (named references with and without ';', numeric ones and the
# specification's replacements) and html.entities' tables; the output CPython 3.11 printed.
import html
from html import entities
print(html.escape('<a href="x">Tom & Jerry\'s</a>'))
print(html.escape('<a href="x">', quote=False))
for s in ["&lt;p&gt;", "&amp;amp;", "&#62;&#x3E;&#X3e;", "&notit;", "&notin;", "&copy2020", "&#0;&#13;&#128;&#x81;",
          "&#xD800;&#1114112;", "&#1;&#11;&#65535;", "&bogus; & &", "&AMP&Amp;", "no refs", "&#38;#38;", "&nbsp;x&NotEqualTilde;"]:
    print(repr(html.unescape(s)))
print(len(entities.html5), entities.name2codepoint['eacute'], entities.codepoint2name[233], entities.entitydefs['lt'])
print(list(entities.html5)[:5], entities.name2codepoint['lang'], entities.html5['lang;'] == chr(0x27e8))
# expect: &lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#x27;s&lt;/a&gt;
# expect: &lt;a href="x"&gt;
# expect: '<p>'
# expect: '&amp;'
# expect: '>>>'
# expect: '¬it;'
# expect: '∉'
# expect: '©2020'
# expect: '�\r€\x81'
# expect: '��'
# expect: ''
# expect: '&bogus; & &'
# expect: '&&Amp;'
# expect: 'no refs'
# expect: '&#38;'
# expect: '\xa0x≂̸'
# expect: 2231 233 eacute <
# expect: ['Aacute', 'aacute', 'Aacute;', 'aacute;', 'Abreve;'] 9001 True
