import os
import shutil
import tempfile

with tempfile.TemporaryDirectory() as d:
    print(os.path.isdir(d), d.startswith(tempfile.gettempdir()))
    sub = os.path.join(d, 'sub', 'deeper')
    os.makedirs(sub)
    with open(os.path.join(sub, 'a.txt'), 'w') as f:
        f.write('data\n')
    shutil.copy(os.path.join(sub, 'a.txt'), os.path.join(d, 'b.txt'))
    print(open(os.path.join(d, 'b.txt')).read(), end='')
    shutil.copytree(os.path.join(d, 'sub'), os.path.join(d, 'copy'))
    print(sorted(os.listdir(os.path.join(d, 'copy', 'deeper'))))
    shutil.move(os.path.join(d, 'b.txt'), os.path.join(d, 'c.txt'))
    print(sorted(os.listdir(d)))
    shutil.rmtree(os.path.join(d, 'sub'))
    print(sorted(os.listdir(d)))
    saved = d
print(os.path.exists(saved))
with tempfile.NamedTemporaryFile('w', suffix='.txt') as f:
    f.write('hi')
    f.flush()
    name = f.name
    print(name.endswith('.txt'), open(name).read())
print(os.path.exists(name))
t = tempfile.mkdtemp(prefix='pyr')
print(os.path.basename(t).startswith('pyr'), os.path.isdir(t))
os.rmdir(t)
