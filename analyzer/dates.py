"""Dates as pages show them → ISO 8601, Solar Hijri (Persian) calendar included.

Comment dates are shown in a hundred ways; we keep the shown text (``posted``)
and add ``posted_iso`` only when the text parses without guessing: a year must be
present (or a relative date with a reference time), so "Monday" or "4:12 pm"
alone give ``None`` rather than a made-up day.

Numbers alone ("07.15.12", "03/04/2012") do not say which is the day and which the
month. One page prints all its comment dates one way, so :func:`day_first` reads
the order off the page's dates together (a 15 can only be a day; a weekday must
match) and :func:`to_iso` follows it. A two-digit year is then read with POSIX's pivot.
"""

from __future__ import annotations

import re
import warnings
from datetime import date, datetime, timedelta

from dateutil import parser as dateparser
from dateutil.tz import tzoffset

# Western digits, and the Persian letters yeh and kaf for the Arabic ones ("ي", "ك") that Persian
# pages typed on Arabic keyboard layouts print: "۱۴ دي ۱۳۸۹", "فروردين", "يكشنبه" (old Blogfa and
# Mihanblog templates, Windows-1256 pages, jQuery's Persian datepicker strings).
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩يك", "01234567890123456789یک")
PERSIAN_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
                  "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
# The same months by their Dari names, as Afghan sites print Solar Hijri dates ("۱۴ حوت ۱۴۰۲";
# WP-Parsidate's "dari" month names).
DARI_MONTHS = ["حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"]
_SOLAR_MONTH = "|".join(PERSIAN_MONTHS + DARI_MONTHS)
# A Solar Hijri date by its month's name, day first ("۱۴ اسفند ۱۴۰۲") or month first, as
# WP-Parsidate prints WordPress's default "F j, Y" ("اسفند ۱۴, ۱۴۰۲", "اسفند ۱۴ام، ۱۴۰۲" with "S").
# Day first, the year may be written in two digits, as Persian news sites print a comment's date
# ("۱۶ آبان ۹۱ - ۱۵:۱۵"): ``_solar_year`` reads it, and a time after the month ("۱۶ آبان ۱۵:۱۵") is no year.
_PERSIAN_MONTH = re.compile(rf"(?<![\w/])(?:(?P<d1>\d{{1,2}})(?:ام)?\s*(?P<m1>{_SOLAR_MONTH})\s*[,،]?\s*(?P<y1>\d{{4}}|\d{{2}}(?![:٫]))|"
                            rf"(?P<m2>{_SOLAR_MONTH})\s*(?P<d2>\d{{1,2}})(?:ام)?\s*[,،]?\s*(?P<y2>\d{{4}}))(?!\d)")
# Gregorian months by their Persian names, as Persian pages print Gregorian dates ("۲۰ اوت ۲۰۲۴":
# BBC Persian, Persian themes' demo comments, Intl's fa-IR Gregorian output), spelled the French way
# or the English way ("اوت" / "آگوست", "ژوئیه" / "جولای", "مه" / "می"), and with the ezafe that CLDR's
# Persian formats write on them (ICU, Intl, Flutter: "۱۵ ژانویهٔ ۲۰۲۴", "۱۴ ژانویهٔ ۲۰۱۰، ساعت ۱۳:۵۹").
FA_GREGORIAN_MONTHS = (("ژانویه",), ("فوریه",), ("مارس",), ("آوریل", "آپریل", "اپریل"), ("مه", "می"),
                        ("ژوئن", "جون"), ("ژوئیه", "ژوییه", "جولای"), ("اوت", "آگوست", "اگوست"), ("سپتامبر",),
                        ("اکتبر",), ("نوامبر",), ("دسامبر",))
_FA_GREGORIAN_INDEX = {name: i + 1 for i, names in enumerate(FA_GREGORIAN_MONTHS) for name in names}
_FA_GREGORIAN = re.compile(r"(?<![\w/])(\d{1,2})\s*(" + "|".join(sorted(_FA_GREGORIAN_INDEX, key=len, reverse=True))
                           + r")\u0654?\s*[,،]?\s*((?:1[89]|20)\d{2})(?!\d)")
