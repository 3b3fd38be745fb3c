#!/usr/bin/env python3
"""Build gazetteers/event-triggers.tsv, the event trigger lexicon, from WordNet 3.0.

The events stage looks up each lower-cased token (and two-word phrases such as "press
conference" or "sat down") here to learn whether it can anchor an event, its lemma, its part of
speech and a coarse class. Every line is one (form, pos):

  form    a lower-case surface form: every inflection of a verb (base, -s, -ed, -ing and the
          irregular forms of verb.exc), a noun in the singular and the plural; WordNet
          collocations are written with spaces ("press conference", "take part", "sat down")
  lemma   the WordNet lemma, lower case, with spaces
  pos     V or N
  class   the WordNet lexicographer file of the lemma's dominant reading, without "verb." or
          "noun." (communication, motion, social, act, event, group, ...)
  flags   comma-separated, possibly empty: auxiliary, light, reporting, stative, ambiguous

Source: Debian's `wordnet-base` (WordNet 3.0) in /usr/share/wordnet: data.*, index.*,
verb.exc, noun.exc and cntlist.rev (sense frequencies from the semantic concordance).
Nothing else is read, and only the Python standard library is used.

How classes, flags and the noun selection are derived is written next to the lists below and
in gazetteers/README.md ("Event triggers"). The output is deterministic: the same WordNet gives a
byte-identical file.

Usage:
  python3 scripts/build-event-lexicon.py           # write gazetteers/event-triggers.tsv
  python3 scripts/build-event-lexicon.py --check   # check the committed file, print its counts
"""

import argparse
import collections
import os
import re
import sys

sys.dont_write_bytecode = True

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(REPO, "gazetteers", "event-triggers.tsv")
WORDNET_DIR = "/usr/share/wordnet"
WORDNET_FILES = ["data.verb", "data.noun", "data.adj", "data.adv", "index.verb", "index.noun",
                 "index.adj", "index.adv", "verb.exc", "noun.exc", "cntlist.rev"]
COLUMNS = ["form", "lemma", "pos", "class", "flags"]

# The lexicographer files, by number (WordNet's lexnames).
LEXNAMES = [
    "adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act", "noun.animal", "noun.artifact",
    "noun.attribute", "noun.body", "noun.cognition", "noun.communication", "noun.event",
    "noun.feeling", "noun.food", "noun.group", "noun.location", "noun.motive", "noun.object",
    "noun.person", "noun.phenomenon", "noun.plant", "noun.possession", "noun.process",
    "noun.quantity", "noun.relation", "noun.shape", "noun.state", "noun.substance", "noun.time",
    "verb.body", "verb.change", "verb.cognition", "verb.communication", "verb.competition",
    "verb.consumption", "verb.contact", "verb.creation", "verb.emotion", "verb.motion",
    "verb.perception", "verb.possession", "verb.social", "verb.stative", "verb.weather",
    "adj.ppl"]

# --------------------------------------------------------------------------------------------
# Auxiliaries, light verbs, reporting and stative verbs, ambiguity

# `auxiliary`: every form of be, have and do, the modals, and the clitics and contraction bases
# the tokenizer splits off ("ca" + "n't", "wo" + "n't", "'ll", "'re"). Apostrophe forms are
# listed with both ' and ’. Modals are not WordNet verbs (or are other verbs: "can" a tomato,
# "will" a fortune); their lines have the class `stative`.
AUX_FORMS = {
    "be": ["be", "am", "are", "is", "was", "were", "been", "being", "'m", "'re", "'s", "ai"],
    "have": ["have", "has", "had", "having", "'ve"],
    "do": ["do", "does", "did", "done", "doing"],
    "will": ["will", "'ll", "wo"],
    "would": ["would", "'d"],
    "shall": ["shall", "sha"],
    "should": ["should"],
    "can": ["can", "ca", "cannot"],
    "could": ["could"],
    "may": ["may"],
    "might": ["might"],
    "must": ["must"],
    "ought": ["ought"],
}
MODALS = {"will", "would", "shall", "should", "can", "could", "may", "might", "must", "ought"}
# Auxiliary forms that are often something else: 's is mostly the possessive, "may" is also
# the month (and a name), "ai" (from "ain't") is also a noun.
AUX_AMBIGUOUS = {"'s", "may", "ai"}

# `light`: support verbs whose object noun or complement usually carries the event ("made a
# visit", "took part", "gave a speech", "held talks", "conducted a test", "became president",
# "seemed ready"). Only the single-word lemma is flagged: phrasal verbs built on them ("take
# part", "set off", "give up") carry their own meaning.
LIGHT = {"make", "take", "give", "get", "have", "do", "go", "come", "put", "keep", "let", "set",
         "become", "seem", "hold", "conduct", "carry out", "undergo"}

# `reporting`: verbs of saying used with a speaker. Derived: a verb is reporting when one of
# its verb.communication senses takes a that-clause (WordNet sentence frame 26, "Somebody
# ----s that CLAUSE") and the verb.communication senses hold at least REPORTING_SHARE of its
# tagged uses (or, untagged, its first sense is such a sense). Curated additions cover
# reporting verbs whose frames WordNet does not mark; removals drop verbs that rarely
# introduce speech in news.
REPORTING_SHARE = 0.3
REPORTING_ADD = {
    "say", "tell", "announce", "state", "claim", "deny", "add", "insist", "warn", "confirm",
    "note", "report", "describe", "accuse", "urge", "argue", "ask", "reply", "respond", "answer",
    "explain", "comment", "remark", "declare", "acknowledge", "admit", "allege", "assert",
    "contend", "maintain", "reiterate", "stress", "emphasize", "emphasise", "suggest", "predict",
    "promise", "pledge", "vow", "threaten", "caution", "concede", "disclose", "reveal", "recall",
    "recount", "quote", "cite", "criticize", "criticise", "condemn", "praise", "blame",
    "denounce", "demand", "call for", "call on", "appeal", "plead", "question", "query",
    "inquire", "enquire", "wonder", "speak", "talk", "write", "tweet", "post", "testify", "brief",
    "inform", "notify", "advise", "estimate", "forecast", "indicate", "point out", "mention",
    "observe", "complain", "protest", "object", "dispute", "rebut", "refute", "retort", "counter",
    "joke", "boast", "concur", "conclude", "proclaim", "divulge", "beg", "assure", "reassure",
    "clarify", "elaborate", "repeat", "shout", "scream", "whisper", "exclaim", "cry", "yell",
    "mutter", "sigh", "lament"}
REPORTING_REMOVE = {
    "sign", "spell", "read", "think", "show", "mean", "prove", "bet", "hear", "see", "find",
    "feel", "guess", "know", "learn", "understand", "cover", "pass", "figure", "gather",
    "register", "send", "pray", "cross", "ignore", "disregard", "mind", "dissemble", "feign",
    "pretend", "make believe", "predestine", "will", "file", "record", "point", "count",
    "designate", "denote", "connote", "evidence", "teach", "give away", "let out", "let on",
    "slip in", "drag up", "dredge up", "toss in", "stick in", "make a motion", "call",
    "call out", "snub", "advertise", "publicise", "publicize", "ballyhoo", "contest",
    "defend", "reason", "deliberate", "debate", "exact", "swan", "siss", "sizz", "sibilate",
    "plain", "quetch", "repugn", "oppugn", "moot", "suppose", "suspect", "order", "command",
    "instruct", "invite", "encourage", "request", "publish", "agree", "disagree", "reject",
    "propose", "recommend", "advertise", "petition", "preach", "teach"}

