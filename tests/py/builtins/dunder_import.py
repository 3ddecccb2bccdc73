m = __import__("math")
print(m.sqrt(9), m.__name__)
os_path = __import__("os.path")
print(os_path.__name__)
s = __import__("sys", fromlist=["argv"])
print(s.__name__, s.argv)
try:
    __import__("no_such_module_here")
except ModuleNotFoundError as e:
    print(e)
