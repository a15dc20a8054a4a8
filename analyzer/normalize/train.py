"""``analyzer train finglish``: the learnt part of the Finglish transliterator.

From ``finglish-persian-parallel`` (MIT; Persian side from Common Voice prompts, CC0):
sentence pairs with the same number of words on both sides are read word by word into a
lexicon (Latin word → Persian spellings with counts) and the Persian sides give word
bigrams for context. Pairs whose Latin text hashes into the first 30 % of the main file
are held out for ``analyzer evaluate normalize`` and never read here, nor is any pair of
the other files that repeats one of their sentences. The source's own warning about rows
shifted by one is handled by the word-count filter plus a first-letter check: a pair is
used only when most of its words start with a letter the rules allow.

The weights are then chosen on a development slice of the training pairs (hash 30–49),
with lexicon and bigrams rebuilt without that slice, and the shipped lexicon is rebuilt
from all training pairs. Everything is sorted, so the output is the same on every run.
"""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from ..classify.datasets import bucket
from ..evaluate.normalize import edit_distance
from ..lexicon import (COMMENT_FREQUENCIES, comment_frequencies, finglish_dictionary, letter_rules,
                       mixed_frequencies, write_gzip_text)
from .finglish import LEARNED_PATH, Transliterator, Weights, variant_key
from .persian import persian_normalizer

HELD_OUT = 30  # hash buckets below this: the evaluation's pairs
DEV = 50  # buckets HELD_OUT..DEV-1: weight fitting
MIN_SIMILARITY = 0.7
COMMENT_WEIGHTS = (0.0, 0.3, 1.0, 3.0)  # real comments' counts beside Wikipedia's (1: alike), chosen on development
_LATIN_WORD = re.compile(r"[a-z']+")
_PERSIAN_DIACRITICS = re.compile("[\u064b-\u0652]")


def _read(path: Path, columns: tuple[int, int], header: bool) -> list[tuple[str, str]]:
    rows = path.read_text(encoding="utf-8").splitlines()[1 if header else 0:]
    out = []
    for row in rows:
        parts = row.split("\t")
        if len(parts) > max(columns):
            latin, persian = parts[columns[0]].strip(), parts[columns[1]].strip()
            if latin and persian:
                out.append((latin, persian))
    return out


def main_pairs(parallel: Path) -> list[tuple[str, str]]:
    """The main file's pairs, the ones ``analyzer evaluate normalize`` scores."""
    return _read(parallel / "PersianToFinglishDataset.txt", (0, 1), header=True)


def split_pairs(parallel: Path) -> tuple[list, list]:
    """(held-out pairs, training pairs) with no sentence of the first in the second."""
    main = main_pairs(parallel)
    held = [p for p in main if bucket(p[0]) < HELD_OUT]
    blocked = {_key(s) for pair in held for s in pair}
    extra = (_read(parallel / "PersianFinglishDataWithVoiceNames.txt", (1, 2), header=True)
             + _read(parallel / "PersianToFinglish-NoT_match_sentence.txt", (0, 1), header=False))
    train, seen = [], set()
    for pair in [p for p in main if bucket(p[0]) >= HELD_OUT] + extra:
        if _key(pair[0]) in blocked or _key(pair[1]) in blocked or pair in seen:
            continue
        seen.add(pair)
        train.append(pair)
    return held, train


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def latin_words(text: str) -> list[str]:
    return [w.strip("'") for w in _LATIN_WORD.findall(re.sub(r"([a-z])\1{2,}", r"\1\1", text.lower())) if w.strip("'")]


def persian_words(text: str) -> list[str]:
    """Words as ``analyzer evaluate normalize`` counts them: punctuation dropped, ZWNJ kept inside."""
    text = _PERSIAN_DIACRITICS.sub("", text.translate(persian_normalizer()._table))
    text = "".join(ch for ch in text if ch.isalnum() or ch in " \u200c")
    return [w.strip("\u200c") for w in text.split() if w.strip("\u200c")]


_VOWEL_LETTERS = str.maketrans("", "", "اآوییعهئء\u200c")


def _similarity(spelling: str, persian: str) -> float:
    """How alike a letters-only rule spelling and a Persian word are, 0..1, on consonants.

    Vowel letters are what Finglish writers and the rules disagree on most, so they are
    ignored; the consonant skeletons of a true pair nearly always agree.
    """
    a, b = spelling.translate(_VOWEL_LETTERS), persian.translate(_VOWEL_LETTERS)
    if not a and not b:
        return 1.0
    return 1 - edit_distance(a, b) / max(len(a), len(b))