# `stative`: verbs that rarely denote events. Derived: the lemma's class is `stative`
# (verb.stative dominates its tagged uses). Curated additions are states of mind, possession
# and relation in other lexicographer files; removals are verb.stative verbs that are events
# in news (a meeting "ends", fighting "continues", a death "follows").
STATIVE_ADD = {
    "know", "believe", "think", "understand", "want", "wish", "like", "dislike", "love", "hate",
    "prefer", "need", "own", "possess", "mean", "cost", "seem", "appear", "doubt", "suppose",
    "hope", "fear", "deserve", "contain", "include", "involve", "belong", "consist", "depend",
    "resemble", "remain", "exist", "lack", "matter", "weigh", "owe", "equal", "concern",
    "realize", "realise", "recognize", "recognise", "remember", "forget", "imagine", "trust",
    "respect", "admire", "envy", "expect", "intend", "desire", "regret", "mind", "care",
    "feel", "sound", "look", "smell", "taste", "stay", "reside", "live", "hold"}
STATIVE_REMOVE = {"end", "follow", "continue", "stop", "last", "close", "start", "cease",
                  "finish", "halt", "meet", "stand", "lie", "sit", "rest", "survive", "die", "lead",
                  "attend", "serve", "spend", "go to", "go back", "arise", "separate", "combine",
                  "pause", "accompany", "resist", "violate", "postpone", "quit", "defy", "pose",
                  "incur", "sustain", "embrace", "qualify", "form", "preserve", "make it",
                  "take in", "fall into", "get into", "extend", "stretch", "hesitate"}

# Forms whose own reading is not their lemma's dominant one: "born" is someone's birth ("born
# in Honolulu on August 4, 1961"), where "bear" is mostly to tolerate or to carry (stative).
FORM_SENSES = {("born", "V"): ("bear", "body", set())}

# `ambiguous`: the form is at least as often something else than a verb (or an event noun).
# Derived from SemCor frequencies: the form's other readings (adjective, adverb, and noun
# senses that are not triggers) are tagged at least AMBIGUOUS_RATIO times as often as the
# verb's senses, and at least AMBIGUOUS_MIN times ("well", "state", "house", "close"). Curated:
# function words that are also WordNet verbs, and names that are common in news.
AMBIGUOUS_RATIO = 1.0
AMBIGUOUS_MIN = 5
FUNCTION_WORDS = {
    "about", "above", "across", "after", "against", "along", "among", "around", "as", "at",
    "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "but",
    "by", "despite", "down", "during", "except", "for", "from", "in", "inside", "into", "like",
    "near", "of", "off", "on", "onto", "out", "outside", "over", "past", "per", "plus", "round",
    "since", "than", "through", "till", "to", "toward", "towards", "under", "underneath",
    "unlike", "until", "up", "upon", "via", "with", "within", "without", "and", "or", "nor",
    "so", "yet", "if", "though", "although", "because", "unless", "whether", "while",
    "whereas", "this", "that", "these", "those", "each", "every", "some", "any", "no", "all",
    "both", "either", "neither", "few", "many", "much", "more", "most", "several", "such",
    "he", "she", "it", "they", "we", "you", "me", "him", "her", "us", "them", "one", "ones",
    "still", "even", "further", "better", "best", "worse", "worst", "well", "back", "again",
    "here", "there", "then", "now", "just", "only", "also", "very", "too", "first", "second",
    "last", "next", "other", "another", "same", "own", "less", "least", "enough", "else",
    "ever", "never", "not", "yes", "either", "once", "twice", "forward", "aside", "away",
    "home", "today", "tomorrow", "yesterday", "ago", "early", "late", "later", "soon", "long",
    "round", "half", "double", "single"}
NEWS_NAMES = {"trump", "bush", "pence", "ford", "carter", "gore", "rice", "may", "wade", "cook",
              "brown", "bill", "mark", "grant", "sue", "pat", "rob", "don", "frank", "chase"}

# --------------------------------------------------------------------------------------------
# Verb inflection

# Verbs whose past tense is their base form (no -ed form is generated).
ZERO_PAST = {
    "bet", "bid", "burst", "cast", "cost", "cut", "hit", "hurt", "let", "put", "quit", "read",
    "rid", "set", "shed", "shut", "slit", "split", "spread", "thrust", "upset", "beset", "inset",
    "offset", "reset", "typeset", "sublet", "outbid", "overbid", "underbid", "by-bid",
    "crosscut", "undercut", "clear-cut", "miscast", "recast", "typecast", "overcast",
    "roughcast", "input", "misread", "lip-read", "lipread", "proofread", "reread", "sight-read",
    "sightread", "speech-read", "copyread", "overspread", "dispread", "switch-hit"}
# Verbs with an irregular past in verb.exc that also have a regular one ("learned" and
# "learnt", "showed" and "shown", "lied" and "lay", "worked" and "wrought").
REGULAR_TOO = {
    "abide", "address", "arc", "awake", "bereave", "bless", "burn", "bypass", "clothe",
    "cleave", "crow", "curse", "dive", "dream", "dwell", "floodlight", "geld", "gild", "gird",
    "grave", "hang", "heave", "hew", "kneel", "lean", "leap", "learn", "lie", "light", "melt",
    "mow", "overflow", "overpass", "pen", "plead", "prove", "reave", "rend", "ring", "saw",
    "sew", "shave", "shine", "shoe", "show", "smell", "sneak", "sow", "speed", "spell", "spill",
    "spit", "spoil", "spotlight", "stave", "strew", "strive", "strow", "swell", "thrive",
    "unlearn", "misspell", "wake", "weave", "wind", "work", "broadcast", "forecast",
    "rebroadcast", "telecast", "podcast", "sportscast", "colorcast", "honey", "trammel",
    "interplead", "misplead", "upswell", "unclothe", "swap", "coordinate", "transship", "coopt",
    "torrefy", "squeegee", "prologue", "pasquinade", "ladify", "chivy", "caddy", "deepfreeze",
    "ko", "ski", "water-ski", "tally-ho", "program", "quiz", "whiz", "gas", "degas", "outgas",
    "debus", "embus", "nonplus", "non-pros", "disenthral", "disenthrall", "curet"}
# Verbs ending in a stressed vowel + l: only the doubled spelling is right ("controlled");
# other -l verbs keep both ("traveled", "travelled").
STRESS_FINAL_L = {"annul", "appal", "compel", "control", "decontrol", "dispel", "distil",
                  "enrol", "enthral", "disenthral", "excel", "expel", "extol", "fulfil",
                  "impel", "instal", "instil", "patrol", "propel", "rappel", "rebel", "repel",
                  "cabal", "corral", "marcel"}
