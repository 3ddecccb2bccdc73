s = "abcdefgh"
print(s[2:5], s[:3], s[5:], s[-3:], s[:-3], s[::2], s[::-1], s[1:7:3], s[-1:-6:-2])
print(s[100:], s[-100:2], s[5:2], s[::-3])
l = list(range(10))
print(l[2:8:2], l[slice(1, 4)], l[slice(None, None, -4)])
class Show:
    def __getitem__(self, k):
        return k
S = Show()
print(S[1], S[1:2], S[1:2:3], S[:, 1], S[..., 0], S[::])
print(S[1, 2:3])
