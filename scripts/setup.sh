# Sourced by scripts/serve and scripts/test: installs whatever is missing, once.
# A second run finds everything in place and installs nothing.
#
# wasm32 toolchain: rustup's target where it can be had; otherwise Debian's rustc-web with
# its std source, built for wasm32 on the fly (-Zbuild-std), through a `cargo` wrapper that
# only Trunk and the browser tests see.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130
WASM_SPLIT_VERSION=0.2.4
LEPTOSFMT_VERSION=0.1.33
# Flags for every wasm build: no Debug-formatting code and no panic location strings in the
# wasm; components type-erased (one view type per component instead of nested generics:
# about 13% less wasm).
WASM_RUSTFLAGS="-Zfmt-debug=none -Zlocation-detail=none --cfg erase_components"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"

log() { printf '[setup] %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else log "root rights are needed to run: $*"; return 1
  fi
}

# Installs the Debian packages among "$@" that are not installed yet.
apt_install() {
  local missing=() p
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    log "please install: ${missing[*]}"; return 1
  fi
  log "installing ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq </dev/null
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" </dev/null >/dev/null
}

ensure_rust() {
  if ! command -v cargo >/dev/null 2>&1; then
    log "installing Rust with rustup"
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal </dev/null
    export PATH="$HOME/.cargo/bin:$PATH"
  fi
  rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy rustfmt >/dev/null 2>&1 || true
}

# Sets WASM_MODE (rustup | debian) and WASM_PATH: the PATH that Trunk and the wasm tests
# use. Its first entry is a `cargo` wrapper that builds for wasm32 with size-saving flags
# (and std rebuilt for size where its source is available), in its own target directory.
ensure_wasm_target() {
  local real_cargo real_rustc build_std=""
  if [ "${WASM_TOOLCHAIN:-}" != debian ] && {
      rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown ||
      timeout 120 rustup target add wasm32-unknown-unknown </dev/null >/dev/null 2>&1; }; then
    WASM_MODE=rustup
    real_cargo="$(rustup which cargo)"
    real_rustc="$(rustup which rustc)"
    if rustup component list --installed 2>/dev/null | grep -q '^rust-src' ||
        timeout 120 rustup component add rust-src </dev/null >/dev/null 2>&1; then
      build_std=1
    fi
  else
    log "rustup cannot provide wasm32 here; using Debian's rustc-web with build-std"
    apt_install rustc-web cargo-web rust-web-src lld-22
    WASM_MODE=debian
    real_cargo=/usr/bin/cargo
    real_rustc=/usr/bin/rustc
    build_std=1
  fi
  mkdir -p "$ROOT/.tools/bin"
  cat > "$ROOT/.tools/bin/cargo" <<WRAP
#!/bin/sh
# Written by scripts/setup.sh ($WASM_MODE toolchain). Used only for wasm32 builds.
export RUSTC="$real_rustc" RUSTC_BOOTSTRAP=1
export CARGO_TARGET_DIR="\${CARGO_TARGET_DIR:-$ROOT/target/wasm}"
# Default flags: see WASM_RUSTFLAGS in scripts/setup.sh.
export RUSTFLAGS="\${RUSTFLAGS:-$WASM_RUSTFLAGS}"
if [ -n "$build_std" ]; then
  export CARGO_UNSTABLE_BUILD_STD="\${CARGO_UNSTABLE_BUILD_STD:-std,panic_abort}"
fi
exec "$real_cargo" "\$@"
WRAP
  chmod +x "$ROOT/.tools/bin/cargo"
  WASM_PATH="$ROOT/.tools/bin:$PATH"
  WASM_BUILD_STD="$build_std"
  export WASM_MODE WASM_PATH WASM_BUILD_STD
}

# Flags for the release builds of the site: with std rebuilt, a panic stops the wasm at once
# (no unwinding or message formatting code; public/boot.js shows the error box instead of
# the panic hook).
release_rustflags() {
  if [ -n "${WASM_BUILD_STD:-}" ]; then
    echo "$WASM_RUSTFLAGS -Zunstable-options -Cpanic=immediate-abort"
  else
    echo "$WASM_RUSTFLAGS"
  fi
}

# ensure_cargo_tool BINARY CRATE VERSION [cargo install flags...]
ensure_cargo_tool() {
  local bin=$1 crate=$2 version=$3; shift 3
  if "$bin" --version 2>/dev/null | grep -q " $version\$\| $version "; then return 0; fi
  log "installing $crate $version (a few minutes, once)"
  cargo install "$crate" --version "$version" "$@" </dev/null
}

