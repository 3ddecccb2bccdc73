# string (constants, capwords, Template, Formatter), copy, operator
import string, copy, operator

def attempt(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords('hello   big world'), string.capwords('a-b c-d', '-'))
t = string.Template('$who likes ${what}; $$5')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'a', 'what': 'b'}, who='c'))
print(t.safe_substitute(who='x'), t.get_identifiers(), t.is_valid(), t.template)
attempt('missing key', t.substitute, who='x')
attempt('bad placeholder', string.Template('$1').substitute)
attempt('bad brace', string.Template('x ${a').substitute, a=1)
class Pct(string.Template):
    delimiter = '%'
print(Pct('%x and %{y}').substitute(x=1, y=2))
f = string.Formatter()
print(f.format('{0} {name} {1:>5}', 'a', 'b', name='n'), list(f.parse('a{0}b{x:3}c')))
print(f.vformat('{a[0]}-{b.real}', (), {'a': [9], 'b': 3}))
attempt('formatter missing', f.format, '{0}')

class Node:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = list(kids)
n = Node(1, [Node(2), Node(3)])
s = copy.copy(n); d = copy.deepcopy(n)
print(s.kids is n.kids, d.kids is n.kids, d.kids[0].v, type(d).__name__)
lst = [[1, 2], {'a': [3]}]
c1 = copy.copy(lst); c2 = copy.deepcopy(lst)
c1[0].append(9); c2[1]['a'].append(8)
print(lst, c1, c2)
cyc = [1]; cyc.append(cyc)
dc = copy.deepcopy(cyc); print(dc[1] is dc, dc is not cyc)
class Custom:
    def __init__(self):
        self.log = []
    def __copy__(self):
        c = Custom(); c.log = ['copied']; return c
    def __deepcopy__(self, memo):
        c = Custom(); c.log = ['deep', len(memo) >= 0]; return c
print(copy.copy(Custom()).log, copy.deepcopy(Custom()).log)
print(copy.copy((1, 2)) == (1, 2), copy.deepcopy((1, [2]))[1], copy.copy(frozenset({1})), copy.deepcopy({1: {2: 3}}))
tup = (1, 2); print(copy.copy(tup) is tup, copy.deepcopy(tup) is tup, copy.deepcopy('s') == 's')
class Slots:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = [1]; self.b = 2
sc = copy.deepcopy(Slots()); print(sc.a, sc.b)
print(issubclass(copy.Error, Exception))

print(operator.add(1, 2), operator.sub(5, 3), operator.mul('a', 3), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3))
print(operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.abs(-3), operator.invert(5), operator.lshift(1, 4), operator.rshift(16, 2))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.ge(1, 2), operator.gt(3, 2))
print(operator.concat([1], [2]), operator.contains('abc', 'b'), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'))
data = [1, 2, 3]
operator.setitem(data, 0, 9); operator.delitem(data, 1); print(data, operator.getitem(data, -1), operator.index(7))
print(operator.length_hint([1, 2]), operator.length_hint(iter([]), 5), operator.matmul.__name__)
ig = operator.itemgetter(1); ig2 = operator.itemgetter(0, 2)
print(ig('abc'), ig2('abc'), repr(ig), repr(ig2))
ag = operator.attrgetter('v'); ag2 = operator.attrgetter('kids', 'v'); ag3 = operator.attrgetter('kids')
print(ag(n), ag2(Node(5))[1], repr(ag), repr(operator.attrgetter('a.b')))
mc = operator.methodcaller('split', ',', 1)
print(mc('a,b,c'), repr(mc), repr(operator.methodcaller('upper')))
print(sorted([('b', 2), ('a', 3), ('c', 1)], key=operator.itemgetter(1)))
x = [1]; x = operator.iadd(x, [2]); print(x, operator.iconcat([0], [1]), operator.imul(2, 3))
attempt('concat non-seq', operator.concat, 1, 2)
attempt('indexOf missing', operator.indexOf, [1], 5)
attempt('itemgetter no args', operator.itemgetter)
attempt('attrgetter int', operator.attrgetter, 1)
attempt('methodcaller int', operator.methodcaller, 1)
attempt('index float', operator.index, 1.5)
attempt('getitem missing', ag, object())
print(operator.__lt__(1, 2), operator.__add__ is operator.add, operator.call(len, 'ab') if hasattr(operator, 'call') else 2)
