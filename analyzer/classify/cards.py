"""Model cards: what a shipped model was trained on, how, and what it scores.

Written by ``analyzer train classify`` from the training metadata and the
evaluation it runs right after, so a card never states a figure that was not
measured on the files it describes.
"""

from __future__ import annotations

SOURCES = {
    "en-sentiment": "train: `en-semeval2017-task4a/derived_train_2013-2016_dedup_minus_tweeteval_val_test` "
                    "(48,229 tweets; their URLs removed, as TweetEval's are; 47,884 left once tweets equal to a TweetEval "
                    "validation or test tweet are removed); validation: TweetEval sentiment `val`; test: TweetEval "
                    "sentiment `test`",
    "en-offensive": "train/validation/test: TweetEval offensive (OLID level A) published splits",
    "en-hate": "train/validation/test: TweetEval hate (HatEval) published splits; since session 9 the "
               "training split is joined by the 7,938 tweets of TweetEval offensive's (OLID's) training split "
               "labelled not offensive, as not hate (de-duplicated against every HatEval split)",
    "fa-sentiment": "train: SentiPers `original.csv` (sign of the label; de-duplicated, test sentences removed) "
                    "+ 80 % of the SnappFood subset (HAPPY → positive, SAD → negative), 10 % of that pool "
                    "held out for validation by a hash of the text; rows weighted so that each of the two sets "
                    "has the same total weight in training and in the choice of C (SnappFood has twice the "
                    "rows and no neutral ones); test: SentiPers `test.csv` and the other 20 % of SnappFood",
    "fa-offensive": "Label cut chosen for validation macro F1 (2^18 model: 0.34; validation 85.9 → 86.5): test Pars-OFF 87.8 → 88.8 but ParsOffensive 87.5 → 86.9; not used (0.5 stays). train: Pars-OFF level A `train` + 80 % of ParsOffensive (de-duplicated, split by a hash "
                    "of the text), 10 % of that pool held out for validation; test: Pars-OFF level A `test` "
                    "and the other 20 % of ParsOffensive",
}

# Published figures on the same test splits, with their source (paper and table).
PUBLISHED = {
    "en-sentiment": "TweetEval sentiment test, macro recall: SVM 62.9, FastText 62.9, RoBERTa 72.8 "
                    "(Barbieri et al. 2020, TweetEval, Findings of EMNLP, Table 2)",
    "en-offensive": "TweetEval offensive test, macro F1: FastText 73.4, RoBERTa 80.5 (Barbieri et al. 2020, Table 2)",
    "en-hate": "TweetEval hate test, macro F1: FastText 50.6, RoBERTa 52.3 (Barbieri et al. 2020, Table 2)",
    "fa-offensive": "Pars-OFF level A test, macro F1: BERT + fastText 89.6 (Shangipour Ataei et al. 2022, Pars-OFF)",
    "fa-sentiment": "no published figure on these exact splits (our SentiPers test is the DeepSentiPers "
                    "`test.csv` collapsed to three classes; SnappFood is a fixed 20 % of the staged subset)",
}

_TWEETS = ("Session 9 (shipped), last: tweets are read as typed. HTML entities (\"&amp;\") and literal \\uXXXX "
           "escapes (\"\\u002c\" in 6 % of TweetEval's sentiment validation tweets) are decoded in every English set, "
           "and URLs are removed from the SemEval training tweets, as TweetEval removed them from its validation "
           "and test tweets. With their links, 309 training tweets were validation tweets plus a URL, which the "
           "de-duplication against validation missed, and 49 more were validation tweets with the names that "
           "TweetEval writes \"@user\" (tweets are now matched as TweetEval prints them; no test tweet was among "
           "them): 18 % of en-sentiment's validation was trained on. Calibrated validation, before → after: "
           "en-sentiment macro recall 77.05 → 72.49 (the honest figure; C = 4 both), en-offensive 71.97 → 71.81, "
           "en-hate 72.77 → 72.89; test en-sentiment 63.46 → 63.02, en-offensive 76.87 → 76.87, en-hate 50.49 → "
           "50.69. Every en-sentiment validation figure below, from earlier sessions, includes those 358 tweets. ")
_EMOJI = ("Session 9 (shipped): an emoji's name (😍 is normalised to \"😍 :smiling_face_with_heart-eyes:\") is "
          "valued in the VADER columns by its words, as vaderSentiment reads an emoji by its description "
          "(😂 +1.9, 😭 −2.1, 😍 +5.2, 🔥 −1.4). The SemEval training tweets and TweetEval's sentiment validation "
          "tweets hold no emoji at all and 6.5 % of its 2017 test tweets do (802), so the sentiment model could "
          "only know them through the lexicon, and its validation figure cannot see the change (en-sentiment "
          "is byte-identical; OLID and HatEval hold emoji, so those two were retrained). Calibrated validation: "
          "en-sentiment 77.05 unchanged, en-offensive 72.21 → 71.97 (C 1 → 4), en-hate 72.86 → 72.77; test "
          "(seen before shipping): en-sentiment macro recall 63.01 → 63.46 (tweets with emoji 61.5 → 63.7), "
          "en-offensive 76.75 → 76.87, en-hate 50.32 → 50.49; the OLID model on HatEval's test tweets (cross-set) "
          "54.0 → 52.9, with its C. Kept as VADER's documented reading, with validation within noise. ")
_BITS = ("Session 9, not shipped: 2^20 columns per block instead of 2^18 (as the Persian models have), "
         "calibrated validation / test: en-offensive 72.2 → 73.1 (C 1 → 16) / 76.8 → 74.7, en-hate 74.4 → 74.8 / "
         "44.6 → 44.7, en-sentiment macro recall 77.0 → 77.7 / 63.0 → 63.0. The three English models share one "
         "spec (a batch is counted once for all three); their validation gains are within the noise of one "
         "split (0.4 to 0.9 points, under the 0.5 rule for one of them) and no test figure rises. ")
_WORDLIST = ("Session 10 (shipped for en-offensive only): three dense columns from the curated word list that "
             "already gives the `lexicon` sub-labels (persian-text-guard, MIT; its entries in Latin letters): the "
             "distinct swear words (profanity, sexual), insults (insult, slur, harassment) and mild insults "
             "(\"idiot\", \"moron\"; not a sub-label, but OLID calls them offensive) a text holds, at most 3, per "
             "20 tokens as the VADER columns, capped at 1. en-offensive: 5-fold cross-validation on the training "
             "pool (train + validation, folds by a hash of the text, uncalibrated, decision 0), C = 1: 73.29 → "
             "74.38, higher in all five folds (binary or count-capped variants 74.36 / 74.27; the windowed one, "
             "length-neutral like the VADER columns, chosen before any test figure); calibrated validation 71.81 "
             "→ 73.56 (C 4 → 1); OLID validation tweets flagged, harmless 10.0 → 8.9 %, offensive 51.2 → 53.4 %; "
             "TweetEval's 2,000 sentiment validation tweets 7.3 → 7.2 %. Test, seen after the choice: macro F1 "
             "76.87 → 77.35, ECE 4.78 → 4.08; the OLID model on HatEval's test 53.01 → 52.75. Not shipped for "
             "en-hate: calibrated validation 72.89 → 73.48 but the folds no gain (C = 1 / 4: 82.99 → 82.72 / "
             "82.24 → 82.29); its test, seen after, fell 50.69 → 48.50 (ECE 24.4 → 26.5): HatEval's test holds "
             "many profane tweets that hate nobody (74 → 77 % of them flagged). Not for en-sentiment: validation "
             "macro recall 72.49 → 72.60 (under the 0.5 rule; test 63.02 → 63.09). The three English models still "
             "count a batch's n-grams once: en-offensive's spec counts, the others read its first nine dense "
             "columns. ")
_WINDOW = _WORDLIST + _TWEETS + _EMOJI + _BITS + ("Session 8 (shipped): the VADER columns counted per 20 tokens, the median length of the training "
           "tweets, instead of over the whole text (a longer text's masses and counts scaled by 20 / its tokens; "
           "`lexicon_window`), so that they no longer grow with a comment's length (see Long comments). Calibrated "
           "validation figure (P ≥ 0.5 or arg max; C chosen as always), window none / 20 / 40 tokens: en-offensive "
           "73.3 / 72.9 / 72.8 (test 76.5 / 76.7 / 76.4), en-hate 74.3 / 74.7 / 74.1 (test 47.6 / 44.5 / 47.7), "
           "en-sentiment macro recall 77.2 / 77.1 / 77.2 (test 62.7 / 62.9 / 62.7); harmless validation rows "
           "joined 8 at a time flagged: en-offensive 41.7 / 9.3 / 12.7 %, en-hate 36.7 / 19.7 / 25.7 %. 20 kept: "
           "validation unchanged on the mean and the flattest on long comments. en-hate's test drop (47.6 → "
           "44.5) is its C, not the window: validation chose C = 4 over 16 by a hair, and at a fixed C the "
           "window moves the test figure by −0.3 (C = 16: 47.6 → 47.3; C = 4: 44.8 → 44.5); this test split "
           "rewards a larger C (C = 1 / 4 / 16: 40.9 / 44.5 / 47.3), which validation does not show. Then, also "
           "session 8, typographic apostrophes and quotes read as typed (`don’t` as `don't`, so that it opens a "
           "negation scope; a seventh of the OLID training tweets have one), retrained: validation en-offensive "
           "72.9 → 72.2 (C 4 → 1), en-hate 74.7 → 74.4, en-sentiment 77.1 → 77.0; test 76.7 → 76.8, 44.5 → "
           "44.6, 62.9 → 63.0: noise either way, kept because the same words now read the same. ")
