"""Where to look in plain-text dumps: comment headers, clutter and markers, as data.

A new site's header shape is a one-line addition here; ``text.py`` holds the
logic that uses these lists. Patterns are matched against one stripped line.
"""

from __future__ import annotations

import re

from ..dates import DARI_MONTHS, FA_GREGORIAN_MONTHS, PERSIAN_MONTHS
from ..typography import ARABIC_FORMS

_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
           r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_PERSIAN_MONTHS = "|".join(PERSIAN_MONTHS)


def _either_yeh(name: str) -> str:
    """A month's name as a pattern that also takes the Arabic yeh ("دي", "فروردين") that pages typed on
    Arabic keyboard layouts print; ``dates.to_iso`` maps it to the Persian one before it reads a date."""
    return name.replace("ی", "[یي]")


# The months a Persian date names in DATE (a day and a four-digit year beside them): Solar Hijri ones,
# also typed with the Arabic yeh, and by their Dari names (Afghan sites); Gregorian ones by their Persian
# names ("۲۰ اوت ۲۰۲۴"). The names are ``dates``' own, which reads them all. Kept apart from
# _PERSIAN_MONTHS, which the thread-start model's features search bare.
_PERSIAN_DATE_MONTHS = "|".join(map(_either_yeh, PERSIAN_MONTHS + DARI_MONTHS))
_PERSIAN_GREGORIAN_MONTHS = "|".join(_either_yeh(name) for names in FA_GREGORIAN_MONTHS for name in names)
# "سه‌شنبه ۱۴ مرداد ۱۴۰۲", and "يكشنبه" typed with the Arabic yeh and kaf (its "يك" was read as a name)
_PERSIAN_WEEKDAYS = r"(?:[یي][کك]|دو|سه|چهار|پنج)?[\s\u200c]?شنبه|جمعه"
_D = r"[0-9۰-۹٠-٩]"
# the accounts comment systems let a reader sign in with ("Sign in with Facebook", "Sam Lee via Twitter")
_SIGN_IN_SERVICES = r"(?:facebook|twitter|google\+?|disqus|linkedin|yahoo!?|openid|wordpress(?:\.com)?)"
# before or after noon: "pm", and in Persian "ق.ظ" / "ب.ظ" or written out, "قبل از ظهر" / "بعد از ظهر"
# (WP-Parsidate's "a" and "A")
_AMPM = r"(?:[ap]\.?m\.?|[قب]\.?\s?ظ\.?|(?:قبل|بعد)[\s\u200c]?از[\s\u200c]?ظهر)"
# a clock time ("در ۱۰:۳۰" is "at 10:30" in Persian; after a bar or a dot, "Nov 7, 2012 | 3:12 PM", "· 15:12", as news
# sites and Joomla print it), and a zone after it in capitals ("EDT"; not "Rolf" in "8:11 am Rolf Kristensen") or
# as an offset ("Wed, 7 Nov 2012 15:12:05 +0000", RFC 2822's, which feeds and mail archives print);
# after a comma, also the Persian one with a space before it ("۱۶ آبان ۱۳۹۱ ، ۳:۱۰ ب.ظ", as ", 4:12 pm")
_TIME = rf"(?:(?:at|@|-|\||[·•]|,|،|(?:در\s+)?(?:ساعت|زمان)|در)?\s*{_D}{{1,2}}[:٫]{_D}{{2}}(?::{_D}{{2}})?(?:\s*{_AMPM})?(?:\s*(?:[+-]{_D}{{2}}:?{_D}{{2}}\b|(?-i:[A-Z]{{2,4}})\b))?)"
# the time before the date, joined by "on" or a dash: "10:14am on 06 Nov 2012" (the BBC), "۱۰:۳۰ - ۱۳۹۱/۰۸/۱۲" (Persian news
# sites). Not by a comma: "1:13 pm, August 9th, 2012" over an article stays its date alone, as the HTML route reads it.
_TIME_FIRST = rf"(?:(?:at\s+)?{_D}{{1,2}}[:٫]{_D}{{2}}(?:\s*{_AMPM})?\s*(?:on|[-–|])\s*)"
# a time of day alone, "10:31 AM" (a bare "52:10" is no time of day)
_CLOCK = rf"{_D}{{1,2}}[:٫]{_D}{{2}}\s*[ap]\.?m\.?"
# "5 minutes": a relative time's number and unit
_UNIT_EN = r"(?:second|minute|hour|day|week|month|year)"
_RELATIVE_EN = rf"{_D}+\s+{_UNIT_EN}s?"
# A date as comment systems show it (English month names, numeric, Persian, relative).
DATE = (
    rf"(?:{_TIME_FIRST}?(?:(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*|{_PERSIAN_WEEKDAYS})[,،]?\s+)?"
    rf"(?:{_MONTHS}\s+{_D}{{1,2}}(?:st|nd|rd|th)?,?\s+{_D}{{4}}|{_D}{{1,2}}(?:st|nd|rd|th)?\.?\s+{_MONTHS},?\s+{_D}{{4}}"
    # the year's last two digits after an apostrophe: "Nov 7 '12 at 15:12" (Stack Exchange), "7th Nov '12"
    rf"|{_MONTHS}\s+{_D}{{1,2}}(?:st|nd|rd|th)?,?\s+['’]{_D}{{2}}(?!{_D})|{_D}{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS},?\s+['’]{_D}{{2}}(?!{_D})"
    # ISO 8601 with its time and zone, as scrapers and feeds write a comment's date: "2012-11-07T15:12:05Z"
    rf"|{_D}{{4}}-{_D}{{2}}-{_D}{{2}}T{_D}{{2}}:{_D}{{2}}(?::{_D}{{2}}(?:\.{_D}+)?)?(?:Z|[+-]{_D}{{2}}:?{_D}{{2}})?"
    rf"|{_D}{{4}}[-/.]{_D}{{1,2}}[-/.]{_D}{{1,2}}|{_D}{{1,2}}[-/.]{_D}{{1,2}}[-/.]{_D}{{2,4}}"
    rf"|{_D}{{1,2}}-{_MONTHS}-{_D}{{2,4}}"  # "7-Nov-2012", "07-Nov-12", as forums and news sites' comments print it
    rf"|{_D}{{1,2}}(?:ام)?\s+(?:{_PERSIAN_DATE_MONTHS})[,،]?\s+(?:{_D}{{4}}|{_D}{{2}}(?!{_D}|[:٫]))"  # "۱۶ آبان ۹۱": a two-digit year
    # month first, as WP-Parsidate prints WordPress's default "F j, Y": "اسفند ۱۴, ۱۴۰۲", "اسفند ۱۴ام، ۱۴۰۲"
    rf"|(?:{_PERSIAN_DATE_MONTHS})\s+{_D}{{1,2}}(?:ام)?[,،]?\s+{_D}{{4}}"
    rf"|{_D}{{1,2}}\s+(?:{_PERSIAN_GREGORIAN_MONTHS})\u0654?[,،]?\s+(?:1[89]|20|[۱١][۸۹٨٩]|[۲٢][۰٠]){_D}{{2}}"
    # "7 Aug 12 at 11:21 pm" (two-digit year), "November 12th" (no year, ordinal)
    rf"|{_D}{{1,2}}\s+{_MONTHS}\s+{_D}{{2}}(?!{_D})|{_MONTHS}\s+{_D}{{1,2}}(?:st|nd|rd|th)(?![\w,])"
    # "Wed Nov 07 15:12:05 2012": C's ctime, the year after the time (NPR's comments)
    rf"|{_MONTHS}\s+{_D}{{1,2}}\s+{_D}{{2}}:{_D}{{2}}(?::{_D}{{2}})?\s+{_D}{{4}}(?!{_D})"
    # "Thursday, November 1 at 2:57 pm": no year, but a time
    rf"|{_MONTHS}\s+{_D}{{1,2}}(?=,?\s*(?:at|@)?\s*{_D}{{1,2}}:{_D}{{2}})"
    # "Yesterday at 4:12 pm", "Today at 10:05", "دیروز ساعت ۱۰:۳۰", "امروز، ۱۰:۳۰": a day's word, only with its time
    # (``dates.to_iso`` reads them by the page's date)
    rf"|(?:today|yesterday|امروز|دیروز)(?=[,،]?\s*{_TIME}))"
    rf"[,،]?\s*{_TIME}?"  # the Persian comma too: "۱۴ مرداد ۱۴۰۲، ساعت ۱۰:۳۰"
    # "… 12:45 pm (UTC -4)", "… 12:37 pm #4337": a zone or a comment number after the time
    rf"(?:\s*\((?:UTC|GMT)[^)]{{0,8}}\))?(?:\s+#{_D}+)?"
    # a relative time, also rounded ("about 4 hours ago") and in two units ("about 2 hours, 39 minutes
    # ago", as Twitter's widgets print it): read as a name, "about" headed a tweet or a forum post
    rf"|(?:(?:about|over|almost)\s+)?{_RELATIVE_EN}(?:,?\s+(?:and\s+)?{_RELATIVE_EN})?\s+ago(?:\s*\([^)]*\))?"
    # Persian relative times as moment's and dayjs's fa locales print them: "۳ روز پیش" / "۳ روز قبل", one
    # unit in a word ("یک روز پیش"), and "چند ثانیه قبل" ("a few seconds ago"); rounded, "حدود ۲ ساعت پیش"
    rf"|(?:حدود\s+)?(?:{_D}+|یک|چند)\s+(?:ثانیه|دقیقه|ساعت|روز|هفته|ماه|سال)(?:\s+و\s+{_D}+\s+(?:ثانیه|دقیقه|ساعت|روز|هفته|ماه))?"
    rf"\s+(?:پیش|قبل)"
    # "لحظاتی پیش", "چند لحظه قبل" ("moments ago"), as Persian news sites date a comment just sent. Persian
    # only: an English relative time alone on a line dates a page's lists of stories too (``_AGO_SPELT``)
    rf"|(?:لحظاتی|چند\s+لحظه)\s+(?:پیش|قبل))"
    # a comment edited since, as Facebook and Disqus mark it after the date: "2 hours ago · Edited",
    # "November 7, 2012 at 3:12 pm (edited)", "(ویرایش شده)" (the mark was read as the commenter's name)
    rf"(?:\s*[·•|]?\s*\(?(?:edited|ویرایش[\s\u200c]?شده)\)?)?"
)

# A relative time spelt with one unit ("an hour ago", Disqus's "a year ago"; "a few seconds ago",
# moment's English locale), read only beside a name on the header's own line ("Maya • a year ago"):
# alone on a line it is what a page's lists of other stories show ("a week ago" under a story's
# title; two fit pages' dumps were given comments by them). So are units shortened as comment systems
# print them ("Sam Lee · 2 hrs ago", "5 mins ago", "3d ago", "2h ago"; read by ``dates.to_iso``): on
# a line of their own they also date a page's lists of stories (three more fit pages' whole-page
# dumps were given comments when they were read there).
_AGO_SPELT = (rf"(?:(?:an?|one)\s+{_UNIT_EN}|a\s+few\s+seconds"
              rf"|{_D}+\s*(?:(?:hrs?|mins?|secs?|wks?|yrs?|mos?)\.?|[smhdwy])(?!\w))\s+ago")
NAMED_DATE = rf"(?:{DATE}|{_AGO_SPELT})"
# A date anywhere in a text, as the rules, the model's features and the HTML route look for one.
DATE_ANY = re.compile(DATE, re.I)

