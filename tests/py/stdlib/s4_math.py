# math: functions, constants, special values, errors
import math

def attempt(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(0.0), math.isqrt(10**20 + 1))
print(math.exp(1), math.exp2(10), math.expm1(1e-10), math.log(100, 10), math.log(8, 2), math.log2(1024), math.log10(0.001), math.log1p(1e-10))
print(math.log(10**400), math.log2(2**2000), math.log10(10**500))
print(math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4), math.asin(1), math.acos(-1), math.atan(1), math.atan2(1, -1))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(), math.dist((0, 0), (3, 4)))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(7), math.ceil(10**30 + 0.0) == 10**30, type(math.floor(1.5)).__name__)
print(math.fabs(-3), math.copysign(2, -0.0), math.fmod(-7, 3), math.remainder(7, 3), math.modf(-3.25), math.frexp(40.0), math.ldexp(0.625, 6))
print(math.factorial(20), math.factorial(0), math.gcd(48, 18), math.gcd(), math.gcd(0, 0), math.gcd(12, 18, 27), math.lcm(4, 6, 10), math.lcm())
print(math.comb(10, 3), math.comb(3, 10), math.perm(5, 2), math.perm(5), math.prod([1, 2, 3, 4]), math.prod([], start=7), math.prod([2.5, 2]))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.isfinite(1.0), math.isinf(-math.inf), math.isnan(float('nan')), math.isnan(1))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.ulp(0.0), math.erf(0), math.erfc(0), math.gamma(5), math.lgamma(1))
print(math.gamma(1), math.gamma(0.5) ** 2, math.sqrt(math.inf), math.atan(math.inf), math.exp(-math.inf), math.trunc(3))
attempt('sqrt neg', math.sqrt, -1)
attempt('log 0', math.log, 0)
attempt('log neg', math.log, -1)
attempt('log base 1', math.log, 10, 1)
attempt('exp overflow', math.exp, 1000)
attempt('pow overflow', math.pow, 10.0, 400)
attempt('factorial neg', math.factorial, -1)
attempt('factorial float', math.factorial, 5.0)
attempt('isqrt neg', math.isqrt, -4)
attempt('comb neg', math.comb, -1, 2)
attempt('comb float', math.comb, 5.0, 2)
attempt('sqrt str', math.sqrt, 'x')
attempt('floor str', math.floor, 'x')
attempt('floor nan', math.floor, math.nan)
attempt('ceil inf', math.ceil, math.inf)
attempt('acos 2', math.acos, 2)
attempt('gamma 0', math.gamma, 0)
attempt('gamma -1', math.gamma, -1)
attempt('fmod inf', math.fmod, math.inf, 1)
attempt('ldexp big', math.ldexp, 1.0, 10**6)
attempt('gcd float', math.gcd, 1.5, 2)
attempt('dist lens', math.dist, (1, 2), (1,))
attempt('isclose neg tol', math.isclose, 1, 1, rel_tol=-1)
attempt('perm neg', math.perm, 3, -1)
attempt('too many args', math.sqrt, 1, 2)
print(math.pow(2, 0.5), math.pow(-8, 1/3) if False else 'skip', math.pow(0.0, 0), math.pow(math.nan, 0))
class F:
    def __float__(self):
        return 2.25
class I:
    def __index__(self):
        return 6
class Fl:
    def __floor__(self):
        return 'floored'
print(math.sqrt(F()), math.factorial(I()), math.floor(Fl()), math.isqrt(I()))
print(math.sumprod if hasattr(math, 'sumprod') else 'no sumprod', math.floor(-0.0), math.copysign(1, math.nan) in (1.0, -1.0))
print(round(math.sin(1e22), 12), math.cos(1e300) == math.cos(1e300), math.trunc(-0.5))
