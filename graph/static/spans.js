/* Initiatives × cities: the matrix, its filters and the evidence panel.
 * All text from the reports is put in the page with textContent, never as HTML.
 * window.cppccSpans exposes the data and the page's own handlers. */
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('spans-data').textContent);
  var TITLE_LIMIT = 40;
  var placed = [];
  var unplaced = [];
  data.rows.forEach(function (row, index) { (row.cells.length ? placed : unplaced).push(index); });

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function clear(node) {
    while (node.firstChild) { node.removeChild(node.firstChild); }
  }
  function norm(text) {
    return String(text).normalize('NFKC').replace(/[\s“”‘’「」《》〈〉『』"']/g, '').toLowerCase();
  }

  // --- The matrix ----------------------------------------------------------------------------
  var thead = document.querySelector('#matrix thead');
  var tbody = document.querySelector('#matrix tbody');
  var provinces = el('tr', 'provinces');
  var cityRow = el('tr', 'cities');
  var corner = el('th', 'corner', '品牌举措 \\ 城市');
  corner.rowSpan = 2;
  provinces.appendChild(corner);
  var group = null;
  data.cities.forEach(function (city) {
    if (!group || group.textContent !== city.province) {
      group = el('th', '', city.province);
      group.colSpan = 1;
      provinces.appendChild(group);
    } else {
      group.colSpan += 1;
    }
    var th = el('th');
    th.appendChild(el('span', '', city.label));
    th.title = city.province ? city.province + ' · ' + city.label : city.label;
    cityRow.appendChild(th);
  });
  thead.appendChild(provinces);
  thead.appendChild(cityRow);

  var rowElements = {};
  var buttons = {};
  placed.forEach(function (index) {
    var row = data.rows[index];
    var tr = el('tr');
    var th = el('th');
    var name = el('button', '', row.label);
    name.type = 'button';
    name.title = row.label;
    name.addEventListener('click', function () { showRow(index); });
    th.appendChild(name);
    th.appendChild(el('span', 'n', row.cells.length));
    tr.appendChild(th);
    var byCity = {};
    row.cells.forEach(function (cell) { byCity[cell[0]] = cell; });
    data.cities.forEach(function (city, c) {
      var td = el('td');
      var cell = byCity[c];
      if (cell) {
        var button = el('button', cell[2] < 2 ? 'few' : cell[2] < 5 ? 'some' : '', cell[2]);
        button.type = 'button';
        button.title = row.label + ' · ' + city.label + '：' + cell[2] + ' 条证据';
        button.addEventListener('click', function () { select(index, c); });
        buttons[index + ':' + c] = button;
        td.appendChild(button);
      }
      tr.appendChild(td);
    });
    rowElements[index] = tr;
    tbody.appendChild(tr);
  });
  var unplacedSection = document.getElementById('unplaced');
  var unplacedList = unplacedSection.querySelector('ul');
  unplaced.forEach(function (index) {
    var item = el('li');
    var name = el('button', '', data.rows[index].label);
    name.type = 'button';
    name.className = 'link';
    name.addEventListener('click', function () { showRow(index); });
    item.appendChild(name);
    rowElements[index] = item;
    unplacedList.appendChild(item);
  });
  unplacedSection.hidden = !unplaced.length;

  // --- Filters -------------------------------------------------------------------------------
  var names = data.rows.map(function (row) { return [norm(row.label)].concat(row.aliases.map(norm)); });
  var query = '';
  var minCities = 1;
  function rowShown(index) {
    var row = data.rows[index];
    if (row.cells.length && row.cells.length < minCities) { return false; }
    if (!row.cells.length && minCities > 1) { return false; }
    return !query || names[index].some(function (name) { return name.indexOf(query) >= 0; });
  }
  function refresh() {
    var rows = 0;
    var cells = 0;
    data.rows.forEach(function (row, index) {
      var shown = rowShown(index);
      rowElements[index].hidden = !shown;
      if (shown && row.cells.length) {
        rows += 1;
        cells += row.cells.length;
      }
    });
    document.getElementById('counts').textContent =
      '显示 ' + rows + ' / ' + placed.length + ' 个举措，' + cells + ' 个有证据的格子';
    return rows;
  }
  var filterBox = document.getElementById('filter');
  filterBox.addEventListener('input', function () { filter(filterBox.value); });
  var minSelect = document.getElementById('min-cities');
  minSelect.addEventListener('change', function () { setMinCities(Number(minSelect.value)); });
  function filter(text) {
    query = norm(text);
    if (filterBox.value !== text) { filterBox.value = text; }
    return refresh();
  }
  function setMinCities(n) {
    minCities = n > 0 ? n : 1;
    minSelect.value = String(minCities);
    return refresh();
  }

  // --- Evidence panel ------------------------------------------------------------------------
  var panel = document.getElementById('panel');
  var body = document.getElementById('panel-body');
  var selectedButton = null;
  document.getElementById('panel-close').addEventListener('click', function () { panel.hidden = true; });
  function heading(title, subtitle) {
    clear(body);
    body.appendChild(el('h2', '', title));
    if (subtitle) { body.appendChild(el('div', 'sub', subtitle)); }
    panel.hidden = false;
  }
  function sourceLine(docIndex) {
    var doc = data.docs[docIndex];
    var title = doc.title.length > TITLE_LIMIT ? doc.title.slice(0, TITLE_LIMIT - 1) + '…' : doc.title;
    return el('span', 'source', title ? doc.source + ' · ' + title : doc.source);
  }
  function evidenceItem(item) {
    var li = el('li');
    if (item.ref) {
      var text = data.sentences[item.ref[0]][1];
      if (item.ref[1] >= 0) {
        li.appendChild(document.createTextNode(text.slice(0, item.ref[1])));
        li.appendChild(el('mark', '', text.slice(item.ref[1], item.ref[2])));
        li.appendChild(document.createTextNode(text.slice(item.ref[2])));
      } else {
        li.appendChild(document.createTextNode(text));
      }
    } else {
      li.appendChild(el('span', 'note', '报告提及此举措（无句子位置）'));
    }
    if (item.place) { li.appendChild(el('span', 'source', '涉及地点：' + item.place)); }
    li.appendChild(sourceLine(item.doc));
    return li;
  }
  function select(index, cityIndex) {
    var row = data.rows[index];
    var cell = row && row.cells.filter(function (c) { return c[0] === cityIndex; })[0];
    if (!cell) { return false; }
    if (selectedButton) { selectedButton.classList.remove('selected'); }
    selectedButton = buttons[index + ':' + cityIndex];
    selectedButton.classList.add('selected');
    var city = data.cities[cityIndex];
    heading(row.label, (city.province ? city.province + ' · ' : '') + city.label);
    body.appendChild(el('h3', '', '原文证据'));
    var list = el('ul', 'evidence');
    cell[1].forEach(function (item) { list.appendChild(evidenceItem(item)); });
    body.appendChild(list);
    if (cell[2] > cell[1].length) {
      body.appendChild(el('p', 'note', '显示 ' + cell[1].length + ' 条，共 ' + cell[2] + ' 条'));
    }
    return true;
  }
  function showRow(index) {
    var row = data.rows[index];
    heading(row.label, row.cells.length ? '覆盖 ' + row.cells.length + ' 个城市' : '未能确定城市');
    if (row.aliases.length) {
      body.appendChild(el('h3', '', '别名'));
      var aliases = el('ul');
      row.aliases.forEach(function (a) { aliases.appendChild(el('li', '', a)); });
      body.appendChild(aliases);
    }
    if (row.cells.length) {
      body.appendChild(el('h3', '', '城市'));
      var cities = el('ul');
      row.cells.forEach(function (cell) {
        var item = el('li');
        var link = el('button', 'link', data.cities[cell[0]].label + '（' + cell[2] + '）');
        link.type = 'button';
        link.addEventListener('click', function () { select(index, cell[0]); });
        item.appendChild(link);
        cities.appendChild(item);
      });
      body.appendChild(cities);
    }
    body.appendChild(el('h3', '', '来源报告'));
    var docs = el('ul');
    row.docs.forEach(function (d) {
      var item = el('li');
      item.appendChild(sourceLine(d));
      docs.appendChild(item);
    });
    body.appendChild(docs);
  }

  refresh();
  var api = window.cppccSpans = {
    data: data,
    ready: false,
    readyAt: null,
    filter: filter,
    setMinCities: setMinCities,
    select: select,
    showRow: showRow,
    rowCount: function () { return placed.filter(rowShown).length; },
    cellCount: function () {
      return placed.filter(rowShown).reduce(function (n, i) { return n + data.rows[i].cells.length; }, 0);
    },
  };
  // Ready once the matrix has been laid out and painted: the frame after the first one.
  requestAnimationFrame(function () {
    setTimeout(function () {
      api.readyAt = performance.now();
      api.ready = true;
      document.body.setAttribute('data-ready', '1');
    }, 0);
  });
})();