# the full stop of an initial in a name ("Sara K.", "J. Doe"), or of a title before it ("Dr. Joan
# McGettigan", "Mrs. Lee"), not a sentence's ("St." is left out: "St. Louis" opens datelines)
_INITIAL = r"(?:(?<=\b[A-Za-z])|(?<=\b(?:Dr|Mr|Ms))|(?<=\bMrs))\."
# the dot of a blog's address in a commenter's name: "Kiran @ KiranTarun.com October 29, 2012 at 12:57 am",
# "Caroline@inner-outerbeauty.com", "Pinksmack.com" (food and craft blogs sign their comments so)
_DOMAIN_DOT = r"\.(?=(?:com|net|org|info|blogspot|wordpress|typepad|blogfa|persianblog|blogsky|mihanblog|co|ir|uk|ca|au|de)\b)"

# the reply link a whole page's text prints after a comment header's date: "Tom Trinchera | November 12,
# 2012 9:57 AM | Reply" (Movable Type), "| پاسخ". Only a reply link: "| Permalink" ends posts' footers too
# ("Posted by NAME on DATE | Permalink", TypePad's).
_LINK_AFTER = r"(?:\s*\|\s*(?:reply|پاسخ)\s*\|?)?"  # after a bar only
# a comment's links after its date alone, as WordPress themes print them under the name ("November 7, 2012
# at 3:15 pm | Permalink | Reply", "| پیوند ثابت | پاسخ"): a date line still (date-name took "Permalink |
# Reply" for a name). One of them must be a comment's own (reply, report, quote): "DATE | Permalink" alone
# ends TypePad's post footer, which read as a comment's date lost R910's whole-page thread.
_LINK_WORD = r"(?:permalink|reply|report|quote|link|پیوند(?:\s+ثابت)?|پاسخ|گزارش)"
_COMMENT_LINK = r"(?:reply|report|quote|پاسخ|گزارش)"
_LINKS_AFTER = rf"(?:(?:\s*\|\s*{_LINK_WORD})*\s*\|\s*{_COMMENT_LINK}(?:\s*\|\s*{_LINK_WORD})*\s*\|?)?"

# a WordPress pingback's first part: the linking post's title (three words or more, so "Sarah Jones |
# Chicago says:" stays a name and a place) and the separator before its blog's name
_PINGBACK_TITLE = r"(?P<title>(?=(?:\S+\s+){2}\S).{20,120}?)\s+[|«»–—]\s+"

# The marks that end a sentence, Persian's question mark with the Latin ones; a question or an exclamation
FULL_STOPS = (".", "!", "?", "؟")
SENTENCE_ENDS = (*FULL_STOPS, "…")
QUESTION_OR_BANG = ("?", "!", "؟")

# (name, pattern): each names `author` and/or `posted`; order matters, first match wins.
HEADERS: list[tuple[str, re.Pattern[str]]] = [
    # WordPress: "Pingback: Port news roundup | The Harbour Blog", a whole comment on one line
    ("pingback", re.compile(r"^(?:pingback|trackback)\s*:\s*\S.*$", re.I)),
    # "by NAME on DATE"; phpBB prints "by NAME » DATE" (after its post icon, "Post" in a text dump)
    ("by-on", re.compile(rf"^(?:post\s+)?by\s+(?P<author>.{{1,80}}?)(?P<unverified>\s*\(not verified\))?\s+(?:on|»(?=\s+{DATE}$))(?:\s+(?P<posted>.+))?$", re.I)),
    # A comment's number beside its writer: "Comment #1 by NAME", "Reply #2 by NAME on DATE" (WordPress
    # themes and forums). English only: Persian themes print "NAME می‌گوید:" or "توسط NAME" ("fa-by").
    ("numbered-by", re.compile(rf"^(?:comment|reply)\s*#\s*\d{{1,5}}\s+by\s+(?P<author>[^\d\s]\S*(?:\s+\S+){{0,4}}?)"
                               rf"(?:\s*(?:[—–|,-]|\bon\b)\s*(?P<posted>{DATE}))?$", re.I)),
    # Slashdot: "by garaged (579941)", the user id in brackets (with " on DATE" it is "by-on")
    ("by-uid", re.compile(r"^by\s+(?P<author>\S.{0,60}?)\s+\(\d+\)(?:\s+\*)?$", re.I)),
    # TypePad-style footers: "Posted by: NAME | November 01, 2012 at 03:22 PM" (after the text)
    ("posted-by-footer", re.compile(rf"^Posted\s+by:\s+(?P<author>.{{1,60}}?)\s*(?:\||\bat\b|\bon\b)?\s*(?P<posted>{DATE})\s*\|?$", re.I)),
    # Squarespace footers: "July 31, 2012 | Unregistered CommenterPW" (the role glued to the name)
    ("commenter-footer", re.compile(rf"^(?P<posted>{DATE})\s*\|\s*(?:un)?(?:registered\s+)?commenter\s*(?P<author>\S.{{0,60}}?)$", re.I)),
    # Facebook's comment plugin: "Like · Reply · 2 · 3y" under the text, the name over it; in 2012 it
    # printed the date in full: "Reply · Like · Follow Post · November 7, 2012 at 3:15pm"
    # (its Persian face: "پاسخ · پسندیدن · دنبال کردن پست · DATE", "reply · like · follow post")
    ("like-reply-footer", re.compile(r"^(?:like|unlike|reply|پسندیدن|پاسخ)(?:\s*·\s*(?:like|unlike|reply|follow\s+post|\d{1,5}|edited"
                                     r"|پسندیدن|پاسخ|دنبال[\s\u200c]کردن[\s\u200c]پست))*\s*·\s*"  # (\d: Persian digits too)
                                     rf"(?P<posted>\d{{1,3}}\s*(?:[smhdwy]|mins?|hrs?|wks?|yrs?)|{DATE})$", re.I)),
    # Blogger footers: "Joe : 11:58 AM" (a name and a clock time, after the text)
    ("name-colon-time", re.compile(rf"^(?P<author>[^\d\s:][^:]{{0,40}}?)\s+:\s+(?P<posted>{_D}{{1,2}}:{_D}{{2}}\s*[ap]\.?m\.?)$", re.I)),
    # SMF forums: "« Reply #1 on: November 06, 2012, 09:14:22 AM »" under the reply's "Re: TITLE" (the topic's own post has no "Reply #")
    ("smf-reply", re.compile(rf"^«?\s*Reply\s+#\d+\s+on:\s+(?P<posted>{DATE})\s*»?$", re.I)),
    # Slashdot: a comment's title and its score, "iSore? (1, Insightful)", "Wow (2)"
    ("title-score", re.compile(r"^(?P<title>\S.{0,80}?)\s+\((?:Score:)?-?[0-5](?:,\s*(?:Insightful|Interesting|Informative|"
                               r"Funny|Troll|Flamebait|Off-?topic|Redundant|Overrated|Underrated|Touch[eé]|Disagree|Normal))?\)$", re.I)),
    ("unverified", re.compile(r"^(?P<author>[^.!?]{1,60}?|.{1,40}?)\s*\(not verified\)$", re.I)),
    # "نوشته شده توسط NAME در DATE" ("written by NAME on DATE"); phpBB's "پست توسط NAME » DATE"
    ("fa-by", re.compile(r"^(?:نوشته شده |پست )?توسط\s*:?\s*(?P<author>.{1,60}?)(?:\s+(?:در|،|»)\s*(?:تاریخ\s*:?\s*)?(?P<posted>.+))?$")),  # "در تاریخ DATE": "on the date"
    # Persian news sites: "ارسال شده در ۱۴۰۲/۰۵/۱۴ ساعت ۱۰:۳۰" ("posted on"), the name on the line above;
    # "ارسال: DATE" ("sent:") and "ارسال توسط NAME در DATE" ("sent by NAME on") too
    ("fa-posted", re.compile(rf"^ارسال(?:[\s\u200c]?شده)?(?:\s+توسط\s+(?P<author>.{{1,60}}?))?\s*(?:در|:)\s*(?P<posted>{DATE})$")),
    # "علی در ۱۴۰۱/۰۵/۱۲ ساعت ۱۰:۲۰ نوشت:" ("Ali on DATE at TIME wrote:"), WordPress's Persian header;
    # also "علی در تاریخ DATE گفته:" ("has said", with its colon: "گفته" ends Persian sentences too)
    ("fa-name-on-date-said", re.compile(rf"^(?P<author>[^\d\s].{{0,60}}?)\s+در\s+(?:تاریخ\s*:?\s*)?(?P<posted>{DATE})\s*،?\s+"
                                        r"(?:(?:می[\u200c ]?گوید|گفت|نوشت|نوشته)\s*:?|(?:گفته|نوشته)\s+است\s*:|گفته\s*:)$")),
    # a WordPress pingback in Persian: "TITLE « BLOG می‌گوید:" (as the English one below)
    ("fa-says", re.compile(rf"^{_PINGBACK_TITLE}(?P<author>[^|«»–—]{{1,40}}?)\s+(?:می[\u200c ]?گوید|گفته)\s*:$")),
    # "علی می‌گوید:", "علی گفت:"; WordPress's Persian themes also write "علی گفته:" and "علی نوشته:"
    # ("has said", "has written"), which end Persian sentences too: those only with their colon.
    ("fa-says", re.compile(r"^(?P<author>.{1,40}?)\s+(?:(?:می[\u200c ]?گوید|گفت|نوشت)\s*:?|(?:(?:گفته|نوشته)(?:\s+است)?|می[\u200c ]?نویسد)\s*:)$")),
    # Blogger: "On November 7, 2012 at 3:15 pm, NAME said..."; its classic template: "At 3:15 PM, NAME said..."
    ("on-date-said", re.compile(rf"^(?:\d{{1,4}}\.\s+)?(?:on\s+|at\s+)?(?P<posted>{DATE}|{_CLOCK}),?\s+(?P<author>.{{1,60}}?)\s+(?:said|wrote|says)\s*(?:\.\.\.|…|:|,)?$", re.I)),
    # WordPress: "Jen on September 10, 2012 at 9:09 am said:" (the name first, then the date)
    ("name-on-date-said", re.compile(rf"^(?:[+]\s*)?(?P<author>[^\d\s].{{0,60}}?)\s+on\s+(?P<posted>{DATE}),?\s+(?:said|wrote|says)\s*(?:\.\.\.|…|:|,)?$", re.I)),
    # "Kian Tehrani wrote on 4 November 2012, 09:10:" (the verb between the name and the date)
    ("name-said-on-date", re.compile(rf"^(?P<author>[^\d\s](?:[^.!?]|{_INITIAL}){{0,60}}?)\s+(?:said|wrote|says|commented)\s+"
                                     rf"(?:on\s+)?(?P<posted>{DATE})\s*:?$", re.I)),
    # Blogger: "NAME said..." over the text (its date comes after the text)
    ("said-ellipsis", re.compile(r"^(?P<author>\S{1,30}(?:\s+\S{1,30}){0,3}?)\s+said(?:\.\.\.|…)$", re.I)),
    # a WordPress pingback: the linking post's title, a separator, its blog's name and "says:" ("Day 1:
    # Double your output (while working fewer hours) | The Last Light says:"); past a name's length the
    # line was no header, and the pingback joined the comment above
    ("says", re.compile(rf"^{_PINGBACK_TITLE}(?P<author>[^|«»–—]{{1,60}}?)\s+says\s*:$", re.I)),
    ("says", re.compile(r"^(?P<author>.{1,60}?)\s+(?:says|said|wrote|writes)\s*(?:\.\.\.|…|:|,)?$", re.I)),
    ("by-date", re.compile(rf"^(?:written|posted|submitted|comment)\s+by\s+(?P<author>.{{1,60}}?),?\s+(?:(?:on|at)\s+)?(?P<posted>{DATE})$", re.I)),
    ("date-by", re.compile(rf"^(?:posted\s+)?(?:on|at)\s+(?P<posted>{DATE}|{_CLOCK})\s+by\s+(?P<author>.{{1,60}})$", re.I)),
    ("on-date-name", re.compile(rf"^on\s+(?P<posted>{DATE})\s+(?!(?:{_TIME}|{_AMPM})$)(?P<author>[^\s].{{0,40}})$", re.I)),
    ("name-dash-date", re.compile(rf"^(?!{_TIME_FIRST}(?:{DATE})$)(?P<author>[^—–|]{{1,60}}?)\s+[—–|-]\s+(?:on\s+)?(?P<posted>{NAMED_DATE})$", re.I)),
    # "Posted by NAME on DATE", "Posted by NAME at 10:31 AM" (a time alone, as a page of today's comments shows);
    # "Posted: DATE" under the name (forums; "Posted" was read as the name and the name as the title)
    ("posted", re.compile(rf"^Posted(?:\s*:\s*|\s+(?:by\s+(?P<author>.{{1,60}}?)\s+)?(?:on\s+|at\s+)?)(?P<posted>{DATE}|{_CLOCK})$", re.I)),
    # "Jamie Wayne, on November 7th, 2012   @jamieguijarro"; a browser's text of the same header puts its
    # link's separator and label before the handle: "… 2012 // Twitter: @jamieguijarro", "… 2012 //"
    ("name-comma-on-date", re.compile(rf"^(?P<author>[^,\d][^,]{{0,40}}),\s+on\s+(?P<posted>{DATE})"
                                      r"(?:\s+(?://\s*)?(?:twitter:\s*)?@\w+|\s+//)?$", re.I)),
    # a date alone, or after "on" / "در" as a line of its own under "NAME says:" ("on October 27, 2012 at
    # 3:19 am"): no name there ("on" was read as one, and on-date-name took "am" for the name); or after
    # the comment's number ("#1 Nov 7, 2012" under the name, as Topix prints it: the number was read as
    # the name). "10." is not taken for a number: "10. Jul, 2012" is a date.
    ("date", re.compile(rf"^(?:on\s+|در\s+|#\s*\d{{1,4}}\s+)?(?P<posted>{DATE}){_LINKS_AFTER}$", re.I)),
    # "xdwyer 5 pts", "Montemalone 44 pts": a name and its score (Yahoo-style threads)
    ("name-points", re.compile(r"^(?P<author>[^\d\s][^\s]{0,30}(?:\s[^\d\s]\S{0,20}){0,2})\s+-?\d{1,5}\s+(?:pts|points)$", re.I)),
    # Disqus: the commenter's site, then the name ("http://rickyleepotts.com/ rickyleepotts")
    ("url-name", re.compile(r"^https?://\S+\s+(?P<author>[^\s\[(<][^\[\]()<>.!?]{0,40})$", re.I)),
    # Movable Type's reply: "Kyle Parker replied to comment from adam mcconnaughey | November 9, 2012 2:48 PM |",
    # "علی در پاسخ به مریم | DATE |": the writer, whom they answer, the date (name-date read it all as the name)
    ("replied-to", re.compile(rf"^(?P<author>[^|]{{1,60}}?)\s+(?:replied\s+to\s+(?:comment|post)\s+from|در\s+پاسخ\s+به)\s+"
                              rf"(?P<reply_to>[^|]{{1,60}}?)\s*\|\s*(?P<posted>{DATE})\s*\|?{_LINK_AFTER}$", re.I)),
    # "Tami November 7, 2012", "2 Dawn Camp November 7, ...", "Perry Harris10/2/12 2:05 PM", "x  •  15 minutes ago",
    # "SeaDog71 · 12 points · 5 hours ago" (Reddit: the score between the name and the date)
    ("name-date", re.compile(rf"^(?:\d{{1,3}}\s+)?(?P<author>[^\d\s](?:[^.!?]|{_INITIAL}|{_DOMAIN_DOT}){{0,40}}?)(?:\s+https?://\S+)?(?:\s*[|•·]?\s*-?\d{{1,6}}\s+(?:points?|pts))?\s*(?:[|•·]\s*)?(?:on\s+)?(?P<posted>{NAMED_DATE})\s*\|?{_LINK_AFTER}$", re.I)),
    # "October 26, 2012 José", "October 11, 2012  The New Diplomat's Wife" (date first, then the name)
    ("date-name", re.compile(rf"^(?P<posted>{DATE})\s+(?:[|•·—–-]\s*)?(?P<author>[^\d\s][^.!?]{{0,40}})$", re.I)),
]

