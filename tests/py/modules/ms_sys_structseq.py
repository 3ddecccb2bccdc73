import sys
for n in ['int_info','float_info','hash_info','flags','thread_info','implementation', 'version_info']:
    o=getattr(sys,n); print(repr(o)); print(type(o), type(o).__mro__, getattr(o,'n_fields',None), getattr(o,'n_sequence_fields',None), getattr(o,'n_unnamed_fields',None))
print(sys.implementation.cache_tag, sys.implementation._multiarch, sys.implementation.name)
try: sys.float_info.max=1
except Exception as e: print(type(e),e)
try: sys.float_info[0]=1
except Exception as e: print(type(e),e)
try: type(sys.float_info)()
except Exception as e: print(type(e),e)
print(type(sys.float_info).__module__, type(sys.float_info).__qualname__, type(sys.flags).__name__)
print(sorted(n for n in set(dir(sys.float_info))-set(dir(())) if not n.startswith('__')))
print(sys.float_info.__reduce__())
print(type(sys.float_info).__match_args__)
print(type(sys.float_info).max, repr(type(sys.float_info).__doc__)[:60])
x=sys.float_info; print(x[1:3], x[-1], x+(), type(x[:]) , hash(x)==hash(tuple(x)), x==tuple(x), len(x))
try: x.foo=1
except Exception as e: print(type(e).__name__, e)
try: del x.max
except Exception as e: print(type(e).__name__, e)
print(len(sys.flags), sys.flags[3], sys.flags.n_fields, sys.flags.dont_write_bytecode)
for t in [type(sys.float_info), type(sys.flags), type(sys.version_info)]:
  try: print(t((1,)*3))
  except Exception as e: print(type(e).__name__, e)
print(type(sys.int_info)((1,2,3,4)))
print(sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info.major, tuple(sys.version_info))
a, b, *_ = sys.version_info; print(a, b)
print(sys.hash_info.modulus == 2**61-1, sys.float_info.epsilon, sys.float_info.dig)
print(type(type(sys.float_info).max))
print(isinstance(sys.flags, tuple), sys.getsizeof(sys.float_info) > 0)
