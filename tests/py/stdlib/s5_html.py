import html, html.entities
print(html.escape("<a href=\"x\">&'</a>"), html.escape("<\"'>", quote=False))
for s in ["&amp;", "&amp", "&ampx", "&lt;&gt", "&#65;", "&#x41;", "&#X41", "&#0;", "&#128;", "&#x110000;", "&#xd800;", "&#1;", "&#11;", "&#65", "&#;", "&#x;", "&notit;", "&notin;", "&noti", "&hellip;", "&Eacute;", "&eacute", "&nbsp;x", "&#x80;", "&#159;", "&#127;", "&#xFFFE;", "& amp;", "&unknown;", "&copy2", "&AMP;", "&#00000000065;", "&#x0000041;", "&#9999999999999999;", "&apos;", "&quot;&QUOT", "a&b", "&#x81;&#13;", "&alpha;&Omega;&euro;&rarr;", "no refs", "&&amp;&", "&#x1F600;", "&lt", "&LT;x&GT", "&sup2;&sup23", "&thetasym;", "&theta"]:
    print(repr(s), repr(html.unescape(s)))
print(html.unescape(html.escape("x < y & 'z' > \"w\"")))
E = html.entities
print(E.name2codepoint["amp"], E.name2codepoint["hearts"], E.codepoint2name[0x3b1], E.entitydefs["nbsp"] == "\xa0", E.entitydefs["alpha"])
print(len(E.name2codepoint), len(E.codepoint2name), len(E.entitydefs))
print(E.html5["amp;"], E.html5["amp"], E.html5["lt;"], E.html5["copy;"])
print(html.__all__)
