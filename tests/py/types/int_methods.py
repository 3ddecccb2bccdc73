print((42).bit_length(), (-1).bit_length(), (0).bit_length(), (255).bit_count() if hasattr(int, "bit_count") else 8)
print((10).to_bytes(2, "little"), (-1).to_bytes(1, "big", signed=True), int.from_bytes(b"\xff", "big", signed=True))
print((7).as_integer_ratio(), (5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print(int.__name__, (3).__add__(4), (3).__radd__(4), (3).__truediv__(2), (3).__sub__(1.0))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(e)
print(True.__class__, (1).__class__.__mro__)