MAX_HEADER_CHARS = 160  # a longer line is text, whatever it starts with


def match_header(line: str) -> tuple[str, re.Match[str]] | None:
    """The first of ``HEADERS`` that matches a stripped line, with its match; both the rules
    (``text.py``) and the boundary model's features (``boundary.py``) read headers this way."""
    if not line or len(line) > MAX_HEADER_CHARS:
        return None
    for name, pattern in HEADERS:
        # A name before a date that holds a date is a date and its relative time ("Posted on Nov 06
        # 2012 3:15 pm - 42 min ago"), not a commenter over the time of the comment.
        m = pattern.match(line)
        if m and not (name in SAYING and m.group("author").strip(" ,:").lower() in PRONOUNS) \
                and not (name in NAME_DATE_TIMED and DATE_ANY.search(m.group("author"))):
            return name, m
    return None


# "He said:", "I wrote:", "او گفت:" open a quotation inside a comment, not a commenter's header.
PRONOUNS = frozenset("i you he she we they it someone everyone من تو او ما شما آنها ایشان".split())
SAYING = frozenset({"says", "said-ellipsis", "fa-says"})  # headers that are a name and a verb of saying alone


# A Slashdot comment title's moderation: "(1, Insightful)", "(Score:2)", "(Score:-1, Troll)". A bare
# "(2)" closes a list's entry or a title as often ("Wow (2)"): only a label makes one alone a comment's.
MODERATION = re.compile(r"\((?:Score:-?[0-5]|-?[0-5],\s*[A-Za-z-]+)(?:,\s*[A-Za-z-]+)?\)$", re.I)
YEAR = re.compile(r"(?:1[89]|20)\d\d")  # a four-digit year in brackets: a work's date, not a user id

# Headers this weak make a thread only when at least this many of them agree.
MIN_HEADERS = {"smf-reply": 1, "replied-to": 1, "numbered-by": 1, "title-score": 6, "pingback": 1, "commenter-footer": 1, "name-colon-time": 2, "by-on": 1, "unverified": 1, "on-date-said": 1, "name-on-date-said": 1, "name-said-on-date": 2, "says": 2, "by-date": 2, "date-by": 2,
               "on-date-name": 2, "name-dash-date": 2, "posted": 2, "date": 3, "name-date": 2,
               "fa-by": 1, "fa-posted": 2, "fa-name-on-date-said": 2, "fa-says": 2, "posted-by-footer": 1, "like-reply-footer": 2, "name-comma-on-date": 2, "said-ellipsis": 1,
               "date-name": 2, "name-points": 2, "url-name": 2,
               "by-uid": 2}

# A name over a date and time on one line counts alone past a page's opening lines (bylines
# with a time sit among the first lines): "Lisa November 7, 2012 at 4:42 PM".
NAME_DATE_TIMED = {"name-date", "name-dash-date"}
CLOCK = re.compile(rf"{_D}{{1,2}}[:٫]{_D}{{2}}")
# A time of day alone on a line ("10:05 AM", "۱۰:۳۰ ب.ظ"): Blogger's date of a comment made today.
CLOCK_LINE = re.compile(rf"^{_D}{{1,2}}[:٫]{_D}{{2}}\s*{_AMPM}$", re.I)
AGO = re.compile(r"\bago$|پیش$", re.I)

# Words that open an article's dateline, not a commenter's name ("Updated July 23, 2012").
DATELINE_WORDS = frozenset("updated update published posted originally last tracked filed tweet by".split()
                           # and a caption's or credit's label ("Photo: Sara Amini, November 5, 2012 at 6:10 am")
                           + "photo photos image picture video credit credits source via caption عکس منبع".split()
                           + ["ارسال"])  # Persian "posted" ("ارسال شده در DATE"): no name of a commenter

# An entry of a sidebar's counted list: an archive's month, a category or a tag with its count
# ("September 2008 (7)", "Boats (3)", "آبان ۱۴۰۲ (۱۲)"); a run of them is no thread (``text._header_lists``).
COUNTED_ENTRY = re.compile(r"^\S.{0,60}?\s*\([0-9۰-۹]{1,5}\)$")

# A line that only counts or heads comments ("0", "Comments:", "3 comments", "No Comments", "۲ دیدگاه"):
# a post footer's, where a whole page's dump lists posts ("Posted by NAME on DATE" over "0" over
# "Comments:"); a "comment" of such lines alone is no comment (``text._a_count_alone``).
COUNT_LINE = re.compile(r"^(?:[0-9۰-۹]{1,5}|no|one|بدون)?\s*(?:comments?|responses?|replies|نظر|نظرات|دیدگاه)?\s*:?$", re.I)

# Lines of a page's furniture that stand over a post's date line and are no one's name (``text._author_above``):
# a post's navigation ("Next Post", "« Older Entries", "مطلب بعدی"; TypePad's "« PREVIOUS TITLE | Main | NEXT
# TITLE »", its titles in the arrows that no name holds), and a row of share and feed links
# ("RSS|Email|Twitter", "Tumblr|Facebook": every word of it ``SHARE_WORDS``; a commenter's "Maureen |
# Orgasmic Chef" is a name and a blog's). A date's label alone ("Release Date", "تاریخ انتشار") is
# ``DATE_LABEL_WORDS``'.
PAGE_LABEL = re.compile(r"[«‹<]?\s*(?:next|previous|prev|older|newer)\s+(?:posts?|entry|entries|articles?|story|stories)\s*[»›>]?"
                        r"|(?:مطلب|نوشته|خبر)\s+(?:بعدی|قبلی)"
                        r"|[«‹].*\|\s*main\b.*|.*\bmain\s*\|.*[»›]", re.I)
SHARE_WORDS = frozenset("rss atom feed email e-mail mail print share tweet twitter facebook tumblr pinterest linkedin "
                        "reddit digg stumbleupon delicious google+ youtube instagram flickr subscribe "
                        "خوراک ایمیل چاپ اشتراک فیسبوک توییتر تلگرام".split())
SHARE_SPLIT = re.compile(r"[\s|•·/,]+")
# A post's share link, not a comment's ("Share ›", "Share this comment"): "Share This Post", "Share
# this page", "این مطلب را به اشتراک بگذارید" ("share this post").
SHARE_THIS_POST = re.compile(r"^share\s+this\s+(?:post|page|article|story|entry)\b|^این\s+(?:مطلب|خبر|پست)\s+را\s+به\s+اشتراک\s+بگذارید", re.I)

# Words of a date's label before a colon ("Page Last Updated: 11/06/2012", "Review Date: 9/04/12",
# "For Immediate Release: Nov. 6, 2012", "Correction: July 24, 2012", "تاریخ انتشار: ۱۴۰۲/۰۵/۱۴"):
# a page's or a product's date, no commenter's. Not "posted" or "by": "Posted by: NAME DATE" is
# TypePad's comment footer.
DATE_LABEL_WORDS = frozenset("date release correction modified revised updated update published last "
                             "تاریخ انتشار بروزرسانی به‌روزرسانی".split())
DATE_LABEL = re.compile(r"^(?P<label>[^\W\d][^:\d]{0,40}):\s")

# "NAME says:", "NAME wrote:" closing a header line, or "NAME said..." (Blogger). Only "says"
# (present tense, as comment systems print it) heads a comment alone: news quotes open with
# "NAME said:" (one whose comment a date line closes does: ``text._shape_trailing_dates``).
SHAPE_SAYS = re.compile(r"\b(?P<verb>says|said|wrote|writes|می‌گوید|میگوید)\s*(?:[:,]|\.\.\.|…)?$", re.I)
SHAPE_VERBS = {"said": "said", "wrote": "wrote", "writes": "wrote"}  # any other verb reads "says"

