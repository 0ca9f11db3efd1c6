//! The module graph of `src/`, as the files import each other: no cycle,
//! and the layers import only downwards (`lib.rs`, "Layout").
//!
//! A file imports another when it names an item defined there: through a
//! `use` (a tree of paths, `pub use` re-exports followed to the file that
//! defines the item) or a path written inline (`crate::num::decimal::shift`,
//! `super::tokens::Tok`). Comments are not read. In a file's inline test
//! module, `super` is the file itself.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// A module: its path from the crate root (`["value", "rate"]`), empty for
/// `lib.rs`.
type Module = Vec<String>;

/// Every `.rs` file under `src/`, by module, with its comments removed.
fn sources() -> BTreeMap<Module, String> {
    fn walk(dir: &Path, prefix: &[String], out: &mut BTreeMap<Module, String>) {
        for entry in std::fs::read_dir(dir).expect("src/ is readable") {
            let path = entry.expect("a directory entry").path();
            let name = path
                .file_stem()
                .and_then(|s| s.to_str())
                .expect("a file name")
                .to_owned();
            if path.is_dir() {
                let mut p = prefix.to_vec();
                p.push(name);
                walk(&path, &p, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let mut module = prefix.to_vec();
                if name != "mod" && name != "lib" {
                    module.push(name);
                }
                let text = std::fs::read_to_string(&path).expect("a readable file");
                out.insert(module, strip(&text));
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &[],
        &mut out,
    );
    out
}

/// The text without `//` comments (doc comments included) and without the
/// paths of `pub(in …)` visibilities.
fn strip(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let code = match line.find("//") {
            // A `//` inside a string ("https://") keeps the line whole.
            Some(k) if line[..k].matches('"').count() % 2 == 0 => &line[..k],
            _ => line,
        };
        out.push_str(code);
        out.push('\n');
    }
    while let Some(k) = out.find("pub(in ") {
        let end = out[k..].find(')').map_or(out.len(), |e| k + e + 1);
        out.replace_range(k..end, "pub");
    }
    out
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The paths of a use tree: `a::{b, c::{d, e as f}}` is `a::b`, `a::c::d`,
/// `a::c::e`.
fn use_paths(tree: &str, prefix: &[String], out: &mut Vec<Vec<String>>) {
    let tree = tree.trim();
    if let Some(open) = tree.find('{') {
        let head: Vec<String> = tree[..open]
            .split("::")
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect();
        let mut base = prefix.to_vec();
        base.extend(head);
        let inner = &tree[open + 1..tree.rfind('}').expect("a closed use tree")];
        let (mut depth, mut start) = (0, 0);
        for (k, c) in inner.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    use_paths(&inner[start..k], &base, out);
                    start = k + 1;
                }
                _ => {}
            }
        }
        use_paths(&inner[start..], &base, out);
        return;
    }
    let tree = tree.split(" as ").next().unwrap_or(tree);
    let mut path = prefix.to_vec();
    path.extend(
        tree.split("::")
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned),
    );
    if !path.is_empty() {
        out.push(path);
    }
}

/// Each file's paths: `(is a re-export, path)`, with `super` in a file's
/// inline test module read as `self`.
fn paths_of(text: &str) -> Vec<(bool, Vec<String>)> {
    let inner = text.find("mod tests {").unwrap_or(text.len());
    let fix = |mut p: Vec<String>, at: usize| {
        if at > inner && p.first().is_some_and(|s| s == "super") {
            p[0] = "self".to_owned();
        }
        p
    };
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(k) = text[from..].find("use ").map(|k| from + k) {
        from = k + 4;
        if text[..k].chars().next_back().is_some_and(is_ident) {
            continue;
        }
        let Some(end) = text[k..].find(';').map(|e| k + e) else {
            break;
        };
        let line_start = text[..k].rfind('\n').map_or(0, |s| s + 1);
        let public = text[line_start..k].trim_start().starts_with("pub");
        let mut paths = Vec::new();
        use_paths(&text[k + 4..end], &[], &mut paths);
        out.extend(paths.into_iter().map(|p| (public, fix(p, k))));
    }
    for root in ["crate::", "super::"] {
        let mut from = 0;
        while let Some(k) = text[from..].find(root).map(|k| from + k) {
            from = k + root.len();
            let before = text[..k].chars().next_back();
            if before.is_some_and(|c| is_ident(c) || c == ':') {
                continue;
            }
            let rest = &text[k..];
            // Identifiers and `::`, less a `:` that ends the path (`crate::X:
            // Trait`).
            let len = rest
                .find(|c: char| !(is_ident(c) || c == ':'))
                .unwrap_or(rest.len());
            let path: Vec<String> = rest[..len]
                .trim_end_matches(':')
                .split("::")
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect();
            out.push((false, fix(path, k)));
        }
    }
    out
}

