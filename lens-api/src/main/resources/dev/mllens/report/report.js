(function () {
  'use strict';
  var form = document.getElementById('filters');
  var findings = Array.prototype.slice.call(document.querySelectorAll('article.finding'));
  var questions = Array.prototype.slice.call(document.querySelectorAll('section.question'));
  var shown = document.getElementById('shown');
  function checked(name) {
    var set = {};
    Array.prototype.forEach.call(form.querySelectorAll('input[name="' + name + '"]'), function (box) {
      if (box.checked) { set[box.value] = true; }
    });
    return set;
  }
  function apply() {
    var statuses = checked('status'), risks = checked('risk'), pillar = form.elements.pillar.value;
    var count = 0;
    findings.forEach(function (f) {
      var visible = statuses[f.dataset.status] === true && risks[f.dataset.risk] === true
          && (pillar === 'ALL' || f.dataset.pillar === pillar);
      f.hidden = !visible;
      if (visible) { count++; }
    });
    questions.forEach(function (q) { q.hidden = q.querySelector('article.finding:not([hidden])') === null; });
    shown.textContent = 'Showing ' + count + ' of ' + findings.length + ' findings';
  }
  function showAll() {
    Array.prototype.forEach.call(form.querySelectorAll('input[type=checkbox]'), function (box) { box.checked = true; });
    form.elements.pillar.value = 'ALL';
    apply();
  }
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  document.getElementById('show-all').addEventListener('click', showAll);
  // a heat map cell or a plan entry must reach its findings even when a filter hides them
  Array.prototype.forEach.call(document.querySelectorAll('a.to-findings'), function (a) {
    a.addEventListener('click', function () {
      var target = document.getElementById(a.getAttribute('href').slice(1));
      if (target !== null && (target.hidden || target.querySelector('article.finding:not([hidden])') === null)) { showAll(); }
    });
  });
  // print every finding with its evidence, whatever the filters
  var opened = [];
  window.addEventListener('beforeprint', function () {
    Array.prototype.forEach.call(document.querySelectorAll('details:not([open])'), function (d) { d.open = true; opened.push(d); });
  });
  window.addEventListener('afterprint', function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });
  apply();
}());
