"""Where to look in HTML: the words and tags our DOM segmenter trusts, as data.

Class and id words are one signal among others (a page with hashed class names
still goes through the structural detector), so these lists favour words that
comment systems really use: WordPress, Disqus, Drupal, Blogger, phpBB/vBulletin,
news CMSs, and their Persian, German and French equivalents.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Class/id tokens of a comment item or a comment list (WordPress `comment`, Disqus `post`
# inside `#disqus_thread`, Drupal `comment`, Blogger `comment`, forums `post`/`postbit`).
COMMENT_WORDS = re.compile(
    r"(?:^|[-_\s])(?:comments?|reply|replies|kommentar(?:e)?|commentaire?s?|reactions?|responses?|"
    r"comment[oi]|"  # Italian, and Commento's class prefix (commento-card)
    r"postbit|post-?container|disqus|talk|comm|نظر|نظرات|دیدگاه|پاسخ)(?:$|[-_\s\d])", re.I)
# Tokens that mark a part of a comment, not the comment itself, or a form.
COMMENT_PART_WORDS = re.compile(
    r"(?:author|avatar|meta|content|text|body|date|time|reply-?link|respond|form|count|title|"
    r"header|footer|actions?|vote|rating|likes?|number|pagination|nav|link|policy|notes?|closed|list|area|section|wrap(?:per)?|container|block|holder|tools|children|"
    r"details|otherdetails|top|info|sig(?:nature)?|message|"
    r"name|contents|subtitle|score|timeago|options|bar)"
    r"(?:[-_]?[a-z]{0,2}\d[a-z\d]*)?$|[-_]form(?:$|[-_])", re.I)  # an id's number: "-12", "-a1", "_c7f3"
FORUM_ITEM_WORDS = re.compile(r"^(?:post|postbit|postcontainer|message)$", re.I)

# Fields inside an item, by class/id/itemprop words.
AUTHOR_WORDS = re.compile(r"(?:author|user(?:name)?|nick|poster|commenter|\bfn\b|byline|name|نویسنده|کاربر)", re.I)
DATE_WORDS = re.compile(r"(?:date|time|timestamp|posted|published|submitted|meta|تاریخ|زمان)", re.I)
TEXT_WORDS = re.compile(r"(?:content|body|text|message|entry|comment-?text|post-?message|postcontent|متن)", re.I)
# Labels before a field's value in guestbooks and old forums ("Name: Linda", "Joined: 12 Mar 2005").
NAME_LABELS = r"(?:name|nick(?:name)?|von|nom|autor|author|نام|نام کاربری)"
# A date after one of these is the writer's profile (when they joined), not the comment's.
PROFILE_DATE_LABEL = re.compile(
    r"(?:joined|registered|member since|reg(?:istered|\.)?\s*date|mitglied seit|registriert(?: seit)?|"
    r"dabei seit|inscrit(?: le)?|inscription|تاریخ عضویت|عضویت)\s*:?\s*$", re.I)
# A label that says the date after it is the post's ("Posted: Mon Oct 01, 2012 10:11 am").
DATE_LABEL = re.compile(r"^\W*(?:posted(?: on)?|date|datum|written|submitted|sent|تاریخ(?: ارسال)?|ارسال شده)\s*:?\s*$", re.I)
# A writer's rank or role beside their name ("Junior Member", "Moderator"): named a title, not the comment's.
RANK_WORDS = re.compile(r"(?:role|rank|user-?title|badge)", re.I)
TITLE_WORDS = re.compile(r"(?:title|subject|heading)", re.I)
# The verb after a name in a comment's header: "Ben says:", "Anonymous said...", "علی می‌گوید:", "نگار گفته:"
SAYS_FA = r"(?:گفت(?:ه)?|نوشت(?:ه)?|می[\u200c ]?گوید|می[\u200c ]?نویسد)"
SAYS = rf"(?:says|said|wrote|writes|{SAYS_FA})"
# (CHROME_TEXT below drops a line holding only one of these, but "writes": the dragnet gold keeps
# that line as comment text, on 2 fit pages.)
CHROME_TEXT = re.compile(
    r"^(?:\[?reply\]?|report(?: abuse| post)?(?:\s*»)?|quote|permalink|like|share(?: it)?|flag|edit|delete|"
    r"save|parent|embed|give award|"  # old reddit's buttons under each comment
    rf"-?\d+\s+(?:likes?|points?|replies)|rate this:?(?:\s+-?\d+){{0,2}}|پاسخ|گزارش|says[:,]?|said[:,]?|wrote[:,]?|{SAYS_FA}:?|↩|"
    r"(?:name|e-?mail|homepage|website|url|location|from|wohnort|date|datum|message|comment|nachricht|eintrag|"
    r"نام|پیام|تاریخ|ایمیل)\s*:|"  # a guestbook's field labels, alone on a line
    r"(?:view|show|load|see|hide)(?: all)?(?: \d+)?(?: more| previous| older)? (?:repl(?:y|ies)|comments?)|"  # thread toggles
    r"your comment is awaiting moderation\.?|دیدگاه شما در انتظار (?:بررسی|تایید|تأیید) است\.?|"  # shown to the writer only
    r"log ?in to reply|log ?in to comment|sign in to reply|reply to this(?: comment)?|report comment)$", re.I)

# Subtrees that are never article nor comment text.
DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas",
             "select", "button", "input", "textarea", "nav", "aside", "footer", "header", "menu")
# Class names and itemprops that mark an article body (WordPress, Blogger, hAtom, schema.org).
CONTENT_CLASSES = frozenset({"hentry", "post-body", "entry-content", "post-content", "article-body",
                             "article-content", "story-body", "entry-body", "post-entry", "td-post-content"})
CONTENT_ITEMPROPS = frozenset({"articleBody", "blogPost"})

BOILERPLATE_WORDS = re.compile(
    r"(?:^|[-_\s])(?:nav(?:bar|igation)?|menu|breadcrumbs?|sidebar|widget|share|sharing|social|"
    r"related|recommended|promo|advert(?:isement)?|ads?|sponsor(?:ed)?|banner|cookie|newsletter|"
    r"subscribe|footer|masthead|toolbar|tags?|categories|pagination|author-?box|about-?author|"
    r"likes?|sharedaddy|"  # like buttons and counts ("Liked by 2 people"); Jetpack's share and like boxes
    r"respond|comment-?form|login|signup|popup|modal)(?:$|[-_\s\d])", re.I)

_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


# Token tests are cached: a page asks them of every element's class and id tokens, and the
# same few hundred tokens recur across pages (a third of the HTML stage went into these regexes).
@lru_cache(maxsize=1 << 16)
def furniture_word(token: str) -> bool:
    """A class/id token naming page furniture, read across camelCase too ("promoColumn")."""
    return bool(BOILERPLATE_WORDS.search(_CAMEL.sub("-", token)))


@lru_cache(maxsize=1 << 16)
def comment_item_word(token: str) -> bool:
    """A token naming a comment or a comment list itself, not a part of one ("comment-author"),
    read across camelCase too when the comment word ends it: "blogComment" is one,
    "commentBody" a part of one, "commentLeaderboard" a widget about them."""
    split = _CAMEL.sub("-", token)
    if split != token:
        token = split.rsplit("-", 1)[-1]
    return bool(COMMENT_WORDS.search(token)) and not COMMENT_PART_WORDS.search(token)


@lru_cache(maxsize=1 << 16)
def forum_item_word(token: str) -> bool:
    return bool(FORUM_ITEM_WORDS.match(token))


HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

# Block-level tags whose text is one paragraph of article or comment text.
BLOCK_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "td", "th",
              "figcaption", "div", "section", "article", "tr", "table", "ul", "ol", "dl", "br", "hr")

# Microdata / RDFa types of a comment, and of its fields.
SCHEMA_COMMENT = re.compile(r"schema\.org/(?:Comment|UserComments|Answer|DiscussionForumPosting)\b", re.I)
OPENING_POST = re.compile(r"schema\.org/DiscussionForumPosting\b", re.I)  # a topic: its comments are its posts
SCHEMA_AUTHOR = ("author", "creator", "name")
SCHEMA_DATE = ("datePublished", "dateCreated", "commentTime", "uploadDate", "dateModified")
SCHEMA_TEXT = ("text", "commentText", "articleBody", "description", "comment")

# "Be the first to comment", "No comments yet": a comment section that holds none.
# Boxes inside a comment section that are not comments: form messages, policies, ads.
SECTION_CHROME = re.compile(
    r"(?:your comment could not be posted|error type:|discussion policy|advertise (?:on|with|here)|"
    r"comment policy|community guidelines|"
    r"(?:log ?in|sign ?in|register|sign up)\b.{0,40}?\bto (?:post|leave|add|write) (?:a )?(?:comments?|repl(?:y|ies)))",
    re.I)

NO_COMMENTS = re.compile(
    r"(?:be the first to comment|this is only a preview|your comment has not yet been posted|no comments(?: yet)?|comments are closed|there are no comments|"
    r"هنوز نظری|نظری ثبت نشده|اولین نفری باشید)", re.I)

# Every match of NO_COMMENTS, SECTION_CHROME holds one of these strings once lowercased: the
# regular expressions run on whole comment boxes (up to 8,000 characters), and most boxes hold
# none of the strings. No string has an "i", "s" or "k", the ASCII letters that re.I also
# matches with other characters ("ı", "ſ", "K"), which ``str.lower`` leaves apart.
# Keep them in step with the expressions.
# (Not just "comment": comment boxes say it often, and the expressions then ran on most of them.)
_NO_COMMENTS_NEEDLES = ("be the f", "only a prev", "your comment ha", "no comment", "are clo", "نظری", "اولین نفری")
_SECTION_CHROME_NEEDLES = ("your comment could", "error type:", "pol", "adve", "commun",
                           "to po", "to leave", "to add", "to wr")


def says_no_comments(text: str) -> bool:
    """``NO_COMMENTS.search(text)``, with a cheap test first."""
    lowered = text.lower()
    return any(n in lowered for n in _NO_COMMENTS_NEEDLES) and NO_COMMENTS.search(text) is not None


def section_chrome(text: str) -> bool:
    """``SECTION_CHROME.search(text)``, with a cheap test first."""
    lowered = text.lower()
    return any(n in lowered for n in _SECTION_CHROME_NEEDLES) and SECTION_CHROME.search(text) is not None

# A heading that counts a thread ("1 Comment", "12 Responses", "Comments (3)", "نظرات (۲)"):
# sidebar widgets say "Recent Comments", never a count.
COUNTED_THREAD = re.compile(
    r"(?:^|\s)[0-9۰-۹]+\s+(?:comments?|responses?|replies|reactions|thoughts)\b|"
    r"(?:comments?|responses?|نظرات|دیدگاه‌ها|دیدگاه ها)\s*\(\s*[0-9۰-۹]+\s*\)", re.I)

# A widget listing other posts' comments ("Recent Comments"): furniture, though named after comments.
OTHER_POSTS_COMMENTS = re.compile(r"(?:recent|latest|top|popular|most)[-_]?(?:comments?|commented)", re.I)

# The opening words of a comment form's box, left over once its fields are gone.
COMMENT_FORM = re.compile(
    r"^(?:post (?:a |your |new )?comment|leave a (?:reply|comment)|add (?:a |new |your )?comment|"
    r"write a comment|ارسال نظر|نظر خود را بنویسید|دیدگاهتان را بنویسید)\b", re.I)

# The link that ends a story teaser: lists of teasers look like threads (title, date, text).
READ_MORE = re.compile(r"^\W*(?:(?:read|see|view) (?:more|full|the rest|article|story)|(?:continue|keep) reading|"
                       r"more\s*[»›>→]|ادامه)", re.I)
# A heading that opens a comment section ("Reader Comments (1)", "3 Responses", "نظرات").
COMMENT_HEADING = re.compile(r"\b(?:comments?|responses?|replies|reactions|discussion)\b|نظر|دیدگاه", re.I)