# Issue #8, measured on validation (decision 0 of the uncalibrated model unless said; one run per
# setting, C from {1, 4, 16}, best C shown; character n-grams by ``char_counts``).
_EN_ISSUE8 = {
    "en-offensive": _WINDOW + "Issue #8, validation macro F1 of the shipped (calibrated) model 72.1 → 73.4 with negation "
                    "scopes + VADER columns + NB scaling. Uncalibrated, best C: plain 72.4; negation 72.2; "
                    "VADER columns 72.8; char 1–4-grams 72.1, 3–5 72.0, no char block 71.2; no class weights "
                    "70.9; char block at half weight 73.0; NB scaling 72.7; NB + VADER 73.6; NB + negation + "
                    "VADER 73.8 (shipped: one feature set for the three English models, counted once). ",
    "en-hate": "Session 9 (shipped): the training split joined by the 7,938 tweets of OLID's training split "
               "(TweetEval offensive) labelled not offensive, as not hate: a tweet that offends nobody hates "
               "nobody. Trained on HatEval alone, whose tweets were collected by keywords about immigrants and "
               "women, the model had learnt the topic. Share called hate (P ≥ 0.5), before → after: OLID's "
               "harmless validation tweets 7.4 → 0.5 %, its offensive ones 15.0 → 1.3 %, TweetEval's 2,000 "
               "sentiment validation tweets 1.1 → 0.1 %, the 6,029 English comments of the 966 dragnet pages "
               "0.75 → 0.08 % (45 → 5; the 45 held \"I can’t wait to get started!\" and \"Love her shoes!\", "
               "the 5 \"these bitches open their mouths\" and \"imbecilic women\"). Calibrated macro F1, "
               "HatEval validation 74.4 → 72.9 (C = 4 both), test 44.6 → 50.3, test ECE 31.6 → 24.0. The "
               "choice was made on what the model calls hate outside HatEval, as issue #8 asks (prefer what "
               "generalises); the test figure was seen before shipping, so it is not a blind one. Tried beside "
               "it and not shipped: HatEval's hate tweets added to en-offensive as offensive: OLID validation "
               "72.2 → 72.7, ordinary tweets called offensive 8.1 → 11.9 %, test 76.8 → 75.0. "
               "Long comments (`benchmarks/long_comments.py`, classify stage, HatEval validation rows joined "
               "k = 1 / 2 / 4 / 8): harmless 16.7 / 21.3 / 28.0 / 22.7 % (before 16.3 / 17.0 / 20.7 / 15.7), "
               "with one hate row 63.7 / 62.0 / 50.3 / 45.3 % (62.7 / 57.3 / 46.7 / 41.0); after the emoji "
               "change below, see Long comments. " + _WINDOW + "Issue #8, validation macro F1 of the shipped (calibrated) model 71.9 → 74.3 with negation "
               "scopes + VADER columns + NB scaling, **but test macro F1 fell 50.4 → 47.6 and test ECE rose "
               "22.2 → 28.8**: validation (HatEval training tweets) does not predict this test set, and no "
               "choice here was made on it. Uncalibrated, best C: plain 73.4; negation 73.6; VADER 72.9; "
               "char 1–4 73.1, 3–5 73.5, no char block 73.0; no class weights 72.8; NB 74.5; NB + VADER "
               "75.3; NB + negation + VADER 75.0 (shipped, the English feature set). ",
    "en-sentiment": _WINDOW + "Issue #8, validation macro recall of the shipped (calibrated) model 76.0 → 77.2 with "
                    "negation scopes + VADER columns + NB scaling. Uncalibrated, C from {1, 4}, best C: plain "
                    "76.0; VADER 76.7; negation + VADER 76.6 (VADER at double weight 76.6); NB + negation + "
                    "VADER 77.2 (shipped). The newest training year scored by a model of the older years (a "
                    "time-shift check, C = 4): plain 61.3, VADER 63.3, negation + VADER 63.6, NB + negation + "
                    "VADER 62.9 (64.1 at C = 1). fastText supervised (word 1–2-grams, dim 50, 10 epochs): "
                    "validation 69.7, 73.5 with the decision divided by the class priors; with char 2–5 "
                    "subwords 68.3: not shipped. ",
}

_LONG = ("Comments on news pages are often several times longer than the tweets and short comments "
         "this model learnt from, and no labelled long comments exist. `python benchmarks/long_comments.py` "
         "joins k rows of a split (all harmless, or with exactly one offensive row among them) and prints "
         "the share labelled toxic, scored three ways: the whole text; the highest score of its sentence "
         "groups of ≤ 200 characters (\"chunk max\"); and as the classify stage does since session 8 "
         "(`analyzer/classify/long_text.py`): a text longer than 500 characters is scored by its sentence "
         "groups, combined as the mean of their odds (the comment's probability when at most one group is "
         "offensive; one group gives its own score back). Texts of up to 500 characters, nearly all training "
         "and test rows, are scored whole: at 500 no validation figure moves (at 280, fa-offensive and "
         "en-hate lose 0.1 to 0.2). `analyzer evaluate classify` scores the test splits the same way. "
         "Measured in session 8, harmless / with one offensive row, k = 1 / 2 / 4 / 8, ")
# How the score behaves on long comments, measured with benchmarks/long_comments.py.
LONG_COMMENTS = {
    "en-offensive": _LONG + "measured again in session 10 (the word-list columns added, C = 1; then retrained "
                    "without the training rows that were test or validation rows under another spelling), "
                    "validation rows: classify stage 6.7 / 11.7 / 10.3 / 16.0 % and 61.3 / 48.0 / 40.7 / 27.7 %; "
                    "whole text 6.7 / 11.7 / 8.3 / 5.0 % and 61.3 / 48.0 / 32.7 / 12.0 %; chunk max 8.0 / 15.7 / "
                    "26.0 / 48.7 % and 63.3 / 57.7 / 65.7 / 64.0 %. Test rows: classify stage 7.7 / 5.3 / 2.3 / "
                    "4.7 % and 48.7 / 41.0 / 28.7 / 19.3 %; whole text 7.7 / 5.3 / 1.0 / 0.0 % and 48.7 / 41.3 / "
                    "13.3 / 2.3 %: one offensive row among eight is found more often (test 12.7 → 19.3 %, "
                    "validation 25.0 → 27.7 %), "
                    "and eight harmless ones are flagged a little more often (test 1.3 → 4.7 %, validation 12.0 → "
                    "16.0 %). Session 9 (the model retrained with emoji read by their names and "
                    "tweets read as typed, C = 4), validation rows: classify stage 9.3 / 11.0 / 10.7 / 12.0 % and "
                    "59.3 / 45.7 / 35.0 / 25.0 %; whole text 9.3 / 11.3 / 10.3 / 9.3 % and 59.3 / 45.7 / 35.0 / "
                    "17.0 %; chunk max 10.0 / 17.0 / 25.7 / 54.0 % and 61.0 / 55.0 / 60.7 / 66.7 %. Test rows: "
                    "classify stage 7.0 / 3.7 / 2.0 / 1.3 % and 49.3 / 36.7 / 20.3 / 12.7 %; whole text 7.0 / 4.0 / "
                    "1.3 / 1.0 % and 49.3 / 37.0 / 13.3 / 3.0 %. Session 8's model (C = 1), classify stage: validation 10.3 / 11.7 / 9.7 / 12.7 % "
                    "and 60.0 / 45.0 / 36.0 / 24.7 %; test 7.3 / 4.3 / 2.7 / 1.7 % and 49.3 / 38.0 / 23.7 / 13.7 %. "
                    "Before session 8 (lexicon columns summed over the whole text, "
                    "whole-text score) the longer a harmless comment, the more often it was flagged: test 8.0 / "
                    "7.3 / 11.0 / 17.7 %, validation 8.3 / 14.7 / 21.3 / 41.7 % (one offensive row: test 48.7 / "
                    "44.3 / 37.0 / 39.0 %, barely above the harmless ones at k = 8); a news page's long political "
                    "comments were mostly labelled toxic (9 of 17 on `data/samples` page 004; now 3). One "
                    "offensive sentence among many is still often missed: **on long comments read the score as a "
                    "lead for a human reader, not a verdict**; the `lexicon` sub-labels (listed insults and swear "
                    "words) do not dilute with length.",
    "en-hate": _LONG + "measured in session 9 (the model with OLID's harmless tweets), validation rows: classify "
               "stage 17.3 / 21.7 / 28.0 / 22.0 % and 64.3 / 62.3 / 51.0 / 44.7 %; whole text 17.3 / 21.7 / "
               "37.3 / 48.0 % and 64.3 / 62.3 / 65.0 / 70.3 % (session 8's model, classify stage: 16.3 / 17.0 / "
               "20.7 / 15.7 % and 62.7 / 57.3 / 46.7 / 41.0 %; before session 8: harmless 18.3 / 23.0 / 33.3 / "
               "36.7 %). Test rows, classify stage: 75.3 / 94.7 / 99.0 / 100 % and 93.0 / 97.7 / 98.7 / 100 % "
               "(session 8: 83.0 / 96.0 / 99.3 / 100 % and 94.3 / 98.3 / 99.7 / 100 %). HatEval's rows are all "
               "about immigrants or women, the test ones more so; on long text of that topic this model says "
               "little beyond the topic.",
    "fa-offensive": _LONG + "measured again in session 10 (retrained without the training rows that were test "
                    "or validation rows under another spelling; its validation split lost 9 rows), classify stage, "
                    "validation rows 3.3 / 4.7 / 4.3 / 5.7 % and 74.3 / 57.7 / 47.3 / 45.7 %, test rows 4.0 / 4.0 "
                    "/ 4.7 / 8.3 % and 79.7 / 67.7 / 53.3 / 54.3 %. Session 8: validation rows: classify stage 4.0 / 5.7 / 4.0 / 4.7 % and 75.0 / 59.7 / 43.0 / "
                    "41.7 %; whole text 4.0 / 5.7 / 4.0 / 2.0 % and 75.0 / 59.7 / 42.7 / 29.3 %; chunk max 4.3 / "
                    "6.7 / 9.3 / 13.3 % and 75.0 / 63.3 / 56.7 / 60.3 %. Test rows: classify stage 4.0 / 4.0 / "
                    "4.7 / 8.3 % and 79.7 / 68.0 / 53.7 / 54.0 %; whole text 4.0 / 4.0 / 3.3 / 2.7 % and 79.7 / "
                    "67.0 / 48.3 / 21.0 %; chunk max 4.0 / 7.3 / 9.3 / 18.0 % and 80.0 / 75.7 / 69.0 / 73.3 %. "
                    "Scored whole (before session 8), one offensive sentence among many was mostly missed; chunk "
                    "max finds more of them but flags harmless long comments more and more often; the mean of "
                    "the odds sits between. The `lexicon` sub-labels (listed insults and swear words) do not "
                    "dilute with length.",
}

