//! Parser tests: node spans and SyntaxErrors compared with what CPython 3.11
//! reports for the same source (expected values were produced by python3's
//! `ast` module and `compile()`).

use super::dump::dump_module;
use super::{parse, Mode, SyntaxError, SyntaxErrorKind};

fn dump(src: &str) -> String {
    match parse(src, "<test>", Mode::Exec) {
        Ok(m) => dump_module(&m),
        Err(e) => panic!("{src:?} failed to parse: {e:?}"),
    }
}

fn err(src: &str) -> SyntaxError {
    match parse(src, "<test>", Mode::Exec) {
        Ok(_) => panic!("{src:?} parsed but should not"),
        Err(e) => e,
    }
}

/// (source, CPython's AST in `dump` form).
const SPANS: &[(&str, &str)] = &[
    ("x = 1", "Assign(targets=[Name(id=\"x\", ctx=Store, @1:0-1:1)], value=Constant(value=i1, @1:4-1:5), @1:0-1:5)\n"),
    ("a.b.c(d)[e]", "Expr(value=Subscript(value=Call(func=Attribute(value=Attribute(value=Name(id=\"a\", ctx=Load, @1:0-1:1), attr=\"b\", ctx=Load, @1:0-1:3), attr=\"c\", ctx=Load, @1:0-1:5), args=[Name(id=\"d\", ctx=Load, @1:6-1:7)], keywords=[], @1:0-1:8), slice=Name(id=\"e\", ctx=Load, @1:9-1:10), ctx=Load, @1:0-1:11), @1:0-1:11)\n"),
    ("(a+b)*c", "Expr(value=BinOp(left=BinOp(left=Name(id=\"a\", ctx=Load, @1:1-1:2), op=Add, right=Name(id=\"b\", ctx=Load, @1:3-1:4), @1:1-1:4), op=Mult, right=Name(id=\"c\", ctx=Load, @1:6-1:7), @1:0-1:7), @1:0-1:7)\n"),
    ("-2**2", "Expr(value=UnaryOp(op=USub, operand=BinOp(left=Constant(value=i2, @1:1-1:2), op=Pow, right=Constant(value=i2, @1:4-1:5), @1:1-1:5), @1:0-1:5), @1:0-1:5)\n"),
    ("x = 1, 2,", "Assign(targets=[Name(id=\"x\", ctx=Store, @1:0-1:1)], value=Tuple(elts=[Constant(value=i1, @1:4-1:5), Constant(value=i2, @1:7-1:8)], ctx=Load, @1:4-1:9), @1:0-1:9)\n"),
    ("a[1:2, ::3]", "Expr(value=Subscript(value=Name(id=\"a\", ctx=Load, @1:0-1:1), slice=Tuple(elts=[Slice(lower=Constant(value=i1, @1:2-1:3), upper=Constant(value=i2, @1:4-1:5), @1:2-1:5), Slice(step=Constant(value=i3, @1:9-1:10), @1:7-1:10)], ctx=Load, @1:2-1:10), ctx=Load, @1:0-1:11), @1:0-1:11)\n"),
    ("a[:]", "Expr(value=Subscript(value=Name(id=\"a\", ctx=Load, @1:0-1:1), slice=Slice(@1:2-1:3), ctx=Load, @1:0-1:4), @1:0-1:4)\n"),
    ("f(x for x in y)", "Expr(value=Call(func=Name(id=\"f\", ctx=Load, @1:0-1:1), args=[GeneratorExp(elt=Name(id=\"x\", ctx=Load, @1:2-1:3), generators=[comprehension(target=Name(id=\"x\", ctx=Store, @1:8-1:9), iter=Name(id=\"y\", ctx=Load, @1:13-1:14), ifs=[], )], @1:1-1:15)], keywords=[], @1:0-1:15), @1:0-1:15)\n"),
    ("print(*a, **k, sep='')", "Expr(value=Call(func=Name(id=\"print\", ctx=Load, @1:0-1:5), args=[Starred(value=Name(id=\"a\", ctx=Load, @1:7-1:8), ctx=Load, @1:6-1:8)], keywords=[keyword(value=Name(id=\"k\", ctx=Load, @1:12-1:13), @1:10-1:13), keyword(arg=\"sep\", value=Constant(value=s\"\", @1:19-1:21), @1:15-1:21)], @1:0-1:22), @1:0-1:22)\n"),
    ("f(a)(b)", "Expr(value=Call(func=Call(func=Name(id=\"f\", ctx=Load, @1:0-1:1), args=[Name(id=\"a\", ctx=Load, @1:2-1:3)], keywords=[], @1:0-1:4), args=[Name(id=\"b\", ctx=Load, @1:5-1:6)], keywords=[], @1:0-1:7), @1:0-1:7)\n"),
    ("'a' 'b'", "Expr(value=Constant(value=s\"ab\", @1:0-1:7), @1:0-1:7)\n"),
    ("b'a' b'\\x00'", "Expr(value=Constant(value=b6100, @1:0-1:12), @1:0-1:12)\n"),
    ("(yield)", "Expr(value=Yield(@1:1-1:6), @1:0-1:7)\n"),
    ("x = yield y", "Assign(targets=[Name(id=\"x\", ctx=Store, @1:0-1:1)], value=Yield(value=Name(id=\"y\", ctx=Load, @1:10-1:11), @1:4-1:11), @1:0-1:11)\n"),
    ("lambda x, *y, z=1, **w: x", "Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg=\"x\", @1:7-1:8)], vararg=arg(arg=\"y\", @1:11-1:12), kwonlyargs=[arg(arg=\"z\", @1:14-1:15)], kw_defaults=[Constant(value=i1, @1:16-1:17)], kwarg=arg(arg=\"w\", @1:21-1:22), defaults=[], ), body=Name(id=\"x\", ctx=Load, @1:24-1:25), @1:0-1:25), @1:0-1:25)\n"),
    ("a if b else c", "Expr(value=IfExp(test=Name(id=\"b\", ctx=Load, @1:5-1:6), body=Name(id=\"a\", ctx=Load, @1:0-1:1), orelse=Name(id=\"c\", ctx=Load, @1:12-1:13), @1:0-1:13), @1:0-1:13)\n"),
    ("not a and b or c", "Expr(value=BoolOp(op=Or, values=[BoolOp(op=And, values=[UnaryOp(op=Not, operand=Name(id=\"a\", ctx=Load, @1:4-1:5), @1:0-1:5), Name(id=\"b\", ctx=Load, @1:10-1:11)], @1:0-1:11), Name(id=\"c\", ctx=Load, @1:15-1:16)], @1:0-1:16), @1:0-1:16)\n"),
    ("a < b <= c is not d not in e", "Expr(value=Compare(left=Name(id=\"a\", ctx=Load, @1:0-1:1), ops=[Lt, LtE, IsNot, NotIn], comparators=[Name(id=\"b\", ctx=Load, @1:4-1:5), Name(id=\"c\", ctx=Load, @1:9-1:10), Name(id=\"d\", ctx=Load, @1:18-1:19), Name(id=\"e\", ctx=Load, @1:27-1:28)], @1:0-1:28), @1:0-1:28)\n"),
    ("[x * 2 for x in range(10) if x if x > 1 for y in x]", "Expr(value=ListComp(elt=BinOp(left=Name(id=\"x\", ctx=Load, @1:1-1:2), op=Mult, right=Constant(value=i2, @1:5-1:6), @1:1-1:6), generators=[comprehension(target=Name(id=\"x\", ctx=Store, @1:11-1:12), iter=Call(func=Name(id=\"range\", ctx=Load, @1:16-1:21), args=[Constant(value=i10, @1:22-1:24)], keywords=[], @1:16-1:25), ifs=[Name(id=\"x\", ctx=Load, @1:29-1:30), Compare(left=Name(id=\"x\", ctx=Load, @1:34-1:35), ops=[Gt], comparators=[Constant(value=i1, @1:38-1:39)], @1:34-1:39)], ), comprehension(target=Name(id=\"y\", ctx=Store, @1:44-1:45), iter=Name(id=\"x\", ctx=Load, @1:49-1:50), ifs=[], )], @1:0-1:51), @1:0-1:51)\n"),
    ("{k: v for k, v in d.items()}", "Expr(value=DictComp(key=Name(id=\"k\", ctx=Load, @1:1-1:2), value=Name(id=\"v\", ctx=Load, @1:4-1:5), generators=[comprehension(target=Tuple(elts=[Name(id=\"k\", ctx=Store, @1:10-1:11), Name(id=\"v\", ctx=Store, @1:13-1:14)], ctx=Store, @1:10-1:14), iter=Call(func=Attribute(value=Name(id=\"d\", ctx=Load, @1:18-1:19), attr=\"items\", ctx=Load, @1:18-1:25), args=[], keywords=[], @1:18-1:27), ifs=[], )], @1:0-1:28), @1:0-1:28)\n"),
    ("{a, *b}", "Expr(value=Set(elts=[Name(id=\"a\", ctx=Load, @1:1-1:2), Starred(value=Name(id=\"b\", ctx=Load, @1:5-1:6), ctx=Load, @1:4-1:6)], @1:0-1:7), @1:0-1:7)\n"),
    ("{**a, 'b': 1}", "Expr(value=Dict(keys=[None, Constant(value=s\"b\", @1:6-1:9)], values=[Name(id=\"a\", ctx=Load, @1:3-1:4), Constant(value=i1, @1:11-1:12)], @1:0-1:13), @1:0-1:13)\n"),
    ("(x := 10)", "Expr(value=NamedExpr(target=Name(id=\"x\", ctx=Store, @1:1-1:2), value=Constant(value=i10, @1:6-1:8), @1:1-1:8), @1:0-1:9)\n"),
    ("if (n := len(a)) > 10: pass", "If(test=Compare(left=NamedExpr(target=Name(id=\"n\", ctx=Store, @1:4-1:5), value=Call(func=Name(id=\"len\", ctx=Load, @1:9-1:12), args=[Name(id=\"a\", ctx=Load, @1:13-1:14)], keywords=[], @1:9-1:15), @1:4-1:15), ops=[Gt], comparators=[Constant(value=i10, @1:19-1:21)], @1:3-1:21), body=[Pass(@1:23-1:27)], orelse=[], @1:0-1:27)\n"),
    ("x: int = 1", "AnnAssign(target=Name(id=\"x\", ctx=Store, @1:0-1:1), annotation=Name(id=\"int\", ctx=Load, @1:3-1:6), value=Constant(value=i1, @1:9-1:10), simple=1, @1:0-1:10)\n"),
    ("(x): int", "AnnAssign(target=Name(id=\"x\", ctx=Store, @1:1-1:2), annotation=Name(id=\"int\", ctx=Load, @1:5-1:8), simple=0, @1:0-1:8)\n"),
    ("a.b: str", "AnnAssign(target=Attribute(value=Name(id=\"a\", ctx=Load, @1:0-1:1), attr=\"b\", ctx=Store, @1:0-1:3), annotation=Name(id=\"str\", ctx=Load, @1:5-1:8), simple=0, @1:0-1:8)\n"),
    ("x += 1", "AugAssign(target=Name(id=\"x\", ctx=Store, @1:0-1:1), op=Add, value=Constant(value=i1, @1:5-1:6), @1:0-1:6)\n"),
    ("del a, b[0], c.d", "Delete(targets=[Name(id=\"a\", ctx=Del, @1:4-1:5), Subscript(value=Name(id=\"b\", ctx=Load, @1:7-1:8), slice=Constant(value=i0, @1:9-1:10), ctx=Del, @1:7-1:11), Attribute(value=Name(id=\"c\", ctx=Load, @1:13-1:14), attr=\"d\", ctx=Del, @1:13-1:16)], @1:0-1:16)\n"),
    ("global x, y", "Global(names=[\"x\", \"y\"], @1:0-1:11)\n"),
    ("import a.b.c as d, e", "Import(names=[alias(name=\"a.b.c\", asname=\"d\", @1:7-1:17), alias(name=\"e\", @1:19-1:20)], @1:0-1:20)\n"),
    ("from ..a import (b as c, d,)", "ImportFrom(module=\"a\", names=[alias(name=\"b\", asname=\"c\", @1:17-1:23), alias(name=\"d\", @1:25-1:26)], level=2, @1:0-1:28)\n"),
    ("from . import *", "ImportFrom(names=[alias(name=\"*\", @1:14-1:15)], level=1, @1:0-1:15)\n"),
    ("assert x, 'msg'", "Assert(test=Name(id=\"x\", ctx=Load, @1:7-1:8), msg=Constant(value=s\"msg\", @1:10-1:15), @1:0-1:15)\n"),
    ("raise E from e", "Raise(exc=Name(id=\"E\", ctx=Load, @1:6-1:7), cause=Name(id=\"e\", ctx=Load, @1:13-1:14), @1:0-1:14)\n"),
    ("if a:\n    pass\nelif b:\n    x = 1\nelse:\n    y = 2\n", "If(test=Name(id=\"a\", ctx=Load, @1:3-1:4), body=[Pass(@2:4-2:8)], orelse=[If(test=Name(id=\"b\", ctx=Load, @3:5-3:6), body=[Assign(targets=[Name(id=\"x\", ctx=Store, @4:4-4:5)], value=Constant(value=i1, @4:8-4:9), @4:4-4:9)], orelse=[Assign(targets=[Name(id=\"y\", ctx=Store, @6:4-6:5)], value=Constant(value=i2, @6:8-6:9), @6:4-6:9)], @3:0-6:9)], @1:0-6:9)\n"),
    ("for i, *j in x:\n    break\nelse:\n    continue\n", "For(target=Tuple(elts=[Name(id=\"i\", ctx=Store, @1:4-1:5), Starred(value=Name(id=\"j\", ctx=Store, @1:8-1:9), ctx=Store, @1:7-1:9)], ctx=Store, @1:4-1:9), iter=Name(id=\"x\", ctx=Load, @1:13-1:14), body=[Break(@2:4-2:9)], orelse=[Continue(@4:4-4:12)], @1:0-4:12)\n"),
    ("while x:\n    pass\nelse:\n    pass\n", "While(test=Name(id=\"x\", ctx=Load, @1:6-1:7), body=[Pass(@2:4-2:8)], orelse=[Pass(@4:4-4:8)], @1:0-4:8)\n"),
    ("try:\n    pass\nexcept (A, B) as e:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n", "Try(body=[Pass(@2:4-2:8)], handlers=[ExceptHandler(type=Tuple(elts=[Name(id=\"A\", ctx=Load, @3:8-3:9), Name(id=\"B\", ctx=Load, @3:11-3:12)], ctx=Load, @3:7-3:13), name=\"e\", body=[Pass(@4:4-4:8)], @3:0-4:8), ExceptHandler(body=[Pass(@6:4-6:8)], @5:0-6:8)], orelse=[Pass(@8:4-8:8)], finalbody=[Pass(@10:4-10:8)], @1:0-10:8)\n"),
    ("with a as b, c as (d, e):\n    pass\n", "With(items=[withitem(context_expr=Name(id=\"a\", ctx=Load, @1:5-1:6), optional_vars=Name(id=\"b\", ctx=Store, @1:10-1:11), ), withitem(context_expr=Name(id=\"c\", ctx=Load, @1:13-1:14), optional_vars=Tuple(elts=[Name(id=\"d\", ctx=Store, @1:19-1:20), Name(id=\"e\", ctx=Store, @1:22-1:23)], ctx=Store, @1:18-1:24), )], body=[Pass(@2:4-2:8)], @1:0-2:8)\n"),
    ("with (a as b, c):\n    pass\n", "With(items=[withitem(context_expr=Name(id=\"a\", ctx=Load, @1:6-1:7), optional_vars=Name(id=\"b\", ctx=Store, @1:11-1:12), ), withitem(context_expr=Name(id=\"c\", ctx=Load, @1:14-1:15), )], body=[Pass(@2:4-2:8)], @1:0-2:8)\n"),
    ("with (a, b) as c:\n    pass\n", "With(items=[withitem(context_expr=Tuple(elts=[Name(id=\"a\", ctx=Load, @1:6-1:7), Name(id=\"b\", ctx=Load, @1:9-1:10)], ctx=Load, @1:5-1:11), optional_vars=Name(id=\"c\", ctx=Store, @1:15-1:16), )], body=[Pass(@2:4-2:8)], @1:0-2:8)\n"),
    ("@dec\n@dec2(1)\ndef f(a, /, b: int = 2, *, c, **k) -> None:\n    return a\n", "FunctionDef(name=\"f\", args=arguments(posonlyargs=[arg(arg=\"a\", @3:6-3:7)], args=[arg(arg=\"b\", annotation=Name(id=\"int\", ctx=Load, @3:15-3:18), @3:12-3:18)], kwonlyargs=[arg(arg=\"c\", @3:27-3:28)], kw_defaults=[None], kwarg=arg(arg=\"k\", @3:32-3:33), defaults=[Constant(value=i2, @3:21-3:22)], ), body=[Return(value=Name(id=\"a\", ctx=Load, @4:11-4:12), @4:4-4:12)], decorator_list=[Name(id=\"dec\", ctx=Load, @1:1-1:4), Call(func=Name(id=\"dec2\", ctx=Load, @2:1-2:5), args=[Constant(value=i1, @2:6-2:7)], keywords=[], @2:1-2:8)], returns=Constant(value=None, @3:38-3:42), @3:0-4:12)\n"),
    ("class A(B, metaclass=M):\n    x = 1\n    def f(self): pass\n", "ClassDef(name=\"A\", bases=[Name(id=\"B\", ctx=Load, @1:8-1:9)], keywords=[keyword(arg=\"metaclass\", value=Name(id=\"M\", ctx=Load, @1:21-1:22), @1:11-1:22)], body=[Assign(targets=[Name(id=\"x\", ctx=Store, @2:4-2:5)], value=Constant(value=i1, @2:8-2:9), @2:4-2:9), FunctionDef(name=\"f\", args=arguments(posonlyargs=[], args=[arg(arg=\"self\", @3:10-3:14)], kwonlyargs=[], kw_defaults=[], defaults=[], ), body=[Pass(@3:17-3:21)], decorator_list=[], @3:4-3:21)], decorator_list=[], @1:0-3:21)\n"),
    ("f'{x!r:>{width}} {y=} {{z}}'", "Expr(value=JoinedStr(values=[FormattedValue(value=Name(id=\"x\", ctx=Load, @1:3-1:4), conversion=114, format_spec=JoinedStr(values=[Constant(value=s\">\", @1:0-1:28), FormattedValue(value=Name(id=\"width\", ctx=Load, @1:9-1:14), conversion=-1, @1:0-1:28)], @1:0-1:28), @1:0-1:28), Constant(value=s\" y=\", @1:0-1:28), FormattedValue(value=Name(id=\"y\", ctx=Load, @1:18-1:19), conversion=114, @1:0-1:28), Constant(value=s\" {z}\", @1:0-1:28)], @1:0-1:28), @1:0-1:28)\n"),
    ("f'a' 'b' f'{c}'", "Expr(value=JoinedStr(values=[Constant(value=s\"ab\", @1:0-1:15), FormattedValue(value=Name(id=\"c\", ctx=Load, @1:12-1:13), conversion=-1, @1:0-1:15)], @1:0-1:15), @1:0-1:15)\n"),
    ("rb'\\d' Rb'x' BR'y'", "Expr(value=Constant(value=b5c647879, @1:0-1:18), @1:0-1:18)\n"),
    ("'\\N{BULLET} \\u00e9 \\U0001F600 \\x41 \\101 \\q'", "Expr(value=Constant(value=s\"\\u{2022} \\u{e9} \\u{1f600} A A \\\\q\", @1:0-1:43), @1:0-1:43)\n"),
    ("x = 0x_FF + 0o17 + 0b1_0 + 1_000 + 1e-5 + .5 + 1_0.0 + 3j + 10**100", "Assign(targets=[Name(id=\"x\", ctx=Store, @1:0-1:1)], value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Constant(value=i255, @1:4-1:9), op=Add, right=Constant(value=i15, @1:12-1:16), @1:4-1:16), op=Add, right=Constant(value=i2, @1:19-1:24), @1:4-1:24), op=Add, right=Constant(value=i1000, @1:27-1:32), @1:4-1:32), op=Add, right=Constant(value=f4532020583610935537, @1:35-1:39), @1:4-1:39), op=Add, right=Constant(value=f4602678819172646912, @1:42-1:44), @1:4-1:44), op=Add, right=Constant(value=f4621819117588971520, @1:47-1:52), @1:4-1:52), op=Add, right=Constant(value=j4613937818241073152, @1:55-1:57), @1:4-1:57), op=Add, right=BinOp(left=Constant(value=i10, @1:60-1:62), op=Pow, right=Constant(value=i100, @1:64-1:67), @1:60-1:67), @1:4-1:67), @1:0-1:67)\n"),
    ("é = 'ü'; print(é)", "Assign(targets=[Name(id=\"\\u{e9}\", ctx=Store, @1:0-1:2)], value=Constant(value=s\"\\u{fc}\", @1:5-1:9), @1:0-1:9)\nExpr(value=Call(func=Name(id=\"print\", ctx=Load, @1:11-1:16), args=[Name(id=\"\\u{e9}\", ctx=Load, @1:17-1:19)], keywords=[], @1:11-1:20), @1:11-1:20)\n"),
    ("x = [\n    1,\n    2,\n]\n", "Assign(targets=[Name(id=\"x\", ctx=Store, @1:0-1:1)], value=List(elts=[Constant(value=i1, @2:4-2:5), Constant(value=i2, @3:4-3:5)], ctx=Load, @1:4-4:1), @1:0-4:1)\n"),
    ("if x:\n\tif y:\n\t\tpass\n", "If(test=Name(id=\"x\", ctx=Load, @1:3-1:4), body=[If(test=Name(id=\"y\", ctx=Load, @2:4-2:5), body=[Pass(@3:2-3:6)], orelse=[], @2:1-3:6)], orelse=[], @1:0-3:6)\n"),
    ("def f():\n    return (\n        1\n    )\n", "FunctionDef(name=\"f\", args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[], ), body=[Return(value=Constant(value=i1, @3:8-3:9), @2:4-4:5)], decorator_list=[], @1:0-4:5)\n"),
    ("x = 1 \\\n    + 2\n", "Assign(targets=[Name(id=\"x\", ctx=Store, @1:0-1:1)], value=BinOp(left=Constant(value=i1, @1:4-1:5), op=Add, right=Constant(value=i2, @2:6-2:7), @1:4-2:7), @1:0-2:7)\n"),
    ("a = b = c = d", "Assign(targets=[Name(id=\"a\", ctx=Store, @1:0-1:1), Name(id=\"b\", ctx=Store, @1:4-1:5), Name(id=\"c\", ctx=Store, @1:8-1:9)], value=Name(id=\"d\", ctx=Load, @1:12-1:13), @1:0-1:13)\n"),
    ("a, b = b, a", "Assign(targets=[Tuple(elts=[Name(id=\"a\", ctx=Store, @1:0-1:1), Name(id=\"b\", ctx=Store, @1:3-1:4)], ctx=Store, @1:0-1:4)], value=Tuple(elts=[Name(id=\"b\", ctx=Load, @1:7-1:8), Name(id=\"a\", ctx=Load, @1:10-1:11)], ctx=Load, @1:7-1:11), @1:0-1:11)\n"),
    ("[a, *b] = c", "Assign(targets=[List(elts=[Name(id=\"a\", ctx=Store, @1:1-1:2), Starred(value=Name(id=\"b\", ctx=Store, @1:5-1:6), ctx=Store, @1:4-1:6)], ctx=Store, @1:0-1:7)], value=Name(id=\"c\", ctx=Load, @1:10-1:11), @1:0-1:11)\n"),
    ("x[1:2] = y", "Assign(targets=[Subscript(value=Name(id=\"x\", ctx=Load, @1:0-1:1), slice=Slice(lower=Constant(value=i1, @1:2-1:3), upper=Constant(value=i2, @1:4-1:5), @1:2-1:5), ctx=Store, @1:0-1:6)], value=Name(id=\"y\", ctx=Load, @1:9-1:10), @1:0-1:10)\n"),
    ("f(a, *b, c=1, **d)", "Expr(value=Call(func=Name(id=\"f\", ctx=Load, @1:0-1:1), args=[Name(id=\"a\", ctx=Load, @1:2-1:3), Starred(value=Name(id=\"b\", ctx=Load, @1:6-1:7), ctx=Load, @1:5-1:7)], keywords=[keyword(arg=\"c\", value=Constant(value=i1, @1:11-1:12), @1:9-1:12), keyword(value=Name(id=\"d\", ctx=Load, @1:16-1:17), @1:14-1:17)], @1:0-1:18), @1:0-1:18)\n"),
    ("f(a=1)(b=2)", "Expr(value=Call(func=Call(func=Name(id=\"f\", ctx=Load, @1:0-1:1), args=[], keywords=[keyword(arg=\"a\", value=Constant(value=i1, @1:4-1:5), @1:2-1:5)], @1:0-1:6), args=[], keywords=[keyword(arg=\"b\", value=Constant(value=i2, @1:9-1:10), @1:7-1:10)], @1:0-1:11), @1:0-1:11)\n"),
    ("x = ...", "Assign(targets=[Name(id=\"x\", ctx=Store, @1:0-1:1)], value=Constant(value=Ellipsis, @1:4-1:7), @1:0-1:7)\n"),
    ("None; True; False", "Expr(value=Constant(value=None, @1:0-1:4), @1:0-1:4)\nExpr(value=Constant(value=True, @1:6-1:10), @1:6-1:10)\nExpr(value=Constant(value=False, @1:12-1:17), @1:12-1:17)\n"),
    ("~a + +b - -c", "Expr(value=BinOp(left=BinOp(left=UnaryOp(op=Invert, operand=Name(id=\"a\", ctx=Load, @1:1-1:2), @1:0-1:2), op=Add, right=UnaryOp(op=UAdd, operand=Name(id=\"b\", ctx=Load, @1:6-1:7), @1:5-1:7), @1:0-1:7), op=Sub, right=UnaryOp(op=USub, operand=Name(id=\"c\", ctx=Load, @1:11-1:12), @1:10-1:12), @1:0-1:12), @1:0-1:12)\n"),
    ("a @ b // c % d << e >> f & g ^ h | i", "Expr(value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id=\"a\", ctx=Load, @1:0-1:1), op=MatMult, right=Name(id=\"b\", ctx=Load, @1:4-1:5), @1:0-1:5), op=FloorDiv, right=Name(id=\"c\", ctx=Load, @1:9-1:10), @1:0-1:10), op=Mod, right=Name(id=\"d\", ctx=Load, @1:13-1:14), @1:0-1:14), op=LShift, right=Name(id=\"e\", ctx=Load, @1:18-1:19), @1:0-1:19), op=RShift, right=Name(id=\"f\", ctx=Load, @1:23-1:24), @1:0-1:24), op=BitAnd, right=Name(id=\"g\", ctx=Load, @1:27-1:28), @1:0-1:28), op=BitXor, right=Name(id=\"h\", ctx=Load, @1:31-1:32), @1:0-1:32), op=BitOr, right=Name(id=\"i\", ctx=Load, @1:35-1:36), @1:0-1:36), @1:0-1:36)\n"),
    ("nonlocal_x = 1", "Assign(targets=[Name(id=\"nonlocal_x\", ctx=Store, @1:0-1:10)], value=Constant(value=i1, @1:13-1:14), @1:0-1:14)\n"),
    ("x = (1,)", "Assign(targets=[Name(id=\"x\", ctx=Store, @1:0-1:1)], value=Tuple(elts=[Constant(value=i1, @1:5-1:6)], ctx=Load, @1:4-1:8), @1:0-1:8)\n"),
    ("x = ()", "Assign(targets=[Name(id=\"x\", ctx=Store, @1:0-1:1)], value=Tuple(elts=[], ctx=Load, @1:4-1:6), @1:0-1:6)\n"),
    ("x = [i for i in (yield)]", "Assign(targets=[Name(id=\"x\", ctx=Store, @1:0-1:1)], value=ListComp(elt=Name(id=\"i\", ctx=Load, @1:5-1:6), generators=[comprehension(target=Name(id=\"i\", ctx=Store, @1:11-1:12), iter=Yield(@1:17-1:22), ifs=[], )], @1:4-1:24), @1:0-1:24)\n"),
    ("async_ = 1", "Assign(targets=[Name(id=\"async_\", ctx=Store, @1:0-1:6)], value=Constant(value=i1, @1:9-1:10), @1:0-1:10)\n"),
];

