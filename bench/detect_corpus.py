#!/usr/bin/env python3
"""Cuts snippets of prose out of Debian's translated man pages, for bench/detect.sh.

    detect_corpus.py OUT_DIR [PER_KIND] [SEED]

Writes OUT_DIR/LANG/KIND-NNN.txt for LANG in fr en de es it nl pt and KIND in
sentence (one sentence, 15 to 120 characters), short (up to 200 characters) and
paragraph (400 to 1,500 characters). The man pages (manpages-fr, manpages-de, ...;
rendered with groff) are real text in each language, written by people, full of
command names and options as technical articles are; none of it is in the lexicon.
"""
import gzip
import os
import random
import re
import subprocess
import sys

MAN = "/usr/share/man"
LANGS = {"fr": "fr", "en": "", "de": "de", "es": "es", "it": "it", "nl": "nl", "pt": "pt_BR"}


def render(path):
    with gzip.open(path, "rb") as f:
        src = f.read()
    out = subprocess.run(["groff", "-k", "-man", "-Tutf8", "-P-cbu"], input=src, capture_output=True, timeout=30)
    return out.stdout.decode("utf-8", "replace")


def paragraphs(text):
    """Indented prose paragraphs of a rendered page: lines joined, option lists left out."""
    paras, cur = [], []
    for line in text.splitlines():
        if line.startswith("       ") and not line.startswith("              ") and line.strip():
            cur.append(line.strip())
        else:
            if cur:
                paras.append(" ".join(cur))
            cur = []
    if cur:
        paras.append(" ".join(cur))
    prose = []
    for p in paras:
        p = re.sub(r"(\w)- (\w)", r"\1\2", p)  # words hyphenated across lines
        words = p.split()
        letters = sum(c.isalpha() for c in p)
        if len(words) >= 6 and letters > 0.7 * len(p.replace(" ", "")) and not p.startswith("-"):
            prose.append(p)
    return prose


def sentences(p):
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý])", p) if s.strip()]


def main():
    out = sys.argv[1]
    per = int(sys.argv[2]) if len(sys.argv) > 2 else 150
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
    for lang, sub in LANGS.items():
        folder = os.path.join(MAN, sub, "man1") if sub else os.path.join(MAN, "man1")
        pages = sorted(f for f in os.listdir(folder) if f.endswith(".gz"))
        rng.shuffle(pages)
        kinds = {"sentence": [], "short": [], "paragraph": []}
        for page in pages:
            if all(len(v) >= per for v in kinds.values()):
                break
            try:
                paras = paragraphs(render(os.path.join(folder, page)))
            except (OSError, subprocess.SubprocessError):
                continue
            for p in paras[:6]:  # a few per page, so that no page dominates
                if 400 <= len(p) <= 1500 and len(kinds["paragraph"]) < per:
                    kinds["paragraph"].append(p)
                ss = [s for s in sentences(p) if 15 <= len(s) <= 120]
                if ss and len(kinds["sentence"]) < per:
                    kinds["sentence"].append(rng.choice(ss))
                short = [s for s in sentences(p) if 120 < len(s) <= 200]
                if short and len(kinds["short"]) < per:
                    kinds["short"].append(rng.choice(short))
        os.makedirs(os.path.join(out, lang), exist_ok=True)
        for kind, texts in kinds.items():
            for i, t in enumerate(texts):
                with open(os.path.join(out, lang, "%s-%03d.txt" % (kind, i)), "w", encoding="utf-8") as f:
                    f.write(t + "\n")
        print("%s: %s" % (lang, ", ".join("%d %s" % (len(v), k) for k, v in kinds.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
