/** Inline stylesheet: the report is one file with no external assets. Okabe-Ito colours for matches. */
export const STYLE = `
:root { --strong: #0072B2; --medium: #009E73; --weak: #E69F00; --flag: #D55E00; --ink: #1a1a1a; --muted: #5a5a5a; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #f4f4f2; }
a { color: #0b5cad; }
a:focus-visible, button:focus-visible, [tabindex]:focus-visible { outline: 3px solid #000; outline-offset: 2px; }
.skip { position: absolute; left: -999px; } .skip:focus { left: 8px; top: 8px; background: #fff; padding: 4px 8px; z-index: 9; }
header { padding: 16px 24px; background: #fff; border-bottom: 1px solid #ddd; }
header h1 { margin: 0; font-size: 1.3rem; } header p { margin: 4px 0 0; color: var(--muted); }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(320px, 2fr); gap: 24px; padding: 24px; }
.pages { display: flex; flex-direction: column; gap: 24px; }
.page { margin: 0; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
.page svg { display: block; width: 100%; height: auto; }
.page figcaption { font-size: .8rem; color: var(--muted); padding: 4px 8px; }
.paper { fill: #fff; }
.text { fill: #222; font-family: Helvetica, Arial, sans-serif; white-space: pre; }
.text.heading { font-weight: 700; }
.text.hidden-text { fill: #999; font-style: italic; }
.order { fill: #999; font-family: monospace; }
.match { fill-opacity: .28; } .match.strong { fill: var(--strong); } .match.medium { fill: var(--medium); } .match.weak { fill: var(--weak); }
.hidden-box { fill: none; stroke: var(--flag); stroke-dasharray: 3 2; stroke-width: 1; }
.flag { fill: none; stroke: var(--flag); stroke-width: 1.2; }
.band { fill: rgba(213,94,0,.08); stroke: var(--flag); stroke-dasharray: 4 3; stroke-width: .6; }
.gutter { stroke: var(--flag); stroke-width: 1.2; stroke-dasharray: 6 3; }
.image { fill: rgba(0,0,0,.04); stroke: #555; stroke-dasharray: 2 2; }
.line:target .text, .line.focus .text { fill: #000; }
.line:target rect.match, .line.focus rect.match { fill-opacity: .55; }
.line.focus { outline: none; }
.line.focus .text { text-decoration: underline; }
aside section { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 12px 16px; margin-bottom: 16px; }
aside h2 { font-size: 1.05rem; margin: 0 0 8px; }
.gauges { display: grid; grid-template-columns: repeat(5, 1fr); gap: 6px; text-align: center; }
.gauge { margin: 0; } .gauge svg { width: 100%; max-width: 96px; } .gauge .value { font-size: 22px; font-weight: 700; fill: var(--ink); }
.gauge .track { stroke: #e5e5e5; } .gauge .arc { stroke: var(--strong); }
.gauge.low .arc { stroke: var(--flag); } .gauge.mid .arc { stroke: var(--weak); }
.gauge figcaption { font-size: .8rem; color: var(--muted); }
ul.check { list-style: none; padding: 0; margin: 0; } ul.check li { padding: 4px 0; border-bottom: 1px solid #f0f0f0; }
.status { display: inline-block; min-width: 5.5em; font-weight: 600; }
.status.met { color: #006b4f; } .status.not-met { color: #a13f00; } .status.unclear { color: #7a5600; }
.legend span { display: inline-block; margin-right: 12px; font-size: .85rem; }
.legend i { display: inline-block; width: 12px; height: 12px; margin-right: 4px; vertical-align: -1px; }
.legend .strong { background: var(--strong); } .legend .medium { background: var(--medium); } .legend .weak { background: var(--weak); } .legend .flag { border: 2px solid var(--flag); }
pre.ats-text { white-space: pre-wrap; font: 12px/1.45 ui-monospace, Menlo, Consolas, monospace; max-height: 480px; overflow: auto; background: #fafafa; padding: 8px; margin: 0; }
.marker { color: #a13f00; font-weight: 700; }
.gain { font-variant-numeric: tabular-nums; font-weight: 700; }
@media (max-width: 900px) { main { grid-template-columns: 1fr; } }
@media print {
  body { background: #fff; } main { display: block; padding: 0; } .skip { display: none; }
  .page { box-shadow: none; break-after: page; } aside section { break-inside: avoid; }
  pre.ats-text { max-height: none; overflow: visible; }
}
`;

/** Focuses the line a link points at, so keyboard users land on it and screen readers announce it. */
export const SCRIPT = `
function focusTarget() {
  var id = decodeURIComponent(location.hash.slice(1));
  document.querySelectorAll('.line.focus').forEach(function (el) { el.classList.remove('focus'); });
  var target = id && document.getElementById(id);
  if (!target || !target.classList.contains('line')) return;
  target.classList.add('focus');
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'center' });
}
/** Moves each highlight onto the exact glyphs it covers, measured from the drawn text. */
function placeHighlights() {
  document.querySelectorAll('g.line').forEach(function (group) {
    var text = group.querySelector('text.text');
    if (!text || !text.getNumberOfChars) return;
    var count = text.getNumberOfChars();
    group.querySelectorAll('rect.match').forEach(function (rect) {
      var from = Number(rect.dataset.from), to = Math.min(Number(rect.dataset.to), count);
      if (!(to > from)) return;
      var start = text.getStartPositionOfChar(from).x, end = text.getEndPositionOfChar(to - 1).x;
      rect.setAttribute('x', String(start));
      rect.setAttribute('width', String(Math.max(1, end - start)));
    });
  });
}
window.addEventListener('hashchange', focusTarget);
window.addEventListener('DOMContentLoaded', function () { placeHighlights(); focusTarget(); });
`;
