//! The heap verifier: recounts every reference and compares the count with
//! each object's header.
//!
//! The caller (the VM, `modules/gc/verify.rs`) lists the *roots*: every
//! owned reference held outside the heap's objects (the interpreter's own
//! fields, the intern table, the small-int cache, running frames…), one
//! entry per counted reference. The verifier adds every reference the live
//! objects hold (`Heap::gc_children`: payload, instance attributes, type)
//! and then, per object:
//! - **over-released**: more references found than the header counts — the
//!   count will reach zero while references remain (a use-after-free to
//!   come). Always a bug, whenever the check runs: missing roots can only
//!   lower the found count.
//! - **excess**: the header counts more than was found. While Python code
//!   runs this is normal (references on value stacks and in native locals
//!   are not roots); once the interpreter has finished (`exit_check`) every
//!   excess reference is a leaked one.
//! - **unreachable**: not reachable from the roots. After the shutdown
//!   collection this is an uncollected cycle or something kept alive by a
//!   leaked reference.
//!
//! Objects with an immortal count (`IMMORTAL_RC`: small ints, singletons,
//! builtin types) are not compared, and count as roots.

use super::gc::IdSet;
use super::{Heap, ObjRef, Payload, IMMORTAL_RC};

/// One object the verifier complains about.
#[derive(Clone, Debug)]
pub struct Problem {
    pub obj: ObjRef,
    /// Header reference count.
    pub header: u32,
    /// References found from roots and objects.
    pub found: u32,
    /// `type 'name'` plus a short description of the value.
    pub what: String,
}

/// The verifier's result.
#[derive(Clone, Debug, Default)]
pub struct HeapReport {
    /// Live objects.
    pub live: usize,
    /// Live objects reachable from the roots (immortal objects included).
    pub reachable: usize,
    pub over_released: Vec<Problem>,
    /// Objects whose header counts more references than were found.
    pub excess: Vec<Problem>,
    /// Live, mortal objects not reachable from the roots.
    pub unreachable: Vec<Problem>,
    /// References (from roots or objects) to slots that are free: dangling.
    pub dangling: Vec<(ObjRef, String)>,
}

impl HeapReport {
    /// No reference was found to a dead object and none is over-released.
    pub fn is_sound(&self) -> bool {
        self.over_released.is_empty() && self.dangling.is_empty()
    }

    /// Sound, and nothing leaked (meaningful once no frame is running).
    pub fn is_clean(&self) -> bool {
        self.is_sound() && self.excess.is_empty() && self.unreachable.is_empty()
    }

    /// A human-readable report (at most `limit` objects per category).
    pub fn render(&self, limit: usize) -> String {
        let mut s = format!(
            "pyrite heap verifier: {} live objects, {} reachable; {} over-released, {} dangling, {} with leaked references, {} unreachable\n",
            self.live,
            self.reachable,
            self.over_released.len(),
            self.dangling.len(),
            self.excess.len(),
            self.unreachable.len()
        );
        let mut section = |title: &str, list: &[Problem]| {
            for p in list.iter().take(limit) {
                s.push_str(&format!("  {title}: slot {} {} (header {}, found {})\n", p.obj.index(), p.what, p.header, p.found));
            }
            if list.len() > limit {
                s.push_str(&format!("  {title}: … {} more\n", list.len() - limit));
            }
        };
        section("over-released", &self.over_released);
        section("leaked reference", &self.excess);
        section("unreachable", &self.unreachable);
        for (r, from) in self.dangling.iter().take(limit) {
            s.push_str(&format!("  dangling: reference to free slot {} from {from}\n", r.index()));
        }
        s
    }
}

/// Counts at or above this are treated as immortal (a mortal object never
/// gets anywhere near it; an immortal one may have lost a few).
const IMMORTAL_FLOOR: u32 = IMMORTAL_RC / 2;

impl Heap {
    /// The name of `r`'s type, or `?` (verifier and checker messages).
    pub fn type_name_of(&self, r: ObjRef) -> String {
        let ty = self.slot(r).ty as usize;
        match self.slots.get(ty).map(|s| &s.payload) {
            Some(Payload::Type(t)) if ty != 0 => t.name.clone(),
            _ => "?".to_string(),
        }
    }

