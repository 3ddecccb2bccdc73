//! CPython's list sort (timsort) run structure: count_run, binary insertion
//! sort up to `minrun`, then stable merges. The comparison *sequence* matters
//! because it is observable (which pair raises `'<' not supported…`, side
//! effects of `__lt__`); for lists shorter than 64 it is exactly CPython's.
//! Galloping is omitted: merges compare element by element (same result).

use crate::bytecode::ComparisonOperator;
use crate::heap::ObjRef;
use crate::vm::{PyResult, Vm};

/// (key, value) pairs, sorted by key.
type Item = (ObjRef, ObjRef);

fn lt(vm: &mut Vm, a: &Item, b: &Item) -> PyResult<bool> {
    vm.compare_bool(a.0, b.0, ComparisonOperator::Lt)
}

fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// Length of the run starting at `lo` and whether it is strictly descending.
fn count_run(vm: &mut Vm, v: &[Item], lo: usize, hi: usize) -> PyResult<(usize, bool)> {
    if lo + 1 == hi {
        return Ok((1, false));
    }
    let mut n = 2;
    let mut i = lo + 2;
    if lt(vm, &v[lo + 1], &v[lo])? {
        while i < hi && lt(vm, &v[i], &v[i - 1])? {
            i += 1;
            n += 1;
        }
        Ok((n, true))
    } else {
        while i < hi && !lt(vm, &v[i], &v[i - 1])? {
            i += 1;
            n += 1;
        }
        Ok((n, false))
    }
}

/// Sorts v[lo..hi] given that v[lo..start] is already sorted.
fn binarysort(vm: &mut Vm, v: &mut [Item], lo: usize, hi: usize, mut start: usize) -> PyResult<()> {
    if lo == start {
        start += 1;
    }
    while start < hi {
        let pivot = v[start];
        let (mut l, mut r) = (lo, start);
        while l < r {
            let p = l + ((r - l) >> 1);
            if lt(vm, &pivot, &v[p])? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        v[l..=start].rotate_right(1);
        start += 1;
    }
    Ok(())
}

/// Stable merge of the adjacent runs v[a..b] and v[b..c].
fn merge(vm: &mut Vm, v: &mut [Item], a: usize, b: usize, c: usize) -> PyResult<()> {
    let left: Vec<Item> = v[a..b].to_vec();
    let (mut i, mut j, mut k) = (0, b, a);
    let mut res = Ok(());
    while i < left.len() && j < c {
        match lt(vm, &v[j], &left[i]) {
            Ok(true) => {
                v[k] = v[j];
                j += 1;
            }
            Ok(false) => {
                v[k] = left[i];
                i += 1;
            }
            Err(e) => {
                res = Err(e);
                break;
            }
        }
        k += 1;
    }
    // Whatever happens, every item stays in the slice exactly once.
    while i < left.len() {
        v[k] = left[i];
        i += 1;
        k += 1;
    }
    res
}

pub fn timsort(vm: &mut Vm, v: &mut [Item]) -> PyResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let minrun = compute_minrun(n);
    let mut runs: Vec<(usize, usize)> = Vec::new(); // (start, len)
    let mut lo = 0;
    while lo < n {
        let (mut len, desc) = count_run(vm, v, lo, n)?;
        if desc {
            v[lo..lo + len].reverse();
        }
        if len < minrun {
            let force = minrun.min(n - lo);
            binarysort(vm, v, lo, lo + force, lo + len)?;
            len = force;
        }
        runs.push((lo, len));
        merge_collapse(vm, v, &mut runs, false)?;
        lo += len;
    }
    merge_collapse(vm, v, &mut runs, true)
}

fn merge_at(vm: &mut Vm, v: &mut [Item], runs: &mut Vec<(usize, usize)>, i: usize) -> PyResult<()> {
    let (a, la) = runs[i];
    let (_, lb) = runs[i + 1];
    runs[i] = (a, la + lb);
    runs.remove(i + 1);
    merge(vm, v, a, a + la, a + la + lb)
}

fn merge_collapse(vm: &mut Vm, v: &mut [Item], runs: &mut Vec<(usize, usize)>, force: bool) -> PyResult<()> {
    while runs.len() > 1 {
        let mut n = runs.len() - 2;
        let l = |k: usize| runs[k].1;
        if force {
            if n > 0 && l(n - 1) < l(n + 1) {
                n -= 1;
            }
        } else if (n > 0 && l(n - 1) <= l(n) + l(n + 1)) || (n > 1 && l(n - 2) <= l(n - 1) + l(n)) {
            if l(n - 1) < l(n + 1) {
                n -= 1;
            }
        } else if l(n) > l(n + 1) {
            break;
        }
        merge_at(vm, v, runs, n)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn minrun() {
        assert_eq!(super::compute_minrun(63), 63);
        assert_eq!(super::compute_minrun(64), 32);
        assert_eq!(super::compute_minrun(65), 33);
    }
}