# ``text.header_shape``: a header read by its shape, not its wording. A date or time anywhere,
# the words that link a name to it, and the separators between them.
SHAPE_DATE = re.compile(rf"{DATE}|(?:at\s+)?{_D}{{1,2}}[:٫]{_D}{{2}}\s*[ap]\.?m\.?", re.I)  # a bare "52:10" is no time of day
# Drupal's mark beside a guest's name ("Jeff Moore (not verified)"; Persian Drupal's "(تایید نشده)"):
# no part of the name, read by ``text.header_shape`` as the "unverified" pattern reads it.
SHAPE_UNVERIFIED = re.compile(r"\s*\((?:not verified|ت[اأ]یید نشده)\)$", re.I)
SHAPE_NAME_WORD = re.compile(r"^@?[^\W\d_][\w.'’@-]*$")  # "Sara", "K.", "@jamie", "h4rm0ny"; not "Next?"
# A number of four digits or more beside a name is a user's or a comment's id, not part of the name
# (Slashdot's "by garaged (579941)", Drupal's "13:04 | 2691543 malikai", "(#40743959)").
SHAPE_ID = re.compile(r"^[0-9۰-۹]{4,}$")
# "<name@mail.com>" beside a name too; a slash between spaces ("DATE / NAME says:"), not in a link
SHAPE_SPLIT = re.compile(r"(?:(?<!\S)/(?=\s)|[\s|•·,:;()\[\]<>—–#-])+")
# Words that link a header's name and date, no part of a name ("Comment by NAME — DATE @ TIME": Kubrick's comments)
SHAPE_GLUE = frozenset("at on by in said says wrote writes posted submitted comment reply report permalink link quote like flag edit "
                       "parent next prev context hide favorite "  # Hacker News: "jdoe 3 hours ago | parent | next [–]"
                       "am pm a.m. p.m. utc gmt et pt edt est pdt pst cdt cst bst cet "
                       "در ساعت توسط پاسخ گزارش می‌گوید میگوید".split())

# Header kinds of a date line alone, the commenter's name on the line above: a bare date, "Posted
# November 3, 2012 at 4:12 pm", "ارسال شده در ۱۴۰۲/۰۵/۱۲" ("posted on"). With that name they are
# one header of a name and a date, which counts alone past a page's opening lines.
NAME_ABOVE = {"date", "posted", "fa-posted"}

# Marks that open a quotation ("“Every quay will be open”", "«همه اسکله‌ها باز می‌شوند»").
QUOTE_MARKS = ('"', "“", "„", "«", "‘")

# Header kinds whose comment's date comes below its text ("NAME said..." … "October 9, 2012 3:04 PM").
DATE_BELOW = {"said-ellipsis", "says"}

# Header kinds that are a whole comment: the line is its text; it names no author (a heading
# above it is no name) and no text or title lines belong to it.
SELF_CONTAINED = {"pingback"}

# Header kinds that are the comment's title line: the line above is the previous comment's
# text, not this one's author.
TITLED = {"title-score"}

# Header kinds that close their comment (the text is above them), as TypePad prints them.
FOOTERS = {"posted-by-footer", "commenter-footer", "name-colon-time", "like-reply-footer"}

# Footer kinds whose comment names its author on its own first line, above the text.
NAME_ON_TOP = {"like-reply-footer"}

# Words that comments use more than articles: first and second person, thanks, praise (a feature of the
# boundary model, and what ``text._lone_dated_comment`` wants of a lone comment's text). The Persian
# ones as whole words ("من", "I", was found inside "منطقه", "region", and "انجمن"): I, you, thanks,
# great, the post, I agree / disagree, please.
CHATTY = re.compile(r"\b(?:i|i'm|i’m|my|me|you|your|thanks?|thank|great|love|lol|agree|post|article|"
                    r"nice|awesome|wow)\b|(?<![\w\u200c])(?:من|شما|ممنون|مرسی|سپاس|متشکرم?|تشکر|عالی|مطلب|"
                    r"موافقم|مخالفم|لطفا|لطفاً)(?![\w\u200c])", re.I)

# How a reader's comment opens and an article's paragraph does not: a greeting to the author ("Hi
# David -", "Hey,", "Dear Mr. Reynolds,", "سلام"), or a word on the post itself ("Great post.",
# "Thanks for sharing", "Loved it", "This is certainly my most favourite entry ever!", "عالی بود").
# Not an article's sign-off ("Thanks for reading!", "Thanks to NAME for the photos", "Thanks,").
# ``text._opener_above`` finds a footer thread's first comment by it.
COMMENT_OPENER = re.compile(
    r"^(?:(?:hi|hello|hey|dear|howdy)\b(?!\s+(?:to|from|of|and)\b)"
    r"|(?:great|nice|excellent|awesome|wonderful|fantastic|interesting|brilliant|lovely|superb|terrific|good)\s+"
    r"(?:post|article|piece|read|write-?up|blog|job|work|stuff|points?|idea|story|entry|interview|summary|advice|tips?)\b"
    r"|thanks?(?:\s+you)?(?:\s+(?:so|very)\s+much)?\s+for\s+(?:this|the|that|sharing|posting|writing)\b"
    r"|(?:love|loved|enjoyed)\s+(?:this|it|the|your)\b|well said|well written|i (?:totally |completely )?agree\b|wow\b"
    r"|this is (?:\w+ ){0,3}(?:best|favou?rite|great|excellent|awesome|wonderful|brilliant)\b"
    r"|(?:با\s+)?سلام|درود|ممنون|مرسی|متشکرم|سپاس|عالی\s+بود|دست\S*\s+درد\s+نکن)", re.I)

# "posted" opening a comment's header line with its date, time and name ("posted on DATE at TIME by
# NAME", "ارسال شده در DATE ساعت TIME توسط NAME"): read by ``text.header_shape`` as a "by" shape.
POSTED_BY = re.compile(r"^(?:posted|ارسال[\s\u200c]?شده)(?=[\s,:])", re.I)

# A comment count inside a line ("November 12, 2012 JLister Apple 0 Comments", "۲۴۱ نظر و ۱۶ پاسخ"): a
# post's meta line, no comment's header. Not "پاسخ" ("reply") after a number: a Persian comment's
# header ends in its reply link after the year ("سارا ۱۵ آبان ۱۳۹۱ پاسخ").
COMMENT_COUNT = re.compile(r"\b\d+\s+(?:comments?|responses?|replies)\b"
                           r"|(?<![\w\u200c])[0-9۰-۹]+\s+(?:نظر|دیدگاه)(?![\w\u200c])", re.I)

# A post's own count of its comments beside its byline ("November 10, 2012 By NAME 1 Comment",
# "Written by NAME - One Comment", "Comments (2)", "۲ دیدگاه", "بدون نظر": "no comment"), read by
# ``text._declared_comments`` among a page's opening lines. Number words up to five: longer threads
# are counted in digits.
DECLARED_COUNT = re.compile(
    r"(?:^|(?<=[\s·•|,(–—-]))(?P<n>[0-9۰-۹]{1,5}|no|one|two|three|four|five|یک|دو|سه|چهار|پنج|بدون)\s+"
    r"(?:comments?|responses?|replies|thoughts?|نظر|دیدگاه|پاسخ)(?![\w\u200c])"
    r"|(?:^|(?<=\s))(?:comments?|نظرات)\s*[(\[]\s*(?P<m>[0-9۰-۹]{1,5})\s*[)\]]", re.I)  # "Comments [10]" too
NUMBER_WORDS = {"no": 0, "بدون": 0, "one": 1, "یک": 1, "two": 2, "دو": 2, "three": 3, "سه": 3, "four": 4, "چهار": 4,
                "five": 5, "پنج": 5}

# A vote count on a line of its own ("12", "-3", "(4)", "۱۲"), as dumps write likes and dislikes; or
# both on one line ("12 3", "۱۲ ۳"), as a news site's two buttons come out when a dump joins their spans.
_VOTES = r"\(?[+\-−]?[0-9۰-۹٠-٩]{1,6}\)?"
BARE_COUNT = re.compile(rf"^{_VOTES}(?:\s+{_VOTES})?$")

# Lines that are comment chrome, never comment text.
_CHROME_WORD = (r"(?:reply(?: to this comment)?|log in to reply|report(?: abuse| (?:this )?comment)?|quote|permalink|"
                r"link to this comment:?|like(?:\s*\(\d+\))?|rate this:?|(?:vote|thumbs)\s+(?:up|down)|recommend|"
                r"share(?: on \w+)?|flag(?: as inappropriate)?|edit|delete|↩|پاسخ|پاسخ دادن|پسندیدن|گزارش(?: تخلف)?|"
    r"log ?in(?: or register)? to (?:post )?comments?|"  # Drupal's link under each comment: "Log in or register to post comments"
                r"(?:پاسخ به|گزارش) این (?:نظر|دیدگاه)|"  # "reply to this comment", "report this comment"
                r"[0-9۰-۹]{1,5}\s+(?:likes?|replies|پاسخ))")  # a count in the row: "Reply • 12 replies" (Yahoo)
# A vote button's word that is only chrome beside its count ("Agree (12) Disagree (3)", "موافقم ۱۲ مخالفم ۳"):
# alone, "Agree" or "موافقم" is a comment's whole text.
_COUNTED_WORD = r"(?:agree|disagree|dislike|موافقم?|مخالفم?)\s*\(?[0-9۰-۹]{1,5}\)?"
_ROW_SEP = r"(?:\s*[•·|]\s*|\s+)"
CHROME = re.compile(
    # a row of them as Disqus prints it: "Reply • Share ›"; "Reply Share Report" too; with the buttons'
    # counts before or after them ("Like · Reply · 3", "0 0 Rate This", "۱۲ ۳ پاسخ": likes and dislikes)
    rf"^(?:(?:{_VOTES}{_ROW_SEP})*(?:{_CHROME_WORD}|{_COUNTED_WORD})"
    rf"(?:{_ROW_SEP}(?:{_CHROME_WORD}|{_COUNTED_WORD}|{_VOTES}))*\s*›?|avatar|"
    r"reply\s*↓|\d+\s+(?:likes?|replies)|(?:up|down)vote|recommend\s*\d*|"  # the Guardian's "Recommend 12"
    r"helpful\?\s*yes\s*\(\d+\)\s*no\s*\(\d+\)|"  # "Helpful? Yes (3) No (1)"
    # buttons a dump glued into one word: Blogger's "ReplyDelete" under each comment, "پاسخحذف"
    r"(?-i:(?:Reply|Delete|Share|Report|Edit|Flag|Like|Quote|Permalink){2,4})|(?:پاسخ|حذف|گزارش){2,3}|"
    # vote arrows round the score ("▲ 12 ▼", "↑ 3 ↓"), the score under its label ("Points: 12", "امتیاز: ۱۲"),
    # a count of likes in words ("12 people like this", "۱۲ نفر این نظر را پسندیدند")
    r"[▲△↑⬆]\s*[+\-−]?[0-9۰-۹]{0,6}\s*[▼▽↓⬇]\s*[0-9۰-۹]{0,6}|"
    r"(?:points|score|votes?|rating|امتیاز)\s*:\s*[+\-−]?[0-9۰-۹]{1,6}|[0-9۰-۹]{1,6}\s+(?:people|persons?)\s+likes?\s+this|"
    r"[0-9۰-۹]{1,6}\s+نفر\s+(?:این\s+(?:نظر|دیدگاه)\s+را\s+)?پسندید(?:ند)?)"
    r"(?:\s*[▾▼⌄])?$", re.I)  # a button's menu arrow: "Flag ▾", "Reply ▼"