# Alternatives measured on the validation split (and test, for the record) and not shipped.
TRIED = {
    "en-offensive": _EN_ISSUE8["en-offensive"] + "Label cut chosen for validation macro F1 (0.44; validation 73.3 → 74.1): test 76.5 → 77.7, but the same rule lowered en-hate and ParsOffensive, so the documented 0.5 stays. Before issue #8: fastText supervised (word 1–2-grams, char 2–5, 25 epochs): validation macro F1 69.7 vs "
                    "72.1 for this model; the average of both: 70.2. C from {0.25, 1, 4, 16}: test 72.5–73.7, "
                    "no value better on validation than the one kept. Temperature + class-bias calibration: "
                    "test ECE 4.55 either way. Isotonic calibration instead of Platt: validation log loss 0.545 "
                    "vs 0.501 (5-fold), test ECE 4.89 vs 4.28.",
    "en-hate": _EN_ISSUE8["en-hate"] + "Label cut chosen for validation macro F1 (0.42; validation 74.3 → 75.5): test 47.6 → 42.7; not used. Before issue #8: fastText supervised: validation macro F1 69–74, test 40–50.5. The shift from the HatEval "
               "training tweets to its test tweets is large: validation calibration does not carry over "
               "(test ECE 25.8, target 5), and the OLID-trained `en-offensive` model scored 54.4 macro F1 "
               "on this test set with an earlier model (53.2 with the shipped one; `analyzer evaluate classify` prints it), above this model. Calibration (issue #8): "
               "Platt on validation (shipped) has a 5-fold validation ECE of 3.0 but a test ECE of 22.2; "
               "isotonic 2.2 and 23.6. On the test tweets the model's mean P(hate) is 0.69 where 42 % are "
               "hate (0.43 on validation) and its accuracy is 52.7 %: no calibrator fitted on validation can "
               "see that shift. Only flattening the scores towards the base rate would lower the test ECE, and "
               "the amount could only be tuned on the test split, so it was not done. **Read en-hate scores "
               "as a topic signal (immigrants, women), not as a probability, on text unlike HatEval.**",
    "en-sentiment": "Session 10, on the honest validation split (after the de-duplication above), not shipped: "
                    "C below the grid (0.25 / 0.5 / 1 / 4: uncalibrated macro recall 68.34 / 68.90 / 69.75 / 68.77; "
                    "en-offensive macro F1 72.65 / 74.02 / 74.82 / 74.61), so the grid {1, 4, 16} stays; NB "
                    "scaling off (C = 1 / 4 / 16: 70.23 / 68.44 / 67.53), +0.48 at C = 1, under the 0.5 rule. "
                    + _EN_ISSUE8["en-sentiment"] + "Calibrated on TweetEval validation alone (temperature 1.32, the model before issue #8): "
                    "5-fold validation ECE 1.7 but test ECE 7.46; the test tweets (2017) are harder than the "
                    "validation ones, drawn from the training years. On validation alone, vector scaling gave "
                    "test ECE 7.39 and matrix scaling 7.46, both lowering macro recall by 1.5 points; isotonic "
                    "per class 9.40. Shipped instead: the temperature fitted on validation plus the newest "
                    "training year held out from a model of the older years (each half the weight), a rule "
                    "about time, fixed before looking at test: test ECE 4.39; the price is a validation ECE "
                    "of 5.1 (slightly under-confident on text from the training years). The newest year "
                    "alone would give T = 1.88 (test ECE 2.96, validation ECE 8.8); not chosen, as it "
                    "ignores the validation split.",
    "fa-offensive": "Session 12 (issue #8, not shipped; `benchmarks/fa_extra_data.py`): Pars-OFF's keyword list "
                    "(`Pars-OFF_KEY`, 1,416 entries; 1,133 word sequences of 1 to 4 words after the normaliser) as dense "
                    "columns (NB scale 1). A keyword occurs in 32.7 % of the Pars-OFF training tweets (71.7 % of them "
                    "offensive, 10.2 % of the others) and 25.8 % of the ParsOffensive training comments (80.8 % and "
                    "20.5 %). Validation macro F1 uncalibrated / calibrated (C = 4 for each; this model 85.44 / 85.91; "
                    "test Pars-OFF / ParsOffensive 87.75 / 87.89): log1p of the hits per 20 tokens 86.11 / 86.23 (test "
                    "88.35 / 86.93), whether any keyword occurs 85.88 / 85.77 (87.98 / 86.78), both 85.92 / 86.02 "
                    "(87.94 / 86.56). 5-fold CV on the training pool (uncalibrated, C = 4 the better of 1 and 4): this "
                    "model 85.33 (folds 86.39 85.57 83.83 84.99 85.86), hits per 20 tokens 85.74 (86.06 85.94 85.78 "
                    "85.16 85.73: higher in 4 of 5). Not shipped: the calibrated figure the model ships at rises 0.32, "
                    "under the 0.5 rule; ParsOffensive test falls 1.0; and the list, with no licence stated, would "
                    "have to ship with the package for run time. Pars-OFF tweets as text: every mention as \"@user\" "
                    "(75 % of the training tweets name someone) 85.52 / 85.85; a hashtag's words beside the tag "
                    "(#a_b → #a_b a b; 19 % of them) 85.44 / 86.00; both 85.52 / 85.80: no gain (test 87.75 / 87.89, "
                    "87.77 / 88.01, 87.77 / 87.95). "
                    "Issue #8, session 6 (shipped: 2^20 columns per block). Each variant below was run through the "
                    "trainer's own steps; figures: validation macro F1 uncalibrated at decision 0 / calibrated at P ≥ "
                    "0.5; test Pars-OFF / ParsOffensive macro F1; CV: 5-fold cross-validation on the training pool (train"
                    " + validation rows, folds by a hash of the text, never the test split; uncalibrated, the best mean "
                    "over the folds of C in {1, 4}, {1, 4, 16} for the whole-text characters). The 2^18 model: 85.7 / "
                    "85.9; test 87.8 / 87.5; CV 85.2. "
                    "**Shipped**: 2^20 word and character columns, the spec of fa-sentiment, so that a batch is counted "
                    "once for both Persian models (with two specs the Persian path fell to about 4,000 comments/s, below "
                    "the 5,000 target): C = 4, 85.6 / 86.2 (test 87.6 / 87.9, ECE 1.4 / 3.5; CV 85.4). No accuracy gain "
                    "is claimed for this model: every figure moved within noise (Pars-OFF test −0.1, ParsOffensive +0.4)."
                    " "
                    "Not shipped: C from {0.25, 0.5, 1, 2}: 83.6 / 84.7 / 85.7 / 85.7, C = 1 stays; hazm lemmas as a "
                    "third block 86.7 / 87.3 (test 88.0 / 87.7; CV 85.3, 3 of 5 folds higher): the validation gain is not"
                    " borne out by the folds, and it costs a lemmatiser pass per comment; hazm stems 86.0 / 86.3 (88.0 / "
                    "87.4); character 1–5-grams over the whole text (across word boundaries) as a third block 86.3 / 86.2"
                    " (87.8 / 87.7; CV 85.4); whole-text characters alone, 2^19 columns: 1–5 86.9 / 87.0 (87.7 / 87.5; CV"
                    " 85.9, higher in 4 of 5 folds), 2–5 86.9 / 87.0 (87.5 / 86.9; CV 85.9), 1–6 86.7 / 87.2 (88.2 / "
                    "87.3; CV 85.6): the clearest gain on validation and in the folds, but a model without a word block "
                    "has no word n-grams to explain its label with (`terms`), and neither test figure moves; with the "
                    "word block beside them instead of the within-word characters 85.1 / 86.6 (88.0 / 86.9; CV 85.0), "
                    "2–6-grams 84.3 / 85.8 (87.7 / 86.9), + lemmas 86.2 / 87.0 (87.7 / 87.3). Pars-OFF's share of the "
                    "training weight (0.61 by rows now) set to 0.3 / 0.4 / 0.6 / 0.7: 85.4 / 86.3 (87.5 / 87.4), 85.6 / "
                    "86.3 (87.6 / 87.6), 85.7 / 85.8 (87.9 / 87.5), 85.7 / 86.3 (88.4 / 87.7): none ≥ 0.5 above on "
                    "validation. Figures before session 6 below are for the 2^18 model. "
                    "Issue #8, other model families and ensembles (chosen on validation only; rule: ship an "
                    "ensemble only if it beats this model by ≥ 0.5 macro F1): validation macro F1 of this "
                    "model, calibrated, P ≥ 0.5: 85.9 (test Pars-OFF 87.8, ParsOffensive 87.5). fastText "
                    "supervised on the same normalised texts (thread 1, seed 0; word 1–2-grams): char 2–5, dim "
                    "50, 10 epochs, lr 0.5: 82.8 alone (test 84.3 / 84.9, ECE 6.8 / 7.6), mean of the two "
                    "models' probabilities 85.5 (test 86.9 / 86.2), 0.75 · this model + 0.25 · fastText 86.0 "
                    "(test 88.1 / 88.0), geometric mean 85.2; 25 epochs: 83.5, mean 84.7; dim 100, 25 epochs, "
                    "lr 1.0: 83.3, mean 85.0; char 3–5, dim 100, 15 epochs, lr 1.0: 83.5, mean 85.4; no char "
                    "subwords: 81.3, mean 84.0. Complement naive Bayes on this model's features (alpha 0.1 / "
                    "0.3 / 1): 80.6 / 75.1 / 65.0, mean with this model 84.7 / 81.0 / 77.5, 0.75 / 0.25 mix "
                    "86.2 / 84.4 / 83.9. fastText weight w in (1 − w) · this model + w · fastText swept "
                    "over 0–0.5 on validation: char 2–5, dim 50, 10 epochs: best 86.1 (w 0.1); 25 epochs: 86.4 (w 0.3); "
                    "char 3–5, dim 100, 15 epochs, lr 1.0: 86.8 (w 0.3; 86.2–86.3 at w 0.1, 0.2, 0.4; w chosen "
                    "in 5 folds of validation: 0.3 in every fold), test 88.1 / 87.5. That model quantised to a "
                    "shippable size (cutoff 50k, 3.1 MB; unpruned .ftz: 105 MB) drops to 86.2 at w 0.3 (test "
                    "87.9 / 87.5, ECE 2.1 / 2.2); trained with 200k buckets and quantised: 86.6 at w 0.3 but "
                    "85.8–86.2 beside it (test 87.5 / 87.3). The +0.9 appears only at one weight of one "
                    "of five fastText configurations, picked on the same 1,759 validation rows, and the shippable "
                    "quantised models gain +0.3 to +0.7 with no test gain: not a clear margin, nothing shipped. "
                    "Issue #8 (this model's recipe since session 5): character n-grams hashed with NumPy and NB "
                    "scaling, as in the English models. Validation macro F1, uncalibrated, best C: before "
                    "85.7 (C = 16), NumPy chars + NB 85.7 (C = 1; test Pars-OFF 87.2 → 88.0, ParsOffensive "
                    "85.6 → 87.0): equal on validation, kept for one recipe across models and for speed. Not "
                    "shipped: char 1–5-grams 85.7, 3–6 85.1, word 1–3-grams 85.5 (C = 4); eight lexicon "
                    "columns (hits of the persian-text-guard word list by category, MIT, and of "
                    "`fa-swear-words`, Apache-2.0) 85.6 (C = 4; test 87.4 / 86.2). "
                    "Before: fastText supervised: validation macro F1 84.1 vs 85.4 for this model; the average "
                    "of both: 85.0 (test 87.3 vs 87.6). Not shipped. Isotonic calibration instead of Platt: "
                    "5-fold validation ECE 1.2 vs 1.6 but log loss 0.350 vs 0.309; test ECE 1.19 / 2.49 vs "
                    "1.56 / 2.53; not shipped (Platt already meets the target and predicts better).",
    "fa-sentiment": "Session 12 (issue #8, not shipped; `benchmarks/fa_extra_data.py`): SentiPers `balanced.csv` "
                    "(DeepSentiPers's balanced copy, 7,023 rows; 6,253 after de-duplication) as training rows. Its "
                    "texts were re-processed (the conjunction و and most digits dropped), so `near_key` misses most "
                    "of its copies; a balanced row is also one text with another row when their word sets share half "
                    "their union or 80 % of the shorter one's words (at least 3). By that rule 1,436 of its rows are "
                    "SentiPers test sentences, 578 validation rows, 138 SnappFood test reviews and 2,868 `original.csv` "
                    "rows; all rows of the first three kinds are dropped, and 2,643 rows are one text with no row "
                    "(591 negative, 749 neutral, 1,303 positive). The validation split stays the shipped one "
                    "(`original.csv` and SnappFood rows only). Figures: set-weighted validation macro F1, calibrated "
                    "(the trainer's steps, C from {1, 4, 16}) / its SentiPers rows alone; 5-fold CV on the training "
                    "pool (C = 4, uncalibrated, extra rows only in the fitting folds, less those that are one text "
                    "with a row of the scored fold); test SentiPers macro F1 / SnappFood F1 / ParsiNLU macro F1. This "
                    "model 79.41 / 66.14, CV 77.67 (folds 77.98 76.88 77.39 77.91 78.17), test 64.11 / 85.22 / 63.95. "
                    "The 2,643 new rows beside `original.csv` (C = 4): 79.31 / 66.65, CV 77.78 (78.52 77.51 76.97 78.82 "
                    "77.07: higher in 3 of 5 folds), test 66.95 / 85.27 / 67.75; the 591 new negative rows only (C = 1): "
                    "78.80 / 64.97, CV 77.05, test 64.40 / 84.92 / 64.49; the 4,459 kept balanced rows in place of "
                    "`original.csv` (C = 1, vector scaling; 5-fold calibration figure 78.11): 77.92 / 62.09, CV 74.50, "
                    "test 63.29 / 85.06 / 73.19. None rises 0.5 on validation, and the folds do not agree on a gain "
                    "(+0.11 for the new rows): nothing shipped. The new rows' test gain (SentiPers +2.8, ParsiNLU "
                    "+3.8, read after the choice) is not seen on validation or in the folds, so it is not a reason to "
                    "ship them; a larger SentiPers validation split would be the way to tell. Pars-ABSA's reviews "
                    "(Digikala, the domain of SentiPers; only its test split is staged, 2,001 aspects), the aspect put "
                    "back in its place and labelled by their aspects where these agree (1,641 reviews), less the 18 that "
                    "are one text with a test, validation or `original.csv` row (`near_key`, half the word sets, or a "
                    "row's `near_key` inside the review's), beside `original.csv`: all 1,623 (C = 4) 77.64 / 62.13, CV "
                    "77.16, test 64.71 / 85.30 / 63.59; the 1,293 polar ones (C = 4) 78.52 / 64.58, CV 78.07 (77.98 "
                    "76.88 77.39 77.91 78.17 → 78.28 77.14 78.28 78.48 78.18: higher in 5 of 5 folds, by 0.01 in "
                    "one), test 65.45 / 85.16 / 64.21. The folds and validation disagree (−0.89 on validation): not "
                    "shipped. "
                    "Issue #8, gated mixture of experts (not shipped; `benchmarks/fa_sentiment_experts.py`). Experts on "
                    "the same features as this model, each fitted with the trainer's learner: a SentiPers expert (three "
                    "classes, SentiPers rows only, C = 16 by its own validation rows), a SnappFood expert (negative vs "
                    "positive, C = 4; neutral gets a fixed share nu), and this pooled model; a gate (SentiPers vs "
                    "SnappFood on the same features, C = 4, Platt) gives P(y|x) = (1 − g) P_a + g P_b, g = "
                    "P(SnappFood-like | x), or the expert it prefers (hard). Each part calibrated on its own set's "
                    "validation rows. Set-weighted validation macro F1, calibrations cross-fitted in 5 folds of the "
                    "validation rows: this model 79.72; SentiPers + SnappFood experts 78.79 (nu 0; 78.75 at 0.05, 78.71 "
                    "at 0.1), hard 79.08; SentiPers expert + this model 79.15, hard 79.21; this model + SnappFood expert "
                    "(nu 0.05) 79.23. 5-fold CV on the training pool (folds by a hash of the text; 3 folds fit, the next "
                    "calibrates, one is scored): this model 77.11, experts 76.90 (hard 76.89), SentiPers expert + this "
                    "model 77.11 (hard 77.15, higher in 2 of 5 folds), this model + SnappFood expert 76.73. Why it cannot "
                    "gain: the gate tells the sets apart almost perfectly (98.6 % of validation rows), so the mixture is "
                    "about the experts themselves, and on SentiPers validation rows the SentiPers expert scores 65.95 "
                    "macro F1 where this model scores 66.63: with 2^20 columns and NB scaling, pooling no longer costs "
                    "SentiPers on validation (the 68.5 vs 62 trade below was measured on older features). On texts of "
                    "neither set the gate is unsure: P(SnappFood-like) between 0.1 and 0.9 for 44 % of Pars-OFF test "
                    "tweets and 47 % of ParsOffensive test comments (mean 0.19 / 0.23), so on news comments the mixture "
                    "is a blend; ParsiNLU reviews mean 0.63. Test, read after the choice (SentiPers macro F1 / SnappFood "
                    "F1 / ParsiNLU macro F1; ECE): this model 64.5 / 85.2 / 64.2 (2.8 / 3.4 / 8.7); experts 65.3 / 85.4 / "
                    "60.6 (3.2 / 1.8 / 9.0); SentiPers expert + this model 65.3 / 85.1 / 59.9 (2.9 / 3.1 / 6.5), hard "
                    "65.3 / 85.0 / 59.0; this model + SnappFood expert 64.2 / 85.5 / 62.4 (ParsiNLU ECE 12.1); the "
                    "SentiPers expert alone 65.5 / 71.2 / 44.3. The +0.8 on SentiPers test comes with −3.6 to −5.2 on "
                    "ParsiNLU, the out-of-domain check. Other variants, same session (this model's recipe, C from {1, 4, "
                    "16} on validation; CV: 5 folds, 4 fit, uncalibrated, folds by a hash of the normalised text, this "
                    "model 77.69; test as above): the character block scaled by 0.5 against the word block before the fit "
                    "(folded into the weights, no run-time cost) 79.71 (CV 77.81; test 62.6 / 85.2 / 64.7), by 2 78.75 (C "
                    "= 1; CV 77.48; 62.7 / 85.0 / 62.4); NB log-count ratios with alpha 0.5 / 0.25 instead of 1: 78.92 / "
                    "78.52 (C = 1; CV 77.57 / 77.55; 62.0 / 85.0 / 63.3, 62.1 / 84.9 / 64.8); word 1–3-grams 79.31 (CV "
                    "77.91, higher in 5 of 5 folds by 0.1–0.4; 63.7 / 85.6 / 64.2); character 2–6-grams 79.46 (CV 77.64; "
                    "64.1 / 85.0 / 64.2); ordinal decomposition (Frank & Hall 2001: P(y > negative) and P(y > neutral) "
                    "from two Platt-calibrated binary models, SnappFood rows in both) 77.58 (C = 1, Platt cross-fitted; "
                    "CV with 3 / 1 / 1 folds 76.19 against 77.22 for this model; test 61.2 / 84.9 / 59.2). None is 0.5 "
                    "above this model on validation: nothing shipped. "
                    "Issue #8, session 6 (shipped: 2^20 columns per block). Each variant below was run through the "
                    "trainer's own steps (C from {1, 4, 16} by set-weighted validation macro F1, float16 weights, "
                    "calibration on validation); figures: validation macro F1 uncalibrated / calibrated; test SentiPers "
                    "macro F1 / SnappFood F1 / ParsiNLU macro F1. The 2^18 model: 78.1 / 78.0; test 61.3 / 85.2 / 65.5. "
                    "**Shipped**: 2^20 word and character columns (C = 4; temperature scaling, vector scaling lowered the"
                    " held-out figure) 79.7 / 79.7; test 64.5 / 85.2 / 64.2 (ECE 2.8 / 3.4 / 8.7). Checked by 5-fold "
                    "cross-validation on the training pool (train + validation rows, folds by a hash of the text, never "
                    "the test split; uncalibrated, C = 4): 75.0 → 75.4, higher in 4 of 5 folds. ParsiNLU falls 65.5 → "
                    "64.2 (254 reviews, 8 of them neutral: one neutral review moves the macro F1 by several points; "
                    "accuracy 81.9 → 81.1, ECE 8.5 → 8.7): within noise, and its baseline is lowered to the new figure. "
                    "Other hash sizes (word / char bits): 19 / 19 78.3 / 78.5 (test 61.2 / 85.2 / 65.6); 18 / 20 78.9 / "
                    "78.9 (61.7 / 84.9 / 62.9); 20 / 18 79.3 / 79.3 (61.8 / 85.0 / 63.8); 21 / 21 79.8 / 79.8 (63.0 / "
                    "85.2 / 63.3, ParsiNLU ECE 10.8; CV 75.4): 2^20 is as good as 2^21 at half the size. "
                    "Not shipped: character 1–5-grams over the whole text (across word boundaries, 2^19) as a third block"
                    " 78.6 / 78.6 (62.5 / 85.1 / 65.4); the same beside 2^20 blocks 79.5 / 79.5 (62.1 / 85.4 / 66.6; CV "
                    "75.5): no gain over 2^20 alone for a new feature kind; whole-text characters in place of both blocks"
                    " 77.8 / 78.3 (62.5 / 85.1 / 61.0; CV 75.0); hazm lemmas as a third block 78.4 / 78.4 (62.1 / 84.8 / "
                    "62.4); hazm stems 77.8 / 77.8 (62.6 / 84.3 / 65.3). Domain augmentation (Daumé 2007: shared columns "
                    "plus a copy per set and a per-set indicator in training, the shared weights shipped): shared 62.2 / "
                    "77.2 (64.0 / 85.3 / 67.3; the shared model calls some SnappFood reviews neutral, which the "
                    "three-class validation counts against it), shared + the SentiPers copy 69.2 / 72.0 (65.2 / 80.2 / "
                    "61.2), shared + the SnappFood copy 50.4 / 74.5, shared + the mean of both copies 61.7 / 73.6; a copy"
                    " for SnappFood only 67.6 / 74.9 (65.1 / 84.5 / 65.8); per-set indicators only 64.9 / 74.6 (64.3 / "
                    "84.1 / 61.8): all below this model on validation. With 2^20 columns, SentiPers's share of the training "
                    "weight (0.5 shipped) at 0.35 / 0.65: 79.5 / 79.5 (61.4 / 85.3 / 63.6), 79.4 / 79.4 (64.5 / 84.2 / "
                    "63.7): below the shipped 79.7. Figures before session 6 below are for the 2^18 "
                    "model. "
                    "Issue #8, other model families and ensembles (chosen on validation only; rule: ship an "
                    "ensemble only if it beats this model by ≥ 0.5 macro F1): set-weighted validation macro "
                    "F1 of this model, calibrated: 78.0 (test SentiPers 61.3, SnappFood 85.2). fastText "
                    "supervised on the same normalised texts (thread 1, seed 0; word 1–2-grams, no row "
                    "weights): char 2–5, dim 50, 10 epochs, lr 0.5: 67.5 alone (test 59.6 / 83.9), mean of "
                    "the two models' probabilities 73.8 (test 64.1 / 84.6), 0.75 · this model + 0.25 · "
                    "fastText 77.4 (test 62.5 / 85.1), geometric mean 74.0; 25 epochs: 74.7, mean 76.6 (test "
                    "63.0 / 83.5, ECE 5.7 / 5.2); char 3–5, dim 100, 15 epochs, lr 1.0: 73.8, mean 76.0; "
                    "SentiPers rows written twice (its set weight, about 2× SnappFood's): mean 72.3 / 76.3 / "
                    "75.8 for the same three settings. Complement naive Bayes on this model's features "
                    "(alpha 0.1 / 0.3 / 1): 73.7 / 73.3 / 61.1, mean with this model 76.0 / 76.0 / 71.3 (test "
                    "SentiPers 55.5 at best). fastText weight swept over 0–0.5 on validation: 10 epochs best at w 0 "
                    "(78.0); 25 epochs 78.1 at w 0.1 (test 62.4 / 85.1); char 3–5, dim 100: 78.1 at w 0.2 "
                    "(test 62.8 / 85.2). Every ensemble is below this model on validation (the higher "
                    "SentiPers test figures of some means were not used to choose) or within 0.1 of it: nothing "
                    "shipped. "
                    "Issue #8 (session 5): NumPy character hashing + NB scaling, set-weighted validation macro F1 "
                    "76.6 → 78.1 (C = 1, uncalibrated; test SentiPers 61.6 → 61.7, SnappFood 84.7 → 84.9). Not "
                    "shipped: Persian negation scopes (the clause before a negated verb such as نیست / نمی‌… and "
                    "the words after عدم / بدون / هیچ marked `neg_`) 78.4 (test 62.1 / 85.2), within noise; "
                    "adding Insta-MultiDSenti (14k de-duplicated Instagram comments, a third set at equal "
                    "weight) lowered the SentiPers part of validation 63.8 → 59.2 and test 61.7 → 60.4 with "
                    "SnappFood 84.3, while its own held-out 20 % scored 98 (near-duplicate comments), so "
                    "it was left out. Five PerSent lexicon columns (positive and negative mass, whether each occurs, the last polarity; 480 "
                    "polar entries after normalisation) 78.7 (C = 1; test 61.6 / 85.1): a small gain on "
                    "validation, not shipped because PerSent is licensed for non-commercial academic use only "
                    "and the columns need the lexicon at run time. SentiPers weight 0.67 / 0.85 of the pool: test 64.1 / 66.5 but "
                    "SnappFood 84.1 / 81.8. Shipped, calibrated (vector scaling; 5-fold validation macro F1 77.4 → 78.2, "
                    "log loss 0.504 → 0.494): **test SentiPers 63.0 → 61.3, SnappFood 84.7 → 85.2**; the choice "
                    "follows validation, not the test split. Before: SentiPers alone: SentiPers test macro F1 68.5 but SnappFood F1 72.0; the unweighted "
                    "pool: 61.8 / 84.7; equal set weights (shipped): 62.0 / 85.0. A stack of a "
                    "SentiPers model and a SnappFood model under a class-balanced meta model: 65.9 / 84.1 "
                    "(not shipped: more files for little gain). SentiPers validation sentences (from "
                    "`original.csv`) score 87 macro F1 where its test scores 62, so validation does not "
                    "predict this test set well; a neutral-class bias tuned on validation lowers test F1. "
                    "Two stages (neutral vs polar from SentiPers alone, then negative vs positive from both "
                    "sets, P = product), measured on the hazm-token features: 62.5 / 83.9, against 61.6 / "
                    "84.7 for the shipped model: not shipped. Calibration (issue #8), 5-fold on validation "
                    "(set-weighted log loss / macro F1): temperature 0.520 / 76.6, vector scaling 0.504 / "
                    "77.4 (shipped; test SentiPers 61.6 → 63.0 macro F1, SnappFood 84.7 → 84.7, ECE 2.1 "
                    "and 2.1), matrix scaling 0.507 / 77.0, isotonic per class worse on log loss.",
}


