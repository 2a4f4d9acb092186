#!/usr/bin/env python3
"""Held-out evaluation of `evidence check` on publisher-marked-up JATS articles.

For every JATS file in data/ this builds
  out/<name>/manuscript.md  the body as a writer would have it (one paragraph a line, each
                            <xref ref-type="bibr"> kept exactly as printed; numbered articles
                            get a "References" section listing the numbered references),
  out/<name>/lib.bib        the ref-list as BibTeX (key = the JATS ref id),
  out/<name>/gold.json      every bibr xref as (line, ref id) with its column span,
then runs `EVIDENCE -l lib.bib check manuscript.md --json` and scores (line, resolved key)
pairs (multiset) against gold. Numbered ranges printed as "[1]–[5]" (xrefs on 1 and 5
only) are expanded in the gold: the interior refs are marked implied=True.

    python heldout.py --evidence /work/wt-eval/.venv/bin/evidence [--data data] [--out out]
writes results.json beside this script (or --results).
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET

XLINK = '{http://www.w3.org/1999/xlink}'
HERE = os.path.dirname(os.path.abspath(__file__))


def local(tag):
    return tag.split('}', 1)[-1] if isinstance(tag, str) else ''


def text_of(el):
    return re.sub(r'\s+', ' ', ''.join(el.itertext())).strip()


# ---------------------------------------------------------------- rendering the body

INLINE_RECURSE = {'italic', 'bold', 'sup', 'sub', 'sc', 'underline', 'named-content', 'ext-link',
                  'uri', 'monospace', 'styled-content', 'abbrev', 'roman', 'email', 'x',
                  'break', 'overline', 'strike', 'inline-graphic', 'ruby', 'def', 'term'}
DEFERRED_BLOCKS = {'fig', 'table-wrap', 'list', 'boxed-text', 'disp-quote', 'statement',
                   'fig-group', 'table-wrap-group', 'supplementary-material', 'media',
                   'def-list', 'speech', 'verse-group', 'p'}
SKIP = {'disp-formula', 'fn', 'object-id', 'graphic', 'table', 'alternatives', 'tex-math',
        'label', 'permissions', 'attrib'}


class Block:
    def __init__(self, prefix=''):
        self.parts = [prefix] if prefix else []
        self.xrefs = []  # (start, end, rid, text)
        self.len = len(prefix)

    def add(self, s, rid=None):
        s = re.sub(r'[ \t\r\n]+', ' ', s or '')
        if not s:
            return
        if self.len == 0 or (self.parts and self.parts[-1].endswith(' ')):
            if s.startswith(' '):
                s = s[1:]
        if not s:
            return
        start = self.len
        self.parts.append(s)
        self.len += len(s)
        if rid is not None:
            self.xrefs.append((start, self.len, rid, s))

    def text(self):
        return ''.join(self.parts)


def render_inline(el, blk, deferred):
    blk.add(el.text)
    for ch in el:
        tag = local(ch.tag)
        if tag == 'xref' and ch.get('ref-type') == 'bibr':
            for rid in (ch.get('rid') or '').split():
                blk.add(''.join(ch.itertext()), rid)
                break
        elif tag == 'xref':
            blk.add(''.join(ch.itertext()))
        elif tag == 'inline-formula':
            blk.add(''.join(ch.itertext()))
        elif tag in DEFERRED_BLOCKS:
            deferred.append(ch)
            blk.add(' ')
        elif tag in SKIP:
            blk.add(' ' if tag == 'disp-formula' else '')
        else:
            render_inline(ch, blk, deferred)
        blk.add(ch.tail)


def render_blocks(el, out, prefix=''):
    """Append Blocks for block-level element el to out."""
    tag = local(el.tag)
    if tag in ('p', 'title'):
        deferred = []
        blk = Block(('## ' if tag == 'title' else '') + prefix)
        render_inline(el, blk, deferred)
        if blk.text().strip(' #-'):
            out.append(blk)
        for d in deferred:
            render_blocks(d, out)
        return
    if tag in ('fig', 'table-wrap', 'boxed-text', 'supplementary-material', 'media'):
        label = el.find('label')
        lab = text_of(label) + ' ' if label is not None else ''
        cap = el.find('caption')
        if cap is not None:
            first = True
            for ch in cap:
                if local(ch.tag) in ('title', 'p'):
                    deferred = []
                    blk = Block(lab if first else '')
                    first = False
                    render_inline(ch, blk, deferred)
                    if blk.text().strip():
                        out.append(blk)
                    for d in deferred:
                        render_blocks(d, out)
        for ch in el:
            if local(ch.tag) in ('table-wrap-foot', 'sec', 'p', 'list', 'fig', 'table-wrap'):
                render_blocks(ch, out)
        return
    if tag == 'list':
        for item in el:
            if local(item.tag) == 'list-item':
                for ch in item:
                    render_blocks(ch, out, prefix='- ')
        return
    if tag in SKIP or tag in ('table', 'graphic', 'disp-formula'):
        return
    for ch in el:
        render_blocks(ch, out, prefix)


# ---------------------------------------------------------------- the reference list

def person_names(cit):
    names, collab, etal = [], [], False
    groups = cit.findall('person-group')
    pg = None
    for g in groups:
        if g.get('person-group-type') in (None, 'author'):
            pg = g
            break
    holder = pg if pg is not None else cit
    for ch in holder:
        t = local(ch.tag)
        if t == 'name':
            sur = ch.find('surname')
            giv = ch.find('given-names')
            names.append((text_of(sur) if sur is not None else '',
                          text_of(giv) if giv is not None else ''))
        elif t == 'collab':
            c = text_of(ch)
            m = re.fullmatch(r"([^\W\d][\w'\-]+(?: [a-z]+)*) ([A-Z]{1,4})", c)
            if m:  # publisher put a person ("Sørensen TIA") in <collab>
                names.append((m.group(1), m.group(2)))
            else:
                collab.append(c)
                names.append((c, None))
        elif t == 'etal':
            etal = True
    return names, collab, etal


def ref_record(ref):
    cit = None
    for t in ('element-citation', 'mixed-citation', 'nlm-citation', 'citation'):
        cit = ref.find(t)
        if cit is not None:
            break
    label = ref.find('label')
    rec = {'id': ref.get('id'), 'label': text_of(label) if label is not None else None}
    if cit is None:
        rec.update(names=[], collab=[], etal=False, year=None, title='', source='', type='misc')
        return rec
    names, collab, etal = person_names(cit)

    def f(tag):
        e = cit.find(tag)
        return text_of(e) if e is not None else ''
    year = f('year')
    pubids = {p.get('pub-id-type'): text_of(p) for p in cit.findall('pub-id')}
    rec.update(
        type=cit.get('publication-type') or 'journal', names=names, collab=collab, etal=etal,
        year=year or None, title=f('article-title') or f('chapter-title'), source=f('source'),
        volume=f('volume'), issue=f('issue'), fpage=f('fpage'), lpage=f('lpage'),
        elocation=f('elocation-id'), publisher=f('publisher-name'), ploc=f('publisher-loc'),
        doi=pubids.get('doi', ''), pmid=pubids.get('pmid', ''),
        mixed=mixed_text(cit) if local(cit.tag) == 'mixed-citation' else '')
    if rec['mixed'] and not names and not rec['title']:
        parse_unstructured(rec, cit)  # set B: free-text <mixed-citation> (PLOS "other" refs)
    if not rec['title'] and rec['type'] != 'journal':
        rec['title'] = rec['source']
    return rec


def mixed_text(cit):
    """Printed text of a <mixed-citation>. (Set-B adaptation: set A had none.) JATS puts no
    space between <surname> and <given-names>; the printed reference shows "Molyneux DH"."""
    parts = [cit.text or '']

    def walk(el):
        for ch in el:
            if local(ch.tag) == 'name':
                sur, giv = ch.find('surname'), ch.find('given-names')
                parts.append(' '.join(text_of(x) for x in (sur, giv) if x is not None))
            else:
                parts.append(ch.text or '')
                walk(ch)
            parts.append(ch.tail or '')
    walk(cit)
    return re.sub(r'\s+', ' ', ''.join(parts)).strip()


def parse_unstructured(rec, cit):
    """Set-B adaptation: a free-text reference ("Hotez PJ (2013) The disease next door. Foreign
    Policy ...", "WHO (2006) Preventive chemotherapy ...", "USAID's NTD program. http://...") would
    otherwise become an empty BibTeX entry. Fill author/year/title/howpublished/url as a user's
    library would hold them."""
    t = rec['mixed']
    url = ''
    for e in cit.iter():
        if local(e.tag) in ('ext-link', 'uri'):
            url = e.get(XLINK + 'href') or text_of(e)
            break
    m = re.match(r'(.+?) \((\d{4})[a-z]?\)\.? (.*)', t)
    if m:
        auth, rec['year'], rest = m.group(1), m.group(2), m.group(3)
        names = []
        for a in re.split(r',\s*', auth.replace(', et al.', '').replace(' et al.', '')):
            pm = re.fullmatch(r"([^\W\d][\w'\-]+(?: [^\W\d][\w'\-]+)?) ([A-Z]{1,4})", a.strip())
            if pm:
                names.append((pm.group(1), pm.group(2)))
            elif a.strip():
                names.append((a.strip(), None))
                rec['collab'].append(a.strip())
        rec['names'] = names
        rec['etal'] = 'et al' in auth
    else:
        rest = t
    if url:
        rest = rest.replace(url, ' ')
    tm = re.match(r'(.+?[^A-Z\s])\. (.*)', rest)
    title, more = (tm.group(1), tm.group(2)) if tm else (rest.rstrip(' .,'), '')
    rec['title'] = title.strip(' ,')
    more = re.sub(r'\s*(\. )?,\s*,', ',', re.sub(r'\s+', ' ', more)).strip(' ,.')
    if more:
        rec['source'] = more
    rec['url'] = url


def bib_escape(s):
    s = s.replace('{', '').replace('}', '')
    return re.sub(r'(?<!\\)([&%#_$])', r'\\\1', s)


def bib_entry(rec):
    kind = {'journal': 'article', 'book': 'book', 'confproc': 'inproceedings'}.get(rec['type'], 'misc')
    authors = []
    for sur, giv in rec['names']:
        if giv is None:
            authors.append('{' + bib_escape(sur) + '}')
        elif giv:
            authors.append(f'{bib_escape(sur)}, {bib_escape(giv)}')
        else:
            authors.append(bib_escape(sur))
    if rec['etal']:
        authors.append('others')
    fields = []
    if authors:
        fields.append(('author', ' and '.join(authors)))
    ym = re.match(r'\d{4}', rec['year'] or '')
    if ym:
        fields.append(('year', ym.group(0)))
    if rec['title']:
        fields.append(('title', '{' + bib_escape(rec['title']) + '}'))
    if rec['source'] and rec['source'] != rec['title']:
        fields.append(('journal' if kind == 'article' else 'booktitle' if kind == 'inproceedings'
                       else 'howpublished', bib_escape(rec['source'])))
    for k in ('volume', 'issue'):
        if rec.get(k):
            fields.append(('number' if k == 'issue' else k, bib_escape(rec[k])))
    if rec.get('fpage'):
        fields.append(('pages', rec['fpage'] + ('--' + rec['lpage'] if rec.get('lpage') else '')))
    elif rec.get('elocation'):
        fields.append(('pages', rec['elocation']))
    if rec.get('publisher'):
        fields.append(('publisher', bib_escape(rec['publisher'])))
    if rec.get('url'):
        fields.append(('url', rec['url']))
    if rec.get('doi'):
        fields.append(('doi', rec['doi']))
    if rec.get('pmid'):
        fields.append(('pmid', rec['pmid']))
    body = ',\n'.join(f'  {k} = {{{v}}}' for k, v in fields)
    return f'@{kind}{{{rec["id"]},\n{body}\n}}\n'


def printed_reference(rec):
    """A Vancouver/PLOS-like printed reference, as the numbered list shows it."""
    if rec.get('mixed'):
        return rec['mixed']
    names = []
    for sur, giv in rec['names']:
        names.append(sur if giv is None else (sur + (' ' + re.sub(r'[^A-Z]', '', giv) if giv else '')))
    auth = ', '.join(names) + (', et al.' if rec['etal'] else '')
    s = auth + (f' ({rec["year"]})' if rec['year'] else '')
    if rec['title']:
        s += ' ' + rec['title'].rstrip('.') + '.'
    if rec['source'] and rec['source'] != rec['title']:
        s += ' ' + rec['source']
    if rec.get('volume'):
        s += ' ' + rec['volume']
        if rec.get('issue'):
            s += f'({rec["issue"]})'
    if rec.get('fpage'):
        s += ': ' + rec['fpage'] + ('–' + rec['lpage'] if rec.get('lpage') else '')
    elif rec.get('elocation'):
        s += ': ' + rec['elocation']
    if rec.get('publisher') and rec['type'] != 'journal':
        s += '. ' + (rec['ploc'] + ': ' if rec.get('ploc') else '') + rec['publisher']
    s = s.strip() + '.'
    if rec.get('doi'):
        s += ' doi:' + rec['doi']
    return s


# ---------------------------------------------------------------- building one article

def build(xml_path, outdir):
    root = ET.parse(xml_path).getroot()
    refs = [ref_record(r) for r in root.iter() if local(r.tag) == 'ref']
    refs = [r for r in refs if r['id']]
    byid = {r['id']: r for r in refs}
    body = root.find('body')
    blocks = []
    title = root.find('.//article-meta/title-group/article-title')
    if title is not None:
        b = Block('# ')
        b.add(text_of(title))
        blocks.append(b)
    render_blocks(body, blocks)

    xref_texts = [x[3] for b in blocks for x in b.xrefs]
    numeric = bool(xref_texts) and (
        sum(1 for t in xref_texts if re.fullmatch(r'\s*\[?\d+(\s*[–\-—]\s*\d+)?\]?\s*', t)) > 0.8 * len(xref_texts))
    bylabel = {}
    for r in refs:
        if r['label'] and re.fullmatch(r'\d+', r['label'].strip('.[] ')):
            bylabel[int(r['label'].strip('.[] '))] = r['id']

    lines, gold = [], []
    for b in blocks:
        lineno = len(lines) + 1
        text = b.text().rstrip()
        lines.append(text)
        lines.append('')
        prev = None
        for (s, e, rid, t) in b.xrefs:
            if rid not in byid:
                continue
            g = {'line': lineno, 'ref': rid, 'text': t, 'start': s, 'end': e, 'implied': False,
                 'context': text[max(0, s - 60):e + 40]}
            num = t.strip('[] ')
            if numeric and num.isdigit() and int(num) in bylabel and bylabel[int(num)] != rid:
                g['ref_publisher'], g['ref'] = rid, bylabel[int(num)]
            if numeric and prev is not None:
                between = text[prev['end']:s]
                a, c = prev['text'].strip('[] '), t.strip('[] ')
                if between.strip() in ('–', '-', '—', '‒') and a.isdigit() and c.isdigit():
                    prev['range_end'] = True
                    g['range_end'] = True
                    for n in range(int(a) + 1, int(c)):
                        if n in bylabel:
                            gold.append({'line': lineno, 'ref': bylabel[n], 'text': str(n),
                                         'start': prev['end'], 'end': s, 'implied': True,
                                         'context': text[max(0, prev['start'] - 60):e + 40]})
            gold.append(g)
            m = re.fullmatch(r'\[?(\d+)\s*[–\-—]\s*(\d+)\]?', t.strip()) if numeric else None
            if m:
                g['range_end'] = True
                for n in range(int(m.group(1)) + 1, int(m.group(2)) + 1):
                    if n in bylabel and bylabel[n] != rid:
                        gold.append({'line': lineno, 'ref': bylabel[n], 'text': str(n), 'start': s,
                                     'end': e, 'implied': True, 'context': g['context']})
            prev = g
    gold_fixes = [] if numeric else fix_gold(gold, refs)
    if numeric:
        lines.append('## References')
        lines.append('')
        for r in sorted(refs, key=lambda r: int(r['label'].strip('.[] ')) if r['label'] and r['label'].strip('.[] ').isdigit() else 10**6):
            num = r['label'].strip('.[] ') if r['label'] else '?'
            lines.append(f'{num}. {printed_reference(r)}')
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, 'manuscript.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(lines) + '\n')
    with open(os.path.join(outdir, 'lib.bib'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(bib_entry(r) for r in refs))
    meta = {'style': 'numbered' if numeric else 'author-year', 'refs': len(refs),
            'xrefs': sum(1 for g in gold if not g['implied']),
            'implied': sum(1 for g in gold if g['implied']), 'gold_fixes': gold_fixes}
    with open(os.path.join(outdir, 'gold.json'), 'w', encoding='utf-8') as fh:
        json.dump({'meta': meta, 'gold': gold}, fh, indent=1, ensure_ascii=False)
    return meta, gold, byid, lines


def fold(s):
    s = unicodedata.normalize('NFKD', s or '')
    return ''.join(c for c in s if not unicodedata.combining(c)).lower()


def fix_gold(gold, refs):
    """Publisher markup is sometimes wrong (an xref printed "Kupiec, 1997" pointing at the
    ref for Adler et al. 1997). When the printed text does not name the ref's first author and
    year, re-point it at the one ref that does (same first surname and year, suffix included);
    drop it from gold if none or several do. Returns the list of changes."""
    fixes, last_name = [], {}
    for g in list(gold):
        t = g['text'].strip()
        ym = None  # set-B fix: the year is the last 4-digit group ("1000 Genomes ... 2010")
        for ym in re.finditer(r'(\d{4})([a-z]?)', t):
            pass
        words = re.sub(r'\(|\)|\d{4}[a-z]?|et al\.?|,|;', ' ', t).split()
        lead = ' '.join(words).split(' and ')[0].split(' & ')[0].strip() if words else ''
        if not lead:
            lead = last_name.get(g['line'], '')
        else:
            last_name[g['line']] = lead
        if not ym or not lead:
            continue
        year = ym.group(1) + ym.group(2)
        byid = {r['id']: r for r in refs}

        def ok(r):
            if not r['names'] or not r['year']:
                return False
            first = fold(r['names'][0][0])
            ry = r['year'].strip()
            return (first in fold(lead) or fold(lead) in first) and (
                ry == year or (not ym.group(2) and ry[:4] == ym.group(1)))
        if ok(byid[g['ref']]):
            continue
        cands = [r['id'] for r in refs if ok(r)]
        if len(cands) == 1:
            fixes.append({'line': g['line'], 'text': t, 'from': g['ref'], 'to': cands[0]})
            g['ref_publisher'] = g['ref']
            g['ref'] = cands[0]
        else:
            fixes.append({'line': g['line'], 'text': t, 'from': g['ref'], 'to': None, 'candidates': cands})
            gold.remove(g)
    return fixes


# ---------------------------------------------------------------- classifying and scoring

def text_kind(g, rec, byid, numeric):
    t = g['text'].strip()
    if numeric:
        if g['implied']:
            return 'numbered: interior of a printed range'
        if g.get('range_end'):
            return 'numbered: range endpoint'
        return 'numbered: single number / list item'
    if re.fullmatch(r'\(?\d{4}[a-z]?\)?', t):
        return 'year only, continuing previous author'
    if rec and rec['collab'] and not any(giv is not None for _, giv in rec['names']):
        return 'corporate author'
    if not re.search(r'\d{4}', t):
        return 'no year in citation text'
    if 'and colleagues' in t or 'and co-workers' in t:
        return 'and colleagues'
    kinds = []
    if re.search(r'\(\d{4}', t):
        kinds.append('narrative Author (year)')
    if re.search(r'\d{4}[a-z]\b', t):
        kinds.append('year suffix a/b')
    if 'et al' in t:
        kinds.append('et al.')
    elif ' and ' in t or '&' in t:
        kinds.append('two authors')
    else:
        kinds.append('single author')
    return ', '.join(kinds)


def cause(m, numeric):
    """A best-effort label for why a gold pair was missed (checked by hand for the report)."""
    t, before, out = m['xref_text'].strip(), m['before'], m['outcome']
    tool = m['tool'] or {}
    if numeric:
        if m['implied'] and re.search(r'\]\s*[–\-—]\s*\[', m['context']):
            return 'range printed as [4]–[6] (separate brackets): interior not expanded'
        if out == 'not detected' and re.search(r'\S$', before) and t.startswith('['):
            return 'no space before the bracket: "word[9]"'
        if out == 'unresolved' and m['ref_corporate']:
            return 'numbered reference with a corporate author not matched to the library'
        if out == 'unresolved':
            return 'numbered reference not matched to the library (other)'
        return 'numbered: other'
    if out == 'not detected':
        if m.get('in_square'):
            return 'author-year inside square brackets: "(e.g. x [Smith et al., 2005])"'
        if re.fullmatch(r'\(?\d{4}[a-z]?\)?', t):
            return 'year-only citation continuing the previous author ("1996a; 1996b")'
        if m.get('lead_in') and m['lead_in'].lower() not in ('see', 'e.g.,', 'e.g.', 'cf.', 'see also', 'reviewed in'):
            return 'other words before the author inside the parentheses ("(Dryad: X et al., 2012)", "(Table 1 X and Y, 2010)")'
        if re.search(r'\b[A-Z]\w+ (de|van|von|der|da|di|le|la) [A-Z]', t):
            return 'multi-word surname with a lowercase particle ("Barbier de Reuille et al.")'
        if re.fullmatch(r'\(?\d{4}[a-z]?\)?', t):
            return 'year-only citation continuing the previous author ("1996a; 1996b")'
        if re.search(r'1[0-7]\d\d', t):
            return 'pre-1800 year'
        if m['ref_corporate']:
            return 'corporate author'
        return 'not detected (other)'
    if out == 'resolved to another key' and re.search(r'\d{4}[a-z]', t):
        return 'a/b year suffix: library years carry none; tool guessed the order differently'
    if out == 'ambiguous':
        return 'ambiguous: two works print identically ("Smith et al., 2006")'
    lab = tool.get('label') or ''
    if out == 'unresolved' and lab.split()[0].strip(',') != t.split()[0]:
        return 'a capitalised word before the name taken into the author ("Indeed, Papp & Müller")'
    if out == 'unresolved' and m['ref_n_authors'] > 2 and (' and ' in t or '&' in t):
        return 'printed text names 2 authors, the ref lists more (source inconsistency)'
    return out + ' (other)'


def score_article(name, gold, report, byid, numeric, lines):
    cits = report['citations']
    pred = [c for c in cits if c['status'] == 'resolved']
    gold_ms = collections.Counter((g['line'], g['ref']) for g in gold)
    pred_ms = collections.Counter((c['citation']['line'], c['key']) for c in pred)
    tp = sum(min(n, pred_ms[k]) for k, n in gold_ms.items())
    # per-item diagnosis: match each gold xref to a tool citation
    used = set()
    by_line = collections.defaultdict(list)
    for i, c in enumerate(cits):
        by_line[c['citation']['line']].append(i)

    def col0(c):
        return c['citation']['column'] - 1
    misses, fps = [], []
    matched_gold = set()
    order = sorted(range(len(gold)), key=lambda i: gold[i]['implied'])
    for gi in order:  # exact matches first, printed xrefs before implied range interiors
        g = gold[gi]
        for i in by_line[g['line']]:
            c = cits[i]
            if i not in used and c['status'] == 'resolved' and c['key'] == g['ref']:
                used.add(i)
                matched_gold.add(gi)
                break
    pairs = []
    for gi in order:
        g = gold[gi]
        if gi in matched_gold:
            continue
        for i in by_line[g['line']]:
            if i in used:
                continue
            c = cits[i]
            cs, ce = col0(c), col0(c) + len(c['citation'].get('text') or '')
            d = 0 if cs - 3 <= g['start'] and g['end'] <= ce + 3 else min(abs(cs - g['start']), abs(cs - g['end']))
            first = (re.findall(r"[^\W\d_][\w'\-]+", g['text']) or [''])[0].lower()
            lab = (c['citation'].get('label') or '').lower()
            num = g['text'].strip('[] ')
            if d == 0 and not (first and first in lab) and not (num.isdigit() and num in lab):
                d = 0.5  # in the bracket, but maybe another of its citations
            if d <= 3:
                pairs.append((d, gi, i))
    assigned = {}
    for d, gi, i in sorted(pairs):
        if gi in assigned or i in used:
            continue
        assigned[gi] = i
        used.add(i)
    for gi in order:
        g = gold[gi]
        if gi in matched_gold:
            continue
        rec = byid.get(g['ref'])
        if gi in assigned:
            c = cits[assigned[gi]]
            outcome = {'resolved': 'resolved to another key', 'ambiguous': 'ambiguous',
                       'unresolved': 'unresolved'}[c['status']]
            tool = {'status': c['status'], 'key': c['key'], 'label': c['citation']['label'],
                    'candidates': c['candidates'], 'reason': c['reason']}
        else:
            outcome, tool = 'not detected', None
        lt = lines[g['line'] - 1]
        m = {'article': name, 'line': g['line'], 'ref': g['ref'], 'xref_text': g['text'],
             'implied': g['implied'], 'context': g['context'], 'outcome': outcome,
             'text_kind': text_kind(g, rec, byid, numeric), 'tool': tool,
             'ref_authors': [n[0] for n in (rec['names'] if rec else [])][:3],
             'ref_n_authors': len(rec['names']) if rec else 0,
             'ref_corporate': bool(rec and rec['collab']),
             'ref_year': rec['year'] if rec else None,
             'before': lt[max(0, g['start'] - 25):g['start']]}
        seg = lt[:g['start']]
        m['in_square'] = seg.rfind('[') > max(seg.rfind(']'), seg.rfind('('))
        opened = max(seg.rfind('('), seg.rfind('['), seg.rfind(';'))
        m['lead_in'] = seg[opened + 1:].strip() if opened >= 0 and g['start'] - opened < 200 else None
        m['cause'] = cause(m, numeric)
        misses.append(m)
    for i, c in enumerate(cits):
        if i in used or c['status'] != 'resolved':
            continue
        line = c['citation']['line']
        lt = lines[line - 1] if 0 < line <= len(lines) else ''
        cs = col0(c)
        gl = sorted({g['ref'] for g in gold if g['line'] == line})
        fps.append({'article': name, 'line': line, 'key': c['key'], 'label': c['citation']['label'],
                    'text': c['citation'].get('text'), 'context': lt[max(0, cs - 60):cs + 60],
                    'gold_on_line': gl[:8],
                    'cause': ('author name in running text, resolved to a work the publisher linked by number on this line'
                              if c['key'] in gl and any(o['citation']['style'] != 'numeric' and o['key'] == c['key']
                                                        for o in cits if o['citation']['line'] == line)
                              else 'key cited on this line, counted once more' if c['key'] in gl
                              else 'spurious or wrong key')})
    s = report['summary']
    return {'gold': sum(gold_ms.values()), 'gold_xrefs': sum(1 for g in gold if not g['implied']),
            'gold_implied': sum(1 for g in gold if g['implied']),
            'predicted_resolved': sum(pred_ms.values()), 'tp': tp,
            'precision': tp / max(1, sum(pred_ms.values())), 'recall': tp / max(1, sum(gold_ms.values())),
            'tool_citations': s['citations'], 'ambiguous': s['ambiguous'], 'unresolved': s['unresolved'],
            'misses': misses, 'false_positives': fps}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--evidence', required=True, help='path to the evidence executable')
    ap.add_argument('--data', default=os.path.join(HERE, 'data'))
    ap.add_argument('--out', default=os.path.join(HERE, 'out'))
    ap.add_argument('--results', default=os.path.join(HERE, 'results.json'))
    args = ap.parse_args()
    files = sorted(f for f in os.listdir(args.data) if f.endswith('.xml'))
    per, allm, allfp = {}, [], []
    for f in files:
        name = f[:-4]
        od = os.path.join(args.out, name)
        meta, gold, byid, lines = build(os.path.join(args.data, f), od)
        env = dict(os.environ, NO_COLOR='1', XDG_CACHE_HOME=os.path.join(args.out, '.cache'))
        p = subprocess.run([args.evidence, '-q', '-l', os.path.join(od, 'lib.bib'), 'check',
                            os.path.join(od, 'manuscript.md'), '--json'],
                           capture_output=True, text=True, env=env, cwd=od)
        if p.returncode not in (0, 1) or not p.stdout.strip():
            print(f'{name}: evidence failed ({p.returncode}): {p.stderr.strip()[:300]}', file=sys.stderr)
            continue
        report = json.loads(p.stdout)
        with open(os.path.join(od, 'report.json'), 'w') as fh:
            fh.write(p.stdout)
        r = score_article(name, gold, report, byid, meta['style'] == 'numbered', lines)
        r['style'] = meta['style']
        r['gold_fixes'] = meta['gold_fixes'] + [
            {'line': g['line'], 'text': g['text'], 'from': g['ref_publisher'], 'to': g['ref']}
            for g in gold if g.get('ref_publisher') and meta['style'] == 'numbered']
        miss_expl = sum(1 for m in r['misses'] if not m['implied'])
        r['recall_printed_xrefs_only'] = (r['gold_xrefs'] - miss_expl) / max(1, r['gold_xrefs'])
        r['library_entries'] = meta['refs']
        per[name] = r
        allm += r['misses']
        allfp += r['false_positives']
        print(f"{name:28s} {meta['style']:11s} gold={r['gold']:4d} (implied {r['gold_implied']:3d}) "
              f"pred={r['predicted_resolved']:4d} tp={r['tp']:4d} P={r['precision']:.3f} R={r['recall']:.3f} "
              f"Rp={r['recall_printed_xrefs_only']:.3f} amb={r['ambiguous']} unres={r['unresolved']} fixes={len(r['gold_fixes'])}")

    def pool(names):
        g = sum(per[n]['gold'] for n in names)
        pr = sum(per[n]['predicted_resolved'] for n in names)
        tp = sum(per[n]['tp'] for n in names)
        gx = sum(per[n]['gold_xrefs'] for n in names)
        mx = sum(1 for n in names for m in per[n]['misses'] if not m['implied'])
        return {'articles': len(names), 'gold': g, 'predicted_resolved': pr, 'tp': tp,
                'gold_printed_xrefs': gx, 'recall_printed_xrefs_only': (gx - mx) / max(1, gx),
                'precision': tp / max(1, pr), 'recall': tp / max(1, g),
                'ambiguous': sum(per[n]['ambiguous'] for n in names),
                'unresolved': sum(per[n]['unresolved'] for n in names)}
    pooled = {'all': pool(list(per)),
              'author-year': pool([n for n in per if per[n]['style'] == 'author-year']),
              'numbered': pool([n for n in per if per[n]['style'] == 'numbered'])}
    # the same, counting only explicit xrefs (implied range interiors left out of gold and
    # of predictions on those lines) is not separable cleanly; report implied misses instead
    kinds = collections.Counter(m['cause'] for m in allm)
    fpk = collections.Counter(f['cause'] for f in allfp)
    res = {'evidence': args.evidence, 'pooled': pooled,
           'per_article': {n: {k: v for k, v in r.items() if k not in ('misses', 'false_positives')}
                           for n, r in per.items()},
           'miss_kinds': kinds.most_common(), 'fp_kinds': fpk.most_common(),
           'misses': allm, 'false_positives': allfp}
    with open(args.results, 'w', encoding='utf-8') as fh:
        json.dump(res, fh, indent=1, ensure_ascii=False)
    for k, v in pooled.items():
        print(f"pooled {k:11s} gold={v['gold']} pred={v['predicted_resolved']} tp={v['tp']} "
              f"P={v['precision']:.3f} R={v['recall']:.3f} R_printed={v['recall_printed_xrefs_only']:.3f} amb={v['ambiguous']} unres={v['unresolved']}")
    print('miss kinds:')
    for k, n in kinds.most_common():
        print(f'  {n:4d}  {k}')
    print('fp kinds:', fpk.most_common())


if __name__ == '__main__':
    main()