    /// `type 'list'`, plus the value for strs and the name for types,
    /// functions and code objects (enough to find the culprit).
    pub fn describe(&self, r: ObjRef) -> String {
        let ty = self.type_name_of(r);
        let detail = match self.get(r) {
            Payload::Str(s) => {
                let t: String = s.s.chars().take(40).collect();
                format!(" {t:?}")
            }
            Payload::Int(i) => format!(" {i}"),
            Payload::Type(t) => format!(" <class {}>", t.name),
            Payload::Function(f) => match self.get(f.qualname) {
                Payload::Str(s) => format!(" <function {}>", s.s),
                _ => String::new(),
            },
            Payload::Code(c) => format!(" <code {}>", c.code.name),
            Payload::Builtin(b) => format!(" <built-in {}>", b.name),
            Payload::Tuple(t) => format!(" len {}", t.len()),
            Payload::List(l) => format!(" len {}", l.items.len()),
            _ => String::new(),
        };
        format!("type '{ty}'{detail}")
    }

    fn is_free(&self, r: ObjRef) -> bool {
        self.slots.get(r.index()).is_none_or(|s| s.rc == 0 || matches!(s.payload, Payload::Free))
    }

    /// Recounts all references (see the module header). `roots` holds one
    /// entry per owned reference held outside heap objects; `weak_roots` are
    /// starting points for reachability only (borrowed references, e.g. the
    /// running frames' globals).
    pub fn verify(&self, roots: &[ObjRef], weak_roots: &[ObjRef]) -> HeapReport {
        let n = self.slots.len();
        let mut found = vec![0u32; n];
        let mut report = HeapReport::default();
        for &r in roots {
            if self.is_free(r) {
                report.dangling.push((r, "a root".to_string()));
            } else {
                found[r.index()] += 1;
            }
        }
        let live: Vec<ObjRef> = self.live_refs().collect();
        report.live = live.len();
        for &o in &live {
            self.gc_children(o, &mut |c| {
                if c.index() >= n || self.is_free(c) {
                    report.dangling.push((c, format!("slot {} {}", o.index(), self.describe(o))));
                } else {
                    found[c.index()] += 1;
                }
            });
        }
        // Reachability from the roots (immortal objects are roots too).
        let mut seen = IdSet::default();
        let mut stack: Vec<ObjRef> = Vec::new();
        let immortal = live.iter().copied().filter(|&o| self.rc(o) >= IMMORTAL_FLOOR);
        for r in roots.iter().chain(weak_roots).copied().chain(immortal) {
            if !self.is_free(r) && seen.insert(r) {
                stack.push(r);
            }
        }
        while let Some(o) = stack.pop() {
            self.gc_children(o, &mut |c| {
                if c.index() < n && !self.is_free(c) && seen.insert(c) {
                    stack.push(c);
                }
            });
        }
        report.reachable = seen.len();
        for &o in &live {
            let header = self.rc(o);
            if header >= IMMORTAL_FLOOR {
                continue;
            }
            let f = found[o.index()];
            let problem = || Problem { obj: o, header, found: f, what: self.describe(o) };
            if f > header {
                report.over_released.push(problem());
            } else if f < header {
                report.excess.push(problem());
            }
            if !seen.contains(&o) {
                report.unreachable.push(problem());
            }
        }
        report
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::PyList;

    fn list(h: &mut Heap, items: Vec<ObjRef>) -> ObjRef {
        let n = items.len();
        h.alloc_untyped(Payload::List(Box::new(PyList { items, allocated: n })))
    }

    #[test]
    fn a_consistent_heap_is_clean() {
        let mut h = Heap::new();
        let a = list(&mut h, vec![]);
        let b = list(&mut h, vec![a]); // b owns a's only count: the root owns b
        let r = h.verify(&[b], &[]);
        assert!(r.is_clean(), "{}", r.render(10));
        assert_eq!(r.live, 2);
    }

    #[test]
    fn finds_over_released_leaked_and_unreachable_objects() {
        let mut h = Heap::new();
        let a = list(&mut h, vec![]);
        let b = list(&mut h, vec![a, a]); // two references to a, one count
        let c = list(&mut h, vec![]); // counted once, held by nobody
        let r = h.verify(&[b], &[]);
        assert_eq!(r.over_released.iter().map(|p| p.obj).collect::<Vec<_>>(), vec![a]);
        assert_eq!(r.excess.iter().map(|p| p.obj).collect::<Vec<_>>(), vec![c]);
        assert_eq!(r.unreachable.iter().map(|p| p.obj).collect::<Vec<_>>(), vec![c]);
        assert!(!r.is_sound());
    }

    #[test]
    fn finds_references_to_free_slots() {
        let mut h = Heap::new();
        let a = list(&mut h, vec![]);
        assert!(h.decref_hit_zero(a));
        h.release(a);
        let b = list(&mut h, vec![]);
        if let Payload::List(l) = h.get_mut(b) {
            l.items.push(ObjRef::from_index(b.index() + 1));
        }
        let r = h.verify(&[b], &[]);
        assert_eq!(r.dangling.len(), 1);
    }
}
