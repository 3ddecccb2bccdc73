import sys
gs=sys.getsizeof
class P: pass
a=P(); a.x=1; a.y=2
d=a.__dict__; print(gs(d))
d['z']=3; print('new key via dict', gs(d))
b=P(); b.x=1; print(gs(b.__dict__)); b.q=5; print('setattr new after materialise', gs(b.__dict__))
c=P(); c.x=1; d2=c.__dict__; d2[1]=2; print('nonstr key', gs(d2))
class Q: pass
objs=[]
for i in range(35):
    o=Q(); setattr(o,'k%d'%i,i); objs.append(o)
print([gs(o.__dict__) for o in objs])
class R: pass
r=R()
for i in range(35):
    setattr(r,'k%d'%i,i)
    if i in (5,20,28,29,30,31,34): print(i, gs(R().__dict__), gs(r.__dict__) if i==34 else '')
import sys
gs=sys.getsizeof
class X(Exception): pass
x=X(); x.a=1; print('exc', gs(x.__dict__))
class I(int): pass
i=I(5); i.a=1; print('int', gs(i.__dict__))
class L(list): pass
l=L(); l.a=1; print('list', gs(l.__dict__))
class P: pass
a=P(); a.x=1
d=a.__dict__; print(gs(d)); P(); print('after new inst', gs(d))
d.clear(); print('clear', gs(d))
b=P(); b.x=1; b.y=2; e=b.__dict__.copy(); print('copy', gs(e), gs(b.__dict__))
del b.x; print('del', gs(b.__dict__))
c=P(); c.x=1; del c.x; print('del-nomat', gs(c.__dict__))
def f(): pass
f.a=1; print('func', gs(f.__dict__))
import types
m=types.ModuleType('m'); print('mod', gs(m.__dict__))
