import _shapes
print(_shapes.Square(3).area(), _shapes.DEFAULT_SIDE)
from _shapes import _circle
print(_circle.area(1))
import _shapes._circle as circ
print(circ is _circle, circ.__name__)
from _shapes._square import Square
print(Square is _shapes.Square)
