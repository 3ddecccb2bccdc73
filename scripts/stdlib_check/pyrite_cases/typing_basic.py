from typing import List, Dict, Optional, Union, Callable, Tuple, Any, TypeVar, Literal, get_args, get_origin, cast
T = TypeVar('T')
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str, None], Callable[[int], str])
print(Tuple[int, ...], Any, T, List[T][int], Literal[1, 'a'], get_args(Dict[str, int]), get_origin(List[int]))
print(cast(int, 'x'), isinstance([], List), Union[int, str] == Union[str, int])
def f(x: Optional[int] = None) -> Dict[str, int]:
    return {}
print(f.__annotations__)
