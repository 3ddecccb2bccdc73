//! The set table operations on `Vm`: creation, lookup, insertion, removal
//! and the in-place algebra (difference, symmetric difference,
//! intersection) that the set/frozenset methods build on.

use crate::heap::settable::SetSlot;
use crate::heap::{ObjRef, Payload, SetTable};
use crate::vm::{PyResult, Vm};

use super::{other_set, same_kind, set_copy};

impl Vm {
    pub fn new_set(&mut self, frozen: bool) -> ObjRef {
        let t = if frozen { self.t.frozenset } else { self.t.set };
        self.alloc(t, Payload::Set(Box::default()))
    }
    /// A new set holding the items of an iterable.
    pub fn new_set_from(&mut self, it: ObjRef) -> PyResult<ObjRef> {
        let s = self.new_set(false);
        if let Err(e) = self.set_update(s, it) {
            self.decref(s);
            return Err(e);
        }
        Ok(s)
    }

    pub fn is_set(&self, s: ObjRef) -> bool {
        matches!(self.heap.get(s), Payload::Set(_))
    }
    pub(super) fn set_table(&self, s: ObjRef) -> &SetTable {
        match self.heap.get(s) {
            Payload::Set(t) => t,
            _ => panic!("not a set"),
        }
    }
    pub(super) fn set_table_mut(&mut self, s: ObjRef) -> &mut SetTable {
        match self.heap.get_mut(s) {
            Payload::Set(t) => t,
            _ => panic!("not a set"),
        }
    }
    pub fn set_items(&self, s: ObjRef) -> Vec<ObjRef> {
        self.set_table(s).iter().map(|(_, k)| k).collect()
    }

    pub(super) fn set_find(&mut self, s: ObjRef, key: ObjRef, hash: i64) -> PyResult<Option<usize>> {
        loop {
            let t = self.set_table(s);
            let version = t.version;
            if let Ok(r) = t.find_with(hash, |k| self.fast_eq(k, key)) {
                return Ok(r);
            }
            // Slow path: compare with Python equality, slot by slot; restart
            // when `__eq__` mutated the set (as CPython does).
            let mut probe = self.set_table(s).probe(hash);
            loop {
                let slot = probe.next_slot();
                match self.set_table(s).table[slot] {
                    SetSlot::Empty => return Ok(None),
                    SetSlot::Dummy => {}
                    SetSlot::Used(h, k) => {
                        if h == hash {
                            self.incref(k);
                            let r = self.eq(k, key);
                            self.decref(k);
                            let r = r?;
                            if self.set_table(s).version != version {
                                break;
                            }
                            if r {
                                return Ok(Some(slot));
                            }
                        }
                    }
                }
            }
        }
    }

    /// Adds a borrowed key.
    pub fn set_add(&mut self, s: ObjRef, key: ObjRef) -> PyResult<()> {
        let h = self.hash(key)?;
        self.set_add_hashed(s, key, h)
    }

    /// set_add_entry with a known hash.
    pub fn set_add_hashed(&mut self, s: ObjRef, key: ObjRef, h: i64) -> PyResult<()> {
        if self.set_find(s, key, h)?.is_none() {
            self.incref(key);
            self.set_table_mut(s).insert_new(h, key);
            // tracemalloc: the table may have been reallocated.
            self.trace_resize(s);
        }
        Ok(())
    }

