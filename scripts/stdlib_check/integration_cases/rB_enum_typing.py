# CPython's own re/inspect machinery running on pyrite's enum and typing.
import re
import enum
import typing
print(repr(re.I), repr(re.I | re.M), str(re.I), re.I | re.M, repr(re.RegexFlag(0)), repr(~re.I)[:30])
print(re.compile('a+', re.I | re.X).flags, re.findall(r'\d+', 'a1b22c333'), re.sub('(a)', r'<\1>', 'banana'))
print(type(re.I).__mro__, re.RegexFlag.__members__.keys() == re.RegexFlag._member_map_.keys())


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Perm(enum.IntFlag):
    R = 4
    W = 2


T = typing.TypeVar('T')


class Box(typing.Generic[T]):
    pass


class Point(typing.NamedTuple):
    x: int
    y: int = 0


print(list(Color), Perm.R | Perm.W, repr(Perm(7)), Box[int], Point(1), typing.get_type_hints(Point))
print(typing.Optional[typing.List[Color]], typing.Literal[Color.RED])