def align(latin: list[str], persian: list[str], spell) -> list[tuple[str, str]]:
    """Word pairs of a sentence pair with as many words on each side, kept where they look alike.

    Rows shifted by one in the source and loose transliterations (``douta`` / ``دو``)
    would teach wrong spellings; a word pair is kept only when the consonants of its rule
    spelling and of the Persian word mostly agree. A monotonic alignment of pairs with
    different word counts added three times the word pairs but cost 2.4 points of
    development accuracy (noisier pairs), so it is not used.
    """
    if len(latin) != len(persian):
        return []
    return [(a, b) for a, b in zip(latin, persian) if _similarity(spell(a), b) >= MIN_SIMILARITY]


def learn(pairs: list[tuple[str, str]], spell) -> tuple[dict[str, dict[str, int]], dict[str, int], int]:
    lexicon: dict[str, Counter] = defaultdict(Counter)
    bigrams: Counter = Counter()
    used = 0
    for latin, persian in pairs:
        lw, pw = latin_words(latin), persian_words(persian)
        for a, b in itertools.pairwise(pw):
            bigrams[f"{a} {b}"] += 1
        matched = align(lw, pw, spell)
        used += len(matched)
        for a, b in matched:
            lexicon[a][b] += 1
    lex = {w: dict(sorted(c.items())) for w, c in sorted(lexicon.items())}
    return lex, dict(sorted(bigrams.items())), used