#[test]
fn spans_match_cpython() {
    let mut bad = Vec::new();
    for (src, want) in SPANS {
        let got = dump(src);
        if got != *want {
            bad.push(format!("{src:?}\n  want {want}\n  got  {got}"));
        }
    }
    assert!(bad.is_empty(), "{} of {} differ:\n{}", bad.len(), SPANS.len(), bad.join("\n"));
}

/// (source, exception class, msg, lineno, offset, end_lineno, end_offset).
const ERRORS: &[(&str, &str, &str, u32, u32, u32, u32)] = &[
    ("if x\n  pass\n", "SyntaxError", "expected ':'", 1, 5, 1, 5),
    ("if x:\npass\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1, 2, 5),
    ("for x in y:\nz\n", "IndentationError", "expected an indented block after 'for' statement on line 1", 2, 1, 2, 2),
    ("while 1:\nx\n", "IndentationError", "expected an indented block after 'while' statement on line 1", 2, 1, 2, 2),
    ("def f():\nx\n", "IndentationError", "expected an indented block after function definition on line 1", 2, 1, 2, 2),
    ("class A:\nx\n", "IndentationError", "expected an indented block after class definition on line 1", 2, 1, 2, 2),
    ("try:\nx\n", "IndentationError", "expected an indented block after 'try' statement on line 1", 2, 1, 2, 2),
    ("with a:\nx\n", "IndentationError", "expected an indented block after 'with' statement on line 1", 2, 1, 2, 2),
    ("if 1:\n x\nelse:\nx\n", "IndentationError", "expected an indented block after 'else' statement on line 3", 4, 1, 4, 2),
    ("if 1:\n x\nelif 2:\nx\n", "IndentationError", "expected an indented block after 'elif' statement on line 3", 4, 1, 4, 2),
    ("try:\n x\nexcept:\nx\n", "IndentationError", "expected an indented block after 'except' statement on line 3", 4, 1, 4, 2),
    ("try:\n x\nfinally:\nx\n", "IndentationError", "expected an indented block after 'finally' statement on line 3", 4, 1, 4, 2),
    ("  x = 1\n", "IndentationError", "unexpected indent", 1, 2, 1, 0),
    ("if 1:\n    x\n  y\n", "IndentationError", "unindent does not match any outer indentation level", 3, 4, 3, 0),
    ("x = (1,\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0),
    ("x = )\n", "SyntaxError", "unmatched ')'", 1, 5, 1, 5),
    ("x = (1]\n", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 7, 1, 7),
    ("x = (1,\n2]\n", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 2, 2, 2),
    ("'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 1, 1, 1),
    ("'''abc\n\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 1, 1, 1),
    ("[1 2]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5),
    ("x = 1.e\n", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6),
    ("x = 1.e+\n", "SyntaxError", "invalid decimal literal", 1, 8, 1, 8),
    ("a, b: int\n", "SyntaxError", "only single target (not tuple) can be annotated", 1, 1, 1, 2),
    ("f'{'a'}'\n", "SyntaxError", "f-string: expecting '}'", 1, 5, 1, 6),
    ("def f():", "IndentationError", "expected an indented block after function definition on line 1", 1, 9, 1, 0),
    ("f(a b)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3, 1, 6),
    ("print 'x'\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 10),
    ("print x\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 8),
    ("1abc\n", "SyntaxError", "invalid decimal literal", 1, 1, 1, 1),
    ("0777\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1, 1, 2),
    ("0x\n", "SyntaxError", "invalid hexadecimal literal", 1, 2, 1, 2),
    ("1_\n", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2),
    ("1__0\n", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2),
    ("0b2\n", "SyntaxError", "invalid digit '2' in binary literal", 1, 3, 1, 3),
    ("0o8\n", "SyntaxError", "invalid digit '8' in octal literal", 1, 3, 1, 3),
    ("x $ y\n", "SyntaxError", "invalid syntax", 1, 3, 1, 4),
    ("a = 1 +\n", "SyntaxError", "invalid syntax", 1, 8, 1, 8),
    ("f() = 1\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4),
    ("1 = x\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 2),
    ("del f()\n", "SyntaxError", "cannot delete function call", 1, 5, 1, 8),
    ("(a, b) += 1\n", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1, 1, 7),
    ("a + b = 1\n", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 6),
    ("f(a=1, b)\n", "SyntaxError", "positional argument follows keyword argument", 1, 9, 1, 10),
    ("f(**a, *b)\n", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 8, 1, 9),
    ("def f(a=1, b): pass\n", "SyntaxError", "non-default argument follows default argument", 1, 12, 1, 13),
    ("x = \\\n", "SyntaxError", "unexpected EOF while parsing", 1, 6, 1, 0),
    ("x = 1 \\ y\n", "SyntaxError", "unexpected character after line continuation character", 1, 8, 1, 0),
    ("1 if 2\n", "SyntaxError", "expected 'else' after 'if' expression", 1, 1, 1, 7),
    ("f(x for x in y, 1)\n", "SyntaxError", "Generator expression must be parenthesized", 1, 3, 1, 15),
    ("x = 'a' b'c'\n", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 13, 1, 13),
    ("b'é'\n", "SyntaxError", "bytes can only contain ASCII literal characters", 1, 1, 1, 5),
    ("'\\x4'\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 6, 1, 6),
    ("b'\\x4'\n", "SyntaxError", "(value error) invalid \\x escape at position 0", 1, 7, 1, 7),
    ("'\\N{foo}'\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name", 1, 10, 1, 10),
    ("def f(*): pass\n", "SyntaxError", "named arguments must follow bare *", 1, 7, 1, 8),
    ("def f(/, a): pass\n", "SyntaxError", "at least one argument must precede /", 1, 7, 1, 8),
    ("def f(a, *, b, /): pass\n", "SyntaxError", "/ must be ahead of *", 1, 16, 1, 17),
    ("f'{}'\n", "SyntaxError", "f-string: empty expression not allowed", 1, 6, 1, 6),
    ("f'{a'\n", "SyntaxError", "f-string: expecting '}'", 1, 6, 1, 6),
    ("f'}'\n", "SyntaxError", "f-string: single '}' is not allowed", 1, 5, 1, 5),
    ("f'{a!x}'\n", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9, 1, 9),
    ("f'{a b}'\n", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5),
    ("f'{ }'\n", "SyntaxError", "f-string: empty expression not allowed", 1, 7, 1, 7),
    ("f'{a:{b:{c}}}'\n", "SyntaxError", "f-string: expressions nested too deeply", 1, 15, 1, 15),
    ("f'{#}'\n", "SyntaxError", "f-string expression part cannot include '#'", 1, 7, 1, 7),
    ("f'{\\n}'\n", "SyntaxError", "f-string expression part cannot include a backslash", 1, 8, 1, 8),
    ("x = 1\n  y = 2\n", "IndentationError", "unexpected indent", 2, 2, 2, 0),
    ("if x:\n\tpass\n        pass\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0),
    ("else:\n  pass\n", "SyntaxError", "invalid syntax", 1, 1, 1, 5),
    ("x = yield = 1\n", "SyntaxError", "assignment to yield expression not possible", 1, 5, 1, 10),
    ("import a.b as\n", "SyntaxError", "invalid syntax", 1, 14, 1, 14),
    ("from x import (a, b\n", "SyntaxError", "'(' was never closed", 1, 15, 1, 0),
    ("a.1\n", "SyntaxError", "invalid syntax", 1, 2, 1, 4),
    ("True = 1\n", "SyntaxError", "cannot assign to True", 1, 1, 1, 5),
    ("x.None\n", "SyntaxError", "invalid syntax", 1, 3, 1, 7),
    ("f(True=1)\n", "SyntaxError", "cannot assign to True", 1, 3, 1, 8),
    ("{1: 2 3}\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 5, 1, 8),
    ("while x\n  pass\n", "SyntaxError", "expected ':'", 1, 8, 1, 8),
    ("def f()\n  pass\n", "SyntaxError", "expected ':'", 1, 8, 1, 8),
    ("class A\n  pass\n", "SyntaxError", "expected ':'", 1, 8, 1, 8),
    ("x = =\n", "SyntaxError", "invalid syntax", 1, 5, 1, 6),
    ("a + b c\n", "SyntaxError", "invalid syntax", 1, 7, 1, 8),
    ("\n\n)\n", "SyntaxError", "unmatched ')'", 3, 1, 3, 1),
    ("(1 +\n2 3)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 2, 4),
    ("f(,)\n", "SyntaxError", "invalid syntax", 1, 3, 1, 4),
    ("pass pass\n", "SyntaxError", "invalid syntax", 1, 6, 1, 10),
    ("print(1))\n", "SyntaxError", "unmatched ')'", 1, 9, 1, 9),
    ("x = {1: 2, 3}\n", "SyntaxError", "':' expected after dictionary key", 1, 12, 1, 0),
    ("x = 1\\\n", "SyntaxError", "unexpected EOF while parsing", 1, 7, 1, 0),
    ("[x = 1]\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 2, 1, 7),
    ("f(a.b=1)\n", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, 1, 7),
    ("f(1, x for x in y)\n", "SyntaxError", "Generator expression must be parenthesized", 1, 6, 1, 18),
    ("a = 1 if 2 else 3 if 4\n", "SyntaxError", "expected 'else' after 'if' expression", 1, 17, 1, 23),
    ("x = (a b c)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9),
    ("x = 5 €\n", "SyntaxError", "invalid character '€' (U+20AC)", 1, 7, 1, 7),
    ("def f(x):\n    return x +\n", "SyntaxError", "invalid syntax", 2, 15, 2, 15),
    ("for x in range(3) print(x)\n", "SyntaxError", "invalid syntax", 1, 19, 1, 24),
    ("x = [1, 2,\n", "SyntaxError", "'[' was never closed", 1, 5, 1, 0),
    ("'''\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 1, 1, 1),
    ("if True:\n    x = 1\n      y = 2\n", "IndentationError", "unexpected indent", 3, 6, 3, 0),
    ("class A(x for x in y): pass\n", "SyntaxError", "invalid syntax", 1, 11, 1, 14),
    ("def f(**k, a): pass\n", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12, 1, 13),
    ("if x = 1:\n    pass\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 1, 9),
    ("while x = 1:\n    pass\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 7, 1, 12),
    ("try:\n    pass\nx = 1\n", "SyntaxError", "expected 'except' or 'finally' block", 3, 1, 3, 2),
    ("try:\n    pass\n", "SyntaxError", "expected 'except' or 'finally' block", 2, 9, 2, 0),
    ("x++\n", "SyntaxError", "invalid syntax", 1, 4, 1, 4),
    ("while True print(x)\n", "SyntaxError", "invalid syntax", 1, 12, 1, 17),
    ("for x in range(10)\n    pass\n", "SyntaxError", "expected ':'", 1, 19, 1, 19),
    ("from x import a,\n", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 17, 1, 17),
    ("import\n", "SyntaxError", "invalid syntax", 1, 7, 1, 7),
    ("except:\n    pass\n", "SyntaxError", "invalid syntax", 1, 1, 1, 7),
    ("try:\n    pass\nexcept A, B:\n    pass\n", "SyntaxError", "multiple exception types must be parenthesized", 3, 8, 3, 12),
    ("[x, y for x, y in z]\n", "SyntaxError", "did you forget parentheses around the comprehension target?", 1, 2, 1, 6),
    ("(a[0] := 1)\n", "SyntaxError", "cannot use assignment expressions with subscript", 1, 2, 1, 6),
    ("(a.b := 1)\n", "SyntaxError", "cannot use assignment expressions with attribute", 1, 2, 1, 5),
    ("x = 1e\n", "SyntaxError", "invalid decimal literal", 1, 5, 1, 5),
    ("x = 1jx\n", "SyntaxError", "invalid imaginary literal", 1, 6, 1, 6),
    ("x = 1.2.3\n", "SyntaxError", "invalid syntax", 1, 8, 1, 10),
    ("x = 0b\n", "SyntaxError", "invalid binary literal", 1, 6, 1, 6),
    ("x = 0o\n", "SyntaxError", "invalid octal literal", 1, 6, 1, 6),
    ("x = 1_000_\n", "SyntaxError", "invalid decimal literal", 1, 10, 1, 10),
    ("else if x:\n    pass\n", "SyntaxError", "invalid syntax", 1, 1, 1, 5),
    ("if x:\n    pass\nelse if y:\n    pass\n", "SyntaxError", "expected ':'", 3, 6, 3, 8),
    ("def f(x):\n    pass\n  return\n", "IndentationError", "unindent does not match any outer indentation level", 3, 9, 3, 0),
    ("f(**a, b)\n", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 9, 1, 10),
    ("import a.b as c.d\n", "SyntaxError", "invalid syntax", 1, 16, 1, 17),
    ("from . import a as\n", "SyntaxError", "invalid syntax", 1, 19, 1, 19),
    ("def f(x, y=1, z):\n    pass\n", "SyntaxError", "non-default argument follows default argument", 1, 15, 1, 16),
    ("lambda x=1, y: x\n", "SyntaxError", "non-default argument follows default argument", 1, 13, 1, 14),
    ("class A:\n    def f(self):\n    pass\n", "IndentationError", "expected an indented block after function definition on line 2", 3, 5, 3, 9),
    ("x = [1, 2, 3\ny = 4\n", "SyntaxError", "'[' was never closed", 1, 5, 1, 0),
    ("x = (1, 2\nprint(x)\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0),
    ("x = {'a': 1\n", "SyntaxError", "'{' was never closed", 1, 5, 1, 0),
    ("print('hello)\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 7, 1, 7),
    ("print(\"hello)\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 7, 1, 7),
    ("x = '''abc\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 5, 1, 5),
    ("def f():\n    '''doc\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 2, 5, 2, 5),
    ("if x:\n    pass\n  elif y:\n    pass\n", "IndentationError", "unindent does not match any outer indentation level", 3, 10, 3, 0),
    ("x = 5 if y\n", "SyntaxError", "expected 'else' after 'if' expression", 1, 5, 1, 11),
    ("x = [i for i in]\n", "SyntaxError", "invalid syntax", 1, 16, 1, 17),
    ("x = [for i in y]\n", "SyntaxError", "invalid syntax", 1, 6, 1, 9),
    ("f(a for a in b for)\n", "SyntaxError", "invalid syntax", 1, 19, 1, 20),
    ("def f(a, *, b):\n  pass\nf(1, 2, 3\n", "SyntaxError", "'(' was never closed", 3, 2, 3, 0),
    ("a, b += 1\n", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1, 1, 5),
    ("[a, b] += 1\n", "SyntaxError", "'list' is an illegal expression for augmented assignment", 1, 1, 1, 7),
    ("f() += 1\n", "SyntaxError", "'function call' is an illegal expression for augmented assignment", 1, 1, 1, 4),
    ("x = 1 = 2\n", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6),
    ("del 1\n", "SyntaxError", "cannot delete literal", 1, 5, 1, 6),
    ("del [a, f()]\n", "SyntaxError", "cannot delete function call", 1, 9, 1, 12),
    ("for 1 in x: pass\n", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6),
    ("with a as 1: pass\n", "SyntaxError", "cannot assign to literal", 1, 11, 1, 12),
    ("[x for 1 in y]\n", "SyntaxError", "cannot assign to literal", 1, 8, 1, 9),
    ("x: int, y: int = 1, 2\n", "SyntaxError", "invalid syntax", 1, 7, 1, 8),
    ("(a, b): int\n", "SyntaxError", "only single target (not tuple) can be annotated", 1, 1, 1, 7),
    ("[a]: int\n", "SyntaxError", "only single target (not list) can be annotated", 1, 1, 1, 4),
    ("f(): int\n", "SyntaxError", "illegal target for annotation", 1, 1, 1, 4),
    ("print(*)\n", "SyntaxError", "invalid syntax", 1, 8, 1, 9),
    ("def f(**): pass\n", "SyntaxError", "invalid syntax", 1, 9, 1, 10),
    ("def f(*a, *b): pass\n", "SyntaxError", "* argument may appear only once", 1, 11, 1, 12),
    ("nonlocal\n", "SyntaxError", "invalid syntax", 1, 9, 1, 9),
    ("global x y\n", "SyntaxError", "invalid syntax", 1, 10, 1, 11),
    ("yield from\n", "SyntaxError", "invalid syntax", 1, 11, 1, 11),
    ("x = yield from\n", "SyntaxError", "invalid syntax", 1, 15, 1, 15),
    ("raise from e\n", "SyntaxError", "invalid syntax", 1, 7, 1, 11),
    ("a if b\n", "SyntaxError", "expected 'else' after 'if' expression", 1, 1, 1, 7),
    ("a if b else\n", "SyntaxError", "invalid syntax", 1, 12, 1, 12),
    ("lambda: \n", "SyntaxError", "invalid syntax", 1, 9, 1, 9),
    ("lambda x: \n", "SyntaxError", "invalid syntax", 1, 11, 1, 11),
    ("x = 1 +* 2\n", "SyntaxError", "invalid syntax", 1, 8, 1, 9),
    ("@\ndef f(): pass\n", "SyntaxError", "invalid syntax", 1, 2, 1, 2),
    ("@x\nclass A: pass\n@y\nx = 1\n", "SyntaxError", "invalid syntax", 4, 1, 4, 2),
    ("class A(metaclass=M, B): pass\n", "SyntaxError", "positional argument follows keyword argument", 1, 23, 1, 24),
    ("def f():\n    x = 1\n     y = 2\n", "IndentationError", "unexpected indent", 3, 5, 3, 0),
    ("\tif True:\n    pass\n", "IndentationError", "unexpected indent", 1, 1, 1, 0),
    ("x = \"abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5),
    ("s = f'{x:{y}'\n", "SyntaxError", "f-string: expecting '}'", 1, 14, 1, 14),
    ("s = f'{x}}'\n", "SyntaxError", "f-string: single '}' is not allowed", 1, 12, 1, 12),
    ("s = f'{x!r'\n", "SyntaxError", "f-string: expecting '}'", 1, 12, 1, 12),
    ("a = b'\\xZZ'\n", "SyntaxError", "(value error) invalid \\x escape at position 0", 1, 12, 1, 12),
    ("a = u'x' b'y'\n", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 14, 1, 14),
    ("a = f'x' b'y'\n", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 14, 1, 14),
    ("a = rb'\\x' f'y'\n", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 16, 1, 16),
    ("0_7\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1, 1, 3),
    ("1 if 2 else 3 else 4\n", "SyntaxError", "invalid syntax", 1, 15, 1, 19),
];

#[test]
fn errors_match_cpython() {
    let mut bad = Vec::new();
    for &(src, kind, msg, line, offset, end_line, end_offset) in ERRORS {
        let e = err(src);
        let got = (e.kind.name(), e.msg.as_str(), e.line, e.offset, e.end_line, e.end_offset);
        let want = (kind, msg, line, offset, end_line, end_offset);
        if got != want {
            bad.push(format!("{src:?}\n  want {want:?}\n  got  {got:?}"));
        }
    }
    assert!(bad.is_empty(), "{} of {} differ:\n{}", bad.len(), ERRORS.len(), bad.join("\n"));
}

#[test]
fn error_text_is_the_source_line() {
    let e = err("x = 1\nif x\n  pass\n");
    assert_eq!(e.text, "if x");
    assert_eq!(e.filename, "<test>");
}

#[test]
fn incomplete_input_is_flagged() {
    for src in [
        "if x:\n",
        "def f():\n",
        "x = (1,\n",
        "x = [\n",
        "s = '''abc\n",
        "x = 1 + \\\n",
        "for x in y:\n",
        "class A:\n",
        "@dec\n",
    ] {
        let e = err(src);
        assert!(e.incomplete, "{src:?} should be incomplete: {e:?}");
    }
    for src in ["x = )\n", "1abc\n", "a b\n", "'abc\n", "if x\n", "x = 1 +\n"] {
        let e = err(src);
        assert!(!e.incomplete, "{src:?} should be complete: {e:?}");
    }
}

#[test]
fn too_many_nested_parentheses() {
    let src = format!("{}{}\n", "(".repeat(1000), ")".repeat(1000));
    let e = err(&src);
    assert_eq!((e.msg.as_str(), e.line, e.offset), ("too many nested parentheses", 1, 201));
    let ok = format!("x = {}1{}\n", "(".repeat(199), ")".repeat(199));
    assert!(parse(&ok, "<test>", Mode::Exec).is_ok());
}

#[test]
fn parser_stack_overflow_beats_the_bracket_limit() {
    // Groups that cost a whole expression's rules (tuple elements, lambda
    // bodies) overflow CPython's parser before the 201st bracket is read.
    for src in [format!("{}1{}\n", "(lambda: ".repeat(201), ")".repeat(201)), format!("{}1{}\n", "(1,".repeat(201), ")".repeat(201))] {
        assert_eq!(err(&src).kind, SyntaxErrorKind::MemoryError, "{src}");
    }
    let plain = format!("{}1{}\n", "(".repeat(201), ")".repeat(201));
    assert_eq!(err(&plain).msg, "too many nested parentheses");
    let lists = format!("{}1{}\n", "[1,".repeat(200), "]".repeat(200));
    assert_eq!(err(&lists).kind, SyntaxErrorKind::MemoryError);
    let ok = format!("x = {}1{}\n", "(1,".repeat(199), ")".repeat(199));
    assert!(parse(&ok, "<test>", Mode::Exec).is_ok());
}

#[test]
fn empty_eval_input_is_line_zero() {
    let e = parse("", "<s>", Mode::Eval).unwrap_err();
    assert_eq!((e.msg.as_str(), e.line, e.offset, e.text.as_str()), ("invalid syntax", 0, 0, ""));
}

#[test]
fn too_many_indentation_levels_has_offset_one() {
    let mut src = String::from("x = 0\n");
    for i in 0..101 {
        src += &format!("{}if x:\n", " ".repeat(i));
    }
    src += &format!("{}pass\n", " ".repeat(101));
    let e = err(&src);
    assert_eq!((e.msg.as_str(), e.line, e.offset, e.end_offset), ("too many levels of indentation", 102, 1, 0));
}

#[test]
fn deep_unary_chains_do_not_crash() {
    let src = format!("x = {}1\n", "-".repeat(2000));
    assert!(parse(&src, "<test>", Mode::Exec).is_ok());
    let src = format!("x = {}1\n", "not ".repeat(2000));
    assert!(parse(&src, "<test>", Mode::Exec).is_ok());
}

#[test]
fn long_flat_input() {
    let mut src = String::new();
    for i in 0..10_000 {
        src.push_str(&format!("x{i} = f(a, b[{i}], c.d) + {i}\n"));
    }
    let m = parse(&src, "<test>", Mode::Exec).unwrap();
    assert_eq!(m.body.len(), 10_000);
    assert_eq!(m.body[9_999].span.line, 10_000);
}

#[test]
fn eval_mode() {
    let m = parse("  1 + 2\n", "<string>", Mode::Eval).unwrap();
    assert_eq!(
        dump_module(&m),
        "Expr(value=BinOp(left=Constant(value=i1, @1:0-1:1), op=Add, right=Constant(value=i2, @1:4-1:5), @1:0-1:5), @1:0-1:5)\n"
    );
    assert!(parse("x = 1", "<string>", Mode::Eval).is_err());
    assert!(parse("1\n2", "<string>", Mode::Eval).is_err());
    let m = parse("a,\n", "<string>", Mode::Eval).unwrap();
    assert_eq!(m.body.len(), 1);
}

#[test]
fn single_mode_parses_like_exec() {
    let m = parse("if x:\n    y\n", "<stdin>", Mode::Single).unwrap();
    assert_eq!(m.body.len(), 1);
}

#[test]
fn crlf_bom_and_trailing_whitespace() {
    assert_eq!(dump("\u{feff}x = 1\r\ny = 2\r\n"), dump("x = 1\ny = 2\n"));
    // Seed scripts end with a line of spaces and no newline.
    assert_eq!(dump("if x:\n    y = 1\n        "), dump("if x:\n    y = 1\n"));
    assert_eq!(dump(""), "");
    assert_eq!(dump("\n\n  # comment\n\n"), "");
}

/// Every one-character deletion, duplication and insertion in a sample
/// program must give a result (AST or SyntaxError), never a panic.
#[test]
fn mutations_never_panic() {
    let sample = concat!(
        "import os\n@dec(1)\nclass A(B, metaclass=M):\n    x: int = 1\n",
        "    def f(self, a, /, b=2, *c, d, **e) -> None:\n        '''doc\\n'''\n",
        "        return [i ** 2 for i in range(a) if i], {k: v for k, v in e.items()}\n",
        "    g = lambda q=1: q if q else -q\ntry:\n    with open(f'{a!r:>{w}}') as (f, g):\n",
        "        del f[1:2, ::3]\nexcept (E, F) as err:\n    raise X from err\nelse:\n",
        "    while x := 0b1_0 + 0x1F + 1e-3j: pass\nfinally:\n    print(*a, sep='', **k)\n",
    );
    assert!(parse(sample, "<m>", Mode::Exec).is_ok());
    let inserts = ["(", ")", "[", "]", "{", "}", ":", ",", "=", "'", "\"", "\\", " ", "\n", "\t", "#", ".", "*", "f'{", "é"];
    for (i, ch) in sample.char_indices() {
        let deleted = format!("{}{}", &sample[..i], &sample[i + ch.len_utf8()..]);
        let _ = parse(&deleted, "<m>", Mode::Exec);
        let doubled = format!("{}{}{}", &sample[..i], ch, &sample[i..]);
        let _ = parse(&doubled, "<m>", Mode::Exec);
        for ins in inserts {
            let inserted = format!("{}{}{}", &sample[..i], ins, &sample[i..]);
            let _ = parse(&inserted, "<m>", Mode::Exec);
            let _ = parse(&inserted, "<m>", Mode::Eval);
        }
    }
}

#[test]
fn file_line_text_keeps_the_last_fgets_piece() {
    assert_eq!(super::file_line_text("x = 1"), "x = 1");
    let long = format!("x = {}", "9".repeat(5000));
    assert_eq!(super::file_line_text(&long), "999999999");
    assert_eq!(super::file_line_text(&"a".repeat(999)), "");
}