# Polysyllabic verbs whose doubled and single spellings are both in use.
BOTH_SPELLINGS = {"benefit", "combat", "kidnap", "worship", "program", "diagram", "hiccup",
                  "bayonet", "facet", "ricochet", "carburet", "sulphuret", "curvet", "revet",
                  "brevet", "bias", "focus"}
# Compounds of a one-syllable verb that double its consonant but are not in verb.exc.
DOUBLE_FINAL = {"backlog", "backslap", "backstop", "bebop", "bedhop", "bespot", "blacktop",
                "bobsled", "bootstrap", "defat", "defog", "dogsled", "lollygag", "namedrop",
                "photostat", "rejig", "reship", "shrinkwrap", "suntan", "teargas", "thermostat",
                "unclip", "unknot", "unstrap", "whistlestop", "wiretap"}
# Collocations with a placeholder never match running text as written.
PLACEHOLDERS = {"one", "one's", "oneself", "someone", "somebody", "something", "someone's",
                "somebody's", "sb", "sth"}

VOWELS = "aeiou"
MONO_CVC = re.compile(r"^(?:qu|[^aeiou])*[aeiou][bcdfgklmnprstvz]$")


def regular_s(w):
  if re.search(r"(s|x|z|ch|sh|o)$", w):
    return w + "es"
  if re.search(r"[^aeiou]y$", w):
    return w[:-1] + "ies"
  return w + "s"


def regular_ed(w):
  if w.endswith("e"):
    return w + "d"
  if re.search(r"[^aeiou]y$", w):
    return w[:-1] + "ied"
  return w + "ed"


def regular_ing(w):
  if w.endswith("ie"):
    return w[:-2] + "ying"
  if w.endswith("e") and not re.search(r"(ee|ye|oe)$", w) and w != "be":
    return w[:-1] + "ing"
  return w + "ing"


def vowel_groups(w):
  return len(re.findall(r"[aeiouy]+", w))


class WordNet:
  """The parts of WordNet 3.0 this build reads."""

  def __init__(self, root):
    self.root = root
    self.synsets = {}  # (pos, offset) -> Synset; adjective satellites are stored under "a"
    self.index = {}  # (pos, lemma) -> [offset, ...] in WordNet's sense order
    self.sense_count = collections.Counter()  # sense key -> tag count
    self.lemma_count = collections.Counter()  # (pos, lemma) -> tag count over its senses
    self.exc = {"v": collections.defaultdict(list), "n": collections.defaultdict(list)}
    self.exc_by_lemma = {"v": collections.defaultdict(list), "n": collections.defaultdict(list)}
    for name, pos in (("noun", "n"), ("verb", "v"), ("adj", "a"), ("adv", "r")):
      self._read_data(name, pos)
      self._read_index(name, pos)
    self._read_cntlist()
    for name, pos in (("verb", "v"), ("noun", "n")):
      with open(os.path.join(root, f"{name}.exc"), encoding="latin-1") as f:
        for line in f:
          parts = line.split()
          for lemma in parts[1:]:
            self.exc[pos][parts[0]].append(lemma)
            self.exc_by_lemma[pos][lemma].append(parts[0])
    self.hyponyms = collections.defaultdict(list)
    for key, s in self.synsets.items():
      for h in s.hypernyms:
        self.hyponyms[(key[0], h)].append(s.offset)

  class Synset:
    __slots__ = ("offset", "pos", "lexname", "words", "hypernyms", "derived_verbs", "frames",
                 "gloss")

  def _read_data(self, name, pos):
    with open(os.path.join(self.root, f"data.{name}"), encoding="latin-1") as f:
      for line in f:
        if line.startswith("  "):
          continue
        head, _, gloss = line.partition(" | ")
        t = head.split()
        s = WordNet.Synset()
        s.offset, s.lexname, s.pos = t[0], LEXNAMES[int(t[1])], t[2]
        n = int(t[3], 16)
        s.words = [(t[4 + 2 * k], int(t[5 + 2 * k], 16)) for k in range(n)]
        i = 4 + 2 * n
        p = int(t[i])
        i += 1
        s.hypernyms = []
        s.derived_verbs = []  # (source word number, 0 = all; verb offset, target word number)
        for k in range(p):
          sym, off, ppos, st = t[i], t[i + 1], t[i + 2], t[i + 3]
          if sym in ("@", "@i"):
            s.hypernyms.append(off)
          elif sym == "+" and ppos == "v":
            s.derived_verbs.append((int(st[:2], 16), off, int(st[2:], 16)))
          i += 4
        s.frames = []  # (frame number, word number; 0 = every word)
        if name == "verb" and i < len(t):
          fc = int(t[i])
          i += 1
          for k in range(fc):
            s.frames.append((int(t[i + 1]), int(t[i + 2], 16)))
            i += 3
        s.gloss = gloss.strip()
        self.synsets[(pos, s.offset)] = s

  def _read_index(self, name, pos):
    with open(os.path.join(self.root, f"index.{name}"), encoding="latin-1") as f:
      for line in f:
        if line.startswith("  "):
          continue
        t = line.split()
        p_cnt = int(t[3])
        self.index[(pos, t[0])] = t[6 + p_cnt:]

  def _read_cntlist(self):
    ss_pos = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}
    with open(os.path.join(self.root, "cntlist.rev"), encoding="latin-1") as f:
      for line in f:
        key, _, count = line.split()
        lemma, _, rest = key.partition("%")
        self.sense_count[key] += int(count)
        self.lemma_count[(ss_pos[rest[0]], lemma)] += int(count)

  def senses(self, pos, lemma):
    return [self.synsets[(pos, o)] for o in self.index.get((pos, lemma), [])]

  def count(self, synset, lemma):
    """The tag count of `lemma` in `synset` (nouns and verbs)."""
    for word, lex_id in synset.words:
      if word.lower() == lemma:
        ss = {"n": 1, "v": 2}[synset.pos]
        lexnum = LEXNAMES.index(synset.lexname)
        return self.sense_count.get(f"{lemma}%{ss}:{lexnum:02d}:{lex_id:02d}::", 0)
    return 0

  def word_index(self, synset, lemma):
    for k, (word, _) in enumerate(synset.words):
      if word.lower() == lemma:
        return k + 1
    return 0

  def closure(self, pos, offsets):
    """The offsets of `offsets` and all their hyponyms."""
    seen = set()
    stack = list(offsets)
    while stack:
      o = stack.pop()
      if o in seen:
        continue
      seen.add(o)
      stack.extend(self.hyponyms.get((pos, o), []))
    return seen


def dominant_lexname(wn, pos, lemma, synsets=None):
  """The lexicographer file holding most of the lemma's tagged uses (summed over its senses);
  when nothing is tagged, the first sense's. Ties go to the file of the earlier sense."""
  synsets = wn.senses(pos, lemma) if synsets is None else synsets
  totals = collections.Counter()
  first = {}
  for k, s in enumerate(synsets):
    totals[s.lexname] += wn.count(s, lemma)
    first.setdefault(s.lexname, k)
  if not synsets:
    return None
  if sum(totals.values()) == 0:
    return synsets[0].lexname
  return min(totals, key=lambda lf: (-totals[lf], first[lf]))


