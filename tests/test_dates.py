from __future__ import annotations

from datetime import datetime

import pytest

from analyzer.dates import day_first, jalali_to_gregorian, page_isos, to_iso


@pytest.mark.parametrize("shown, iso", [
    ("November 3, 2012 at 4:12 pm", "2012-11-03T16:12:00"),
    ("Sun Feb 08, 2009 10:11 AM PST", "2009-02-08T10:11:00-08:00"),
    ("Aug 1, 2012 2:03 pm EDT", "2012-08-01T14:03:00-04:00"),
    ("July 4th, 2012, 1:02 am", "2012-07-04T01:02:00"),
    ("2012-10-05T09:01:00Z", "2012-10-05T09:01:00+00:00"),
    ("Oct 13, 2012", "2012-10-13"),
    ("۱۴۰۲/۰۵/۱۲", "2023-08-03"),
    ("1402/05/12", "2023-08-03"),
    ("۱۲ مرداد ۱۴۰۲", "2023-08-03"),
    ("١٢ مرداد ١٤٠٢ ساعت ١٠:٣٠", "2023-08-03T10:30:00"),
    ("۱ فروردین ۱۴۰۳", "2024-03-20"),
    ("7 Aug 12 at 11:21 pm", "2012-08-07T23:21:00"),  # a two-digit year after a month name
    ("12 March 99", "1999-03-12"),
    ("07-Nov-12 15:15", "2012-11-07T15:15:00"),  # dashed, as forums print it
    ("7-Nov-2012", "2012-11-07"),
    ("July 18, 2012 at 12:37 pm #4337", "2012-07-18T12:37:00"),  # the comment's number after the time
    ("۱۴ مرداد ۱۴۰۲، ساعت ۱۰:۳۰", "2023-08-05T10:30:00"),  # the Persian comma before the time
    ("November 7, 2012 | 3:12 pm", "2012-11-07T15:12:00"),  # a bar between the date and the time
    ("3:12 pm | November 7, 2012", "2012-11-07T15:12:00"),
    ("۱۷ آبان ۱۳۹۱ | ۱۲:۳۴", "2012-11-07T12:34:00"),
    ("November 7, 2012 at 3:12 pm (edited)", "2012-11-07T15:12:00"),
    ("Nov 7 '12 at 15:12", "2012-11-07T15:12:00"),  # the year's last two digits after an apostrophe
    ("7th Nov ’12", "2012-11-07"),
    ("Wed, 7 Nov 2012 15:12:05 +0000", "2012-11-07T15:12:05+00:00"),
    ("07 Nov 12:30", None),  # a time, not a year
    ("۱۶ آبان ۹۱ - ۱۵:۱۰", "2012-11-06T15:10:00"),  # a two-digit Solar Hijri year, as news sites print it
    ("۲۱/۰۸/۱۳۹۱ ۱۵:۳۰", "2012-11-11T15:30:00"),  # the Solar Hijri year last, the day first
    ("۳۱/۱۲/۱۳۹۱", None),  # no 31st of Esfand
    ("۱۶ آبان ۰۲", "2023-11-07"),
    ("۱۶ آبان ۱۵:۱۰", None),  # a time, not a year
    ("5 minutes ago", None),
    ("Monday", None),
    ("4:12 pm", None),
    ("", None),
    ("not a date at all 99999", None),
    ("12. März 2013 um 9:05 Uhr", "2013-03-12T09:05:00"),  # German month names
    ("3. Mai 2011, 14:00 Uhr", "2011-05-03T14:00:00"),
    ("Dez. 24, 2012", "2012-12-24"),
    ("12 marzo 2013", None),  # a month we cannot read: not December 1st (dateutil skips the word)
    ("Posted 12 2013", None),
])
def test_to_iso(shown, iso):
    assert to_iso(shown) == iso


