# Str hashes are 32 bits: 300,000 similar keys ('user-0000001'...) get
# (nearly) distinct hashes, so a dict of them is built and searched in
# linear time (16-bit hashes gave 400,000 such keys 32,741 hashes). A str
# made at run time hashes as the interned name of the same text does.
ks = ['user-%07d' % i for i in range(300000)]
d = {k: i for i, k in enumerate(ks)}
print(len(d), d['user-0123456'], sum(1 for k in ks if k in d), len({hash(k) for k in ks}) > 299000)
name = ''.join(['pri', 'nt'])
print(hash(name) == hash('print'), {'print': 1}[name], getattr(__import__('builtins'), name) is print, hash('') == hash(''.join([])))
import sys
print(len([m for m in sys.modules if hash(m) != hash(str(m))]), hash('__name__') == hash(''.join('__name__')))
