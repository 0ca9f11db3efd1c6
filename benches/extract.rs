//! Criterion benchmark of [`cagr::extract`] over a ~10 MB English corpus.
//!
//! The corpus is generated once, deterministically, by an inline xorshift
//! PRNG (no extra dependencies): market-research claim sentences from 30
//! templates (random markets, amounts, currencies, scales, years, rates and
//! hedge words) set among paragraphs of plain prose that hold no claim but
//! do hold numbers, years, percentages that are not CAGRs ("a 35% share",
//! "up 12% year-on-year"), abbreviations ("U.S.", "approx.") and both single
//! and blank-line breaks. There is roughly one claim per 2 KB.
//!
//! `extract/cjk_2MB` does the same on about 2 MB of Chinese, Japanese and
//! Korean text (claim sentences among year-on-year changes, shares and
//! prose, a claim about every kilobyte).
//!
//! `extract/corpus_10MB` times one call of `extract` on the whole corpus and
//! reports throughput in bytes per second (`Throughput::Bytes`: criterion
//! prints MiB/s on the `thrpt:` line). `extract` reads a text this long in
//! parts on as many threads as the machine has; `corpus_10MB_one_thread`
//! (and `cjk_2MB_one_thread`) read it on the calling thread only. Before timing, the
//! bench checks that extraction finds most of the planted claims, so the
//! number measures real work.
//!
//! Run with `cargo bench --bench extract`; the run takes about a minute.
//! `CAGR_EXTRACT_CORPUS=/tmp/corpus.txt cargo bench --bench extract -- --test`
//! writes the corpus to a file (for profiling outside criterion), and
//! `CAGR_EXTRACT_CJK_CORPUS=/tmp/cjk.txt` the CJK one.

use std::fmt::Write as _;
use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

/// Size of the generated corpus in bytes (approximately; it stops at the
/// first paragraph boundary past this).
const CORPUS_BYTES: usize = 10 * 1024 * 1024;

/// Mean distance between planted claims, in bytes.
const CLAIM_EVERY: usize = 2048;

/// xorshift64 (Marsaglia 2003): tiny, deterministic, good enough to vary
/// benchmark inputs.
struct XorShift64(u64);

impl XorShift64 {
    fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// Uniform in `[0, 1)`.
    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// Uniform in `[lo, hi)`.
    fn range(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.unit()
    }

    /// Uniform in `0..n`.
    fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }

    /// Uniform in `lo..=hi`.
    fn between(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as u64) as i64
    }

    /// True with probability `p`.
    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

// ---------------------------------------------------------------------------
// Claims

const MARKETS: &[&str] = &[
    "artificial intelligence",
    "electric vehicle",
    "cloud computing",
    "cybersecurity",
    "plant-based meat",
    "solar inverter",
    "lithium-ion battery",
    "digital payments",
    "telemedicine",
    "smart home",
    "industrial robotics",
    "edtech",
    "semiconductor packaging",
    "organic fertiliser",
    "green hydrogen",
    "wearable devices",
    "data centre cooling",
    "online grocery",
    "pet food",
    "3D printing",
    "quantum computing",
    "cold chain logistics",
    "esports",
    "precision agriculture",
    "medical imaging",
];

const REGIONS: &[&str] = &[
    "global",
    "Indian",
    "Chinese",
    "European",
    "U.S.",
    "Japanese",
    "Asia-Pacific",
    "Brazilian",
    "worldwide",
    "North American",
];

/// Words before an amount: none most of the time.
const HEDGES: &[&str] = &[
    "nearly ",
    "over ",
    "about ",
    "around ",
    "approximately ",
    "more than ",
    "roughly ",
    "an estimated ",
    "close to ",
    "almost ",
];