def test_relative_dates_need_a_reference_time():
    assert to_iso("5 minutes ago", now=datetime(2020, 1, 1, 12, 0)) == "2020-01-01T11:55:00"
    assert to_iso("۲ روز پیش", now=datetime(2020, 1, 3)) == "2020-01-01T00:00:00"
    # the unit shortened with its full stop, as Reddit prints it
    assert to_iso("5 hr. ago", now=datetime(2020, 1, 1, 12, 0)) == "2020-01-01T07:00:00"
    assert to_iso("3 mins. ago", now=datetime(2020, 1, 1, 12, 0)) == "2020-01-01T11:57:00"


def test_jalali_leap_years():
    assert jalali_to_gregorian(1399, 12, 30) == (2021, 3, 20)
    assert jalali_to_gregorian(1357, 11, 22) == (1979, 2, 11)


@pytest.mark.parametrize("page, first", [
    (["07.15.12 at 11:59", "07.16.12 at 5:02 pm"], False),  # 15 and 16 can only be days
    (["03/04/2012 9:15 PM", "23/11/2012 10:00"], True),
    (["Thu, 08/09/2012 - 14:32"], False),  # 9 August 2012 was a Thursday, 8 September a Saturday
    (["11.05.12 at 5:02 pm", "11.06.12 at 9:00 am"], None),  # both orders fit: the page does not say
    (["November 3, 2012", "Monday", None], None),  # no numeric date at all
    (["۱۵/۰۷/۱۳۹۹", "۰۲/۰۸/۱۳۹۹"], True),  # Solar Hijri, day first: there is no month 15
])
def test_day_first_reads_the_order_off_the_whole_page(page, first):
    assert day_first(page) is first


@pytest.mark.parametrize("shown, dayfirst, iso", [
    ("07.15.12 at 5:02 pm", False, "2012-07-15T17:02:00"),
    ("03/04/2012 9:15 PM", True, "2012-04-03T21:15:00"),
    ("03/04/2012 9:15 PM", None, "2012-03-04T21:15:00"),  # a four-digit year alone: dateutil's month first
    ("11.05.12 at 5:02 pm", None, None),  # a two-digit year alone: no guess
    ("11.05.12 at 5:02 pm", True, "2012-05-11T17:02:00"),
    ("10/28/12 5:33 PM EDT", False, "2012-10-28T17:33:00-04:00"),
    ("۱۵/۰۷/۱۳۹۹ ساعت ۱۰:۳۰", True, "2020-10-06T10:30:00"),
    ("31/02/2012", True, None),  # no such day
    ("November 3, 2012 at 4:12 pm", True, "2012-11-03T16:12:00"),  # not numeric: the order does not matter
])
def test_to_iso_follows_the_page_order(shown, dayfirst, iso):
    assert to_iso(shown, dayfirst=dayfirst) == iso


def test_dates_without_a_year_are_read_from_the_article_day_on():
    shown = ["Thursday, November 1 at 2:57 pm", "Friday, November 2 at 10:44 am", "Monday, November 1",
             "Jan 3 at 4:00 pm", "5 minutes ago", None]
    assert page_isos(shown, "2012-11-01T09:00:00") == [
        "2012-11-01T14:57:00", "2012-11-02T10:44:00",
        None,  # 1 November 2012 was a Thursday: a "Monday" that day is no reading
        "2013-01-03T16:00:00",  # the first 3 January after the article
        None, None]
    assert page_isos(shown[:2]) == [None, None]  # no article day: no year to give them


def test_numeric_dates_both_orders_fit_are_read_from_the_article_day_on():
    assert page_isos(["11.06.12 at 11:06 am", "11.07.12 at 9:00 pm"], "2012-11-06") == [
        "2012-11-06T11:06:00", "2012-11-07T21:00:00"]  # 11 June and 11 July are before the article
    assert page_isos(["11.06.12 at 11:06 am"], "2013-01-01") == [None]  # both readings before it


