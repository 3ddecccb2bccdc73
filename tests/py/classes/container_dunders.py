class Store:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        print("get", k)
        return self.d[k]
    def __setitem__(self, k, v):
        print("set", k, v)
        self.d[k] = v
    def __delitem__(self, k):
        print("del", k)
        del self.d[k]
    def __contains__(self, k):
        print("contains", k)
        return k in self.d
    def __len__(self):
        return len(self.d)
s = Store()
s['a'] = 1
s['b'] = 2
print(s['a'], 'a' in s, 'z' not in s, len(s))
del s['a']
print(len(s))
try:
    s['missing']
except KeyError as e:
    print("KeyError", e)
try:
    s[1:2] = 'slice'
except TypeError as e:
    print(e)
class Missing(dict):
    def __missing__(self, k):
        return k * 2
print(Missing(a=1)['a'], Missing()['xy'])