    /// set_merge: adds every entry of the set `other`, presizing like CPython.
    pub fn set_merge(&mut self, s: ObjRef, other: ObjRef) -> PyResult<()> {
        if s == other {
            return Ok(());
        }
        let (oslots, ofill, oused) = {
            let o = self.set_table(other);
            (o.table.clone(), o.fill, o.used)
        };
        if oused == 0 {
            return Ok(());
        }
        let t = self.set_table_mut(s);
        let mask = t.table.len() - 1;
        if (t.fill + oused) * 5 >= mask * 3 {
            let n = (t.used + oused) * 2;
            t.resize(n);
        }
        if t.fill == 0 {
            let same = t.table.len() == oslots.len() && ofill == oused;
            let keys: Vec<(i64, ObjRef)> = oslots.iter().filter_map(|e| if let SetSlot::Used(h, k) = *e { Some((h, k)) } else { None }).collect();
            if same {
                t.table = oslots;
                t.fill = ofill;
                t.used = oused;
                t.version += 1;
            } else {
                for &(h, k) in &keys {
                    t.insert_clean(h, k);
                }
            }
            for (_, k) in keys {
                self.incref(k);
            }
            self.trace_resize(s);
            return Ok(());
        }
        for e in oslots {
            if let SetSlot::Used(h, k) = e {
                self.incref(k);
                let r = self.set_add_hashed(s, k, h);
                self.decref(k);
                r?;
            }
        }
        Ok(())
    }

    pub fn set_contains(&mut self, s: ObjRef, key: ObjRef) -> PyResult<bool> {
        let h = match self.hash(key) {
            Ok(h) => h,
            Err(e) => {
                // A set key that is itself a set is looked up as a frozenset.
                if self.is_set(key) && self.err_matches(&e, self.t.type_error) {
                    self.drop_err(e);
                    let fs = self.new_set(true);
                    for k in self.set_items(key) {
                        self.set_add(fs, k)?;
                    }
                    let r = self.set_contains(s, fs);
                    self.decref(fs);
                    return r;
                }
                return Err(e);
            }
        };
        Ok(self.set_find(s, key, h)?.is_some())
    }