def test_relative_dates_count_back_from_when_the_page_was_fetched():
    assert page_isos(["5 minutes ago", "2 days ago", "November 3, 2012"], fetched="2012-11-13T10:20:30Z") == [
        "2012-11-13T10:15:30+00:00", "2012-11-11T10:20:30+00:00", "2012-11-03"]
    assert page_isos(["5 minutes ago"]) == [None]  # no fetch time: no reference to count from


def test_yesterday_and_today_are_days_before_the_fetch_time():
    fetched = "2012-11-13T10:20:30Z"
    assert page_isos(["Yesterday at 4:12 pm", "دیروز ساعت ۱۰:۳۰", "Today", "۵ دقیقه پیش"], fetched=fetched) == [
        "2012-11-12T16:12:00", "2012-11-12T10:30:00", "2012-11-13", "2012-11-13T10:15:30+00:00"]
    assert page_isos(["Yesterday at 4:12 pm"]) == [None]


def test_esfand_30_only_in_solar_hijri_leap_years():
    # 1399 and 1403 are leap years; 1400 is not, so "30/12/1400" is no day (the converter would
    # carry it over to 1 Farvardin 1401, 21 March 2022)
    assert page_isos(["30/12/1399"], "2021-03-01") == ["2021-03-20"]
    assert day_first(["30/12/1403"]) is True
    assert day_first(["30/12/1400"]) is None
    assert to_iso("30/12/1400", dayfirst=True) is None


def test_a_weekday_is_a_weekday_name_not_a_word_that_starts_like_one():
    # "month", "Sunny", "friends" are no Monday, Sunday, Friday: 15 can only be a day here
    assert day_first(["15.11.12 - 1 month ago"]) is True
    assert day_first(["15.11.12 · Sunny"]) is True
    assert page_isos(["November 1 at 2:57 pm (friends only)"], "2012-11-01") == ["2012-11-01T14:57:00"]
    assert day_first(["Thu, 08/09/2012 - 14:32"]) is False  # real names still count
    assert day_first(["Thurs. 08/09/2012"]) is False
    assert day_first(["Tues 13/11/2012"]) is True


def test_a_month_without_a_year_is_a_month_name_not_a_word_that_starts_like_one():
    # "Decision 5", "Marching 3", "Junk 12" are no 5 December, 3 March, 12 June
    assert page_isos(["Decision 5 - 10:30", "Marching 3", "Junk 12"], "2012-11-01") == [None, None, None]
    assert page_isos(["Dec. 5 at 10:30", "Sept 3", "12th June"], "2012-11-01") == [
        "2012-12-05T10:30:00", "2013-09-03", "2013-06-12"]


def test_page_isos_never_raises():
    # an article day at the calendar's edge, a fetch time that is no ISO string: no date, no exception
    assert page_isos(["Thursday, November 1 at 2:57 pm"], "0001-01-01") == [None]
    assert page_isos(["Thursday, November 1 at 2:57 pm"], "9999-12-31") == [None]
    assert page_isos(["5 minutes ago", "November 3, 2012"], fetched=datetime(2012, 11, 13)) == [None, "2012-11-03"]
    assert page_isos(["5 minutes ago"], fetched="13 Nov 2012") == [None]


@pytest.mark.parametrize("shown", ["30 اسفند 1400", "۳۰ اسفند ۱۴۰۰", "1400/12/30", "31 مهر 1399", "1399/07/31"])
def test_solar_hijri_days_that_do_not_exist_give_no_date(shown):
    # Esfand 30 of a non-leap year, Mehr 31 (months 7–12 have 30 days): not carried over to the next month
    assert to_iso(shown) is None


def test_solar_hijri_month_ends_that_exist():
    assert to_iso("30 اسفند 1399") == "2021-03-20"
    assert to_iso("1399/06/31 10:30") == "2020-09-21T10:30:00"


