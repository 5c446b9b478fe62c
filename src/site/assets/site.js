/* hanke site: the front page's filters.
 *
 * Progressive enhancement: without this script the whole table is there.
 * With it, the filters hide the rows that do not match (the `hidden`
 * attribute on each <tr>), and the filter lives in the URL query with the
 * names and meaning of `hanke list`'s options, so
 * `index.html?salkku=KONSTI&hae=johtaminen` shows exactly the rows of
 * `hanke list --salkku KONSTI --hae johtaminen`.
 *
 * The comparisons mirror src/report/filter.rs; the page's data block holds
 * each row's values already normalised by the same Rust code, so only what
 * the reader types is normalised here, the way filter.rs normalises it.
 * A value `hanke list` would refuse shows the reason and no rows, as the
 * command prints nothing. No text is inserted as HTML.
 */
(function () {
  'use strict';

  var dataElement = document.getElementById('hanke-data');
  if (!dataElement) { return; }
  var data = JSON.parse(dataElement.textContent);
  var T = data.t;
  var PARAMS = ['salkku', 'vaihe', 'rahoittaja', 'toteuttaja', 'vuosi', 'paahanke', 'hae'];
  var VAIHEET = ['suunnitteilla', 'käynnissä', 'päättynyt', 'keskeytetty'];

  // Rust's str::trim: characters with the White_Space property.
  var WS = '[\\t\\n\\u000b\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
  var TRIM = new RegExp('^' + WS + '+|' + WS + '+$', 'g');
  function trim(s) { return s.replace(TRIM, ''); }

  // char::to_lowercase one character at a time (no context rules).
  function lowerChars(s) {
    var out = '';
    for (var c of s) { out += c.toLowerCase(); }
    return out;
  }
  // render::fi::search_fold: NFD, marks removed, lowercase.
  function searchFold(s) { return lowerChars(s.normalize('NFD').replace(/\p{M}/gu, '')); }
  // model::fold_ascii: lowercase, ä and å → a, ö → o.
  function foldAscii(s) { return lowerChars(s).replace(/[äå]/g, 'a').replace(/ö/g, 'o'); }
  // str::eq_ignore_ascii_case
  function asciiLower(s) { return s.replace(/[A-Z]/g, function (c) { return c.toLowerCase(); }); }

  var orgs = new Map(Object.entries(data.orgs));
  // filter.rs org_key: the registry's canonical name of a name or alias, lowercased.
  function orgKey(name) {
    var k = trim(name).toLowerCase();
    return orgs.has(k) ? orgs.get(k) : k;
  }
  // Vaihe::parse
  function parseVaihe(text) {
    if (VAIHEET.indexOf(text) >= 0) { return text; }
    var folded = foldAscii(trim(text));
    for (var i = 0; i < VAIHEET.length; i++) {
      if (foldAscii(VAIHEET[i]) === folded) { return VAIHEET[i]; }
    }
    return null;
  }
  // clap's i32 parser: an optional sign and digits, within i32.
  function parseYear(text) {
    if (!/^[+-]?[0-9]+$/.test(text)) { return null; }
    var n = BigInt(text);
    if (n < -2147483648n || n > 2147483647n) { return null; }
    return Number(n);
  }
  var knownCodes = data.codes.concat(data.record_salkut).map(asciiLower);
  var knownIds = new Set(data.other_ids);
  data.rows.forEach(function (r) { knownIds.add(r.id); });

  /* The rows a query selects, as filter.rs selects them: filters AND, the
     values of one repeated filter OR. Returns {errors, visible}. */
  function select(params) {
    var f = {}, errors = [];
    PARAMS.forEach(function (p) { f[p] = []; });
    params.getAll('vaihe').forEach(function (v) {
      var parsed = parseVaihe(v);
      if (parsed === null) { errors.push(T.unknown_vaihe + ' “' + v + '”'); } else { f.vaihe.push(parsed); }
    });
    params.getAll('vuosi').forEach(function (v) {
      var y = parseYear(v);
      if (y === null) { errors.push(T.bad_vuosi + ' “' + v + '”'); } else { f.vuosi.push(y); }
    });
    params.getAll('salkku').forEach(function (v) {
      var code = trim(v);
      if (knownCodes.indexOf(asciiLower(code)) < 0) { errors.push(T.unknown_salkku + ' “' + v + '”'); }
      f.salkku.push(code.toLowerCase());
    });
    params.getAll('paahanke').forEach(function (v) {
      var id = trim(v);
      if (!knownIds.has(id)) { errors.push(T.unknown_paahanke + ' “' + v + '”'); }
      f.paahanke.push(id);
    });
    f.rahoittaja = params.getAll('rahoittaja').map(orgKey);
    f.toteuttaja = params.getAll('toteuttaja').map(orgKey);
    f.hae = params.getAll('hae').map(function (v) { return searchFold(trim(v)); });
    var visible = data.rows.map(function (r) { return errors.length === 0 && matches(f, r); });
    return { errors: errors, visible: visible };
  }

  function any(list, test) {
    for (var i = 0; i < list.length; i++) { if (test(list[i])) { return true; } }
    return false;
  }
  function runsIn(r, y) {
    if (y < data.min_year || y > data.max_year) { return false; }
    return r.a !== null && r.a <= y && (r.l === null || r.l >= y);
  }
  function matches(f, r) {
    return (f.salkku.length === 0 || (r.s !== null && f.salkku.indexOf(r.s) >= 0)) &&
      (f.vaihe.length === 0 || (r.v !== null && f.vaihe.indexOf(r.v) >= 0)) &&
      (f.rahoittaja.length === 0 || any(r.r, function (k) { return f.rahoittaja.indexOf(k) >= 0; })) &&
      (f.toteuttaja.length === 0 || any(r.t, function (k) { return f.toteuttaja.indexOf(k) >= 0; })) &&
      (f.vuosi.length === 0 || any(f.vuosi, function (y) { return runsIn(r, y); })) &&
      (f.paahanke.length === 0 || (r.p !== null && f.paahanke.indexOf(r.p) >= 0)) &&
      (f.hae.length === 0 || any(f.hae, function (q) { return any(r.h, function (h) { return h.indexOf(q) >= 0; }); }));
  }

  /* Money: exact sums in cents (BigInt), printed as lang::format::euro does
     in the page's language: `1 047 935,50 €` or `€1,047,935.50`. */
  function cents(plain) {
    if (plain === null) { return null; }
    var parts = plain.split('.');
    return BigInt(parts[0]) * 100n + BigInt(((parts[1] || '') + '00').slice(0, 2));
  }
  var money = data.rows.map(function (r) { return [cents(r.m[0]), cents(r.m[1])]; });
  var NBSP = '\u00a0';
  function euro(c) {
    if (c === null) { return T.unknown; }
    var whole = (c / 100n).toString(), rest = c % 100n;
    var en = T.lang === 'en';
    var grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, en ? ',' : NBSP);
    var number = rest === 0n ? grouped : grouped + (en ? '.' : ',') + rest.toString().padStart(2, '0');
    return en ? '€' + number : number + NBSP + '€';
  }
  function status(visible) {
    var shown = 0, plan = null, actual = null;
    for (var i = 0; i < visible.length; i++) {
      if (!visible[i]) { continue; }
      shown++;
      if (money[i][0] !== null) { plan = (plan === null ? 0n : plan) + money[i][0]; }
      if (money[i][1] !== null) { actual = (actual === null ? 0n : actual) + money[i][1]; }
    }
    var of = visible.length;
    return T.showing + ' ' + shown + ' / ' + of + ' ' + (of === 1 ? T.one : T.many) +
      ' · ' + T.planned + ' ' + euro(plan) + ' · ' + T.actual + ' ' + euro(actual);
  }

  window.hankeSite = {
    /* For tests and for the curious: the ids a query string selects. */
    select: function (search) {
      var result = select(new URLSearchParams(search));
      return {
        errors: result.errors,
        ids: data.rows.filter(function (r, i) { return result.visible[i]; }).map(function (r) { return r.id; }),
        status: status(result.visible)
      };
    }
  };

  var form = document.getElementById('suodattimet');
  var table = document.getElementById('hankkeet');
  if (!form || !table) { return; }
  // A plain array: indexing a live HTMLCollection 10 000 times per keystroke costs.
  var trs = Array.prototype.slice.call(table.tBodies[0].rows);
  var statusLine = document.getElementById('tila');
  var errorBox = document.getElementById('f-virhe');
  var empty = document.getElementById('ei-hankkeita');
  var others = document.getElementById('f-muut');
  var shownNow = data.rows.map(function () { return true; });

  function apply(params) {
    var result = select(params);
    var visible = result.visible;
    for (var i = 0; i < trs.length; i++) {
      if (visible[i] !== shownNow[i]) {
        trs[i].hidden = !visible[i];
        shownNow[i] = visible[i];
      }
    }
    statusLine.textContent = status(visible);
    errorBox.hidden = result.errors.length === 0;
    errorBox.textContent = result.errors.length ? T.filter_error + ' ' + result.errors.join('; ') : '';
    empty.hidden = result.errors.length > 0 || visible.indexOf(true) >= 0;
    var parents = params.getAll('paahanke');
    others.hidden = parents.length === 0;
    others.textContent = parents.length ? T.paahanke + ': ' + parents.join(', ') : '';
  }

  function controls(name) { return form.querySelectorAll('[name="' + name + '"]'); }

  function writeForm(params) {
    PARAMS.forEach(function (name) {
      var values = params.getAll(name);
      Array.prototype.forEach.call(controls(name), function (c) {
        if (c.type === 'checkbox') {
          c.checked = values.some(function (v) { return trim(v).toLowerCase() === c.value.toLowerCase() || parseVaihe(v) === c.value; });
        } else if (c.tagName === 'SELECT') {
          var v = values.length ? values[0] : '';
          if (v !== '' && !Array.prototype.some.call(c.options, function (o) { return o.value === v; })) {
            c.add(new Option(v, v));
          }
          c.value = v;
        } else {
          c.value = values.length ? values[0] : '';
        }
      });
    });
  }

  function query(params) {
    var ordered = new URLSearchParams();
    PARAMS.forEach(function (name) { params.getAll(name).forEach(function (v) { ordered.append(name, v); }); });
    return ordered;
  }

  var current = query(new URLSearchParams(window.location.search));

  function changed(event) {
    var name = event.target.name;
    if (PARAMS.indexOf(name) < 0) { return; }
    var next = new URLSearchParams(current);
    next.delete(name);
    Array.prototype.forEach.call(controls(name), function (c) {
      if (c.type === 'checkbox') {
        if (c.checked) { next.append(name, c.value); }
      } else if (c.value !== '') {
        next.append(name, c.value);
      }
    });
    update(query(next));
  }

  function update(params) {
    current = params;
    var search = params.toString();
    try {
      window.history.replaceState(null, '', search ? '?' + search : window.location.pathname);
    } catch (e) { /* some browsers refuse on file:// — the filter still applies */ }
    apply(params);
  }

  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  document.getElementById('f-tyhjenna').addEventListener('click', function () {
    writeForm(new URLSearchParams());
    update(new URLSearchParams());
  });

  writeForm(current);
  apply(current);
  // Open on wide screens, and whenever the link holds a filter; on a phone
  // the table comes first and the filters are one tap away.
  var frame = document.getElementById('f-kehys');
  if (frame && (current.toString() !== '' || window.matchMedia('(min-width: 40rem)').matches)) {
    frame.open = true;
  }
  form.hidden = false;
}());
