import sys,re,xml.etree.ElementTree as ET
exec(open('select.py').read().split('excl = set()')[0])
for line in open('order.txt').read().split('\n')[int(sys.argv[1]):int(sys.argv[2])]:
    pmid=line.split()[0]; a=ET.fromstring(found[pmid])
    ab=" ".join(" ".join("".join(x.itertext()).split()) for x in a.iter("AbstractText"))
    print("=====",line,"|","".join(a.find('.//ArticleTitle').itertext()), "|", [p.text for p in a.iter('PublicationType')])
    print(ab[:int(sys.argv[3])] if len(sys.argv)>3 else ab)