def short_class(lexname):
  return lexname.split(".", 1)[1]


def surface(lemma):
  return lemma.replace("_", " ")


# --------------------------------------------------------------------------------------------
# Verbs


def inflect_verb(wn, word):
  """The forms of a one-word verb (hyphenated words inflect their last part)."""
  exc = [f for f in wn.exc_by_lemma["v"].get(word, []) if f != word and "_" not in f]
  if "-" in word and not exc:
    head, _, last = word.rpartition("-")
    if last:
      return {f"{head}-{f}" for f in inflect_verb(wn, last)}
  if word in ("be", "have"):
    return {f for f in AUX_FORMS[word] if f[0].isalpha() and f != "ai"}
  forms = {word}
  forms.update(exc)
  doubled_ed, doubled_ing = word + word[-1] + "ed", word + word[-1] + "ing"
  mono_cvc = bool(MONO_CVC.match(word)) and vowel_groups(word) == 1
  double = doubled_ed in exc or doubled_ing in exc or mono_cvc or word in DOUBLE_FINAL
  single_ok = (not double or word in BOTH_SPELLINGS
               or (word.endswith("l") and vowel_groups(word) > 1 and word not in STRESS_FINAL_L))
  s_forms = [f for f in exc if f.endswith("s") and f.startswith(word[:-1]) and
             not f.endswith(("ed", "ing"))]
  if not s_forms or word in REGULAR_TOO:
    forms.add(regular_s(word) if not re.search(r"[aeiou]o$", word) else word + "s")
  irregular_past = [f for f in exc if not f.endswith("ing") and f not in s_forms and
                    f not in (regular_ed(word), doubled_ed)]
  if word not in ZERO_PAST and (not irregular_past or word in REGULAR_TOO):
    if double:
      forms.add(doubled_ed)
    if single_ok:
      forms.add(regular_ed(word))
  if double:
    forms.add(doubled_ing)
  if single_ok:
    forms.add(regular_ing(word))
  return forms


def verb_forms(wn, lemma):
  """The surface forms of a WordNet verb lemma (underscores already kept)."""
  words = lemma.split("_")
  if len(words) == 1:
    return inflect_verb(wn, lemma)
  head = 0
  if ("v", words[0]) not in wn.index and not wn.exc_by_lemma["v"].get(words[0]) and \
     ("v", words[-1]) in wn.index:
    head = len(words) - 1
  forms = set()
  for f in inflect_verb(wn, words[head]):
    forms.add(" ".join(words[:head] + [f] + words[head + 1:]))
  for f in wn.exc_by_lemma["v"].get(lemma, []):
    forms.add(surface(f))
  return forms


def reporting_verbs(wn, lemmas):
  out = set()
  for lemma in lemmas:
    synsets = wn.senses("v", lemma)
    total = sum(wn.count(s, lemma) for s in synsets)
    comm = [s for s in synsets if s.lexname == "verb.communication"]
    that_clause = [s for s in comm
                   if any(f == 26 and w in (0, wn.word_index(s, lemma)) for f, w in s.frames)]
    if not that_clause:
      continue
    share = sum(wn.count(s, lemma) for s in comm)
    if (total and share >= REPORTING_SHARE * total) or \
       (not total and synsets[0].lexname == "verb.communication"):
      out.add(lemma)
  return (out | {l for l in REPORTING_ADD if l.replace(" ", "_") in lemmas}) - REPORTING_REMOVE


# --------------------------------------------------------------------------------------------
# Nouns
#
# A noun sense is eventive when its synset is in noun.act or noun.event, or under one of
# EVENT_ROOTS (WordNet's `event` itself, which brings in speech acts and shows; gatherings and
# meetings; meals as occasions; discussions, statements and requests; storms and floods; a
# crisis), and not under NON_EVENT_ROOTS (occupations; explanations, propositions and other
# statements that are texts rather than acts).

EVENT_ROOTS = {
    "00029378": "event",
    "08307589": "meeting (a formally arranged gathering: conference, summit, session)",
    "08252211": "social gathering (party, reception, dinner party)",
    "08358332": "rally",
    "07573696": "meal (dinner, lunch, banquet)",
    "07140659": "discussion (talks, negotiation, debate, press conference)",
    "06722453": "statement (announcement, declaration, agreement, treaty, comment, charge)",
    "06513366": "request (demand, appeal, petition)",
    "07162194": "proposal",
    "11462526": "storm",
    "11454591": "flood",
    "13933560": "crisis",
}
# Eventive synsets in other lexicographer files (a person, a plant, a quality) are ignored.
EVENT_LEXNAMES = {"noun.Tops", "noun.act", "noun.event", "noun.communication", "noun.group",
                  "noun.food", "noun.phenomenon", "noun.process", "noun.state"}
NON_EVENT_ROOTS = {
    "00582388": "occupation, business, job, line of work",
    "06738281": "explanation, account",
    "06750804": "proposition (logic)",
    "06732169": "mathematical statement",
    "06467007": "summary",
    "06756407": "falsehood",
    "06619065": "show (films, radio and television programmes)",
}
# Kinds of events news reports. A noun that SemCor never tagged is kept only under one of these,
# or when it is derived from a verb SemCor tagged ("interception" from "intercept"), or under
# an EVENT_ROOTS synset other than `event`: that leaves out rare dance steps, sports moves and
# medical procedures ("cha-cha-cha", "beanball", "petrissage").
NEWS_ROOTS = {
    "00219012": "killing",
    "01080366": "group action (military action, legal proceedings, transactions, protest)",
    "00732746": "wrongdoing (crimes)",
    "00955060": "military operation (attacks)",
    "07304852": "misfortune (disaster, accident, calamity)",
    "07288639": "social event (ceremony, contest, show)",
    "07160883": "speech act",
    "07435273": "outbreak (epidemic)",
}
# Practices, doctrines and qualities rather than happenings ("terrorism", "kindness").
ABSTRACT_SUFFIXES = ("ism", "ness", "ship", "hood")
# A noun lemma is a trigger when its eventive senses hold at least half of its tagged uses, or,
# when none of its senses is tagged, when its first sense is eventive. Curated: news event nouns
# whose eventive sense is not the first or most tagged one (summit, talks, dinner), and nouns
# that pass the rule but are rarely events in news (time, case, way, course, work, job ...).
NOUN_ADD = {
    # meetings, talks and statements
    "summit", "talks", "conference", "press conference", "news conference", "agreement",
    "session", "hearing", "briefing", "resignation", "nomination", "impeachment", "indictment",
    "acquittal", "conviction", "deportation", "extradition", "detention", "lawsuit",
    "investigation", "probe", "inquiry", "audit", "test", "ban", "embargo", "sanction",
    "truce", "armistice", "cease-fire", "pact", "accord", "reunion", "dinner", "lunch",
    "breakfast", "festival", "match", "drill", "launch", "flight", "landing", "takeoff",
    "broadcast", "birth", "death", "assassination", "genocide", "pandemic", "famine",
    "drought", "recession", "bankruptcy", "default", "downturn", "layoff", "blast",
    "shelling", "uprising", "unrest", "crackdown", "standoff", "stalemate", "walkout",
    "rally", "vote", "poll", "runoff", "primary", "crisis", "scandal", "turmoil", "upheaval",
    "lockdown"}
