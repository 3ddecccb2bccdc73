from typing import List, Dict, Optional, Union, Callable, TypeVar, Generic, NamedTuple, Any, Tuple, Iterator
import dataclasses
T = TypeVar('T')
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s: Stack[int] = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), Stack[int], s.__orig_class__)
def f(x: Optional[int] = None, cb: Callable[[int], str] = str) -> Dict[str, List[int]]:
    return {'a': [x or 0]}
print(f(3), f.__annotations__)
class P(NamedTuple):
    x: int
    y: float = 0.0
print(P(1), P(1, 2.5)._asdict())
@dataclasses.dataclass
class D:
    a: List[int]
    b: Optional[str] = None
print(D([1]), dataclasses.fields(D)[0].type)
def gen() -> Iterator[Tuple[int, str]]:
    yield 1, 'a'
print(list(gen()), Union[int, str], Any)
