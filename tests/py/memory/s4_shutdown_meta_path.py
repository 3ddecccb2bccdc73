# shutdown: sys.meta_path is None once modules are being torn down.
import sys
class D:
    def __del__(self):
        import builtins
        print("del", sorted(k for k,v in vars(builtins).items() if v is None)[:5], len(vars(sys)), sys.path, sys.argv)
d = D()
sys.modules['__main__'].keep = d
