"""HTML character entity tables: the HTML 4 entities (name2codepoint,
codepoint2name, entitydefs) and a subset of HTML5's named references
(``html5``).  See src/stdlib/README.md for what ``html5`` leaves out."""

__all__ = ["html5", "name2codepoint", "codepoint2name", "entitydefs"]

# name=hex-codepoint pairs of the HTML 4.01 entity set (data of the HTML spec).
_HTML4 = """
quot=22 amp=26 lt=3c gt=3e nbsp=a0 iexcl=a1 cent=a2 pound=a3 curren=a4
yen=a5 brvbar=a6 sect=a7 uml=a8 copy=a9 ordf=aa laquo=ab not=ac shy=ad
reg=ae macr=af deg=b0 plusmn=b1 sup2=b2 sup3=b3 acute=b4 micro=b5 para=b6
middot=b7 cedil=b8 sup1=b9 ordm=ba raquo=bb frac14=bc frac12=bd frac34=be
iquest=bf Agrave=c0 Aacute=c1 Acirc=c2 Atilde=c3 Auml=c4 Aring=c5
AElig=c6 Ccedil=c7 Egrave=c8 Eacute=c9 Ecirc=ca Euml=cb Igrave=cc
Iacute=cd Icirc=ce Iuml=cf ETH=d0 Ntilde=d1 Ograve=d2 Oacute=d3 Ocirc=d4
Otilde=d5 Ouml=d6 times=d7 Oslash=d8 Ugrave=d9 Uacute=da Ucirc=db Uuml=dc
Yacute=dd THORN=de szlig=df agrave=e0 aacute=e1 acirc=e2 atilde=e3
auml=e4 aring=e5 aelig=e6 ccedil=e7 egrave=e8 eacute=e9 ecirc=ea euml=eb
igrave=ec iacute=ed icirc=ee iuml=ef eth=f0 ntilde=f1 ograve=f2 oacute=f3
ocirc=f4 otilde=f5 ouml=f6 divide=f7 oslash=f8 ugrave=f9 uacute=fa
ucirc=fb uuml=fc yacute=fd thorn=fe yuml=ff OElig=152 oelig=153
Scaron=160 scaron=161 Yuml=178 fnof=192 circ=2c6 tilde=2dc Alpha=391
Beta=392 Gamma=393 Delta=394 Epsilon=395 Zeta=396 Eta=397 Theta=398
Iota=399 Kappa=39a Lambda=39b Mu=39c Nu=39d Xi=39e Omicron=39f Pi=3a0
Rho=3a1 Sigma=3a3 Tau=3a4 Upsilon=3a5 Phi=3a6 Chi=3a7 Psi=3a8 Omega=3a9
alpha=3b1 beta=3b2 gamma=3b3 delta=3b4 epsilon=3b5 zeta=3b6 eta=3b7
theta=3b8 iota=3b9 kappa=3ba lambda=3bb mu=3bc nu=3bd xi=3be omicron=3bf
pi=3c0 rho=3c1 sigmaf=3c2 sigma=3c3 tau=3c4 upsilon=3c5 phi=3c6 chi=3c7
psi=3c8 omega=3c9 thetasym=3d1 upsih=3d2 piv=3d6 ensp=2002 emsp=2003
thinsp=2009 zwnj=200c zwj=200d lrm=200e rlm=200f ndash=2013 mdash=2014
lsquo=2018 rsquo=2019 sbquo=201a ldquo=201c rdquo=201d bdquo=201e
dagger=2020 Dagger=2021 bull=2022 hellip=2026 permil=2030 prime=2032
Prime=2033 lsaquo=2039 rsaquo=203a oline=203e frasl=2044 euro=20ac
image=2111 weierp=2118 real=211c trade=2122 alefsym=2135 larr=2190
uarr=2191 rarr=2192 darr=2193 harr=2194 crarr=21b5 lArr=21d0 uArr=21d1
rArr=21d2 dArr=21d3 hArr=21d4 forall=2200 part=2202 exist=2203 empty=2205
nabla=2207 isin=2208 notin=2209 ni=220b prod=220f sum=2211 minus=2212
lowast=2217 radic=221a prop=221d infin=221e ang=2220 and=2227 or=2228
cap=2229 cup=222a int=222b there4=2234 sim=223c cong=2245 asymp=2248
ne=2260 equiv=2261 le=2264 ge=2265 sub=2282 sup=2283 nsub=2284 sube=2286
supe=2287 oplus=2295 otimes=2297 perp=22a5 sdot=22c5 lceil=2308
rceil=2309 lfloor=230a rfloor=230b lang=2329 rang=232a loz=25ca
spades=2660 clubs=2663 hearts=2665 diams=2666
"""

# Names also recognised without the trailing semicolon (legacy references).
_LEGACY = """
AElig Aacute Acirc Agrave Aring Atilde Auml Ccedil ETH Eacute Ecirc
Egrave Euml Iacute Icirc Igrave Iuml Ntilde Oacute Ocirc Ograve Oslash
Otilde Ouml THORN Uacute Ucirc Ugrave Uuml Yacute aacute acirc acute
aelig agrave amp aring atilde auml brvbar ccedil cedil cent copy curren
deg divide eacute ecirc egrave eth euml frac12 frac14 frac34 gt iacute
icirc iexcl igrave iquest iuml laquo lt macr micro middot nbsp not ntilde
oacute ocirc ograve ordf ordm oslash otilde ouml para plusmn pound quot
raquo reg sect shy sup1 sup2 sup3 szlig thorn times uacute ucirc ugrave
uml uuml yacute yen yuml AMP COPY GT LT QUOT REG
"""

# HTML5 names of ASCII characters and upper-case aliases (name=hex).
_HTML5_EXTRA = """
DiacriticalGrave=60 Hat=5e NewLine=a Tab=9 UnderBar=5f VerticalLine=7c
apos=27 ast=2a bsol=5c colon=3a comma=2c commat=40 dollar=24 equals=3d
excl=21 grave=60 lbrace=7b lbrack=5b lcub=7b lowbar=5f lpar=28 lsqb=5b
midast=2a num=23 percnt=25 period=2e plus=2b quest=3f rbrace=7d rbrack=5d
rcub=7d rpar=29 rsqb=5d semi=3b sol=2f verbar=7c vert=7c COPY=a9 REG=ae
AMP=26 LT=3c GT=3e QUOT=22
"""

name2codepoint = {}
for _pair in _HTML4.split():
    _name, _, _code = _pair.partition("=")
    name2codepoint[_name] = int(_code, 16)

codepoint2name = {c: n for n, c in name2codepoint.items()}
entitydefs = {n: chr(c) for n, c in name2codepoint.items()}

html5 = {}
for _name, _code in name2codepoint.items():
    html5[_name + ";"] = chr(_code)
for _pair in _HTML5_EXTRA.split():
    _name, _, _code = _pair.partition("=")
    html5[_name + ";"] = chr(int(_code, 16))
for _name in _LEGACY.split():
    html5[_name] = html5[_name + ";"]
del _pair, _name, _code
