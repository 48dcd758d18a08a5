/* Carve's interactive boundary report. Renders the embedded report data (see docs/reports.md); no network access.
   Every text from the data goes through textContent, never innerHTML. */
(function () {
  'use strict';

  var DATA = JSON.parse(document.getElementById('carve-data').textContent);
  var P = DATA.proposal;
  var V = DATA.views;
  var PALETTE = ['#0969da', '#1a7f37', '#8250df', '#bf3989', '#bc4c00', '#0a7ea4', '#9a6700', '#cf222e',
    '#4d2d8f', '#116329', '#953800', '#1b7c83', '#6639ba', '#a40e26', '#3b6e00'];
  var METRIC_HELP = {
    BCP: 'business-context purity (lower is better)', ICP: 'inter-call percentage (lower is better)',
    SM: 'structural modularity (higher is better)', IFN: 'interface number (lower is better)',
    NED: 'non-extreme distribution (lower is better)', MQ: 'modular quality (higher is better)',
    modularity: 'Newman modularity of the static graph (higher is better)',
    coupling: 'share of dependency weight crossing modules (lower is better)',
    cohesion: 'share of a module\u2019s dependency weight staying inside (higher is better)',
    tablePurity: 'share of a table\u2019s classes in its majority module (higher is better)',
    tableWritePurity: 'the same over writers only (higher is better)',
    'MoJoFM.strict': 'agreement with the reference, strict (higher is better)',
    'MoJoFM.lenient': 'agreement with the reference, lenient (higher is better)'
  };
  var HIGHER_BETTER = ['SM', 'MQ', 'modularity', 'cohesion', 'tablePurity', 'tableWritePurity', 'MoJoFM.strict',
    'MoJoFM.lenient'];

  var modules = P.modules || [];
  var moduleByName = {};
  var colorOf = {};
  modules.forEach(function (m, i) {
    moduleByName[m.name] = m;
    colorOf[m.name] = PALETTE[i % PALETTE.length];
  });
  var placementByName = {};
  (P.classes || []).forEach(function (c) { placementByName[c.name] = c; });
  var rankOf = {};
  (P.extractionOrder || []).forEach(function (s) { rankOf[s.module] = s.rank; });
  var kernelByName = {};
  (P.sharedKernel || []).forEach(function (k) { kernelByName[k.name] = k; });

  var state = { view: 'modules', module: null, query: '' };
  var chart = null;

  // ---------- small DOM helpers ----------
  function el(tag, attrs) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) { return; }
        if (k === 'text') { node.textContent = v; } else if (k === 'onclick') { node.addEventListener('click', v); } else if (k === 'cls') { node.className = v; } else if (k === 'style') { node.setAttribute('style', v); } else { node.setAttribute(k, v); }
      });
    }
    for (var i = 2; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined || child === false) { continue; }
      if (Array.isArray(child)) {
        child.forEach(function (c) { if (c) { node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); } });
      } else {
        node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
      }
    }
    return node;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } return node; }
  function num(v) {
    if (v === null || v === undefined || isNaN(v)) { return ''; }
    return String(Math.round(v * 1000) / 1000);
  }
  function pct(v) { return Math.round(v * 100) + '%'; }
  function simple(name) { var i = name.lastIndexOf('.'); return i < 0 ? name : name.substring(i + 1); }
  function plural(n, one, many) { return n + ' ' + (n === 1 ? one : many); }
  function dot(module) { return el('span', { cls: 'dot', style: 'background:' + (colorOf[module] || '#6e7781') }); }
  function verdictCommand(name, rs) {
    if (rs.verdict === 'extract-service' || rs.verdict === 'modulith-module') { return 'carve extract --module ' + name; }
    return '';
  }

  function verdictBadge(rs) {
    if (!rs || !rs.verdict) { return null; }
    return el('span', { cls: 'badge ' + rs.verdict, title: (rs.reasons || []).join('\n') },
      rs.verdict + (rs.mergeWith ? ' \u2192 ' + rs.mergeWith : ''));
  }
  function bar(value, weak) {
    return el('span', { cls: 'bar' + (weak ? ' weak' : ''), title: pct(value) },
      el('i', { style: 'width:' + Math.max(2, Math.round(Math.min(1, Math.max(0, value)) * 100)) + '%' }));
  }
  function depText(d) {
    var parts = [];
    if (d.syncCalls > 0) { parts.push(num(d.syncCalls) + ' calls'); }
    if (d.events > 0) { parts.push(num(d.events) + ' events'); }
    if (d.structural > 0) { parts.push(num(d.structural) + ' structural'); }
    if (d.data > 0) { parts.push(num(d.data) + ' data'); }
    if (d.runtimeCalls > 0) { parts.push(num(d.runtimeCalls) + ' runtime'); }
    return parts.join(', ');
  }
  function esc(s) {
    return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }
  function matches(text, q) { return text.toLowerCase().indexOf(q) >= 0; }

  // ---------- header ----------
  function renderSummary() {
    var s = P.source || {};
    var summary = clear(document.getElementById('summary'));
    [plural(modules.length, 'module', 'modules') + (P.recommended ? ' (' + P.recommended + ')' : ''),
      plural(s.classes || 0, 'class', 'classes'), plural(s.tables || 0, 'table', 'tables'),
      plural((P.sharedKernel || []).length, 'shared-kernel class', 'shared-kernel classes'),
      'layout: ' + (s.packageLayout || 'unknown'), s.runtimeData ? 'with runtime data' : 'static only']
      .forEach(function (t) { summary.appendChild(el('span', { cls: 'pill' }, t)); });
    var footer = document.getElementById('footer');
    footer.textContent = 'Generated by ' + (P.generator || 'Carve') + ' from ' + (s.store || '?') + ' at ' +
      (s.generatedAt || '?') + '. Report format ' + DATA.reportVersion + '; proposal format ' + P.formatVersion + '.';
  }

  // ---------- graph ----------
  function moduleMatches(m, q) {
    if (!q) { return true; }
    if (matches(m.name, q) || (m.keywords || []).some(function (k) { return matches(k, q); })) { return true; }
    return (m.members || []).some(function (c) { return matches(c, q); });
  }

  function modulesOption() {
    var n = modules.length;
    var radius = 260;
    var q = state.query;
    var nodes = modules.map(function (m, i) {
      var angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, n);
      var dim = !moduleMatches(m, q);
      return {
        id: m.name, name: m.name, value: m.members.length,
        x: n === 1 ? 0 : Math.round(Math.cos(angle) * radius), y: n === 1 ? 0 : Math.round(Math.sin(angle) * radius),
        symbolSize: Math.min(90, 22 + 5 * Math.sqrt(m.members.length)),
        itemStyle: { color: colorOf[m.name], opacity: dim ? 0.15 : 1 },
        label: { show: true, position: 'bottom', fontWeight: 'bold', formatter: m.name + ' (' + m.members.length + ')', opacity: dim ? 0.3 : 1 }
      };
    });
    var maxTotal = Math.max.apply(null, (V.dependencies || []).map(function (d) { return d.total; }).concat([1]));
    var edges = (V.dependencies || []).map(function (d) {
      var eventsOnly = d.events > 0 && d.syncCalls + d.structural + d.data + d.runtimeCalls === 0;
      return {
        source: d.from, target: d.to, value: d.total, dep: d,
        lineStyle: {
          width: Math.min(8, 0.5 + Math.log(1 + d.total)), color: d.mutual ? '#cf222e' : '#8c959f',
          type: eventsOnly ? 'dashed' : 'solid', curveness: 0.18, opacity: Math.min(0.85, 0.25 + d.total / maxTotal)
        }
      };
    });
    return graphOption(nodes, edges, 'none');
  }

  function moduleOption(name) {
    var m = moduleByName[name];
    var q = state.query;
    var members = {};
    m.members.forEach(function (c) { members[c] = true; });
    var nodes = m.members.map(function (c) {
      var pl = placementByName[c];
      var margin = pl ? pl.margin : 1;
      var dim = q && !matches(c, q);
      return {
        id: c, name: simple(c), value: margin, kind: 'class', full: c,
        symbolSize: 12 + Math.round(10 * margin),
        itemStyle: { color: colorOf[name], borderColor: margin < 0.2 ? '#bf8700' : '#fff', borderWidth: margin < 0.2 ? 3 : 1, opacity: dim ? 0.15 : 1 },
        label: { show: m.members.length <= 60, position: 'right', fontSize: 11, opacity: dim ? 0.3 : 1 }
      };
    });
    var seen = {};
    var outside = {};
    var edges = [];
    m.members.forEach(function (c) {
      var pl = placementByName[c];
      (pl ? pl.ties : []).forEach(function (t) {
        if (members[t.other]) {
          var key = c < t.other ? c + '\u0000' + t.other : t.other + '\u0000' + c;
          if (seen[key]) { return; }
          seen[key] = true;
          edges.push({ source: c, target: t.other, value: t.weight, lineStyle: { width: Math.min(6, 0.5 + t.weight), color: '#8c959f', opacity: 0.6 } });
        } else if (t.module && t.module !== name) {
          var id = 'module:' + t.module;
          outside[id] = t.module;
          edges.push({ source: c, target: id, value: t.weight, lineStyle: { width: Math.min(6, 0.5 + t.weight), color: colorOf[t.module] || '#8c959f', type: 'dashed', opacity: 0.5 } });
        }
      });
    });
    Object.keys(outside).sort().forEach(function (id) {
      nodes.push({
        id: id, name: outside[id], kind: 'module', symbol: 'roundRect', symbolSize: 30,
        itemStyle: { color: colorOf[outside[id]] || '#6e7781', opacity: 0.35 },
        label: { show: true, position: 'bottom', fontWeight: 'bold' }
      });
    });
    return graphOption(nodes, edges, 'force');
  }

  function graphOption(nodes, edges, layout) {
    return {
      animation: false,
      tooltip: {
        formatter: function (p) {
          if (p.dataType === 'edge') {
            var d = p.data.dep;
            return esc(d ? (d.from + ' \u2192 ' + d.to + ': ' + depText(d) + (d.mutual ? ' (cycle)' : '')) : 'tie ' + num(p.data.value));
          }
          if (p.data.kind === 'class') { return esc(p.data.full) + '<br>margin ' + pct(p.data.value); }
          var m = moduleByName[p.data.name];
          return esc(m ? m.name + ': ' + plural(m.members.length, 'class', 'classes') + (m.rightSizing ? ', ' + m.rightSizing.verdict : '') : p.name);
        }
      },
      series: [{
        type: 'graph', layout: layout, roam: true, draggable: layout === 'force',
        force: { repulsion: 260, edgeLength: [60, 170], gravity: 0.08, layoutAnimation: false },
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 7,
        emphasis: { focus: 'adjacency' },
        data: nodes, links: edges
      }]
    };
  }

  function renderGraph() {
    if (!window.echarts) { return; }
    if (!chart) {
      chart = window.echarts.init(document.getElementById('graph'), null, { renderer: 'svg' });
      chart.on('click', function (p) {
        if (p.dataType !== 'node') { return; }
        if (state.view === 'modules') { drillInto(p.data.id); return; }
        if (p.data.kind === 'class') { showClass(p.data.id); } else { drillInto(p.data.name); }
      });
      window.addEventListener('resize', function () { chart.resize(); });
    }
    chart.setOption(state.view === 'modules' ? modulesOption() : moduleOption(state.module), true);
    var crumbs = clear(document.getElementById('crumbs'));
    var hint = document.getElementById('graph-hint');
    if (state.view === 'modules') {
      crumbs.appendChild(el('span', null, 'All modules'));
      hint.textContent = 'Click a module to drill down. Red edges: mutual dependencies (cycles); dashed: events only.';
    } else {
      crumbs.appendChild(el('a', { id: 'crumb-all', onclick: showOverview }, 'All modules'));
      crumbs.appendChild(document.createTextNode(' \u203a ' + state.module));
      hint.textContent = 'Classes of ' + state.module + ' and their strongest ties; outlined: weakly placed (margin < 20%).';
    }
  }

  /** The node's position in the chart's pixels, for tests and keyboard users (focus). */
  function nodePixel(id) {
    if (!chart) { return null; }
    var data = chart.getModel().getSeriesByIndex(0).getData();
    var idx = -1;
    for (var i = 0; i < data.count(); i++) { if (data.getId(i) === id) { idx = i; break; } }
    if (idx < 0) { return null; }
    var layout = data.getItemLayout(idx);
    var px = chart.convertToPixel({ seriesIndex: 0 }, layout);
    return { x: px[0], y: px[1] };
  }

  // ---------- details panel ----------
  function details() { return clear(document.getElementById('details')); }

  function showOverview() {
    state.view = 'modules';
    state.module = null;
    renderGraph();
    var d = details();
    d.appendChild(el('h2', null, 'Modules'));
    d.appendChild(el('div', { cls: 'sub' }, P.settings && P.settings.objective ? 'Recommended ' + P.recommended + ': ' + P.settings.objective : ''));
    var list = el('ul', { cls: 'plain', id: 'module-list' });
    modules.forEach(function (m) {
      if (!moduleMatches(m, state.query)) { return; }
      list.appendChild(el('li', { cls: 'module-item', 'data-module': m.name, onclick: function () { drillInto(m.name); } },
        dot(m.name), el('b', null, m.name), el('span', { cls: 'muted' }, plural(m.members.length, 'class', 'classes')),
        rankOf[m.name] ? el('span', { cls: 'muted' }, '#' + rankOf[m.name] + ' to extract') : null,
        verdictBadge(m.rightSizing)));
    });
    d.appendChild(list);
  }

  function drillInto(name) {
    if (!moduleByName[name]) { return; }
    state.view = 'module';
    state.module = name;
    renderGraph();
    showModule(name);
  }

  function depList(deps, other) {
    if (!deps.length) { return el('div', { cls: 'muted' }, 'none'); }
    return el('ul', { cls: 'plain' }, deps.map(function (dep) {
      var name = dep[other];
      var top = (dep.edges || []).slice(0, 3).map(function (e) {
        return el('div', { cls: 'sub' }, simple(e.from) + ' \u2192 ' + simple(e.to) + ' (' + e.kind + ' \u00d7' + num(e.count) + ')' + (e.location ? ' at ' + e.location : ''));
      });
      return el('li', null, dot(name), el('a', { onclick: function () { drillInto(name); } }, name), ': ' + depText(dep), top);
    }));
  }

  function showModule(name) {
    var m = moduleByName[name];
    var rs = m.rightSizing;
    var d = details();
    d.setAttribute('data-module', name);
    d.appendChild(el('h2', null, dot(name), name, ' ', verdictBadge(rs)));
    if (m.keywords && m.keywords.length) { d.appendChild(el('div', { cls: 'sub' }, 'keywords: ' + m.keywords.join(', '))); }
    d.appendChild(el('div', { cls: 'stats' },
      stat(m.members.length, 'classes'), stat(rs ? rs.linesOfCode : '', 'lines of code'),
      stat((m.entryPoints || []).length, 'entry points'), stat((m.ownedTables || []).length, 'owned tables'),
      stat(rankOf[name] ? '#' + rankOf[name] : '', 'extraction order'), stat((m.cycles || []).length, 'cycles')));
    if (rs && rs.reasons && rs.reasons.length) {
      d.appendChild(el('div', { cls: 'why' }, el('b', null, 'Verdict ' + rs.verdict + (rs.mergeWith ? ' with ' + rs.mergeWith : '') + ': '), rs.reasons.join('; ')));
      d.appendChild(el('div', { cls: 'stats', id: 'sizing-evidence' },
        stat(num(rs.couplingIn), 'coupling in'), stat(num(rs.syncCallsIn || 0), 'sync calls in'), stat(num(rs.couplingOut), 'coupling out'),
        stat(rs.partner ? rs.partner + ' ' + pct(rs.partnerShare || 0) : '–', 'strongest partner'),
        stat(String(rs.sharedTables), 'shared tables'), stat(String(rs.crossModuleTransactions), 'cross-module transactions'),
        stat(pct(rs.hotPathShare || 0), 'hot-path calls crossing'), stat(pct(rs.changeCoupling), 'change coupling'), stat(pct(rs.runtimeLoad), 'runtime load')));
      var cmd = verdictCommand(name, rs);
      if (cmd) { d.appendChild(el('div', { cls: 'sub' }, 'Next: ', el('code', null, cmd))); }
      if (rs.verdict === 'merge') { d.appendChild(el('div', { cls: 'sub' }, 'Next: pin its classes to ' + rs.mergeWith + ' in carve-constraints.yaml and re-run carve suggest.')); }
    }
    d.appendChild(el('h3', null, 'Depends on (synchronous calls and events)'));
    d.appendChild(depList(m.outgoing || [], 'to'));
    d.appendChild(el('h3', null, 'Used by'));
    d.appendChild(depList(m.incoming || [], 'from'));
    if (m.cycles && m.cycles.length) {
      d.appendChild(el('h3', null, 'Cycles'));
      d.appendChild(el('ul', { cls: 'plain' }, m.cycles.map(function (c) { return el('li', null, c.concat([c[0]]).join(' \u2192 ')); })));
    }
    if (m.ownedTables && m.ownedTables.length) {
      d.appendChild(el('h3', null, 'Owned tables'));
      d.appendChild(el('div', { cls: 'mono' }, m.ownedTables.join(', ')));
    }
    if (m.entryPoints && m.entryPoints.length) {
      d.appendChild(el('h3', null, 'Entry points'));
      d.appendChild(el('ul', { cls: 'plain mono' }, m.entryPoints.slice(0, 30).map(function (e) { return el('li', null, e); }),
        m.entryPoints.length > 30 ? el('li', { cls: 'muted' }, '\u2026 and ' + (m.entryPoints.length - 30) + ' more') : null));
    }
    d.appendChild(el('h3', null, 'Classes (click for why each is here)'));
    var list = el('ul', { cls: 'plain', id: 'class-list' });
    m.members.forEach(function (c) {
      var pl = placementByName[c];
      var margin = pl ? pl.margin : 1;
      list.appendChild(el('li', { cls: 'class-item' + (state.query && !matches(c, state.query) ? ' hidden' : ''), 'data-class': c, title: c, onclick: function () { showClass(c); } },
        el('span', { cls: 'name' }, simple(c)), pl && pl.pinned ? el('span', { cls: 'badge plain' }, 'pinned') : null,
        bar(margin, margin < 0.2)));
    });
    d.appendChild(list);
  }

  function stat(value, label) { return el('div', { cls: 'stat' }, el('b', null, String(value)), el('span', null, label)); }

  function showClass(name) {
    var pl = placementByName[name];
    var module = pl ? pl.module : null;
    if (module && moduleByName[module] && (state.view !== 'module' || state.module !== module)) {
      state.view = 'module';
      state.module = module;
      renderGraph();
    }
    highlight(name);
    var d = details();
    var box = el('div', { id: 'explanation', 'data-class': name });
    d.appendChild(box);
    if (module) {
      box.appendChild(el('a', { cls: 'back', onclick: function () { showModule(module); } }, '\u2190 ' + module));
    }
    box.appendChild(el('h2', null, simple(name)));
    box.appendChild(el('div', { cls: 'sub mono' }, name));
    if (!pl) {
      var k = kernelByName[name];
      box.appendChild(el('div', { cls: 'why' }, k ? 'Shared kernel: ' + k.reason : 'No placement recorded for this class.'));
      return;
    }
    box.appendChild(el('div', null, dot(pl.module), el('b', null, pl.module), ' ', el('span', { cls: 'badge plain' }, pl.role),
      pl.pinned ? el('span', { cls: 'badge plain', title: pl.pinned }, 'pinned: ' + pl.pinned) : null));
    var aff = pl.affinity || [];
    var why = el('div', { cls: 'why' });
    if (pl.pinned) {
      why.appendChild(el('div', null, 'Placed by the constraint ', el('code', null, pl.pinned), '.'));
    }
    if (aff.length) {
      why.appendChild(el('div', null, 'Why here: its ties into ', el('b', null, pl.module), ' weigh ' + num(aff[0].module === pl.module ? aff[0].weight : weightIn(aff, pl.module)) + '.'));
    }
    if (pl.secondBest) {
      why.appendChild(el('div', { cls: 'second-best' }, 'Second best: ', el('a', { onclick: function () { drillInto(pl.secondBest); } }, pl.secondBest),
        ' (' + num(weightIn(aff, pl.secondBest)) + '), margin ' + pct(pl.margin) + (pl.margin < 0.2 ? ': a borderline placement.' : '.')));
    } else {
      why.appendChild(el('div', { cls: 'second-best' }, 'No second-best module: all its ties are inside ' + pl.module + ' (margin ' + pct(pl.margin) + ').'));
    }
    box.appendChild(why);
    if (aff.length) {
      box.appendChild(el('h3', null, 'Affinity by module'));
      var total = aff.reduce(function (s, a) { return s + a.weight; }, 0) || 1;
      box.appendChild(el('ul', { cls: 'plain' }, aff.map(function (a) {
        return el('li', null, dot(a.module), a.module + ' ', bar(a.weight / total, false), ' ' + num(a.weight));
      })));
    }
    box.appendChild(el('h3', null, 'Strongest ties'));
    if (!pl.ties.length) {
      box.appendChild(el('div', { cls: 'muted' }, 'none'));
    } else {
      var t = el('table', { cls: 'grid ties' }, el('tr', null, el('th', null, 'class'), el('th', null, 'module'), el('th', null, 'weight'), el('th', null, 'signals')));
      pl.ties.forEach(function (tie) {
        var signals = Object.keys(tie.signals || {}).map(function (s) { return s + ' ' + num(tie.signals[s]); }).join(', ');
        t.appendChild(el('tr', null,
          el('td', { title: tie.other }, placementByName[tie.other] ? el('a', { onclick: function () { showClass(tie.other); } }, simple(tie.other)) : simple(tie.other)),
          el('td', null, dot(tie.module), tie.module), el('td', { cls: 'num' }, num(tie.weight)), el('td', null, signals)));
      });
      box.appendChild(t);
    }
    if (pl.tables && pl.tables.length) {
      box.appendChild(el('h3', null, 'Tables'));
      box.appendChild(el('ul', { cls: 'plain mono' }, pl.tables.map(function (u) { return el('li', null, u.table + ' (' + u.access + ')'); })));
    }
    if (pl.entryPoints && pl.entryPoints.length) {
      box.appendChild(el('h3', null, 'Entry points'));
      box.appendChild(el('ul', { cls: 'plain mono' }, pl.entryPoints.map(function (e) { return el('li', null, e); })));
    }
  }

  /** Emphasises the class and its ties in the graph. */
  function highlight(id) {
    if (!chart) { return; }
    var data = chart.getModel().getSeriesByIndex(0).getData();
    chart.dispatchAction({ type: 'downplay', seriesIndex: 0 });
    for (var i = 0; i < data.count(); i++) {
      if (data.getId(i) === id) { chart.dispatchAction({ type: 'highlight', seriesIndex: 0, dataIndex: i }); return; }
    }
  }

  function weightIn(aff, module) {
    for (var i = 0; i < aff.length; i++) { if (aff[i].module === module) { return aff[i].weight; } }
    return 0;
  }

  // ---------- search ----------
  function search(query) {
    state.query = query.trim().toLowerCase();
    var box = clear(document.getElementById('search-results'));
    var q = state.query;
    if (state.view === 'modules') { showOverview(); } else { renderGraph(); showModule(state.module); }
    if (!q) { box.hidden = true; return; }
    var results = [];
    modules.forEach(function (m) {
      if (matches(m.name, q) || (m.keywords || []).some(function (k) { return matches(k, q); })) {
        results.push({ kind: 'module', label: m.name, go: function () { drillInto(m.name); } });
      }
    });
    (P.classes || []).forEach(function (c) {
      if (matches(c.name, q)) { results.push({ kind: 'class', label: c.name, extra: c.module, go: function () { showClass(c.name); } }); }
    });
    (P.tables || []).forEach(function (t) {
      if (matches(t.table, q)) {
        results.push({ kind: 'table', label: t.table, extra: t.owner, go: function () { document.getElementById('table-' + t.table).scrollIntoView(); } });
      }
    });
    var shown = results.slice(0, 100);
    shown.forEach(function (r) {
      box.appendChild(el('a', { cls: 'result', 'data-kind': r.kind, onclick: function () { box.hidden = true; r.go(); } },
        el('span', { cls: 'kind' }, r.kind), r.kind === 'class' ? simple(r.label) : r.label,
        r.extra ? el('span', { cls: 'muted' }, ' \u00b7 ' + r.extra) : null,
        r.kind === 'class' ? el('div', { cls: 'sub' }, r.label) : null));
    });
    if (!results.length) { box.appendChild(el('div', { cls: 'empty' }, 'No module, class or table matches \u201c' + query + '\u201d.')); }
    if (results.length > shown.length) { box.appendChild(el('div', { cls: 'empty' }, (results.length - shown.length) + ' more; refine the search.')); }
    box.hidden = false;
  }

  // ---------- sections ----------
  function renderMatrix() {
    var box = document.getElementById('table-matrix');
    var mx = V.tableMatrix || { modules: [], rows: [] };
    if (!mx.rows.length) { box.appendChild(el('p', { cls: 'muted' }, 'No tables in the analyzed graph.')); return; }
    box.appendChild(el('p', { cls: 'muted' }, '\u25cf owner (writes or reads most), W another module writes it, R another module only reads it. Shared tables need a resolution before their owner is extracted.'));
    var t = el('table', { cls: 'grid matrix', id: 'ownership-matrix' });
    t.appendChild(el('tr', null, el('th', null, 'table'), mx.modules.map(function (m) { return el('th', null, dot(m), m); }), el('th', null, 'resolution')));
    mx.rows.forEach(function (r) {
      t.appendChild(el('tr', { id: 'table-' + r.table, cls: r.shared ? 'shared' : '' }, el('th', { cls: 'mono' }, r.table),
        mx.modules.map(function (m) {
          var c = r.cells[m];
          return el('td', { cls: 'cell ' + (c || ''), title: c ? m + ' ' + (c === 'owner' ? 'owns' : c + 's') + ' ' + r.table : '' },
            c === 'owner' ? '\u25cf' : c === 'write' ? 'W' : c === 'read' ? 'R' : '');
        }),
        el('td', null, r.shared ? el('span', { cls: 'badge shared' }, r.resolution) : '', r.shared ? r.reason : '')));
    });
    box.appendChild(t);
  }

  function renderMetrics() {
    var box = document.getElementById('metrics');
    var values = (P.metrics && P.metrics.values) || {};
    var unconstrained = (P.constraints && P.constraints.unconstrainedMetrics && P.constraints.unconstrainedMetrics.values) || {};
    var names = Object.keys(values);
    if (!names.length) { box.appendChild(el('p', { cls: 'muted' }, 'No metrics in the proposal.')); return; }
    var hasUnconstrained = Object.keys(unconstrained).length > 0;
    var t = el('table', { cls: 'grid', id: 'metrics-table' }, el('tr', null, el('th', null, 'metric'), el('th', null, 'value'),
      hasUnconstrained ? el('th', null, 'without constraints') : null, el('th', null, 'better'), el('th', null, 'meaning')));
    names.forEach(function (n) {
      t.appendChild(el('tr', null, el('td', null, n), el('td', { cls: 'num' }, num(values[n])),
        hasUnconstrained ? el('td', { cls: 'num' }, num(unconstrained[n])) : null,
        el('td', null, HIGHER_BETTER.indexOf(n) >= 0 ? 'higher' : 'lower'), el('td', { cls: 'muted' }, METRIC_HELP[n] || '')));
    });
    box.appendChild(t);
  }

  function renderCandidates() {
    var box = document.getElementById('candidates');
    var cands = V.candidates || [];
    var byId = {};
    (P.candidates || []).forEach(function (c) { byId[c.id] = c; });
    if (!cands.length) { box.appendChild(el('p', { cls: 'muted' }, 'No candidates in the proposal.')); return; }
    box.appendChild(el('p', { cls: 'muted' }, 'Each column is one decomposition of the resolution sweep; bold marks the best value of a metric among them. The bottom row shows where each candidate module\u2019s classes sit in the recommended decomposition.'));
    var metricNames = [];
    cands.forEach(function (c) { Object.keys(byId[c.id].metrics.values || {}).forEach(function (n) { if (metricNames.indexOf(n) < 0) { metricNames.push(n); } }); });
    var t = el('table', { cls: 'grid', id: 'candidates-table' });
    t.appendChild(el('tr', null, el('th', null, ''), cands.map(function (c) {
      return el('th', { cls: c.recommended ? 'recommended' : '' }, c.id + (c.recommended ? ' (recommended)' : ''));
    })));
    function row(label, fn, best) {
      t.appendChild(el('tr', null, el('th', null, label), cands.map(function (c) {
        return el('td', { cls: 'num' + (c.recommended ? ' recommended' : '') + (best && c.bestAt.indexOf(best) >= 0 ? ' best' : '') }, fn(c));
      })));
    }
    row('modules', function (c) { return String(c.moduleCount); });
    row('resolution', function (c) { return num(c.resolution); });
    row('objective', function (c) { return num(c.objective); });
    metricNames.forEach(function (n) { row(n, function (c) { return num(byId[c.id].metrics.values[n]); }, n); });
    t.appendChild(el('tr', null, el('th', null, 'modules (from recommended)'), cands.map(function (c) {
      return el('td', { cls: 'composition' + (c.recommended ? ' recommended' : '') }, c.modules.map(function (m) {
        return el('div', null, el('b', null, m.name), ' (' + m.classes + ') \u2190 ' + m.from.slice(0, 3).map(function (f) { return f.module + ' ' + f.classes; }).join(', '));
      }));
    })));
    box.appendChild(t);
  }

  function renderExtraction() {
    var box = document.getElementById('extraction');
    var steps = P.extractionOrder || [];
    if (!steps.length) { box.appendChild(el('p', { cls: 'muted' }, 'No extraction order in the proposal.')); return; }
    steps.forEach(function (s) {
      var cuts = s.cuts || [];
      var shown = cuts.slice(0, 8);
      var rest = cuts.slice(8);
      box.appendChild(el('div', { cls: 'step', 'data-module': s.module },
        el('span', { cls: 'rank' }, String(s.rank)), dot(s.module), el('a', { onclick: function () { drillInto(s.module); document.getElementById('overview').scrollIntoView(); } }, el('b', null, s.module)),
        el('span', { cls: 'muted' }, '  difficulty ' + num(s.difficulty) + ' \u00b7 ' + plural(s.classes, 'class', 'classes') + ' \u00b7 ' +
          num(s.incomingDependencies) + ' incoming dependencies \u00b7 ' + plural(s.sharedTables, 'shared table', 'shared tables') +
          (s.cycleWith && s.cycleWith.length ? ' \u00b7 in a cycle with ' + s.cycleWith.join(', ') : '')),
        cuts.length ? el('ul', null, shown.map(function (c) { return el('li', null, el('span', { cls: 'badge plain' }, c.action), c.text); })) : el('div', { cls: 'muted' }, 'No cuts needed.'),
        rest.length ? el('details', null, el('summary', null, rest.length + ' more cuts'), el('ul', null, rest.map(function (c) { return el('li', null, el('span', { cls: 'badge plain' }, c.action), c.text); }))) : null));
    });
  }

  function renderSizing() {
    var box = document.getElementById('sizing');
    var sized = modules.filter(function (m) { return m.rightSizing && m.rightSizing.verdict; });
    if (!sized.length) { box.appendChild(el('p', { cls: 'muted' }, 'The proposal carries no right-sizing verdicts.')); return; }
    var t = el('table', { cls: 'grid', id: 'sizing-table' }, el('tr', null, ['module', 'verdict', 'classes', 'lines', 'coupling in', 'coupling out',
      'dependents', 'shared tables', 'cross-module transactions', 'hot-path calls crossing', 'change coupling', 'runtime load', 'reasons'].map(function (h) { return el('th', null, h); })));
    sized.forEach(function (m) {
      var r = m.rightSizing;
      t.appendChild(el('tr', null, el('td', null, dot(m.name), m.name), el('td', null, verdictBadge(r)), el('td', { cls: 'num' }, String(r.classes)),
        el('td', { cls: 'num' }, String(r.linesOfCode)), el('td', { cls: 'num' }, num(r.couplingIn)), el('td', { cls: 'num' }, num(r.couplingOut)),
        el('td', { cls: 'num' }, String(r.dependents)), el('td', { cls: 'num' }, String(r.sharedTables)), el('td', { cls: 'num' }, String(r.crossModuleTransactions)),
        el('td', { cls: 'num' }, pct(r.hotPathShare || 0)), el('td', { cls: 'num' }, pct(r.changeCoupling)),
        el('td', { cls: 'num' }, pct(r.runtimeLoad)), el('td', null, (r.reasons || []).join('; '))));
    });
    box.appendChild(t);
  }

  function renderMore() {
    var box = document.getElementById('more');
    var kernel = P.sharedKernel || [];
    box.appendChild(el('h3', null, 'Shared kernel (' + kernel.length + ')'));
    box.appendChild(kernel.length ? el('table', { cls: 'grid', id: 'kernel-table' }, el('tr', null, el('th', null, 'class'), el('th', null, 'used by'), el('th', null, 'home module'), el('th', null, 'why')),
      kernel.map(function (k) { return el('tr', null, el('td', { cls: 'mono' }, k.name), el('td', null, (k.usedBy || []).join(', ')), el('td', null, k.homeModule), el('td', null, k.reason)); }))
      : el('p', { cls: 'muted' }, 'No shared kernel proposed.'));
    var dead = P.deadCode || [];
    box.appendChild(el('h3', null, 'Dead code (' + dead.length + ')'));
    box.appendChild(dead.length ? el('ul', { cls: 'plain' }, dead.map(function (x) {
      return el('li', null, el('code', null, x.name), ' ' + x.reason + (x.location ? ' (' + x.location + ')' : ''));
    })) : el('p', { cls: 'muted' }, 'No dead code found.'));
    var c = P.constraints || {};
    if (c.outcomes && c.outcomes.length) {
      box.appendChild(el('h3', null, 'Constraints (' + c.file + '), cost ' + num(c.cost)));
      box.appendChild(el('table', { cls: 'grid' }, el('tr', null, ['constraint', 'kind', 'classes', 'moved', 'weight cut'].map(function (h) { return el('th', null, h); })),
        c.outcomes.map(function (o) { return el('tr', null, el('td', { cls: 'mono' }, o.constraint), el('td', null, o.kind), el('td', { cls: 'num' }, String(o.classes)), el('td', { cls: 'num' }, String(o.moved)), el('td', { cls: 'num' }, num(o.weightCut))); })));
    }
    var signals = (P.source && P.source.signals) || [];
    if (signals.length) {
      box.appendChild(el('h3', null, 'Signals'));
      box.appendChild(el('table', { cls: 'grid' }, el('tr', null, el('th', null, 'signal'), el('th', null, 'weight'), el('th', null, 'class pairs')),
        signals.map(function (s) { return el('tr', null, el('td', null, s.name), el('td', { cls: 'num' }, num(s.weight)), el('td', { cls: 'num' }, String(s.pairs))); })));
    }
    var st = P.settings || {};
    box.appendChild(el('p', { cls: 'muted' }, 'Seed ' + st.seed + '; resolutions ' + (st.resolutions || []).join(', ') + '; profile ' + (st.profile || 'default') +
      (st.forcedModules ? '; forced to ' + st.forcedModules + ' modules' : '') + '.'));
    var notes = P.notes || [];
    if (notes.length) {
      box.appendChild(el('h3', null, 'Notes'));
      box.appendChild(el('ul', null, notes.map(function (n) { return el('li', null, n); })));
    }
  }

  // ---------- start ----------
  renderSummary();
  showOverview();
  renderMatrix();
  renderMetrics();
  renderCandidates();
  renderExtraction();
  renderSizing();
  renderMore();
  // links into the report: #module=<name> drills into a module, #class=<name> opens a class's explanation
  var hash = decodeURIComponent(window.location.hash.substring(1));
  if (hash.indexOf('module=') === 0) { drillInto(hash.substring(7)); }
  if (hash.indexOf('class=') === 0 && placementByName[hash.substring(6)]) { showClass(hash.substring(6)); }
  var input = document.getElementById('search');
  input.addEventListener('input', function () { search(input.value); });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') { document.getElementById('search-results').hidden = true; }
  });
  window.carveReport = {
    data: DATA, state: state, nodePixel: nodePixel, drillInto: drillInto, showClass: showClass,
    nodeCount: function () { return chart ? chart.getModel().getSeriesByIndex(0).getData().count() : 0; }
  };
}());