@pytest.mark.parametrize("value, iso", [
    ("2019-06-20T18:02:00Z", "2019-06-20T18:02:00+00:00"),
    ("2023-05-02T10:15:00+03:30", "2023-05-02T10:15:00+03:30"),
    ("2019-06-20", "2019-06-20"),
    ("2012-11-09 12:00:20", "2012-11-09T12:00:20"),
    ("Monday, March 3, 2014", None),  # not ISO: a shown date is read by to_iso, in the page's order
    ("2019-13-40", None),
])
def test_machine_iso_reads_declared_iso_dates_only(value, iso):
    from analyzer.dates import machine_iso

    assert machine_iso(value) == iso


@pytest.mark.parametrize("shown, iso", [
    ("a day ago", "2012-11-12T10:20:30"), ("an hour ago", "2012-11-13T09:20:30"), ("one week ago", "2012-11-06T10:20:30"),
    ("یک روز پیش", "2012-11-12T10:20:30"),
    ("a few minutes ago", None),  # no count to go back by: unparsed rather than guessed
    ("a few seconds ago", "2012-11-13T10:20:30"), ("چند ثانیه قبل", "2012-11-13T10:20:30"),  # moment's locales
    # units shortened as comment systems print them
    ("2 hrs ago", "2012-11-13T08:20:30"), ("1 hr ago", "2012-11-13T09:20:30"), ("5 mins ago", "2012-11-13T10:15:30"),
    ("3d ago", "2012-11-10T10:20:30"), ("2h ago", "2012-11-13T08:20:30"), ("2 wks ago", "2012-10-30T10:20:30"),
    ("1 yr ago", "2011-11-14T10:20:30"),
    ("Anna 2 days ago", "2012-11-11T10:20:30"),  # "an" inside a name is no count
])
def test_one_unit_written_out_counts_back_one(shown, iso):
    assert to_iso(shown, now=datetime(2012, 11, 13, 10, 20, 30)) == iso


@pytest.mark.parametrize("shown, iso", [
    ("4:12 PM - 5 Mar 2024", "2024-03-05T16:12:00"),  # time first, a spaced hyphen, as tweets show
    ("10:20 - 2024/03/05", "2024-03-05T10:20:00"),
    ("۱۲:۲۰ - ۱۴۰۲/۱۲/۱۵", "2024-03-05T12:20:00"),  # a Solar Hijri date keeps a time shown before it
    ("ساعت ۱۲:۲۰ - ۱۵ اسفند ۱۴۰۲", "2024-03-05T12:20:00"),
    ("۱۴۰۲/۱۲/۱۵ - ۱۲:۲۰", "2024-03-05T12:20:00"),
    ("5 Mar 2024 12:20 -0500", "2024-03-05T12:20:00-05:00"),  # an offset written bare stays a zone
])
def test_a_time_shown_before_its_date(shown, iso):
    assert to_iso(shown) == iso


@pytest.mark.parametrize("shown, iso", [
    ("5 Mar 2024 12:20 GMT-5", "2024-03-05T12:20:00-05:00"),  # dateutil's POSIX reading gave +05:00
    ("5 Mar 2024 12:20 UTC-5", "2024-03-05T12:20:00-05:00"),
    ("5 Mar 2024 12:20 GMT+3:30", "2024-03-05T12:20:00+03:30"),  # Tehran
    ("5 Mar 2024 12:20 (GMT +0330)", "2024-03-05T12:20:00+03:30"),
    ("March 5, 2012 12:20 pm UTC+01:00", "2012-03-05T12:20:00+01:00"),
    ("5 Mar 2024 12:20 GMT", "2024-03-05T12:20:00+00:00"),
])
def test_gmt_and_utc_offsets_read_as_people_write_them(shown, iso):
    assert to_iso(shown) == iso