def calibration_line(meta: dict) -> str:
    """How the shipped probabilities were calibrated, in words, from the model's own JSON."""
    cal = meta.get("calibration", {})
    method = cal.get("method") or ("platt" if "a" in cal else "temperature")
    form = {"platt": f"Platt scaling (a = {cal.get('a', 0):.3f}, b = {cal.get('b', 0):.3f})",
            "temperature": f"temperature scaling (T = {cal.get('temperature', 0):.3f})",
            "vector": "vector scaling (a scale and a bias per class)"}[method]
    rows = meta.get("calibration_rows")
    where = ("on the validation split" if not rows else
             f"on the validation split ({rows['validation']} rows) and on the newest training year "
             f"({rows['later_training_rows']} rows, predicted by a model fitted on the older years only), "
             "each set weighing half, so that the probabilities allow for text newer than the training data")
    line = f"calibrated {where}: {form}."
    choice = meta.get("calibration_choice")
    if choice:
        figures = "; ".join(f"{m}: " + ", ".join(f"{k} {v}" for k, v in f.items()) for m, f in choice.items())
        line += (" Chosen between temperature and vector scaling by 5-fold log loss on those rows, vector "
                 f"only if it does not lower the held-out headline figure ({figures}).")
    return line


def method_line(meta: dict) -> str:
    """The features and learner, in words, from the model's own JSON."""
    f = meta.get("features", {})
    tokens = "hazm's word tokens" if f.get("tokens") == "hazm" else "word-character runs"
    negation = "; words after a negator up to punctuation counted as `neg_word`" if f.get("negation") else ""
    chars = "hashed with NumPy over the batch" if f.get("chars") == "numpy" else "scikit-learn's char_wb hashing"
    window = (f"; counted per {f['lexicon_window']} tokens: a longer text's masses and counts scaled by "
              f"{f['lexicon_window']} / its tokens" if f.get("lexicon_window") else "")
    lexicon = (" + nine VADER lexicon columns (valence sum, positive / negative mass, last valence, `!`, `?`, "
               f"all caps; MIT, `resources/lexicons`{window})" if f.get("lexicon") else "")
    wordlist = (" + three word-list columns (the distinct swear words, insults and mild insults of "
                "persian-text-guard's list in Latin letters a text holds, at most 3, per window as the lexicon's, "
                "capped at 1; MIT, a PyPI dependency)" if f.get("wordlist") else "")
    nb = " with NB log-count-ratio scaling (folded into the weights)"
    return (f"hashed word 1–2-grams (2^{f.get('word_bits', 18)} columns; {tokens}{negation}) and character "
            f"2–5-grams within word boundaries (2^{f.get('char_bits', 18)} columns; {chars}), sublinear tf × idf, "
            f"L2 per block{lexicon}{wordlist} → logistic "
            f"regression{nb} (liblinear; one-vs-rest for three classes; class-balanced)")


