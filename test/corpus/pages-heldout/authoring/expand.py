"""Authoring aid: expands one set's story template and page layouts into marked page sources
(src/<page>.txt), which build.ts turns into page texts and truth.json. The marked sources are the
labels of record; this only saves writing the shared story out once per page by hand.

Template: paragraphs separated by a blank line (paragraph 0 is the headline); a site is
{cats:reading of witness 1|witness 2|...}, cats from n u p w o, '?' after them = optional.
Layout per witness: key, before, after, style (half, space, trad, tradtw, nfd, md, cjkquotes,
straight: quote style, batch 7 on; fwdigits: full-width digits, batch 10 on), wrap, order,
subs (batch 10 on: (old, new) style-only replacements on that page's text, e.g. a word
hyphenated at a line end of an OCR column),
cont (continuation mark: the page carries only the paragraphs it prints from there on),
inside {paragraph: furniture}, jump (same-page split with a neighbour between), files (the
story split over two files of one paper).
'¶' in a reading or plain text is a paragraph break, so a site can hold the joint of two
paragraphs one page merges into one.
Usage: python3 expand.py SET.py OUTDIR [--space-across-sites]
--space-across-sites: a page with CJK spacing is also spaced across a site's edge (长沙 9 月, not
长沙9 月), the space outside the markers; batch 3 was expanded with it, batches 1 and 2 without."""
import json, os, re, subprocess, sys, unicodedata

ACROSS_SITES = '--space-across-sites' in sys.argv[3:]

FW_DIGITS = {ord(c): 0xFF10 + i for i, c in enumerate('0123456789')}

SITE = re.compile(r'\{([nupwo]+)(\??):([^{}]*)\}')

def half(t):
    return t.replace('，', ',').replace('：', ':').replace('；', ';').replace('（', '(').replace('）', ')').replace('？', '?').replace('！', '!')

def space(t):
    t = re.sub(r'([\u4e00-\u9fff])([0-9A-Za-z])', r'\1 \2', t)
    return re.sub(r'([0-9A-Za-z%])([\u4e00-\u9fff])', r'\1 \2', t)

def trad(t, to='hk'):
    out = subprocess.run(['node', '-e', "const O=require('opencc-js');let s='';process.stdin.on('data',d=>s+=d).on('end',()=>process.stdout.write(O.Converter({from:'cn',to:'"+to+"'})(s)))"],
                         input=t.encode(), capture_output=True, cwd='/tmp/occ', check=True).stdout.decode()
    assert len(out) == len(t), 'traditional conversion changed the length'
    return out

def parse(story, n):
    paras = []
    for p in story.strip('\n').split('\n\n'):
        assert not re.search(r'\{[^{}]*\{', p), f'nested site in {p[:30]}'
        pieces, at = [], 0
        for m in SITE.finditer(p):
            if m.start() > at: pieces.append(('plain', p[at:m.start()]))
            rd = m.group(3).split('|')
            assert len(rd) == n, f'site {m.group(0)[:40]} has {len(rd)} readings for {n} witnesses'
            pieces.append(('site', m.group(1), bool(m.group(2)), rd))
            at = m.end()
        if at < len(p): pieces.append(('plain', p[at:]))
        for x, y in zip(pieces, pieces[1:]):
            if x[0] == y[0] == 'site' and (len(set(x[3])) > 1 or len(set(y[3])) > 1):
                assert len(set(a + b for a, b in zip(x[3], y[3]))) > 1, f'adjacent sites that read alike together: {x[3]} {y[3]}'
        paras.append(pieces)
    return paras

def lis(seq):
    # O(n^2) longest increasing subsequence, returns the set of kept values
    n = len(seq); L = [1] * n; prev = [-1] * n
    for i in range(n):
        for j in range(i):
            if seq[j] < seq[i] and L[j] + 1 > L[i]: L[i], prev[i] = L[j] + 1, j
    i = max(range(n), key=lambda k: L[k]) if n else -1
    keep = set()
    while i >= 0: keep.add(seq[i]); i = prev[i]
    return keep

