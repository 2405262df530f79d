// The pledgegraph explorer: every number it shows is read through the
// public GraphQL API at /query, and every page's state is in its URL
// (path and query string), so that a page can be shared.
'use strict';

(function () {
  const main = document.getElementById('main');
  const params = new URLSearchParams(location.search);

  // gql runs a GraphQL query and returns its data; errors are thrown.
  async function gql(query, variables) {
    const resp = await fetch('/query', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query, variables: variables || {} }),
    });
    const body = await resp.json();
    if (body.errors && body.errors.length) {
      throw new Error(body.errors.map((e) => e.message).join('; '));
    }
    return body.data;
  }

  // h builds an element: h('a', {href: '/x'}, 'text', child...). Text is
  // never parsed as HTML.
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      el.append(c instanceof Node ? c : String(c));
    }
    return el;
  }

  const entityPath = (id) => '/explore/entity/' + id.split('/').map(encodeURIComponent).join('/');
  const initiativePath = (id) => '/explore/initiative/' + id.split('/').map(encodeURIComponent).join('/');
  const documentPath = (name) => '/explore/document/' + encodeURIComponent(name);
  const entityLink = (e) => h('a', { href: e.type === 'Initiative' ? initiativePath(e.id) : entityPath(e.id) }, e.name);
  const docLink = (d) => h('a', { href: documentPath(d.name) }, d.name);

  // withParam returns the current URL with one query parameter changed.
  function withParam(key, value) {
    const p = new URLSearchParams(location.search);
    if (value) p.set(key, value); else p.delete(key);
    const qs = p.toString();
    return location.pathname + (qs ? '?' + qs : '');
  }

  // toCSV turns rows of cells into RFC 4180 CSV.
  function toCSV(columns, rows) {
    const cell = (v) => {
      const s = v === null || v === undefined ? '' : String(v);
      return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
    };
    return [columns, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
  }

  // table returns a captioned table of rows (each cell text or a node)
  // with a button that downloads it as CSV (cells as text).
  function table(caption, columns, rows, file) {
    const textOf = (c) => (c instanceof Node ? c.textContent : c);
    const download = () => {
      const blob = new Blob([toCSV(columns, rows.map((r) => r.map(textOf)))], { type: 'text/csv' });
      const a = h('a', { href: URL.createObjectURL(blob), download: file + '.csv' });
      document.body.append(a);
      a.click();
      a.remove();
    };
    return h('section', { class: 'table' },
      h('div', { class: 'table-tools' },
        h('h2', {}, caption, ' ', h('span', { class: 'muted' }, '(' + rows.length + ')')),
        h('button', { type: 'button', onclick: download, 'aria-label': 'Download ' + caption + ' as CSV' }, 'CSV')),
      rows.length === 0 ? h('p', { class: 'muted' }, 'None.') :
        h('table', {},
          h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col' }, c)))),
          h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c) => h('td', {}, c)))))));
  }

  function evidenceCell(f) {
    return h('div', {}, (f.evidence || []).map((ev) =>
      h('div', {}, h('blockquote', {}, ev.quote), docLink(ev.document))));
  }

  function show(...nodes) {
    main.replaceChildren(...nodes);
  }

  // dateControl is a date input bound to the asOf query parameter.
  function dateControl(label) {
    const input = h('input', { type: 'date', id: 'asof', value: params.get('asOf') || '' });
    input.addEventListener('change', () => { location.href = withParam('asOf', input.value); });
    return h('div', { class: 'controls' }, h('label', { for: 'asof' }, label), input,
      params.get('asOf') ? h('a', { href: withParam('asOf', '') }, 'now') : null);
  }

  const FACT = 'id predicate negated since subject { id name type } object { id name type } evidence { quote document { name } }';

  // landing lists the initiatives with their supporters by type, their
  // decliners and who launched them, as of the asOf parameter.
  async function landing() {
    const asOf = params.get('asOf') || null;
    const data = await gql(`query($asOf: Date) { stats { initiatives(asOf: $asOf) {
      initiative { id name type } supporters byType { type count } } } }`, { asOf });
    const inits = data.stats.initiatives;
    let extra = {};
    if (inits.length) {
      const parts = inits.map((s, i) => `d${i}: decliners(initiative: ${JSON.stringify(s.initiative.id)}, asOf: $asOf) { subject { id } }
        l${i}: facts(filter: {object: ${JSON.stringify(s.initiative.id)}, predicates: [LAUNCHED]}) { nodes { subject { id name type } } }`);
      extra = await gql(`query($asOf: Date) { ${parts.join('\n')} }`, { asOf });
    }
    const rows = inits.map((s, i) => [
      entityLink(s.initiative),
      String(s.supporters),
      s.byType.map((t) => t.type + ' ' + t.count).join(', '),
      String((extra['d' + i] || []).length),
      h('span', {}, (extra['l' + i] ? extra['l' + i].nodes : []).map((f, k) => [k ? ', ' : '', entityLink(f.subject)])),
    ]);
    show(h('h1', {}, 'Initiatives'),
      h('p', { class: 'muted' }, 'Supporters and refusals as of ' + (asOf || 'now') + ', as the stored documents tell them.'),
      dateControl('As of'),
      table('Initiatives', ['Initiative', 'Supporters', 'By type', 'Refusals', 'Launched by'], rows, 'initiatives'));
  }

  // initiative shows one initiative: supporters and refusals as of a date
  // chosen on a slider over its timeline, the timeline, reported counts
  // beside the graph's own, and its principles.
  async function initiative(id) {
    const asOf = params.get('asOf') || null;
    const data = await gql(`query($id: ID!, $name: String!, $asOf: Date) {
      entity(id: $id) { id name aliases }
      supporters(initiative: $name, asOf: $asOf) { ${FACT} }
      decliners(initiative: $name, asOf: $asOf) { ${FACT} }
      timeline(initiative: $name) { date kind fact { ${FACT} } count { value approx what evidence { quote document { name } } } }
      reportedCounts(initiative: $name) { date value approx what knownSupporters evidence { document { name } } }
      principles: facts(filter: {subject: $name, predicates: [HAS_PRINCIPLE]}, first: 100) { nodes { object { id name type } evidence { quote document { name } } } }
    }`, { id, name: id, asOf });
    if (!data.entity) return notFound('No initiative ' + id);
    const dates = [...new Set(data.timeline.map((e) => e.date).filter(Boolean))].sort();
    const slider = h('input', { type: 'range', id: 'when', min: 0, max: Math.max(dates.length - 1, 0), step: 1,
      value: asOf ? Math.max(dates.filter((d) => d <= asOf).length - 1, 0) : dates.length - 1, 'aria-valuetext': asOf || 'now' });
    const label = h('output', { for: 'when' }, asOf || 'now');
    slider.addEventListener('input', () => { label.textContent = dates[slider.value] || 'now'; });
    slider.addEventListener('change', () => { location.href = withParam('asOf', dates[slider.value]); });
    const factRow = (f) => [entityLink(f.subject), f.subject.type, f.since || '', evidenceCell(f)];
    show(h('h1', {}, data.entity.name),
      data.entity.aliases.length ? h('p', { class: 'muted' }, 'Also: ' + data.entity.aliases.join(' · ')) : null,
      h('div', { class: 'controls' }, h('label', { for: 'when' }, 'As of'), slider, label,
        asOf ? h('a', { href: withParam('asOf', '') }, 'now') : null),
      table('Supporters', ['Actor', 'Type', 'Since', 'Evidence'], data.supporters.map(factRow), 'supporters'),
      table('Refusals', ['Actor', 'Type', 'Since', 'Evidence'], data.decliners.map(factRow), 'refusals'),
      h('h2', {}, 'Supporters over time'), countChart(data.reportedCounts),
      table('Reported counts', ['Date', 'Reported', 'Of', 'In the graph', 'Document'], data.reportedCounts.map((c) =>
        [c.date || '', (c.approx ? '~' : '') + c.value, c.what, String(c.knownSupporters), docLink(c.evidence.document)]), 'counts'),
      table('Timeline', ['Date', 'Event', 'Who', 'Evidence'], data.timeline.map((e) => [e.date || 'undated', e.kind,
        e.fact ? entityLink(e.fact.subject) : (e.count ? (e.count.approx ? '~' : '') + e.count.value + ' ' + e.count.what : ''),
        e.fact ? evidenceCell(e.fact) : (e.count ? evidenceCell({ evidence: [e.count.evidence] }) : '')]), 'timeline'),
      table('Principles', ['Principle', 'Evidence'], data.principles.nodes.map((f) => [f.object.name, evidenceCell(f)]), 'principles'));
  }

  // countChart draws the counts documents report and the graph's own count
  // of known supporters at the same dates.
  function countChart(counts) {
    const pts = counts.filter((c) => c.date);
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('class', 'chart');
    svg.setAttribute('viewBox', '0 0 600 220');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', 'Reported counts (dots) and supporters known to the graph (line) over time');
    if (pts.length === 0) {
      const t = document.createElementNS(ns, 'text');
      t.setAttribute('x', 20); t.setAttribute('y', 110); t.textContent = 'No dated count.';
      svg.append(t);
      return svg;
    }
    const time = (d) => new Date(d.length === 4 ? d + '-07-01' : d.length === 7 ? d + '-15' : d).getTime();
    const xs = pts.map((c) => time(c.date));
    const x0 = Math.min(...xs), x1 = Math.max(...xs) || x0 + 1;
    const ymax = Math.max(1, ...pts.map((c) => Math.max(c.value, c.knownSupporters)));
    const X = (t) => 40 + (x1 === x0 ? 260 : (t - x0) / (x1 - x0) * 520);
    const Y = (v) => 195 - v / ymax * 170;
    const el = (tag, a, text) => {
      const e = document.createElementNS(ns, tag);
      for (const [k, v] of Object.entries(a)) e.setAttribute(k, v);
      if (text) e.textContent = text;
      svg.append(e);
    };
    el('line', { x1: 40, y1: 195, x2: 570, y2: 195, stroke: '#999' });
    el('text', { x: 2, y: 30, 'font-size': 11 }, String(ymax));
    el('text', { x: 2, y: 198, 'font-size': 11 }, '0');
    el('polyline', { fill: 'none', stroke: '#1e7a3c', 'stroke-width': 2, points: pts.map((c) => X(time(c.date)) + ',' + Y(c.knownSupporters)).join(' ') });
    pts.forEach((c) => {
      el('circle', { cx: X(time(c.date)), cy: Y(c.value), r: 4, fill: '#1f5fbf' });
      el('text', { x: X(time(c.date)) - 20, y: 212, 'font-size': 10 }, c.date);
    });
    el('text', { x: 380, y: 16, 'font-size': 11, fill: '#1f5fbf' }, '● reported by documents');
    el('text', { x: 380, y: 30, 'font-size': 11, fill: '#1e7a3c' }, '— known to the graph');
    return svg;
  }

  // entity shows an actor: its stance history per initiative with the
  // quoted evidence, its roles and memberships, and its neighbourhood.
  async function entity(id) {
    const data = await gql(`query($id: ID!) { entity(id: $id) { id name type aliases
      facts(first: 100) { nodes { ${FACT} } }
      neighbors(depth: 1) { entity { id name type } facts { subject { id } object { id } predicate negated } }
      mentionedIn { name title } } }`, { id });
    const e = data.entity;
    if (!e) return notFound('No entity ' + id);
    const facts = e.facts.nodes;
    const inits = [...new Map(facts.filter((f) => f.predicate === 'SUPPORTS' && f.subject.id === e.id)
      .map((f) => [f.object.id, f.object])).values()];
    let histories = {};
    if (inits.length) {
      const parts = inits.map((o, i) => `h${i}: stanceHistory(initiative: ${JSON.stringify(o.id)}) { date value facts { ${FACT} } }`);
      histories = (await gql(`query($id: ID!) { entity(id: $id) { ${parts.join('\n')} } }`, { id })).entity;
    }
    const stanceRows = [];
    inits.forEach((o, i) => (histories['h' + i] || []).forEach((c) => stanceRows.push([
      entityLink(o), c.date || 'undated',
      h('span', { class: c.value === 'SUPPORTS' ? 'supports' : c.value === 'DECLINED' ? 'refused' : '' }, c.value),
      h('div', {}, c.facts.map(evidenceCell))])));
    const other = facts.filter((f) => f.predicate === 'HOLDS_ROLE' || f.predicate === 'MEMBER_OF' || f.predicate === 'PART_OF');
    const rest = facts.filter((f) => f.predicate !== 'SUPPORTS' && !other.includes(f));
    const factRow = (f) => [entityLink(f.subject), (f.negated ? 'not ' : '') + f.predicate.toLowerCase(), entityLink(f.object), f.since || '', evidenceCell(f)];
    const graphBox = h('div', { id: 'neighbourhood', role: 'img', 'aria-label': 'The entities one fact away from ' + e.name });
    show(h('h1', {}, e.name, ' ', h('span', { class: 'muted' }, e.type)),
      e.aliases.length ? h('p', { class: 'muted' }, 'Also: ' + e.aliases.join(' · ')) : null,
      table('Stance over time', ['Initiative', 'From', 'Stance', 'Evidence'], stanceRows, 'stances'),
      table('Roles and memberships', ['Subject', 'Relation', 'Object', 'Since', 'Evidence'], other.map(factRow), 'roles'),
      h('h2', {}, 'Neighbourhood'), graphBox,
      table('Other facts', ['Subject', 'Relation', 'Object', 'Since', 'Evidence'], rest.map(factRow), 'facts'),
      table('Documents', ['Document', 'Title'], e.mentionedIn.map((d) => [docLink(d), d.title]), 'documents'));
    drawNeighbourhood(graphBox, e, e.neighbors);
  }

  // drawNeighbourhood draws an entity and its neighbours with cytoscape;
  // a click opens a neighbour's page (the tables of facts link to each
  // of them too, for the keyboard).
  function drawNeighbourhood(box, center, neighbors) {
    const nodes = [{ data: { id: center.id, label: center.name, type: center.type } }]
      .concat(neighbors.map((n) => ({ data: { id: n.entity.id, label: n.entity.name, type: n.entity.type } })));
    const edges = [];
    neighbors.forEach((n) => n.facts.forEach((f, i) => edges.push({ data: {
      id: n.entity.id + '#' + i + '#' + f.predicate, source: f.subject.id, target: f.object.id, label: f.predicate.toLowerCase() } })));
    if (typeof cytoscape !== 'function') return;
    const cy = cytoscape({
      container: box, elements: nodes.concat(edges), layout: { name: 'cose', animate: false },
      style: [
        { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'background-color': '#8aa4d6', width: 14, height: 14 } },
        { selector: 'node[type = "Initiative"]', style: { 'background-color': '#e0a100' } },
        { selector: 'node[id = "' + center.id.replace(/"/g, '') + '"]', style: { 'background-color': '#1f5fbf', width: 22, height: 22 } },
        { selector: 'edge', style: { width: 1, 'line-color': '#bbb', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#bbb', 'curve-style': 'bezier' } },
      ],
    });
    cy.on('tap', 'node', (ev) => {
      const d = ev.target.data();
      if (d.id !== center.id) location.href = d.type === 'Initiative' ? initiativePath(d.id) : entityPath(d.id);
    });
  }

  // doc shows a document's text with every quote of its facts highlighted
  // and every mention of an entity underlined (a link to its page), from
  // the stored offsets (bytes of UTF-8); a click on a quote shows its
  // facts.
  async function doc(name) {
    const data = await gql(`query($name: String!) { document(name: $name) { name title published source language text
      mentions { entity { id name type } start end }
      facts { ${FACT.replace('evidence { quote document { name } }', 'evidence { quote start end document { name } }')} } } }`, { name });
    const d = data.document;
    if (!d) return notFound('No document ' + name);
    const spans = [];
    d.facts.forEach((f) => f.evidence.filter((ev) => ev.document.name === d.name)
      .forEach((ev) => spans.push({ start: ev.start, end: ev.end, fact: f })));
    const panel = h('aside', { class: 'panel', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Select a highlighted quote to see what it states.'));
    const select = (mark, list) => {
      document.querySelectorAll('mark.current').forEach((m) => m.classList.remove('current'));
      mark.classList.add('current');
      panel.replaceChildren(h('h2', {}, 'Facts stated here'), ...list.map((f) => h('div', {},
        h('p', {}, entityLink(f.subject), ' ', h('span', { class: f.negated ? 'refused' : '' }, (f.negated ? 'not ' : '') + f.predicate.toLowerCase()), ' ', entityLink(f.object), f.since ? ' (since ' + f.since + ')' : ''))));
    };
    show(h('h1', {}, d.title || d.name),
      h('p', { class: 'muted' }, [d.name, d.published || 'undated', d.language, d.source].filter(Boolean).join(' · ')),
      h('p', { class: 'muted' }, d.mentions.length + ' mentions of entities (underlined), ' + spans.length + ' quotes of facts (highlighted).'),
      h('div', { class: 'grid' }, h('div', { class: 'doctext' }, highlight(d.text, spans, d.mentions, select)), panel),
      table('Facts', ['Subject', 'Relation', 'Object', 'Since', 'Quote'], d.facts.map((f) => [entityLink(f.subject),
        (f.negated ? 'not ' : '') + f.predicate.toLowerCase(), entityLink(f.object), f.since || '',
        f.evidence.filter((ev) => ev.document.name === d.name).map((ev) => ev.quote).join(' … ')]), 'facts'));
  }

  // highlight returns the text as nodes, the byte ranges of spans marked
  // (overlapping ranges merge into one mark that holds all their facts)
  // and those of mentions linked to their entity.
  function highlight(text, spans, mentions, select) {
    const enc = new TextEncoder();
    const offset = [0]; // offset[i]: the UTF-16 index of the byte i
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
      const cp = text.codePointAt(i);
      const n = enc.encode(String.fromCodePoint(cp)).length;
      for (let k = 0; k < n; k++) offset[bytes + k] = i;
      bytes += n;
      if (cp > 0xffff) i++;
      offset[bytes] = i + 1;
    }
    const at = (b) => offset[Math.min(Math.max(b, 0), bytes)];
    const merged = [];
    spans.slice().sort((a, b) => a.start - b.start).forEach((s) => {
      const last = merged[merged.length - 1];
      if (last && s.start < last.end) {
        last.end = Math.max(last.end, s.end);
        if (!last.facts.includes(s.fact)) last.facts.push(s.fact);
      } else merged.push({ start: s.start, end: s.end, facts: [s.fact] });
    });
    const ms = mentions.map((m) => ({ a: at(m.start), b: at(m.end), entity: m.entity })).sort((x, y) => x.a - y.a);
    // piece returns text[a:b] with the mentions in it as links
    const piece = (a, b) => {
      const nodes = [];
      let p = a;
      ms.forEach((m) => {
        const ma = Math.max(m.a, p), mb = Math.min(m.b, b);
        if (mb <= ma) return;
        if (ma > p) nodes.push(text.slice(p, ma));
        nodes.push(h('a', { class: 'mention', href: m.entity.type === 'Initiative' ? initiativePath(m.entity.id) : entityPath(m.entity.id),
          title: m.entity.name + ' (' + m.entity.type + ')' }, text.slice(ma, mb)));
        p = mb;
      });
      if (p < b) nodes.push(text.slice(p, b));
      return nodes;
    };
    const out = [];
    let pos = 0;
    merged.forEach((m) => {
      const a = at(m.start), b = at(m.end);
      if (a > pos) out.push(piece(pos, a));
      const mark = h('mark', { tabindex: 0, class: m.facts.some((f) => f.negated) ? 'negated' : null,
        title: m.facts.map((f) => f.subject.name + ' ' + (f.negated ? 'not ' : '') + f.predicate.toLowerCase() + ' ' + f.object.name).join('; ') },
      piece(Math.max(a, pos), b));
      mark.addEventListener('click', (ev) => { if (!ev.target.closest('a')) select(mark, m.facts); });
      mark.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); select(mark, m.facts); } });
      out.push(mark);
      pos = Math.max(pos, b);
    });
    out.push(piece(pos, text.length));
    return out;
  }

  function notFound(msg) {
    show(h('h1', {}, 'Not found'), h('p', {}, msg), h('p', {}, h('a', { href: '/explore' }, 'All initiatives')));
  }

  // the search box suggests entities as one types, and opens the one
  // chosen
  function setupSearch() {
    const input = document.getElementById('q');
    const list = document.getElementById('suggestions');
    let found = [];
    let timer = 0;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      const text = input.value.trim();
      const hit = found.find((e) => e.name === text);
      if (hit) { location.href = hit.type === 'Initiative' ? initiativePath(hit.id) : entityPath(hit.id); return; }
      if (text.length < 2) return;
      timer = setTimeout(async () => {
        const data = await gql('query($q: String!) { entities(search: $q, first: 8) { nodes { id name type } } }', { q: text });
        found = data.entities.nodes;
        list.replaceChildren(...found.map((e) => h('option', { value: e.name, label: e.type })));
      }, 150);
    });
    document.getElementById('search').addEventListener('submit', (ev) => {
      ev.preventDefault();
      if (found.length) location.href = found[0].type === 'Initiative' ? initiativePath(found[0].id) : entityPath(found[0].id);
    });
  }

  async function route() {
    setupSearch();
    const path = location.pathname.replace(/^\/explore\/?/, '');
    const [kind, ...rest] = path.split('/');
    const arg = rest.map(decodeURIComponent).join('/');
    try {
      if (kind === '') await landing();
      else if (kind === 'initiative' && arg) await initiative(arg);
      else if (kind === 'entity' && arg) await entity(arg);
      else if (kind === 'document' && arg) await doc(arg);
      else notFound('No page ' + location.pathname);
      document.title = (main.querySelector('h1') || {}).textContent + ' — pledgegraph';
      main.setAttribute('data-ready', 'true');
    } catch (err) {
      show(h('h1', {}, 'Something failed'), h('p', { class: 'error' }, err.message));
      main.setAttribute('data-ready', 'error');
    }
  }

  route();
})();