_APART = ("Session 10 (shipped, every model), first: a training row that is one text with a validation or test "
          "row under another spelling is removed (`datasets.near_key`: letters and digits only; Persian letter "
          "forms, the zero-width non-joiner and digits unified; mentions as \"@user\", no URL; no punctuation, "
          "emoji or spacing). Exact copies were already removed. Training rows removed that were test / "
          "validation rows: en-sentiment 0 / 310, en-offensive 1 / 16, en-hate 14 / 2, fa-sentiment 30 / 10, "
          "fa-offensive 43 / 60 (test: SentiPers, Pars-OFF; also 4 SnappFood and 26 ParsOffensive rows that "
          "were rows of those sets' test fifths). Calibrated validation before → after (the after figures are the honest "
          "ones): en-sentiment macro recall 72.49 → 69.75 (C 4 → 1: the leaked rows had favoured a larger C), "
          "en-offensive macro F1 73.56 → 73.45, en-hate 72.89 → 73.22, fa-sentiment set-weighted macro F1 "
          "79.72 → 79.41, fa-offensive 86.15 → 85.91. Test: en-sentiment macro recall 63.02 → 64.08, "
          "en-offensive macro F1 77.35 → 77.15, en-hate 50.69 → 50.36, Pars-OFF 87.64 → 87.75, ParsOffensive "
          "unchanged, SentiPers 64.48 → 64.11, SnappFood unchanged, ParsiNLU 64.23 → 63.95. ")


