#!/usr/bin/env python3
"""Sanity checks for bench/news: news.fr / news.en line-aligned, UTF-8, no blank
lines, no tabs, LF line ends, and every number in a French line appears in the
English line (French '3,5' -> '3.5', '50 000' -> '50,000'). Exit 1 on failure."""
import re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
NUM = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?")

def fr_to_en(num):
    """'50 000' -> '50,000', '3,5' -> '3.5', '1 234,5' -> '1,234.5'."""
    intpart, _, dec = num.partition(",")
    return re.sub(r"[ \u00a0\u202f]", ",", intpart) + ("." + dec if dec else "")

def renderings(num, after):
    """Acceptable English forms of a French number; 'after' is the text following it."""
    forms = [fr_to_en(num)]
    value = float(fr_to_en(num).replace(",", ""))
    if value >= 1000 and re.match(r"\s*milliards?\b", after):  # 3 300 milliards -> 3.3 trillion
        forms.append(f"{value / 1000:g} trillion")
    return forms

def load(name):
    raw = (HERE / name).read_bytes()
    text = raw.decode("utf-8")  # raises if not UTF-8
    errs = []
    if "\r" in text: errs.append(f"{name}: contains CR")
    if not text.endswith("\n"): errs.append(f"{name}: no final newline")
    return text.split("\n")[:-1], errs

def main():
    fr, e1 = load("news.fr"); en, e2 = load("news.en"); errs = e1 + e2
    if len(fr) != len(en): errs.append(f"line counts differ: fr={len(fr)} en={len(en)}")
    for i, (f, e) in enumerate(zip(fr, en), 1):
        for lang, s in (("fr", f), ("en", e)):
            if not s.strip(): errs.append(f"{i} {lang}: empty line")
            if "\t" in s: errs.append(f"{i} {lang}: tab")
            if s != s.strip(): errs.append(f"{i} {lang}: leading/trailing space")
        for m in NUM.finditer(f):
            forms = renderings(m.group(), f[m.end():])
            if not any(x in e for x in forms):
                errs.append(f"{i}: number {m.group()!r} -> {forms[0]!r} not in English: {e}")
        if f.count("«") != f.count("»"): errs.append(f"{i} fr: unbalanced « »")
        if ("«" in f) != ('"' in e): errs.append(f"{i}: quote in one side only")
        if e.count('"') % 2: errs.append(f"{i} en: odd number of double quotes")
        r = len(e) / max(len(f), 1)
        if not 0.6 <= r <= 1.4: errs.append(f"{i}: length ratio {r:.2f} looks misaligned")
    words = [len(s.split()) for s in fr]
    print(f"lines={len(fr)} fr_words: min={min(words)} max={max(words)} mean={sum(words)/len(words):.1f}")
    for x in errs: print("FAIL", x)
    print("OK" if not errs else f"{len(errs)} problem(s)")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
