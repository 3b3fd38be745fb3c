extension HTMLReport {
  /// The page's style sheet: a light and a dark theme (by the system's setting) whose text and
  /// highlight colours meet WCAG AA contrast, and a one-column layout for narrow screens.
  static let style = #"""
:root {
  color-scheme: light;
  --bg: #f4f5f7;
  --surface: #ffffff;
  --surface-2: #eef0f3;
  --text: #1b1f24;
  --muted: #555f6b;
  --border: #c9d0d8;
  --control-border: #7a8490;
  --accent: #0b57d0;
  --accent-text: #ffffff;
  --focus: #0b57d0;
  --selected: #b45309;
  --selected-bg: #fff4dc;
  --sentence-bg: #fff3c4;
  --bar: #2f66d0;
  --bar-coarse: #8fb0ea;
  --bucket: #6f95dd;
  --grid: #e2e6eb;
  --person-bg: #dbe8ff; --person-line: #2f66d0; --person-text: #173d85;
  --location-bg: #d5f3de; --location-line: #1e8a45; --location-text: #125027;
  --organization-bg: #ffe6c7; --organization-line: #c25e00; --organization-text: #72350a;
  --date-bg: #ece2ff; --date-line: #7c4ddb; --date-text: #43207f;
  --time-bg: #fde0ef; --time-line: #c0267a; --time-text: #7a1248;
  --duration-bg: #cdf3ee; --duration-line: #0f8577; --duration-text: #0c4a43;
  --set-bg: #e4e7eb; --set-line: #687382; --set-text: #2b3440;
  --trigger-line: #3d4652;
  --evidence-bg: #ffe98a; --evidence-line: #8a5a00;
  --shadow: 0 1px 2px rgba(15, 23, 42, 0.08), 0 2px 8px rgba(15, 23, 42, 0.06);
  --card-height: 132px;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  font-size: 15px;
  line-height: 1.45;
}
@media (prefers-color-scheme: dark) {
  :root {
    color-scheme: dark;
    --bg: #0f1318;
    --surface: #171c23;
    --surface-2: #202731;
    --text: #e7ebf0;
    --muted: #a3adb9;
    --border: #3a4452;
    --control-border: #737e8d;
    --accent: #8ab4f8;
    --accent-text: #0f1318;
    --focus: #8ab4f8;
    --selected: #f5b451;
    --selected-bg: #3a2c12;
    --sentence-bg: #3b3415;
    --bar: #7fa8f5;
    --bar-coarse: #3f5f99;
    --bucket: #5d86d6;
    --grid: #2a323d;
    --person-bg: #1c3563; --person-line: #7fa8f5; --person-text: #d3e2ff;
    --location-bg: #173f27; --location-line: #5fc485; --location-text: #c9f2d7;
    --organization-bg: #4a2c0c; --organization-line: #f0a04b; --organization-text: #ffe1bd;
    --date-bg: #35215e; --date-line: #b494f5; --date-text: #e6dbff;
    --time-bg: #4d1733; --time-line: #ef7db8; --time-text: #ffd6ea;
    --duration-bg: #0f3f3a; --duration-line: #4fc9b9; --duration-text: #c6f4ee;
    --set-bg: #2c333d; --set-line: #9aa5b3; --set-text: #e1e6ec;
    --trigger-line: #c4ccd6;
    --evidence-bg: #5c4a00; --evidence-line: #ffd257;
    --shadow: 0 1px 2px rgba(0, 0, 0, 0.5);
  }
}
* { box-sizing: border-box; }
html, body { height: 100%; }
body { margin: 0; background: var(--bg); color: var(--text); display: flex; flex-direction: column; }
[hidden] { display: none !important; }
h1, h2, h3 { line-height: 1.2; }
button, input, select { font: inherit; color: inherit; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.visually-hidden {
  position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  clip-path: inset(50%); white-space: nowrap;
}
.skip-link { position: absolute; left: 8px; top: -60px; background: var(--accent); color: var(--accent-text); padding: 8px 12px; z-index: 50; border-radius: 6px; }
.skip-link:focus { top: 8px; }
.loading { margin: 24px 20px; color: var(--muted); }
.noscript, .errors { margin: 12px 20px; padding: 12px 16px; border: 2px solid #b3261e; background: #fdecea; color: #5c1410; border-radius: 8px; white-space: pre-wrap; }

/* Header */
.masthead { display: flex; align-items: flex-end; justify-content: space-between; gap: 8px 24px; padding: 12px 20px 0; background: var(--surface); border-bottom: 1px solid var(--border); }
.masthead-title { flex: 1 1 auto; min-width: 0; padding-bottom: 8px; }
.tabs { flex: none; }
.masthead h1 { font-size: 1.3rem; margin: 0; overflow-wrap: anywhere; }
.summary { margin: 2px 0 0; color: var(--muted); font-size: 0.9rem; }
.notes { list-style: none; margin: 2px 0 0; padding: 0; color: var(--muted); font-size: 0.85rem; }
.tabs { display: flex; gap: 2px; }
.tabs [role="tab"] { border: 0; background: none; padding: 10px 16px; border-bottom: 3px solid transparent; cursor: pointer; color: var(--muted); font-weight: 600; }
.tabs [role="tab"][aria-selected="true"] { color: var(--text); border-bottom-color: var(--accent); }
.tabs [role="tab"]:hover { color: var(--text); }
.tabs .count { font-weight: 400; font-size: 0.85em; margin-left: 6px; color: var(--muted); }
main { flex: 1; min-height: 0; display: flex; }
main:focus { outline: none; }
.view { flex: 1; min-width: 0; min-height: 0; }

/* Controls */
.button { border: 1px solid var(--control-border); background: var(--surface); border-radius: 6px; padding: 5px 12px; cursor: pointer; }
.button:hover { background: var(--surface-2); }
.button.icon { width: 34px; padding: 5px 0; font-size: 1.1rem; line-height: 1.2; }
.button.subtle { border-color: transparent; color: var(--accent); padding-left: 0; background: none; text-decoration: underline; }
.button[disabled] { opacity: 0.55; cursor: default; }
input[type="text"], input[type="search"], select { width: 100%; border: 1px solid var(--control-border); border-radius: 6px; padding: 6px 9px; background: var(--surface); }
select { width: auto; }
.field { margin: 0 0 14px; border: 0; padding: 0; min-width: 0; }
.field > label, .field > legend { display: block; font-weight: 600; font-size: 0.85rem; margin-bottom: 4px; padding: 0; }
.hint { margin: 4px 0 0; font-size: 0.8rem; color: var(--muted); }
.status { margin: 6px 0 0; font-size: 0.85rem; color: var(--muted); }
.checks { display: flex; flex-direction: column; gap: 4px; }
.check { display: flex; align-items: center; gap: 8px; cursor: pointer; font-size: 0.92rem; }
.field > label.check { font-weight: 400; font-size: 0.92rem; margin: 0; }
.check input { width: 16px; height: 16px; margin: 0; accent-color: var(--accent); }
.check .n { color: var(--muted); font-size: 0.85em; margin-left: auto; }
.badge { display: inline-block; min-width: 1.4em; padding: 0 6px; border-radius: 10px; background: var(--accent); color: var(--accent-text); font-size: 0.75rem; text-align: center; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 3px; border: 2px solid; flex: none; }

/* Chips */
.chips { list-style: none; margin: 6px 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 6px; }
.chip { display: inline-flex; align-items: center; gap: 4px; border-radius: 14px; border: 1px solid; padding: 1px 4px 1px 10px; font-size: 0.85rem; }
.chip button { border: 0; background: none; cursor: pointer; border-radius: 50%; width: 22px; height: 22px; line-height: 1; padding: 0; font-size: 1rem; }
.chip button:hover { background: rgba(0, 0, 0, 0.1); }

/* Entity combobox */
.combo { position: relative; }
.options { position: absolute; z-index: 20; left: 0; right: 0; margin: 2px 0 0; padding: 4px 0; list-style: none; background: var(--surface); border: 1px solid var(--border); border-radius: 6px; box-shadow: var(--shadow); max-height: 320px; overflow: auto; }
.options li { padding: 5px 10px; cursor: pointer; display: flex; gap: 8px; align-items: baseline; }
.options li[aria-selected="true"], .options li:hover { background: var(--surface-2); }
.options li[aria-selected="true"] { outline: 2px solid var(--focus); outline-offset: -2px; }
.options .name { font-weight: 600; }
.options .meta { color: var(--muted); font-size: 0.8rem; margin-left: auto; white-space: nowrap; }
.options .alias { color: var(--muted); font-size: 0.8rem; }
.options .empty { color: var(--muted); cursor: default; }

/* Timeline view */
.view-timeline { display: flex; min-height: 0; }
.filters { width: 260px; flex: none; background: var(--surface); border-right: 1px solid var(--border); overflow: auto; }
.filters > summary { padding: 12px 16px 4px; font-weight: 700; cursor: pointer; list-style: none; }
.filters > summary::-webkit-details-marker { display: none; }
.filters > summary::before { content: "▸"; display: inline-block; width: 1em; color: var(--muted); }
.filters[open] > summary::before { transform: rotate(90deg); }
.filter-body { padding: 8px 16px 16px; }
.timeline-main { flex: 1; min-width: 0; display: flex; flex-direction: column; min-height: 0; }
.axis-toolbar { display: flex; align-items: center; gap: 6px; padding: 8px 16px; }
.axis-range { margin-left: 8px; color: var(--muted); font-size: 0.9rem; }
.axis { margin: 0 16px; background: var(--surface); border: 1px solid var(--control-border); border-radius: 8px; overflow: hidden; touch-action: none; user-select: none; cursor: grab; flex: none; }
.axis.dragging { cursor: grabbing; }
.axis-svg { display: block; width: 100%; height: 168px; }
.overview-svg { display: block; width: 100%; height: 30px; border-top: 1px solid var(--border); background: var(--surface-2); }
.axis-svg text, .overview-svg text { fill: var(--muted); font-size: 11px; font-family: inherit; }
.axis-svg .context { fill: var(--text); font-weight: 600; }
.axis-svg .grid { stroke: var(--grid); stroke-width: 1; }
.axis-svg .grid.major { stroke: var(--border); }
.axis-svg .bar { fill: var(--bar); cursor: pointer; }
.axis-svg .bar.coarse { fill: var(--bar-coarse); stroke: var(--bar); stroke-width: 1; }
.axis-svg .bar.selected { fill: var(--selected); stroke: var(--selected); }
.axis-svg .bucket { fill: var(--bucket); cursor: zoom-in; }
.axis-svg .bucket:hover, .axis-svg .bar:hover { opacity: 0.8; }
.axis-svg .span-label { fill: var(--text); font-size: 10px; pointer-events: none; }
.axis-svg .bar.more { fill: var(--surface-2); stroke: var(--bar); stroke-width: 1; stroke-dasharray: 3 2; }
.axis-svg .more-label { fill: var(--text); font-size: 10px; font-weight: 700; pointer-events: none; }
.axis-svg .bucket-label { fill: var(--text); font-size: 10px; text-anchor: middle; pointer-events: none; }
.axis-svg .selection-line { stroke: var(--selected); stroke-width: 2; stroke-dasharray: 4 3; }
.overview-svg .bin { fill: var(--bucket); opacity: 0.7; }
.overview-svg .window { fill: var(--accent); fill-opacity: 0.12; stroke: var(--accent); stroke-width: 1.5; cursor: grab; }
.axis-empty { fill: var(--muted); font-size: 13px; }

.event-list { flex: 1; min-height: 0; overflow: auto; position: relative; margin: 10px 0 0; padding: 0 16px; }
.virtual-spacer { position: relative; width: 100%; }
.virtual-row { position: absolute; left: 0; right: 0; }
.list-heading { height: 44px; display: flex; align-items: flex-end; padding: 0 2px 6px; margin: 0; font-size: 0.95rem; color: var(--muted); font-weight: 700; border-bottom: 1px solid var(--border); }
.card { height: calc(var(--card-height) - 8px); display: grid; grid-template-columns: 150px 1fr; gap: 14px; padding: 10px 14px; background: var(--surface); border: 1px solid var(--border); border-left: 4px solid var(--bar); border-radius: 8px; cursor: pointer; overflow: hidden; box-shadow: var(--shadow); }
.card:hover { border-color: var(--accent); border-left-color: var(--accent); }
.card[aria-current="true"] { border-color: var(--selected); border-left-color: var(--selected); background: var(--selected-bg); }
.card.undated { border-left-color: var(--set-line); }
.card-date { display: flex; flex-direction: column; gap: 2px; min-width: 0; }
.date-main { font-weight: 700; font-size: 0.98rem; overflow-wrap: anywhere; }
.date-sub { color: var(--muted); font-size: 0.8rem; }
.card-body { min-width: 0; display: flex; flex-direction: column; gap: 3px; }
.card-title { margin: 0; font-size: 1.02rem; display: flex; gap: 8px; align-items: baseline; min-width: 0; }
.card-title .trigger { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.card-title .lemma { font-weight: 400; color: var(--muted); font-size: 0.82rem; white-space: nowrap; }
.card-people { margin: 0; display: flex; gap: 4px 6px; flex-wrap: nowrap; overflow: hidden; font-size: 0.82rem; min-height: 1.5em; }
.pill { display: inline-block; border-radius: 4px; padding: 0 6px; border: 1px solid; white-space: nowrap; }
.pill .role { opacity: 0.85; font-size: 0.9em; }
.pill.place::before { content: "in "; opacity: 0.85; }
.card-sentence { margin: 0; font-size: 0.88rem; color: var(--text); display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.card-sentence b { background: var(--evidence-bg); font-weight: 700; border-radius: 2px; }
.card-meta { margin: 0; color: var(--muted); font-size: 0.78rem; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.list-empty { padding: 24px 4px; color: var(--muted); }

/* Entity types, used by pills, swatches and highlights */
.ent-PERSON { --bg-c: var(--person-bg); --line-c: var(--person-line); --text-c: var(--person-text); }
.ent-LOCATION { --bg-c: var(--location-bg); --line-c: var(--location-line); --text-c: var(--location-text); }
.ent-ORGANIZATION { --bg-c: var(--organization-bg); --line-c: var(--organization-line); --text-c: var(--organization-text); }
.time-DATE { --bg-c: var(--date-bg); --line-c: var(--date-line); --text-c: var(--date-text); }
.time-TIME { --bg-c: var(--time-bg); --line-c: var(--time-line); --text-c: var(--time-text); }
.time-DURATION { --bg-c: var(--duration-bg); --line-c: var(--duration-line); --text-c: var(--duration-text); }
.time-SET { --bg-c: var(--set-bg); --line-c: var(--set-line); --text-c: var(--set-text); }
.pill, .chip, .swatch { background: var(--bg-c, var(--surface-2)); border-color: var(--line-c, var(--border)); color: var(--text-c, var(--text)); }

/* Annotated text */
.doc-text { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 2.1; font-size: 1rem; max-width: 52rem; }
.doc-text mark { background: var(--bg-c); color: var(--text); border-bottom: 2px solid var(--line-c); border-radius: 3px; padding: 2px 2px; box-decoration-break: clone; -webkit-box-decoration-break: clone; cursor: default; }
.doc-text mark::after { content: attr(data-label); font-size: 0.62em; font-weight: 700; letter-spacing: 0.03em; color: var(--text-c); margin-left: 4px; vertical-align: 0.15em; }
.doc-text.no-labels mark::after { content: none; }
.doc-text mark.trigger { background: none; border-bottom: 2px dashed var(--trigger-line); border-radius: 0; padding: 0; cursor: pointer; }
.doc-text mark.trigger::after { content: none; }
.doc-text mark.trigger.linked:hover { background: var(--surface-2); }
.doc-text mark.ev { outline: 2px solid var(--line-c); outline-offset: 0; font-weight: 600; }
.doc-text mark.ev-trigger { background: var(--evidence-bg); border-bottom: 2px solid var(--evidence-line); outline-color: var(--evidence-line); --line-c: var(--evidence-line); --text-c: var(--text); }
.doc-text mark.ev::after { content: attr(data-label); }
.doc-text mark.chosen { outline: 2px solid var(--line-c); font-weight: 600; }
.doc-text mark:focus-visible { outline: 3px solid var(--focus); }
.doc-text .focus-sentence { background: var(--sentence-bg); box-shadow: 0 0 0 4px var(--sentence-bg); border-radius: 2px; }
.doc-text.hide-PERSON mark.ent-PERSON:not(.ev), .doc-text.hide-LOCATION mark.ent-LOCATION:not(.ev),
.doc-text.hide-ORGANIZATION mark.ent-ORGANIZATION:not(.ev), .doc-text.hide-DATE mark.time-DATE:not(.ev),
.doc-text.hide-TIME mark.time-TIME:not(.ev), .doc-text.hide-DURATION mark.time-DURATION:not(.ev),
.doc-text.hide-SET mark.time-SET:not(.ev), .doc-text.hide-EVENT mark.trigger:not(.ev) { background: none; border-bottom-color: transparent; padding: 0; }
.doc-text.hide-PERSON mark.ent-PERSON:not(.ev)::after, .doc-text.hide-LOCATION mark.ent-LOCATION:not(.ev)::after,
.doc-text.hide-ORGANIZATION mark.ent-ORGANIZATION:not(.ev)::after, .doc-text.hide-DATE mark.time-DATE:not(.ev)::after,
.doc-text.hide-TIME mark.time-TIME:not(.ev)::after, .doc-text.hide-DURATION mark.time-DURATION:not(.ev)::after,
.doc-text.hide-SET mark.time-SET:not(.ev)::after { content: none; }
.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 6px 14px; margin: 0; padding: 0; font-size: 0.85rem; }
.legend .check { font-size: 0.85rem; }
.mark-sample { border-radius: 3px; padding: 1px 6px; border-bottom: 2px solid var(--line-c, var(--border)); background: var(--bg-c, transparent); }
.mark-sample.trigger-sample { border-bottom: 2px dashed var(--trigger-line); border-radius: 0; padding: 0 2px; }
.mark-sample.ev-trigger { background: var(--evidence-bg); border-bottom-color: var(--evidence-line); outline: 2px solid var(--evidence-line); font-weight: 600; }
.mark-sample.ev-arg { --bg-c: var(--person-bg); --line-c: var(--person-line); outline: 2px solid var(--line-c); font-weight: 600; }
.mark-sample.ev-place { --bg-c: var(--location-bg); --line-c: var(--location-line); outline: 2px solid var(--line-c); font-weight: 600; }
.mark-sample.ev-time { --bg-c: var(--date-bg); --line-c: var(--date-line); outline: 2px solid var(--line-c); font-weight: 600; }

/* Source panel */
.source-panel { width: min(46%, 46rem); flex: none; background: var(--surface); border-left: 1px solid var(--border); display: flex; flex-direction: column; min-height: 0; box-shadow: -4px 0 16px rgba(15, 23, 42, 0.08); }
.source-head { display: flex; align-items: flex-start; gap: 12px; padding: 14px 18px 6px; }
.source-head h2 { margin: 0; font-size: 1.15rem; flex: 1; overflow-wrap: anywhere; }
.source-head h2:focus { outline: none; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 3px 14px; margin: 0; padding: 4px 18px 8px; font-size: 0.88rem; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
.facts .link { border: 0; background: none; padding: 0; color: var(--accent); text-decoration: underline; cursor: pointer; font: inherit; }
.mention-switch { padding: 0 18px 6px; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; font-size: 0.85rem; }
.mention-switch button[aria-pressed="true"] { background: var(--accent); color: var(--accent-text); border-color: var(--accent); }
.evidence-legend { padding: 6px 18px 10px; border-bottom: 1px solid var(--border); }
.source-text { flex: 1; min-height: 0; overflow: auto; padding: 14px 18px 40px; max-width: none; }
.source-foot { padding: 10px 18px; border-top: 1px solid var(--border); display: flex; gap: 8px; }
.source-sentence-only { color: var(--muted); font-size: 0.85rem; margin: 0 0 8px; font-style: italic; white-space: normal; }

/* Documents view */
.view-documents { display: flex; min-height: 0; }
.doc-sidebar { width: 300px; flex: none; display: flex; flex-direction: column; background: var(--surface); border-right: 1px solid var(--border); padding: 12px; min-height: 0; }
.doc-list { flex: 1; min-height: 0; overflow: auto; position: relative; margin-top: 8px; }
.doc-item { height: 58px; padding: 7px 10px; border-radius: 6px; cursor: pointer; overflow: hidden; border: 1px solid transparent; }
.doc-item:hover { background: var(--surface-2); }
.doc-item[aria-selected="true"] { background: var(--selected-bg); border-color: var(--selected); }
.doc-item.active { outline: 2px solid var(--focus); outline-offset: -2px; }
.doc-item .id { font-weight: 600; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; font-size: 0.9rem; }
.doc-item .meta { color: var(--muted); font-size: 0.78rem; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.doc-view { flex: 1; min-width: 0; overflow: auto; padding: 18px 28px 60px; }
.doc-view > .doc-text { background: var(--surface); border: 1px solid var(--border); border-radius: 8px; padding: 18px 24px; margin-top: 10px; }
.doc-view h2 { margin: 0; font-size: 1.2rem; overflow-wrap: anywhere; }
.doc-view h2:focus { outline: none; }
.legend-bar { display: flex; flex-wrap: wrap; gap: 8px 18px; align-items: center; margin: 12px 0 4px; padding: 8px 12px; background: var(--surface); border: 1px solid var(--border); border-radius: 8px; }

/* Entities view */
.view-entities { overflow: auto; padding: 14px 20px 40px; }
.entity-toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; margin-bottom: 14px; }
.entity-toolbar label { font-weight: 600; font-size: 0.9rem; }
.entity-toolbar input { width: 18rem; max-width: 100%; }
.entity-toolbar .status { margin: 0; }
.entity-columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 18px; align-items: start; }
.entity-group { background: var(--surface); border: 1px solid var(--border); border-radius: 8px; border-top: 4px solid var(--line-c); }
.entity-group h2 { font-size: 1rem; margin: 0; padding: 12px 14px 8px; display: flex; gap: 8px; align-items: center; }
.entity-group h2 .n { color: var(--muted); font-weight: 400; font-size: 0.9rem; }
.entity-group ol { list-style: none; margin: 0; padding: 0; }
.entity-row { padding: 8px 14px; border-top: 1px solid var(--grid); display: grid; grid-template-columns: 1fr auto; gap: 2px 10px; }
.entity-row .name { font-weight: 600; overflow-wrap: anywhere; }
.entity-row .aliases, .entity-row .id { color: var(--muted); font-size: 0.8rem; overflow-wrap: anywhere; }
.entity-row .id { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.75rem; }
.entity-row .counts { color: var(--muted); font-size: 0.82rem; text-align: right; white-space: nowrap; }
.entity-row .actions { grid-column: 1 / -1; display: flex; gap: 6px; margin-top: 4px; }
.entity-row .actions .button { padding: 2px 10px; font-size: 0.82rem; }
.entity-row.highlight { background: var(--selected-bg); }
.more { margin: 8px 14px 12px; }

/* Tooltip */
.tooltip { position: fixed; z-index: 60; max-width: 340px; background: #1b1f24; color: #f4f6f8; border-radius: 6px; padding: 7px 10px; font-size: 0.82rem; line-height: 1.4; pointer-events: none; box-shadow: 0 4px 14px rgba(0, 0, 0, 0.25); }
.tooltip .tip-title { font-weight: 700; display: block; }
.tooltip .tip-line { display: block; color: #d5dae0; overflow-wrap: anywhere; }
.tooltip code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: #ffffff; }

/* Narrow screens: one column; the source panel covers the timeline */
@media (max-width: 860px) {
  :root { --card-height: 176px; }
  body { height: auto; min-height: 100%; }
  main { display: block; }
  .masthead { padding: 10px 12px 0; flex-wrap: wrap; }
  .tabs { width: 100%; }
  .tabs [role="tab"] { flex: 1; padding: 10px 6px; }
  .view-timeline, .view-documents { display: block; }
  .filters { width: auto; border-right: 0; border-bottom: 1px solid var(--border); }
  .axis { margin: 0 10px; }
  .axis-toolbar { padding: 8px 10px; }
  .event-list { height: 70vh; flex: none; padding: 0 10px; }
  .card { grid-template-columns: 1fr; gap: 4px; }
  .card-date { flex-direction: row; gap: 8px; align-items: baseline; }
  .source-panel { position: fixed; inset: 0; width: auto; z-index: 40; }
  .doc-sidebar { width: auto; border-right: 0; border-bottom: 1px solid var(--border); }
  .doc-list { height: 30vh; flex: none; }
  .doc-view { padding: 14px 12px 40px; }
  .view-entities { padding: 12px; }
}
@media (prefers-reduced-motion: no-preference) {
  .card, .doc-item { transition: background-color 0.12s, border-color 0.12s; }
  .filters > summary::before { transition: transform 0.12s; }
}
@media (forced-colors: active) {
  .doc-text mark, .pill, .chip, .mark-sample { border: 1px solid CanvasText; }
  .doc-text mark.ev, .doc-text mark.chosen, .card[aria-current="true"] { outline: 3px solid Highlight; }
  .axis-svg .bar, .axis-svg .bar.coarse, .axis-svg .bucket, .overview-svg .bin { fill: CanvasText; }
  .axis-svg .bar.more, .overview-svg .window { fill: Canvas; stroke: CanvasText; }
  .axis-svg .bar.selected { fill: Highlight; }
}
@media print {
  .filters, .axis-toolbar, .tabs, .source-foot { display: none; }
}
"""#
}