# The tail of a header on a line of its own, under the name or the title it ends, as a whole page's text
# with its source's line breaks parts them: Blogger's "said..." under the name, a score ("44 pts") under
# it, Slashdot's moderation ("(Score:5, Insightful)"; not a bare "(3)", a vote count as often) under the
# comment's title.
HEADER_TAIL = re.compile(r"^(?:said(?:\.\.\.|…)|-?\d{1,5}\s+(?:pts|points)|" + MODERATION.pattern.rstrip("$") + ")$",
                         re.I)

# A page's links for keyboards and screen readers past its menus ("Skip to main content", "skip to main |
# skip to sidebar", "Jump to navigation", "رفتن به محتوا"): the first lines of many a whole page's dump.
SKIP_LINK = re.compile(r"^(?:skip|jump)\s+to\b|^(?:رفتن|پرش)\s+به\s+(?:محتوا|محتوای|منو)", re.I)

# A link to a post's comments beside its title, four words or fewer ("Make a comment", "3 Comments",
# "نظر بدهید"): no title. A title may end in its count ("… Build Your Business? 153 Comments").
COMMENT_LINK = re.compile(r"^(?=(?:\S+\s*){1,4}$).*(?:\bcomments?\b|نظر|دیدگاه)", re.I)

# A post's navigation row: the previous post's title, a label, the next one's, in arrows ("« Darkness and
# Light | Main | Permission To Be Bad »", TypePad's; "« مطلب قبلی | صفحه اصلی | مطلب بعدی »"); the first
# post's and the last one's hold one title by the label ("« Faculty position at Waterloo | Main").
POST_NAVIGATION = re.compile(r"[«‹].+\|.+[»›]|[«‹].+\|\s*[^|«»‹›]{1,20}|[^|«»‹›]{1,20}\|.+[»›]")

# A breadcrumb trail over a post: the site's home, then its sections, perhaps the post's title ("Home > Entertainment",
# "Home › World ›", "Home / David Allen on GTD", "خانه » اخبار » سیاسی"); not a menu, whose items a bar parts
# ("Home | About | Contact").
BREADCRUMB = re.compile(r"^(?:home|front page|خانه|صفحه (?:اصلی|نخست))\s*(?:[>›»/→]|&gt;)(?:[^|]{0,150})$", re.I)

# The head of a footer whose name and date a dump with its source's line breaks put on the lines under it:
# TypePad's "Posted by:" over "NAME |" over the date, a date and its bar over the name ("October 19, 2012 |"
# over "Fazal Majid"). The kinds the lines read as once joined: ``SPLIT_FOOTERS``.
FOOTER_HEAD = re.compile(rf"^(?:posted\s+by:?|(?:{DATE})\s*\|)$", re.I)
SPLIT_FOOTERS = frozenset({"posted-by-footer", "by-date", "date-name"})

# A row's or a menu's separator alone on its line, as a whole page's text with its source's line breaks
# parts a row of links ("199 comments" / "|" / "Add comment" / "|" / "0 recs |") and a menu puts it
# between its items ("BOUTIQUE" / "/" / "MAGAZINE")
SEPARATOR_LINE = re.compile(r"^[|•·/]$")

# A line that opens the comment section (kept out of the article).
THREAD_START = re.compile(
    r"^(?:(?:total\s+)?comments?\s*[:(]?\s*\d*\)?|\d+\s+(?:comments?|responses?|replies|thoughts on .+)"
    # a bare "نظر" or "دیدگاه" ("opinion", also a news section's label) only with readers or a count
    r"|reader comments|(?:نظرات|دیدگاه‌ها|دیدگاه ها)(?:\s+(?:خوانندگان|کاربران|شما))?(?:\s*\(?[0-9۰-۹]+\)?)?"
    r"|(?:نظر|دیدگاه)(?:\s+(?:خوانندگان|کاربران|شما)(?:\s*\(?[0-9۰-۹]+\)?)?|\s*\(?[0-9۰-۹]+\)?))$",
    re.I)

# More thread headings of real platforms, read by the text-dump segmenter (``text.thread_heading``):
# Blogger's "2 comments:", WordPress's "One Response to “TITLE”" and "One thought on “TITLE”",
# Medium's "Responses (2)", the BBC's "Comments 1 - 2 of 2", "Readers' Comments", a Persian news
# site's "نظرات بینندگان". Neither the HTML segmenter, whose "Comments" heading lets a flat-markup
# thread be read from the page's text (and would take pingbacks under "One Response to" for
# comments there), nor the boundary model's "Comments" feature (trained on THREAD_START) read them.
MORE_THREAD_STARTS = re.compile(
    r"^(?:comments?\s+\d+\s*[-–]\s*\d+\s+of\s+\d+|(?:responses|replies)\s*\(\d+\)"
    r"|(?:\d+|one)\s+(?:comments?|responses?|replies|thoughts?)(?:\s+(?:to|on)\s+.+|\s*:)?"
    r"|readers?['’]?\s+comments(?:\s*\(\d+\))?"  # Squarespace's "Reader Comments (4)"
    r"|\d+\s+comments?\s+\d+\s+(?:people|persons?)\s+listening"  # Livefyre's count and readers
    # the headings news sites and Disqus print over a thread: "Have your say" (the BBC's), "Join the discussion",
    # "What readers are saying"; "تعداد نظرات: ۲" ("number of comments: 2")
    r"|have your say|join the (?:discussion|conversation)|what (?:readers|people|you) (?:are )?saying"
    r"|(?:تعداد\s+)?(?:نظرات|دیدگاه[\s\u200c]?ها)\s*:\s*[0-9۰-۹]+"
    r"|(?:نظرات|نظر)\s+بینندگان(?:\s*\(?[0-9۰-۹]+\)?)?"
    # WordPress's Persian themes: "۳ دیدگاه برای “TITLE”", "یک دیدگاه در “TITLE”", "۳ نظر برای “TITLE”"
    # (the title in its quotes: "یک نظر در مورد ..." opens a sentence)
    r"|(?:[0-9۰-۹]{1,5}|یک)\s+(?:دیدگاه|نظر|پاسخ)\s+(?:برای|در|به)\s*[“\"«].+[”\"»]"
    # and the count alone, its number first ("۳ دیدگاه", wpDiscuz's and the themes' "N دیدگاه", "یک نظر")
    r"|(?:[0-9۰-۹]{1,5}|یک)\s+(?:دیدگاه|نظر)\s*:?)$",
    re.I)

# A thread's heading says its thread is empty ("There are no comments for this story.", "No comments
# yet.", "هنوز نظری ثبت نشده است"): a whole page's sidebars below it are no comments (``text._counted_none``).
NO_COMMENTS = re.compile(
    r"^(?:there (?:are|is) no comments?(?: yet)?(?: (?:for|on) this (?:story|post|article|entry))?|no comments? yet"
    r"|no one has commented yet|(?:هنوز\s+)?(?:نظری|دیدگاهی)\s+(?:برای این (?:مطلب|خبر|نوشته)\s+)?(?:ثبت|ارسال)\s+نشده(?:\s+است)?)"
    r"[.!]?(?:\s+[^.!?]{0,40}[.!])?$", re.I)  # and a short sentence after it ("Load Em Up!")

# From such a line to the end of the page, nothing is article or comment (TypePad closes a thread
# with "The comments to this entry are closed.").
END_OF_PAGE = re.compile(
    r"^(?:this page references:?|leave a (?:reply|comment)(?:\s+cancel reply)?|post a comment|add (?:a |new )?comment"
    # WordPress's form: "Your email address will not be published. Required fields are marked *", "نشانی ایمیل
    # شما منتشر نخواهد شد. بخش‌های موردنیاز علامت‌گذاری شده‌اند *"
    r"|your email address will not be published\.?(?:\s+required fields are marked\s*\*\.?)?"
    r"|نشانی (?:ایمیل|پست[\s\u200c]?الکترونیک) شما منتشر نخواهد شد\.?"
    r"(?:\s+بخش[\s\u200c]?های موردنیاز علامت[\s\u200c]?گذاری شده[\s\u200c]?اند\s*\*?)?"
    r"|(?:the )?comments(?: to this (?:entry|post))? are closed\.?|be the first to comment\.?"
    r"|you must be logged in to (?:post a comment|reply(?: to this topic)?)\.?"
    r"|برای (?:ارسال|فرستادن|نوشتن) (?:نظر|دیدگاه|پاسخ)،? باید وارد (?:سایت )?(?:شوید|شده باشید)\.?"
    r"|ارسال نظر|نظر خود را بنویسید|دیدگاهتان را بنویسید)$",
    re.I)

# A comment form or the page's own navigation under a thread: below a thread's first comment,
# such a line ends the thread, and nothing from it on is a comment (``text._thread_end``). Not
# in ``END_OF_PAGE``: above a thread a post's "Add comment" link or "Leave a reply" button stands
# over the article, where cutting the page would lose it. WordPress's "Leave a Reply" / "Cancel
# reply" ("پاسخی بگذارید" / "لغو پاسخ"), Drupal's "Post new comment", Squarespace's "Post a New
# Comment", Blogger's "Older Post Home"
# and "Subscribe to: Post Comments (Atom)", Disqus's "blog comments powered by Disqus", TypePad's hidden
# preview ("Verify your Comment" / "Previewing your Comment", printed under every post). Not
# Drupal's "Login or register to post comments": it stands under every comment.
THREAD_END = re.compile(
    r"^(?:leave a (?:reply|comment|response)(?:\s*\(?\s*cancel reply\s*\)?)?|speak your mind(?:\s+cancel reply)?"
    r"|(?:click here to )?cancel reply\.?|(?:add|post|write|submit)\s+(?:a\s+|your\s+)?(?:new\s+)?comment:?"
    r"|comment on this (?:post|entry|article|story):?|enter your comment here\.*|your comment\s*\*?:?|comment\s*\*:?"
    r"|fill in your details below or click an icon to log in:?|blog comments powered by disqus\.?"
    r"|(?:newer post\s+)?older post\s+home|newer post\s+home|subscribe to:\s*post comments\s*\(atom\)"
    r"|verify your comment|previewing your comment|click on a tab to select how you['’]d like to leave your comment"
    r"|پاسخی بگذارید|دیدگاهی بنویسید|لغو پاسخ|ارسال دیدگاه|شما هم نظر بدهید"
    r"|فرم ارسال (?:نظر|نظرات|دیدگاه)"  # the form's own heading ("comment form") over its fields
    r"|نظر شما)$",  # Persian news sites' form box ("your comment") under the thread
    re.I)

# The first fields of a comment form: a name label ("Name (required)", "Name *", "Your name:", "Full name",
# "نام *", "نام و نام خانوادگی": "name and surname", Persian forms' usual label) over an e-mail label
# within ``FORM_FIELD_REACH`` lines ("Email (will not be published) (required)", "E-mail:", "ایمیل",
# "پست الکترونیک"). A name label alone may be a person's, unless it says it is required ("Name (required)",
# "Name *", "نام (الزامی)": ``FORM_REQUIRED``).
FORM_NAME = re.compile(r"^(?:your\s+)?(?:(?:full\s+)?name|nickname|نام(?:\s+شما|\s+و\s+نام[\s\u200c]?خانوادگی)?)\s*(?:\*|:|\((?:required|optional|الزامی|ضروری)\)"
                       r"|\[required\]:?|required)?\s*\*?:?$", re.I)
FORM_EMAIL = re.compile(r"^(?:your\s+)?(?:e-?mail|mail|ایمیل|پست[\s\u200c]?الکترونیک|رایانامه)(?:\s+address)?\b.{0,60}$", re.I)
FORM_FIELD_REACH = 3
FORM_REQUIRED = re.compile(r"\*|\brequired\b|الزامی|ضروری", re.I)
# A comment's title under its label, over the name ("Subject: Too late", phpBB's "Post subject: Re: The new
# quay", "عنوان: …", "موضوع: …"): the comment's first line, the label no part of the title.
TITLE_LABEL = re.compile(r"^(?:post\s+)?(?:subject|title|عنوان|موضوع)\s*:\s*(?P<title>\S.{0,150})$", re.I)
# The comment box's label over the name field, where a theme asks for the comment first ("Comment" over
# "Name *", "نظر شما" over "نام *"): the form's, not the last comment's words.
FORM_COMMENT = re.compile(r"^(?:your\s+)?(?:comment|message|نظر(?:\s+شما)?|دیدگاه(?:\s+شما)?|متن\s+نظر)\s*\*?:?$", re.I)