# wasm-split-cli cuts the served build's wasm into per-route chunks (scripts/split-wasm.mjs).
ensure_wasm_split() {
  if command -v wasm-split-cli >/dev/null 2>&1 &&
      cargo install --list 2>/dev/null | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
    return 0
  fi
  log "installing wasm_split_cli_support $WASM_SPLIT_VERSION (a few minutes, once)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked </dev/null
}

ensure_node_modules() {
  if ! command -v npm >/dev/null 2>&1; then apt_install nodejs npm; fi
  if [ -f "$ROOT/node_modules/.installed-lock" ] && cmp -s "$ROOT/package-lock.json" "$ROOT/node_modules/.installed-lock"; then
    return 0
  fi
  log "installing npm packages (wasm-opt, Playwright)"
  (cd "$ROOT" && npm ci --no-audit --no-fund </dev/null >/dev/null)
  cp "$ROOT/package-lock.json" "$ROOT/node_modules/.installed-lock"
}

ensure_browser() {
  if [ -n "${CHROMIUM:-}" ] && [ -x "$CHROMIUM" ]; then return 0; fi
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then apt_install chromium chromium-driver; fi
  export CHROMIUM=/usr/bin/chromium CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
}

setup_build() {
  ensure_rust
  ensure_wasm_target
  ensure_cargo_tool trunk trunk "$TRUNK_VERSION" --locked
  ensure_cargo_tool wasm-bindgen wasm-bindgen-cli "$WASM_BINDGEN_VERSION"
  ensure_wasm_split
  ensure_node_modules
}

# The formatter for `view!` macros, which scripts/test checks (about 2 minutes, once).
ensure_leptosfmt() {
  ensure_cargo_tool leptosfmt leptosfmt "$LEPTOSFMT_VERSION" --locked
}

# Builds the release site (Trunk runs wasm-bindgen and wasm-opt -Oz; its post-build hook
# then swaps in the route-split wasm: MLIP_SPLIT=1). Extra arguments go to `trunk build`,
# e.g. --public-url /ml-interview-prep/ --dist dist-sub. Default: dist/, served at /.
build_release() {
  # The build prerenders the public pages in headless Chromium (scripts/prerender.mjs).
  ensure_browser
  # Fetch crates first (including std's own when std is rebuilt): Trunk runs offline so that
  # it never downloads tools.
  (cd "$ROOT" && PATH="$WASM_PATH" cargo fetch --target wasm32-unknown-unknown >/dev/null &&
    PATH="$WASM_PATH" RUSTFLAGS="$(release_rustflags)" MLIP_SPLIT=1 \
      trunk build --release --offline "$@")
}

# The path of the sub-path build (dist-sub/), as when deployed to https://host/ml-interview-prep/.
SUB_PATH=/ml-interview-prep/

# The same site built to be served under $SUB_PATH, into dist-sub/ (used by the e2e tests).
build_subpath() {
  build_release --public-url "$SUB_PATH" --dist dist-sub
}

# A hash of everything a build depends on: the tracked and new files that go into it and the
# tool versions. Prints nothing outside a git checkout, so the build is never skipped there.
build_inputs_hash() {
  local files f
  files=$(cd "$ROOT" && git ls-files -co --exclude-standard -- Cargo.toml Cargo.lock build.rs \
    Trunk.toml index.html src public style scripts/setup.sh scripts/post-build.mjs \
    scripts/single-file.mjs scripts/split-wasm.mjs scripts/route-pages.mjs scripts/prerender.mjs \
    scripts/static-server.mjs scripts/serve-dir.mjs scripts/csp.mjs 2>/dev/null) || return 0
  [ -n "$files" ] || return 0
  {
    for f in $(printf '%s\n' "$files" | sort); do
      if [ -f "$ROOT/$f" ]; then sha256sum "$ROOT/$f"; fi
    done
    PATH="$WASM_PATH" rustc -V 2>&1; trunk --version 2>&1; wasm-bindgen --version 2>&1; echo "$WASM_MODE"
  } | sha256sum | cut -d' ' -f1
}

# build_unless_fresh DIST FUNCTION: runs FUNCTION unless DIST was built from the same inputs.
build_unless_fresh() {
  local dist=$1 build=$2 stamp="$ROOT/target/build-stamps/$1" want
  want=$(build_inputs_hash)
  if [ -n "$want" ] && [ -f "$ROOT/$dist/index.html" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
    log "$dist/ is up to date"
    return 0
  fi
  "$build"
  if [ -n "$want" ]; then mkdir -p "$(dirname "$stamp")" && echo "$want" > "$stamp"; fi
}
