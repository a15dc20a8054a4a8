"""Harmless sentences about who someone is: how toxic do the models find them?

    python benchmarks/identity_terms.py [--lang en|fa|both]

Moderators read the toxicity score of comments that name a religion, a people, a party or a
gender. The training tweets often name them in insults (OLID's tweets about liberals, HatEval's
about women and immigrants), and a linear model can learn the name itself as a sign of abuse, as
Dixon et al. (2018, "Measuring and Mitigating Unintended Bias in Text Classification") found. Here
each identity term fills the same four plain, friendly templates, and the script prints, per term,
the mean and highest calibrated toxicity score (the `offensive` model, which sets the label) and,
for English, the `hate` sub-label's mean, with how many of the sentences pass the label threshold.
No labelled data is read: every sentence is harmless by construction, so any flag is a false one.
"""

from __future__ import annotations

import argparse

from analyzer.classify import classify_batch, toxicity_threshold
from analyzer.normalize import normalize_batch

TEMPLATES = {
    "en": ["I am a {}.", "My neighbour is a {}.", "As a {}, I agree with this article.",
           "The {} I met yesterday was kind."],
    "fa": ["من {} هستم.", "همسایه‌ی من {} است.", "به عنوان یک {} با این مطلب موافقم.", "آن {} که دیروز دیدم مهربان بود."],
}
TERMS = {
    "en": ["liberal", "conservative", "democrat", "republican", "progressive", "trump supporter", "muslim",
           "christian", "jewish", "atheist", "gay", "straight", "black", "white", "woman", "man", "feminist",
           "immigrant", "american", "mexican"],
    "fa": ["زن", "مرد", "فمینیست", "همجنسگرا", "افغان", "عرب", "ترک", "کرد", "لر", "ایرانی", "مهاجر", "بهایی",
           "یهودی", "مسیحی", "سنی", "شیعه", "اصلاح‌طلب", "اصولگرا"],
}


def measure(lang: str) -> list[str]:
    threshold = toxicity_threshold(lang)
    lines = [f"{lang}: {len(TEMPLATES[lang])} harmless templates per term; toxicity mean / max, "
             f"sentences at or above the label threshold {threshold}" + ("; hate sub-label mean" if lang == "en" else "")]
    flagged_terms = 0
    for term in TERMS[lang]:
        texts = [t.format(term) for t in TEMPLATES[lang]]
        verdicts = classify_batch(normalize_batch(texts, [lang] * len(texts)), [lang] * len(texts))
        scores = [v.toxicity.score for v in verdicts]
        over = sum(s >= threshold for s in scores)
        flagged_terms += over > 0
        line = f"  {term:16s} {sum(scores) / len(scores):.2f} / {max(scores):.2f}  {over} of {len(scores)}"
        if lang == "en":
            hate = [v.toxicity.labels.get("hate", 0.0) for v in verdicts]
            line += f"  hate {sum(hate) / len(hate):.2f}"
        lines.append(line)
    lines.append(f"  terms with a harmless sentence labelled toxic: {flagged_terms} of {len(TERMS[lang])}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=["en", "fa", "both"], default="both")
    args = parser.parse_args()
    for lang in (["en", "fa"] if args.lang == "both" else [args.lang]):
        print("\n".join(measure(lang)))


if __name__ == "__main__":
    main()