/// The claim templates. Placeholders: `{X}` market, `{R}` region, `{a}`
/// baseline amount, `{b}` target amount, `{y0}` baseline year, `{y1}`
/// target year, `{y0n}` the year after the baseline, `{r}` the rate's
/// number, `{r2}` a second rate number above it, `{n}` years in words,
/// `{qa}`/`{qb}`/`{qr}` optional hedge words.
const CLAIMS: &[&str] = &[
    "The {R} {X} market was valued at {qa}{a} in {y0} and is expected to reach {b} by {y1}, growing at a CAGR of {r}% during the forecast period.",
    "The {X} market size is projected to grow from {a} in {y0} to {b} by {y1}, at a compound annual growth rate (CAGR) of {r}%.",
    "According to the report, the {R} {X} market is anticipated to expand at a CAGR of {qr}{r}% from {y0n} to {y1}, reaching {b} by {y1}.",
    "In {y0}, the {X} industry was worth {qa}{a}. It is forecast to reach {qb}{b} by {y1}, registering a {r}% CAGR.",
    "The {X} market stood at {a} in {y0} and is set to touch {b} by {y1}, expanding at a compound annual growth rate of {r} per cent.",
    "Revenue from {X} in the {R} region is expected to rise from {a} in {y0} to {b} in {y1}, growing {r}% annually.",
    "The {R} {X} market, estimated at {a} in {y0}, will grow at a CAGR of {r}% between {y0} and {y1} to hit {b}.",
    "Analysts expect the {X} segment to post a compound annual growth rate of {r}% over {y0}-{y1}, taking its value from {a} to {b}.",
    "{R} spending on {X} reached {qa}{a} in {y0}.\nIt is expected to grow at a CAGR of {r}% through {y1}, when it will total {b}.",
    "The market for {X} is likely to be worth {b} by {y1}, up from {a} in {y0}, representing a CAGR of {r}%.",
    "Our forecast puts the {R} {X} market at {b} in {y1}, compared with {a} in {y0}; that is an average annual growth rate of {r}%.",
    "The {X} sector was valued at {a} in FY{y0s} and is projected to reach {b} by FY{y1s}, growing at a CAGR of {r}%.",
    "From {y0} to {y1}, the {X} market is forecast to grow at a CAGR of {r2r}%, from {a} to {b}.",
    "The {R} {X} market is expected to register a CAGR of {r}% during the forecast period ({y0n}-{y1}). The market was worth {a} in {y0} and is expected to reach {b} by {y1}.",
    "Sales of {X} products are forecast to climb to {qb}{b} by {y1} from {a} in {y0}, a compounded annual growth rate of {r}%.",
    "In {y0} the {R} {X} market generated {a} in revenue; by {y1} it should generate {b}, a CAGR of about {r}%.",
    "The {X} market will grow at {r}% a year from {a} in {y0} to {b} in {y1}, the study says.",
    "• {R} {X} market size: {a} ({y0}), {b} ({y1}), CAGR {r}%.",
    "The report values the {X} market at {a} for {y0} and projects a CAGR of {qr}{r}% until {y1}, when it would reach {b}.",
    "With a CAGR of {r}%, the {R} {X} market is poised to go from {a} in {y0} to {b} by the end of {y1}.",
    "The {X} market, which was estimated at {a} in {y0}, is projected to surpass {b} by {y1} at a CAGR of {r}%.",
    "Market research suggests the {X} opportunity will be worth {b} in {y1}, growing at a compound annual rate of {r}% from {a} in {y0}.",
    "The {R} market for {X} is predicted to grow at a CAGR of {r}% over the next {n} years, reaching {b} by {y1} from {a} in {y0}.",
    "Between {y0} and {y1}, {X} revenues are expected to grow from {a} to {b} at a CAGR of {r}%.",
    "The {X} market (valued at {a} in {y0}) is expected to hit {b} in {y1}, implying {r}% compound annual growth.",
    "The {R} {X} market is projected to grow at a CAGR of {r}% from {y0} to {y1}.",
    "By {y1}, the {X} industry could be worth {qb}{b}, up from {a} in {y0}, with revenue rising {r}% per annum.",
    "{X} shipments were valued at {a} in {y0} and are forecast to reach {b} in {y1}, a CAGR of {r}% over the period.",
    "The {X} market grew from {a} in {y0} to {b} in {y1}, a compound annual growth rate of {r}%, the firm said in its annual report.",
    "It expects the {R} {X} market to grow at an average annual rate of {r}% to {b} by {y1}, from {a} in {y0}.",
];