_WHOLE_CHARS = ("Session 12, not shipped: character n-grams across word boundaries (1–5, whole text, 2^18 columns, "
                "sublinear tf × idf, L2) as a third block beside the within-word one, uncalibrated validation at the "
                "best C of {1, 4, 16}: en-offensive macro F1 74.82 → 75.16 (3–6-grams 74.85; in place of the "
                "within-word block 74.12), en-sentiment macro recall 69.75 → 69.95, en-hate macro F1 74.23 → 74.81 "
                "(C = 4), whose 5-fold cross-validation on the training pool (train + validation, folds by a hash of "
                "the text, C = 1 best for both) moves only 82.67 → 82.92, higher in 4 of 5 folds. None is 0.5 above "
                "with the folds agreeing, and it would cost a fourth hashing pass per comment: not shipped, no test "
                "figure read. ")
SESSION12 = {"en-offensive": _WHOLE_CHARS, "en-sentiment": _WHOLE_CHARS, "en-hate": _WHOLE_CHARS}

_HASHTAGS = ("Session 13, not shipped: hashtags in camel case split into their words beside the tag "
             "(\"#BuildTheWall\" → \"#BuildTheWall Build The Wall\"; 954 of en-offensive's 11,854 training tweets "
             "and 2,114 of en-hate's 16,655 have one), uncalibrated validation at the best C of {1, 4, 16} and 5-fold "
             "cross-validation on the training pool (C = 1, folds by a hash of the text): en-offensive 74.82 → 74.86, "
             "CV 74.52 → 74.62 (higher in 3 of 5 folds); en-hate 74.23 → 73.95, CV 82.67 → 82.71. Noise: not shipped, "
             "no test figure read. ")
SESSION13 = {"en-offensive": _HASHTAGS, "en-hate": _HASHTAGS}

# Session 18 (issue #8): the session 17 fastText mixture, calibrated again; built, measured, not shipped.
SESSION18 = {"en-offensive": (
    "Session 18 (issue #8, not shipped; `benchmarks/classify_mixture.py`): session 17's fastText mixture "
    "(below) calibrated again, Platt scaling on the mixture's logit fitted on the rows that calibrate this model "
    "(CV: 3 folds fit, the next calibrates this model and the mixture, one is scored). Macro F1 / ECE on "
    "validation: this model 73.45 / 3.35; plain fastText `.ftz` at w = 0.25 74.26 / 2.84, at 0.5 73.33 / 3.20; "
    "with the skip-gram vectors, `.ftz`, 74.55 / 2.68 and 74.26 / 3.14. CV: this model 72.41 (ECE 2.05); plain "
    "73.44 (1.66) and 73.28; with the vectors 73.40 and 73.09; each mixture higher in 5 of 5 folds. The rule "
    "picks plain `.ftz` at w = 0.25 (+0.81 on validation, +1.03 in the folds; the vectors add +0.29 and −0.04). "
    "Test, read after the choice: 77.15 / 3.96 → 77.63 / 4.46 (the vectors at w = 0.25: 78.10 / 5.10). It was "
    "built into `analyzer train` and the classify stage on a branch (a deterministic 3.1 MB `.ftz`) and not "
    "shipped: the test gain is within the noise of 860 test tweets and short of the 78 target, while the "
    "harmless identity sentences of `benchmarks/identity_terms.py` score higher for the terms moderators "
    "watch most (mean toxicity \"black\" 0.21 → 0.36, \"white\" 0.21 → 0.33, \"immigrant\" 0.22 → 0.39, "
    "\"atheist\" 0.16 → 0.29, the highest sentence 0.26 → 0.42; \"muslim\" 0.14 → 0.10, \"christian\" "
    "0.11 → 0.08; none labelled toxic either way): fastText's vectors learn a name from the insults it "
    "appears in, which this model's lexicon columns and regularisation temper. English classification also "
    "slowed from about 4,400 to about 3,000 comments per second on the shared machine (fastText's predict "
    "takes 60–80 µs a tweet). "),
}

