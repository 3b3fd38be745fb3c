extension HTMLReport {
  /// The page's script: reads the embedded data with `JSON.parse` and builds the timeline, the
  /// annotated documents and the entity index. Text from the data enters the page only as text
  /// nodes (`textContent`, `createTextNode`), never as markup. It must not contain `</script`
  /// or `<!--`, so that it can sit inside a `<script>` element.
  static let script = #"""
"use strict";
(function () {
  // ---- Status and errors: written into the DOM so that a headless browser can read them. ----
  const root = document.documentElement;
  const scriptStart = performance.now();
  const problems = [];
  function fail(message) {
    problems.push(String(message));
    root.setAttribute("data-status", "error");
    root.setAttribute("data-errors", String(problems.length));
    const loading = document.getElementById("loading");
    if (loading) loading.hidden = true;
    const box = document.getElementById("errors");
    if (box) {
      box.hidden = false;
      box.textContent = "This report could not be shown completely:\n" + problems.join("\n");
    }
  }
  window.addEventListener("error", function (event) {
    fail((event.message || "error") + (event.lineno ? " (line " + event.lineno + ":" + event.colno + ")" : ""));
  });
  window.addEventListener("unhandledrejection", function (event) {
    const reason = event.reason;
    fail("unhandled rejection: " + (reason && reason.message ? reason.message : String(reason)));
  });

  // ---- Small helpers. Text from the data only ever enters the page as text nodes. ----
  function el(tag, attributes, children) {
    const node = document.createElement(tag);
    if (attributes) {
      for (const name in attributes) {
        const value = attributes[name];
        if (value === null || value === undefined || value === false) continue;
        if (name === "text") node.textContent = String(value);
        else if (name === "class") node.className = value;
        else node.setAttribute(name, value === true ? "" : String(value));
      }
    }
    if (children) {
      for (const child of children) {
        if (child === null || child === undefined || child === false) continue;
        node.append(typeof child === "string" ? document.createTextNode(child) : child);
      }
    }
    return node;
  }
  function svg(tag, attributes, text) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const name in attributes) node.setAttribute(name, String(attributes[name]));
    if (text !== undefined) node.textContent = text;
    return node;
  }
  const byId = (id) => document.getElementById(id);
  const number = new Intl.NumberFormat("en");
  const count = (n, one, many) => number.format(n) + " " + (n === 1 ? one : many || one + "s");
  function normalize(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function debounce(fn, ms) {
    let timer = 0;
    return function () {
      clearTimeout(timer);
      timer = setTimeout(fn, ms);
    };
  }
  // `fn` at the next animation frame, once however often it is asked for; `.now()` runs it at once.
  function frame(fn) {
    let pending = 0;
    const schedule = function () {
      if (pending) return;
      pending = requestAnimationFrame(function () {
        pending = 0;
        fn();
      });
    };
    schedule.now = function () {
      if (pending) cancelAnimationFrame(pending);
      pending = 0;
      fn();
    };
    return schedule;
  }
  function isTextInput(node) {
    if (!node) return false;
    if (node.tagName === "INPUT") return !["checkbox", "radio", "button", "submit", "reset", "range"].includes(node.type);
    return node.tagName === "SELECT" || node.tagName === "TEXTAREA" || node.isContentEditable;
  }

  // ---- Calendar: minutes since 0001-01-01T00:00 (proleptic Gregorian), as the data counts them. ----
  const MINUTES_PER_DAY = 1440;
  const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  const MONTHS_SHORT = MONTHS.map((name) => name.slice(0, 3));
  const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
  const WEEKDAYS_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
  function daysFromCivil(year, month, day) {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    return era * 146097 + dayOfEra - 306;
  }
  function civilFromDays(days) {
    const z = days + 306;
    const era = Math.floor(z / 146097);
    const dayOfEra = z - era * 146097;
    const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
    const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
    const mp = Math.floor((5 * dayOfYear + 2) / 153);
    const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
    const month = mp < 10 ? mp + 3 : mp - 9;
    return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
  }
  const weekday = (days) => ((days % 7) + 7) % 7; // 0001-01-01 was a Monday
  function minutesOf(year, month, day) {
    return daysFromCivil(year, month, day) * MINUTES_PER_DAY;
  }
  function civilOfMinutes(minutes) {
    const days = Math.floor(minutes / MINUTES_PER_DAY);
    const [y, m, d] = civilFromDays(days);
    const rest = minutes - days * MINUTES_PER_DAY;
    return { y: y, m: m, d: d, days: days, hour: Math.floor(rest / 60), minute: rest % 60 };
  }
  const pad2 = (n) => (n < 10 ? "0" : "") + n;
  function formatDay(c) {
    return WEEKDAYS[weekday(c.days)] + " " + c.d + " " + MONTHS_SHORT[c.m - 1] + " " + c.y;
  }
  const PARTS_OF_DAY = { MO: "morning", MI: "midday", AF: "afternoon", EV: "evening", NI: "night", DT: "daytime" };
  const SEASONS = { SP: "Spring", SU: "Summer", FA: "Autumn", WI: "Winter" };
  const REFERENCES = { PRESENT_REF: "the present", PAST_REF: "the past", FUTURE_REF: "the future" };

  // A TIMEX3 value in words: "2019-02-27" is "Wed 27 Feb 2019", "2018-06" is "June 2018".
  function formatTimex(value) {
    if (value === null || value === undefined) return "Undated";
    let m;
    if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T(.+))?$/.exec(value))) {
      const days = daysFromCivil(+m[1], +m[2], +m[3]);
      let text = WEEKDAYS[weekday(days)] + " " + +m[3] + " " + MONTHS_SHORT[+m[2] - 1] + " " + m[1];
      if (m[4]) {
        const clock = /^(\d{2})(?::(\d{2}))?/.exec(m[4]);
        text += ", " + (PARTS_OF_DAY[m[4]] || (clock ? clock[1] + ":" + (clock[2] || "00") : m[4]));
      }
      return text;
    }
    if ((m = /^(\d{4})-(\d{2})$/.exec(value)) && +m[2] >= 1 && +m[2] <= 12) return MONTHS[+m[2] - 1] + " " + m[1];
    if ((m = /^(\d{4})$/.exec(value))) return m[1];
    if ((m = /^(\d{4})-W(\d{2})(?:-(\d|WE))?$/.exec(value))) {
      const week = "week " + +m[2] + ", " + m[1];
      if (!m[3]) return "Week " + +m[2] + ", " + m[1];
      return (m[3] === "WE" ? "Weekend of " : WEEKDAYS_LONG[+m[3] - 1] + " of ") + week;
    }
    if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return "Q" + m[2] + " " + m[1];
    if ((m = /^(\d{4})-H([12])$/.exec(value))) return (m[2] === "1" ? "First" : "Second") + " half of " + m[1];
    if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return SEASONS[m[2]] + " " + m[1];
    if ((m = /^(\d{3})$/.exec(value))) return m[1] + "0s";
    if ((m = /^(\d{2})$/.exec(value))) return m[1] + "00s";
    if ((m = /^XXXX-WXX-(\d)$/.exec(value))) return "a " + WEEKDAYS_LONG[+m[1] - 1] + " (no reference date)";
    if (REFERENCES[value]) return REFERENCES[value];
    return value;
  }
  function formatEventDate(event) {
    if (event.rangeBegin && event.rangeEnd) return formatTimex(event.rangeBegin) + " – " + formatTimex(event.rangeEnd);
    return formatTimex(event.date);
  }
  const DATE_SOURCES = {
    explicit: "stated in the sentence",
    inherited: "carried over from an earlier sentence of the paragraph",
    storyDate: "the day the story's lead names",
    documentDate: "the document's date",
    mainEvent: "the date of the verb it depends on",
  };

  // ---- The data. ----
  const parseStart = performance.now();
  const data = JSON.parse(byId("report-data").textContent);
  const parseMs = performance.now() - parseStart;
  const TYPES = data.entityTypes;
  const TIME_TYPES = ["DATE", "TIME", "DURATION", "SET"];
  const LABELS = { PERSON: "PER", LOCATION: "LOC", ORGANIZATION: "ORG", DATE: "DATE", TIME: "TIME", DURATION: "DUR", SET: "SET" };
  const TYPE_TITLES = { PERSON: "People", LOCATION: "Places", ORGANIZATION: "Organizations" };
  const TYPE_NAMES = { PERSON: "person", LOCATION: "place", ORGANIZATION: "organization", DATE: "date", TIME: "time", DURATION: "duration", SET: "set (recurring time)" };
  const ROLES = data.roles;
  const DATE_SOURCE_CODES = data.dateSources;
  const docs = data.documents;
  const entities = data.entities;
  const events = data.events;
  const layers = new Set(data.layers);
  const typeBit = (type) => 1 << Math.max(0, TYPES.indexOf(type));
  const ALL_TYPES = (1 << TYPES.length) - 1;

  for (const entity of entities) {
    entity.events = 0;
    entity.key = null;
  }
  for (const doc of docs) doc.entries = new Int32Array(doc.events.length / 2).fill(-1);
  const typeEventCounts = Object.fromEntries(TYPES.map((type) => [type, 0]));
  for (let k = 0; k < events.length; k++) {
    const event = events[k];
    event.index = k;
    const ids = new Set();
    let mask = 0;
    for (const participant of event.participants) {
      if (participant[0] >= 0) ids.add(participant[0]);
      mask |= typeBit(participant[2]);
    }
    if (event.place) {
      if (event.place[0] >= 0) ids.add(event.place[0]);
      mask |= typeBit(event.place[2]);
    }
    event.entityIds = Array.from(ids);
    event.mask = mask;
    for (const id of ids) entities[id].events += 1;
    for (const type of TYPES) if (mask & typeBit(type)) typeEventCounts[type] += 1;
    event.group = event.begin !== null ? 0 : event.date !== null ? 1 : 2;
    event.haystack = null;
    for (const m of event.mentions) {
      if (m[0] >= 0 && m[1] >= 0) docs[m[0]].entries[m[1]] = k;
    }
  }

  // A mention of an event, from its compact array form (see the data's description).
  function mentionAt(event, i) {
    const m = event.mentions[i] || event.mentions[0];
    const args = [];
    for (let k = 0; k < m[10].length; k += 4) args.push([m[10][k], m[10][k + 1], ROLES[m[10][k + 2]] || "participant", m[10][k + 3]]);
    return {
      doc: m[0],
      event: m[1],
      sentence: m[2],
      trigger: [m[3], m[4]],
      place: m[5] >= 0 ? [m[5], m[6]] : null,
      time: m[7] >= 0 ? [m[7], m[8]] : null,
      dateSource: m[9] >= 0 ? DATE_SOURCE_CODES[m[9]] : null,
      args: args,
      date: m.length > 11 ? m[11] : event.date,
      docId: m[0] >= 0 ? docs[m[0]].id : m[12],
      sentenceText: m[0] >= 0 ? null : m[13],
    };
  }
  function mentionIndexIn(event, docIndex, eventIndex) {
    return Math.max(0, event.mentions.findIndex((m) => m[0] === docIndex && m[1] === eventIndex));
  }
  // The sentence a mention sits in: the text to slice and the sentence's bounds in it.
  function sentenceOf(mention) {
    if (mention.doc < 0) return { text: mention.sentenceText, start: 0, end: mention.sentenceText.length };
    const doc = docs[mention.doc];
    const s = doc.sentences;
    const i = mention.sentence;
    if (i >= 0 && 3 * i + 1 < s.length) return { text: doc.text, start: s[3 * i], end: s[3 * i + 1] };
    const [a, b] = mention.trigger;
    return { text: doc.text, start: Math.max(0, a - 120), end: Math.min(doc.text.length, b + 120) };
  }
  function haystackOf(event) {
    if (event.haystack === null) {
      const mention = mentionAt(event, 0);
      const sentence = sentenceOf(mention);
      const names = event.participants.map((p) => p[1]).join(" ");
      event.haystack = normalize(event.trigger + " " + event.lemma + " " + names + " " + (event.place ? event.place[1] : "") + " " + sentence.text.slice(sentence.start, sentence.end));
    }
    return event.haystack;
  }

  const prepareMs = performance.now() - parseStart - parseMs;

  // ---- State. ----
  const state = {
    tab: "timeline",
    entities: [], // entity indexes the timeline is filtered by (any of them)
    types: new Set(TYPES),
    words: "",
    showUndated: true,
    filtered: [],
    dated: [],
    extent: null, // [start, end] minutes of the filtered dated events
    view: null, // [start, end] minutes shown on the axis
    selected: -1, // selected event index
    sourceEvent: -1,
    sourceMention: 0,
    returnFocus: null,
    doc: -1,
    docFocus: null, // {event, mention} highlighted in the document view
    docEntity: -1,
    docWords: "",
    hiddenTypes: new Set(),
    entitySearch: "",
    entitySort: "mentions",
    entityLimits: {},
  };

  // ---- Header. ----
  function firstSentence(doc) {
    if (!doc || doc.sentences.length < 2) return null;
    const text = doc.text.slice(doc.sentences[0], doc.sentences[1]).trim();
    return text.length > 0 && text.length <= 140 ? text : null;
  }
  function renderHeader() {
    const title = data.title || (docs.length === 1 ? firstSentence(docs[0]) || docs[0].id : docs.length > 1 ? count(docs.length, "document") : "Timeline");
    byId("report-title").textContent = title;
    document.title = title + " · Chronicle report";
    const dated = events.filter((e) => e.group === 0);
    const parts = [];
    if (docs.length === 1) {
      parts.push(docs[0].id);
      if (docs[0].referenceDate) parts.push("reference date " + docs[0].referenceDate);
    } else if (docs.length > 1) {
      parts.push(count(docs.length, "document"));
    }
    if (layers.has("events") || events.length > 0) parts.push(count(events.length, "event") + " (" + number.format(dated.length) + " on the time axis)");
    if (entities.length > 0) parts.push(count(entities.length, "entity", "entities"));
    if (dated.length > 0) {
      let begin = Infinity;
      let end = -Infinity;
      for (const event of dated) {
        begin = Math.min(begin, event.begin);
        end = Math.max(end, event.end);
      }
      const first = civilOfMinutes(begin);
      const last = civilOfMinutes(end - 1);
      parts.push(first.y === last.y ? "dates in " + first.y : "dates from " + first.y + " to " + last.y);
    }
    if (!docs.length && !events.length) {
      byId("report-title").textContent = "Empty report";
      document.title = "Empty report · Chronicle report";
      parts.length = 0;
      parts.push("No documents were read.");
    }
    byId("report-summary").textContent = parts.join(" · ");
    const notes = byId("report-notes");
    for (const note of data.notes) notes.append(el("li", { text: note }));
    const tabCounts = { timeline: events.length, documents: docs.length, entities: entities.length };
    for (const name in tabCounts) byId("tab-" + name).append(el("span", { class: "count", text: number.format(tabCounts[name]) }));
  }

  // ---- Tabs (WAI-ARIA tabs: arrows move between tabs). ----
  const TABS = ["timeline", "documents", "entities"];
  const available = {
    timeline: layers.has("events") || events.length > 0,
    documents: docs.length > 0,
    entities: entities.length > 0 || layers.has("entities"),
  };
  const rendered = {};
  function showTab(name, focus) {
    if (!available[name]) name = TABS.find((tab) => available[tab]) || "timeline";
    state.tab = name;
    for (const tab of TABS) {
      const button = byId("tab-" + tab);
      const selected = tab === name;
      button.setAttribute("aria-selected", String(selected));
      button.tabIndex = selected ? 0 : -1;
      byId("view-" + tab).hidden = !selected;
    }
    if (focus) byId("tab-" + name).focus();
    setHash(name);
    if (name === "documents") {
      if (!rendered.documents) {
        rendered.documents = true;
        renderDocumentList();
        if (state.doc < 0 && docs.length > 0) selectDocument(0, null, false);
      }
      docList.render();
    }
    if (name === "entities" && !rendered.entities) {
      rendered.entities = true;
      renderEntities();
    }
    if (name === "timeline") {
      renderAxis();
      eventList.render();
    }
  }
  function setUpTabs() {
    for (const tab of TABS) {
      const button = byId("tab-" + tab);
      if (!available[tab]) button.hidden = true;
      button.addEventListener("click", () => showTab(tab, false));
    }
    byId("tabs").addEventListener("keydown", function (event) {
      const visible = TABS.filter((tab) => available[tab]);
      const at = visible.indexOf(state.tab);
      let next = -1;
      if (event.key === "ArrowRight") next = (at + 1) % visible.length;
      else if (event.key === "ArrowLeft") next = (at - 1 + visible.length) % visible.length;
      else if (event.key === "Home") next = 0;
      else if (event.key === "End") next = visible.length - 1;
      if (next < 0) return;
      event.preventDefault();
      showTab(visible[next], true);
    });
    window.addEventListener("hashchange", applyRoute);
  }
  // Addresses: #timeline, #documents, #entities, #event/N (an event with its source open) and
  // #document/N, so that a view can be bookmarked or linked to.
  function setHash(value) {
    if (location.hash === "#" + value) return;
    try {
      history.replaceState(null, "", "#" + value);
    } catch (error) {
      // Some browsers refuse history changes on file: pages; the address is a convenience only.
    }
  }
  function applyRoute() {
    const hash = location.hash.slice(1);
    let m;
    if ((m = /^event\/(\d+)$/.exec(hash)) && +m[1] < events.length && available.timeline) {
      const index = +m[1];
      showTab("timeline", false);
      if (!state.filtered.includes(events[index])) byId("reset-filters").click();
      selectEvent(index, true);
      openSource(index, 0, null);
      return true;
    }
    if ((m = /^document\/(\d+)$/.exec(hash)) && +m[1] < docs.length) {
      showTab("documents", false);
      selectDocument(+m[1], null, false);
      setHash(hash);
      return true;
    }
    if (TABS.includes(hash) && available[hash]) {
      if (hash !== state.tab) showTab(hash, false);
      return true;
    }
    return false;
  }

  // ---- A virtual list: only the rows in (and near) view exist in the DOM. ----
  function VirtualList(scroller, options) {
    this.scroller = scroller;
    this.options = options;
    this.spacer = el("div", { class: "virtual-spacer" });
    scroller.append(this.spacer);
    this.rows = [];
    this.offsets = [0];
    this.nodes = new Map();
    this.empty = el("p", { class: "list-empty", hidden: true });
    scroller.append(this.empty);
    const schedule = frame(() => this.render());
    scroller.addEventListener("scroll", schedule, { passive: true });
    new ResizeObserver(schedule).observe(scroller);
  }
  // Replaces the rows; `emptyText` is shown when there are none.
  VirtualList.prototype.setRows = function (rows, keepScroll, emptyText) {
    this.rows = rows;
    this.empty.hidden = rows.length > 0 || !emptyText;
    this.empty.textContent = emptyText || "";
    const offsets = new Float64Array(rows.length + 1);
    for (let i = 0; i < rows.length; i++) offsets[i + 1] = offsets[i] + this.options.heightOf(rows[i]);
    this.offsets = offsets;
    this.spacer.style.height = offsets[rows.length] + "px";
    for (const node of this.nodes.values()) node.remove();
    this.nodes.clear();
    if (!keepScroll) this.scroller.scrollTop = 0;
    this.render();
  };
  VirtualList.prototype.indexAt = function (y) {
    let low = 0;
    let high = this.rows.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.offsets[mid] <= y) low = mid;
      else high = mid - 1;
    }
    return Math.max(0, low);
  };
  VirtualList.prototype.render = function () {
    if (this.scroller.offsetParent === null && this.scroller.getClientRects().length === 0) return; // hidden
    const top = this.scroller.scrollTop - this.spacer.offsetTop;
    const height = this.scroller.clientHeight || 600;
    const overscan = 400;
    const first = this.rows.length ? this.indexAt(top - overscan) : 0;
    const last = this.rows.length ? this.indexAt(top + height + overscan) : -1;
    for (const [i, node] of this.nodes) {
      if (i < first || i > last) {
        node.remove();
        this.nodes.delete(i);
      }
    }
    // New rows go in row order, so that the document order (what a screen reader reads) is the
    // visual order; rows already there never move, so focus stays put.
    let next = null;
    for (let i = last; i >= first; i--) {
      const existing = this.nodes.get(i);
      if (existing) {
        next = existing;
        continue;
      }
      const node = this.options.renderRow(this.rows[i], i);
      node.classList.add("virtual-row");
      node.style.top = this.offsets[i] + "px";
      this.nodes.set(i, node);
      this.spacer.insertBefore(node, next);
      next = node;
    }
    if (this.options.afterRender) this.options.afterRender(first, last);
  };
  VirtualList.prototype.scrollToIndex = function (i, align) {
    if (i < 0 || i >= this.rows.length) return;
    const top = this.offsets[i] + this.spacer.offsetTop;
    const bottom = this.offsets[i + 1] + this.spacer.offsetTop;
    const view = this.scroller;
    if (align === "start") view.scrollTop = top - 8;
    else if (align === "center") view.scrollTop = top - (view.clientHeight - (bottom - top)) / 2;
    else if (top < view.scrollTop) view.scrollTop = top - 8;
    else if (bottom > view.scrollTop + view.clientHeight) view.scrollTop = bottom - view.clientHeight + 8;
    this.render();
  };

  // ---- Filters. ----
  function applyFilters(keepView) {
    const wanted = state.entities;
    let typeMask = 0;
    for (const type of state.types) typeMask |= typeBit(type);
    const words = normalize(state.words.trim()).split(/\s+/).filter(Boolean);
    const filtered = [];
    for (const event of events) {
      if (!state.showUndated && event.group === 2) continue;
      if (typeMask !== ALL_TYPES && !(event.mask & typeMask)) continue;
      if (wanted.length && !wanted.some((id) => event.entityIds.includes(id))) continue;
      if (words.length) {
        const haystack = haystackOf(event);
        if (!words.every((word) => haystack.includes(word))) continue;
      }
      filtered.push(event);
    }
    state.filtered = filtered;
    state.dated = filtered.filter((event) => event.group === 0);
    state.extent = null;
    if (state.dated.length) {
      let start = Infinity;
      let end = -Infinity;
      for (const event of state.dated) {
        if (event.begin < start) start = event.begin;
        if (event.end > end) end = event.end;
      }
      state.extent = [start, end];
    }
    const active = state.entities.length + (state.types.size < TYPES.length ? 1 : 0) + (words.length ? 1 : 0) + (state.showUndated ? 0 : 1);
    const badge = byId("filter-badge");
    badge.hidden = active === 0;
    badge.textContent = String(active);
    if (!keepView || !state.view) fitView();
    else updateTimeline();
  }
  function fitView() {
    if (!state.extent) {
      state.view = null;
      updateTimeline();
      return;
    }
    let [start, end] = state.extent;
    const minimum = 2 * MINUTES_PER_DAY;
    if (end - start < minimum) {
      const middle = (start + end) / 2;
      start = middle - minimum / 2;
      end = middle + minimum / 2;
    }
    const margin = (end - start) * 0.04;
    setView(start - margin, end + margin);
  }
  const MIN_SPAN = 60; // one hour
  const MAX_SPAN = 525960 * 4000;
  function setView(start, end) {
    let span = Math.min(MAX_SPAN, Math.max(MIN_SPAN, end - start));
    const middle = (start + end) / 2;
    start = middle - span / 2;
    end = middle + span / 2;
    const floor = 0;
    if (start < floor) {
      end += floor - start;
      start = floor;
    }
    state.view = [start, end];
    updateTimeline();
  }
  function zoom(factor, anchor) {
    if (!state.view) return;
    const [start, end] = state.view;
    const at = anchor === undefined ? (start + end) / 2 : anchor;
    setView(at - (at - start) * factor, at + (end - at) * factor);
  }
  // Zooming keeps the event in hand (the focused card, else the selected one) where it is.
  function zoomAnchor() {
    const row = state.rows[state.activeRow];
    const candidates = [row && row.event, state.selected >= 0 ? events[state.selected] : null];
    for (const event of candidates) {
      if (event && event.group === 0 && state.view && event.end > state.view[0] && event.begin < state.view[1]) return (event.begin + event.end) / 2;
    }
    return undefined;
  }
  function pan(fraction) {
    if (!state.view) return;
    const [start, end] = state.view;
    const shift = (end - start) * fraction;
    setView(start + shift, end + shift);
  }
  const updateTimeline = frame(function () {
    renderAxis();
    rebuildEventRows();
    announceFilterStatus();
  });
  const announceFilterStatus = debounce(function () {
    const inView = state.rows ? state.rows.filter((row) => row.kind === "event" && row.event.group === 0).length : 0;
    const undated = state.filtered.length - state.dated.length;
    let text = "Showing " + count(state.filtered.length, "event") + (state.filtered.length !== events.length ? " of " + number.format(events.length) : "") + ".";
    if (state.dated.length) text += " " + number.format(inView) + " of the dated ones are in view.";
    if (undated) text += " " + number.format(undated) + " without a place on the axis.";
    byId("filter-status").textContent = text;
  }, 250);

  // Entity type-ahead (WAI-ARIA combobox with a list box).
  let options = [];
  let activeOption = -1;
  function entityKey(entity) {
    if (entity.key === null) entity.key = [entity.name].concat(entity.aliases).map(normalize);
    return entity.key;
  }
  function matchEntities(query) {
    const q = normalize(query.trim());
    if (!q) return [];
    const found = [];
    for (let i = 0; i < entities.length; i++) {
      const entity = entities[i];
      if (entity.events === 0 || state.entities.includes(i)) continue;
      const keys = entityKey(entity);
      let score = -1;
      let alias = null;
      for (let k = 0; k < keys.length; k++) {
        const key = keys[k];
        let s = -1;
        if (key.startsWith(q)) s = 0;
        else if (key.includes(" " + q) || key.includes("-" + q)) s = 1;
        else if (key.includes(q)) s = 3;
        if (s < 0) continue;
        if (k > 0) s += 1;
        if (score < 0 || s < score) {
          score = s;
          alias = k > 0 ? entity.aliases[k - 1] : null;
        }
      }
      if (score >= 0) found.push({ index: i, score: score, alias: alias });
    }
    found.sort((a, b) => a.score - b.score || entities[b.index].events - entities[a.index].events || entities[b.index].mentions - entities[a.index].mentions);
    return found.slice(0, 12);
  }
  function renderOptions() {
    const input = byId("entity-input");
    const list = byId("entity-options");
    list.replaceChildren();
    options = matchEntities(input.value);
    activeOption = options.length ? 0 : -1;
    if (!input.value.trim()) {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      return;
    }
    if (!options.length) list.append(el("li", { class: "empty", role: "option", "aria-disabled": "true", text: "No entity with events matches" }));
    options.forEach(function (option, i) {
      const entity = entities[option.index];
      const item = el("li", { role: "option", id: "entity-option-" + i, "aria-selected": String(i === activeOption) }, [
        el("span", { class: "swatch ent-" + entity.type, "aria-hidden": "true" }),
        el("span", { class: "name", text: entity.name }),
        option.alias && option.alias !== entity.name ? el("span", { class: "alias", text: "“" + option.alias + "”" }) : null,
        el("span", { class: "meta", text: TYPE_NAMES[entity.type] + " · " + count(entity.events, "event") }),
      ]);
      item.addEventListener("mousedown", function (event) {
        event.preventDefault();
        chooseOption(i);
      });
      list.append(item);
    });
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    moveOption(activeOption);
  }
  function moveOption(i) {
    const input = byId("entity-input");
    activeOption = i;
    const items = byId("entity-options").querySelectorAll("[role=option]");
    items.forEach((item, k) => item.setAttribute("aria-selected", String(k === i)));
    if (i >= 0 && items[i]) {
      input.setAttribute("aria-activedescendant", items[i].id);
      items[i].scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  }
  function closeOptions() {
    const input = byId("entity-input");
    byId("entity-options").hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }
  function chooseOption(i) {
    const option = options[i];
    if (!option) return;
    addEntityFilter(option.index);
    byId("entity-input").value = "";
    closeOptions();
  }
  function addEntityFilter(index) {
    if (!state.entities.includes(index)) state.entities.push(index);
    renderEntityChips();
    applyFilters(false);
  }
  function removeEntityFilter(index) {
    state.entities = state.entities.filter((i) => i !== index);
    renderEntityChips();
    applyFilters(false);
    byId("entity-input").focus();
  }
  function renderEntityChips() {
    const chips = byId("entity-chips");
    chips.replaceChildren();
    for (const index of state.entities) {
      const entity = entities[index];
      const remove = el("button", { type: "button", "aria-label": "Remove the filter " + entity.name, title: "Remove", text: "×" });
      remove.addEventListener("click", () => removeEntityFilter(index));
      chips.append(el("li", { class: "chip ent-" + entity.type }, [el("span", { text: entity.name }), remove]));
    }
  }
  function setUpFilters() {
    const input = byId("entity-input");
    input.addEventListener("input", renderOptions);
    input.addEventListener("focus", function () {
      if (input.value.trim()) renderOptions();
    });
    input.addEventListener("blur", closeOptions);
    input.addEventListener("keydown", function (event) {
      const open = !byId("entity-options").hidden;
      if (event.key === "ArrowDown") {
        event.preventDefault();
        if (!open) renderOptions();
        else if (options.length) moveOption((activeOption + 1) % options.length);
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        if (open && options.length) moveOption((activeOption - 1 + options.length) % options.length);
      } else if (event.key === "Enter") {
        if (open && activeOption >= 0) {
          event.preventDefault();
          chooseOption(activeOption);
        }
      } else if (event.key === "Escape") {
        if (open) {
          event.preventDefault();
          event.stopPropagation();
          closeOptions();
        } else if (input.value) {
          event.preventDefault();
          event.stopPropagation();
          input.value = "";
        }
      } else if (event.key === "Backspace" && !input.value && state.entities.length) {
        removeEntityFilter(state.entities[state.entities.length - 1]);
      }
    });
    const checks = byId("type-filters");
    for (const type of TYPES) {
      const box = el("input", { type: "checkbox", checked: true, value: type });
      box.addEventListener("change", function () {
        if (box.checked) state.types.add(type);
        else state.types.delete(type);
        applyFilters(true);
      });
      checks.append(el("label", { class: "check" }, [box, el("span", { class: "swatch ent-" + type, "aria-hidden": "true" }), TYPE_TITLES[type], el("span", { class: "n", text: number.format(typeEventCounts[type]) })]));
    }
    const search = byId("event-search");
    const onWords = debounce(function () {
      state.words = search.value;
      applyFilters(true);
    }, 160);
    search.addEventListener("input", onWords);
    byId("show-undated").addEventListener("change", function (event) {
      state.showUndated = event.target.checked;
      applyFilters(true);
    });
    byId("reset-filters").addEventListener("click", function () {
      state.entities = [];
      state.types = new Set(TYPES);
      state.words = "";
      state.showUndated = true;
      search.value = "";
      byId("show-undated").checked = true;
      checks.querySelectorAll("input").forEach((box) => (box.checked = true));
      renderEntityChips();
      applyFilters(false);
    });
    if (window.matchMedia("(max-width: 860px)").matches) byId("filters").open = false;
  }

  // ---- The time axis. ----
  const MONTH = 43830; // average minutes, for choosing units
  const YEAR = 525960;
  const UNITS = [
    { kind: "fixed", size: 1 }, { kind: "fixed", size: 5 }, { kind: "fixed", size: 15 }, { kind: "fixed", size: 30 },
    { kind: "fixed", size: 60 }, { kind: "fixed", size: 180 }, { kind: "fixed", size: 360 }, { kind: "fixed", size: 720 },
    { kind: "fixed", size: MINUTES_PER_DAY }, { kind: "fixed", size: 2 * MINUTES_PER_DAY }, { kind: "fixed", size: 7 * MINUTES_PER_DAY },
    { kind: "month", step: 1 }, { kind: "month", step: 3 }, { kind: "month", step: 6 },
    { kind: "year", step: 1 }, { kind: "year", step: 2 }, { kind: "year", step: 5 }, { kind: "year", step: 10 },
    { kind: "year", step: 20 }, { kind: "year", step: 50 }, { kind: "year", step: 100 }, { kind: "year", step: 200 },
    { kind: "year", step: 500 }, { kind: "year", step: 1000 },
  ];
  for (const unit of UNITS) unit.approx = unit.kind === "fixed" ? unit.size : unit.kind === "month" ? unit.step * MONTH : unit.step * YEAR;
  function unitFor(minutesPerPixel, pixels) {
    for (const unit of UNITS) if (unit.approx / minutesPerPixel >= pixels) return unit;
    return UNITS[UNITS.length - 1];
  }
  function floorTo(t, unit) {
    if (unit.kind === "fixed") return Math.floor(t / unit.size) * unit.size;
    const c = civilOfMinutes(t);
    if (unit.kind === "month") {
      const index = Math.floor((c.y * 12 + c.m - 1) / unit.step) * unit.step;
      return minutesOf(Math.floor(index / 12), (index % 12) + 1, 1);
    }
    return minutesOf(Math.max(1, Math.floor(c.y / unit.step) * unit.step), 1, 1);
  }
  function nextTick(t, unit) {
    if (unit.kind === "fixed") return t + unit.size;
    const c = civilOfMinutes(t);
    if (unit.kind === "month") {
      const index = c.y * 12 + c.m - 1 + unit.step;
      return minutesOf(Math.floor(index / 12), (index % 12) + 1, 1);
    }
    const year = c.y === 1 && unit.step > 1 ? unit.step : c.y + unit.step;
    return minutesOf(year, 1, 1);
  }
  function tickLabel(t, unit, pixels) {
    const c = civilOfMinutes(t);
    if (unit.kind === "fixed" && unit.size < MINUTES_PER_DAY) return pad2(c.hour) + ":" + pad2(c.minute);
    if (unit.kind === "fixed" && unit.size < 7 * MINUTES_PER_DAY) return pixels >= 56 ? WEEKDAYS[weekday(c.days)] + " " + c.d : String(c.d);
    if (unit.kind === "fixed") return c.d + " " + MONTHS_SHORT[c.m - 1];
    if (unit.kind === "month") return pixels >= 70 && unit.step === 1 ? MONTHS[c.m - 1] : MONTHS_SHORT[c.m - 1];
    return String(c.y);
  }
  function contextUnit(unit) {
    if (unit.kind === "fixed" && unit.size < MINUTES_PER_DAY) return { kind: "fixed", size: MINUTES_PER_DAY };
    if (unit.kind === "fixed") return { kind: "month", step: 1 };
    if (unit.kind === "month") return { kind: "year", step: 1 };
    return null;
  }
  function contextLabel(t, unit) {
    const c = civilOfMinutes(t);
    if (unit.kind === "fixed") return formatDay(c);
    if (unit.kind === "month") return MONTHS[c.m - 1] + " " + c.y;
    return String(c.y);
  }
  function bucketLabel(t, unit) {
    const c = civilOfMinutes(t);
    if (unit.kind === "fixed" && unit.size < MINUTES_PER_DAY) return formatDay(c) + ", " + pad2(c.hour) + ":" + pad2(c.minute);
    if (unit.kind === "fixed" && unit.size === MINUTES_PER_DAY) return formatDay(c);
    if (unit.kind === "fixed") return (unit.size === 7 * MINUTES_PER_DAY ? "Week of " : "From ") + formatDay(c);
    if (unit.kind === "month") return unit.step === 1 ? MONTHS[c.m - 1] + " " + c.y : MONTHS_SHORT[c.m - 1] + " – " + MONTHS_SHORT[(c.m + unit.step - 2) % 12] + " " + c.y;
    return unit.step === 1 ? String(c.y) : c.y + "–" + (c.y + unit.step - 1);
  }
  function rangeLabel(start, end) {
    const a = civilOfMinutes(Math.max(0, Math.round(start)));
    const b = civilOfMinutes(Math.max(0, Math.round(end)));
    const span = end - start;
    if (span < 3 * MINUTES_PER_DAY) return formatDay(a) + " " + pad2(a.hour) + ":" + pad2(a.minute) + " – " + formatDay(b) + " " + pad2(b.hour) + ":" + pad2(b.minute);
    if (span < 3 * YEAR) return a.d + " " + MONTHS_SHORT[a.m - 1] + " " + a.y + " – " + b.d + " " + MONTHS_SHORT[b.m - 1] + " " + b.y;
    return a.y + " – " + b.y;
  }

  const AXIS = { height: 168, top: 44, bottom: 8, lane: 16, bar: 11 };
  const INDIVIDUAL_LIMIT = 400;
  function renderAxis() {
    if (state.tab !== "timeline") return;
    const host = byId("axis-svg");
    const width = host.clientWidth || 800;
    host.setAttribute("viewBox", "0 0 " + width + " " + AXIS.height);
    host.replaceChildren();
    renderOverview();
    const label = byId("axis-range");
    if (!state.view) {
      label.textContent = state.filtered.length ? "No event has a date on the axis." : "";
      host.append(svg("text", { x: 16, y: AXIS.height / 2, class: "axis-empty" }, state.filtered.length ? "None of these events has a calendar date; they are listed below." : "No events match the filters."));
      byId("axis").setAttribute("aria-label", "Timeline axis: no dated events");
      return;
    }
    const [start, end] = state.view;
    const perPixel = (end - start) / width;
    const x = (t) => (t - start) / perPixel;
    label.textContent = rangeLabel(start, end);
    // Grid, tick labels and context labels.
    const unit = unitFor(perPixel, 58);
    const tickPixels = unit.approx / perPixel;
    const grid = svg("g", {});
    let t = floorTo(start, unit);
    for (let guard = 0; t <= end && guard < 400; guard++) {
      const px = x(t);
      if (px >= -1) {
        grid.append(svg("line", { x1: px, x2: px, y1: 20, y2: AXIS.height, class: "grid" }));
        grid.append(svg("text", { x: px + 4, y: 36 }, tickLabel(t, unit, tickPixels)));
      }
      t = nextTick(t, unit);
    }
    const context = contextUnit(unit);
    if (context) {
      let c = floorTo(start, context);
      let first = true;
      for (let guard = 0; c <= end && guard < 400; guard++) {
        const px = x(c);
        const next = nextTick(c, context);
        if (px >= 0) grid.append(svg("line", { x1: px, x2: px, y1: 0, y2: AXIS.height, class: "grid major" }));
        const labelX = Math.max(px, 0) + 4;
        if (!first || x(next) - labelX > 90) grid.append(svg("text", { x: labelX, y: 14, class: "context" }, contextLabel(c, context)));
        first = false;
        c = next;
      }
    }
    host.append(grid);
    // Events in view: one bar each when they fit, otherwise counted in buckets.
    const visible = [];
    for (const event of state.dated) if (event.end > start && event.begin < end) visible.push(event);
    const lanesAvailable = Math.floor((AXIS.height - AXIS.top - AXIS.bottom) / AXIS.lane);
    const layer = svg("g", {});
    let drawn = false;
    if (visible.length <= INDIVIDUAL_LIMIT) drawn = drawBars(layer, visible, x, width, lanesAvailable);
    if (!drawn) drawBuckets(layer, visible, x, perPixel, width);
    host.append(layer);
    const selected = state.selected >= 0 ? events[state.selected] : null;
    if (selected && selected.group === 0 && selected.end > start && selected.begin < end) {
      const px = (x(selected.begin) + x(selected.end)) / 2;
      host.append(svg("line", { x1: px, x2: px, y1: 20, y2: AXIS.height, class: "selection-line" }));
    }
    byId("axis").setAttribute("aria-label", "Timeline axis, " + rangeLabel(start, end) + ": " + count(visible.length, "dated event") + " in view" + (drawn ? "" : ", counted by " + bucketName(unitFor(perPixel, 10))));
  }
  function bucketName(unit) {
    if (unit.kind === "fixed") return unit.size >= 7 * MINUTES_PER_DAY ? "week" : unit.size >= MINUTES_PER_DAY ? "day" : "time of day";
    return unit.kind === "month" ? "month" : "year";
  }
  function eventTitle(event) {
    const who = event.participants.map((p) => p[1]).join(", ");
    return formatEventDate(event) + ": " + event.trigger + (who ? " — " + who : "") + (event.place ? ", in " + event.place[1] : "");
  }
  // One bar per event, stacked in lanes; when the lanes run out, the rest of a crowded moment is
  // drawn as a "+N" marker in the last lane. Returns false when too many would be hidden that way.
  function drawBars(layer, visible, x, width, lanesAvailable) {
    function place(lanes) {
      const laneEnds = [];
      const placed = [];
      const overflow = [];
      for (const event of visible) {
        const x1 = Math.max(-4, x(event.begin));
        const x2 = Math.min(width + 4, Math.max(x1 + 5, x(event.end) - 1));
        let lane = laneEnds.findIndex((endX) => endX + 2 <= x1);
        if (lane < 0 && laneEnds.length < lanes) {
          lane = laneEnds.length;
          laneEnds.push(0);
        }
        if (lane < 0) overflow.push([event, x1, x2]);
        else {
          laneEnds[lane] = x2;
          placed.push([event, x1, x2, lane]);
        }
      }
      return { placed: placed, overflow: overflow };
    }
    let layout = place(lanesAvailable);
    if (layout.overflow.length) layout = place(lanesAvailable - 1);
    if (layout.overflow.length > Math.max(12, visible.length / 2)) return false;
    for (const [event, x1, x2, lane] of layout.placed) {
      const y = AXIS.top + lane * AXIS.lane;
      const coarse = event.end - event.begin > MINUTES_PER_DAY;
      const rect = svg("rect", { x: x1, y: y, width: x2 - x1, height: AXIS.bar, rx: 2, class: "bar" + (coarse ? " coarse" : "") + (event.index === state.selected ? " selected" : ""), "data-event": event.index });
      rect.append(svg("title", {}, eventTitle(event)));
      layer.append(rect);
      if (x2 - x1 > 60 && event.trigger.length * 6 < x2 - x1 - 8) layer.append(svg("text", { x: Math.max(x1, 0) + 4, y: y + 9, class: "span-label" }, event.trigger));
    }
    // Crowded moments: clusters of the events that found no lane.
    const clusters = [];
    for (const [event, x1, x2] of layout.overflow.sort((a, b) => a[1] - b[1])) {
      const last = clusters[clusters.length - 1];
      if (last && x1 <= last.x2 + 24) {
        last.x2 = Math.max(last.x2, x2);
        last.events.push(event);
      } else clusters.push({ x1: x1, x2: x2, events: [event] });
    }
    const y = AXIS.top + (lanesAvailable - 1) * AXIS.lane;
    for (const cluster of clusters) {
      const label = "+" + number.format(cluster.events.length);
      const w = Math.max(cluster.x2 - cluster.x1, label.length * 7 + 8);
      cluster.x1 = Math.max(0, Math.min(cluster.x1, width - w - 1));
      const begin = Math.min.apply(null, cluster.events.map((e) => e.begin));
      const end = Math.max.apply(null, cluster.events.map((e) => e.end));
      const rect = svg("rect", { x: cluster.x1, y: y, width: w, height: AXIS.bar + 2, rx: 3, class: "bar more", "data-more": begin + ":" + end, "data-first": cluster.events[0].index });
      rect.append(svg("title", {}, count(cluster.events.length, "more event") + " at " + formatTimex(cluster.events[0].date) + ". Click to zoom in, or to list them."));
      layer.append(rect);
      layer.append(svg("text", { x: cluster.x1 + 4, y: y + 10, class: "more-label" }, label));
    }
    return true;
  }
  function drawBuckets(layer, visible, x, perPixel, width) {
    const unit = unitFor(perPixel, 10);
    const counts = new Map();
    const spans = new Map();
    for (const event of visible) {
      if (event.end - event.begin > unit.approx * 1.01) {
        const key = event.begin + ":" + event.end;
        const span = spans.get(key);
        if (span) span.events += 1;
        else spans.set(key, { begin: event.begin, end: event.end, events: 1, date: event.rangeBegin ? formatEventDate(event) : formatTimex(event.date) });
      } else {
        const bucket = floorTo(event.begin, unit);
        counts.set(bucket, (counts.get(bucket) || 0) + 1);
      }
    }
    // Coarse dates (a month, a year …) as spans with their counts, in up to three lanes.
    const spanList = Array.from(spans.values()).sort((a, b) => a.begin - b.begin || b.end - a.end);
    const laneEnds = [];
    let spanLanes = 0;
    for (const span of spanList) {
      const x1 = Math.max(-4, x(span.begin));
      const x2 = Math.min(width + 4, Math.max(x1 + 5, x(span.end) - 1));
      let lane = laneEnds.findIndex((endX) => endX + 2 <= x1);
      let crowded = false;
      if (lane < 0) {
        if (laneEnds.length >= 3) {
          lane = laneEnds.indexOf(Math.min.apply(null, laneEnds));
          crowded = true;
        } else {
          lane = laneEnds.length;
          laneEnds.push(0);
        }
      }
      laneEnds[lane] = Math.max(laneEnds[lane], x2);
      spanLanes = Math.max(spanLanes, lane + 1);
      const y = AXIS.top + lane * AXIS.lane;
      const rect = svg("rect", { x: x1, y: y, width: x2 - x1, height: AXIS.bar, rx: 2, class: "bar coarse", "data-zoom": span.begin + ":" + span.end });
      rect.append(svg("title", {}, span.date + ": " + count(span.events, "event") + " dated only this precisely. Click to zoom in."));
      layer.append(rect);
      const text = span.date + " · " + number.format(span.events);
      if (!crowded && text.length * 6 < x2 - x1 - 8) layer.append(svg("text", { x: Math.max(x1, 0) + 4, y: y + 9, class: "span-label" }, text));
    }
    const histogramTop = AXIS.top + spanLanes * AXIS.lane + (spanLanes ? 4 : 0);
    const histogramHeight = AXIS.height - AXIS.bottom - histogramTop;
    let most = 0;
    for (const n of counts.values()) most = Math.max(most, n);
    for (const [bucket, n] of counts) {
      const next = nextTick(bucket, unit);
      const x1 = x(bucket);
      const w = Math.max(2, x(next) - x1 - 1);
      const h = Math.max(3, (histogramHeight * n) / most);
      const rect = svg("rect", { x: x1, y: AXIS.height - AXIS.bottom - h, width: w, height: h, class: "bucket", "data-zoom": bucket + ":" + next });
      rect.append(svg("title", {}, bucketLabel(bucket, unit) + ": " + count(n, "event") + ". Click to zoom in."));
      layer.append(rect);
      const label = number.format(n);
      if (label.length * 6.2 + 2 <= w || (w >= 10 && label.length <= 2 && n === most)) {
        layer.append(svg("text", { x: x1 + w / 2, y: AXIS.height - AXIS.bottom - h - 3, class: "bucket-label" }, label));
      }
    }
  }
  function renderOverview() {
    const host = byId("overview-svg");
    const width = host.clientWidth || 800;
    const height = 30;
    host.setAttribute("viewBox", "0 0 " + width + " " + height);
    host.replaceChildren();
    if (!state.extent || !state.view) return;
    const full = overviewRange();
    const scale = (full[1] - full[0]) / width;
    const bins = new Float64Array(Math.max(1, Math.floor(width / 3)));
    for (const event of state.dated) {
      const i = Math.min(bins.length - 1, Math.max(0, Math.floor(((event.begin - full[0]) / scale) / 3)));
      bins[i] += 1;
    }
    let most = 0;
    for (const n of bins) most = Math.max(most, n);
    for (let i = 0; i < bins.length; i++) {
      if (!bins[i]) continue;
      const h = Math.max(2, ((height - 6) * Math.sqrt(bins[i])) / Math.sqrt(most));
      host.append(svg("rect", { x: i * 3, y: height - 2 - h, width: 2, height: h, class: "bin" }));
    }
    const x1 = (state.view[0] - full[0]) / scale;
    const x2 = (state.view[1] - full[0]) / scale;
    host.append(svg("rect", { x: Math.max(0, x1), y: 1, width: Math.max(4, Math.min(width, x2) - Math.max(0, x1)), height: height - 2, rx: 3, class: "window" }));
  }
  function overviewRange() {
    const [a, b] = state.extent;
    const margin = Math.max((b - a) * 0.04, MINUTES_PER_DAY);
    return [Math.min(a - margin, state.view[0]), Math.max(b + margin, state.view[1])];
  }
  function setUpAxis() {
    const axis = byId("axis");
    const host = byId("axis-svg");
    const overview = byId("overview-svg");
    byId("zoom-in").addEventListener("click", () => zoom(0.5, zoomAnchor()));
    byId("zoom-out").addEventListener("click", () => zoom(2, zoomAnchor()));
    byId("zoom-fit").addEventListener("click", fitView);
    axis.addEventListener("keydown", function (event) {
      if (event.key === "ArrowLeft") pan(-0.2);
      else if (event.key === "ArrowRight") pan(0.2);
      else if (event.key === "PageUp") pan(-0.9);
      else if (event.key === "PageDown") pan(0.9);
      else if (event.key === "Home" && state.extent) setView(state.extent[0] - (state.view[1] - state.view[0]) * 0.05, state.extent[0] + (state.view[1] - state.view[0]) * 0.95);
      else if (event.key === "End" && state.extent) setView(state.extent[1] - (state.view[1] - state.view[0]) * 0.95, state.extent[1] + (state.view[1] - state.view[0]) * 0.05);
      else return;
      event.preventDefault();
    });
    // Pointer: drag to scroll, wheel or pinch to zoom around the pointer, click a bar or bucket.
    const pointers = new Map();
    let drag = null;
    let pinch = null;
    const timeAt = (clientX) => {
      const box = host.getBoundingClientRect();
      return state.view[0] + ((clientX - box.left) / box.width) * (state.view[1] - state.view[0]);
    };
    host.addEventListener("pointerdown", function (event) {
      if (!state.view) return;
      pointers.set(event.pointerId, event.clientX);
      host.setPointerCapture(event.pointerId);
      if (pointers.size === 2) {
        const [a, b] = Array.from(pointers.values());
        pinch = { distance: Math.abs(a - b) || 1, view: state.view.slice(), anchor: timeAt((a + b) / 2) };
        drag = null;
      } else {
        drag = { x: event.clientX, view: state.view.slice(), moved: false, target: event.target };
      }
    });
    host.addEventListener("pointermove", function (event) {
      if (!pointers.has(event.pointerId)) return;
      pointers.set(event.pointerId, event.clientX);
      if (pinch && pointers.size === 2) {
        const [a, b] = Array.from(pointers.values());
        const factor = pinch.distance / (Math.abs(a - b) || 1);
        const [s, e] = pinch.view;
        setView(pinch.anchor - (pinch.anchor - s) * factor, pinch.anchor + (e - pinch.anchor) * factor);
      } else if (drag) {
        const dx = event.clientX - drag.x;
        if (Math.abs(dx) > 3) drag.moved = true;
        if (!drag.moved) return;
        axis.classList.add("dragging");
        const box = host.getBoundingClientRect();
        const shift = (dx / box.width) * (drag.view[1] - drag.view[0]);
        setView(drag.view[0] - shift, drag.view[1] - shift);
      }
    });
    function release(event) {
      if (!pointers.has(event.pointerId)) return;
      pointers.delete(event.pointerId);
      axis.classList.remove("dragging");
      if (pointers.size < 2) pinch = null;
      if (drag && !drag.moved && event.type === "pointerup") axisClick(drag.target);
      drag = null;
    }
    host.addEventListener("pointerup", release);
    host.addEventListener("pointercancel", release);
    host.addEventListener("wheel", function (event) {
      if (!state.view) return;
      event.preventDefault();
      const horizontal = Math.abs(event.deltaX) > Math.abs(event.deltaY) || event.shiftKey;
      if (horizontal) {
        const delta = event.deltaX || event.deltaY;
        const box = host.getBoundingClientRect();
        pan(delta / box.width);
      } else {
        const factor = Math.exp(event.deltaY * (event.ctrlKey ? 0.01 : 0.002));
        zoom(Math.min(4, Math.max(0.25, factor)), timeAt(event.clientX));
      }
    }, { passive: false });
    // The overview: click or drag to move the window.
    let overviewDrag = null;
    overview.addEventListener("pointerdown", function (event) {
      if (!state.view) return;
      overview.setPointerCapture(event.pointerId);
      const box = overview.getBoundingClientRect();
      const full = overviewRange();
      overviewDrag = { full: full, width: box.width, left: box.left };
      moveWindow(event.clientX);
    });
    function moveWindow(clientX) {
      const { full, width, left } = overviewDrag;
      const t = full[0] + ((clientX - left) / width) * (full[1] - full[0]);
      const span = state.view[1] - state.view[0];
      setView(t - span / 2, t + span / 2);
    }
    overview.addEventListener("pointermove", (event) => overviewDrag && moveWindow(event.clientX));
    overview.addEventListener("pointerup", () => (overviewDrag = null));
    overview.addEventListener("pointercancel", () => (overviewDrag = null));
    new ResizeObserver(frame(renderAxis)).observe(axis);
  }
  function axisClick(target) {
    if (!target || !target.getAttribute) return;
    const index = target.getAttribute("data-event");
    if (index !== null) {
      selectEvent(+index, true);
      return;
    }
    const more = target.getAttribute("data-more");
    if (more) {
      const [a, b] = more.split(":").map(Number);
      if ((b - a) * 3 < state.view[1] - state.view[0] && b - a >= MIN_SPAN) {
        const margin = (b - a) * 0.5;
        setView(a - margin, b + margin);
      } else selectEvent(+target.getAttribute("data-first"), true);
      return;
    }
    const range = target.getAttribute("data-zoom");
    if (range) {
      const [a, b] = range.split(":").map(Number);
      const margin = (b - a) * 0.15;
      setView(a - margin, b + margin);
    }
  }

  // ---- The event list: cards in timeline order for the dated events in view, then the rest. ----
  const CARD_HEIGHT = () => parseFloat(getComputedStyle(root).getPropertyValue("--card-height")) || 132;
  let cardHeight = 132;
  const eventList = new VirtualList(byId("event-list"), {
    heightOf: (row) => (row.kind === "heading" ? 48 : cardHeight),
    renderRow: renderRow,
    afterRender: ensureTabStop,
  });
  state.rows = [];
  state.activeRow = -1;
  function rebuildEventRows() {
    cardHeight = CARD_HEIGHT();
    const rows = [];
    const view = state.view;
    const anchor = state.activeRow >= 0 && state.rows[state.activeRow] ? state.rows[state.activeRow].event : null;
    let offAxis = 0;
    let undated = 0;
    for (const event of state.filtered) {
      if (event.group === 0) {
        if (view && event.end > view[0] && event.begin < view[1]) rows.push({ kind: "event", event: event });
      } else if (event.group === 1) offAxis += 1;
      else undated += 1;
    }
    if (view && state.dated.length && !rows.length) {
      rows.push({ kind: "heading", text: "No dated event in this part of the timeline: zoom out (−) or fit (0)" });
    }
    if (offAxis) {
      rows.push({ kind: "heading", text: "Dates with no place on the axis (" + number.format(offAxis) + ")" });
      for (const event of state.filtered) if (event.group === 1) rows.push({ kind: "event", event: event });
    }
    if (undated) {
      rows.push({ kind: "heading", text: "Undated events (" + number.format(undated) + ")" });
      for (const event of state.filtered) if (event.group === 2) rows.push({ kind: "event", event: event });
    }
    const total = rows.filter((row) => row.kind === "event").length;
    let position = 0;
    for (const row of rows) if (row.kind === "event") row.position = ++position;
    state.total = total;
    const previousFirst = firstVisibleEvent();
    const hadFocus = eventList.scroller.contains(document.activeElement);
    state.rows = rows;
    state.activeRow = anchor ? rows.findIndex((row) => row.event === anchor) : -1;
    eventList.setRows(rows, false, events.length ? "No events match the filters." : "No events were found in these documents.");
    if (previousFirst) {
      const at = rows.findIndex((row) => row.event === previousFirst);
      if (at > 0) eventList.scrollToIndex(at, "start");
    }
    if (hadFocus) focusRow(state.activeRow >= 0 ? state.activeRow : nextEventRow(-1, 1));
  }
  function firstVisibleEvent() {
    if (!state.rows.length) return null;
    const list = eventList.scroller;
    if (list.scrollTop < 10) return null;
    const i = eventList.indexAt(list.scrollTop - eventList.spacer.offsetTop);
    const row = state.rows[i];
    return row && row.event ? row.event : null;
  }
  function renderRow(row, i) {
    if (row.kind === "heading") return el("h2", { class: "list-heading", text: row.text });
    const event = row.event;
    const mention = mentionAt(event, 0);
    const sentence = sentenceOf(mention);
    const [t0, t1] = mention.trigger;
    let from = sentence.start;
    let to = sentence.end;
    if (to - from > 320) {
      from = Math.max(sentence.start, t0 - 140);
      to = Math.min(sentence.end, from + 320);
    }
    const text = sentence.text;
    const sentenceNode = el("p", { class: "card-sentence" }, [
      from > sentence.start ? "… " : "",
      text.slice(from, Math.max(from, Math.min(t0, to))),
      el("b", { text: text.slice(Math.max(from, t0), Math.min(t1, to)) }),
      text.slice(Math.min(Math.max(t1, from), to), to),
      to < sentence.end ? " …" : "",
    ]);
    const people = el("p", { class: "card-people" });
    for (const [entity, name, type, roles] of event.participants) {
      people.append(el("span", { class: "pill ent-" + type, title: TYPE_NAMES[type] + (roles ? " · " + roles.replace(/,/g, ", ") : "") }, [name]));
    }
    if (event.place) people.append(el("span", { class: "pill place ent-" + event.place[2] }, [event.place[1]]));
    if (!event.participants.length && !event.place) people.append(el("span", { class: "date-sub", text: "no participant named" }));
    const documents = new Set(event.mentions.map((m) => (m[0] >= 0 ? m[0] : m[12]))).size;
    const meta = [mention.docId];
    if (event.mentions.length > 1) meta.push(count(event.mentions.length, "mention") + (documents > 1 ? " in " + count(documents, "document") : ""));
    meta.push("confidence " + event.confidence.toFixed(2));
    const dateMain = event.group === 2 ? "Undated" : formatEventDate(event);
    const dateSub = event.group === 2 ? "no date in the text" : (event.rangeBegin ? event.rangeBegin + "/" + event.rangeEnd : event.date) + " · " + event.precision;
    const id = "card-" + event.index;
    const card = el("article", {
      class: "card" + (event.group === 2 ? " undated" : ""),
      id: id,
      tabindex: i === state.activeRow ? "0" : "-1",
      "aria-posinset": row.position,
      "aria-setsize": state.total,
      "aria-labelledby": id + "-title",
      "aria-describedby": id + "-date",
      "aria-current": event.index === state.selected ? "true" : null,
      "data-event": event.index,
      "data-begin": event.begin === null ? "" : event.begin,
      "data-date": event.date === null ? "" : event.date,
    }, [
      el("div", { class: "card-date", id: id + "-date" }, [el("span", { class: "date-main", text: dateMain }), el("span", { class: "date-sub", text: dateSub })]),
      el("div", { class: "card-body" }, [
        el("h3", { class: "card-title", id: id + "-title" }, [el("span", { class: "trigger", text: event.trigger }), event.lemma !== event.trigger.toLowerCase() ? el("span", { class: "lemma", text: event.lemma }) : null]),
        people,
        sentenceNode,
        el("p", { class: "card-meta", text: meta.join(" · ") }),
      ]),
    ]);
    card.style.height = cardHeight - 8 + "px";
    return card;
  }
  // Keep one card in the tab order (roving tabindex), even when the active one is scrolled away.
  function ensureTabStop() {
    let stop = null;
    for (const [i, node] of eventList.nodes) {
      if (node.tagName !== "ARTICLE") continue;
      if (i === state.activeRow) stop = node;
    }
    if (!stop) {
      let first = Infinity;
      for (const [i, node] of eventList.nodes) if (node.tagName === "ARTICLE" && i < first && node.offsetTop + node.offsetHeight > eventList.scroller.scrollTop) first = i;
      if (first !== Infinity) stop = eventList.nodes.get(first);
    }
    for (const node of eventList.nodes.values()) if (node.tagName === "ARTICLE") node.tabIndex = node === stop ? 0 : -1;
  }
  function focusRow(i) {
    if (i < 0 || i >= state.rows.length) return;
    state.activeRow = i;
    eventList.scrollToIndex(i);
    ensureTabStop();
    const node = eventList.nodes.get(i);
    if (node) node.focus({ preventScroll: true });
  }
  function nextEventRow(from, step) {
    let i = from + step;
    while (i >= 0 && i < state.rows.length && state.rows[i].kind !== "event") i += step;
    return i >= 0 && i < state.rows.length ? i : from;
  }
  function setUpEventList() {
    const list = byId("event-list");
    list.addEventListener("click", function (event) {
      const card = event.target.closest("article.card");
      if (!card) return;
      const index = +card.getAttribute("data-event");
      state.activeRow = state.rows.findIndex((row) => row.event && row.event.index === index);
      ensureTabStop();
      selectEvent(index, false);
      openSource(index, 0, card);
    });
    list.addEventListener("focusin", function (event) {
      const card = event.target.closest("article.card");
      if (!card) return;
      const index = +card.getAttribute("data-event");
      const at = state.rows.findIndex((row) => row.event && row.event.index === index);
      if (at >= 0 && at !== state.activeRow) {
        state.activeRow = at;
        ensureTabStop();
      }
    });
    list.addEventListener("keydown", function (event) {
      const card = event.target.closest("article.card");
      if (!card) return;
      const at = state.activeRow;
      const page = Math.max(1, Math.floor(list.clientHeight / cardHeight) - 1);
      if (event.key === "ArrowDown") focusRow(nextEventRow(at, 1));
      else if (event.key === "ArrowUp") focusRow(nextEventRow(at, -1));
      else if (event.key === "PageDown") focusRow(nextEventRow(Math.min(state.rows.length - 1, at + page - 1), 1));
      else if (event.key === "PageUp") focusRow(nextEventRow(Math.max(0, at - page + 1), -1));
      else if (event.key === "Home") focusRow(nextEventRow(-1, 1));
      else if (event.key === "End") focusRow(nextEventRow(state.rows.length, -1));
      else if (event.key === "Enter" || event.key === " ") {
        const index = +card.getAttribute("data-event");
        selectEvent(index, false);
        openSource(index, 0, card);
      } else return;
      event.preventDefault();
    });
  }
  function selectEvent(index, reveal) {
    state.selected = index;
    for (const node of eventList.nodes.values()) {
      if (node.tagName !== "ARTICLE") continue;
      if (+node.getAttribute("data-event") === index) node.setAttribute("aria-current", "true");
      else node.removeAttribute("aria-current");
    }
    renderAxis();
    if (reveal) {
      const event = events[index];
      if (!state.filtered.includes(event)) return;
      const view = state.view;
      if (event.group === 0 && view && !(event.end > view[0] && event.begin < view[1])) {
        const span = view[1] - view[0];
        const middle = (event.begin + event.end) / 2;
        setView(middle - span / 2, middle + span / 2);
      }
      rebuildEventRows();
      const at = state.rows.findIndex((row) => row.event === event);
      if (at >= 0) {
        state.activeRow = at;
        eventList.scrollToIndex(at, "center");
        ensureTabStop();
        const node = eventList.nodes.get(at);
        if (node) node.focus({ preventScroll: true });
      }
    }
  }

  // ---- Annotated text (documents and the source panel). ----
  // Highlights never overlap: evidence first, then entity mentions, then times, then triggers.
  function annotationsOf(doc, docIndex) {
    const list = [];
    const m = doc.mentions;
    for (let i = 0; i < m.length; i += 4) {
      const type = TYPES[m[i + 2]];
      const chosen = state.tab === "documents" && state.docEntity >= 0 && m[i + 3] === state.docEntity;
      list.push({ start: m[i], end: m[i + 1], rank: 1, cls: "ent-" + type + (chosen ? " chosen" : ""), label: LABELS[type], kind: "mention", doc: docIndex, i: i / 4, type: type, entity: m[i + 3] });
    }
    doc.times.forEach(function (time, i) {
      list.push({ start: time[0], end: time[1], rank: 2, cls: "time-" + time[2], label: LABELS[time[2]] || time[2], kind: "time", doc: docIndex, i: i, type: time[2] });
    });
    const e = doc.events;
    for (let i = 0; i < e.length; i += 2) {
      const entry = doc.entries[i / 2];
      list.push({ start: e[i], end: e[i + 1], rank: 3, cls: "trigger" + (entry >= 0 ? " linked" : ""), label: "", kind: "trigger", doc: docIndex, i: i / 2, event: entry, type: "EVENT" });
    }
    return list;
  }
  function evidenceOf(event, mention, base) {
    const list = [];
    const [t0, t1] = mention.trigger;
    list.push({ start: t0, end: t1, rank: 0, cls: "ev ev-trigger", label: "TRIGGER", kind: "evidence", role: "trigger", event: event.index });
    for (const [start, end, role, entity] of mention.args) {
      const type = entity >= 0 ? entities[entity].type : (event.participants.find((p) => p[1] === base.slice(start, end)) || [0, 0, "PERSON"])[2];
      list.push({ start: start, end: end, rank: 0, cls: "ev ev-arg ent-" + type, label: role.toUpperCase(), kind: "evidence", role: role, entity: entity, type: type, event: event.index });
    }
    if (mention.place) {
      const type = event.place ? event.place[2] : "LOCATION";
      list.push({ start: mention.place[0], end: mention.place[1], rank: 0, cls: "ev ev-place ent-" + type, label: "PLACE", kind: "evidence", role: "place", entity: event.place ? event.place[0] : -1, type: type, event: event.index });
    }
    if (mention.time) {
      list.push({ start: mention.time[0], end: mention.time[1], rank: 0, cls: "ev ev-time time-DATE", label: "WHEN", kind: "evidence", role: "time", event: event.index, value: mention.date });
    }
    return list.filter((a) => a.end > a.start);
  }
  function chooseAnnotations(list) {
    list.sort((a, b) => a.rank - b.rank || a.start - b.start || b.end - a.end);
    const chosen = [];
    const taken = []; // sorted, disjoint [start, end)
    for (const a of list) {
      let low = 0;
      let high = taken.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (taken[mid][1] <= a.start) low = mid + 1;
        else high = mid;
      }
      if (low < taken.length && taken[low][0] < a.end) continue;
      taken.splice(low, 0, [a.start, a.end]);
      chosen.push(a);
    }
    return chosen.sort((a, b) => a.start - b.start);
  }
  // Writes `text` into `container` with the annotations as <mark> elements; `focus` [start, end)
  // is wrapped in a highlighted span (the event's sentence).
  function renderText(container, text, annotations, focus) {
    const chosen = chooseAnnotations(annotations);
    const fragment = document.createDocumentFragment();
    let focusNode = null;
    function region(target, from, to) {
      let at = from;
      for (const a of chosen) {
        if (a.end <= from || a.start >= to) continue;
        const start = Math.max(a.start, from);
        const end = Math.min(a.end, to);
        if (start > at) target.append(document.createTextNode(text.slice(at, start)));
        const mark = el("mark", { class: a.cls, "data-label": a.label || null, tabindex: "-1" }, [text.slice(start, end)]);
        mark.annotation = a;
        target.append(mark);
        at = end;
      }
      if (at < to) target.append(document.createTextNode(text.slice(at, to)));
    }
    if (focus) {
      region(fragment, 0, focus[0]);
      focusNode = el("span", { class: "focus-sentence" });
      region(focusNode, focus[0], focus[1]);
      fragment.append(focusNode);
      region(fragment, focus[1], text.length);
    } else region(fragment, 0, text.length);
    container.replaceChildren(fragment);
    return focusNode;
  }
  function setUpAnnotatedText(container, onActivate) {
    container.addEventListener("keydown", function (event) {
      if (event.key !== "ArrowRight" && event.key !== "ArrowLeft" && event.key !== "Enter") return;
      const marks = Array.from(container.querySelectorAll("mark"));
      if (!marks.length) return;
      const current = marks.indexOf(document.activeElement);
      if (event.key === "Enter") {
        if (current >= 0) onActivate(marks[current].annotation);
        event.preventDefault();
        return;
      }
      let next;
      if (current < 0) {
        // Start from the first highlight below the top of the visible text.
        const top = container.getBoundingClientRect().top;
        next = marks.findIndex((mark) => mark.getBoundingClientRect().bottom > top);
        if (event.key === "ArrowLeft") next = Math.max(0, next - 1);
      } else next = current + (event.key === "ArrowRight" ? 1 : -1);
      next = Math.max(0, Math.min(marks.length - 1, next));
      marks[next].focus();
      event.preventDefault();
    });
    container.addEventListener("click", function (event) {
      const mark = event.target.closest("mark");
      if (mark && mark.annotation) onActivate(mark.annotation);
    });
    container.addEventListener("pointerover", (event) => showTip(event.target.closest("mark")));
    container.addEventListener("pointerout", (event) => {
      if (!event.relatedTarget || !event.relatedTarget.closest || event.relatedTarget.closest("mark") !== event.target.closest("mark")) hideTip();
    });
    container.addEventListener("focusin", (event) => showTip(event.target.closest("mark")));
    container.addEventListener("focusout", hideTip);
    container.addEventListener("scroll", hideTip, { passive: true });
  }
  function activateAnnotation(a) {
    if (!a) return;
    const index = a.kind === "trigger" ? a.event : -1;
    if (index >= 0) {
      showTab("timeline", false);
      selectEvent(index, true);
      openSource(index, mentionIndexIn(events[index], a.doc, a.i), null);
    }
  }

  // Tooltip: the entity id, or the normalized value, of a highlight.
  function tipLines(a) {
    const lines = [];
    if (a.kind === "mention" || (a.kind === "evidence" && a.type && TYPES.includes(a.type))) {
      const entity = a.entity >= 0 ? entities[a.entity] : null;
      const title = a.kind === "evidence" ? a.role + ": " + (entity ? entity.name : "") : entity ? entity.name : "Unlinked " + TYPE_NAMES[a.type];
      lines.push(["title", title]);
      if (entity) {
        lines.push(["code", entity.id]);
        lines.push(["line", TYPE_NAMES[entity.type] + " · " + count(entity.mentions, "mention") + (entity.documents > 1 ? " in " + count(entity.documents, "document") : "")]);
        const aliases = entity.aliases.filter((alias) => alias !== entity.name);
        if (aliases.length) lines.push(["line", "also: " + aliases.slice(0, 6).join(", ")]);
      } else lines.push(["line", TYPE_NAMES[a.type] + " · not linked: the name fits several entities"]);
    } else if (a.kind === "time") {
      const time = docs[a.doc].times[a.i];
      lines.push(["title", formatTimex(time[6] && time[7] ? time[6] : time[3]) + (time[6] && time[7] ? " – " + formatTimex(time[7]) : "")]);
      lines.push(["code", time[3]]);
      lines.push(["line", TYPE_NAMES[time[2]] + " · " + time[4] + " precision" + (time[5] ? " · " + time[5] : "")]);
      if (time[6] && time[7]) lines.push(["line", "range " + time[6] + " to " + time[7]]);
    } else if (a.kind === "evidence" && a.role === "time") {
      lines.push(["title", "when: " + formatTimex(a.value)]);
      lines.push(["code", a.value || ""]);
    } else if (a.kind === "evidence" && a.role === "trigger") {
      const event = events[a.event];
      lines.push(["title", "trigger: " + event.lemma]);
      lines.push(["line", formatEventDate(event)]);
    } else if (a.kind === "trigger") {
      if (a.event >= 0) {
        const event = events[a.event];
        lines.push(["title", "Event: " + event.lemma]);
        lines.push(["line", formatEventDate(event) + (event.date ? " (" + event.date + ")" : "")]);
        if (event.participants.length) lines.push(["line", event.participants.map((p) => p[1]).join(", ")]);
        lines.push(["line", "Click or press Enter to show it on the timeline"]);
      } else lines.push(["title", "Event (not in this timeline)"]);
    }
    return lines;
  }
  function showTip(mark) {
    const tip = byId("tooltip");
    if (!mark || !mark.annotation) return;
    const lines = tipLines(mark.annotation);
    if (!lines.length) return hideTip();
    tip.replaceChildren();
    for (const [kind, text] of lines) {
      if (kind === "title") tip.append(el("span", { class: "tip-title", text: text }));
      else if (kind === "code") tip.append(el("span", { class: "tip-line" }, [el("code", { text: text })]));
      else tip.append(el("span", { class: "tip-line", text: text }));
    }
    tip.hidden = false;
    const box = mark.getBoundingClientRect();
    const width = tip.offsetWidth;
    const height = tip.offsetHeight;
    let left = Math.min(window.innerWidth - width - 8, Math.max(8, box.left));
    let top = box.bottom + 6;
    if (top + height > window.innerHeight - 8) top = box.top - height - 6;
    tip.style.left = left + "px";
    tip.style.top = Math.max(8, top) + "px";
    mark.setAttribute("aria-describedby", "tooltip");
  }
  function hideTip() {
    byId("tooltip").hidden = true;
  }

  // ---- The source panel: an event's sentence in its document, with the evidence highlighted. ----
  function openSource(index, mentionIndex, returnFocus, keep) {
    const event = events[index];
    const mention = mentionAt(event, mentionIndex);
    const panel = byId("source-panel");
    if (panel.hidden) state.returnFocus = returnFocus || document.activeElement;
    setHash("event/" + index);
    state.sourceEvent = index;
    state.sourceMention = mentionIndex;
    panel.hidden = false;
    byId("source-title").textContent = event.trigger + " · " + (event.group === 2 ? "undated" : formatEventDate(event));
    const facts = byId("source-facts");
    facts.replaceChildren();
    const fact = (term, ...details) => facts.append(el("dt", { text: term }), el("dd", null, details));
    if (event.group !== 2) {
      const value = (event.rangeBegin ? event.rangeBegin + " to " + event.rangeEnd : event.date) + " (" + event.precision + ")";
      const source = mention.dateSource ? ", " + (DATE_SOURCES[mention.dateSource] || mention.dateSource) : "";
      const own = mention.date && mention.date !== event.date ? "; this mention says " + mention.date : "";
      fact("Date", value + source + own);
    } else fact("Date", "none in the text");
    fact("Event", event.lemma + " (" + event.class + ")");
    if (event.participants.length) {
      const list = [];
      event.participants.forEach(function ([entity, name, type, roles], i) {
        if (i) list.push(", ");
        list.push(entityButton(entity, name, type));
        if (roles) list.push(" (" + roles.replace(/,/g, ", ") + ")");
      });
      fact("Participants", ...list);
    }
    if (event.place) fact("Place", entityButton(event.place[0], event.place[1], event.place[2]));
    fact("Document", mention.docId);
    fact("Confidence", event.confidence.toFixed(2));
    const switcher = byId("source-mentions");
    switcher.replaceChildren();
    if (event.mentions.length > 1) {
      const n = event.mentions.length;
      const previous = el("button", { type: "button", class: "button", disabled: mentionIndex === 0, "aria-label": "Previous mention", text: "‹ Previous" });
      const next = el("button", { type: "button", class: "button", disabled: mentionIndex === n - 1, "aria-label": "Next mention", text: "Next ›" });
      previous.addEventListener("click", () => openSource(index, mentionIndex - 1, null, "previous"));
      next.addEventListener("click", () => openSource(index, mentionIndex + 1, null, "next"));
      switcher.append(previous, el("span", { class: "mention-count", text: "Mention " + number.format(mentionIndex + 1) + " of " + number.format(n) + " (" + count(new Set(event.mentions.map((m) => (m[0] >= 0 ? m[0] : m[12]))).size, "document") + ")" }), next);
    }
    const target = byId("source-text");
    const base = mention.doc >= 0 ? docs[mention.doc].text : mention.sentenceText;
    const sentence = sentenceOf(mention);
    const annotations = mention.doc >= 0 ? annotationsOf(docs[mention.doc], mention.doc) : [];
    const focusNode = renderText(target, base, evidenceOf(event, mention, base).concat(annotations), [sentence.start, sentence.end]);
    if (mention.doc < 0) target.prepend(el("p", { class: "source-sentence-only", text: "The document itself is not part of this report; this is the sentence the timeline kept." }));
    byId("source-open-document").hidden = mention.doc < 0;
    requestAnimationFrame(function () {
      if (focusNode) target.scrollTop = focusNode.offsetTop - target.offsetTop - target.clientHeight / 3;
    });
    if (keep) {
      const again = switcher.querySelector(keep === "next" ? "button:last-of-type" : "button");
      if (again && !again.disabled) again.focus();
      else byId("source-title").focus();
    } else byId("source-title").focus();
    requestAnimationFrame(function () {
      const at = state.rows.findIndex((row) => row.event && row.event.index === index);
      if (at >= 0) eventList.scrollToIndex(at);
    });
  }
  function entityButton(entity, name, type) {
    if (entity < 0) return el("span", { class: "pill ent-" + type, text: name });
    const button = el("button", { type: "button", class: "link", title: "Show only events with " + name, text: name });
    button.addEventListener("click", function () {
      addEntityFilter(entity);
    });
    return button;
  }
  function closeSource() {
    const panel = byId("source-panel");
    if (panel.hidden) return;
    panel.hidden = true;
    hideTip();
    setHash("timeline");
    const index = state.sourceEvent;
    state.sourceEvent = -1;
    const back = state.returnFocus;
    state.returnFocus = null;
    if (back && back.isConnected && back.tagName !== "BODY") back.focus();
    else if (index >= 0) {
      const at = state.rows.findIndex((row) => row.event && row.event.index === index);
      if (at >= 0) focusRow(at);
    }
  }
  // On a narrow screen the panel covers the page: it is modal, and Tab stays inside it.
  const narrow = window.matchMedia("(max-width: 860px)");
  function updateModality() {
    const panel = byId("source-panel");
    if (narrow.matches) panel.setAttribute("aria-modal", "true");
    else panel.removeAttribute("aria-modal");
  }
  function setUpSource() {
    updateModality();
    narrow.addEventListener("change", updateModality);
    byId("source-panel").addEventListener("keydown", function (event) {
      if (event.key !== "Tab" || !narrow.matches) return;
      const focusable = Array.from(byId("source-panel").querySelectorAll("button:not([disabled]), [tabindex='0'], [href]")).filter((node) => node.offsetParent !== null);
      if (!focusable.length) return;
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (event.shiftKey && (document.activeElement === first || document.activeElement === byId("source-title"))) {
        last.focus();
        event.preventDefault();
      } else if (!event.shiftKey && document.activeElement === last) {
        first.focus();
        event.preventDefault();
      }
    });
    byId("source-close").addEventListener("click", closeSource);
    setUpAnnotatedText(byId("source-text"), activateAnnotationInSource);
    byId("source-open-document").addEventListener("click", function () {
      const event = events[state.sourceEvent];
      const mention = mentionAt(event, state.sourceMention);
      if (mention.doc < 0) return;
      showTab("documents", false);
      selectDocument(mention.doc, { event: event.index, mention: state.sourceMention }, true);
    });
  }
  function activateAnnotationInSource(a) {
    if (a && a.kind === "trigger" && a.event >= 0 && a.event !== state.sourceEvent) {
      selectEvent(a.event, true);
      openSource(a.event, mentionIndexIn(events[a.event], a.doc, a.i), null);
    }
  }

  // ---- Documents view. ----
  const docList = new VirtualList(byId("doc-list"), {
    heightOf: () => 60,
    renderRow: function (docIndex, i) {
      const doc = docs[docIndex];
      const events = doc.events.length / 2;
      const parts = [];
      if (doc.referenceDate) parts.push(doc.referenceDate);
      if (layers.has("entities")) parts.push(count(doc.mentions.length / 4, "mention"));
      if (layers.has("times") && !layers.has("entities")) parts.push(count(doc.times.length, "time"));
      if (layers.has("events")) parts.push(count(events, "event"));
      return el("div", { class: "doc-item" + (i === state.docActive ? " active" : ""), role: "option", id: "doc-option-" + i, "aria-selected": String(docIndex === state.doc), "data-doc": docIndex }, [
        el("div", { class: "id", text: doc.id }),
        el("div", { class: "meta", text: parts.join(" · ") }),
      ]);
    },
    afterRender: function () {
      const list = byId("doc-list");
      const active = docList.nodes.get(state.docActive);
      if (active) list.setAttribute("aria-activedescendant", active.id);
      else list.removeAttribute("aria-activedescendant");
    },
  });
  state.docRows = [];
  state.docActive = 0;
  function renderDocumentList() {
    const words = normalize(state.docWords.trim());
    const rows = [];
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i];
      if (state.docEntity >= 0) {
        let found = false;
        const m = doc.mentions;
        for (let k = 3; k < m.length; k += 4) if (m[k] === state.docEntity) { found = true; break; }
        if (!found) continue;
      }
      if (words) {
        if (doc.searchText === undefined) doc.searchText = normalize(doc.id + "\n" + doc.text);
        if (!doc.searchText.includes(words)) continue;
      }
      rows.push(i);
    }
    state.docRows = rows;
    state.docActive = Math.max(0, rows.indexOf(state.doc));
    docList.setRows(rows, false, "No document matches.");
    byId("doc-status").textContent = rows.length === docs.length ? count(docs.length, "document") : count(rows.length, "document") + " of " + number.format(docs.length);
    const chip = byId("doc-entity-chip");
    chip.replaceChildren();
    if (state.docEntity >= 0) {
      const entity = entities[state.docEntity];
      const remove = el("button", { type: "button", "aria-label": "Show all documents, not only those mentioning " + entity.name, text: "×" });
      remove.addEventListener("click", function () {
        state.docEntity = -1;
        renderDocumentList();
        if (state.doc >= 0) selectDocument(state.doc, state.docFocus, false);
        byId("doc-search").focus();
      });
      chip.append(el("li", { class: "chip ent-" + entity.type }, [el("span", { text: "mentioning " + entity.name }), remove]));
    }
  }
  function selectDocument(docIndex, focus, moveFocus) {
    state.doc = docIndex;
    if (state.tab === "documents") setHash("document/" + docIndex);
    state.docFocus = focus;
    const doc = docs[docIndex];
    byId("doc-title").textContent = doc.id;
    const meta = [];
    if (doc.referenceDate) meta.push("reference date " + doc.referenceDate + (doc.referenceDateSource ? " (from the " + ({ input: "input", option: "command line", text: "text" }[doc.referenceDateSource] || doc.referenceDateSource) + ")" : ""));
    if (layers.has("sentences")) meta.push(count(doc.sentences.length / 3, "sentence"));
    if (layers.has("entities")) meta.push(count(doc.mentions.length / 4, "entity mention"));
    if (layers.has("times")) meta.push(count(doc.times.length, "time expression"));
    if (layers.has("events")) meta.push(count(doc.events.length / 2, "event"));
    byId("doc-meta").textContent = meta.join(" · ");
    const container = byId("doc-text");
    let annotations = annotationsOf(doc, docIndex);
    let sentence = null;
    if (focus) {
      const event = events[focus.event];
      const mention = mentionAt(event, focus.mention);
      annotations = evidenceOf(event, mention, doc.text).concat(annotations);
      const s = sentenceOf(mention);
      sentence = [s.start, s.end];
    }
    const focusNode = renderText(container, doc.text, annotations, sentence);
    for (const node of docList.nodes.values()) node.setAttribute("aria-selected", String(+node.getAttribute("data-doc") === docIndex));
    const view = byId("doc-view");
    if (focusNode) requestAnimationFrame(() => (view.scrollTop = focusNode.offsetTop - view.offsetTop - view.clientHeight / 3));
    else view.scrollTop = 0;
    if (moveFocus) byId("doc-title").focus();
  }
  function setUpDocuments() {
    const list = byId("doc-list");
    list.addEventListener("click", function (event) {
      const item = event.target.closest(".doc-item");
      if (!item) return;
      state.docActive = state.docRows.indexOf(+item.getAttribute("data-doc"));
      selectDocument(+item.getAttribute("data-doc"), null, false);
      docList.render();
      refreshActiveDoc();
    });
    list.addEventListener("keydown", function (event) {
      const n = state.docRows.length;
      if (!n) return;
      let at = state.docActive;
      if (event.key === "ArrowDown") at = Math.min(n - 1, at + 1);
      else if (event.key === "ArrowUp") at = Math.max(0, at - 1);
      else if (event.key === "Home") at = 0;
      else if (event.key === "End") at = n - 1;
      else if (event.key === "PageDown") at = Math.min(n - 1, at + 8);
      else if (event.key === "PageUp") at = Math.max(0, at - 8);
      else if (event.key === "Enter" || event.key === " ") {
        selectDocument(state.docRows[at], null, false);
        event.preventDefault();
        return;
      } else return;
      event.preventDefault();
      state.docActive = at;
      docList.scrollToIndex(at);
      refreshActiveDoc();
    });
    const search = byId("doc-search");
    search.addEventListener("input", debounce(function () {
      state.docWords = search.value;
      renderDocumentList();
    }, 200));
    const legend = byId("doc-legend");
    const container = byId("doc-text");
    const kinds = [];
    if (layers.has("entities")) for (const type of TYPES) kinds.push(["ent-" + type, type, TYPE_TITLES[type]]);
    if (layers.has("times")) for (const type of TIME_TYPES) kinds.push(["time-" + type, type, { DATE: "Dates", TIME: "Times", DURATION: "Durations", SET: "Sets" }[type]]);
    if (layers.has("events")) kinds.push(["trigger-sample", "EVENT", "Event triggers"]);
    if (!kinds.length) byId("doc-legend").closest(".legend-bar").hidden = true;
    byId("doc-hint").textContent = layers.has("events")
      ? "Hover or focus a highlight for its entity id or normalized value; inside the text, ← → move between highlights and Enter opens an event on the timeline."
      : "Hover or focus a highlight for its entity id or normalized value; inside the text, ← → move between highlights.";
    if (!kinds.length) byId("doc-hint").hidden = true;
    for (const [cls, type, title] of kinds) {
      const box = el("input", { type: "checkbox", checked: true });
      box.addEventListener("change", () => container.classList.toggle("hide-" + type, !box.checked));
      legend.append(el("li", null, [el("label", { class: "check" }, [box, el("span", { class: "mark-sample " + cls, text: title }), LABELS[type] ? el("span", { class: "n", text: LABELS[type] }) : null])]));
    }
    byId("doc-labels").addEventListener("change", (event) => container.classList.toggle("no-labels", !event.target.checked));
    setUpAnnotatedText(container, activateAnnotation);
  }
  function refreshActiveDoc() {
    for (const [i, node] of docList.nodes) node.classList.toggle("active", i === state.docActive);
    const node = docList.nodes.get(state.docActive);
    if (node) byId("doc-list").setAttribute("aria-activedescendant", node.id);
  }

  // ---- Entity index. ----
  const ENTITY_PAGE = 50;
  function renderEntities() {
    const columns = byId("entity-columns");
    columns.replaceChildren();
    const query = normalize(state.entitySearch.trim());
    const sorters = {
      mentions: (a, b) => b.mentions - a.mentions || b.events - a.events || a.name.localeCompare(b.name),
      events: (a, b) => b.events - a.events || b.mentions - a.mentions || a.name.localeCompare(b.name),
      documents: (a, b) => b.documents - a.documents || b.mentions - a.mentions || a.name.localeCompare(b.name),
      name: (a, b) => a.name.localeCompare(b.name),
    };
    let shown = 0;
    for (const type of TYPES) {
      let list = [];
      entities.forEach(function (entity, i) {
        if (entity.type !== type) return;
        if (query && !entityKey(entity).some((key) => key.includes(query)) && !entity.id.toLowerCase().includes(query)) return;
        list.push(i);
      });
      list.sort((a, b) => sorters[state.entitySort](entities[a], entities[b]));
      shown += list.length;
      const limit = state.entityLimits[type] || ENTITY_PAGE;
      const headingId = "entity-heading-" + type;
      const ol = el("ol", { "aria-labelledby": headingId });
      for (const i of list.slice(0, limit)) ol.append(entityRow(i));
      const group = el("section", { class: "entity-group ent-" + type }, [
        el("h2", { id: headingId }, [el("span", { class: "swatch ent-" + type, "aria-hidden": "true" }), TYPE_TITLES[type], el("span", { class: "n", text: number.format(list.length) })]),
        list.length ? ol : el("p", { class: "more status", text: "None" }),
      ]);
      if (list.length > limit) {
        const more = el("button", { type: "button", class: "button more", text: "Show " + number.format(Math.min(ENTITY_PAGE * 4, list.length - limit)) + " more of " + number.format(list.length - limit) });
        more.addEventListener("click", function () {
          state.entityLimits[type] = limit + ENTITY_PAGE * 4;
          const focusAt = limit;
          renderEntities();
          const rows = byId("entity-heading-" + type).parentNode.querySelectorAll(".entity-row button");
          if (rows[focusAt * 2]) rows[focusAt * 2].focus();
        });
        group.append(more);
      }
      columns.append(group);
    }
    byId("entity-status").textContent = query ? count(shown, "entity", "entities") + " match" : count(entities.length, "entity", "entities");
  }
  function entityRow(i) {
    const entity = entities[i];
    const aliases = entity.aliases.filter((alias) => alias !== entity.name);
    const timeline = el("button", { type: "button", class: "button", disabled: entity.events === 0 || !available.timeline, text: "Timeline · " + count(entity.events, "event") });
    timeline.addEventListener("click", function () {
      state.entities = [i];
      renderEntityChips();
      applyFilters(false);
      showTab("timeline", true);
    });
    const documents = el("button", { type: "button", class: "button", disabled: !available.documents || entity.documents === 0, text: "Documents · " + number.format(entity.documents) });
    documents.addEventListener("click", function () {
      state.docEntity = i;
      state.docWords = "";
      byId("doc-search").value = "";
      showTab("documents", true);
      renderDocumentList();
      if (state.docRows.length) selectDocument(state.docRows[0], null, false);
    });
    return el("li", { class: "entity-row", "data-entity": i }, [
      el("div", null, [
        el("div", { class: "name", text: entity.name }),
        aliases.length ? el("div", { class: "aliases", text: "also " + aliases.slice(0, 5).join(", ") + (aliases.length > 5 ? " …" : "") }) : null,
        el("div", { class: "id", text: entity.id }),
      ]),
      el("div", { class: "counts", text: count(entity.mentions, "mention") }),
      el("div", { class: "actions" }, [timeline, documents]),
    ]);
  }
  function setUpEntities() {
    const search = byId("entity-search");
    search.addEventListener("input", debounce(function () {
      state.entitySearch = search.value;
      state.entityLimits = {};
      renderEntities();
    }, 200));
    byId("entity-sort").addEventListener("change", function (event) {
      state.entitySort = event.target.value;
      renderEntities();
    });
  }

  // ---- Keyboard shortcuts: + and − zoom, 0 fits, Escape closes; never while typing. ----
  function setUpKeys() {
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        if (!byId("tooltip").hidden) hideTip();
        if (!byId("source-panel").hidden) {
          closeSource();
          event.preventDefault();
        }
        return;
      }
      if (state.tab !== "timeline" || isTextInput(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === "+" || event.key === "=") zoom(0.5, zoomAnchor());
      else if (event.key === "-" || event.key === "_") zoom(2, zoomAnchor());
      else if (event.key === "0") fitView();
      else return;
      event.preventDefault();
    });
  }

  // ---- Start. ----
  renderHeader();
  setUpTabs();
  setUpFilters();
  setUpAxis();
  setUpEventList();
  setUpSource();
  setUpDocuments();
  setUpEntities();
  setUpKeys();
  state.tab = TABS.find((tab) => available[tab]) || "timeline";
  applyFilters(false);
  if (!applyRoute()) showTab(state.tab, false);
  // The first view is built now, not at the next frame, so the page is complete when it loads.
  if (state.tab === "timeline") updateTimeline.now();
  byId("loading").hidden = true;
  // Timings (milliseconds since navigation started) and counts, for people and for tests.
  root.setAttribute("data-script-start-ms", scriptStart.toFixed(1));
  root.setAttribute("data-parse-ms", parseMs.toFixed(1));
  root.setAttribute("data-prepare-ms", prepareMs.toFixed(1));
  root.setAttribute("data-ready-ms", performance.now().toFixed(1));
  root.setAttribute("data-documents", String(docs.length));
  root.setAttribute("data-events", String(events.length));
  root.setAttribute("data-entities", String(entities.length));
  if (!problems.length) root.setAttribute("data-status", "ready");
  requestAnimationFrame(() => root.setAttribute("data-first-frame-ms", performance.now().toFixed(1)));
})();
"""#
}
