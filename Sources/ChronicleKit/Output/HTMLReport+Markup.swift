extension HTMLReport {
  /// The page's markup. `{{STYLE}}`, `{{SCRIPT}}`, `{{SCRIPT_HASH}}` and `{{DATA}}` mark where
  /// ``style``, ``script``, the script's SHA-256 (for the Content-Security-Policy) and the data go;
  /// nothing else is ever put into it.
  static let markup = #"""
<!doctype html>
<html lang="en" data-status="loading">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-{{SCRIPT_HASH}}'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="generator" content="chronicle">
<meta name="color-scheme" content="light dark">
<title>Chronicle report</title>
<style>{{STYLE}}</style>
</head>
<body>
<a class="skip-link" href="#main">Skip to the report</a>
<header class="masthead">
  <div class="masthead-title">
    <h1 id="report-title">Chronicle report</h1>
    <p id="report-summary" class="summary"></p>
    <ul id="report-notes" class="notes"></ul>
  </div>
  <div role="tablist" aria-label="Views" class="tabs" id="tabs">
    <button type="button" role="tab" id="tab-timeline" aria-controls="view-timeline" aria-selected="true">Timeline</button>
    <button type="button" role="tab" id="tab-documents" aria-controls="view-documents" aria-selected="false" tabindex="-1">Documents</button>
    <button type="button" role="tab" id="tab-entities" aria-controls="view-entities" aria-selected="false" tabindex="-1">Entities</button>
  </div>
</header>
<p id="loading" class="loading" role="status">Loading the report…</p>
<noscript><style>.loading { display: none; }</style><p class="noscript">This report shows its data with JavaScript; please allow scripts for this file.</p></noscript>
<main id="main" tabindex="-1">
  <section id="view-timeline" class="view view-timeline" role="tabpanel" aria-labelledby="tab-timeline">
    <details class="filters" id="filters" open>
      <summary>Filters <span id="filter-badge" class="badge" hidden></span></summary>
      <div class="filter-body">
        <div class="field combo">
          <label for="entity-input">Entity</label>
          <input id="entity-input" type="text" autocomplete="off" spellcheck="false" placeholder="Name or alias" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="entity-options" aria-describedby="entity-hint">
          <p id="entity-hint" class="hint">Type to search names and aliases; ↓ ↑ to choose, Enter to add.</p>
          <ul id="entity-options" class="options" role="listbox" aria-label="Matching entities" hidden></ul>
          <ul id="entity-chips" class="chips" aria-label="Entities filtered by"></ul>
        </div>
        <fieldset class="field">
          <legend>Entity types</legend>
          <div id="type-filters" class="checks" aria-describedby="type-hint"></div>
          <p id="type-hint" class="hint">Events with a participant or place of a checked type.</p>
        </fieldset>
        <div class="field">
          <label for="event-search">Words</label>
          <input id="event-search" type="search" autocomplete="off" spellcheck="false" placeholder="In the trigger or sentence">
        </div>
        <div class="field checks">
          <label class="check"><input id="show-undated" type="checkbox" checked> Undated events</label>
        </div>
        <button type="button" id="reset-filters" class="button subtle">Reset filters</button>
        <p id="filter-status" class="status" role="status" aria-live="polite"></p>
      </div>
    </details>
    <div class="timeline-main">
      <div class="axis-toolbar" role="toolbar" aria-label="Timeline zoom" aria-controls="axis">
        <button type="button" class="button icon" id="zoom-out" aria-label="Zoom out (−)" title="Zoom out (−)">−</button>
        <button type="button" class="button icon" id="zoom-in" aria-label="Zoom in (+)" title="Zoom in (+)">+</button>
        <button type="button" class="button" id="zoom-fit" title="Show every dated event (0)">Fit</button>
        <span id="axis-range" class="axis-range" aria-live="polite"></span>
      </div>
      <div id="axis" class="axis" tabindex="0" role="group" aria-roledescription="timeline axis" aria-describedby="axis-help">
        <svg id="axis-svg" class="axis-svg" aria-hidden="true"></svg>
        <svg id="overview-svg" class="overview-svg" aria-hidden="true"></svg>
      </div>
      <p id="axis-help" class="visually-hidden">Plus and minus zoom, left and right arrows scroll, 0 fits every event. Drag or use the wheel to scroll and zoom with a pointer. Events are listed below.</p>
      <h2 id="events-heading" class="visually-hidden">Events in view</h2>
      <div id="event-list" class="event-list" role="feed" aria-busy="false" aria-labelledby="events-heading" aria-describedby="events-help"></div>
      <p id="events-help" class="visually-hidden">Up and down arrows move between events, Enter opens one with its source, Escape closes it.</p>
    </div>
    <div id="source-panel" class="source-panel" role="dialog" aria-labelledby="source-title" hidden>
      <div class="source-head">
        <h2 id="source-title" tabindex="-1"></h2>
        <button type="button" class="button icon close" id="source-close" aria-label="Close (Escape)" title="Close (Escape)">×</button>
      </div>
      <dl id="source-facts" class="facts"></dl>
      <div id="source-mentions" class="mention-switch"></div>
      <ul class="legend evidence-legend" aria-label="Evidence highlighted in the text">
        <li><span class="mark-sample ev-trigger">trigger</span></li>
        <li><span class="mark-sample ev-arg">participant</span></li>
        <li><span class="mark-sample ev-place">place</span></li>
        <li><span class="mark-sample ev-time">time</span></li>
      </ul>
      <div id="source-text" class="doc-text source-text" tabindex="0" aria-label="Source text"></div>
      <div class="source-foot">
        <button type="button" class="button" id="source-open-document">Open in Documents</button>
      </div>
    </div>
  </section>
  <section id="view-documents" class="view view-documents" role="tabpanel" aria-labelledby="tab-documents" hidden>
    <div class="doc-sidebar">
      <label for="doc-search" class="visually-hidden">Filter documents</label>
      <input id="doc-search" type="search" autocomplete="off" spellcheck="false" placeholder="Filter by id or text">
      <ul id="doc-entity-chip" class="chips"></ul>
      <p id="doc-status" class="status" role="status" aria-live="polite"></p>
      <div id="doc-list" class="doc-list" role="listbox" aria-label="Documents" tabindex="0"></div>
    </div>
    <article id="doc-view" class="doc-view" aria-labelledby="doc-title">
      <h2 id="doc-title" tabindex="-1"></h2>
      <p id="doc-meta" class="summary"></p>
      <div class="legend-bar">
        <ul id="doc-legend" class="legend" aria-label="Highlight types (uncheck to hide)"></ul>
        <label class="check"><input id="doc-labels" type="checkbox" checked> Labels</label>
      </div>
      <p id="doc-hint" class="hint"></p>
      <div id="doc-text" class="doc-text" tabindex="0" aria-label="Document text"></div>
    </article>
  </section>
  <section id="view-entities" class="view view-entities" role="tabpanel" aria-labelledby="tab-entities" hidden>
    <div class="entity-toolbar">
      <label for="entity-search">Find</label>
      <input id="entity-search" type="search" autocomplete="off" spellcheck="false" placeholder="Name, alias or id">
      <label for="entity-sort">Sort by</label>
      <select id="entity-sort">
        <option value="mentions">mentions</option>
        <option value="events">events</option>
        <option value="documents">documents</option>
        <option value="name">name</option>
      </select>
      <p id="entity-status" class="status" role="status" aria-live="polite"></p>
    </div>
    <div id="entity-columns" class="entity-columns"></div>
  </section>
</main>
<div id="tooltip" class="tooltip" role="tooltip" hidden></div>
<pre id="errors" class="errors" role="alert" hidden></pre>
<script type="application/json" id="report-data">{{DATA}}</script>
<script>{{SCRIPT}}</script>
</body>
</html>
"""#
}