# A name that opens as a story's byline is printed, capitalised: "By Max Fisher", "By Jon Fingas
# posted" (``text._bylined_entries``); not Slashdot's lower-case "by NAME" in its comment headers.
BYLINE_NAME = re.compile(r"^(?-i:By)\s+\S")

# Page clutter dropped wherever it stands.
_SHARE_TO = (r"(?:share (?:to|on)|اشتراک[\s\u200c]?گذاری در)\s*(?:twitter|facebook|pinterest|tumblr|linkedin|reddit"
             r"|google\+?|whatsapp|telegram|توییتر|فیسبوک|تلگرام)")
_FA_COMMENTS = r"(?:نظرات|دیدگاه[\s\u200c]?های?)"  # "comments": نظرات, دیدگاه‌ها, دیدگاه‌های (before a noun)
CLUTTER = re.compile(
    r"^(?:TT|\*|share(?: this| with friends)?:?|tweet|print|email(?: this)?|advertisement|sponsored|"
    # a post's count of readers ("Hits: 2854", "Views: 1,204", "تعداد بازدید: ۱۲۳")
    r"(?:hits|views|page ?views|(?:تعداد\s+)?بازدید)\s*:\s*[0-9۰-۹][0-9۰-۹,٬]*|"
    # a share link ("Share on Tumblr", "اشتراک‌گذاری در تلگرام"), and Blogger's share row under each post, glued
    # into one line ("Email ThisBlogThis!Share to TwitterShare to Facebook"), or its buttons one to a line
    rf"{_SHARE_TO}|[^.?!]{{0,40}}blogthis!(?:\s*{_SHARE_TO})*|"
    # WordPress's archive and category menus, their options glued after them: "Select Month October 2012 …"
    r"(?:select (?:month|category)|انتخاب (?:ماه|دسته(?:[\s\u200c]?بندی)?))(?:\.\.\.|…)?(?:\s.*)?|"
    # WordPress.com's likes under a post: "Like this:" over its button, "Be the first to like this."
    r"like this:|be the first to like this\.?|پسندیدن این:|(?:اولین|نخستین) (?:نفری|کسی) باشید که این را (?:می[\s\u200c]?)?پسندید\.?|"
    r"اشتراک(?:[\s\u200c]?گذاری)?|چاپ|نسخه چاپی|ایمیل|ارسال به دوستان|توییت|"  # Persian "share", "print", "email", "tweet"
    # Persian news sites count a thread's comments: "published: 2", "awaiting review: 0", "not publishable: 1"
    # (one to a line, or in a row between bars as a dump joins the widget's spans: "انتشار یافته : ۲ | غیر قابل انتشار : ۰")
    r"(?:انتشار یافته|در انتظار بررسی|غیر ?قابل انتشار)\s*:\s*[0-9۰-۹]+"
    r"(?:\s*\|\s*(?:انتشار یافته|در انتظار بررسی|غیر ?قابل انتشار)\s*:\s*[0-9۰-۹]+)*|"
    r"click here to read more\.?|you can publish this article on your website.*|"
    r"related(?: articles?| posts?| stories)?:?|read more:?|subscribe.*newsletter.*|"
    # a thread's controls: "Sort by: Newest", "Sort by Oldest | Newest | Top", "Showing 1-3 of 12 comments",
    # its hidden parts ("Load more", "See more comments", "View all 45 comments", "View 3 replies", "Show 12
    # more replies", "Hide replies", "نمایش نظرات بیشتر": "show more comments") and its pages ("« Older
    # Comments", "Newer Comments »", "Page 1 of 3", "1 2 3 Next ›", "صفحه ۱ از ۳"); its feed and policy
    r"sort(?:ed)?(?: by)?:?\s*(?:newest|oldest|best|top|popular|most \w+|date|votes)"
    r"(?:\s*[|•·]\s*(?:newest|oldest|best|top|popular|most \w+|date|votes))*|"
    r"showing \d+(?:\s*[-–]\s*\d+)? of \d+ comments?|"
    r"(?:load|show|see|view|read|get) (?:more|all|\d+ more|all \d+|\d+)(?: comments?| replies| responses)?|"
    r"\d+ of \d+ loaded|"  # Livefyre's count under its thread: "40 of 40 loaded"
    r"hide (?:replies|comments)|loading comments(?:\.\.\.|…)?|"
    rf"در حال (?:بارگذاری|بارگیری) {_FA_COMMENTS}(?:\.\.\.|…)?|"
    r"(?:\d+|one) repl(?:y|ies)\s*·\s*active .{1,40} ago|"  # IntenseDebate over a comment's replies: "1 reply · active 3 weeks ago"
    rf"(?:نمایش\s+)?{_FA_COMMENTS}\s+بیشتر|"
    r"[«‹<←]?\s*(?:older|newer|previous|next) comments\s*[»›>→]?|page \d+ of \d+|(?:\d+\s+){1,9}next\s*[»›>]?|"
    r"صفحه\s+[0-9۰-۹]+\s+از\s+[0-9۰-۹]+|"
    rf"[«‹<←→]?\s*{_FA_COMMENTS}\s+(?:قدیمی|جدید|تازه)[\s\u200c]?تر\s*[»›>←→]?|"
    r"subscribe to comments|rss feed for comments on this post\.?(?:\s*\|?\s*trackback uri)?|[»›]?\s*comments rss(?: feed)?|sign in to comment|"
    r"comment policy|"
    # the thread's feed: TypePad's "You can follow this conversation by subscribing to the comment feed for this
    # post.", Joomla's "Subscribe to this comment's feed", "Subscribe to followup comments via RSS | TrackBack URL";
    # WordPress's Persian "خوراک دیدگاه‌های این نوشته"
    r"(?:you can follow this conversation by )?subscrib(?:e|ing) to (?:the |this )?(?:follow-?up )?comments?(?:['’]s)?"
    rf" (?:feed|rss|via rss)\b.*|خوراک\s+(?:{_FA_COMMENTS}|دیدگاه|نظر)(?:\s+(?:این|برای)\s+(?:نوشته|مطلب|پست))?|"
    # a comment system's sign-in buttons: "Sign in with Facebook", "or log in with Twitter"
    rf"(?:or\s+)?(?:sign|log)\s?in\s+(?:with|using)\s+{_SIGN_IN_SERVICES}|"
    r"(?:canada|usa|uk): free \$\d+.*|"
    # Facebook's comment plugin over its thread: the box's placeholder, its login choice, its credit
    r"add a comment(?:\.\.\.|…)|comment using(?:\.\.\.|…)?|facebook social plugin|"
    # a commenter's avatar, as Drupal names its image ("Keir's picture") and a dump prints the name
    r"(?:\S+\s+){0,2}\S+['’]s\s+(?:picture|avatar)|تصویر\s+کاربر(?:\s+\S+){0,3}|"
    # or names its picture before the name: "Avatar for Sam Lee", "Profile photo of Sam Lee", "Gravatar"
    r"(?:avatar|profile\s+(?:photo|picture|image))\s+(?:of|for)\s+\S.{0,40}|gravatar)$",
    re.I)

# Disqus's vote buttons, one to a line under a comment ("−", "+"); the count just above them
# ("2") is no comment text either (a number alone elsewhere may be).
VOTE_BUTTON = re.compile(r"^[−+▲▼⬆⬇]$")
VOTE_COUNT = re.compile(r"^[−+-]?\d{1,5}$")

# "Recently by NAME" author boxes run up to their "more from NAME" line.
AUTHOR_BOX_START = re.compile(r"^(?:recently by|more articles by|other articles by)\s+(?P<name>.+?)(?:comments?date)?$", re.I)
AUTHOR_BOX_END = re.compile(r"^more (?:from|by)\s+.+$", re.I)

# The verbs of an author box under an article ("Priya writes about design", "Jane Smith is a
# reporter"), after the author's name: the name above them is no commenter's.
AUTHOR_BOX_VERBS = r"(?:is|was|has|writes|wrote|lives|works|teaches|covers|blogs|reports|edits)\b"

# A letter's closing formula ("Many thanks", "Kind regards", "Cheers…", "با تشکر", "ارادتمند"), on a
# line of its own (VALEDICTION) or before the writer's name ("Kind regards – Anders", SIGNED; a name's
# words capitalised, so "Thanks for the post" is no signature): a name under it, or beside it, is the
# writer signing off, not a title.
_VALEDICTION = (r"(?:(?:(?:many|much|warm(?:est)?|kind(?:est)?|best|all\s+the\s+best|with)\s+)?"
                r"(?:than(?:k+s*|x)(?:\s+again)?|thx|thank\s+you|regards|cheers|wishes|sincerely|yours(?:\s+truly)?|best"
                r"|take\s+care|good\s+luck|love(?:\s+always)?|blessings|hugs|peace)"
                r"|با\s+(?:تشکر|سپاس|احترام)|ممنون(?:م)?|سپاس(?:گزارم)?|ارادتمند|مرسی)")
VALEDICTION = re.compile(rf"^{_VALEDICTION}[\s!,.…-]*$", re.I)
_SIGNATURE_WORD = r"(?-i:[A-Z\u0600-\u06FF])[^\s!,.…،–—-]*"
SIGNED = re.compile(rf"^{_VALEDICTION}[\s!,.…،–—-]+(?!(?:از|برای|بابت)\s)(?P<name>{_SIGNATURE_WORD}(?:\s+{_SIGNATURE_WORD}){{0,2}})"
                    r"[.!]?$", re.I)

# A reply's subject line ("Re: Noise from the new road", as forums and mailing lists title replies):
# the comment's title, never its author's name.
REPLY_SUBJECT = re.compile(r"^re\s*:\s*\S", re.I)

# A site's reply link over a reply, naming the comment it answers: "Reply to Peter", "In reply to
# Sara K.", "In response to mina", "پاسخ به علی", "در پاسخ به مریم" (the whole line, a name of up to
# four words). Over a comment's header it is neither the commenter's name nor the text of the
# comment above (``text._reply_links``); a line a writer typed ("@mina, ...") is their text.
REPLY_LINK = re.compile(r"^(?:(?:in\s+)?(?:reply|response)\s+to|replying\s+to|(?:در\s+)?پاسخ\s+به)\s+@?"
                        r"(?P<name>[^\s:,!?؟،]+(?:\s+[^\s:,!?؟،]+){0,3})\s*:?$", re.I)

# An embedded tweet's credit under its text, as Twitter's embed prints it in an article ("— Barack Obama
# (@BarackObama) November 7, 2012"): the name, the handle in brackets, the date. No commenter's header.
EMBEDDED_POST = re.compile(r"^[—–-]\s*[^()@]{1,60}\(@\w{1,15}\)\s+\S")

# A tweet in a site's Twitter box, its writer's handle first ("JuliaKollewe: New CEO gets £2.2m …
# http://t.co/…", "BBCPersian: … #ایران"): a handle (letters, digits, "_", at most 15) and a colon,
# with a link, a hashtag or a mention in the text.
TWEET = re.compile(r"^@?[A-Za-z0-9_]{1,15}:\s+\S.*(?:https?://|#\w|@\w)")

