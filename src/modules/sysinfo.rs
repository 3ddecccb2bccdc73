//! The informational struct sequences of `sys` — `version_info`,
//! `int_info`, `float_info`, `hash_info`, `flags`, `thread_info` — and
//! `sys.implementation`, with CPython 3.11's values and reprs; plus the
//! private `_structseq` module through which Python code makes struct
//! sequence types.
//!
//! `sys.implementation.name` is `'cpython'` (and `cache_tag` `'cpython-311'`):
//! pyrite reproduces CPython's observable object model (sizes, refcounts,
//! gc), so code that gates CPython-specific behaviour on the name should
//! take that path; `sys.version` still says "pyrite".

use crate::heap::ObjRef;
use crate::types::structseq::StructSeqSpec;
use crate::vm::{Args, PyResult, Vm};

const VERSION_INFO: StructSeqSpec = StructSeqSpec {
    module: "sys",
    name: "version_info",
    doc: "sys.version_info\n\nVersion information as a named tuple.",
    fields: &["major", "minor", "micro", "releaselevel", "serial"],
    n_in_sequence: 5,
    instantiable: false,
};

const INT_INFO: StructSeqSpec = StructSeqSpec {
    module: "sys",
    name: "int_info",
    doc: "sys.int_info\n\nA named tuple that holds information about Python's\ninternal representation of integers.  The attributes are read only.",
    fields: &["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
    n_in_sequence: 4,
    instantiable: true,
};

const FLOAT_INFO: StructSeqSpec = StructSeqSpec {
    module: "sys",
    name: "float_info",
    doc: "sys.float_info\n\nA named tuple holding information about the float type. It contains low level\ninformation about the precision and internal representation. Please study\nyour system's :file:`float.h` for more information.",
    fields: &["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"],
    n_in_sequence: 11,
    instantiable: true,
};

const HASH_INFO: StructSeqSpec = StructSeqSpec {
    module: "sys",
    name: "hash_info",
    doc: "hash_info\n\nA named tuple providing parameters used for computing\nhashes. The attributes are read only.",
    fields: &["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"],
    n_in_sequence: 9,
    instantiable: true,
};

const FLAGS: StructSeqSpec = StructSeqSpec {
    module: "sys",
    name: "flags",
    doc: "sys.flags\n\nFlags provided through command line arguments or environment vars.",
    fields: &[
        "debug",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "verbose",
        "bytes_warning",
        "quiet",
        "hash_randomization",
        "isolated",
        "dev_mode",
        "utf8_mode",
        "warn_default_encoding",
        "safe_path",
        "int_max_str_digits",
    ],
    n_in_sequence: 18,
    instantiable: false,
};

const THREAD_INFO: StructSeqSpec = StructSeqSpec {
    module: "sys",
    name: "thread_info",
    doc: "sys.thread_info\n\nA named tuple holding information about the thread implementation.",
    fields: &["name", "lock", "version"],
    n_in_sequence: 3,
    instantiable: true,
};

/// Command-line letters given before the program (`-i`, `-q`, `-O`…), for `sys.flags`.
fn option_letters() -> (String, Vec<String>) {
    let mut letters = String::new();
    let mut xopts = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "-" || !a.starts_with('-') || a.starts_with("--") {
            break;
        }
        let body = &a[1..];
        if body.starts_with('c') || body.starts_with('m') {
            break;
        }
        if let Some(x) = body.strip_prefix('X') {
            xopts.push(if x.is_empty() { args.next().unwrap_or_default() } else { x.to_string() });
            continue;
        }
        if body.starts_with('W') {
            if body.len() == 1 {
                args.next();
            }
            continue;
        }
        letters.push_str(body);
    }
    (letters, xopts)
}

fn env_flag(name: &str) -> bool {
    std::env::var_os(name).is_some_and(|v| !v.is_empty())
}

fn flags_values(vm: &mut Vm) -> Vec<ObjRef> {
    let (l, xopts) = option_letters();
    let count = |c: char| l.chars().filter(|&x| x == c).count() as i64;
    let ignore_env = count('E') > 0 || count('I') > 0;
    let env = |n: &str| !ignore_env && env_flag(n);
    let inspect = (count('i') > 0 || env("PYTHONINSPECT")) as i64;
    let optimize = count('O').max(if env("PYTHONOPTIMIZE") { 1 } else { 0 });
    let dev_mode = xopts.iter().any(|x| x == "dev") || env("PYTHONDEVMODE");
    let utf8 = xopts.iter().any(|x| x == "utf8" || x == "utf8=1") || env("PYTHONUTF8");
    let int_max = xopts.iter().find_map(|x| x.strip_prefix("int_max_str_digits=").and_then(|v| v.parse::<i64>().ok())).unwrap_or(-1);
    let ints = [
        count('d'),
        inspect,
        count('i'),
        optimize,
        (count('B') > 0 || env("PYTHONDONTWRITEBYTECODE")) as i64,
        (count('s') > 0 || count('I') > 0 || env("PYTHONNOUSERSITE")) as i64,
        count('S'),
        ignore_env as i64,
        count('v'),
        count('b'),
        count('q'),
        1,
        count('I'),
    ];
    let mut v: Vec<ObjRef> = ints.iter().map(|&i| vm.new_int(i)).collect();
    v.push(vm.new_bool(dev_mode));
    v.push(vm.new_int(utf8 as i64));
    v.push(vm.new_int(0));
    v.push(vm.new_bool(count('P') > 0 || count('I') > 0));
    v.push(vm.new_int(int_max));
    v
}