def variants_of(lexicon: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    merged: dict[str, Counter] = defaultdict(Counter)
    for word, counts in lexicon.items():
        merged[variant_key(word)].update(counts)
    return {k: dict(sorted(c.items())) for k, c in sorted(merged.items())}


def word_accuracy(model: Transliterator, pairs: list[tuple[str, str]]) -> float:
    norm = persian_normalizer().normalize
    right = total = 0
    for latin, persian in pairs:
        got = persian_words(norm(model.transliterate(latin)))
        gold = persian_words(norm(persian))
        if len(got) == len(gold):
            total += len(gold)
            right += sum(a.replace("\u200c", "") == b.replace("\u200c", "") for a, b in zip(got, gold))
    return 100 * right / max(1, total)


def _model(lexicon, bigrams, weights: Weights) -> Transliterator:
    return Transliterator(mixed_frequencies(weights.comments), {p: letter_rules(p) for p in ("beginning", "middle", "ending")},
                          finglish_dictionary(), lexicon, variants_of(lexicon), bigrams, weights)


COMMENT_SETS = ("fa-offensive", "fa-sentiment")  # their training parts: Pars-OFF, ParsOffensive, SentiPers, SnappFood


def write_comment_frequencies(shared_data: Path, out: Path = COMMENT_FREQUENCIES) -> int:
    """Count the words of the Persian classifiers' training comments (never their validation or
    test rows), words seen at least twice, as ``analyzer evaluate normalize`` splits words; sorted
    and gzipped without a timestamp, so a rebuild is byte for byte the same."""
    from ..classify.datasets import DATASETS

    counts: Counter = Counter()
    for name in COMMENT_SETS:
        for text in DATASETS[name](shared_data).train.texts:
            counts.update(persian_words(text))
    rows = sorted((w, n) for w, n in counts.items() if n >= 2)
    write_gzip_text(out, "".join(f"{w}\t{n}\n" for w, n in rows))
    comment_frequencies.cache_clear()
    mixed_frequencies.cache_clear()
    return len(rows)


def _rule_spelling():
    rules_only = _model({}, {}, Weights())
    return lambda word: rules_only.rule_spellings(word)[1]


def build(shared_data: Path, out: Path = LEARNED_PATH, log=print) -> dict:
    parallel = shared_data / "finglish-persian-parallel"
    _, pairs = split_pairs(parallel)
    dev = [p for p in pairs if HELD_OUT <= bucket(p[0]) < DEV]
    fit = [p for p in pairs if not HELD_OUT <= bucket(p[0]) < DEV]
    spell = _rule_spelling()
    lexicon, bigrams, _ = learn(fit, spell)
    comment_words = write_comment_frequencies(shared_data)
    log(f"finglish: {comment_words} comment words (seen twice or more) → {COMMENT_FREQUENCIES.name}")
    best, best_acc = Weights(), -1.0
    for comments, learned, frequency, bigram in itertools.product(
            COMMENT_WEIGHTS, (1.0, 2.0, 4.0), (0.05, 0.1, 0.3), (0.0, 0.5, 1.0, 2.0)):
        weights = Weights(learned=learned, frequency=frequency, bigram=bigram, comments=comments)
        acc = word_accuracy(_model(lexicon, bigrams, weights), dev)
        if acc > best_acc:
            best, best_acc = weights, acc
    log(f"finglish: weights {best.to_json()} → dev word accuracy {best_acc:.1f} % on {len(dev)} pairs")
    lexicon, bigrams, used = learn(pairs, spell)
    data = {"source": "finglish-persian-parallel (MIT), training part: hash bucket >= 30 of the main file "
                      "plus the other two files without any held-out sentence",
            "pairs": len(pairs), "aligned_words": used, "comment_words": comment_words, "dev_word_accuracy": round(best_acc, 2),
            "weights": best.to_json(), "lexicon": lexicon, "variants": variants_of(lexicon), "bigrams": bigrams}
    out.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    log(f"finglish: {len(lexicon)} Latin words ({used} aligned word pairs), {len(bigrams)} bigrams from {len(pairs)} sentence pairs → {out}")
    return data


def train(shared: Path) -> str:
    """The ``analyzer train`` entry point: learn, write ``learned.json`` and the model card."""
    lines: list[str] = []
    data = build(shared / "data", log=lines.append)
    from ..evaluate.normalize import transliteration
    from .finglish import transliterator

    transliterator.cache_clear()
    figures, _, _ = transliteration(shared / "data" / "finglish-persian-parallel")
    write_card(data, figures)
    return "; ".join(lines)


CARD = Path(__file__).resolve().parents[2] / "data" / "models" / "finglish-f2p.md"


def write_card(data: dict, figures: dict | None = None) -> None:
    w = data["weights"]
    scores = ""
    if figures:
        scores = (f"- Held-out pairs (never read by training or weight fitting): word accuracy "
                  f"{figures['held_out.word_accuracy']:.1f} %, character error rate {figures['held_out.cer']:.1f} %.\n"
                  f"- Training pairs: word accuracy {figures['rest.word_accuracy']:.1f} %, CER {figures['rest.cer']:.1f} %.\n")
    CARD.write_text(f"""# Model card: Finglish → Persian transliterator (`analyzer/resources/finglish/`)

Turns Persian typed in Latin letters into Persian script so the Persian classifiers can read it
(`analyzer/normalize/finglish.py`).

## Data and licences
- `f2p-dict.txt`, `f2p-beginning.txt`, `f2p-middle.txt`, `f2p-ending.txt`: the `finglish` project's
  dictionary and positional letter rules (Mostafa Razavi, MIT), copied unchanged.
- `persian-word-freq.txt.gz`: Persian Wikipedia word frequencies (Behnam Esfahbod, CC BY-SA 3.0),
  copied unchanged from `../shared/data/finglish-f2p-lexicon`.
- `comment-word-freq.tsv.gz`: written by `analyzer train finglish`: counts of the words seen at least
  twice in the training parts of the Persian classifiers' sets (Pars-OFF, ParsOffensive, SentiPers,
  SnappFood subset; no licence stated, research use, see `../shared/data/*/SOURCE.md`), never their
  validation or test rows: {data.get('comment_words', 0)} words. Only counts ship, no text.
- `learned.json`: learnt by `analyzer train finglish` from `finglish-persian-parallel` (MIT, © 2021
  mohammad mahdi barghi; Persian side from Mozilla Common Voice prompts, CC0): {data['pairs']} training
  sentence pairs, {data['aligned_words']} aligned word pairs, {len(data['lexicon'])} Latin words, {len(data['bigrams'])}
  Persian word bigrams. The pairs of the main file whose Latin text hashes into the first 30 % are
  held out and never read, nor any pair of the other two files repeating one of their sentences.

## Method
Candidates per Latin word from the learnt lexicon (exact spelling, then a spelling-variant key such as
`ou`→`u`, `aa`→`a`), the dictionary, and the letter rules expanded only along prefixes of words in the
frequency list. Word frequencies are Wikipedia's counts plus the comment counts scaled to
Wikipedia's size times a weight (`lexicon.mixed_frequencies`): Wikipedia barely knows colloquial
words (نمیدونم 3 times, 172 in the comments) and spells `khafe` as the town خواف rather than خفه.
A Viterbi pass over each sentence adds a bigram bonus. Weights chosen on a development
slice of the training pairs (hash 30–49; lexicon rebuilt without it): learnt {w['learned']}, frequency
{w['frequency']}, bigram {w['bigram']}, comments {w.get('comments', 0)} (from 0 / 0.3 / 1 / 3) →
development word accuracy {data['dev_word_accuracy']:.1f} %.
Tried and dropped: aligning pairs with unequal word counts by dynamic programming (3× the word pairs,
−2.4 points on development: noisier pairs). Session 8: word bigrams of the same comments added to the
sentence bigrams (at half or full count) fix colloquial phrases (`kheili bad bood` → خیلی بد بود, not
بعد) but cost 0.4 points of development accuracy on these formal sentences, with no colloquial
reference to weigh that against: not used.

## Scores (`analyzer evaluate normalize`)
{scores or "Run `analyzer evaluate normalize` for the figures."}
The reference is loose (colloquial vs formal spellings, some shifted rows), so part of the remaining
error is the reference's.
""", encoding="utf-8")