def main():
    spec = {}
    exec(open(sys.argv[1], encoding='utf-8').read(), spec)
    outdir = sys.argv[2]
    W = spec['WITNESSES']; n = len(W)
    paras = parse(spec['STORY'], n)
    P = len(paras)
    # template site ids in order
    sid = 0; ids = {}
    for pi, pieces in enumerate(paras):
        for k, pc in enumerate(pieces):
            if pc[0] == 'site': sid += 1; ids[(pi, k)] = sid
    files = {}          # key -> dict(text, ranges[(start,end,label)], window)
    para_pos = {}       # (witness index, paragraph) -> (key, start, end)
    site_rd = {}        # site id -> {key: (start, end)}
    site_meta = {ids[(pi, k)]: (pc[1], pc[2], pc[3]) for pi, pieces in enumerate(paras) for k, pc in enumerate(pieces) if pc[0] == 'site'}
    for w, lay in enumerate(W):
        style = lay.get('style', ())
        order = list(lay.get('order', range(P)))
        def sty(t):
            t = t.replace('¶', '\n\n')
            if 'half' in style: t = half(t)
            if 'space' in style: t = space(t)
            if 'nfd' in style: t = unicodedata.normalize('NFD', t)
            if 'cjkquotes' in style: t = t.replace('“', '「').replace('”', '」').replace('‘', '『').replace('’', '』')
            if 'straight' in style: t = t.replace('“', '"').replace('”', '"').replace('‘', "'").replace('’', "'")
            if 'fwdigits' in style: t = t.translate(FW_DIGITS)
            for a, b in lay.get('subs', ()): t = t.replace(a, b)
            return t
        cur = dict(key=lay['key'], text=lay.get('before', ''), col=0)
        out = []
        def start_file(key, before):
            c = dict(key=key, text=before, col=0, ranges=[], wstart=len(before))
            out.append(c); return c
        cur = start_file(lay['key'], lay.get('before', ''))
        wrap = lay.get('wrap'); english = lay.get('english', False)
        def put(t, wrapping):
            c = out[-1]
            for ch in t:
                c['text'] += ch
                if ch == '\n': c['col'] = 0; continue
                c['col'] += 1
                if not wrap or not wrapping or c['col'] < wrap: continue
                if english and ch != ' ': continue
                if not english and re.match(r'[A-Za-z0-9.,%]', ch): continue
                if ch == ' ': c['text'] = c['text'][:-1]
                c['text'] += '\n'; c['col'] = 0
        if lay.get('cont'): put(sty(lay['cont']), False)
        for idx, pi in enumerate(order):
            empty = all(pc[0] == 'site' and pc[3][w] == '' for pc in paras[pi])
            if idx > 0 and not empty: put('\n\n', False)
            c = out[-1]; ps = len(c['text'])
            for k, pc in enumerate(paras[pi]):
                if pc[0] == 'plain':
                    t = pc[1]
                    if pi == 0 and 'md' in style and k == 0: t = '# ' + t
                    put(sty(t), True)
                else:
                    r = sty(pc[3][w]); a = len(out[-1]['text']); put(r, False)
                    site_rd.setdefault(ids[(pi, k)], {})[lay['key'] if len(out) == 1 else out[-1]['key']] = (a, len(out[-1]['text']))
            para_pos[(w, pi)] = (out[-1]['key'], ps, len(out[-1]['text']))
            if pi in lay.get('inside', {}): put('\n\n' + lay['inside'][pi], False)
            j = lay.get('jump')
            if j and pi == j['after']: put(sty(j['out']) + '\n\n' + j['middle'] + '\n\n' + sty(j['inn']), False)
            f = lay.get('files')
            if f and pi == f['after']:
                put(sty(f['out']), False)
                out[-1]['wend'] = len(out[-1]['text']); out[-1]['text'] += f.get('after1', '')
                c2 = start_file(f['key2'], f['before2']); put(sty(f['inn']), False)
        for c in out:
            if 'wend' not in c: c['wend'] = len(c['text']); c['text'] += lay.get('after', '')
        for c in out: files[c['key']] = c
        lay['_order'] = order
    # fix: a two-file witness gets '\n\n' joints at the start of file 2 (harmless blank lines)
    # auto sites: dropped runs and cut tails (omission), moves (optional omission)
    auto = {}
    for w, lay in enumerate(W):
        order = lay['_order']; printed = set(order)
        first = min(order); missing = [p for p in range(P) if p not in printed and not (lay.get('cont') and p < first)]
        runs = []
        for p in missing:
            if runs and runs[-1][-1] == p - 1: runs[-1].append(p)
            else: runs.append([p])
        for run in runs:
            tail = run[-1] == P - 1
            auto.setdefault(('o', tuple(run), tail), set()).add(w)
        keep = lis(order)
        for p in order:
            if p not in keep: auto.setdefault(('m', p, tuple(order)), set()).add(w)
    nid = sid
    extra = []
    for (kind, what, info), ws in sorted(auto.items(), key=lambda x: str(x[0])):
        if kind == 'o':
            run = list(what); nid += 1; rd = {}
            for w, lay in enumerate(W):
                order = lay['_order']
                if lay.get('cont') and run[0] < min(order): continue
                have = [p for p in run if p in order]
                if have:
                    k1, a, _ = para_pos[(w, have[0])]; k2, _, b = para_pos[(w, have[-1])]
                    if k1 != k2: continue
                    rd[k1] = (a, b)
                else:
                    before = [p for p in order if p < run[0]]
                    if before:
                        k, _, b = para_pos[(w, before[-1])]; rd[k] = (b, b)
                    else:
                        after = [p for p in order if p > run[-1]]; k, a, _ = para_pos[(w, after[0])]; rd[k] = (a, a)
            extra.append((nid, 'o', False, rd))
        else:
            p, alt = what, list(info)
            # place 1: where the reference order prints p; place 2: where the moved order prints it
            nid += 1; rd1 = {}; nid2 = nid + 1; rd2 = {}
            prev_alt = alt[alt.index(p) - 1] if alt.index(p) > 0 else None
            for w, lay in enumerate(W):
                order = lay['_order']
                if p not in order: continue
                k, a, b = para_pos[(w, p)]
                if w in ws:
                    rd2[k] = (a, b)
                    prevs = [q for q in order if q < p and q != p]
                    prev_ref = max([q for q in range(p) if q in order], default=None)
                    if prev_ref is not None:
                        kk, _, bb = para_pos[(w, prev_ref)]; rd1[kk] = (bb, bb)
                else:
                    rd1[k] = (a, b)
                    if prev_alt is not None and prev_alt in order:
                        kk, _, bb = para_pos[(w, prev_alt)]; rd2[kk] = (bb, bb)
            extra.append((nid, 'o', True, rd1)); extra.append((nid2, 'o', True, rd2)); nid = nid2
    # write marked sources
    ranges = {k: [] for k in files}
    kept = dropped = 0
    for s, (cats, opt, readings) in site_meta.items():
        rd = site_rd.get(s, {})
        texts = {k: re.sub(r'\s+', '', files[k]['text'][a:b]) for k, (a, b) in rd.items()}
        authored = set(re.sub(r'\s+', '', readings[w]) for w, lay in enumerate(W) if any(k in rd for k in [lay['key']] + ([lay['files']['key2']] if lay.get('files') else [])))
        if len(rd) < 2 or len(authored) < 2 or len(set(texts.values())) < 2: dropped += 1; continue
        kept += 1
        for k, (a, b) in rd.items(): ranges[k].append((a, b, f'{s}{cats}{"?" if opt else ""}'))
    for s, cats, opt, rd in extra:
        texts = {k: re.sub(r'\s+', '', files[k]['text'][a:b]) for k, (a, b) in rd.items()}
        if len(rd) < 2 or len(set(texts.values())) < 2: dropped += 1; continue
        kept += 1
        for k, (a, b) in rd.items(): ranges[k].append((a, b, f'{s}{cats}{"?" if opt else ""}'))
    os.makedirs(outdir, exist_ok=True)
    for k, c in files.items():
        text = c['text']
        for lay in W:
            if lay['key'] == k or (lay.get('files') and lay['files']['key2'] == k):
                if 'trad' in lay.get('style', ()): text = trad(text)
                if 'tradtw' in lay.get('style', ()): text = trad(text, 'tw')
        ev = []  # (pos, rank, seq, string)
        rs = sorted(ranges[k], key=lambda r: (r[0], -r[1]))
        for i, (a, b, lab) in enumerate(rs):
            if a == b: ev.append((a, 1, i, f'⟦{lab}:⟧')); continue
            ev.append((a, 2, i, f'⟦{lab}:')); ev.append((b, 0, -i, '⟧'))
        ev.append((c['wstart'], -2, 0, '⟪')); ev.append((c['wend'], 9, 0, '⟫'))
        ev.sort(key=lambda e: (e[0], e[1], e[2]))
        s, at = [], 0
        for pos, _, _, st in ev: s.append(text[at:pos]); s.append(st); at = pos
        s.append(text[at:])
        assert '{' not in text, f'template syntax left in {k}'
        out_text = ''.join(s)
        if ACROSS_SITES and any((lay['key'] == k or (lay.get('files') and lay['files']['key2'] == k)) and 'space' in lay.get('style', ()) for lay in W):
            mk = r'((?:⟦\d+[a-z]+\??:|⟧|⟪|⟫)*)'
            out_text = re.sub(r'([\u4e00-\u9fff])' + mk + r'([0-9A-Za-z])', r'\1 \2\3', out_text)
            out_text = re.sub(r'([0-9A-Za-z%])' + mk + r'([\u4e00-\u9fff])', r'\1\2 \3', out_text)
        open(os.path.join(outdir, k + '.txt'), 'w', encoding='utf-8').write(out_text)
    print(f'{os.path.basename(sys.argv[1])}: {len(files)} files, {kept} sites kept, {dropped} dropped')

main()
