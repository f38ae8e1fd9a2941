// The services index: filter the coverage matrix by category or exam. The columns of the other services hide,
// and so do the notes that cover none of those left; without JavaScript the whole matrix shows.
(function () {
  'use strict';
  var filter = document.querySelector('.matrix-filter');
  var table = document.querySelector('.coverage-matrix');
  if (!filter || !table) return;
  var select = filter.querySelector('select');
  var status = filter.querySelector('.matrix-status');
  var heads = table.tHead.rows[0].cells;
  var rows = table.tBodies[0].rows;
  var style = document.createElement('style');
  document.head.appendChild(style);

  function keeps(th, value) {
    var colon = value.indexOf(':');
    var kind = value.slice(0, colon), name = value.slice(colon + 1);
    if (kind === 'category') return th.getAttribute('data-category') === name;
    return (' ' + th.getAttribute('data-exams') + ' ').indexOf(' ' + name + ' ') >= 0;
  }

  function apply() {
    var value = select.value;
    var kept = [], hidden = [];
    for (var i = 1; i < heads.length; i++) {
      (!value || keeps(heads[i], value) ? kept : hidden).push(i);
    }
    // One rule for the hidden columns rather than a style on each of thousands of cells.
    style.textContent = hidden.length ? hidden.map(function (i) {
      return '.coverage-matrix tr > :nth-child(' + (i + 1) + ')';
    }).join(',') + '{display:none}' : '';
    var notes = 0;
    for (var r = 0; r < rows.length; r++) {
      var cells = rows[r].cells, covers = false;
      for (var k = 0; k < kept.length && !covers; k++) covers = cells[kept[k]].className === 'covers';
      rows[r].hidden = !covers;
      if (covers) notes++;
    }
    status.textContent = notes + (notes === 1 ? ' note' : ' notes') + ' × ' + kept.length
      + (kept.length === 1 ? ' service' : ' services');
  }

  select.addEventListener('change', apply);
  filter.hidden = false;
  apply();
})();