NOUN_REMOVE = {
    # what the time, case, way or course of something is, not a happening
    "time", "case", "way", "course", "occasion", "instance", "occurrence", "event", "happening",
    "means", "step", "move", "turn", "stop", "start", "beginning", "onset", "opening", "end",
    "factor", "cause", "outcome", "finding", "fate", "destiny", "misfortune", "trouble",
    "success", "failure", "achievement", "accomplishment", "progress", "advance", "mistake",
    "error", "fault", "change", "variation", "transition", "conversion", "shift", "flow",
    "rise", "impact", "effect", "result", "yes", "no", "hands", "behalf", "accordance",
    "pains", "favor", "favour", "mercy", "restraint", "obligation", "responsibility", "duty",
    "role", "task", "chore", "errand", "assignment", "commitment", "engagement",
    # activities and fields, practices and habits
    "action", "activity", "effort", "endeavor", "endeavour", "process", "procedure", "practice",
    "approach", "use", "usage", "behavior", "behaviour", "conduct", "custom", "routine",
    "development", "study", "research", "analysis", "measurement", "observation",
    "examination", "evaluation", "calculation", "classification", "comparison",
    "identification", "determination", "testing", "tracing", "staining", "calibration",
    "education", "training", "treatment", "therapy", "dialysis", "care", "help",
    "assistance", "support", "protection", "prevention", "defense", "defence", "service",
    "production", "construction", "creation", "making", "installation", "maintenance",
    "storage", "retention", "replacement", "removal", "reduction", "expansion", "extension",
    "integration", "modernization", "rehabilitation", "management", "administration",
    "planning", "marketing", "commerce", "trade", "investment", "financing", "saving",
    "enterprise", "labor", "labour", "farming", "agriculture", "fishing", "hunting",
    "cooking", "cleaning", "washing", "shopping", "feeding", "drinking", "breathing",
    "camping", "travel", "recreation", "sport", "baseball", "football", "golf", "gymnastics",
    "fun", "sex", "worship", "prayer", "preaching", "salvation", "playing", "acting",
    "roleplaying", "pitching", "exercise", "communication", "interaction", "cooperation",
    "participation", "contact", "discrimination", "possession", "application", "selection",
    "registration", "accreditation", "introduction", "preparation", "precaution",
    "punishment", "reward", "penalty", "revenge", "domination", "monopoly", "command",
    "control", "motion", "movement", "performance", "project", "passage", "passing",
    "contribution", "discovery", "exploration", "adventure", "repetition", "manifestation",
    "revelation", "allusion", "analogy", "mention", "reference", "notice", "recommendation",
    "advice", "description", "translation", "interference", "stimulation", "separation",
    "admission", "discharge", "circulation", "intake", "uptake", "shielding", "scrutiny",
    "lapse", "disobedience",
    # looks, moves and touches: body movements more often than events in news
    "glance", "gaze", "stare", "glimpse", "breath", "tears", "kiss", "touch", "gesture",
    "footstep", "stride", "leap", "walk", "stretch", "twist", "grip", "hold", "pull", "pass",
    "run", "drive", "break", "double", "stroke", "flash", "bolt", "count",
    # question, answer and argument as things said, not occasions
    "question", "answer", "reply", "response", "argument", "objection", "approval", "claim",
    # texts, films and shows
    "film", "movie", "show", "documentary", "portrait", "anecdote", "cliche", "hypothesis",
    "channel", "marketplace", "meal",
    # groups of people or vehicles rather than gatherings
    "cohort", "caravan", "forum", "cortege", "motorcade",
    # quantities, results and ongoing activities more often than happenings in news
    "completion", "wave", "charge", "demand", "offer", "award", "improvement", "adjustment",
    "shear", "presentation", "opposition", "resistance", "damage", "yield", "amplitude",
    "tide", "swell", "surge", "ripple", "lessening", "decrease", "alteration", "elevation",
    "distortion", "fusion", "reflex", "inhibition", "exertion", "contortion", "procreation",
    "contemplation", "realization", "handling", "supervision", "involvement", "irregularity",
    "specialization", "computation", "sampling", "mixing", "ventilation", "finance",
    "welfare", "retailing", "parking", "shaving", "sending", "induction", "turning",
    "progression", "affiliation", "outreach", "withholding", "trick", "try", "wait",
    "cruelty", "entertainment", "diversion", "venture", "feat", "exploitation", "avoidance",
    "omission", "correction", "revision", "complication", "respite"}



def eventive_synsets(wn):
  keep = wn.closure("n", EVENT_ROOTS)
  keep.update(o for (pos, o), s in wn.synsets.items()
              if pos == "n" and s.lexname in ("noun.act", "noun.event"))
  keep -= wn.closure("n", NON_EVENT_ROOTS)
  return {o for o in keep if wn.synsets[("n", o)].lexname in EVENT_LEXNAMES}


def noun_share(wn, lemma, eventive):
  """(eventive tag count, other tag count, first sense eventive?) for a noun lemma."""
  ev = other = 0
  synsets = wn.senses("n", lemma)
  for s in synsets:
    c = wn.count(s, lemma)
    if s.offset in eventive:
      ev += c
    else:
      other += c
  return ev, other, bool(synsets) and synsets[0].offset in eventive


def is_event_noun(wn, lemma, eventive):
  ev, other, first = noun_share(wn, lemma, eventive)
  if not any(s.offset in eventive for s in wn.senses("n", lemma)):
    return False
  if ev + other:
    return ev >= other
  return first


def noun_class(wn, lemma, eventive):
  """The class of a trigger noun: among its eventive senses, the lexicographer file with the
  most tagged uses, noun.event/act/communication/phenomenon/process before the others
  (group for gatherings, food for meals, state for a crisis)."""
  synsets = [s for s in wn.senses("n", lemma) if s.offset in eventive] or wn.senses("n", lemma)
  core = [s for s in synsets if s.lexname in ("noun.event", "noun.act", "noun.communication",
                                               "noun.phenomenon", "noun.process")]
  return short_class(dominant_lexname(wn, "n", lemma, core or synsets))


def noun_plurals(wn, lemma):
  words = lemma.split("_")
  exc = [f for f in wn.exc_by_lemma["n"].get(lemma, []) if f != lemma]
  if exc:
    return {surface(f) for f in exc}
  k = len(words) - 1
  for j, w in enumerate(words):
    if j > 0 and (w in ("of", "de", "du", "in", "on", "at", "to", "for") or w.startswith("d'")):
      k = j - 1
      break
  w = words[k]
  wexc = [f for f in wn.exc_by_lemma["n"].get(w, []) if f != w] if len(words) > 1 else []
  if wexc:
    plurals = wexc
  elif re.search(r"(s|x|z|ch|sh)$", w):
    plurals = [w + "es"]
  elif re.search(r"[^aeiou]y$", w):
    plurals = [w[:-1] + "ies"]
  else:
    plurals = [w + "s"]
  return {" ".join(words[:k] + [p] + words[k + 1:]) for p in plurals}