# Session 17 (issue #8): word vectors learned without labels from each model's training texts.
_VECTORS = ("Session 17 (issue #8, not shipped; `benchmarks/classify_word_vectors.py`): word vectors learned "
            "without labels by fastText (skip-gram, dim 100, words seen twice, thread 1) from the normalised texts "
            "of this model's training rows only (in the folds, of the fitting folds only). Family 1, one more dense "
            "block beside the n-gram blocks through the trainer's steps: the SIF-weighted mean of a text's word "
            "vectors (Arora et al. 2017: a / (a + p(w)), a = 1e-3; first principal component removed; "
            "L2-normalised, scaled by 1 or 3; not NB-scaled); figures: validation uncalibrated / calibrated (C), "
            "5-fold CV on the training pool (4 folds fit, one scored, uncalibrated, folds by a hash of the text). "
            "Family 2: fastText supervised (word 1–2-grams, char 2–5-grams, dim 100, 10 epochs, lr 0.5, thread 1) "
            "initialised with those vectors (`pretrainedVectors`), or not (\"plain\"), or initialised and "
            "quantised as it could ship (`.ftz`, cutoff 50,000, 3.2 MB), its probabilities averaged with this "
            "model's calibrated ones, (1 − w) · this model + w · fastText; CV: 3 folds fit, the next calibrates "
            "this model, one is scored. ")
SESSION17 = {
    "fa-sentiment": _VECTORS + (
        "Set-weighted macro F1. This model 79.41 / 79.41 (C = 4), CV 77.66 (77.64 77.69 78.08 78.18 76.71); SIF × 1 "
        "78.06 / 78.06 (C = 4), CV 77.47 (higher in 0 of 5 folds); SIF × 3 77.83 / 77.83, CV 77.47 (1 of 5). "
        "fastText alone 66.78, with the vectors 73.31 (.ftz 73.52): the vectors help fastText by 6.5 points, but "
        "every mixture is below this model on validation (w = 0.25 / 0.5: plain 76.81 / 74.77, vectors 77.43 / "
        "76.46, .ftz 76.90 / 76.17; its folds were not run). Nothing shipped. Test, read after the choice "
        "(SentiPers macro F1 / SnappFood F1 / ParsiNLU macro F1): this model 64.11 / 85.22 / 63.95, SIF × 1 64.02 / "
        "85.02 / 64.79, SIF × 3 64.45 / 84.78 / 62.58; mixtures at w = 0.25 / 0.5: plain 65.90 / 85.18 / 65.46, "
        "64.56 / 85.14 / 63.69; vectors 64.39 / 85.13 / 66.44, 64.40 / 85.06 / 66.48; .ftz 64.33 / 85.07 / 67.07, "
        "64.61 / 84.88 / 66.20 (ParsiNLU ECE 9.1 → 9.4 to 10.7): gains on the out-of-domain ParsiNLU reviews "
        "that validation does not show. "),
    "fa-offensive": _VECTORS + (
        "Macro F1 at P ≥ 0.5. This model 85.44 / 85.91 (C = 4), CV 85.33 (86.39 85.57 83.83 84.99 85.86); SIF × 1 "
        "85.79 / 86.23, CV 85.28 (higher in 2 of 5 folds); × 3 85.72 / 86.40, CV 85.25 (2 of 5); from CBOW "
        "vectors 85.70 / 86.00, CV 85.34 (2 of 5); fastText's own sentence vector (unseen words through their "
        "subwords) in place of the SIF mean 85.98 / 86.27, CV 85.30 (2 of 5): no block gains in the folds. "
        "fastText alone 82.94, with the vectors 83.21, .ftz 82.95. Mixtures, validation at w = 0.25 / 0.5: plain "
        "86.20 / 85.49, vectors 86.55 / 85.55, .ftz 86.68 / 85.44; CV, this model 84.84 (86.21 84.69 83.43 84.80 "
        "85.10): plain 84.59 / 83.81 (higher in 0 / 0 of 5), vectors 85.02 / 84.34 (4 / 1 of 5), .ftz 85.08 "
        "(85.70 85.23 83.94 84.95 85.62) / 84.13 (4 / 1 of 5). The .ftz mixture at w = 0.25 meets the shipping "
        "rule (+0.77 on validation, +0.24 in the folds, higher in 4 of 5; without the vectors the same mixture is "
        "lower in every fold, so the vectors are what helps), but its w and kind were picked from six on the "
        "same 1,750 validation rows and it was not shipped in this session for lack of time: it needs the `.ftz` "
        "(3.2 MB) built by `analyzer train classify`, a second model read per Persian comment, and its speed and "
        "calibration measured. Test (Pars-OFF / ParsOffensive macro F1; ECE), read after the validation figures: "
        "this model 87.75 / 87.89 (1.18 / 3.31); SIF × 1 88.28 / 87.42, × 3 88.17 / 87.49, CBOW 87.75 / 87.84, "
        "sentence vector 88.09 / 87.88; mixtures at w = 0.25: plain 87.94 / 87.91, vectors 87.57 / 87.74, .ftz "
        "87.67 / 87.96 (2.32 / 3.28); at w = 0.5: 86.71 / 87.07, 86.97 / 86.67, 87.20 / 85.62. The mixture that "
        "meets the rule moves neither test figure (−0.08 / +0.07). "),
    "en-offensive": _VECTORS + (
        "Macro F1 at P ≥ 0.5. This model 74.82 / 73.45 (C = 1), CV 74.52 (75.10 74.69 74.00 73.85 74.95); SIF × 1 "
        "74.86 / 73.78 (C = 1), CV 74.62 (higher in 3 of 5 folds); × 3 75.17 / 74.33 (C = 4), CV 74.64 (3 of 5): "
        "under the rule. fastText alone 71.52, with the vectors 72.08, .ftz 71.53. Mixtures, validation at "
        "w = 0.25 / 0.5: plain 73.44 / 73.87, vectors 74.07 / 74.55, .ftz 74.40 / 74.19; CV, this model 72.41 "
        "(72.64 73.03 71.72 71.69 72.97): plain 73.21 / 73.46, vectors 73.24 / 73.29, .ftz 73.39 (72.66 74.16 "
        "73.26 72.27 74.59) / 73.45, each higher in 5 of 5 folds. The vectors and .ftz mixtures meet the shipping "
        "rule (the .ftz one at w = 0.25, the shippable one validation prefers: +0.95 on validation, +0.98 in the "
        "folds); in the folds fastText without the vectors gains as much, so here the gain is fastText's more "
        "than the vectors'. Not shipped in this session for lack of time (see fa-offensive's card). Test "
        "(TweetEval offensive macro F1; ECE), read after the choice: this model 77.15 (3.96); SIF × 1 77.39 "
        "(3.66), × 3 78.35 (4.25); mixtures at w = 0.25: plain 78.10 (5.52), vectors 78.25 (5.96), .ftz 78.52 "
        "(5.89); at w = 0.5: 76.97 (3.99), 75.66 (5.16), 76.16 (3.98). The .ftz mixture at w = 0.25 would reach "
        "the 78 target but misses the ECE one (5.89 > 5): shipping it needs the mixture calibrated again on "
        "validation; and the w = 0.5 mixtures, near it on validation, lose 1 to 1.5 points on test: the weight "
        "is not well determined by 1,322 validation tweets. "),
    "en-sentiment": _VECTORS + (
        "Only the SIF blocks were run (the model takes three times the others' time). Macro recall: this model "
        "69.75 / 69.75 (C = 1), CV 67.05 (66.85 67.22 67.23 66.70 67.25); SIF × 1 70.15 / 70.15 (C = 1), CV 67.41 "
        "(67.12 67.32 67.78 67.17 67.66: higher in 5 of 5 folds, by 0.1 to 0.6); × 3 69.85 / 69.85 (C = 1), CV "
        "67.43 (67.12 67.30 67.73 67.14 67.84: 5 of 5). The folds agree, but validation rises 0.40 / 0.10, under "
        "the 0.5 rule: not shipped. Test, read after the choice: macro recall 64.08 → 65.31 (× 1, ECE 2.17 → "
        "1.97) / 65.51 (× 3, ECE 2.19; the 66 target still missed): the most promising of the session's blocks, worth a larger "
        "validation split to tell. "
        "Session 30, the mixtures too (not shipped; the same script, `--only en-sentiment --variants supervised`): "
        "macro recall, validation: this model 69.75; fastText alone 62.56, with the vectors 62.84, .ftz 62.53; "
        "mixtures at w = 0.25 / 0.5: plain 69.16 / 67.03, vectors 69.32 / 67.32, .ftz 68.95 / 66.74: every "
        "mixture lower. CV (3 folds fit, the next calibrates, one scored), this model 66.33 (66.25 66.31 66.61 "
        "65.82 66.68): plain 66.25 / 64.76 (higher in 3 / 0 of 5), vectors 66.59 / 65.51 (5 / 0 of 5), .ftz "
        "66.79 (66.75 66.54 66.94 66.85 66.88) / 65.50 (5 / 0 of 5). The folds favour the w = 0.25 mixtures "
        "with the vectors (+0.26, +0.46) where validation does not (−0.43, −0.80): not shipped. Test, printed "
        "by the same run, after the choice: this model 64.08 (ECE 2.17); at w = 0.25 plain 64.77 (1.78), "
        "vectors 64.77 (1.97), .ftz 64.73 (1.48); at w = 0.5 64.21, 64.22, 63.80: under a point either way, "
        "the 66 target missed by each. "
    ),
    "en-hate": _VECTORS + (
        "Only the mixtures were run. Macro F1 at P ≥ 0.5: this model 74.23 / 73.22 (C = 4). fastText alone 53.04, "
        "with the vectors 72.46, .ftz 70.81. Mixtures, validation at w = 0.25 / 0.5: plain 69.41 / 61.86, vectors "
        "74.13 / 73.58, .ftz 74.37 / 73.60; CV, this model 80.99 (80.67 79.73 82.55 80.85 81.14): plain 78.87 / "
        "73.44 (higher in 0 / 0 of 5), vectors 81.36 / 81.25 (4 / 3 of 5), .ftz 81.76 (81.14 80.86 82.47 82.21 "
        "82.15) / 81.33 (4 / 3 of 5). The .ftz mixture at w = 0.25 meets the shipping rule (+1.15 on 999 "
        "validation tweets, +0.77 in the folds, higher in 4 of 5; the vectors make fastText usable here: without "
        "them it calls nearly nothing hate). Not shipped (time; see fa-offensive's card), and the test split says "
        "it should not be as it stands: test (TweetEval hate macro F1; ECE), read after the choice: this model "
        "50.36 (24.01); mixtures at w = 0.25: plain 56.64 (14.15), vectors 49.11 (25.92), .ftz 46.72 (27.81); "
        "at w = 0.5: plain 61.43 (9.25), vectors 47.91 (28.36), .ftz 44.81 (32.04). The mixture that passes "
        "loses 3.6 points on the shifted HatEval test, and the plain ones that fail on validation and in every "
        "fold gain 6 to 11 there: for this model validation and the folds do not predict the test split (as the "
        "card's earlier entries found). "),
}


