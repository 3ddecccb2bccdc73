import math

print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.exp(1), math.log(100, 10), math.log(8, 2), math.log2(1024), math.log10(1000))
print(math.log(10 ** 400), math.log2(2 ** 1000), math.log10(10 ** 500), math.log(2 ** 2000, 2))
print(math.floor(3.7), math.ceil(3.2), math.trunc(-3.7), math.floor(-0.5), math.ceil(-0.5), math.floor(10 ** 30))
print(math.factorial(0), math.factorial(25), math.gcd(12, 18), math.gcd(12, 18, 8), math.gcd(), math.lcm(4, 6, 10), math.lcm())
print(math.isqrt(10 ** 40 + 1), math.isqrt(0), math.comb(10, 3), math.comb(5, 7), math.perm(5, 2), math.perm(5))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod([1, 2], start=10))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(), math.dist((0, 0), (3, 4)))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1.0), math.isfinite(math.inf))
print(math.copysign(3, -0.0), math.fabs(-2), math.fmod(7, 3), math.fmod(-7, 3), math.remainder(7, 2), math.remainder(5, 2))
print(math.frexp(8.0), math.frexp(0.0), math.ldexp(0.5, 4), math.modf(3.25), math.modf(-2.5))
print(math.sin(0), math.cos(0), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.asin(1), math.acos(1), math.atan(1), math.sinh(1), math.cosh(0), math.tanh(0.5))
print(math.gamma(5), math.gamma(1), math.lgamma(1), math.erf(0), math.expm1(0), math.log1p(0))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.cbrt(8), math.exp2(10))
print(math.pow(2, 10), math.pow(2.0, -1), math.pow(0.0, 0.0))

class F:
    def __floor__(self):
        return 'floor!'
    def __ceil__(self):
        return 'ceil!'
    def __trunc__(self):
        return 'trunc!'

print(math.floor(F()), math.ceil(F()), math.trunc(F()))

for f, args in [(math.sqrt, (-1,)), (math.log, (0,)), (math.log, (-5,)), (math.factorial, (-1,)),
                (math.exp, (1000,)), (math.pow, (0.0, -1.0)), (math.pow, (-8, 1 / 3)), (math.acos, (2,)),
                (math.floor, (math.inf,)), (math.floor, (math.nan,)), (math.factorial, (2.5,)),
                (math.sqrt, ('x',)), (math.isqrt, (-1,)), (math.comb, (-1, 2)), (math.comb, (3, -1)),
                (math.fsum, ([math.inf, -math.inf],)), (math.dist, ((1,), (1, 2))), (math.trunc, ('s',)),
                (math.log, (10, 1)), (math.fmod, (1, 0)), (math.gamma, (0,)), (math.isclose, (1, 1, 'x'))]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