def noun_base(wn, form):
  """The singular noun lemma a plural form belongs to, if any (noun.exc, then -s/-es/-ies)."""
  for lemma in wn.exc["n"].get(form, []):
    if ("n", lemma) in wn.index:
      return lemma
  for suffix, repl in (("ies", "y"), ("es", ""), ("s", "")):
    if form.endswith(suffix) and ("n", form[:-len(suffix)] + repl) in wn.index:
      return form[:-len(suffix)] + repl
  return None


# --------------------------------------------------------------------------------------------
# Build


class Lexicon:

  def __init__(self, wn):
    self.wn = wn
    self.eventive = eventive_synsets(wn)
    self.news = wn.closure("n", NEWS_ROOTS) | (wn.closure("n", EVENT_ROOTS) -
                                                wn.closure("n", ["00029378"]))
    self.rows = {}  # (form, pos) -> [lemma, class, set(flags)]
    self.stats = collections.Counter()
    self.news_add = {l.replace(" ", "_") for l in NOUN_ADD}
    self.event_nouns = self.select_nouns()

  # -- nouns -----------------------------------------------------------------------------------

  def select_nouns(self):
    wn = self.wn
    candidates = sorted({lemma for (pos, lemma), offs in wn.index.items() if pos == "n" and
                         any(o in self.eventive for o in offs)} |
                        {l.replace(" ", "_") for l in NOUN_ADD})
    remove = {l.replace(" ", "_") for l in NOUN_REMOVE}
    add = {l.replace(" ", "_") for l in NOUN_ADD}
    for lemma in sorted(add):
      if ("n", lemma) not in wn.index:
        raise SystemExit(f"NOUN_ADD: {lemma!r} is not a WordNet noun")
    single = set()
    for lemma in candidates:
      if "_" in lemma or lemma in remove or self.proper_name(lemma):
        continue
      if lemma in add:
        single.add(lemma)
      elif lemma.endswith(ABSTRACT_SUFFIXES):
        self.stats["nouns: abstract (-ism, -ness, -ship, -hood)"] += 1
      elif not is_event_noun(wn, lemma, self.eventive):
        self.stats["nouns: eventive sense not the main one"] += 1
      elif self.adjective_mostly(lemma):
        self.stats["nouns: mostly an adjective or adverb"] += 1
      elif not (wn.lemma_count[("n", lemma)] or self.deverbal(lemma) or
                any(o in self.news for o in wn.index[("n", lemma)])):
        self.stats["nouns: untagged, not from a tagged verb, not a news kind of event"] += 1
      else:
        single.add(lemma)
    chosen = set(single)
    for lemma in candidates:
      if "_" not in lemma or lemma in remove:
        continue
      words = lemma.split("_")
      head = words[0] if "of" in words else words[-1]
      if lemma in add:
        chosen.add(lemma)
      elif set(words) & PLACEHOLDERS or self.proper_name(lemma):
        self.stats["nouns: names of events"] += 1
      elif not is_event_noun(wn, lemma, self.eventive):
        self.stats["nouns: eventive sense not the main one"] += 1
      elif head not in single:
        self.stats["nouns: compounds whose head is not a trigger"] += 1
      elif not (wn.lemma_count[("n", lemma)] or any(o in self.news for o in wn.index[("n", lemma)])):
        self.stats["nouns: untagged compounds, not a news kind of event"] += 1
      else:
        chosen.add(lemma)
    return chosen

  def proper_name(self, lemma):
    """Written with a capital in every eventive synset ("French Revolution", "Olympics")."""
    words = [w for s in self.wn.senses("n", lemma) if s.offset in self.eventive
             for w, _ in s.words if w.lower() == lemma]
    return bool(words) and all(w != w.lower() for w in words)

  def only_capitalised(self, lemma):
    """Every WordNet entry of `lemma` is a name ("Tours", "Marches", "Sessions")."""
    words = [w for s in self.wn.senses("n", lemma) for w, _ in s.words if w.lower() == lemma]
    return bool(words) and all(w != w.lower() for w in words)

  def deverbal(self, lemma):
    """An eventive sense is derived from a verb that is tagged in SemCor ("interception")."""
    wn = self.wn
    for s in wn.senses("n", lemma):
      if s.offset not in self.eventive:
        continue
      k = wn.word_index(s, lemma)
      for src, off, tgt in s.derived_verbs:
        if src in (0, k):
          verb = wn.synsets[("v", off)]
          vlemma = verb.words[tgt - 1][0].lower() if tgt else verb.words[0][0].lower()
          if wn.lemma_count[("v", vlemma)]:
            return True
    return False

  def adjective_mostly(self, lemma):
    """A noun lemma that is at least as often an adjective or adverb ("single", "best")."""
    ev, _, _ = noun_share(self.wn, lemma, self.eventive)
    other = self.wn.lemma_count[("a", lemma)] + self.wn.lemma_count[("r", lemma)]
    return other >= AMBIGUOUS_MIN and other >= AMBIGUOUS_RATIO * ev

  def non_event_noun_count(self, form):
    """Tagged uses of `form` as a noun in senses that are not triggers here."""
    wn = self.wn
    best = 0
    for lemma in {form, noun_base(wn, form)} - {None}:
      if ("n", lemma) not in wn.index:
        continue
      if lemma in self.event_nouns:
        c = noun_share(wn, lemma, self.eventive)[1]
      else:
        c = wn.lemma_count[("n", lemma)]
      best = max(best, c)
    return best

  def build_nouns(self):
    wn = self.wn
    forms = collections.defaultdict(set)  # form -> {lemma}
    for lemma in sorted(self.event_nouns):
      forms[surface(lemma)].add(lemma)
      for p in noun_plurals(wn, lemma):
        own = p.replace(" ", "_")
        if own != lemma and ("n", own) in wn.index and own not in self.event_nouns and \
           not self.only_capitalised(own):
          self.stats["noun plurals left out (another noun)"] += 1
          continue
        forms[p].add(lemma)
    for form, lemmas in sorted(forms.items()):
      lemma = min(lemmas, key=lambda l: (-wn.lemma_count[("n", l)], len(l), l))
      cls = noun_class(wn, lemma, self.eventive)
      shown = lemma
      base = noun_base(wn, lemma) if "_" not in lemma else None
      if base and base != lemma:
        shown = base  # "talks" is the plural of "talk"
      flags = set()
      ev, other, _ = noun_share(wn, lemma, self.eventive)
      if lemma in self.news_add:
        other = 0  # a news sense: SemCor's other senses do not count against it
      other += wn.lemma_count[("a", form)] + wn.lemma_count[("r", form)]
      if (other >= AMBIGUOUS_MIN and other >= AMBIGUOUS_RATIO * ev) or \
         form in FUNCTION_WORDS or form in NEWS_NAMES:
        flags.add("ambiguous")
      self.rows[(form, "N")] = [surface(shown), cls, flags]

  # -- verbs -----------------------------------------------------------------------------------

  def build_verbs(self):
    wn = self.wn
    lemmas = sorted(l for (pos, l) in wn.index if pos == "v" and
                    not set(l.split("_")) & PLACEHOLDERS)
    self.reporting = reporting_verbs(wn, set(lemmas))
    forms = collections.defaultdict(set)
    for lemma in lemmas:
      for f in verb_forms(wn, lemma):
        forms[f].add(lemma)
    classes = {}
    for form, cands in sorted(forms.items()):
      lemma = min(cands, key=lambda l: (-wn.lemma_count[("v", l)], l != form.replace(" ", "_"),
                                        len(l), l))
      if lemma not in classes:
        classes[lemma] = short_class(dominant_lexname(wn, "v", lemma))
      self.rows[(form, "V")] = [surface(lemma), classes[lemma], self.verb_flags(form, lemma,
                                                                              classes[lemma])]
    self.verb_lemmas = set(classes)
    for key, (lemma, cls, flags) in FORM_SENSES.items():
      self.rows[key] = [lemma, cls, set(flags)]
    for lemma, aux_forms in AUX_FORMS.items():
      cls = "stative" if lemma in MODALS else short_class(dominant_lexname(wn, "v", lemma))
      for f in aux_forms:
        variants = [f] + ([f.replace("'", "\u2019")] if "'" in f else [])
        for v in variants:
          flags = {"auxiliary"}
          if lemma in LIGHT:
            flags.add("light")
          if cls == "stative" and lemma not in MODALS:
            flags.add("stative")
          if f in AUX_AMBIGUOUS:
            flags.add("ambiguous")
          self.rows[(v, "V")] = [lemma, cls, flags]

  def verb_flags(self, form, lemma, cls):
    wn = self.wn
    flags = set()
    name = surface(lemma)
    if name in LIGHT:
      flags.add("light")
    if lemma in self.reporting:
      flags.add("reporting")
    if (cls == "stative" and name not in STATIVE_REMOVE) or name in STATIVE_ADD:
      flags.add("stative")
    if " " not in form:
      other = (wn.lemma_count[("a", form)] + wn.lemma_count[("r", form)] +
               self.non_event_noun_count(form))
      this = wn.lemma_count[("v", lemma)]
      if (other >= AMBIGUOUS_MIN and other >= AMBIGUOUS_RATIO * this) or \
         form in FUNCTION_WORDS or form in NEWS_NAMES:
        flags.add("ambiguous")
    return flags

  def lines(self):
    out = []
    for (form, pos) in sorted(self.rows):
      lemma, cls, flags = self.rows[(form, pos)]
      out.append("\t".join([form, lemma, pos, cls, ",".join(sorted(flags))]))
    return out


