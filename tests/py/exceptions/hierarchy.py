for cls in (ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnicodeDecodeError,
            RecursionError, StopIteration, KeyboardInterrupt, SystemExit, GeneratorExit,
            NotImplementedError, ModuleNotFoundError, UnboundLocalError, TimeoutError, BlockingIOError):
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:]])
print(issubclass(KeyError, LookupError), issubclass(OSError, Exception), IOError is OSError, EnvironmentError is OSError)
