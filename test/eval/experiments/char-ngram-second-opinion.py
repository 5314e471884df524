"""
Experiment (session 28, not part of the bot): would a statistical second opinion catch the dangers the rules miss on
sets they never saw? A Bernoulli naive Bayes over character 3-5-grams and words of the folded text, trained on the
emergency labels of every tuned conversation set except this session's six (general-blind-75 ... -80), scored on those
six (1,026 conversations; their first-run misses and false alarms read from the lead's /work/blind/gbNN-first.txt,
which are not in the repository). Offline, Python's standard library only. Run: python3 test/eval/experiments/char-ngram-second-opinion.py
Result (2026-12-06): see test/eval/README.md, "Session 28", "A second opinion".
"""
import json, glob, re, math, unicodedata, collections, sys
def fold(t):
    t=unicodedata.normalize('NFKC',t).lower()
    t=t.replace('ø','o').replace('æ','ae').replace('ł','l').replace('ı','i')
    t=''.join(c for c in unicodedata.normalize('NFD',t) if unicodedata.category(c)!='Mn')
    return re.sub(r'\s+',' ',t)
def feats(t):
    t=' '+fold(t)+' '; f=set()
    for n in (3,4,5):
        for i in range(len(t)-n+1): f.add(t[i:i+n])
    for w in re.findall(r'\w+',t): f.add('W:'+w)
    return f
items={}
for p in glob.glob('/work/main/test/eval/conversations/*.json'):
    m=re.search(r'general-blind-(\d+)',p); n=int(m.group(1)) if m else 0
    d=json.load(open(p)); its=d if isinstance(d,list) else d.get('items',[])
    for it in its: items[it['id']]=(n,it)
test_sets={75,76,77,78,79,80}
train=[(it,) for n,it in items.values() if n not in test_sets]
test=[(n,it) for n,it in items.values() if n in test_sets]
# multinomial-ish Bernoulli NB with feature selection by doc freq
pos=collections.Counter(); neg=collections.Counter(); P=N=0
for (it,) in train:
    f=feats(' '.join(it['turns']))
    if it['emergency']: pos.update(f); P+=1
    else: neg.update(f); N+=1
vocab=[k for k in set(pos)|set(neg) if pos[k]+neg[k]>=3]
w={}
for k in vocab:
    a=(pos[k]+1)/(P+2); b=(neg[k]+1)/(N+2)
    w[k]=math.log(a/b)
prior=math.log(P/N)
def score(t):
    f=feats(t); s=prior
    for k in f:
        if k in w: s+=w[k]
    return s
# first-run misses
first={}
for fn in glob.glob('/work/blind/gb7[5-9]-first.txt')+glob.glob('/work/blind/gb80-first.txt'):
    for l in open(fn):
        m=re.match(r'\s+(gb\d+-\d+) .*no emergency card',l)
        if m: first[m.group(1)]=1
scores=[(score(' '.join(it['turns'])),it['emergency'],it['id']) for n,it in test]
for thr in [0,5,10,20,30,40]:
    tp=sum(1 for s,e,i in scores if e and s>thr); fn_=sum(1 for s,e,i in scores if e and s<=thr)
    fp=sum(1 for s,e,i in scores if not e and s>thr); tn=sum(1 for s,e,i in scores if not e and s<=thr)
    miss_caught=sum(1 for s,e,i in scores if i in first and s>thr)
    print(f'thr {thr}: recall {tp}/{tp+fn_} = {tp/(tp+fn_):.3f}; FA {fp}/{fp+tn} = {fp/(fp+tn):.3f}; rule misses caught {miss_caught}/{len(first)}')
pe=sorted(s for s,e,i in scores if e); ne=sorted(s for s,e,i in scores if not e)
print('pos pct', [round(pe[int(len(pe)*q)]) for q in (0,0.01,0.05,0.1,0.5)])
print('neg pct', [round(ne[int(len(ne)*q)]) for q in (0.5,0.75,0.9,0.95,0.99)])
for thr in [60,80,100,120,150,200]:
    tp=sum(1 for s,e,i in scores if e and s>thr); fn_=sum(1 for s,e,i in scores if e and s<=thr)
    fp=sum(1 for s,e,i in scores if not e and s>thr); tn=sum(1 for s,e,i in scores if not e and s<=thr)
    miss_caught=sum(1 for s,e,i in scores if i in first and s>thr)
    print(f'thr {thr}: recall {tp}/{tp+fn_} = {tp/(tp+fn_):.3f}; FA {fp}/{fp+tn} = {fp/(fp+tn):.3f}; rule misses caught {miss_caught}/{len(first)}')
rfa=set()
for fn in glob.glob('/work/blind/gb7[5-9]-first.txt')+glob.glob('/work/blind/gb80-first.txt'):
    part=open(fn).read().split('false alarms:')[-1]
    rfa|=set(re.findall(r'^\s+(gb\d+-\d+) ',part,re.M))
for thr in [100,150,200,300]:
    cfa={i for s,e,i in scores if not e and s>thr}
    print(f'thr {thr}: classifier FA {len(cfa)}, rules FA {len(rfa)}, both {len(cfa&rfa)}, union {len(cfa|rfa)} of {len(ne)}')