HEADER = """\
# Chronicle event trigger lexicon: verbs and event nouns that can anchor an event, with every
# inflection (one line per form and part of speech). Fields, classes and flags:
# gazetteers/README.md, "Event triggers".
# Generated by scripts/build-event-lexicon.py from WordNet 3.0 (Debian package wordnet-base,
# /usr/share/wordnet); edit the script, not this file. Rebuild:
#   python3 scripts/build-event-lexicon.py && python3 scripts/build-event-lexicon.py --check
#
# Source: WordNet 3.0, Princeton University (data.verb, data.noun, index.*, verb.exc, noun.exc,
# cntlist.rev). Licence: the WordNet 3.0 licence, whose notice follows.
#
# WordNet Release 3.0. This software and database is being provided to you, the LICENSEE, by
# Princeton University under the following license. By obtaining, using and/or copying this
# software and database, you agree that you have read, understood, and will comply with these
# terms and conditions.: Permission to use, copy, modify and distribute this software and
# database and its documentation for any purpose and without fee or royalty is hereby granted,
# provided that you agree to comply with the following copyright notice and statements,
# including the disclaimer, and that the same appear on ALL copies of the software, database
# and documentation, including modifications that you make for internal use or for
# distribution. WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION,
# PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT- ABILITY OR FITNESS
# FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR
# DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER
# RIGHTS. The name of Princeton University or Princeton may not be used in advertising or
# publicity pertaining to distribution of the software and/or database. Title to copyright in
# this software, database and any associated documentation shall at all times remain with
# Princeton University and LICENSEE agrees to preserve same.
#
# columns: form\tlemma\tpos\tclass\tflags
"""

FLAGS = ("auxiliary", "light", "reporting", "stative", "ambiguous")

# Spot checks: (form, pos, lemma, class or None, flags that must be set, flags that must not).
SPOT_CHECKS = [
    ("said", "V", "say", "communication", {"reporting"}, {"ambiguous", "auxiliary"}),
    ("says", "V", "say", "communication", {"reporting"}, set()),
    ("met", "V", "meet", "social", set(), {"ambiguous", "stative"}),
    ("meeting", "V", "meet", "social", set(), set()),
    ("sat", "V", "sit", None, set(), set()),
    ("sat down", "V", "sit down", None, set(), set()),
    ("left", "V", "leave", "motion", set(), set()),
    ("arrived", "V", "arrive", "motion", set(), set()),
    ("arriving", "V", "arrive", "motion", set(), set()),
    ("dismantle", "V", "dismantle", None, set(), set()),
    ("dismantled", "V", "dismantle", None, set(), set()),
    ("signed", "V", "sign", None, set(), set()),
    ("addressed", "V", "address", "communication", set(), set()),
    ("addressing", "V", "address", "communication", set(), set()),
    ("disputing", "V", "dispute", "communication", set(), set()),
    ("failed", "V", "fail", None, set(), set()),
    ("went", "V", "go", "motion", {"light"}, set()),
    ("began", "V", "begin", None, set(), set()),
    ("fought", "V", "fight", "competition", set(), set()),
    ("planned", "V", "plan", None, set(), set()),
    ("stopping", "V", "stop", None, set(), set()),
    ("tried", "V", "try", None, set(), set()),
    ("making", "V", "make", None, {"light"}, set()),
    ("made", "V", "make", None, {"light"}, set()),
    ("is", "V", "be", None, {"auxiliary"}, set()),
    ("was", "V", "be", None, {"auxiliary"}, set()),
    ("were", "V", "be", None, {"auxiliary"}, set()),
    ("has", "V", "have", None, {"auxiliary"}, set()),
    ("had", "V", "have", None, {"auxiliary"}, set()),
    ("would", "V", "would", None, {"auxiliary"}, set()),
    ("ca", "V", "can", None, {"auxiliary"}, set()),
    ("announced", "V", "announce", "communication", {"reporting"}, set()),
    ("told", "V", "tell", "communication", {"reporting"}, set()),
    ("denied", "V", "deny", None, {"reporting"}, set()),
    ("added", "V", "add", None, {"reporting"}, set()),
    ("knows", "V", "know", None, {"stative"}, set()),
    ("born", "V", "bear", "body", set(), {"stative", "ambiguous"}),
    ("bore", "V", "bear", None, {"stative"}, set()),
    ("well", "V", "well", None, {"ambiguous"}, set()),
    ("attack", "V", "attack", "competition", set(), set()),
    ("attacked", "V", "attack", "competition", set(), set()),
    ("visit", "V", "visit", None, set(), set()),
    ("took part", "V", "take part", None, set(), {"light"}),
    ("set off", "V", "set off", None, set(), set()),
    ("summit", "N", "summit", None, set(), set()),
    ("summits", "N", "summit", None, set(), set()),
    ("talks", "N", "talk", "communication", set(), set()),
    ("attack", "N", "attack", "act", set(), set()),
    ("attacks", "N", "attack", "act", set(), set()),
    ("election", "N", "election", "act", set(), set()),
    ("elections", "N", "election", "act", set(), set()),
    ("agreement", "N", "agreement", "communication", set(), set()),
    ("dinner", "N", "dinner", None, set(), set()),
    ("conference", "N", "conference", None, set(), set()),
    ("press conference", "N", "press conference", "communication", set(), set()),
    ("press conferences", "N", "press conference", "communication", set(), set()),
    ("visit", "N", "visit", "act", set(), set()),
    ("meeting", "N", "meeting", None, set(), set()),
    ("crises", "N", "crisis", None, set(), set()),
    ("statement", "N", "statement", "communication", set(), set()),
    ("speech", "N", "speech", "communication", set(), set()),
    ("interview", "N", "interview", "communication", set(), set()),
    ("war", "N", "war", "act", set(), set()),
    ("negotiations", "N", "negotiation", None, set(), set()),
]
# Forms that must not be in the lexicon as nouns: not events (people, places, things, or nouns
# whose main sense is something else).
NOT_NOUNS = ["state", "party", "house", "course", "place", "term", "side", "part", "order",
             "ground", "way", "case", "point", "form", "fact", "time", "president", "minister",
             "country", "city", "table", "car", "people"]
