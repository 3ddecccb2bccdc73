//! math's special functions: erf, gamma and lgamma (Lanczos approximation
//! with CPython's error cases).

use crate::heap::ObjRef;
use crate::vm::{Args, PyResult, Vm};

use super::*;

/// erf by a series near 0 and a continued fraction for the tails.
pub(super) fn erf_f(x: f64) -> f64 {
    const SQRTPI: f64 = 1.772_453_850_905_516;
    if x.is_nan() {
        return x;
    }
    let ax = x.abs();
    if ax < 1.5 {
        let x2 = x * x;
        let mut acc = 0.0;
        let mut fk = 25.0 + 0.5;
        for _ in 0..25 {
            acc = 2.0 + x2 * acc / fk;
            fk -= 1.0;
        }
        acc * x * (-x2).exp() / SQRTPI
    } else {
        let cf = if ax >= 30.0 {
            0.0
        } else {
            let x2 = ax * ax;
            let (mut a, mut da, mut p, mut p_last, mut q, mut q_last) = (0.0, 0.5, 1.0, 0.0, 0.5 + x2, 1.0);
            for _ in 0..50 {
                a += da;
                da += 2.0;
                let b = da + x2;
                let t = p;
                p = b * p - a * p_last;
                p_last = t;
                let t = q;
                q = b * q - a * q_last;
                q_last = t;
            }
            p / q * ax * (-x2).exp() / SQRTPI
        };
        if x > 0.0 {
            1.0 - cf
        } else {
            cf - 1.0
        }
    }
}

const LANCZOS: [f64; 9] = [
    0.999_999_999_999_809_9,
    676.520_368_121_885_1,
    -1_259.139_216_722_402_8,
    771.323_428_777_653_1,
    -176.615_029_162_140_6,
    12.507_343_278_686_905,
    -0.138_571_095_265_720_12,
    9.984_369_578_019_572e-6,
    1.505_632_735_149_311_6e-7,
];

fn gamma_f(x: f64) -> f64 {
    if x < 0.5 {
        std::f64::consts::PI / ((std::f64::consts::PI * x).sin() * gamma_f(1.0 - x))
    } else {
        let x = x - 1.0;
        let mut a = LANCZOS[0];
        let t = x + 7.5;
        for (i, c) in LANCZOS.iter().enumerate().skip(1) {
            a += c / (x + i as f64);
        }
        (2.0 * std::f64::consts::PI).sqrt() * t.powf(x + 0.5) * (-t).exp() * a
    }
}

pub(super) fn gamma(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let x = one_arg(vm, args, "gamma")?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(vm.new_float(x));
    }
    if x == f64::NEG_INFINITY || (x <= 0.0 && x == x.floor()) {
        return Err(domain(vm));
    }
    // Exact values at small positive integers, as CPython's table gives.
    if x == x.floor() && x <= 23.0 {
        let mut f = 1.0f64;
        for i in 2..(x as u32) {
            f *= i as f64;
        }
        return Ok(vm.new_float(f));
    }
    if x > 171.7 {
        return Err(range(vm));
    }
    let r = gamma_f(x);
    checked(vm, x, r, false)
}

pub(super) fn lgamma(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let x = one_arg(vm, args, "lgamma")?;
    if x.is_nan() {
        return Ok(vm.new_float(x));
    }
    if x.is_infinite() {
        return Ok(vm.new_float(f64::INFINITY));
    }
    if x <= 0.0 && x == x.floor() {
        return Err(domain(vm));
    }
    if x == 1.0 || x == 2.0 {
        return Ok(vm.new_float(0.0));
    }
    let r = if x < 0.5 {
        (std::f64::consts::PI / (std::f64::consts::PI * x).sin().abs()).ln() - lgamma_pos(1.0 - x)
    } else {
        lgamma_pos(x)
    };
    checked(vm, x, r, false)
}

fn lgamma_pos(x: f64) -> f64 {
    let x = x - 1.0;
    let mut a = LANCZOS[0];
    let t = x + 7.5;
    for (i, c) in LANCZOS.iter().enumerate().skip(1) {
        a += c / (x + i as f64);
    }
    0.5 * (2.0 * std::f64::consts::PI).ln() + (x + 0.5) * t.ln() - t + a.ln()
}