_NUMERIC = re.compile(r"\b(\d{4})[/\-.](\d{1,2})[/\-.](\d{1,2})\b")
_NUMERIC_YEAR_LAST = re.compile(r"\b(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{4})\b")
_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")
# "5 minutes ago", and "a day ago", "an hour ago", "یک روز پیش" (one): Disqus and its kin write one unit so;
# units shortened as comment systems print them: "2 hrs ago", "5 mins ago", "3d ago", "2h ago" ("m" is
# minutes there, "mo" months)
_RELATIVE = re.compile(r"(\d+|\ban?\b|\bone\b|یک)\s*(second|minute|hour|day|week|month|year"
                       r"|sec|min|hr|wk|yr|mo|s|m|h|d|w|y|ثانیه|دقیقه|ساعت|روز|هفته|ماه|سال)"
                       r"s?\.?\s*(?:ago|پیش|قبل)")  # "5 hr. ago": the unit's full stop
_UNITS = {"second": 1, "sec": 1, "s": 1, "ثانیه": 1, "minute": 60, "min": 60, "m": 60, "دقیقه": 60,
          "hour": 3600, "hr": 3600, "h": 3600, "ساعت": 3600, "day": 86400, "d": 86400, "روز": 86400,
          "week": 604800, "wk": 604800, "w": 604800, "هفته": 604800,
          "month": 2592000, "mo": 2592000, "ماه": 2592000, "year": 31536000, "yr": 31536000, "y": 31536000, "سال": 31536000}
# "a few seconds ago", "چند ثانیه قبل" (moment's locales): the moment the page was saved. "A few
# minutes" has no count to go back by and stays unread.
_SECONDS_AGO = re.compile(r"\ba few seconds ago|چند ثانیه (?:پیش|قبل)|(?:لحظاتی|چند لحظه) (?:پیش|قبل)")  # "moments ago"
# US zone abbreviations that comment systems print; dateutil does not know them by itself.
TZINFOS = {name: tzoffset(name, hours * 3600) for name, hours in {
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "ET": -5, "CT": -6, "MT": -7, "PT": -8,
    "GMT": 0, "UTC": 0, "BST": 1, "CET": 1, "CEST": 2, "IRST": 3.5, "IRDT": 4.5}.items()}


def jalali_to_gregorian(jy: int, jm: int, jd: int) -> tuple[int, int, int]:
    """Solar Hijri → Gregorian (the arithmetic of the jdf.scr.ir converter, valid 1–3000 SH)."""
    jy += 1595
    days = -355668 + 365 * jy + (jy // 33) * 8 + ((jy % 33) + 3) // 4 + jd
    days += (jm - 1) * 31 if jm < 7 else (jm - 7) * 30 + 186
    gy = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        gy += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    gy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        gy += (days - 1) // 365
        days = (days - 1) % 365
    gd = days + 1
    leap = (gy % 4 == 0 and gy % 100 != 0) or gy % 400 == 0
    months = [0, 31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    gm = 0
    for gm in range(1, 13):
        if gd <= months[gm]:
            break
        gd -= months[gm]
    return gy, gm, gd


_DAY_WORDS = {"today": 0, "yesterday": 1, "امروز": 0, "دیروز": 1}
_DAY_WORD = re.compile(r"(?<!\w)(today|yesterday|امروز|دیروز)(?!\w)", re.I)
_SHORT_YEAR = re.compile(r"\b(\d{1,2})(?:\s+|-)(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
                         r"(?:\s+|-)(\d{2})\b(?!:)", re.I)  # and "07-Nov-12"


# "Nov 7 '12", "7th Nov '12": the year's last two digits after an apostrophe (Stack Exchange)
_APOSTROPHE_YEAR = re.compile(r"((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+"
                              r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+)"
                              r"['’](\d{2})\b", re.I)
_YEAR = re.compile(r"\b(1[89]|20)\d{2}\b")  # a four-digit year of the last two centuries
# day and month in either order, then the year: 07.15.12, 15/07/2012, 7-15-12
_DAY_MONTH = re.compile(r"(?<![\d/.\-])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.\-])")
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# a weekday's name or its abbreviation ("Thu", "Thurs.", "Tuesday"), not a word that starts like one ("month", "Sunny")
_WEEKDAY = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)(?:(?<=mon|fri|sun)day|(?<=tue)s?day|(?<=tue)s|(?<=wed)nesday|"
                      r"(?<=wed)s|(?<=thu)(?:rs?day|rs?)|(?<=sat)urday)?\b\.?", re.I)