# Forms that must not exist at all (regular inflections of irregular verbs).
NOT_FORMS = ["goed", "sayed", "meeted", "sitted", "leaved", "maked", "haves", "bes", "cutted",
             "admited", "stoped", "controled", "quized", "paniced"]


def write(path, lines):
  with open(path, "w", encoding="utf-8", newline="\n") as f:
    f.write(HEADER)
    for line in lines:
      f.write(line + "\n")


def read_rows(path):
  rows = []
  with open(path, "rb") as f:
    data = f.read()
  if data.startswith(b"\xef\xbb\xbf"):
    raise SystemExit(f"{path}: starts with a byte order mark")
  if b"\r" in data:
    raise SystemExit(f"{path}: has CR characters")
  text = data.decode("utf-8")
  columns = None
  for n, line in enumerate(text.split("\n")[:-1], 1):
    if line.startswith("#"):
      if line.startswith("# columns:"):
        columns = line[len("# columns:"):].strip().split("\t")
      continue
    fields = line.split("\t")
    if len(fields) != 5:
      raise SystemExit(f"{path}:{n}: {len(fields)} fields, not 5: {line!r}")
    rows.append(fields)
  if columns != COLUMNS:
    raise SystemExit(f"{path}: the columns line is {columns}, not {COLUMNS}")
  return rows


def check(path):
  rows = read_rows(path)
  problems = []
  keys = [(r[0], r[2]) for r in rows]
  if keys != sorted(keys):
    problems.append("lines are not sorted by form, then pos")
  if len(set(keys)) != len(keys):
    problems.append("a (form, pos) is listed twice")
  for form, lemma, pos, cls, flags in rows:
    if form != form.lower() or lemma != lemma.lower() or not form or not lemma:
      problems.append(f"not lower case or empty: {form} {lemma}")
    if pos not in ("V", "N") or not cls:
      problems.append(f"bad pos or class: {form} {pos} {cls}")
    if "_" in form or "  " in form or form != form.strip():
      problems.append(f"bad spacing: {form!r}")
    if flags and any(f not in FLAGS for f in flags.split(",")):
      problems.append(f"unknown flag: {form} {flags}")
  table = {(r[0], r[2]): r for r in rows}
  for form, pos, lemma, cls, must, must_not in SPOT_CHECKS:
    r = table.get((form, pos))
    if r is None:
      problems.append(f"missing: {form} {pos}")
      continue
    flags = set(r[4].split(",")) - {""}
    if r[1] != lemma or (cls and r[3] != cls) or not must <= flags or flags & must_not:
      problems.append(f"spot check: {form} {pos}: got {r[1:]}, want {lemma} {cls or ''} "
                      f"+{sorted(must)} -{sorted(must_not)}")
  for form in NOT_NOUNS:
    if (form, "N") in table:
      problems.append(f"not an event noun: {form}")
  forms = {r[0] for r in rows}
  for form in NOT_FORMS:
    if form in forms:
      problems.append(f"not an English form: {form}")
  counts = collections.Counter()
  for form, lemma, pos, cls, flags in rows:
    counts[("forms", pos)] += 1
    counts[("class", pos, cls)] += 1
    for f in flags.split(","):
      if f:
        counts[("flag", pos, f)] += 1
  lemmas = {pos: {r[1] for r in rows if r[2] == pos} for pos in ("V", "N")}
  size = os.path.getsize(path)
  print(f"{os.path.relpath(path, REPO)}: {size:,} bytes, {len(rows):,} entries")
  for pos in ("V", "N"):
    print(f"  {pos}: {counts[('forms', pos)]:,} forms, {len(lemmas[pos]):,} lemmas")
    classes = sorted(((c, k[2]) for k, c in counts.items() if k[0] == "class" and k[1] == pos),
                     key=lambda x: (-x[0], x[1]))
    print("    classes: " + ", ".join(f"{name} {c:,}" for c, name in classes))
    print("    flags: " + ", ".join(f"{f} {counts[('flag', pos, f)]:,}" for f in FLAGS
                                    if counts[("flag", pos, f)]))
  multi = sum(1 for r in rows if " " in r[0])
  print(f"  multi-word forms: {multi:,}")
  if problems:
    for p in problems:
      print("problem: " + p, file=sys.stderr)
    return 1
  print(f"  {len(SPOT_CHECKS)} spot checks, {len(NOT_NOUNS)} non-nouns and "
        f"{len(NOT_FORMS)} non-forms: all pass")
  return 0


def main():
  ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
  ap.add_argument("--check", action="store_true",
                  help="check the file (format, order, spot checks) and print its counts")
  ap.add_argument("--output", default=OUT, help="where to write (default: %(default)s)")
  ap.add_argument("--wordnet", default=WORDNET_DIR, help="WordNet 3.0 dict directory "
                  "(default: %(default)s)")
  args = ap.parse_args()
  if args.check:
    return check(args.output)
  missing = [f for f in WORDNET_FILES if not os.path.exists(os.path.join(args.wordnet, f))]
  if missing:
    print(f"WordNet 3.0 is missing from {args.wordnet} ({', '.join(missing)}). Install Debian's "
          "wordnet-base:\n    apt-get update && apt-get install -y wordnet-base",
          file=sys.stderr)
    return 2
  wn = WordNet(args.wordnet)
  lex = Lexicon(wn)
  lex.build_verbs()
  lex.build_nouns()
  lines = lex.lines()
  write(args.output, lines)
  for k, v in sorted(lex.stats.items()):
    print(f"{k}: {v:,}", file=sys.stderr)
  return check(args.output)


if __name__ == "__main__":
  sys.exit(main())