# A teaser's last words, pointing to the rest of a post on a front page or a list of stories ("...
# Read more...", "Continue reading →", "ادامه مطلب"). A comment's text does not end so.
TEASER_END = re.compile(r"(?:\bread more|\bcontinue reading|\bread the rest(?: of this (?:entry|post))?|\bkeep reading"
                        r"|ادامه[\s\u200c](?:ی\s)?(?:مطلب|خبر|نوشته))\s*(?:\.\.\.|…|»|→|›|>>|\.)?\s*$", re.I)

# A byline line: "By NAME", "Posted by NAME", "Written by NAME", "توسط NAME", "به قلم NAME", "نویسنده: NAME",
# a name of at most five words and no sentence's marks ("By the way, ..." and "By Tuesday the wind had
# dropped and we sailed home" are none).
_BYLINE_NAME = r"[^\s,.!?،]+(?:\s+[^\s,.!?،]+){0,4}"
# What leads into a byline's name: "by", "Posted by"; "توسط", "نوشته شده توسط" ("written by").
_BY = r"(?:(?:posted|written|submitted)\s+)?by"
_FA_BY = r"(?:نوشته[\s\u200c]?شده\s+)?توسط"
BYLINE_OPEN = re.compile(rf"^{_BY}\s+{_BYLINE_NAME}$"
                         rf"|^(?:نوشته[\s\u200c]?(?:شده|ی)\s+)?(?:توسط|به قلم)\s*:?\s*{_BYLINE_NAME}$"
                         rf"|^نویسنده\s*:\s*{_BYLINE_NAME}$", re.I)
# A post's date, then its byline ("November 12, 2012 by Carlee", "۱۲ آبان ۱۳۹۱ توسط مریم"), as
# WordPress themes print them under a post's title (``text._a_bylines_count``).
DATE_BYLINE = re.compile(rf"^(?:{DATE})\s*[|,·•–—-]?\s*(?:{_BY}|{_FA_BY})\s*:?\s+{_BYLINE_NAME}$", re.I)
# A header line that opens as a byline ("Submitted by NAME on DATE", "by NAME on DATE", "توسط NAME در DATE").
BYLINE_HEADER = re.compile(rf"^{_BY}\s|^{_FA_BY}\s", re.I)

# The lead-in itself, to take off a name: "by Jane", "By: Beth", "توسط مریم", "نوشته شده توسط مریم".
BYLINE_PREFIX = re.compile(rf"^{_BY}\s*:?\s+|^{_FA_BY}\s+", re.I)
# A post's byline under its title: the lead-ins above, and the Persian "ارسال شده توسط NAME" ("posted by").
BYLINE_LEAD = re.compile(rf"{BYLINE_PREFIX.pattern}|^ارسال(?:[\s\u200c]?شده)?\s+توسط\s+", re.I)
# What a commenter's name carries that names nobody: the account they signed in with, as Echo, Livefyre
# and Disqus print it after the name ("Sam Lee via Facebook"), and a form's label before it ("Name: Sam
# Lee", "نام: مریم", "نویسنده:" author, "فرستنده:" sender).
SIGNED_IN_VIA = re.compile(rf"(?<=\S)\s+via\s+{_SIGN_IN_SERVICES}$", re.I)
NAME_LABEL = re.compile(r"^(?:name|author|نام|نویسنده|فرستنده)\s*:\s*(?=\S)", re.I)
# What a dated header's "name" is when it is no one's: "Updated", "Published:", "Last updated at 07:12 ET".
NOT_A_BYLINE_NAME = re.compile(r"\d|^(?:last\s+)?(?:updated|published|posted|modified|date)\b|^(?:به[\s\u200c]?روز|منتشر|تاریخ|زمان)"
                               r"|\b(?:comments?|reply|replies|responses?)\b|دیدگاه|نظر", re.I)
# "By JOHN F. BURNS", "نوشته NAME", "به قلم NAME", and "نوشته شده توسط NAME" ("written by"), whose "نوشته" alone
# left "شده توسط NAME" for the name. Not "Written by" / "Posted by": read so, 32 fit pages' opening
# lines left their article's text ("Posted by Ree in Pioneer Woman", "Written By: NAME - Nov• 06•12").
BYLINE = re.compile(rf"^(?:by|{_FA_BY}|نوشته|به قلم)\s+(?P<author>(?:[^,.!?]|{_INITIAL}){{2,60}})$", re.I)
# Blogfa and its kin close a post with "نوشته شده در DATE توسط NAME | N نظر" ("written on DATE by
# NAME | N comments"): the post's byline and date, not "شده در …" as the author.
FA_POST_FOOTER = re.compile(r"^نوشته[\s\u200c]?شده\s+در\s+(?P<posted>.+?)\s+توسط\s+(?P<author>[^|]{2,60}?)(?:\s*\|.*)?$")
# A line of an article's own list, not of a page's menu: numbered or bulleted ("1. In The Dirt",
# "• Menacing", "Step 2"), a quantity ("1/2 cup sugar", "2 tablespoons olive oil"), a label and its
# value ("Design Director: Arem Duplessis"), an item closed by a comma or semicolon ("at the
# office;"), or one with a note in brackets ("Denver, CO – Landmark Esquire (Tickets)"). A menu's
# labels and a sidebar's post titles are words alone; a count in brackets closes a sidebar's
# archive or category ("April (15)", "2011 (94)", "Recipes (3)", "آبان (۱۵)"), no list item (or
# stands alone under it in a dump with its source's line breaks, ``text._rejoin_counts``).
LABELLED = re.compile(r"^[^:]{2,40}:\s+\S")  # "Design Director: Arem Duplessis", "Media Inquiries: NAME"
LISTED_COUNT = re.compile(r"\(\s*\d[\d,]*\s*\)\s*$")
LIST_ITEM = re.compile(r"^\s*(?:\d|[•·*–-]\s|step\s+\d)|[;,،؛]\s*$|\(.*\)|" + LABELLED.pattern, re.I)
# A page's footer opens with its copyright notice ("© 2012 The Associated Press. All rights
# reserved.", "Copyright 2012 Harbour News", "کلیه حقوق این سایت محفوظ است": "all rights of this
# site are reserved"). Only at a line's start: a credit inside an article names its rights holder
# mid-line ("Holy Bible, New International Version®, Copyright © 1973 …"), and a sentence about
# copyright is none ("Copyright law protects…", "کلیه حقوق کارگران…": the notice has its year or
# "محفوظ", "reserved").
COPYRIGHT = re.compile(r"^(?:©|\(c\)\s*(?:19|20)\d\d|copyright\s*(?:©|\(c\))?\s*(?:19|20)\d\d|all rights reserved"
                       r"|(?:کلیه|تمامی|تمام|همه)\s+(?:ی\s+)?حقوق.*محفوظ)", re.I)

# WordPress's footer under a post ("This entry was posted in Travel by Sara. Bookmark the permalink.",
# "این نوشته در سفر ارسال شده است. پیوند یکتا را نشانه‌گذاری کنید."; Genesis's "Filed Under: Travel Tagged
# With: ferries", "ثبت شده در: سفر"; "If you enjoyed this post, please consider … subscribing to the RSS
# feed"): the post ends over it, and what follows it (its navigation, the sidebars) is the page's.
_POST_COMMENTS = r"(?:no|one|\d+) (?:comments?|responses?)"  # a post's comment link: "No Comments", "3 Responses"
_FA_POST_COMMENTS = r"(?:بدون|[0-9۰-۹]+|یک) (?:دیدگاه|نظر)"  # "بدون دیدگاه", "۳ دیدگاه"
POST_FOOTER = re.compile(r"^this entry was posted\b.{0,300}\bbookmark the permalink\.?$"
                         r"|^filed under:?\s.{1,300}$|^(?:ثبت|دسته[\s\u200c]?بندی) شده در:?\s.{1,300}$"
                         # WordPress's older default theme: "This entry was posted on Monday, October 1st, 2012 at
                         # 10:00 am and is filed under News. You can follow any responses to this entry through the
                         # RSS 2.0 feed. …", one line or two
                         r"|^this entry was posted on .{1,120}\band is filed under\b.{1,400}$"
                         r"|^you can follow any responses to this entry through the rss 2\.0 feed\b.{0,300}$"
                         r"|^(?:شما\s+)?می[\s\u200c]?توانید\s+(?:پاسخ|دیدگاه|نظر).{0,80}خوراک\s*rss\b.{0,300}$"
                         # a theme's line under the post: its categories and its comment link, after a bar or before
                         # "»" ("Posted in News | 3 Comments »", "Posted in Travel No Comments »", "ارسال شده در اخبار |
                         # ۳ دیدگاه »")
                         rf"|^posted in [^.!?]{{1,200}}?(?:\|\s*{_POST_COMMENTS}\s*»?|\s{_POST_COMMENTS}\s*»)$"
                         r"|^posted in .{1,200}\|\s*(?:leave a comment|comments off)\s*»?$"
                         rf"|^(?:ارسال|نوشته|منتشر)[\s\u200c]?شده در [^.!?؟]{{1,200}}?"
                         rf"(?:\|\s*{_FA_POST_COMMENTS}\s*»?|\s{_FA_POST_COMMENTS}\s*»)$"
                         # a plugin's line under the post: "If you enjoyed this post, … subscribe to the RSS feed"
                         r"|^if you enjoyed this (?:post|article)\b.{0,200}\b(?:subscrib|rss|feed)"
                         r"|^اگر (?:از )?این (?:نوشته|مطلب|پست) .{0,200}(?:مشترک|خوراک)"
                         r"|^این (?:نوشته|مطلب|پست) .{0,300}(?:پیوند یکتا|پیوند ثابت|لینک ثابت).{0,40}$", re.I)

# A site's menu or breadcrumb trail on one line: three items or more between separators
# ("Home | Politics | Business", "Home » News » World", "خانه | سیاسی | اقتصادی"). A title holds
# one at most ("Storm closes the port | The Daily").
MENU = re.compile(r"[^|»›•·/]+(?:\s[|»›•·/]\s[^|»›•·/]+){2,}$")

# A post's own date line: "Published: DATE", "Last updated on DATE", and the Persian news sites'
# "تاریخ انتشار: DATE" ("date of publication"), "زمان انتشار", "منتشر شده در DATE", "تاریخ: DATE".
UPDATED = re.compile(rf"^(?:(?:this article was )?(?:last )?(?:updated|published|posted)(?: on)?|date"
                     rf"|(?:تاریخ|زمان)(?:[\s\u200c]+(?:انتشار|خبر|ارسال|به[\s\u200c]?روز[\s\u200c]?رسانی))?"
                     rf"|انتشار|منتشر[\s\u200c]?شده(?:\s+در)?|به[\s\u200c]?روز[\s\u200c]?شده(?:\s+در)?)"
                     rf"\s*:?\s+(?P<posted>{DATE})$", re.I)

# Threads whose comments have no header we know: a bare commenter name over the text
# ("DerKrieger", "Doug Drabek", "http://site.com rightappeal"). ``text.py`` takes a run of
# such lines at a page's end for a thread only when it reads like people, not subheadings.
NAME_LINE = re.compile(r"^(?:(?:https?://|www\.)\S+\s+)?(?P<author>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,2})$")
NAME_LINE_CHARS = 32
# A reader's place on its own line under their name, with its state or country after a comma ("Chicago,
# IL", "London, United Kingdom", "تهران، ایران"), as the NYT prints it; a place without one reads as a name.
_PLACE_PART = r"[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,2}"
PLACE_LINE = re.compile(rf"^{_PLACE_PART}\s*[,،]\s*{_PLACE_PART}$")
# Credentials and suffixes after a name, in capitals though the name is no heading ("Jim Thompson MD")
CREDENTIALS = frozenset("MD RN DO DDS DVM PHD JD MBA CPA PE NP PA III II IV JR SR".split())
# A commenter's count of fans or followers on its own line under the name, over the date (HuffPost's
# "NICENESS" / "152 Fans" / "23 seconds ago", "۱۵۲ دنبال‌کننده"): no name, the name stands above it.
FAN_COUNT = re.compile(r"^[0-9۰-۹][0-9۰-۹,]*\s+(?:fans?|followers?|دنبال[\s\u200c]?کننده)$", re.I)
# A name line that says whom the comment answers ("Ann Lee in reply to John Smith", "Sam replied to Ann",
# "مریم در پاسخ به علی رضایی"), over the comment's date: the name, and the commenter answered.
NAME_REPLYING = re.compile(r"^(?P<name>\S.{0,60}?)\s+(?:(?:in\s+)?(?:reply|response)\s+to|replied\s+to"
                           r"|در\s+پاسخ\s+به)\s+@?(?P<to>[^\s:,!?؟،]+(?:\s+[^\s:,!?؟،]+){0,3})\s*:?$", re.I)
