café = "coffee"
naïve = 1
Δ = 0.5
print(café, naïve, Δ)
_private = 2
__dunder__ = 3
print(_private, __dunder__)
s = "héllo wörld ✓"
print(len(s), s.upper(), s[1], s[-1])
print("日本語"[1], len("日本語".encode()))
