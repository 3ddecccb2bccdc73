class Temp:
    scale = "C"
    def __init__(self, deg):
        self.deg = deg
    @classmethod
    def from_f(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))
    @staticmethod
    def valid(deg):
        return deg > -273.15
    def __repr__(self):
        return f"Temp({self.deg}{self.scale})"
class Kelvin(Temp):
    scale = "K"
print(Temp.from_f(212), Kelvin.from_f(32), Temp.valid(-300), Temp(1).valid(5))
print(type(Temp.__dict__['from_f']).__name__, type(Temp.__dict__['valid']).__name__)
print(Temp.from_f.__self__ is Temp, Temp.valid(0))
