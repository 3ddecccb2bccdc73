# difflib: SequenceMatcher, get_close_matches, ndiff/Differ with '?' lines,
# restore, unified_diff, context_diff.
import difflib
import sys

s = difflib.SequenceMatcher(None, 'abxcd', 'abcd')
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.find_longest_match(0, 5, 0, 4))
print(s.find_longest_match())

s = difflib.SequenceMatcher(lambda c: c == ' ', 'private Thread currentThread;',
                            'private volatile Thread currentThread;')
print(round(s.ratio(), 3))
for op in s.get_opcodes():
    print('%7s a[%d:%d] b[%d:%d]' % op)
s.set_seqs('qabxcd', 'abycdf')
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('{:7}   a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}'.format(tag, i1, i2, j1, j2, 'qabxcd'[i1:i2], 'abycdf'[j1:j2]))
s.set_seq1('abycdf')
print(s.ratio())

a = list(map(str, range(1, 40)))
b = a[:]
b[8] = 'changed'
del b[20]
b.insert(30, 'new')
for group in difflib.SequenceMatcher(None, a, b).get_grouped_opcodes(2):
    print(group)

# autojunk: popular elements of long sequences are ignored
long_b = 'ab' * 150
m1 = difflib.SequenceMatcher(None, 'ab' * 5, long_b)
m2 = difflib.SequenceMatcher(None, 'ab' * 5, long_b, autojunk=False)
print(sorted(m1.bpopular), m1.get_matching_blocks(), m2.get_matching_blocks()[:2])
j = difflib.SequenceMatcher(lambda x: x in 'xy', 'axbyc', 'xaybc')
print(sorted(j.bjunk), j.b2j, j.get_matching_blocks())

print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(difflib.get_close_matches('wheel', ['while', 'wheat', 'whale', 'wheels', 'heel'], n=2))
print(difflib.get_close_matches('xyz', ['abc']), difflib.get_close_matches('if', ['iff', 'elif', 'def'], 3, 0.3))
for bad in ((0, 0.5), (3, 1.5)):
    try:
        difflib.get_close_matches('a', ['a'], *bad)
    except ValueError as e:
        print('ValueError:', e)

text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
d = difflib.Differ()
result = list(d.compare(text1, text2))
sys.stdout.writelines(result)
diff = list(difflib.ndiff('one\ntwo\nthree\n'.splitlines(keepends=True),
                          'ore\ntree\nemu\n'.splitlines(keepends=True)))
print(''.join(diff), end='')
print(''.join(difflib.restore(diff, 1)), end='')
print(''.join(difflib.restore(diff, 2)), end='')
try:
    list(difflib.restore(diff, 3))
except ValueError as e:
    print('ValueError:', e)
print(list(difflib.ndiff(['\tabc\n'], ['\tabd\n'])))
print(list(difflib.ndiff(['same\n', 'x\n'], ['same\n', 'totally different\n'])))
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('hello\n'),
      difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('x'))

s1 = ['bacon\n', 'eggs\n', 'ham\n', 'guido\n']
s2 = ['python\n', 'eggy\n', 'hamster\n', 'guido\n']
sys.stdout.writelines(difflib.unified_diff(s1, s2, fromfile='before.py', tofile='after.py'))
sys.stdout.writelines(difflib.context_diff(s1, s2, fromfile='before.py', tofile='after.py'))
a = ['line %d\n' % k for k in range(20)]
b = a[:5] + ['inserted\n'] + a[5:14] + a[15:]
sys.stdout.writelines(difflib.unified_diff(a, b, 'a', 'b', '2024-01-01', '2024-01-02', n=1))
sys.stdout.writelines(difflib.context_diff(a, b, 'a', 'b', n=0))
print(list(difflib.unified_diff(['x'], ['y'], lineterm='')))
print(list(difflib.unified_diff([], ['a\n'])), list(difflib.context_diff(['a\n'], [])))
print(list(difflib.unified_diff(['same\n'], ['same\n'])))
try:
    list(difflib.unified_diff([b'x'], ['y']))
except TypeError as e:
    print('TypeError:', e)
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n', b'b\n'], [b'a\n', b'c\n'], b'x', b'y')))