/// A currency and scale style, and how to print an amount in it.
#[derive(Clone, Copy)]
enum Style {
    UsdWord,   // USD 12.3 billion
    Dollar,    // $12.3 billion
    UsDollarM, // US$12,300m
    DollarBn,  // $12.3bn
    Euro,      // €12.3 billion
    Pound,     // £12.3m
    Yuan,      // 12.3 billion yuan
    Rmb,       // RMB 12.3 billion
    Crore,     // Rs 1,23,000 crore
    RupeeSym,  // ₹12.3 lakh crore -> printed as ₹12,300 crore
    Tonnes,    // 12.3 million tonnes
    Gw,        // 12.3 GW
}

const STYLES: &[Style] = &[
    Style::UsdWord,
    Style::UsdWord,
    Style::Dollar,
    Style::Dollar,
    Style::UsDollarM,
    Style::DollarBn,
    Style::Euro,
    Style::Pound,
    Style::Yuan,
    Style::Rmb,
    Style::Crore,
    Style::RupeeSym,
    Style::Tonnes,
    Style::Gw,
];

/// `x` with `decimals` places and thousands separators.
fn grouped(x: f64, decimals: usize) -> String {
    let plain = format!("{x:.decimals$}");
    let (int, frac) = plain
        .split_once('.')
        .map_or((&plain[..], None), |(i, f)| (i, Some(f)));
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

/// Indian grouping: `4,22,000`.
fn indian(x: f64) -> String {
    let digits = format!("{:.0}", x.max(1.0));
    if digits.len() <= 3 {
        return digits;
    }
    let (head, tail) = digits.split_at(digits.len() - 3);
    let mut parts = Vec::new();
    let mut h = head;
    while h.len() > 2 {
        let (a, b) = h.split_at(h.len() - 2);
        parts.push(b);
        h = a;
    }
    let mut out = h.to_owned();
    for p in parts.iter().rev() {
        out.push(',');
        out.push_str(p);
    }
    out.push(',');
    out.push_str(tail);
    out
}

/// An amount of `billions` (in billions of the style's unit) as the style
/// prints it, with 0 to 2 decimals.
fn amount(rng: &mut XorShift64, style: Style, billions: f64) -> String {
    let d = rng.below(3) as usize;
    match style {
        Style::UsdWord => format!("USD {} billion", grouped(billions, d)),
        Style::Dollar => format!("${} billion", grouped(billions, d)),
        Style::UsDollarM => format!("US${}m", grouped(billions * 1000.0, 0)),
        Style::DollarBn => format!("${}bn", grouped(billions, d)),
        Style::Euro => format!("€{} billion", grouped(billions, d)),
        Style::Pound => format!("£{}m", grouped(billions * 1000.0, d)),
        Style::Yuan => format!("{} billion yuan", grouped(billions, d)),
        Style::Rmb => format!("RMB {} billion", grouped(billions, d)),
        Style::Crore => format!("Rs {} crore", indian(billions * 100.0)),
        Style::RupeeSym => format!("₹{} crore", indian(billions * 100.0)),
        Style::Tonnes => format!("{} million tonnes", grouped(billions * 1000.0, d)),
        Style::Gw => format!("{} GW", grouped(billions * 1000.0, d)),
    }
}

const NUMBER_WORDS: &[&str] = &[
    "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

/// One claim from a random template, with consistent (or, one time in
/// three, slightly inconsistent) figures.
fn claim(rng: &mut XorShift64) -> String {
    let template = rng.pick(CLAIMS);
    let style = STYLES[rng.below(STYLES.len() as u64) as usize];
    let y0 = rng.between(2015, 2025);
    let n = rng.between(3, 10);
    let y1 = y0 + n;
    let r = rng.range(2.0, 35.0);
    let start = 10f64.powf(rng.range(-0.5, 2.5));
    let end = start * (1.0 + r / 100.0).powi(n as i32);
    let shown_r = if rng.chance(0.33) {
        r + rng.range(-3.0, 3.0)
    } else {
        r
    }
    .max(0.5);
    let rd = rng.below(3) as usize;
    let hedge = |rng: &mut XorShift64| {
        if rng.chance(0.2) {
            rng.pick(HEDGES)
        } else {
            ""
        }
    };
    let vars: [(&str, String); 15] = [
        ("{X}", rng.pick(MARKETS).to_owned()),
        ("{R}", rng.pick(REGIONS).to_owned()),
        ("{a}", amount(rng, style, start)),
        ("{b}", amount(rng, style, end)),
        ("{y0n}", (y0 + 1).to_string()),
        ("{y0s}", format!("{:02}", y0 % 100)),
        ("{y1s}", format!("{:02}", y1 % 100)),
        ("{y0}", y0.to_string()),
        ("{y1}", y1.to_string()),
        (
            "{r2r}",
            format!("{:.0}-{:.0}", shown_r.floor(), shown_r.floor() + 2.0),
        ),
        ("{r}", format!("{shown_r:.rd$}")),
        ("{n}", NUMBER_WORDS[n as usize].to_owned()),
        ("{qa}", hedge(rng).to_owned()),
        ("{qb}", hedge(rng).to_owned()),
        ("{qr}", hedge(rng).to_owned()),
    ];
    let mut out = template.to_owned();
    for (key, value) in &vars {
        if out.contains(key) {
            out = out.replace(key, value);
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Prose

/// Sentences with no claim. Placeholders: `{p}` a percentage, `{k}` a
/// small number, `{h}` three digits, `{y}` a year, `{m}` a money amount, `{N}` a name.
const PROSE: &[&str] = &[
    "The company said demand held up well in the second half of the year.",
    "Shares of {N} rose {p}% in early trading on Tuesday.",
    "Sales grew {p}% from last year to ${k}.{k} billion.",
    "Exports rose {p}% year-on-year in {y}, the ministry said.",
    "The segment accounted for a {p}% share of total revenue.",
    "About {p}% of respondents said they planned to increase spending.",
    "Mr. {N} joined the board in {y} after a decade at a rival firm.",
    "Inventories fell by {k} per cent in the quarter, according to the statement.",
    "The U.S. Federal Reserve left interest rates unchanged at its meeting.",
    "Operating margin widened to {p}% from {p}% a year earlier.",
    "The plant employs roughly {k},{h} people and runs three shifts a day.",
    "Analysts at {N} & Co. had expected a smaller decline.",
    "Prices have doubled since {y}, squeezing smaller buyers.",
    "The firm opened {k} new stores in {y} and closed {k}.",
    "Approx. {k} million units were shipped in the period, e.g. to distributors in Europe.",
    "Net profit was {m}, compared with {m} in {y}.",
    "The index gained {p}% over five years, outperforming the benchmark.",
    "Unemployment stood at {k}.{k}% in March, the lowest since {y}.",
    "Dr. {N} said the trial enrolled {k}00 patients across {k} sites.",
    "\"We remain cautious about the outlook,\" the chief executive said.",
    "Its market share slipped to {p} percent in the fourth quarter.",
    "The government cut the tax on fuel by {k} cents a litre.",
    "Capacity utilisation rose to {p}% in {y} from {p}% in {y}.",
    "Why does this matter? Because supply chains are still fragile!",
    "The bond, due in {y}, yields {k}.{k} per cent.",
    "Headcount rose {p}% to {k},{h}, the annual report shows.",
    "The deal values the start-up at {m}, including debt.",
    "Output per worker is up {p}% on the previous quarter.",
    "Fig. {k} shows quarterly revenue by region.",
    "Rainfall was {p}% below the long-term average in {y}, hurting crop yields.",
];

const NAMES: &[&str] = &[
    "Acme",
    "Zhang",
    "Sharma",
    "Müller",
    "Goldman",
    "Tanaka",
    "Okafor",
    "García",
    "Nordic Capital",
    "Smith",
];

fn prose_sentence(rng: &mut XorShift64) -> String {
    let template = rng.pick(PROSE);
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = open + rest[open..].find('}').expect("a closing brace");
        match &rest[open + 1..close] {
            "p" => {
                let _ = write!(out, "{:.1}", rng.range(0.5, 60.0));
            }
            "k" => {
                let _ = write!(out, "{}", rng.between(1, 99));
            }
            "h" => {
                let _ = write!(out, "{}", rng.between(100, 999));
            }
            "y" => {
                let _ = write!(out, "{}", rng.between(1990, 2024));
            }
            "m" => {
                let _ = write!(out, "${} million", grouped(rng.range(1.0, 900.0), 1));
            }
            "N" => out.push_str(rng.pick(NAMES)),
            other => panic!("unknown placeholder {other}"),
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

/// The corpus and the number of claims planted in it.
fn corpus() -> (String, usize) {
    let mut rng = XorShift64(0x9E37_79B9_7F4A_7C15);
    let mut text = String::with_capacity(CORPUS_BYTES + 4096);
    let mut planted = 0;
    let mut next_claim = CLAIM_EVERY / 2;
    while text.len() < CORPUS_BYTES {
        // A paragraph of 3 to 8 sentences; a claim takes the next sentence
        // slot once it is due, so claims start about every CLAIM_EVERY bytes.
        for _ in 0..rng.between(3, 8) {
            if text.len() >= next_claim {
                let start = text.len();
                text.push_str(&claim(&mut rng));
                planted += 1;
                next_claim = start + (CLAIM_EVERY as f64 * rng.range(0.5, 1.5)) as usize;
            } else {
                text.push_str(&prose_sentence(&mut rng));
            }
            // Mostly spaces between sentences, sometimes a newspaper-column
            // line break.
            text.push(if rng.chance(0.1) { '\n' } else { ' ' });
        }
        text.truncate(text.trim_end().len());
        text.push_str("\n\n");
    }
    (text, planted)
}

// ---------------------------------------------------------------------------
// Chinese, Japanese and Korean

/// Claim sentences written for the bench in Chinese, Japanese and Korean:
/// `{a}` and `{b}` are the earlier and later year, `{x}` and `{y}` the
/// amounts in hundreds of millions (亿/億/억), `{r}` the rate.
const CJK_CLAIMS: &[&str] = &[
    "该市场规模预计从{a}年的{x}亿元增长到{b}年的{y}亿元，年均复合增长率为{r}%。",
    "{a}年市场规模为{x}亿元，预计{b}年将达到{y}亿元，复合年增长率约为{r}%。",
    "国内市場は{a}年の{x}億円から{b}年には{y}億円に拡大し、年平均成長率は{r}%となる見込みだ。",
    "세계 시장은 {a}년 {x}억 달러에서 {b}년 {y}억 달러로 연평균 {r}% 성장할 전망이다.",
];

/// Sentences without a claim: year-on-year changes, shares, prose.
const CJK_PROSE: &[&str] = &[
    "{a}年该公司营收为{x}亿元，同比增长{r}%。",
    "报告显示，行业集中度持续提升，龙头企业市场占比达到{r}%。",
    "业内人士认为，技术进步和政策支持将推动行业长期发展。",
    "{a}年度の売上高は{x}億円で、前年比{r}%増となった。",
    "同社は新工場の建設を進めており、生産能力の拡大を目指している。",
    "{a}년 매출은 {x}억 원으로 전년 대비 {r}% 증가했다.",
    "업계는 수요 회복이 하반기에 본격화될 것으로 보고 있다.",
];

/// A sentence of `template` with its placeholders filled.
fn fill_cjk(rng: &mut XorShift64, template: &str) -> String {
    let a = rng.between(2015, 2025);
    let b = a + rng.between(3, 10);
    let x = rng.between(100, 9000);
    let r = rng.range(2.0, 30.0);
    let y = (x as f64 * (1.0 + r / 100.0).powi((b - a) as i32)).round() as i64;
    template
        .replace("{a}", &a.to_string())
        .replace("{b}", &b.to_string())
        .replace("{x}", &x.to_string())
        .replace("{y}", &y.to_string())
        .replace("{r}", &format!("{r:.1}"))
}

/// A corpus of about 2 MB in Chinese, Japanese and Korean, a claim about
/// every 1 KB, and the number of claims planted.
fn cjk_corpus() -> (String, usize) {
    let mut rng = XorShift64(0x2545_F491_4F6C_DD1D);
    let mut text = String::new();
    let mut planted = 0;
    while text.len() < 2 * 1024 * 1024 {
        for _ in 0..rng.between(3, 8) {
            if rng.chance(0.2) {
                let t = rng.pick(CJK_CLAIMS);
                text.push_str(&fill_cjk(&mut rng, t));
                planted += 1;
            } else {
                let t = rng.pick(CJK_PROSE);
                text.push_str(&fill_cjk(&mut rng, t));
            }
        }
        text.push_str("\n\n");
    }
    (text, planted)
}

fn bench_extract_cjk(c: &mut Criterion) {
    let (text, planted) = cjk_corpus();
    // For profiling outside criterion: `CAGR_EXTRACT_CJK_CORPUS=/tmp/cjk.txt
    // cargo bench --bench extract -- --test` writes the corpus there.
    if let Some(path) = std::env::var_os("CAGR_EXTRACT_CJK_CORPUS") {
        std::fs::write(&path, &text).expect("write the CJK corpus");
    }
    let found = cagr::extract(&text).len();
    eprintln!(
        "extract CJK corpus: {} bytes, {planted} claims planted, {found} extracted",
        text.len()
    );
    assert!(
        found * 10 >= planted * 9 && found <= planted * 2,
        "found {found} of {planted} claims"
    );
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("cjk_2MB", |b| b.iter(|| cagr::extract(black_box(&text))));
    let one = cagr::Context::default().with_threads(1);
    group.bench_function("cjk_2MB_one_thread", |b| {
        b.iter(|| cagr::extract_with(black_box(&text), &one))
    });
    group.finish();
}

fn bench_extract(c: &mut Criterion) {
    let (text, planted) = corpus();
    // For profiling outside criterion: `CAGR_EXTRACT_CORPUS=/tmp/corpus.txt
    // cargo bench --bench extract -- --test` writes the corpus there.
    if let Some(path) = std::env::var_os("CAGR_EXTRACT_CORPUS") {
        std::fs::write(&path, &text).expect("write the corpus");
    }
    // Outside the timing: the corpus is realistic enough that most planted
    // claims are found (a few templates leave a figure out on purpose).
    let found = cagr::extract(&text).len();
    eprintln!(
        "extract corpus: {} bytes, {planted} claims planted, {found} extracted",
        text.len()
    );
    assert!(
        found * 10 >= planted * 8 && found <= planted * 2,
        "found {found} of {planted} claims"
    );

    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("corpus_10MB", |b| {
        b.iter(|| cagr::extract(black_box(&text)))
    });
    // The same on the calling thread only: the speed of one core.
    let one = cagr::Context::default().with_threads(1);
    group.bench_function("corpus_10MB_one_thread", |b| {
        b.iter(|| cagr::extract_with(black_box(&text), &one))
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(3))
        .measurement_time(Duration::from_secs(40))
        .sample_size(10);
    targets = bench_extract, bench_extract_cjk
}
criterion_main!(benches);
