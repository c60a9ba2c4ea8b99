// Shorter import names for the main module. wasm-bindgen names each browser function the
// module imports like "__wbg_createAnalyser_1bad59e5bd4664ff": the name and a hash, written
// twice (in the wasm import section and as a key of the JS glue's import object), and the
// hashes do not compress. Every import, including those only split chunks use, is in the first
// load, so this renames each to a short name ("$0", "$1", ...) in both places.

/** Reads an unsigned LEB128 at `at`: [value, next offset]. */
function leb(buf, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = buf[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (!(byte & 0x80)) return [value, at];
  }
}

function encodeLeb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}

function encodeName(text) {
  const bytes = Buffer.from(text, "utf8");
  return Buffer.concat([encodeLeb(bytes.length), bytes]);
}

/** Skips a table's or memory's limits. */
function skipLimits(buf, at) {
  const flags = buf[at++];
  [, at] = leb(buf, at);
  if (flags & 1) [, at] = leb(buf, at);
  return at;
}

/**
 * Renames the imports of `module` in the wasm binary `wasm`.
 * @returns {{ wasm: Buffer, names: Map<string, string> }} the new binary and old -> new names
 */
export function shortenImports(wasm, module) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error("short-imports: not a wasm module");
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, body] = leb(wasm, at + 1);
    const end = body + size;
    if (id !== 2) {
      at = end;
      continue;
    }
    const names = new Map();
    const parts = [];
    let [count, p] = leb(wasm, body);
    parts.push(encodeLeb(count));
    for (let i = 0; i < count; i++) {
      const [modLen, modAt] = leb(wasm, p);
      const mod = wasm.toString("utf8", modAt, modAt + modLen);
      const [fieldLen, fieldAt] = leb(wasm, modAt + modLen);
      const field = wasm.toString("utf8", fieldAt, fieldAt + fieldLen);
      let q = fieldAt + fieldLen;
      const descStart = q;
      const kind = wasm[q++];
      if (kind === 0) [, q] = leb(wasm, q);
      else if (kind === 1) q = skipLimits(wasm, q + 1);
      else if (kind === 2) q = skipLimits(wasm, q);
      else if (kind === 3) q += 2;
      else if (kind === 4) [, q] = leb(wasm, q + 1);
      else throw new Error(`short-imports: import kind ${kind} of ${mod}.${field} is not known`);
      let name = field;
      if (mod === module) {
        if (!names.has(field)) names.set(field, `$${names.size.toString(36)}`);
        name = names.get(field);
      }
      parts.push(encodeName(mod), encodeName(name), wasm.subarray(descStart, q));
      p = q;
    }
    if (p !== end) throw new Error("short-imports: the import section was not read to its end");
    const content = Buffer.concat(parts);
    const section = Buffer.concat([Buffer.from([2]), encodeLeb(content.length), content]);
    return { wasm: Buffer.concat([wasm.subarray(0, at), section, wasm.subarray(end)]), names };
  }
  return { wasm, names: new Map() };
}

/**
 * Renames the keys of the glue's import object (minified JS: `name:function(`) as `names`
 * says, and checks that each was found exactly once.
 */
export function shortenGlue(js, names) {
  const seen = new Map();
  const out = js.replace(/([{,])(__wb[A-Za-z0-9_]+):function\(/g, (whole, before, key) => {
    const short = names.get(key);
    if (!short) return whole;
    seen.set(key, (seen.get(key) || 0) + 1);
    return `${before}${short}:function(`;
  });
  for (const key of names.keys()) {
    if (seen.get(key) !== 1) throw new Error(`short-imports: the glue defines the import ${key} ${seen.get(key) || 0} times`);
  }
  return out;
}
