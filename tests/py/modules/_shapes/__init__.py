print("package _shapes initialised")
from ._square import Square
DEFAULT_SIDE = 2
