"""Text helpers for scripts/build-gazetteers.py: folding, script checks, surface rules and flags.

Kept apart from the build script so the rules that decide what a surface may be are in one
place and can be read (and tested) on their own.
"""

import re
import unicodedata

# Letters that do not decompose under NFKD but have a usual ASCII spelling.
_FOLD_EXTRA = {
    "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
    "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ł": "l", "Ł": "L",
    "ı": "i", "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T", "ŋ": "ng", "Ŋ": "Ng", "ĸ": "k",
    "ʻ": "'", "ʼ": "'", "’": "'", "‘": "'", "ʿ": "'", "ʾ": "'", "`": "'", "´": "'",
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-",
}

APOSTROPHES = "'’"

# Words that are never a place, a person or an organization on their own (GeoNames has towns
# called Of, Man and Van; admin1 regions called Centre or Capital).
FUNCTION_WORDS = frozenset("""
a an the of and or nor but if then so as at by in on to up for from with into onto upon off out
over under is it its be am are was were been being this that these those there here who whom
what which when where why how all any both each few more most other some such no not only own
same than too very can will just do does did has have had he she we they you me him her us them
my our your his their man men van von der den des de la le les el al da di do dos das du del
y e o u i et und het ter ten op sur sous san santa saint st
""".split())

# Generic geographic words: a region or an alternate name made of one of these alone is not a
# name (Ghana's "Central", Burkina Faso's "Centre", alternates such as "Capital").
GENERIC_PLACE_WORDS = frozenset("""
north south east west northern southern eastern western central centre center middle upper lower
inner outer greater capital coast coastal interior islands island lakes lake mountains mountain
plateau valley border federal special highlands lowlands littoral maritime plains river sea
city town district province region state territory county municipality oblast prefecture
downtown uptown midtown old new port harbour harbor bay beach airport station
""".split())


def fold(s: str) -> str:
  """Return `s` with diacritics removed and a few letters spelt in ASCII (Hà Nội -> Ha Noi)."""
  out = []
  for ch in s:
    if ch in _FOLD_EXTRA:
      out.append(_FOLD_EXTRA[ch])
      continue
    for d in unicodedata.normalize("NFKD", ch):
      if not unicodedata.combining(d):
        out.append(d)
  return unicodedata.normalize("NFC", "".join(out))


def apostrophe_variants(s: str) -> list:
  """The surface with straight and typographic apostrophes, both (O'Brien, O’Brien)."""
  if "'" in s:
    return [s, s.replace("'", "’")]
  if "’" in s:
    return [s, s.replace("’", "'")]
  return [s]


def clean_space(s: str) -> str:
  """Collapse runs of white space (including no-break spaces) to one space."""
  return " ".join(s.replace("\u00a0", " ").split())


def is_latin_letter(ch: str) -> bool:
  """True for letters of the Latin script (ASCII or not)."""
  if ch.isascii():
    return ch.isalpha()
  try:
    return unicodedata.name(ch).startswith("LATIN ")
  except ValueError:
    return False


def is_latin_text(s: str) -> bool:
  """True when every letter of `s` is Latin and the rest is ordinary punctuation or digits."""
  for ch in s:
    if ch.isalpha():
      if not is_latin_letter(ch):
        return False
    elif ch.isdigit():
      if not ch.isascii():
        return False
    elif ch not in " .,'’-&()/+:!":
      return False
  return True


def letter_count(s: str) -> int:
  """Number of letters and digits in `s` (U.S. has 2, DPRK 4)."""
  return sum(1 for ch in s if ch.isalnum())


_ABBREV_DOTTED = re.compile(r"^(?:[A-Z]\.){2,}$|^(?:[A-Z]\.)+[A-Z]$")
_ABBREV_CAPS = re.compile(r"^[A-Z][A-Z0-9&]*[A-Z0-9]$")
_ABBREV_MIXED = re.compile(r"^[A-Z][a-z]?[A-Z][A-Za-z]?[A-Z]*$")


def is_abbrev(s: str) -> bool:
  """True for acronyms and dotted abbreviations: UN, U.N., DPRK, IAEA, AT&T, BiH, Calif."""
  if _ABBREV_DOTTED.match(s) or _ABBREV_CAPS.match(s):
    return sum(1 for ch in s if ch.isupper()) >= 2 or "." in s
  if " " not in s and _ABBREV_MIXED.match(s) and sum(1 for ch in s if ch.isupper()) >= 2:
    return True
  return False


def is_all_caps_code(s: str) -> bool:
  """True for codes such as IATA/ICAO/UN-LOCODE alternates: all capitals, at most 4 letters."""
  letters = [ch for ch in s if ch.isalpha()]
  return 0 < len(letters) <= 4 and all(ch.isupper() for ch in letters) and " " not in s.strip()


def tokens(s: str) -> list:
  """Whitespace tokens of a surface."""
  return s.split()


def starts_upper(s: str) -> bool:
  """True when the first letter of `s` is a capital or `s` starts with a digit."""
  for ch in s:
    if ch.isdigit():
      return True
    if ch.isalpha():
      return ch.isupper()
  return False


def has_upper(s: str) -> bool:
  """True when `s` contains a capital letter."""
  return any(ch.isupper() for ch in s)


def slug(s: str) -> str:
  """A lower-case ASCII slug for ids: "Kim Jong Un" -> "kim-jong-un"."""
  s = fold(s).lower().replace("&", " and ")
  s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
  return s or "x"


def name_key(s: str) -> str:
  """A key for comparing names across sources: folded, lower case, punctuation dropped."""
  s = fold(s).lower().replace("&", " and ")
  s = re.sub(r"[^a-z0-9 ]+", " ", s)
  return " ".join(s.split())
