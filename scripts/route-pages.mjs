// Every route's own page for the served build: index.html with that route's title,
// description and link-preview (Open Graph) tags, written as <route>.html (hosts such as
// GitHub Pages, Netlify and Cloudflare Pages serve /q/<id> from q/<id>.html, without the
// redirect to a trailing slash that <route>/index.html would cost), so that a shared link
// shows its own preview and search engines see each page by name. The app starts from any of them as from index.html. Also robots.txt and sitemap.xml,
// with addresses under the public URL.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const APP = "ML Interview Prep";

const escape = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

/** Shortened to at most `n` characters, at a word boundary, with an ellipsis. */
function clip(text, n) {
  const t = String(text).replace(/\s+/g, " ").trim();
  if (t.length <= n) return t;
  const cut = t.slice(0, n - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), n / 2))}…`;
}

/**
 * The page group (see src/split/lazy_pages.rs) whose code a route's page needs: its route
 * page preloads that code alongside the main module instead of after it.
 */
function groupOf(path) {
  if (path === "") return null;
  if (/^(browse|q\/|companies|tips)/.test(path)) return "catalog_pages";
  if (/^(today|plan|progress|data)/.test(path)) return "practice_pages";
  if (/^interview/.test(path)) return "interview_pages";
  if (/^(questions\/new|lists)/.test(path)) return "own_pages";
  return null;
}

/**
 * For each split point of the route-split build, the files it loads: its own module and the
 * shared chunks it depends on, read from the loader wasm-split wrote (`__wasm_split.js`).
 * Empty for a build without it (the loader's form changed, or the build is not split).
 */
export function splitFiles(stage, html) {
  const loader = html.match(/href="([^"]*\/)__wasm_split\.js"/);
  if (!loader) return {};
  const dir = loader[1];
  let js;
  try {
    js = readFileSync(join(stage, dir.replace(/^.*?(app-[0-9a-f]+\/)$/, "$1"), "__wasm_split.js"), "utf8");
  } catch {
    return {};
  }
  // name=[a(]s(()=>{const t=fetch(new URL("./file",...)...},[deps])
  const entry = /([\w$]+)=(?:a\()?s\(\(\)=>\{const t=fetch\(new URL\("\.\/([^"]+)",import\.meta\.url\)\)[^}]*\}[^}]*\},\[([^\]]*)\]/g;
  const byName = new Map();
  for (const [, name, file, deps] of js.matchAll(entry)) {
    byName.set(name, { file, deps: deps.split(",").map((d) => d.trim()).filter(Boolean) });
  }
  const files = (name, seen = new Set()) => {
    const e = byName.get(name);
    if (!e || seen.has(name)) return [];
    seen.add(name);
    return [e.file, ...e.deps.flatMap((d) => files(d, seen))];
  };
  const out = {};
  for (const name of byName.keys()) {
    const group = name.match(/^__wasm_split_load_(\w+)$/);
    if (group) out[group[1]] = files(name).map((f) => `${dir}${f}`);
  }
  return out;
}

/** Every route of the app with its page title (as the app sets it) and a description. */
export function routes(catalog) {
  const n = catalog.questions.length;
  const out = [
    { path: "", title: "", description: `Practise ${n} machine-learning interview questions offline: search, key points, spaced review, a plan to your interview date and mock interviews for ${catalog.companies.length} companies.` },
    { path: "browse", title: "Browse questions", description: `All ${n} questions of the guide by section, difficulty, company, year and round type, searchable with typos and abbreviations.` },
    { path: "companies", title: "Company interview processes", description: `How ${catalog.companies.map((c) => c.name).join(", ")} run their ML interview loops, with the questions each has asked.` },
    { path: "tips", title: "Tips and resources", description: `${catalog.tips.length} preparation tips and ${catalog.resources.length} learning resources for ML interviews.` },
    { path: "today", title: "Today", description: "Today's practice: the reviews that are due and new questions for your interview, from the keyboard." },
    { path: "plan", title: "Your plan", description: "Plan to your interview date: coverage, predicted recall and the workload of the next 30 days." },
    { path: "progress", title: "Your progress", description: "Your progress per section, streaks and activity." },
    { path: "data", title: "Your data", description: "Export, import or reset your progress, kept in this browser." },
    { path: "interview", title: "Mock interview", description: "Rehearse a company's interview loop or a single round against the clock." },
    { path: "interview/history", title: "Past interviews", description: "Your past mock interviews and their scores." },
    { path: "lists", title: "Your lists", description: "Your lists of questions: for an interview or a weak spot, in the order you want to practise them." },
    { path: "questions/new", title: "Add your own question", description: "Add a question of your own: practised, reviewed and drawn in mock interviews like the guide's." },
  ];
  for (const c of catalog.companies) {
    out.push({
      path: `companies/${c.id}`,
      title: `${c.name} ML interview process`,
      description: clip(`How ${c.name} interviews for ML roles: ${c.stages.map((s) => s.name).join(", ")}. Focus: ${c.focus_areas.join(", ")}.`, 200),
    });
  }
  for (const q of catalog.questions) {
    const section = catalog.sections.find((s) => s.id === q.section)?.title || "";
    const from = q.company ? ` Asked at ${q.company}${q.year ? ` (${q.year})` : ""}.` : "";
    out.push({
      path: `q/${q.id}`,
      title: q.text,
      ogTitle: q.text,
      description: clip(`${section} interview question.${from} Practise it with the key points a strong answer covers.`, 200),
    });
  }
  return out;
}

/**
 * `html` (the served index.html) with the route's title, description and preview tags, and
 * preload hints for the code of the route's page (`preloads`: file addresses).
 */
export function pageFor(html, route, preloads = []) {
  const title = route.title ? `${route.title} · ${APP}` : APP;
  const tags = [
    `<meta name="description" content="${escape(route.description)}">`,
    `<meta property="og:site_name" content="${APP}">`,
    `<meta property="og:type" content="website">`,
    `<meta property="og:title" content="${escape(route.ogTitle || title)}">`,
    `<meta property="og:description" content="${escape(route.description)}">`,
    `<meta name="twitter:card" content="summary">`,
  ].join("\n  ");
  // The served index.html already carries the home page's preview tags: drop them, so a
  // route's page has one of each (its own).
  const bare = html.replace(/[ \t]*<meta (?:property="og:|name="twitter:)[^>]*>\n?/g, "");
  const withDescription = bare.replace(/<meta name="description"[^>]*>/, () => tags);
  if (withDescription === bare) throw new Error("index.html has no <meta name=\"description\"> to replace");
  const hints = preloads.map((href) => `<link rel="preload" href="${escape(href)}" as="fetch" type="application/wasm" crossorigin="anonymous">`).join("");
  return withDescription
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escape(title)}</title>`)
    .replace("</head>", () => `${hints}</head>`);
}

