# csv.DictReader / DictWriter and files written with newline=''
import csv, io, os, tempfile

def attempt(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))

text = 'id,name,score\n1,ann,9.5\n2,bob\n3,cy,7,extra,more\n\n4,dee,8\n'
r = csv.DictReader(io.StringIO(text))
print(r.fieldnames, r.line_num)
for row in r:
    print(type(row).__name__, row)
r = csv.DictReader(io.StringIO(text), restkey='rest', restval='NA')
print([row for row in r][1:3])
r = csv.DictReader(io.StringIO('1,2\n3,4\n'), fieldnames=['a', 'b'])
print(list(r))
r = csv.DictReader(io.StringIO(''))
print(r.fieldnames, list(r))
r = csv.DictReader(['x;y', '1;2'], delimiter=';')
print(list(r))

out = io.StringIO()
w = csv.DictWriter(out, fieldnames=['id', 'name', 'note'])
print(w.writeheader())
w.writerow({'id': 1, 'name': 'ann', 'note': 'a,b'})
w.writerow({'id': 2, 'name': 'bob'})
w.writerows([{'id': 3, 'note': None}, {'name': 'q"uote'}])
print(repr(out.getvalue()))
attempt('extra key', w.writerow, {'id': 1, 'bad': 2})
w2 = csv.DictWriter(io.StringIO(), ['a'], extrasaction='ignore')
print(w2.writerow({'a': 1, 'b': 2}))
attempt('bad extrasaction', csv.DictWriter, io.StringIO(), ['a'], extrasaction='nope')
w3 = csv.DictWriter(io.StringIO(), ['a', 'b'], restval='-', quoting=csv.QUOTE_ALL)
w3.writerow({'a': 1}); print(repr(w3.writer.dialect.quoting))

tmp = tempfile.mkdtemp()
p = os.path.join(tmp, 'people.csv')
rows = [{'first': 'Ada', 'last': 'Lovelace', 'born': 1815}, {'first': 'Alan', 'last': 'Turing', 'born': 1912},
        {'first': 'Grace', 'last': 'Hopper, RDML', 'born': 1906}]
with open(p, 'w', newline='') as f:
    w = csv.DictWriter(f, fieldnames=['first', 'last', 'born'])
    w.writeheader()
    w.writerows(rows)
with open(p, 'rb') as f:
    print(f.read())
with open(p, newline='') as f:
    rd = csv.DictReader(f)
    got = list(rd)
    print(rd.fieldnames, rd.line_num)
print([(g['first'], int(g['born'])) for g in sorted(got, key=lambda g: g['born'])])
with open(p, newline='') as f:
    print(sum(1 for _ in csv.reader(f)))
with open(p, 'a', newline='') as f:
    csv.writer(f).writerow(['Linus', 'Torvalds', 1969])
with open(p, newline='') as f:
    print(list(csv.reader(f))[-1])
os.remove(p); os.rmdir(tmp)