def _gregorian(year: int, month: int, day: int) -> date | None:
    """The day meant, or ``None`` if there is none; years 1200–1500 are Solar Hijri (۱۳۹۹)."""
    try:
        return _jalali(year, month, day) if 1200 <= year <= 1500 else date(year, month, day)
    except ValueError:
        return None


def _jalali(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Solar Hijri one, or ``None`` if there is no such day."""
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        return None
    shown = jalali_to_gregorian(year, month, day)
    # Esfand 30 exists in leap years only: otherwise the arithmetic gives 1 Farvardin
    if month == 12 and day == 30 and shown == jalali_to_gregorian(year + 1, 1, 1):
        return None
    return date(*shown)


def _valid(year: int, month: int, day: int, weekday: int | None) -> bool:
    shown = _gregorian(year, month, day)
    return shown is not None and (weekday is None or shown.weekday() == weekday)


def _one_line(text: str) -> str:
    """Western digits, single spaces: the form every reading below works on."""
    return " ".join(text.translate(_DIGITS).split())


def _weekday(text: str) -> int | None:
    w = _WEEKDAY.search(text)
    return _WEEKDAYS.index(w.group(1).lower()) if w else None


def _day_month(text: str) -> tuple[int, int, int, int | None] | None:
    """(first number, second number, four-digit year, weekday or None) of a numeric date."""
    m = _DAY_MONTH.search(text)
    if not m:
        return None
    year = int(m.group(4)) if len(m.group(4)) == 4 else int(_century(m.group(4)))
    return int(m.group(1)), int(m.group(3)), year, _weekday(text)


def day_first(shown: list[str | None]) -> bool | None:
    """Whether a page's numeric dates put the day first: ``True`` or ``False`` when they can be
    read only one way, ``None`` when both orders fit them all (or neither, or none is numeric)."""
    fits = {True: True, False: True}
    seen = False
    for text in shown:
        parts = _day_month(_one_line(text or ""))
        if parts is None:
            continue
        a, b, year, weekday = parts
        seen = True
        fits[False] &= _valid(year, a, b, weekday)
        fits[True] &= _valid(year, b, a, weekday)
    if not seen or fits[True] == fits[False]:
        return None
    return fits[True]


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# "November 1", "Nov. 9th", "9 November": a month name and a day, no year
# a month's name or its abbreviation, not a word that starts like one ("Decision", "Marching")
_MONTH_NAME = (r"(?:january|february|march|april|may|june|july|august|september|sept|october|november|december|"
               r"jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\b\.?")
_MONTH_DAY = re.compile(r"\b(?:(?P<m1>" + _MONTH_NAME + r")\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?|"
                        r"(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m2>" + _MONTH_NAME + r"))(?![\d:])", re.I)
_MONTH = re.compile(r"\b" + _MONTH_NAME, re.I)
_ISO_DAY = re.compile(r"\b\d{4}([/\-.])\d{1,2}\1\d{1,2}(?!\d)")  # 2012-10-05T09:01Z, 2012/10/05
# German month names (comment systems print "5. März 2013 um 18:32 Uhr"), read as the English
# ones dateutil knows; those spelled alike (April, August, September, November) need nothing.
_GERMAN_MONTHS = {"jan": "January", "jän": "January", "feb": "February", "mär": "March", "mae": "March",
                  "mrz": "March", "mai": "May", "jun": "June", "jul": "July", "okt": "October", "dez": "December"}
_GERMAN_MONTH = re.compile(r"\b(januar|jänner|februar|märz|maerz|mär|mrz|mai|juni|juli|oktober|okt|dezember|dez)\b\.?",
                           re.I)
# A comment is posted on its article's day or after it (a day's slack for time zones), within a year.
SLACK = timedelta(days=1)


def page_isos(shown: list[str | None], article: str | None = None, fetched: str | None = None) -> list[str | None]:
    """ISO 8601 for each of a page's shown comment dates, read together.

    The page's numeric dates say which number is the day (:func:`day_first`). When the article's
    date is known (``article``, ISO), a date that both orders fit ("11.06.12") or that has no
    year ("Thursday, November 1 at 2:57 pm") is the reading on or after the article's day that
    comes first, and must match a weekday it shows; no such reading, no date. ``fetched``, when
    the page was saved (a WARC record's date), is what "5 minutes ago" counts back from."""
    return _read(shown, day_first(shown), _day(article), _moment(fetched))


def page_dates(articles: list[tuple[str | None, str | None]], comments: list[str | None],
               fetched: str | None = None) -> tuple[list[str | None], list[str | None]]:
    """ISO 8601 of a page's articles and of its comments, all read together: ``articles`` are
    (shown date, date the head declares) pairs. An article's shown date follows the page's
    order of numeric dates (then dateutil's, when that order gives no day); the first dated
    article is the day the comments' year-less dates count from (:func:`page_isos`)."""
    shown = [posted for posted, _ in articles] + comments
    first = day_first(shown)
    dated = [declared or (to_iso(posted, dayfirst=first) or to_iso(posted) if posted else None)
             for posted, declared in articles]
    start = _day(next((iso for iso in dated if iso), None))
    return dated, _read(comments, first, start, _moment(fetched))


def _read(shown: list[str | None], first: bool | None, start: date | None, now: datetime | None) -> list[str | None]:
    return [_page_iso(text, first, start, now) if text else None for text in shown]


def _moment(iso: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(iso.replace("Z", "+00:00")) if iso else None
    except (ValueError, TypeError, AttributeError):  # not an ISO string
        return None


def _day(iso: str | None) -> date | None:
    try:
        return date.fromisoformat(iso[:10]) if iso else None
    except (ValueError, TypeError, AttributeError):  # not an ISO string
        return None


def _page_iso(text: str, dayfirst: bool | None, start: date | None, now: datetime | None) -> str | None:
    try:  # like to_iso, never raises: an article day at the calendar's edge has no year-long window
        return _from_article_day(text, dayfirst, start, now)
    except (ValueError, OverflowError, TypeError, IndexError):
        return None


def _from_article_day(text: str, dayfirst: bool | None, start: date | None, now: datetime | None) -> str | None:
    found = to_iso(text, now, dayfirst)
    if found or start is None:
        return found
    clean = _one_line(text)
    weekday = _weekday(clean)
    if parts := _day_month(clean):
        a, b, year, _ = parts
        readings = [d for d in (_gregorian(year, a, b), _gregorian(year, b, a)) if d is not None]
        match = _DAY_MONTH.search(clean)
    elif (m := _MONTH_DAY.search(clean)) and not _YEAR.search(clean):
        month = _MONTHS.index((m.group("m1") or m.group("m2")).lower()[:3]) + 1
        day = int(m.group("d1") or m.group("d2"))
        readings = [d for d in (_gregorian(start.year + k, month, day) for k in (0, 1)) if d is not None]
        match = m
    else:
        return None
    readings = sorted(d for d in readings if start - SLACK <= d <= start + timedelta(days=366)
                      and (weekday is None or d.weekday() == weekday))
    if not readings:
        return None
    return to_iso(clean[:match.start()] + readings[0].isoformat() + clean[match.end():])


# "GMT-5", "UTC+3:30", "(GMT +0330)": an offset from UTC as people write it. dateutil reads the
# POSIX form, where "GMT+3" means three hours *behind* UTC, so "GMT-5" came out as +05:00.
_GMT_OFFSET = re.compile(r"\b(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\b", re.I)


def _offset(m: re.Match[str]) -> str:
    return f" {m.group(1)}{int(m.group(2)):02d}:{m.group(3) or '00'}"


def _solar_year(year: str) -> int:
    """A Solar Hijri year as shown: four digits, or two ("۹۱" is 1391, "۰۲" 1402; the web's Persian
    pages begin in the 1370s, so 75 to 99 are 13xx and the rest 14xx)."""
    y = int(year)
    return y if len(year) == 4 else (1300 if y >= 75 else 1400) + y


def _century(yy: str) -> str:
    return f"{2000 + int(yy) if int(yy) <= 69 else 1900 + int(yy)}"


def _with_time(date: str, text: str, before: str = "") -> str:
    """``date`` with the time shown after it, or else before it ("۱۲:۲۰ - ۱۴۰۲/۱۲/۱۵"), and the
    half of the day written after the time: WordPress's Persian dates end "۱۰:۱۵ ب.ظ" (بعد از ظهر,
    afternoon: 22:15) or "ق.ظ" (قبل از ظهر, morning)."""
    where = text if _TIME.search(text) else before
    m = _TIME.search(where)
    if not m:
        return date
    hour, minute, second = int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
    if hour > 23 or minute > 59:
        return date
    if (half := _HALF_DAY.match(where[m.end():])) and hour <= 12:  # "14:30 ب.ظ" is already afternoon
        hour = hour % 12 + (12 if half.group("pm") else 0)
    return f"{date}T{hour:02d}:{minute:02d}:{second:02d}"


# The half of the day after a time: Persian "ب.ظ" / "بعد از ظهر" / "عصر" (afternoon, evening) and
# "ق.ظ" / "قبل از ظهر" / "صبح" (morning), or am / pm. "شب" (night) is left alone: "۲ شب" is 2 am.
_HALF_DAY = re.compile(r"\s*(?:(?P<pm>ب\s?\.\s?ظ\.?|بعد[\s\u200c]?از[\s\u200c]?ظهر|عصر|p\.?\s?m\b\.?)"
                       r"|(?P<am>ق\s?\.\s?ظ\.?|قبل[\s\u200c]?از[\s\u200c]?ظهر|صبح|a\.?\s?m\b\.?))", re.I)


def machine_iso(value: str) -> str | None:
    """The ISO 8601 date a page declares for machines (``<time datetime>``, a microdata
    ``content``), normalised, or ``None`` when it is not ISO. Pages show "2 hours ago" or
    "yesterday" beside it, which only the page's fetch time could date: the declared date
    says it outright."""
    text = value.strip()
    if not re.match(r"^\d{4}-\d{2}-\d{2}", text):
        return None
    try:
        if len(text) == 10:
            return date.fromisoformat(text).isoformat()
        return datetime.fromisoformat(text.replace(" ", "T", 1)).isoformat()
    except ValueError:
        return None


def to_iso(posted: str, now: datetime | None = None, dayfirst: bool | None = None) -> str | None:
    """ISO 8601 for a shown date, or ``None`` when it does not parse without guessing. Never raises.

    ``dayfirst``: the order of the page's numeric dates (:func:`day_first`). Without it a
    two-digit year such as "11.05.12" gives ``None``; a four-digit one that both orders fit
    keeps dateutil's reading, month first."""
    try:
        return _to_iso(posted, now, dayfirst)
    except (ValueError, OverflowError, TypeError, IndexError):
        return None


def _to_iso(posted: str, now: datetime | None, dayfirst: bool | None = None) -> str | None:
    text = _one_line(posted)
    if not text:
        return None
    # a Solar Hijri day that does not exist (Esfand 30 of a common year, Mehr 31) gives None
    if m := _PERSIAN_MONTH.search(text):
        name = m.group("m1") or m.group("m2")
        month = (PERSIAN_MONTHS.index(name) if name in PERSIAN_MONTHS else DARI_MONTHS.index(name)) + 1
        shown = _jalali(_solar_year(m.group("y1") or m.group("y2")), month, int(m.group("d1") or m.group("d2")))
        return _with_time(shown.isoformat(), text[m.end():], text[:m.start()]) if shown else None
    if m := _FA_GREGORIAN.search(text):
        shown = _gregorian(int(m.group(3)), _FA_GREGORIAN_INDEX[m.group(2)], int(m.group(1)))
        return _with_time(shown.isoformat(), text[m.end():], text[:m.start()]) if shown else None
    if (m := _NUMERIC.search(text)) and 1200 <= int(m.group(1)) <= 1500:
        shown = _gregorian(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return _with_time(shown.isoformat(), text[m.end():], text[:m.start()]) if shown else None
    # the Solar Hijri year last, "۲۱/۰۸/۱۳۹۱": Persian writes the day first
    if (m := _NUMERIC_YEAR_LAST.search(text)) and 1200 <= int(m.group(3)) <= 1500:
        shown = _gregorian(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        return _with_time(shown.isoformat(), text[m.end():], text[:m.start()]) if shown else None
    lower = text.lower()
    if _SECONDS_AGO.search(lower):
        return now.replace(microsecond=0).isoformat() if now is not None else None
    if m := _RELATIVE.search(lower):
        if now is None:
            return None
        count = int(m.group(1)) if m.group(1).isdigit() else 1
        when = now - timedelta(seconds=count * _UNITS[m.group(2)])
        return when.replace(microsecond=0).isoformat()
    if m := _DAY_WORD.search(text):  # "Yesterday at 4:12 pm", "دیروز ساعت ۱۰:۳۰"
        if now is None:
            return None
        day = now.date() - timedelta(days=_DAY_WORDS[m.group(1).lower()])
        text = text[:m.start()] + day.isoformat() + text[m.end():]
    if dayfirst is not None and (parts := _day_month(text)):
        a, b, year, _ = parts
        shown = _gregorian(year, *((b, a) if dayfirst else (a, b)))
        if shown is None:
            return None
        # written out unambiguously; dateutil then reads the time, am/pm and zone as for any date
        text = _DAY_MONTH.sub(shown.isoformat(), text, count=1)
    # "7 Aug 12", "07 Nov 12 at 11:21 pm": a two-digit year after a month name is a year
    # (POSIX's pivot: 69 and below are 20xx); "07 Nov 12:30" is a time, not one.
    text = _SHORT_YEAR.sub(lambda m: f"{m.group(1)} {m.group(2)} {_century(m.group(3))}", text)
    text = _APOSTROPHE_YEAR.sub(lambda m: m.group(1) + _century(m.group(2)), text)
    if not _YEAR.search(text):
        return None
    text = _GERMAN_MONTH.sub(lambda m: _GERMAN_MONTHS[m.group(1).lower()[:3]], text)
    if not (_MONTH.search(text) or _DAY_MONTH.search(text) or _ISO_DAY.search(text)):
        # no month the parser could read: "12. März 2013" or "12 marzo 2013" would come out as
        # December 1st, 2013 (dateutil's fuzzy reading skips the word and takes 12 as the month)
        return None
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text)
    cleaned = re.sub(r"\b(at|on|posted|by)\b|@|\||#\s*\d+", " ", cleaned, flags=re.I)  # "#4337": the comment's number
    # "4:12 PM - 5 Mar 2024": a hyphen between spaces parts time from date; dateutil would read
    # "- 5" as a zone offset and give up. Offsets are written "-05:00", "UTC-5", without the space.
    cleaned = re.sub(r"\s-\s", " ", cleaned)
    cleaned = _GMT_OFFSET.sub(_offset, cleaned)
    with warnings.catch_warnings():  # an unknown zone name still gives the local time shown
        warnings.simplefilter("ignore")
        parsed = dateparser.parse(cleaned, fuzzy=True, tzinfos=TZINFOS, default=datetime(1900, 1, 1))
    if parsed.year == 1900:
        return None
    has_time = bool(_TIME.search(text))
    if not has_time:
        return parsed.date().isoformat()
    return parsed.replace(microsecond=0).isoformat()