# The arrow some themes print before a reply's name ("↳ Ann Lee"): no part of the name.
REPLY_MARK = re.compile(r"^[↳↪└]\s*")
# A commenter's badge on its own line under the name, over the date ("Top Commenter", "Verified Commenter",
# "NYT Pick", "Post author", "کاربر ویژه": "special user"): no name and no title. Not the words that head a
# page's sections too ("Featured", "Staff", "Editors' Picks").
BADGE = re.compile(r"^(?:top\s+(?:commenter|contributor)|verified\s+(?:commenter|user|reader|account|buyer|purchase)"
                   r"|(?:nyt|readers?['’]?)\s+picks?|moderator|administrator|post\s+author|blog\s+owner"
                   r"|trusted\s+(?:reader|commenter)|مدیر\s+سایت|نویسنده\s+مطلب|کاربر\s+ویژه"
                   r"|[\[(]?(?:guest|مهمان)[\])]?)$", re.I)  # Disqus's "Guest" beside a name without an account
# A comment's number before its header ("1. Reza", "#2 Posted by Lena", "۳) مریم"): numbered threads print it.
COMMENT_NUMBER = re.compile(r"^(?:#\s*\d+|\d{1,4}[.)])\s+")
# A number alone right over a comment's header: the number a theme prints by each comment ("96" over
# "Dimple Says:"), neither the last line of the comment above nor the title of its own.
COMMENT_NUMBER_LINE = re.compile(r"^#?[0-9۰-۹]{1,4}\.?$")

# A date before the name, a separator between them, in a header the patterns read as a name and a verb
# ("۱۴ آبان ۱۳۹۱ / مریم می‌گوید:"; the English form has its own pattern, on-date-said)
DATE_THEN_NAME = re.compile(rf"^(?P<posted>{DATE})\s*[/|•·,،–—-]\s*(?P<name>\S.*)$", re.I)
# Persian words no name holds and most clauses do: "is", "was", "isn't", "became", the object marker,
# "that", "this", "what", "why" (Persian has no capitals to tell a name line from a short sentence).
FA_CLAUSE_WORDS = frozenset("است بود نیست هست شد را که این چه چرا".split())
# and a verb's continuous or negative prefix, joined by a zero-width non-joiner or a space ("می‌رسند")
FA_VERB = re.compile(r"(?<![\w\u200c])ن?می[\u200c ]\w")
# Words a person's name does not hold, but a subheading does ("Wrapping It Up", "Link Out").
NAME_STOPWORDS = frozenset(
    "the of and a an to in for on with by at from is are was be or our your my his her their this that these those "
    "new how why what when where who about more all not no up out it its into over".split()) | FA_CLAUSE_WORDS


def persian_clause(line: str) -> bool:
    """Is a line a Persian clause rather than a name ("این کار درست است", "کشتی‌ها دیر می‌رسند")?"""
    return bool(FA_VERB.search(line)) or any(word in FA_CLAUSE_WORDS for word in line.split())


# What marks a line as a commenter rather than a subheading: a site link before the name, a
# digit in it ("Alain41"), or a handle typed in lower case ("lineholder", "h4rm0ny").
COMMENTER_LINK = re.compile(r"^(?:https?://|www\.)\S+\s")
HANDLE = re.compile(r"^(?:\S*\d\S*|[a-z][a-z_-]{2,})$")
# A name line only a commenter signs with: a first name and a last initial ("Amy D.", "Mita B."), or
# no name at all ("Anonymous", "ناشناس"). An article's sections are headed otherwise.
COMMENTER_NAME = re.compile(r"^(?:[A-Z][a-z]+\s+[A-Z]\.|(?i:anonymous)|ناشناس)$")

# TypePad's trackback box, between an entry and its comments: "TrackBack", "TrackBack URL for
# this entry:", the URL, "Listed below are links to weblogs that reference TITLE:", then each
# ping as "» TITLE from BLOG", an excerpt and "Tracked on DATE". It is the entry's furniture
# (readers did not write it): no thread starts inside it and its "Tracked on" lines head nothing.
TRACKBACK_OPEN = re.compile(
    r"^(?:trackbacks?|(?:trackback\s+)?url for this (?:entry|post):?"
    r"|listed below are links to (?:weblogs|blogs|sites) that reference\b.*)$", re.I)
TRACKBACK_URL = re.compile(r"^https?://\S+$", re.I)
TRACKED_ON = re.compile(r"^tracked on\s+\S.*$", re.I)

# A list's entry of a title and a date, whatever the title's words (``text._listed_and_dated``).
TITLE_DATE = re.compile(rf"^\S.{{2,100}}?\s+(?:{DATE})$", re.I)

# The heading of a page's widget or box of links, a line alone: "Recent Posts", "Latest Stories",
# "Most Popular", "Top Stories »", "Related Articles", "You may also like", "More from Football",
# "Archives", "Tags", "Twitter feeds"; Persian "مطالب مرتبط", "پربازدیدترین‌ها", "آخرین نظرات",
# "دیدگاه‌های تازه" (WordPress's "Recent Comments"), "بایگانی". What follows it is a list of other
# posts, stories, comments or tweets, not this page's thread (``text._widget_entries``), and below
# a thread's first comment it ends the thread (``text._thread_end``). Not a thread's own heading
# ("Comments", "Reader comments": ``THREAD_START``).
# A sidebar's taxonomy, the word alone: "Archives", "Categories", "Tags", "بایگانی", "دسته‌بندی‌ها", "برچسب‌ها".
_TAXONOMY = (r"(?:archives?|categories|tags|بایگانی(?:[\s\u200c]?ها)?|آرشیو(?:\s+\S+)?|دسته[\s\u200c]?(?:بندی[\s\u200c]?)?ها"
             r"|برچسب[\s\u200c]?ها)")
_LIST_NOUNS = (r"(?:posts?|stories|articles?|news|headlines|entries|comments|videos|reviews|tweets|links|reads"
               r"|discussions|topics|updates|galleries|photos|events|blogs)")
_FA_LIST = r"(?:مطالب|مطلب|اخبار|خبرها|(?:نوشته|یادداشت|دیدگاه|پست)[\s\u200c]?های?|نظرات)"
WIDGET_HEADING = re.compile(
    r"^(?:(?:our\s+)?(?:recent|latest|newest|top|featured|related|popular|trending|similar|other|more|hot|breaking|editors?['’]?s?'?"
    r"|most\s+(?:popular|read|viewed|commented|emailed|shared|discussed|recent))(?:\s+[\w&'’-]+){0,2}?\s+" + _LIST_NOUNS +
    r"|most\s+(?:popular|read|viewed|commented|emailed|shared|discussed)|(?:top|popular|trending|latest)\s+(?:now|today)"
    r"|you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy|be interested in)|you may have missed|don['’]t miss"
    r"|editors?['’]?\s*s?['’]?\s+picks?|recommended(?:\s+for\s+you)?|around the web|from (?:around )?the web"
    r"|more\s+(?:from|in|on)\s+[\w&'’ -]{1,40}|(?:twitter|facebook)\s+(?:feeds?|updates)|follow us(?: on \w+)?"
    r"|blog\s*archive|tag cloud|blogroll|upcoming events|what we['’]re reading"
    r"|(?:مطالب|اخبار|نوشته[\s\u200c]?های)\s+(?:مرتبط|مشابه|پیشنهادی|اخیر|تازه|برگزیده|پربازدید|داغ)"
    r"|(?:آخرین|جدیدترین|تازه[\s\u200c]?ترین)\s+" + _FA_LIST +
    r"|" + _FA_LIST + r"\s+(?:تازه|اخیر|جدید)"
    r"|(?:پربازدیدترین|پربحث[\s\u200c]?ترین|پرخواننده[\s\u200c]?ترین|داغ[\s\u200c]?ترین|پرطرفدارترین)(?:[\s\u200c]?(?:ها|مطالب|اخبار))?"
    r"|ابر برچسب|پیوندها(?:ی روزانه)?)\s*(?::|»|›|→|>>)?$"
    # a sidebar's taxonomy heading alone, without a colon: "Tags:", "Categories:", "برچسب‌ها:" over a
    # list is the post's own label, between the post and its thread
    rf"|^{_TAXONOMY}$",
    re.I)

# A site's taxonomy label with its colon ("Topics:", "Tags:", "Filed under:", "برچسب‌ها:"): what follows it
# is the site's list, not one the article introduces ("Ingredients:", "The areas are:").
TAXONOMY_LABEL = re.compile(rf"^(?:{_TAXONOMY}|topics|tagged|category|filed under|labels|posted in|موضوعات|موضوع"
                            r"|دسته[\s\u200c]?بندی)\s*:$", re.I)

# What opens a story's dateline, read as a name where a list of stories shows it beside the date
# ("updated 2:24 PM EST, Wed November 7, 2012", "Published: 12 July", "به‌روزرسانی: DATE"):
# no commenter is named so (``text._datelined_entries``).
DATELINE_NAME = re.compile(r"^(?:last\s+)?(?:updated|update|published|modified|filed|pinned)\b|^(?:به[\s\u200c]?روز[\s\u200c]?(?:رسانی|شده)|منتشر[\s\u200c]?شده|آخرین[\s\u200c]?به[\s\u200c]?روز)", re.I)


# Persian typed on an Arabic keyboard writes ی and ک as the Arabic ي (or ى) and ك ("مي‌گويد:", "نظرات
# كاربران"), as many Iranian sites still print them: read so, "علي مي‌گويد:" headed no comment. Every
# pattern above spells its Persian words with the Persian letters, and each of them also matches the
# Arabic forms here, once, rather than in every word. Only ی and ک: the other letters the two alphabets
# share are one code point (``typography.ARABIC_FORMS``).


def _with_arabic_forms(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with each Persian ی and ک also matching the Arabic forms: a class outside
    brackets ("ی" → "[یيى]"), the forms added inside them ("[یا]" → "[یيىا]")."""
    out, in_class, i, text = [], False, 0, pattern.pattern
    while i < len(text):
        char = text[i]
        if char == "\\":
            out.append(text[i:i + 2])
            i += 2
            continue
        if char in ARABIC_FORMS:
            out.append(char + ARABIC_FORMS[char] if in_class else f"[{char}{ARABIC_FORMS[char]}]")
        else:
            out.append(char)
            if char == "[" and not in_class:
                in_class = True
                if text[i + 1:i + 3] in ("^]", "]]") or text[i + 1:i + 2] == "]":  # a "]" first is the class's own
                    skip = 2 if text[i + 1] == "^" else 1
                    out.append(text[i + 1:i + 1 + skip])
                    i += skip
            elif char == "]" and in_class:
                in_class = False
        i += 1
    return re.compile("".join(out), pattern.flags)


for _name, _value in list(globals().items()):
    if isinstance(_value, re.Pattern) and re.search("[یک]", _value.pattern):
        globals()[_name] = _with_arabic_forms(_value)
HEADERS[:] = [(kind, _with_arabic_forms(p)) for kind, p in HEADERS]