    /// Removes a key; returns whether it was there.
    pub fn set_discard(&mut self, s: ObjRef, key: ObjRef) -> PyResult<bool> {
        let h = self.hash(key)?;
        match self.set_find(s, key, h)? {
            Some(slot) => {
                let k = self.set_table_mut(s).remove_at(slot);
                self.decref(k);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// set_update_internal: merge a set, presize for a dict, else add one by one.
    pub fn set_update(&mut self, s: ObjRef, it: ObjRef) -> PyResult<()> {
        if self.is_set(it) {
            return self.set_merge(s, it);
        }
        if self.ty(it) == self.t.dict {
            let entries: Vec<(i64, ObjRef)> = self.dict_table(it).iter().map(|e| (e.hash, e.key)).collect();
            let t = self.set_table_mut(s);
            let mask = t.table.len() - 1;
            if (t.fill + entries.len()) * 5 >= mask * 3 {
                let n = (t.used + entries.len()) * 2;
                t.resize(n);
            }
            for (h, k) in entries {
                self.incref(k);
                let r = self.set_add_hashed(s, k, h);
                self.decref(k);
                r?;
            }
            return Ok(());
        }
        let iter = self.iter(it)?;
        loop {
            match self.next(iter) {
                Ok(Some(v)) => {
                    let r = self.set_add(s, v);
                    self.decref(v);
                    if let Err(e) = r {
                        self.decref(iter);
                        return Err(e);
                    }
                }
                Ok(None) => break,
                Err(e) => {
                    self.decref(iter);
                    return Err(e);
                }
            }
        }
        self.decref(iter);
        Ok(())
    }

    /// Removes every item of `other` from `s` (set_difference_update_internal).
    pub(super) fn set_difference_update(&mut self, s: ObjRef, other: ObjRef) -> PyResult<()> {
        if s == other {
            let old = self.set_table_mut(s).clear();
            self.trace_resize(s);
            for o in old {
                self.decref(o);
            }
            return Ok(());
        }
        let keys = if self.is_set(other) {
            let v = self.set_items(other);
            for &k in &v {
                self.incref(k);
            }
            v
        } else {
            self.collect_iter(other)?
        };
        let mut res = Ok(());
        for &k in &keys {
            if res.is_ok() {
                res = self.set_discard(s, k).map(|_| ());
            }
        }
        for k in keys {
            self.decref(k);
        }
        res
    }

    /// set_symmetric_difference_update.
    pub(super) fn set_symdiff_update(&mut self, s: ObjRef, other: ObjRef) -> PyResult<()> {
        if s == other {
            return self.set_difference_update(s, other);
        }
        let os = other_set(self, other)?;
        let entries: Vec<(i64, ObjRef)> = self.set_table(os).iter().collect();
        for &(_, k) in &entries {
            self.incref(k);
        }
        let mut res = Ok(());
        for &(h, k) in &entries {
            if res.is_err() {
                break;
            }
            res = (|| -> PyResult<()> {
                match self.set_find(s, k, h)? {
                    Some(slot) => {
                        let old = self.set_table_mut(s).remove_at(slot);
                        self.decref(old);
                    }
                    None => self.set_add_hashed(s, k, h)?,
                }
                Ok(())
            })();
        }
        for (_, k) in entries {
            self.decref(k);
        }
        self.decref(os);
        res
    }

    /// set_intersection: a new set (of `s`'s base kind) of the common items.
    pub(super) fn set_intersection(&mut self, s: ObjRef, other: ObjRef) -> PyResult<ObjRef> {
        if s == other {
            return set_copy(self, s);
        }
        let result = same_kind(self, s);
        let r = (|| -> PyResult<()> {
            if self.is_set(other) {
                let (big, small) = if self.set_table(other).len() > self.set_table(s).len() { (other, s) } else { (s, other) };
                let entries: Vec<(i64, ObjRef)> = self.set_table(small).iter().collect();
                for (h, k) in entries {
                    self.incref(k);
                    let r = self.set_find(big, k, h).and_then(|f| if f.is_some() { self.set_add_hashed(result, k, h) } else { Ok(()) });
                    self.decref(k);
                    r?;
                }
                return Ok(());
            }
            let keys = self.collect_iter(other)?;
            let mut res = Ok(());
            for &k in &keys {
                if res.is_err() {
                    break;
                }
                res = self.hash(k).and_then(|h| {
                    if self.set_find(s, k, h)?.is_some() {
                        self.set_add_hashed(result, k, h)?;
                    }
                    Ok(())
                });
            }
            for k in keys {
                self.decref(k);
            }
            res
        })();
        match r {
            Ok(()) => Ok(result),
            Err(e) => {
                self.decref(result);
                Err(e)
            }
        }
    }

    /// set_difference: a new set of the items of `s` not in `other`.
    pub(super) fn set_difference(&mut self, s: ObjRef, other: ObjRef) -> PyResult<ObjRef> {
        let other_size = if self.is_set(other) {
            self.set_table(other).len()
        } else if self.ty(other) == self.t.dict {
            self.dict_len(other)
        } else {
            usize::MAX
        };
        if other_size == usize::MAX || (self.set_table(s).len() >> 2) > other_size {
            let r = set_copy(self, s)?;
            if let Err(e) = self.set_difference_update(r, other) {
                self.decref(r);
                return Err(e);
            }
            return Ok(r);
        }
        let result = same_kind(self, s);
        let entries: Vec<(i64, ObjRef)> = self.set_table(s).iter().collect();
        let is_dict = !self.is_set(other);
        for (h, k) in entries {
            self.incref(k);
            let r = if is_dict { self.dict_get_item_hashed(other, k, h).map(|v| v.is_some()) } else { self.set_find(other, k, h).map(|v| v.is_some()) };
            let r = r.and_then(|found| if found { Ok(()) } else { self.set_add_hashed(result, k, h) });
            self.decref(k);
            if let Err(e) = r {
                self.decref(result);
                return Err(e);
            }
        }
        Ok(result)
    }

    /// Replaces the contents of `s` with those of `tmp` (set_swap_bodies), dropping tmp.
    pub(super) fn set_take_body(&mut self, s: ObjRef, tmp: ObjRef) {
        let body = std::mem::take(self.set_table_mut(tmp));
        let old = std::mem::replace(self.set_table_mut(s), body);
        let keys: Vec<ObjRef> = old.iter().map(|(_, k)| k).collect();
        for k in keys {
            self.decref(k);
        }
        self.decref(tmp);
    }
}