/// The graph: each module and the modules it imports.
fn graph() -> BTreeMap<Module, BTreeSet<Module>> {
    let sources = sources();
    let modules: BTreeSet<Module> = sources.keys().cloned().collect();
    let paths: BTreeMap<Module, Vec<(bool, Vec<String>)>> = sources
        .iter()
        .map(|(m, text)| (m.clone(), paths_of(text)))
        .collect();
    // Where a path goes: the module it names, or the module a re-export
    // names for its last segment.
    let resolve = |reexports: &BTreeMap<(Module, String), Module>,
                   path: &[String],
                   from: &Module|
     -> Option<Module> {
        let (mut cur, rest): (Module, &[String]) = match path.first().map(String::as_str) {
            Some("crate") => (vec![], &path[1..]),
            Some("self") => (from.clone(), &path[1..]),
            Some("super") => {
                let mut m = from.clone();
                let mut rest = path;
                while rest.first().is_some_and(|s| s == "super") {
                    m.pop();
                    rest = &rest[1..];
                }
                (m, rest)
            }
            Some(first) => {
                let mut child = from.clone();
                child.push(first.to_owned());
                if !modules.contains(&child) {
                    return None; // another crate, or a local item
                }
                (from.clone(), path)
            }
            None => return None,
        };
        for seg in rest {
            let mut child = cur.clone();
            child.push(seg.clone());
            if modules.contains(&child) {
                cur = child;
                continue;
            }
            if let Some(target) = reexports.get(&(cur.clone(), seg.clone())) {
                return Some(target.clone());
            }
            return Some(cur);
        }
        Some(cur)
    };
    let mut reexports = BTreeMap::new();
    for _ in 0..6 {
        for (m, list) in &paths {
            for (public, p) in list {
                if *public && p.last().is_some_and(|s| s != "*") {
                    if let Some(target) = resolve(&reexports, p, m) {
                        reexports
                            .insert((m.clone(), p.last().cloned().unwrap_or_default()), target);
                    }
                }
            }
        }
    }
    let mut edges: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    for (m, list) in &paths {
        let set = edges.entry(m.clone()).or_default();
        for (_, p) in list {
            if let Some(target) = resolve(&reexports, p, m) {
                if &target != m && !target.is_empty() {
                    set.insert(target);
                }
            }
        }
    }
    edges
}

fn name(m: &Module) -> String {
    if m.is_empty() {
        "lib".to_owned()
    } else {
        m.join("/")
    }
}

/// An import cycle of the graph, as the files along it, if there is one.
fn find_cycle(edges: &BTreeMap<Module, BTreeSet<Module>>) -> Option<Vec<String>> {
    // Depth-first search with colours; a grey target closes a cycle.
    fn visit(
        m: &Module,
        edges: &BTreeMap<Module, BTreeSet<Module>>,
        state: &mut BTreeMap<Module, u8>,
        stack: &mut Vec<Module>,
    ) -> Option<Vec<String>> {
        state.insert(m.clone(), 1);
        stack.push(m.clone());
        for t in edges.get(m).into_iter().flatten() {
            match state.get(t).copied().unwrap_or(0) {
                0 => {
                    if let Some(c) = visit(t, edges, state, stack) {
                        return Some(c);
                    }
                }
                1 => {
                    let k = stack.iter().position(|s| s == t).unwrap_or(0);
                    let mut cycle: Vec<String> = stack[k..].iter().map(name).collect();
                    cycle.push(name(t));
                    return Some(cycle);
                }
                _ => {}
            }
        }
        stack.pop();
        state.insert(m.clone(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for m in edges.keys() {
        if state.get(m).copied().unwrap_or(0) == 0 {
            if let Some(c) = visit(m, edges, &mut state, &mut Vec::new()) {
                return Some(c);
            }
        }
    }
    None
}

#[test]
fn no_file_imports_a_file_that_imports_it_back() {
    let edges = graph();
    assert!(edges.len() > 40, "only {} files read", edges.len());
    // The reader follows re-exports: `value/rate.rs` names `crate::Span`,
    // defined in `value/span.rs`.
    let rate = edges.get(&vec!["value".to_owned(), "rate".to_owned()]);
    assert!(rate.is_some_and(|s| s.contains(&vec!["value".to_owned(), "span".to_owned()])));
    if let Some(cycle) = find_cycle(&edges) {
        panic!("an import cycle: {}", cycle.join(" -> "));
    }
}

#[test]
fn the_layers_import_only_downwards() {
    let top = |m: &Module| m.first().cloned().unwrap_or_default();
    // What each lower layer may import; `testing` is the crate's test
    // helpers.
    let allowed: [(&str, &[&str]); 4] = [
        ("num", &["num", "testing"]),
        ("error", &["num", "value"]),
        ("tolerance", &[]),
        ("value", &["value", "num", "error", "tolerance", "testing"]),
    ];
    let mut wrong = Vec::new();
    for (m, targets) in graph() {
        let Some((_, ok)) = allowed.iter().find(|(layer, _)| *layer == top(&m)) else {
            continue;
        };
        for t in targets {
            if !ok.contains(&top(&t).as_str()) {
                wrong.push(format!("{} -> {}", name(&m), name(&t)));
            }
        }
    }
    assert!(wrong.is_empty(), "imports upwards: {wrong:?}");
}

/// The reader itself, on a made-up file: a use tree, a re-export, an inline
/// path, a comment and a test module's `super`.
#[test]
fn the_reader_finds_each_kind_of_import() {
    let text = strip(
        "use crate::{a::b, c::{d, e as f}};\n\
         pub use self::g::H;\n\
         // use crate::commented;\n\
         fn x() { crate::num::decimal::shift(1.0, 2); }\n\
         mod tests { use super::*; }\n",
    );
    let got: Vec<(bool, String)> = paths_of(&text)
        .into_iter()
        .map(|(public, p)| (public, p.join("::")))
        .collect();
    let want = [
        (false, "crate::a::b"),
        (false, "crate::c::d"),
        (false, "crate::c::e"),
        (true, "self::g::H"),
        (false, "self::*"),
        (false, "crate::num::decimal::shift"),
    ];
    for (public, path) in want {
        assert!(
            got.contains(&(public, path.to_owned())),
            "{path} not in {got:?}"
        );
    }
    assert!(!got.iter().any(|(_, p)| p.contains("commented")));
}