@pytest.mark.parametrize("shown, iso", [
    ("۱۲ فروردین ۱۴۰۳ در ۱۰:۱۵ ب.ظ", "2024-03-31T22:15:00"),  # WordPress's Persian "afternoon"
    ("۱۳ فروردین ۱۴۰۳ در ۸:۰۰ ق.ظ", "2024-04-01T08:00:00"),
    ("۱۲ فروردین ۱۴۰۳ ساعت ۱۲:۳۰ ق.ظ", "2024-03-31T00:30:00"),
    ("۱۲ فروردین ۱۴۰۳ ساعت ۱۲:۳۰ ب.ظ", "2024-03-31T12:30:00"),
    ("۱۴۰۳/۰۱/۱۲ ۰۴:۲۰ بعد از ظهر", "2024-03-31T16:20:00"),
    ("۱۴۰۳/۰۱/۱۲ ساعت ۹:۰۵ صبح", "2024-03-31T09:05:00"),
    ("۱۴۰۳/۰۱/۱۲ ساعت ۱۴:۳۰ ب.ظ", "2024-03-31T14:30:00"),
    ("۱۴۰۳/۰۱/۱۲ 10:15 pm", "2024-03-31T22:15:00"),
    ("۱۴۰۳/۰۱/۱۲ ساعت ۲:۰۰ شب", "2024-03-31T02:00:00"),  # "night" left as written
])
def test_the_half_of_the_day_after_a_solar_hijri_time(shown, iso):
    assert to_iso(shown) == iso


@pytest.mark.parametrize("shown, iso", [
    # WP-Parsidate prints the site's date format with Solar Hijri parts: WordPress's default "F j, Y" puts
    # the month first, and its "S" is "ام"
    ("اسفند ۱۴, ۱۴۰۲", "2024-03-04"),
    ("اسفند ۱۱، ۱۴۰۲ در زمان ۱۰:۱۵ ب.ظ", "2024-03-01T22:15:00"),
    ("اسفند ۱۱ام، ۱۴۰۲ در زمان ۸:۰۵ ق.ظ", "2024-03-01T08:05:00"),
    ("مرداد ۵, ۱۳۹۹ @ ۱۱:۰۰ ب.ظ", "2020-07-26T23:00:00"),
    # the Arabic yeh and kaf of pages typed on Arabic keyboard layouts
    ("۱۴ دي ۱۴۰۲", "2024-01-04"),
    ("يكشنبه ۱۱ فروردين ۱۳۹۸", "2019-03-31"),
    ("۱۳ ارديبهشت ۱۳۸۹ در ۱۰:۱۵ ق.ظ", "2010-05-03T10:15:00"),
    # Dari month names (Afghan sites, WP-Parsidate's "dari" option)
    ("۱۴ حوت ۱۴۰۲", "2024-03-04"),
    ("۱ حمل ۱۴۰۳ ساعت ۹:۳۰", "2024-03-20T09:30:00"),
    # Gregorian months by their Persian names
    ("۲۰ اوت ۲۰۲۴", "2024-08-20"),
    ("۱۴ مارس ۲۰۲۴، ۱۰:۳۰", "2024-03-14T10:30:00"),
    ("۳ می ۲۰۲۳", "2023-05-03"),
    ("۳ جولای ۲۰۲۳", "2023-07-03"),
    # with the ezafe of CLDR's Persian formats (ICU, Intl, Flutter's intl)
    ("۱۵ ژانویهٔ ۲۰۲۴", "2024-01-15"),
    ("پنجشنبه ۱۴ ژانویهٔ ۲۰۱۰، ساعت ۱۳:۵۹:۲۸", "2010-01-14T13:59:28"),
    # no day, or a Gregorian month with a Solar Hijri year: nothing made up
    ("خرداد ۱۴۰۱", None),
    ("۱۲ می ۱۴۰۲", None),
])
def test_persian_date_forms_of_real_templates(shown, iso):
    assert to_iso(shown) == iso


def test_moments_ago_is_the_fetch_time():
    """"لحظاتی پیش" / "چند لحظه قبل" ("moments ago"), as "a few seconds ago" is."""
    fetched = "2012-11-13T10:20:30Z"
    assert page_isos(["لحظاتی پیش", "چند لحظه قبل"], fetched=fetched) == ["2012-11-13T10:20:30+00:00"] * 2