/** Pages that show only the visitor's own data: written, but not in the sitemap. */
const PERSONAL = ["today", "plan", "progress", "data", "interview", "interview/history", "lists", "questions/new"];

/** Writes every route's page, robots.txt and sitemap.xml into `stage`; returns the files. */
export function writeRoutePages(stage, source, html, publicUrl) {
  const catalog = JSON.parse(readFileSync(join(source, "public", "catalog.json"), "utf8"));
  const base = publicUrl.endsWith("/") ? publicUrl : `${publicUrl}/`;
  const written = [];
  const split = splitFiles(stage, html);
  for (const route of routes(catalog)) {
    if (route.path === "") {
      // The home page is index.html itself.
      continue;
    }
    const file = `${route.path}.html`;
    mkdirSync(dirname(join(stage, file)), { recursive: true });
    writeFileSync(join(stage, file), pageFor(html, route, split[groupOf(route.path)] || []));
    written.push(file);
  }
  const loc = (path) => `${base}${path}`;
  const sitemap = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...routes(catalog)
      .filter((r) => !PERSONAL.includes(r.path))
      .map((r) => `  <url><loc>${escape(loc(r.path))}</loc></url>`),
    "</urlset>",
    "",
  ].join("\n");
  writeFileSync(join(stage, "sitemap.xml"), sitemap);
  // robots.txt may name the sitemap only by its full address: with a public URL that is a
  // path, crawlers are left to find sitemap.xml (or be given it) instead of reading an invalid line.
  const sitemapLine = /^https?:\/\//.test(base)
    ? `Sitemap: ${loc("sitemap.xml")}\n`
    : `# The sitemap is ${loc("sitemap.xml")}; build with an absolute --public-url to name it here.\n`;
  writeFileSync(join(stage, "robots.txt"), `User-agent: *\nAllow: /\n${sitemapLine}`);
  return { pages: written, files: ["sitemap.xml", "robots.txt"], preloads: Object.fromEntries(Object.entries(split).map(([k, v]) => [k, v.length])) };
}