/// Adds the info struct sequences and `implementation` to sys's dict `d`.
pub fn install(vm: &mut Vm, d: ObjRef) {
    let t = vm.new_structseq_type(&VERSION_INFO);
    let v = vec![vm.new_int(3), vm.new_int(11), vm.new_int(7), vm.new_str("final"), vm.new_int(0)];
    let version_info = vm.new_structseq(t, v);
    vm.dict_set_str(d, "version_info", version_info);

    let t = vm.new_structseq_type(&INT_INFO);
    let v = vec![vm.new_int(30), vm.new_int(4), vm.new_int(4300), vm.new_int(640)];
    let o = vm.new_structseq(t, v);
    vm.dict_set_str(d, "int_info", o);
    vm.decref(o);

    let t = vm.new_structseq_type(&FLOAT_INFO);
    let v = vec![
        vm.new_float(f64::MAX),
        vm.new_int(f64::MAX_EXP as i64),
        vm.new_int(f64::MAX_10_EXP as i64),
        vm.new_float(f64::MIN_POSITIVE),
        vm.new_int(f64::MIN_EXP as i64),
        vm.new_int(f64::MIN_10_EXP as i64),
        vm.new_int(f64::DIGITS as i64),
        vm.new_int(f64::MANTISSA_DIGITS as i64),
        vm.new_float(f64::EPSILON),
        vm.new_int(2),
        vm.new_int(1),
    ];
    let o = vm.new_structseq(t, v);
    vm.dict_set_str(d, "float_info", o);
    vm.decref(o);

    let t = vm.new_structseq_type(&HASH_INFO);
    let v = vec![
        vm.new_int(64),
        vm.new_int((1i64 << 61) - 1),
        vm.new_int(314159),
        vm.new_int(0),
        vm.new_int(1000003),
        vm.new_str("siphash13"),
        vm.new_int(64),
        vm.new_int(128),
        vm.new_int(0),
    ];
    let o = vm.new_structseq(t, v);
    vm.dict_set_str(d, "hash_info", o);
    vm.decref(o);

    let t = vm.new_structseq_type(&FLAGS);
    let v = flags_values(vm);
    let o = vm.new_structseq(t, v);
    vm.dict_set_str(d, "flags", o);
    vm.decref(o);

    let t = vm.new_structseq_type(&THREAD_INFO);
    // CPython asks confstr(_CS_GNU_LIBPTHREAD_VERSION); this is the reference machine's glibc.
    let v = vec![vm.new_str("pthread"), vm.new_str("semaphore"), vm.new_str("NPTL 2.36")];
    let o = vm.new_structseq(t, v);
    vm.dict_set_str(d, "thread_info", o);
    vm.decref(o);

    let ns = new_namespace(vm);
    let items: Vec<(&str, ObjRef)> = vec![
        ("name", vm.new_str("cpython")),
        ("cache_tag", vm.new_str("cpython-311")),
        ("version", vm.incref(version_info)),
        ("hexversion", vm.new_int(0x030b07f0)),
        ("_multiarch", vm.new_str("x86_64-linux-gnu")),
    ];
    for (k, v) in items {
        if let Err(e) = vm.setattr_str(ns, k, v) {
            vm.drop_err(e);
        }
        vm.decref(v);
    }
    vm.dict_set_str(d, "implementation", ns);
    vm.decref(ns);
    vm.decref(version_info);
}

// types.SimpleNamespace (the type of sys.implementation) is types/namespace.rs.
fn new_namespace(vm: &mut Vm) -> ObjRef {
    crate::types::namespace::new_namespace(vm)
}

// ----- _structseq: struct sequence types for Python code ----------------------

/// `_structseq.structseq_type(module, name, fields, n_sequence_fields, doc='')`:
/// a new struct sequence type; instances are made by calling it with a
/// sequence of `n_sequence_fields`..`len(fields)` items (and optionally a dict
/// for the missing hidden fields), as CPython's struct sequences are.
fn structseq_type(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let p = vm.parse_args(args, "structseq_type", &["module", "name", "fields", "n_sequence_fields", "doc"], 0, 4)?;
    let s = |vm: &mut Vm, x: Option<ObjRef>| x.and_then(|x| vm.as_str(x)).map(|s| s.to_string());
    let (Some(module), Some(name)) = (s(vm, p[0]), s(vm, p[1])) else {
        return Err(vm.type_error("structseq_type(): module and name must be str"));
    };
    let doc = s(vm, p[4]).unwrap_or_default();
    let items = match p[2] {
        Some(f) => vm.collect_iter(f)?,
        None => Vec::new(),
    };
    let fields: Vec<String> = items.iter().filter_map(|&i| vm.as_str(i).map(|s| s.to_string())).collect();
    for i in items {
        vm.decref(i);
    }
    let n_seq = match p[3] {
        Some(n) => vm.index_value(n)?,
        None => 0,
    };
    if n_seq < 0 || n_seq as usize > fields.len() {
        return Err(vm.value_error("structseq_type(): n_sequence_fields out of range"));
    }
    let t = vm.structseq_type_from(&module, &name, &doc, &fields, n_seq as usize, true);
    Ok(vm.incref(t))
}

pub fn make_structseq_module(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_structseq");
    vm.add_module_functions(m, &[("structseq_type", structseq_type)]);
    Ok(m)
}
