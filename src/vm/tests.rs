//! End-to-end checks of the VM on small programs (stdout captured).

use std::cell::RefCell;
use std::rc::Rc;

use super::Vm;

/// Runs `src` as `__main__` on a big-stack thread; returns (stdout, error text).
fn run(src: &'static str) -> (String, String) {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let mut vm = Vm::new(vec!["test.py".to_string()]);
            let cap = Rc::new(RefCell::new(Vec::new()));
            vm.stdout.capture = Some(cap.clone());
            let m = vm.new_module("__main__");
            let mods = vm.modules;
            vm.dict_set_str(mods, "__main__", m);
            let err = match vm.compile_source(src, "test.py", crate::syntax::Mode::Exec) {
                Ok(code) => match vm.exec_module_code(&code, m) {
                    Ok(()) => String::new(),
                    Err(e) => {
                        let t = vm.format_exception_text(e.exc);
                        vm.drop_err(e);
                        t
                    }
                },
                Err(e) => {
                    let t = vm.format_exception_text(e.exc);
                    vm.drop_err(e);
                    t
                }
            };
            vm.flush_std();
            let out = String::from_utf8(cap.borrow().clone()).unwrap();
            (out, err)
        })
        .unwrap()
        .join()
        .unwrap()
}

#[test]
fn arithmetic_and_print() {
    let (out, err) = run("print(1 + 2, 7 // 2, 2 ** 70, 1 / 4, 'a' * 3)\n");
    assert_eq!(err, "");
    assert_eq!(out, "3 3 1180591620717411303424 0.25 aaa\n");
}

#[test]
fn refcounts_match_cpython() {
    let (out, _) = run("import sys\nx = []\nprint(sys.getrefcount(x))\ny = [x, x]\nprint(sys.getrefcount(x))\ndef f():\n    a = []\n    return sys.getrefcount(a)\nprint(f(), sys.getrefcount([]))\n");
    assert_eq!(out, "2\n4\n2 1\n");
}

#[test]
fn constants_are_merged_per_unit() {
    let (out, _) = run("def f():\n    return 1000\ndef g():\n    return 1000\nprint(f() is g(), int('257') is int('257'), int('256') is int('256'), 'hel' + 'lo' is 'hello')\n");
    assert_eq!(out, "True False True True\n");
}

#[test]
fn long_chains_are_freed_without_recursion() {
    let (out, err) = run("x = None\nfor i in range(1000000):\n    x = [x]\ndel x\nprint('ok')\n");
    assert_eq!(err, "");
    assert_eq!(out, "ok\n");
}

#[test]
fn del_runs_at_refcount_zero() {
    let (out, _) = run("class D:\n    def __del__(self):\n        print('del')\nd = D()\nprint('a')\ndel d\nprint('b')\n");
    assert_eq!(out, "a\ndel\nb\n");
}

#[test]
fn recursion_error_is_raised() {
    let (_, err) = run("def r(n):\n    return r(n + 1)\nr(0)\n");
    assert!(err.ends_with("RecursionError: maximum recursion depth exceeded\n"), "{err}");
    assert!(err.contains("[Previous line repeated 996 more times]"), "{err}");
}

#[test]
fn traceback_has_carets() {
    let (_, err) = run("a = 1\nb = 0\nc = a / b\n");
    assert_eq!(err, "Traceback (most recent call last):\n  File \"test.py\", line 3, in <module>\n    c = a / b\n        ~~^~~\nZeroDivisionError: division by zero\n");
}

#[test]
fn list_sizes_follow_overallocation() {
    let (out, _) = run("import sys\nl = []\nr = []\nfor i in range(10):\n    r.append(sys.getsizeof(l))\n    l.append(i)\nprint(r, sys.getsizeof([1, 2, 3]), sys.getsizeof(list(range(3))))\n");
    assert_eq!(out, "[56, 88, 88, 88, 88, 120, 120, 120, 120, 184] 88 88\n");
}
