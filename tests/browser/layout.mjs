// The HTML documents as a reader's browser shows them: the example contract,
// checklist and report rendered by zio, opened in Debian's headless Chromium
// (driven by playwright-core) at 1280 px and at 390 px wide, and in print
// media at A4's text width. Fails when a word in a table cell is split over
// two lines (other than after a hyphen) or overflows its cell, when a column
// is narrower than its longest word, when the page scrolls sideways at
// 1280 px or in print, or when axe-core finds a WCAG 2.1 A/AA violation.
//
// node layout.mjs --zio PATH --chromium PATH --node-modules DIR --out DIR   (from the source root)
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const arg = (name) => {
  const i = process.argv.indexOf(name);
  if (i < 0 || i + 1 >= process.argv.length) throw new Error(`missing ${name}`);
  return process.argv[i + 1];
};
const zio = arg("--zio");
const chromiumPath = arg("--chromium");  // Debian's /usr/bin/chromium
const out = path.resolve(arg("--out"));
const require = createRequire(path.join(path.resolve(arg("--node-modules")), "noop.js"));
const { chromium } = require("playwright-core");
const axeSource = require("axe-core").source;

mkdirSync(out, { recursive: true });
const documents = [];
const render = (name, args) => {
  const file = path.join(out, name);
  execFileSync(zio, [...args, "-o", file], { stdio: ["ignore", "ignore", "inherit"] });
  documents.push(file);
};
for (const region of ["hart-van-brabant", "gemengde-clusters"]) {
  render(`${region}.contract.html`, ["render", "contract", `examples/${region}.yaml`]);
  render(`${region}.checklist.html`, ["render", "checklist", `examples/${region}.yaml`]);
}
render("concept-met-gaten.checklist.html", ["render", "checklist", "examples/concept-met-gaten.yaml"]);
render("concept-met-gaten.contract.html", ["render", "contract", "--concept", "examples/concept-met-gaten.yaml"]);
render("rapportage.html", ["report", "examples"]);
// The redline: <ins>/<del> and the legend must meet the same contrast and layout.
render("hart-van-brabant.sinds-concept.contract.html",
  ["render", "contract", "examples/hart-van-brabant.yaml", "--sinds", "examples/concept-met-gaten.yaml"]);

// In the page: every word of every table cell, as the browser laid it out.
function measureTables() {
  const problems = [];
  const cells = [...document.querySelectorAll("th, td")];
  for (const cell of cells) {
    const label = `${cell.closest("table") ? [...document.querySelectorAll("table")].indexOf(cell.closest("table")) + 1 : "?"}` +
      `:${cell.parentElement.rowIndex + 1}:${cell.cellIndex + 1} "${cell.textContent.trim().slice(0, 40)}"`;
    if (cell.scrollWidth > cell.clientWidth)
      problems.push(`cell ${label}: content ${cell.scrollWidth}px wider than the cell ${cell.clientWidth}px`);
    const style = getComputedStyle(cell);
    const inner = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      // Words as a reader sees them: only ordinary white space separates
      // them (a no-break space keeps "€ 1.450.000" one word), and a line may
      // break after a hyphen, dash or slash ("Midden-" / "Brabant"), as in
      // print; any other break inside a word is a split word.
      for (const m of text.data.matchAll(/[^ \t\n\r\-\u2013\/]+[\-\u2013\/]*|[\-\u2013\/]+/g)) {
        const range = document.createRange();
        range.setStart(text, m.index);
        range.setEnd(text, m.index + m[0].length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        const lines = new Set(rects.map((r) => Math.round(r.top)));
        if (lines.size > 1) problems.push(`cell ${label}: the word "${m[0]}" is split over ${lines.size} lines`);
        const width = range.getBoundingClientRect().width;
        if (lines.size <= 1 && width > inner + 0.5)
          problems.push(`cell ${label}: the word "${m[0]}" (${width.toFixed(1)}px) is wider than its column (${inner.toFixed(1)}px)`);
      }
    }
  }
  return { problems, cells: cells.length };
}

const profile = mkdtempSync(path.join(tmpdir(), "zio-chromium-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath,
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const failures = [];
try {
  const page = context.pages()[0] ?? (await context.newPage());
  for (const file of documents) {
    // 1280 and 390 px on screen; 605 px in print (A4's 16 cm text width).
    for (const [width, media] of [[1280, "screen"], [390, "screen"], [605, "print"]]) {
      await page.emulateMedia({ media });
      await page.setViewportSize({ width, height: 900 });
      await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
      const name = `${path.basename(file)} at ${width}px${media === "print" ? " in print" : ""}`;
      const { problems, cells } = await page.evaluate(measureTables);
      if (cells === 0) failures.push(`${name}: no table cells at all`);
      for (const p of problems) failures.push(`${name}: ${p}`);
      if (width === 1280 || media === "print") {
        const scroll = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
        if (scroll[0] > scroll[1]) failures.push(`${name}: the page scrolls sideways (${scroll[0]}px in ${scroll[1]}px)`);
      }
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(() =>
        axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
      for (const v of result.violations)
        failures.push(`${name}: axe ${v.id} (${v.impact}): ${v.help}; ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
      console.log(`${name}: ${cells} cells, ${problems.length} layout problems, ${result.violations.length} axe violations`);
    }
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
if (failures.length) {
  console.error(failures.join("\n"));
  process.exit(1);
}
