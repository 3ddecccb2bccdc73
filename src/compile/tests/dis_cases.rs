//! `dis` comparison cases: opnames per code object, recorded from CPython 3.11.7.

use super::check;

#[test]
fn dis_assign_and_call() {
    check("x = 1\nprint(x + 2)\n",
        &[
            ("<module>", &["LOAD_CONST", "STORE_NAME", "PUSH_NULL", "LOAD_NAME", "LOAD_NAME", "LOAD_CONST", "BINARY_OP", "CALL", "POP_TOP", "LOAD_CONST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_multi_target() {
    check("a = b = c = 0\n",
        &[
            ("<module>", &["LOAD_CONST", "COPY", "STORE_NAME", "COPY", "STORE_NAME", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_swap_names() {
    check("a, b = b, a\n",
        &[
            ("<module>", &["LOAD_NAME", "LOAD_NAME", "SWAP", "STORE_NAME", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_unpack_star() {
    check("a, *b, c = d\n",
        &[
            ("<module>", &["LOAD_NAME", "UNPACK_EX", "STORE_NAME", "STORE_NAME", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_aug_assign() {
    check("x += 1\na.b += 2\na[i] -= f(3)\n",
        &[
            ("<module>", &["LOAD_NAME", "LOAD_CONST", "BINARY_OP", "STORE_NAME", "LOAD_NAME", "COPY", "LOAD_ATTR", "LOAD_CONST", "BINARY_OP", "SWAP", "STORE_ATTR", "LOAD_NAME", "LOAD_NAME", "COPY", "COPY", "BINARY_SUBSCR", "PUSH_NULL", "LOAD_NAME", "LOAD_CONST", "CALL", "BINARY_OP", "SWAP", "SWAP", "STORE_SUBSCR", "LOAD_CONST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_delete_all() {
    check("del a, b.c, d[1], (e, f)\n",
        &[
            ("<module>", &["DELETE_NAME", "LOAD_NAME", "DELETE_ATTR", "LOAD_NAME", "LOAD_CONST", "DELETE_SUBSCR", "DELETE_NAME", "DELETE_NAME", "LOAD_CONST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_if_elif_else() {
    check("if a and b or c:\n    h()\nelif d:\n    pass\nelse:\n    k()\n",
        &[
            ("<module>", &["LOAD_NAME", "POP_JUMP_FORWARD_IF_FALSE", "LOAD_NAME", "POP_JUMP_FORWARD_IF_TRUE", "LOAD_NAME", "POP_JUMP_FORWARD_IF_FALSE", "PUSH_NULL", "LOAD_NAME", "CALL", "POP_TOP", "LOAD_CONST", "RETURN_VALUE", "LOAD_NAME", "POP_JUMP_FORWARD_IF_FALSE", "LOAD_CONST", "RETURN_VALUE", "PUSH_NULL", "LOAD_NAME", "CALL", "POP_TOP", "LOAD_CONST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_while_else() {
    check("while x:\n    f()\nelse:\n    g()\n",
        &[
            ("<module>", &["LOAD_NAME", "POP_JUMP_FORWARD_IF_FALSE", "PUSH_NULL", "LOAD_NAME", "CALL", "POP_TOP", "LOAD_NAME", "POP_JUMP_BACKWARD_IF_TRUE", "PUSH_NULL", "LOAD_NAME", "CALL", "POP_TOP", "LOAD_CONST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_for_break_continue() {
    check("for i in y:\n    if i: break\n    continue\n",
        &[
            ("<module>", &["LOAD_NAME", "GET_ITER", "FOR_ITER", "STORE_NAME", "LOAD_NAME", "POP_JUMP_FORWARD_IF_FALSE", "POP_TOP", "LOAD_CONST", "RETURN_VALUE", "JUMP_BACKWARD", "LOAD_CONST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_chained_compare() {
    check("x = 1 < y < 3\n",
        &[
            ("<module>", &["LOAD_CONST", "LOAD_NAME", "SWAP", "COPY", "COMPARE_OP", "JUMP_IF_FALSE_OR_POP", "LOAD_CONST", "COMPARE_OP", "JUMP_FORWARD", "SWAP", "POP_TOP", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_chained_compare_if() {
    check("if 1 < y < 3: pass\n",
        &[
            ("<module>", &["LOAD_CONST", "LOAD_NAME", "SWAP", "COPY", "COMPARE_OP", "POP_JUMP_FORWARD_IF_FALSE", "LOAD_CONST", "COMPARE_OP", "POP_JUMP_FORWARD_IF_FALSE", "JUMP_FORWARD", "POP_TOP", "LOAD_CONST", "RETURN_VALUE", "LOAD_CONST", "RETURN_VALUE", "LOAD_CONST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_is_none_jump() {
    check("def f(x):\n    if x is None:\n        return 1\n    return 2\n",
        &[
            ("<module>", &["LOAD_CONST", "MAKE_FUNCTION", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"]),
            ("f", &["LOAD_FAST", "POP_JUMP_FORWARD_IF_NOT_NONE", "LOAD_CONST", "RETURN_VALUE", "LOAD_CONST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_conditional_expr() {
    check("x = a if b else c\n",
        &[
            ("<module>", &["LOAD_NAME", "POP_JUMP_FORWARD_IF_FALSE", "LOAD_NAME", "JUMP_FORWARD", "LOAD_NAME", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_boolop_value() {
    check("x = a and b or c\n",
        &[
            ("<module>", &["LOAD_NAME", "POP_JUMP_FORWARD_IF_FALSE", "LOAD_NAME", "JUMP_IF_TRUE_OR_POP", "LOAD_NAME", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_walrus() {
    check("(y := 5)\n",
        &[
            ("<module>", &["LOAD_CONST", "COPY", "STORE_NAME", "POP_TOP", "LOAD_CONST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_fold_str_concat() {
    check("x = 'hel' + 'lo'\n",
        &[
            ("<module>", &["LOAD_CONST", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_fold_unary() {
    check("x = -1\ny = not 1\nz = -(-1)\n",
        &[
            ("<module>", &["LOAD_CONST", "STORE_NAME", "LOAD_CONST", "STORE_NAME", "LOAD_CONST", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_fold_power_limit() {
    check("z = 2 ** 100\nw = 2 ** 10\nq = 1 / 0\n",
        &[
            ("<module>", &["LOAD_CONST", "LOAD_CONST", "BINARY_OP", "STORE_NAME", "LOAD_CONST", "STORE_NAME", "LOAD_CONST", "LOAD_CONST", "BINARY_OP", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_fold_subscr() {
    check("x = [1, 2][0]\ny = 'abc'[1]\n",
        &[
            ("<module>", &["LOAD_CONST", "LOAD_CONST", "BUILD_LIST", "LOAD_CONST", "BINARY_SUBSCR", "STORE_NAME", "LOAD_CONST", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_in_list_tuple() {
    check("x in [1, 2, 3]\n",
        &[
            ("<module>", &["LOAD_NAME", "LOAD_CONST", "CONTAINS_OP", "POP_TOP", "LOAD_CONST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_in_set_frozenset() {
    check("x in {1, 2, 3}\n",
        &[
            ("<module>", &["LOAD_NAME", "LOAD_CONST", "CONTAINS_OP", "POP_TOP", "LOAD_CONST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_const_collections() {
    check("t = (1, 2, 3)\ns = {1, 2, 3}\nl = [1, 2, 3]\nm = {'a': 1, 'b': 2}\nn = {**m, 'c': 3}\n",
        &[
            ("<module>", &["LOAD_CONST", "STORE_NAME", "BUILD_SET", "LOAD_CONST", "SET_UPDATE", "STORE_NAME", "BUILD_LIST", "LOAD_CONST", "LIST_EXTEND", "STORE_NAME", "LOAD_CONST", "LOAD_CONST", "LOAD_CONST", "BUILD_CONST_KEY_MAP", "STORE_NAME", "BUILD_MAP", "LOAD_NAME", "DICT_UPDATE", "LOAD_CONST", "LOAD_CONST", "BUILD_MAP", "DICT_UPDATE", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_star_calls() {
    check("f(*a, **k)\nf(1, *a, x=2, **k)\n",
        &[
            ("<module>", &["PUSH_NULL", "LOAD_NAME", "LOAD_NAME", "BUILD_MAP", "LOAD_NAME", "DICT_MERGE", "CALL_FUNCTION_EX", "POP_TOP", "PUSH_NULL", "LOAD_NAME", "LOAD_CONST", "BUILD_LIST", "LOAD_NAME", "LIST_EXTEND", "LIST_TO_TUPLE", "LOAD_CONST", "LOAD_CONST", "BUILD_MAP", "LOAD_NAME", "DICT_MERGE", "CALL_FUNCTION_EX", "POP_TOP", "LOAD_CONST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_kw_call() {
    check("f(1, x=2)\n",
        &[
            ("<module>", &["PUSH_NULL", "LOAD_NAME", "LOAD_CONST", "LOAD_CONST", "KW_NAMES", "CALL", "POP_TOP", "LOAD_CONST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_method_call() {
    check("o.m(1, x=2)\n",
        &[
            ("<module>", &["LOAD_NAME", "LOAD_METHOD", "LOAD_CONST", "LOAD_CONST", "KW_NAMES", "CALL", "POP_TOP", "LOAD_CONST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_fstring() {
    check("print(f\"a{b!r:>{w}}c{d}\", f\"\", f\"ab\", f\"{x!s}{y:3}\")\n",
        &[
            ("<module>", &["PUSH_NULL", "LOAD_NAME", "LOAD_CONST", "LOAD_NAME", "LOAD_CONST", "LOAD_NAME", "FORMAT_VALUE", "BUILD_STRING", "FORMAT_VALUE", "LOAD_CONST", "LOAD_NAME", "FORMAT_VALUE", "BUILD_STRING", "BUILD_STRING", "LOAD_CONST", "LOAD_NAME", "FORMAT_VALUE", "LOAD_NAME", "LOAD_CONST", "FORMAT_VALUE", "BUILD_STRING", "CALL", "POP_TOP", "LOAD_CONST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_percent_format() {
    check("s = '%s %r' % (a, b)\n",
        &[
            ("<module>", &["LOAD_NAME", "FORMAT_VALUE", "LOAD_CONST", "LOAD_NAME", "FORMAT_VALUE", "BUILD_STRING", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_assert_msg() {
    check("assert x, 'msg'\nassert y\n",
        &[
            ("<module>", &["LOAD_NAME", "POP_JUMP_FORWARD_IF_TRUE", "LOAD_ASSERTION_ERROR", "LOAD_CONST", "CALL", "RAISE_VARARGS", "LOAD_NAME", "POP_JUMP_FORWARD_IF_TRUE", "LOAD_ASSERTION_ERROR", "RAISE_VARARGS", "LOAD_CONST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_imports() {
    check("import a.b.c\nimport a.b.c as d\nfrom . import x\nfrom ..m import (y as z, w)\nfrom os import *\n",
        &[
            ("<module>", &["LOAD_CONST", "LOAD_CONST", "IMPORT_NAME", "STORE_NAME", "LOAD_CONST", "LOAD_CONST", "IMPORT_NAME", "IMPORT_FROM", "SWAP", "POP_TOP", "IMPORT_FROM", "STORE_NAME", "POP_TOP", "LOAD_CONST", "LOAD_CONST", "IMPORT_NAME", "IMPORT_FROM", "STORE_NAME", "POP_TOP", "LOAD_CONST", "LOAD_CONST", "IMPORT_NAME", "IMPORT_FROM", "STORE_NAME", "IMPORT_FROM", "STORE_NAME", "POP_TOP", "LOAD_CONST", "LOAD_CONST", "IMPORT_NAME", "IMPORT_STAR", "LOAD_CONST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_try_except_finally() {
    check("try:\n    f()\nexcept E as e:\n    g(e)\nfinally:\n    h()\n",
        &[
            ("<module>", &["NOP", "PUSH_NULL", "LOAD_NAME", "CALL", "POP_TOP", "JUMP_FORWARD", "PUSH_EXC_INFO", "LOAD_NAME", "CHECK_EXC_MATCH", "POP_JUMP_FORWARD_IF_FALSE", "STORE_NAME", "PUSH_NULL", "LOAD_NAME", "LOAD_NAME", "CALL", "POP_TOP", "POP_EXCEPT", "LOAD_CONST", "STORE_NAME", "DELETE_NAME", "JUMP_FORWARD", "LOAD_CONST", "STORE_NAME", "DELETE_NAME", "RERAISE", "RERAISE", "COPY", "POP_EXCEPT", "RERAISE", "PUSH_NULL", "LOAD_NAME", "CALL", "POP_TOP", "LOAD_CONST", "RETURN_VALUE", "PUSH_EXC_INFO", "PUSH_NULL", "LOAD_NAME", "CALL", "POP_TOP", "RERAISE", "COPY", "POP_EXCEPT", "RERAISE"]),
        ],
    );
}

#[test]
fn dis_try_bare_except_else() {
    check("try:\n    pass\nexcept (A, B):\n    x = 1\nexcept:\n    raise\nelse:\n    x = 2\n",
        &[
            ("<module>", &["NOP", "NOP", "LOAD_CONST", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE", "PUSH_EXC_INFO", "LOAD_NAME", "LOAD_NAME", "BUILD_TUPLE", "CHECK_EXC_MATCH", "POP_JUMP_FORWARD_IF_FALSE", "POP_TOP", "LOAD_CONST", "STORE_NAME", "POP_EXCEPT", "LOAD_CONST", "RETURN_VALUE", "POP_TOP", "RAISE_VARARGS", "COPY", "POP_EXCEPT", "RERAISE"]),
        ],
    );
}

#[test]
fn dis_with_two_items() {
    check("with a as b, c:\n    f()\n",
        &[
            ("<module>", &["LOAD_NAME", "BEFORE_WITH", "STORE_NAME", "LOAD_NAME", "BEFORE_WITH", "POP_TOP", "PUSH_NULL", "LOAD_NAME", "CALL", "POP_TOP", "LOAD_CONST", "LOAD_CONST", "LOAD_CONST", "CALL", "POP_TOP", "JUMP_FORWARD", "PUSH_EXC_INFO", "WITH_EXCEPT_START", "POP_JUMP_FORWARD_IF_TRUE", "RERAISE", "COPY", "POP_EXCEPT", "RERAISE", "POP_TOP", "POP_EXCEPT", "POP_TOP", "POP_TOP", "LOAD_CONST", "LOAD_CONST", "LOAD_CONST", "CALL", "POP_TOP", "LOAD_CONST", "RETURN_VALUE", "PUSH_EXC_INFO", "WITH_EXCEPT_START", "POP_JUMP_FORWARD_IF_TRUE", "RERAISE", "COPY", "POP_EXCEPT", "RERAISE", "POP_TOP", "POP_EXCEPT", "POP_TOP", "POP_TOP", "LOAD_CONST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_return_in_finally_loop() {
    check("def g(x):\n    for i in x:\n        try:\n            return 1\n        finally:\n            del i\n",
        &[
            ("<module>", &["LOAD_CONST", "MAKE_FUNCTION", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"]),
            ("g", &["LOAD_FAST", "GET_ITER", "FOR_ITER", "STORE_FAST", "NOP", "NOP", "DELETE_FAST", "POP_TOP", "LOAD_CONST", "RETURN_VALUE", "PUSH_EXC_INFO", "DELETE_FAST", "RERAISE", "COPY", "POP_EXCEPT", "RERAISE", "LOAD_CONST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_break_in_with() {
    check("def g():\n    for i in range(3):\n        with a:\n            break\n",
        &[
            ("<module>", &["LOAD_CONST", "MAKE_FUNCTION", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"]),
            ("g", &["LOAD_GLOBAL", "LOAD_CONST", "CALL", "GET_ITER", "FOR_ITER", "STORE_FAST", "LOAD_GLOBAL", "BEFORE_WITH", "POP_TOP", "NOP", "LOAD_CONST", "LOAD_CONST", "LOAD_CONST", "CALL", "POP_TOP", "POP_TOP", "LOAD_CONST", "RETURN_VALUE", "PUSH_EXC_INFO", "WITH_EXCEPT_START", "POP_JUMP_FORWARD_IF_TRUE", "RERAISE", "COPY", "POP_EXCEPT", "RERAISE", "POP_TOP", "POP_EXCEPT", "POP_TOP", "POP_TOP", "JUMP_BACKWARD", "LOAD_CONST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_continue_in_finally() {
    check("def g():\n    while True:\n        try:\n            continue\n        finally:\n            print()\n",
        &[
            ("<module>", &["LOAD_CONST", "MAKE_FUNCTION", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"]),
            ("g", &["NOP", "NOP", "NOP", "LOAD_GLOBAL", "CALL", "POP_TOP", "JUMP_BACKWARD", "PUSH_EXC_INFO", "LOAD_GLOBAL", "CALL", "POP_TOP", "RERAISE", "COPY", "POP_EXCEPT", "RERAISE"]),
        ],
    );
}

#[test]
fn dis_closure() {
    check("def f(x):\n    z = 1\n    def h(): return z + x\n    return h\n",
        &[
            ("<module>", &["LOAD_CONST", "MAKE_FUNCTION", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"]),
            ("f", &["MAKE_CELL", "MAKE_CELL", "LOAD_CONST", "STORE_DEREF", "LOAD_CLOSURE", "LOAD_CLOSURE", "BUILD_TUPLE", "LOAD_CONST", "MAKE_FUNCTION", "STORE_FAST", "LOAD_FAST", "RETURN_VALUE"]),
            ("f.<locals>.h", &["COPY_FREE_VARS", "LOAD_DEREF", "LOAD_DEREF", "BINARY_OP", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_nonlocal() {
    check("def f(a):\n    def inner():\n        nonlocal a\n        a = 1\n        return a\n    return inner\n",
        &[
            ("<module>", &["LOAD_CONST", "MAKE_FUNCTION", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"]),
            ("f", &["MAKE_CELL", "LOAD_CLOSURE", "BUILD_TUPLE", "LOAD_CONST", "MAKE_FUNCTION", "STORE_FAST", "LOAD_FAST", "RETURN_VALUE"]),
            ("f.<locals>.inner", &["COPY_FREE_VARS", "LOAD_CONST", "STORE_DEREF", "LOAD_DEREF", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_defaults_kwonly() {
    check("def f(a, b=2, /, c=3, *, d, e=5):\n    return a\n",
        &[
            ("<module>", &["LOAD_CONST", "LOAD_CONST", "LOAD_CONST", "BUILD_CONST_KEY_MAP", "LOAD_CONST", "MAKE_FUNCTION", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"]),
            ("f", &["LOAD_FAST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_annotations() {
    check("def deco(fn: int = 1, *args: str, **kw) -> None:\n    x: int = 1\n    return x\n",
        &[
            ("<module>", &["LOAD_CONST", "LOAD_CONST", "LOAD_NAME", "LOAD_CONST", "LOAD_NAME", "LOAD_CONST", "LOAD_CONST", "BUILD_TUPLE", "LOAD_CONST", "MAKE_FUNCTION", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"]),
            ("deco", &["LOAD_CONST", "STORE_FAST", "LOAD_FAST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_module_annotations() {
    check("x: int = 3\ny: str\n",
        &[
            ("<module>", &["SETUP_ANNOTATIONS", "LOAD_CONST", "STORE_NAME", "LOAD_NAME", "LOAD_NAME", "LOAD_CONST", "STORE_SUBSCR", "LOAD_NAME", "LOAD_NAME", "LOAD_CONST", "STORE_SUBSCR", "LOAD_CONST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_lambda_default() {
    check("l = lambda x, y=1: x + y\n",
        &[
            ("<module>", &["LOAD_CONST", "LOAD_CONST", "MAKE_FUNCTION", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"]),
            ("<lambda>", &["LOAD_FAST", "LOAD_FAST", "BINARY_OP", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_decorators() {
    check("@d\n@e.f(1)\ndef f(): pass\n",
        &[
            ("<module>", &["LOAD_NAME", "LOAD_NAME", "LOAD_METHOD", "LOAD_CONST", "CALL", "LOAD_CONST", "MAKE_FUNCTION", "CALL", "CALL", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"]),
            ("f", &["LOAD_CONST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_class_super() {
    check("class C(B, metaclass=M):\n    'doc'\n    x: int = 3\n    def m(self):\n        return super().m() + 1\n    def __p(self, __q):\n        self.__r = 1\n",
        &[
            ("<module>", &["PUSH_NULL", "LOAD_BUILD_CLASS", "LOAD_CONST", "MAKE_FUNCTION", "LOAD_CONST", "LOAD_NAME", "LOAD_NAME", "KW_NAMES", "CALL", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"]),
            ("C", &["MAKE_CELL", "LOAD_NAME", "STORE_NAME", "LOAD_CONST", "STORE_NAME", "SETUP_ANNOTATIONS", "LOAD_CONST", "STORE_NAME", "LOAD_CONST", "STORE_NAME", "LOAD_NAME", "LOAD_NAME", "LOAD_CONST", "STORE_SUBSCR", "LOAD_CLOSURE", "BUILD_TUPLE", "LOAD_CONST", "MAKE_FUNCTION", "STORE_NAME", "LOAD_CONST", "MAKE_FUNCTION", "STORE_NAME", "LOAD_CLOSURE", "COPY", "STORE_NAME", "RETURN_VALUE"]),
            ("C.m", &["COPY_FREE_VARS", "LOAD_GLOBAL", "CALL", "LOAD_METHOD", "CALL", "LOAD_CONST", "BINARY_OP", "RETURN_VALUE"]),
            ("C.__p", &["LOAD_CONST", "LOAD_FAST", "STORE_ATTR", "LOAD_CONST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_class_closure_var() {
    check("def h():\n    x = 1\n    class K:\n        y = x\n        def m(self): return x\n    return K\n",
        &[
            ("<module>", &["LOAD_CONST", "MAKE_FUNCTION", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"]),
            ("h", &["MAKE_CELL", "LOAD_CONST", "STORE_DEREF", "PUSH_NULL", "LOAD_BUILD_CLASS", "LOAD_CLOSURE", "BUILD_TUPLE", "LOAD_CONST", "MAKE_FUNCTION", "LOAD_CONST", "CALL", "STORE_FAST", "LOAD_FAST", "RETURN_VALUE"]),
            ("h.<locals>.K", &["COPY_FREE_VARS", "LOAD_NAME", "STORE_NAME", "LOAD_CONST", "STORE_NAME", "LOAD_CLASSDEREF", "STORE_NAME", "LOAD_CLOSURE", "BUILD_TUPLE", "LOAD_CONST", "MAKE_FUNCTION", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"]),
            ("h.<locals>.K.m", &["COPY_FREE_VARS", "LOAD_DEREF", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_listcomp_nested() {
    check("print([i for i in range(3) for j in range(i) if j])\n",
        &[
            ("<module>", &["PUSH_NULL", "LOAD_NAME", "LOAD_CONST", "MAKE_FUNCTION", "PUSH_NULL", "LOAD_NAME", "LOAD_CONST", "CALL", "GET_ITER", "CALL", "CALL", "POP_TOP", "LOAD_CONST", "RETURN_VALUE"]),
            ("<listcomp>", &["BUILD_LIST", "LOAD_FAST", "FOR_ITER", "STORE_FAST", "LOAD_GLOBAL", "LOAD_FAST", "CALL", "GET_ITER", "FOR_ITER", "STORE_FAST", "LOAD_FAST", "POP_JUMP_BACKWARD_IF_FALSE", "LOAD_FAST", "LIST_APPEND", "JUMP_BACKWARD", "JUMP_BACKWARD", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_genexp_dictcomp_setcomp() {
    check("g = (x for x in y)\nd = {k: v for k, v in items}\ns = {x for x in y}\n",
        &[
            ("<module>", &["LOAD_CONST", "MAKE_FUNCTION", "LOAD_NAME", "GET_ITER", "CALL", "STORE_NAME", "LOAD_CONST", "MAKE_FUNCTION", "LOAD_NAME", "GET_ITER", "CALL", "STORE_NAME", "LOAD_CONST", "MAKE_FUNCTION", "LOAD_NAME", "GET_ITER", "CALL", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"]),
            ("<genexpr>", &["LOAD_FAST", "FOR_ITER", "STORE_FAST", "LOAD_FAST", "YIELD_VALUE", "POP_TOP", "JUMP_BACKWARD", "LOAD_CONST", "RETURN_VALUE"]),
            ("<dictcomp>", &["BUILD_MAP", "LOAD_FAST", "FOR_ITER", "UNPACK_SEQUENCE", "STORE_FAST", "STORE_FAST", "LOAD_FAST", "LOAD_FAST", "MAP_ADD", "JUMP_BACKWARD", "RETURN_VALUE"]),
            ("<setcomp>", &["BUILD_SET", "LOAD_FAST", "FOR_ITER", "STORE_FAST", "LOAD_FAST", "SET_ADD", "JUMP_BACKWARD", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_generator_yield_from() {
    check("def gen():\n    x = yield\n    yield from g\n    return x\n",
        &[
            ("<module>", &["LOAD_CONST", "MAKE_FUNCTION", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"]),
            ("gen", &["LOAD_CONST", "YIELD_VALUE", "STORE_FAST", "LOAD_GLOBAL", "GET_YIELD_FROM_ITER", "LOAD_CONST", "SEND", "YIELD_VALUE", "JUMP_BACKWARD", "POP_TOP", "LOAD_FAST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_generator_try() {
    check("def g(n):\n    for i in range(n):\n        yield i\n    try:\n        yield 1\n    except GeneratorExit:\n        return\n    finally:\n        print('done')\n",
        &[
            ("<module>", &["LOAD_CONST", "MAKE_FUNCTION", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"]),
            ("g", &["LOAD_GLOBAL", "LOAD_FAST", "CALL", "GET_ITER", "FOR_ITER", "STORE_FAST", "LOAD_FAST", "YIELD_VALUE", "POP_TOP", "JUMP_BACKWARD", "NOP", "LOAD_CONST", "YIELD_VALUE", "POP_TOP", "JUMP_FORWARD", "PUSH_EXC_INFO", "LOAD_GLOBAL", "CHECK_EXC_MATCH", "POP_JUMP_FORWARD_IF_FALSE", "POP_TOP", "POP_EXCEPT", "LOAD_GLOBAL", "LOAD_CONST", "CALL", "POP_TOP", "LOAD_CONST", "RETURN_VALUE", "RERAISE", "COPY", "POP_EXCEPT", "RERAISE", "NOP", "LOAD_GLOBAL", "LOAD_CONST", "CALL", "POP_TOP", "LOAD_CONST", "RETURN_VALUE", "PUSH_EXC_INFO", "LOAD_GLOBAL", "LOAD_CONST", "CALL", "POP_TOP", "RERAISE", "COPY", "POP_EXCEPT", "RERAISE"]),
        ],
    );
}

#[test]
fn dis_raise_from() {
    check("raise ValueError('x') from None\n",
        &[
            ("<module>", &["PUSH_NULL", "LOAD_NAME", "LOAD_CONST", "CALL", "LOAD_CONST", "RAISE_VARARGS"]),
        ],
    );
}

#[test]
fn dis_static_swaps() {
    check("def f(p):\n    out, err, rc = p.stdout, p.stderr, str(p.returncode)\n    return out\n",
        &[
            ("<module>", &["LOAD_CONST", "MAKE_FUNCTION", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"]),
            ("f", &["LOAD_FAST", "LOAD_ATTR", "LOAD_FAST", "LOAD_ATTR", "LOAD_GLOBAL", "LOAD_FAST", "LOAD_ATTR", "CALL", "STORE_FAST", "STORE_FAST", "STORE_FAST", "LOAD_FAST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_docstring_module() {
    check("'module doc'\nx = 1\n",
        &[
            ("<module>", &["LOAD_CONST", "STORE_NAME", "LOAD_CONST", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_slices() {
    check("a[1:2] = b[::2]\n",
        &[
            ("<module>", &["LOAD_NAME", "LOAD_CONST", "LOAD_CONST", "LOAD_CONST", "BUILD_SLICE", "BINARY_SUBSCR", "LOAD_NAME", "LOAD_CONST", "LOAD_CONST", "BUILD_SLICE", "STORE_SUBSCR", "LOAD_CONST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_global_decl() {
    check("def f():\n    global g\n    g = 1\n",
        &[
            ("<module>", &["LOAD_CONST", "MAKE_FUNCTION", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"]),
            ("f", &["LOAD_CONST", "STORE_GLOBAL", "LOAD_CONST", "RETURN_VALUE"]),
        ],
    );
}


#[test]
fn dis_match_statement() {
    check("def f(x):\n    match x:\n        case {\"a\": 1, **rest}:\n            return rest\n        case [1, *_, y]:\n            return y\n        case [a, *b] | (b, a):\n            return a\n        case C(1, b=2) | D() as z if z:\n            return z\n        case -1 | None | \"s\":\n            return 0\n        case _:\n            return 1\n",
        &[
            ("<module>", &["LOAD_CONST", "MAKE_FUNCTION", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"]),
            ("f", &["LOAD_FAST", "COPY", "MATCH_MAPPING", "POP_JUMP_FORWARD_IF_FALSE", "GET_LEN", "LOAD_CONST", "COMPARE_OP", "POP_JUMP_FORWARD_IF_FALSE", "LOAD_CONST", "MATCH_KEYS", "COPY", "POP_JUMP_FORWARD_IF_NONE", "UNPACK_SEQUENCE", "LOAD_CONST", "COMPARE_OP", "POP_JUMP_FORWARD_IF_FALSE", "BUILD_MAP", "SWAP", "DICT_UPDATE", "UNPACK_SEQUENCE", "COPY", "SWAP", "DELETE_SUBSCR", "STORE_FAST", "POP_TOP", "LOAD_FAST", "RETURN_VALUE", "POP_TOP", "POP_TOP", "POP_TOP", "COPY", "MATCH_SEQUENCE", "POP_JUMP_FORWARD_IF_FALSE", "GET_LEN", "LOAD_CONST", "COMPARE_OP", "POP_JUMP_FORWARD_IF_FALSE", "COPY", "LOAD_CONST", "BINARY_SUBSCR", "LOAD_CONST", "COMPARE_OP", "POP_JUMP_FORWARD_IF_FALSE", "COPY", "GET_LEN", "LOAD_CONST", "BINARY_OP", "BINARY_SUBSCR", "STORE_FAST", "POP_TOP", "POP_TOP", "LOAD_FAST", "RETURN_VALUE", "POP_TOP", "COPY", "COPY", "MATCH_SEQUENCE", "POP_JUMP_FORWARD_IF_FALSE", "GET_LEN", "LOAD_CONST", "COMPARE_OP", "POP_JUMP_FORWARD_IF_FALSE", "UNPACK_EX", "JUMP_FORWARD", "POP_TOP", "COPY", "MATCH_SEQUENCE", "POP_JUMP_FORWARD_IF_FALSE", "GET_LEN", "LOAD_CONST", "COMPARE_OP", "POP_JUMP_FORWARD_IF_FALSE", "UNPACK_SEQUENCE", "SWAP", "JUMP_FORWARD", "POP_TOP", "POP_TOP", "JUMP_FORWARD", "STORE_FAST", "STORE_FAST", "POP_TOP", "POP_TOP", "LOAD_FAST", "RETURN_VALUE", "COPY", "COPY", "COPY", "LOAD_GLOBAL", "LOAD_CONST", "MATCH_CLASS", "COPY", "POP_JUMP_FORWARD_IF_NONE", "UNPACK_SEQUENCE", "LOAD_CONST", "COMPARE_OP", "POP_JUMP_FORWARD_IF_FALSE", "LOAD_CONST", "COMPARE_OP", "POP_JUMP_FORWARD_IF_FALSE", "JUMP_FORWARD", "POP_TOP", "COPY", "LOAD_GLOBAL", "LOAD_CONST", "MATCH_CLASS", "COPY", "POP_JUMP_FORWARD_IF_NONE", "UNPACK_SEQUENCE", "JUMP_FORWARD", "POP_TOP", "POP_TOP", "JUMP_FORWARD", "POP_TOP", "STORE_FAST", "LOAD_FAST", "POP_JUMP_FORWARD_IF_FALSE", "POP_TOP", "LOAD_FAST", "RETURN_VALUE", "POP_TOP", "COPY", "LOAD_CONST", "COMPARE_OP", "POP_JUMP_FORWARD_IF_FALSE", "JUMP_FORWARD", "COPY", "POP_JUMP_FORWARD_IF_NOT_NONE", "JUMP_FORWARD", "COPY", "LOAD_CONST", "COMPARE_OP", "POP_JUMP_FORWARD_IF_FALSE", "JUMP_FORWARD", "POP_TOP", "JUMP_FORWARD", "POP_TOP", "LOAD_CONST", "RETURN_VALUE", "NOP", "LOAD_CONST", "RETURN_VALUE"]),
        ],
    );
}

#[test]
fn dis_try_except_star() {
    check("try:\n    f()\nexcept* ValueError as e:\n    g(e)\nexcept* (TypeError, KeyError):\n    h()\nelse:\n    i()\nfinally:\n    j()\n",
        &[
            ("<module>", &["NOP", "PUSH_NULL", "LOAD_NAME", "CALL", "POP_TOP", "JUMP_FORWARD", "PUSH_EXC_INFO", "COPY", "BUILD_LIST", "SWAP", "LOAD_NAME", "CHECK_EG_MATCH", "COPY", "POP_JUMP_FORWARD_IF_NONE", "STORE_NAME", "PUSH_NULL", "LOAD_NAME", "LOAD_NAME", "CALL", "POP_TOP", "LOAD_CONST", "STORE_NAME", "DELETE_NAME", "JUMP_FORWARD", "LOAD_CONST", "STORE_NAME", "DELETE_NAME", "LIST_APPEND", "POP_TOP", "JUMP_FORWARD", "JUMP_FORWARD", "POP_TOP", "LOAD_NAME", "LOAD_NAME", "BUILD_TUPLE", "CHECK_EG_MATCH", "COPY", "POP_JUMP_FORWARD_IF_NONE", "POP_TOP", "PUSH_NULL", "LOAD_NAME", "CALL", "POP_TOP", "JUMP_FORWARD", "LIST_APPEND", "POP_TOP", "JUMP_FORWARD", "JUMP_FORWARD", "POP_TOP", "LIST_APPEND", "PREP_RERAISE_STAR", "COPY", "POP_JUMP_FORWARD_IF_NOT_NONE", "POP_TOP", "POP_EXCEPT", "JUMP_FORWARD", "SWAP", "POP_EXCEPT", "RERAISE", "COPY", "POP_EXCEPT", "RERAISE", "PUSH_NULL", "LOAD_NAME", "CALL", "POP_TOP", "PUSH_NULL", "LOAD_NAME", "CALL", "POP_TOP", "LOAD_CONST", "RETURN_VALUE", "PUSH_EXC_INFO", "PUSH_NULL", "LOAD_NAME", "CALL", "POP_TOP", "RERAISE", "COPY", "POP_EXCEPT", "RERAISE"]),
        ],
    );
}
