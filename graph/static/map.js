/* The relationship map: legend, filters, search and the side panel.
 * All text from the reports is put in the page with textContent, never as HTML.
 * window.cppccMap exposes the data sets and the page's own handlers (tests and
 * benchmarks drive the page through it). */
(function () {
  'use strict';

  var timings = { start: performance.now() };
  var data = JSON.parse(document.getElementById('map-data').textContent);
  timings.parsed = performance.now();
  var byId = data.nodes;
  var details = data.details;
  var typeInfo = {};
  data.types.forEach(function (t) { typeInfo[t.type] = t; });
  var kindInfo = {};
  data.edgeKinds.forEach(function (k) { kindInfo[k.kind] = k; });
  var LIST_LIMIT = 100;
  var TITLE_LIMIT = 40;

  var hiddenTypes = new Set();
  var hiddenKinds = new Set(data.edgeKinds.filter(function (k) { return k.hidden; })
    .map(function (k) { return k.kind; }));
  var city = -1;

  function nodeShown(n) {
    return !hiddenTypes.has(n.type) && (city < 0 || n.cities.indexOf(city) >= 0);
  }
  function edgeShown(e) {
    return !hiddenKinds.has(e.kind) && nodeShown(byId[e.from]) && nodeShown(byId[e.to]);
  }

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var nodeView = new vis.DataView(nodes, { filter: nodeShown });
  var edgeView = new vis.DataView(edges, { filter: edgeShown });
  timings.datasets = performance.now();

  var adjacency = byId.map(function () { return []; });
  data.edges.forEach(function (e) {
    adjacency[e.from].push(e.id);
    adjacency[e.to].push(e.id);
  });

  // --- DOM helpers: text only ---------------------------------------------------------------
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function clear(node) {
    while (node.firstChild) { node.removeChild(node.firstChild); }
  }
  function section(parent, title) {
    parent.appendChild(el('h3', '', title));
    var list = el('ul');
    parent.appendChild(list);
    return list;
  }
  function nodeLink(id) {
    var link = el('button', 'link', details[id].label);
    link.type = 'button';
    link.addEventListener('click', function () { select(id); });
    return link;
  }
  function sourceLine(docIndex) {
    var doc = data.docs[docIndex];
    var title = doc.title.length > TITLE_LIMIT ? doc.title.slice(0, TITLE_LIMIT - 1) + '…' : doc.title;
    return el('span', 'source', title ? doc.source + ' · ' + title : doc.source);
  }
  function evidenceList(parent, refs, total) {
    var list = el('ul', 'evidence');
    refs.forEach(function (ref) {
      var sentence = data.sentences[ref[0]];
      var text = sentence[1];
      var item = el('li');
      if (ref[1] >= 0) {
        item.appendChild(document.createTextNode(text.slice(0, ref[1])));
        item.appendChild(el('mark', '', text.slice(ref[1], ref[2])));
        item.appendChild(document.createTextNode(text.slice(ref[2])));
      } else {
        item.appendChild(document.createTextNode(text));
      }
      item.appendChild(sourceLine(sentence[0]));
      list.appendChild(item);
    });
    parent.appendChild(list);
    if (total > refs.length) {
      parent.appendChild(el('p', 'note', '显示 ' + refs.length + ' 句，共 ' + total + ' 句'));
    }
  }
  function limited(list, items, render) {
    items.slice(0, LIST_LIMIT).forEach(function (item) { list.appendChild(render(item)); });
    if (items.length > LIST_LIMIT) {
      list.appendChild(el('li', 'note', '……共 ' + items.length + ' 项'));
    }
  }

  // --- Legend and filters ----------------------------------------------------------------------
  function legendRow(list, mark, name, count, onToggle, checked) {
    var item = el('li');
    var label = el('label');
    var box = el('input');
    box.type = 'checkbox';
    box.checked = checked !== false;
    box.addEventListener('change', function () { onToggle(box.checked); });
    label.appendChild(box);
    label.appendChild(mark);
    label.appendChild(el('span', '', name));
    label.appendChild(el('span', 'count', count));
    item.appendChild(label);
    list.appendChild(item);
    return box;
  }
  var typeBoxes = {};
  data.types.forEach(function (t) {
    var mark = el('span', 'swatch ' + t.shape);
    mark.style.background = t.color;
    typeBoxes[t.type] = legendRow(document.getElementById('legend-types'), mark, t.name, t.count,
      function (on) { setType(t.type, on); });
  });
  var kindBoxes = {};
  data.edgeKinds.forEach(function (k) {
    var mark = el('span', k.dashes ? 'line dashed' : 'line');
    mark.style.borderTopColor = k.color;
    kindBoxes[k.kind] = legendRow(document.getElementById('legend-edges'), mark, k.name, k.count,
      function (on) { setEdgeKind(k.kind, on); }, !k.hidden);
  });
  var citySelect = document.getElementById('city');
  data.cities.forEach(function (c, i) {
    var option = el('option', '', c.label + '（' + c.count + '）');
    option.value = String(i);
    citySelect.appendChild(option);
  });
  citySelect.addEventListener('change', function () {
    setCity(citySelect.value === '' ? -1 : Number(citySelect.value));
  });

  function refresh() {
    nodeView.refresh();
    edgeView.refresh();
    document.getElementById('counts').textContent =
      '显示 ' + nodeView.length + ' / ' + nodes.length + ' 个节点，' +
      edgeView.length + ' / ' + edges.length + ' 条关系';
  }
  function setType(type, on) {
    if (on) { hiddenTypes.delete(type); } else { hiddenTypes.add(type); }
    if (typeBoxes[type]) { typeBoxes[type].checked = on; }
    refresh();
  }
  function setEdgeKind(kind, on) {
    if (on) { hiddenKinds.delete(kind); } else { hiddenKinds.add(kind); }
    if (kindBoxes[kind]) { kindBoxes[kind].checked = on; }
    refresh();
  }
  function setCity(index) {
    city = index >= 0 && index < data.cities.length ? index : -1;
    citySelect.value = city < 0 ? '' : String(city);
    refresh();
  }
  function showAll() {
    hiddenTypes.clear();
    hiddenKinds.clear();
    Object.keys(typeBoxes).forEach(function (t) { typeBoxes[t].checked = true; });
    Object.keys(kindBoxes).forEach(function (k) { kindBoxes[k].checked = true; });
    setCity(-1);
  }

  // --- Search --------------------------------------------------------------------------------
  function norm(text) {
    return String(text).normalize('NFKC').replace(/[\s“”‘’「」《》〈〉『』"']/g, '').toLowerCase();
  }
  var names = details.map(function (d) { return [norm(d.label)].concat(d.aliases.map(norm)); });
  function find(query) {
    var q = norm(query);
    if (!q) { return []; }
    var hits = [];
    names.forEach(function (list, id) {
      var rank = 9;
      list.forEach(function (name, i) {
        var r = name === q ? 0 : name.indexOf(q) === 0 ? 2 : name.indexOf(q) > 0 ? 4 : 9;
        rank = Math.min(rank, r + (i > 0 ? 1 : 0));
      });
      if (rank < 9) { hits.push([rank, -adjacency[id].length, details[id].label, id]); }
    });
    hits.sort(function (a, b) {
      for (var i = 0; i < a.length; i++) {
        if (a[i] < b[i]) { return -1; }
        if (a[i] > b[i]) { return 1; }
      }
      return 0;
    });
    return hits.slice(0, 30).map(function (h) { return h[3]; });
  }
  var searchBox = document.getElementById('search');
  var results = document.getElementById('results');
  function showResults(ids) {
    clear(results);
    ids.forEach(function (id) {
      var item = el('li', '', details[id].label);
      item.appendChild(el('span', 'muted', typeInfo[byId[id].type].name + (nodeShown(byId[id]) ? '' : '（已筛除）')));
      item.addEventListener('click', function () { select(id); results.hidden = true; });
      results.appendChild(item);
    });
    if (!ids.length && searchBox.value.trim()) { results.appendChild(el('li', 'muted', '没有匹配的节点')); }
    results.hidden = !searchBox.value.trim();
  }
  searchBox.addEventListener('input', function () { showResults(find(searchBox.value)); });
  searchBox.addEventListener('keydown', function (event) {
    if (event.key === 'Enter') {
      var ids = find(searchBox.value);
      if (ids.length) { select(ids[0]); }
      results.hidden = true;
    } else if (event.key === 'Escape') {
      results.hidden = true;
    }
  });
  function search(query) {
    var ids = find(query);
    if (ids.length) { select(ids[0]); }
    return ids;
  }

  // --- Side panel ----------------------------------------------------------------------------
  var panel = document.getElementById('panel');
  var body = document.getElementById('panel-body');
  var selected = null;
  document.getElementById('panel-close').addEventListener('click', hidePanel);
  function hidePanel() {
    panel.hidden = true;
    selected = null;
  }
  function heading(title, subtitle) {
    clear(body);
    body.appendChild(el('h2', '', title));
    body.appendChild(el('div', 'type', subtitle));
    panel.hidden = false;
  }
  function showNode(id) {
    var node = byId[id];
    var d = details[id];
    selected = { node: id };
    var kind = d.kind ? ' · ' + (data.kindNames[d.kind] || d.kind) : '';
    heading(d.label, typeInfo[node.type].name + kind + (d.code ? ' · ' + d.code : ''));
    if (d.aliases.length) {
      limited(section(body, '别名'), d.aliases, function (a) { return el('li', '', a); });
    }
    if (d.report) {
      var facts = section(body, '报告');
      [['文件', d.report.source], ['标题', d.report.title], ['会议', d.report.meeting],
        ['日期', d.report.date], ['地点', d.report.place], ['报告人', d.report.presenter]]
        .forEach(function (row) { if (row[1]) { facts.appendChild(el('li', '', row[0] + '：' + row[1])); } });
    }
    var roles = [];
    var members = [];
    var related = [];
    var mentioned = [];
    adjacency[id].forEach(function (edgeId) {
      var e = data.edges[edgeId];
      var other = e.from === id ? e.to : e.from;
      if (e.kind === 'Membership') {
        (e.from === id ? roles : members).push([e.title, other]);
      } else if (e.kind === 'mentionedIn') {
        if (e.from === id) { return; }
        mentioned.push(['', other]);
      } else {
        related.push([kindInfo[e.kind].name + (e.from === id ? ' → ' : ' ← '), other]);
      }
    });
    function row(pair, before) {
      var item = el('li', '', before ? pair[0] : '');
      item.appendChild(nodeLink(pair[1]));
      if (!before && pair[0]) { item.appendChild(document.createTextNode('（' + pair[0] + '）')); }
      return item;
    }
    if (roles.length || d.posts.length) {
      var posts = section(body, '职务');
      limited(posts, roles, function (p) {
        var item = el('li', '', p[0] + ' · ');
        item.appendChild(nodeLink(p[1]));
        return item;
      });
      d.posts.forEach(function (post) { posts.appendChild(el('li', '', post)); });
    }
    if (members.length) { limited(section(body, '成员'), members, function (p) { return row(p, false); }); }
    if (related.length) { limited(section(body, '关系'), related, function (p) { return row(p, true); }); }
    if (mentioned.length) { limited(section(body, '提及的实体'), mentioned, function (p) { return row(p, false); }); }
    if (!d.report && d.docs.length) {
      limited(section(body, '来源报告（' + d.docs.length + '）'), d.docs, function (doc) {
        var item = el('li');
        item.appendChild(sourceLine(doc));
        return item;
      });
    }
    if (d.evidence.length) {
      body.appendChild(el('h3', '', '原文证据'));
      evidenceList(body, d.evidence, d.evidenceTotal);
    }
  }
  function showEdge(edgeId) {
    var e = data.edges[edgeId];
    selected = { edge: edgeId };
    heading(kindInfo[e.kind].name, e.label ? e.title : '');
    var ends = section(body, '两端');
    var from = el('li', '', '从 ');
    from.appendChild(nodeLink(e.from));
    var to = el('li', '', '到 ');
    to.appendChild(nodeLink(e.to));
    ends.appendChild(from);
    ends.appendChild(to);
    var refs = data.edgeEvidence[edgeId];
    body.appendChild(el('h3', '', '原文证据'));
    if (refs.length) {
      evidenceList(body, refs, refs.length);
    } else {
      body.appendChild(el('p', 'note', e.kind === 'mentionedIn' ? '见节点的原文证据' : '来自行政区划等参考数据'));
    }
  }

  function select(id) {
    if (!byId[id]) { return false; }
    if (!nodeShown(byId[id])) { showAll(); }
    network.selectNodes([id]);
    // Open the panel first: it narrows the canvas, and vis-network only notices a resize later,
    // moving the view off the node. setSize() measures the canvas now, so the focus holds.
    showNode(id);
    network.setSize();
    network.focus(id, { scale: Math.max(network.getScale(), 1.2), animation: false });
    return true;
  }

  // --- The network ---------------------------------------------------------------------------
  var api = window.cppccMap = {
    data: data, nodes: nodes, edges: edges, nodeView: nodeView, edgeView: edgeView,
    ready: false, readyAt: null, timings: timings,
    find: find, search: search, select: select, showEdge: showEdge,
    setType: setType, setEdgeKind: setEdgeKind, setCity: setCity, showAll: showAll,
    selected: function () { return selected; },
  };
  var network = api.network = new vis.Network(
    document.getElementById('network'), { nodes: nodeView, edges: edgeView }, data.options);
  timings.network = performance.now();
  network.once('afterDrawing', function () {
    api.readyAt = timings.drawn = performance.now();
    api.ready = true;
    document.body.setAttribute('data-ready', '1');
  });
  network.on('click', function (params) {
    if (params.nodes.length) {
      showNode(params.nodes[0]);
    } else if (params.edges.length) {
      showEdge(params.edges[0]);
    } else {
      hidePanel();
    }
  });
  document.getElementById('fit').addEventListener('click', function () { network.fit(); });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && event.target !== searchBox) { hidePanel(); }
  });
  refresh();
})();