# Session 15, measured on each test split's rows whose label is explained (every row but neutral
# sentiment and harmless toxicity; terms named before and after the trained n-grams were required).
EXPLANATIONS_SEEN = {
    "en-sentiment": "On its test split the first term named changed for 968 of 5,807 explained tweets (16.7 %); 37 are left with no term.",
    "en-offensive": "On its test split the first term named changed for 15 of 160 flagged tweets (9.4 %), none left without a term; on the dragnet pages' comments, 45 of 298 flagged.",
    "en-hate": "On its test split the first term named changed for 33 of 2,400 flagged tweets (1.4 %), none left without a term.",
    "fa-sentiment": "On its test split the first term named changed for 12 of 970 explained rows (1.2 %); 2 are left with no term (2^20 columns: fewer n-grams share one).",
    "fa-offensive": "On its test split the first term named changed for none of 269 flagged rows (5 explanations lost a later term).",
}


# Session 15, `python benchmarks/identity_terms.py`: harmless templates ("I am a {}.", "My neighbour is
# a {}.", "As a {}, I agree with this article.", "The {} I met yesterday was kind.") per identity term.
IDENTITY_TERMS = {
    "en-offensive": ("Harmless sentences naming a party, religion, people, orientation or gender (20 terms, four "
                     "templates each, `python benchmarks/identity_terms.py`): none labelled toxic; mean score 0.10 "
                     "(\"conservative\") to 0.22 (\"immigrant\"), \"black\" and \"white\" 0.21, \"gay\" 0.20, "
                     "highest single sentence 0.26. The names raise the score, under the threshold."),
    "en-hate": ("The same harmless sentences (`python benchmarks/identity_terms.py`): the `hate` sub-label's mean "
                "probability is **0.60 for \"feminist\"** (\"I am a feminist.\") and 0.26 for \"woman\", 0.03–0.19 "
                "for the other 18 terms. HatEval's tweets target women and immigrants, and the model learnt the word "
                "\"feminist\" itself as a sign of hate; the sub-label is a probability beside the toxicity label, which "
                "en-offensive sets (none of these sentences is labelled toxic), but read it with this in mind."),
    "fa-offensive": ("Harmless Persian sentences naming a gender, people, religion, orientation or political camp "
                     "(18 terms, four templates each, `python benchmarks/identity_terms.py`): none labelled toxic; "
                     "mean score 0.07 (شیعه) to 0.20 (همجنسگرا), highest single sentence 0.29 (همجنسگرا)."),
}


def render_card(name: str, meta: dict, figures: dict[str, float], info: dict[str, float]) -> str:
    rows = "\n".join(f"| `{k.split('.', 1)[1]}` | {v:.2f} |" for k, v in sorted(figures.items())
                     if k.startswith(name + "."))
    raw = [(k.rsplit(".", 2)[1], v, figures.get(k.replace("_raw_text", ""), float("nan")))
           for k, v in sorted(info.items()) if k.startswith(name + ".") and k.endswith("_raw_text")]
    raw_line = ("\nWhat normalisation is worth: the same model fed the raw page text instead of the normalised "
                "text scores " + "; ".join(f"{v:.1f} macro F1 on {s} (normalised: {n:.1f})" for s, v, n in raw)
                + ".\n") if raw else ""
    latin = [(k.rsplit(".", 2)[1], v, figures.get(k.replace("_latin_text", ""), float("nan")))
             for k, v in sorted(info.items()) if k.startswith(name + ".") and k.endswith("_latin_text")]
    raw_line += "".join(f"\nFinglish ({s}: SnappFood's reviews typed in Latin letters, language marked by hand): accuracy "
                        f"{n:.1f} through the transliteration; the same model on the Latin text as typed: {v:.1f}.\n"
                        for s, v, n in latin)
    if f"{name}.armanemo.f1" in figures:
        raw_line += (f"\nSocial-media posts (armanemo: ArmanEmo's test tweets and Instagram and Digikala comments, "
                     f"HAPPY as positive, ANGRY, HATE, SAD and FEAR as negative, OTHER and SURPRISE left out; "
                     f"CC BY-NC-SA, never trained on), the labelled Persian text nearest to news comments: F1 "
                     f"{figures[f'{name}.armanemo.f1']:.1f}, accuracy {figures[f'{name}.armanemo.accuracy']:.1f} "
                     f"(SnappFood's reviews: {figures.get(f'{name}.snappfood.f1', float('nan')):.1f} / "
                     f"{figures.get(f'{name}.snappfood.accuracy', float('nan')):.1f}).\n")
    threshold = (f"- Label threshold: `toxic` when the calibrated probability is ≥ {meta['threshold']} "
                 f"(more likely than not); the cut that maximises F1 on validation is {meta.get('f1_threshold')}, "
                 "for users who prefer recall.\n" if "threshold" in meta else "")
    long_comments = f"\n## Long comments\n\n{LONG_COMMENTS[name]}\n" if name in LONG_COMMENTS else ""
    long_comments += f"\n## Identity terms\n\n{IDENTITY_TERMS[name]}\n" if name in IDENTITY_TERMS else ""
    return f"""# Model card: `{name}`

- Files: `analyzer/resources/models/{name}.npz` (idf and weights, float16; the sorted keys of the
  word n-grams trained on, uint32) and `{name}.json`
  (labels, feature settings, calibration). Plain data, loaded with `numpy.load(allow_pickle=False)`.
- Task: {"sentiment (negative / neutral / positive)" if "sentiment" in name else "toxicity (binary)"},
  language `{meta['lang']}` (Persian models also read Finglish after transliteration).
- Data: {SOURCES.get(name, "?")}.
- Data licences: {meta['licence']}. These sets carry no open licence; the model is shipped for
  research use, as the sets' authors ask. Cite the sets (see `../shared/data/*/SOURCE.md`).
- Method: normalised text (`analyzer.normalize`) → {method_line(meta)},
  C = {meta['C']} chosen from {{1, 4, 16}} on validation →
  {calibration_line(meta)}
{threshold}- Training: {meta['train_rows']} rows, validation {meta['val_rows']} rows, {meta['seconds']} s on one core
  of this machine; deterministic (hash-based splits, fixed solver seed). Rebuild:
  `analyzer train classify`.
- Explanations: the word n-grams of a comment with the largest positive weight for the predicted
  label (`terms`), among those that occur in the training rows. The word block is hashed, so an
  n-gram never trained on still lands on a column and takes the weight of the n-grams that share
  it: it counts in the score, but it is no reason ("russel" and "democrat world" were named for
  insults). The `.npz` keeps a second hash of each trained n-gram (another seed than the columns').
  {EXPLANATIONS_SEEN.get(name, "")} Function words are never named, negated or not ("not to",
  "not but", "not have" were; session 15: the first term changed for 277 of en-sentiment's 5,895
  explained test tweets, 6 of en-hate's 2,420, 1 of en-offensive's 163).

## Published figures

{PUBLISHED.get(name, "—")}.

## Tried and not shipped

{SESSION18.get(name, "")}{SESSION17.get(name, "")}{SESSION13.get(name, "")}{SESSION12.get(name, "")}{_APART}{TRIED.get(name, "—")}
{long_comments}
## Measured scores (points; `analyzer evaluate classify`)

| test set . figure | value |
| --- | --- |
{rows}
{raw_line}
Cross-set robustness (train on one set, test on another): `data/models/cross-set.md`.

Speed of features + model: about {info.get('texts_per_second_per_model', 0):.0f} texts per second per model
on one core (normalisation excluded).
"""
