//! Reading one sentence into its mentions: the tokens' amounts, rates,
//! years, periods, lists and ratios (each read by its own file), with what
//! the sentence says around them; and the cache of sentences read so far.

use core::hash::{BuildHasherDefault, Hasher};
use std::collections::HashMap;

use super::amounts::{link_chains, link_runs, parse_amounts};
use super::dates::{
    date_amounts, date_by_opening_deadline, date_by_opening_span, date_by_past_span, parse_periods,
    parse_years,
};
use super::headings::heading_of;
use super::lists::read_lists;
use super::mention::*;
use super::rates::parse_rates;
use super::ratios::parse_ratios;
use super::sentences::Sentence;
use super::tokens::{tokenize, Kind, Tok};
use crate::value::vocab;

/// The figures of one sentence's tokens; `used` is a buffer for the tokens
/// that a figure has taken.
pub(super) fn parse(
    toks: &[Tok<'_>],
    text: &str,
    set: Setting<'_>,
    used: &mut Vec<bool>,
) -> Parsed {
    let mut p = Parsed::default();
    used.clear();
    used.resize(toks.len(), false);
    parse_periods(toks, text, &mut p, used);
    parse_rates(toks, text, &mut p, used);
    parse_amounts(toks, text, &mut p, used, set);
    // In a sentence that prints decimal commas ("€1,35 billion", "6,5%"),
    // "1,350" may be 1350 or 1.35: such a number is not read. Nor is
    // "1.350" where an amount prints a decimal comma ("€1,35 billion …
    // €2.100 billion": 2,100 billion or 2.1 billion); where only the rate
    // does, points group thousands ("EUR 4.750 million … EUR 3.180 million,
    // a CAGR of 6,9 %": 4,750 million).
    let num = |t: &&Tok<'_>| t.kind == Kind::Num;
    let comma = |t: &&Tok<'_>| t.kind == Kind::Num && t.text.as_bytes().contains(&b',');
    if toks.iter().filter(comma).any(reads_decimal_comma) {
        let nums = |first: usize, last: usize| toks[first..=last].iter().filter(num);
        let comma_amount = p
            .amounts
            .iter()
            .any(|a| nums(a.first, a.last).any(reads_decimal_comma));
        if !comma_amount {
            for a in &mut p.amounts {
                let mut ns = nums(a.first, a.last);
                if let (Some(t), None, None) = (ns.next(), ns.next(), a.stated.upper()) {
                    if let Some(stated) = thousands_dot(t, a.stated) {
                        a.stated = stated;
                    }
                }
            }
        }
        let either = |first: usize, last: usize| {
            nums(first, last)
                .any(|t| either_separator(t, ',') || (comma_amount && either_separator(t, '.')))
        };
        p.amounts.retain(|a| !either(a.first, a.last));
        p.rates.retain(|r| !either(r.first, r.last));
    }
    parse_years(toks, text, &mut p, used, set);
    date_amounts(toks, text, &mut p);
    if p.amounts.len() > 1 {
        date_by_opening_deadline(toks, text, &mut p);
    }
    if !p.periods.is_empty() && !p.amounts.is_empty() {
        date_by_opening_span(toks, &mut p);
        date_by_past_span(toks, text, &mut p, set);
    }
    p.cagrs = p.rates.iter().filter(|r| r.cagr).count();
    if p.amounts.len() > 1 && p.cagrs > 0 {
        link_chains(toks, &mut p);
    }
    if p.amounts.len() > 1 {
        link_runs(toks, text, &mut p);
    }
    // Lists of parallel series' figures and rates.
    if p.amounts.len() > 1 || p.cagrs > 1 {
        read_lists(toks, &mut p);
    }
    if p.cagrs > 0 {
        parse_ratios(toks, &mut p);
    }
    // Read only where it decides something: a rate sentence with no
    // figures of its own (whether it may borrow), or one with figures and
    // the word "segment" (whose clauses then split them).
    let levels = p.amounts.iter().any(|a| !a.skip);
    if p.cagrs > 0 {
        mark_parts(toks, &mut p);
    }
    if p.cagrs > 0
        && (!levels
            || toks
                .iter()
                .any(|t| t.is_word("segment") || t.is_word("segments")))
    {
        p.segment = segment_words(toks, text);
        if p.segment {
            // (Not a joiner whose clause goes on with "it" within five
            // words, or with "the segment": "…, and the company projects
            // it will reach …" speaks of the same segment.)
            let goes_on = |k: usize| {
                (k + 1..toks.len().min(k + 6))
                    .take_while(|&j| toks[j].kind == Kind::Word)
                    .any(|j| {
                        toks[j].is_word("it")
                            || (toks[j].is_word("segment")
                                && ["the", "this", "that"]
                                    .iter()
                                    .any(|w| toks[j - 1].is_word(w)))
                    })
            };
            let after_comma = |k: usize| k > 0 && toks[k - 1].is_sym(",");
            p.joiners = (0..toks.len())
                .filter(|&k| {
                    let t = toks[k];
                    (t.is_word("while")
                        || t.is_word("whereas")
                        || t.is_word("but")
                        || ((t.is_word("and") || t.is_word("when")) && after_comma(k)))
                        && !goes_on(k)
                })
                .collect();
        }
    }
    if p.cagrs > 0 && !p.amounts.is_empty() {
        p.contrasts = (0..toks.len())
            .filter(|&k| {
                ["while", "whereas", "but"]
                    .iter()
                    .any(|w| toks[k].is_word(w))
            })
            .collect();
        // "While A rises …, B will grow …": a contrast word that opens the
        // sentence ends its clause at the first comma.
        let opens = ["while", "whereas", "although", "though"]
            .iter()
            .any(|w| toks.first().is_some_and(|t| t.is_word(w)));
        if opens {
            p.contrasts.retain(|&k| k > 0);
            if let Some(comma) = toks.iter().position(|t| t.is_sym(",")) {
                let at = p.contrasts.partition_point(|&k| k < comma);
                p.contrasts.insert(at, comma);
            }
        }
        // The clauses, and what each measures.
        let breaks = (1..toks.len()).filter(|&k| {
            let t = toks[k];
            let after_comma = toks[k - 1].is_sym(",");
            (after_comma && (t.is_word("and") || t.is_word("with")))
                || contrast_at(toks, k)
                || t.is_sym(";")
                || cjk_contrast(toks, text, k)
                || cjk_same_period(toks, text, k)
        });
        p.clause_starts = breaks.collect();
        for r in p.rates.iter_mut().filter(|r| r.cagr) {
            let c = p.clause_starts.partition_point(|&b| b <= r.first);
            if let Some(&open) = c.checked_sub(1).and_then(|i| p.clause_starts.get(i)) {
                // (A subject that names what the figures before the clause
                // measure, by their unit, where no measure is named before
                // it, goes on with their series: "Drones sprayed 4.2
                // million hectares in 2023, and the treated area should
                // reach …"; not "Annual installations rose from 5 GW …, and
                // cumulative capacity reached 48 GW".)
                let dimension = || {
                    !names_measure(&toks[..open])
                        && (open..r.first).any(|k| {
                            p.amounts.iter().any(|a| {
                                let Unit::Physical(unit) = a.unit else {
                                    return false;
                                };
                                a.last < open && vocab::names_dimension(unit, toks[k].text)
                            })
                        })
                };
                r.subject = (clause_subject(toks, open, r.first) && !dimension())
                    || cjk_contrast(toks, text, open)
                    || cjk_period_subject(toks, text, open, r.first);
            }
        }
        // "…, while it will reach …": a pronoun after it keeps one series
        // ("while its output rises …" names another measure of it).
        let pronoun = |k: usize| {
            toks.get(k + 1)
                .is_some_and(|t| ["it", "they", "this", "that"].iter().any(|w| t.is_word(w)))
        };
        p.contrasts.retain(|&k| !pronoun(k));
    }
    for r in p.rates.iter_mut().filter(|r| r.cagr) {
        r.subject |= in_relative_clause(toks, r.first);
    }
    // Figures of two regions the sentence names ("Eastmarch province,
    // 820,000 hectares in 2017; Westmarch province, 1.05 million hectares
    // in 2022") are no one series: none is a level a claim may pair.
    if p.amounts.iter().filter(|a| !a.skip).count() > 1 && named_regions(toks) > 1 {
        for a in &mut p.amounts {
            a.skip = true;
        }
    }
    if !p.amounts.is_empty() || p.cagrs > 0 {
        p.future = future_words(toks, text);
    }
    if p.cagrs > 0 && p.amounts.iter().all(|a| a.skip) {
        p.subject = whole_market(toks, &p.rates).or_else(|| sentence_subject(toks));
    } else if p.cagrs > 0
        && p.amounts
            .iter()
            .filter(|a| !a.skip && a.when.is_some())
            .count()
            < 2
    {
        // (Asked only where the sentence may need a neighbour's figures:
        // with two dated ones of its own it is read alone first.)
        // With figures of its own, only a subject that names a series of
        // its own ("Digital lending alone is projected to reach $515
        // billion"), not a measure ("Global sales") or the market.
        p.subject = series_subject(toks);
    }
    // Places only tell a claim's figures from another place's: they are
    // read where there are figures to tell.
    if !p.amounts.is_empty() || p.rates.iter().any(|r| r.cagr) {
        p.place_at = places(toks, text);
        // A place in an aside (", with North America holding a 38% share",
        // ", particularly in Germany and France,", ", led by India,", ",
        // such as Japan,") that holds no compound annual rate and no figure
        // is no subject: the first names a part, the others examples.
        let aside = |k: usize| {
            let Some(c) = (0..k)
                .rev()
                .take_while(|&c| !toks[c].is_sym(";"))
                .find(|&c| toks[c].is_sym(","))
            else {
                return false;
            };
            let end = (k..toks.len())
                .find(|&e| toks[e].is_sym(",") || toks[e].is_sym(";"))
                .unwrap_or(toks.len());
            let inside = |i: usize| c < i && i < end;
            const OPENERS: [&str; 9] = [
                "with",
                "particularly",
                "especially",
                "notably",
                "mainly",
                "chiefly",
                "led",
                "such",
                "including",
            ];
            // ("led" and "such" only before "by" and "as").
            let second = |w: &str| toks.get(c + 2).is_some_and(|t| t.is_word(w));
            toks.get(c + 1).is_some_and(|t| {
                OPENERS.iter().any(|w| t.is_word(w))
                    && (!t.is_word("led") || second("by"))
                    && (!t.is_word("such") || second("as"))
            }) && !p.rates.iter().any(|r| r.cagr && inside(r.first))
                && !p.amounts.iter().any(|a| !a.skip && inside(a.first))
        };
        p.place_at.retain(|&(k, _)| !aside(k));
        // In a sentence with compound annual rates and no figures, a place
        // named after the last rate, past a comma ("… about 12% a year, and
        // in Japan steelmaking will lead demand", "年平均で約12%の伸びとなる
        // 計算で、国内では…"), is another clause's subject, not the rates'.
        let last_rate = p.rates.iter().filter(|r| r.cagr).map(|r| r.last).max();
        if let (Some(last), false) = (last_rate, p.amounts.iter().any(|a| !a.skip)) {
            let comma = |t: &Tok<'_>| matches!(t.text, "," | "、" | "，" | ";" | "；");
            p.place_at
                .retain(|&(k, _)| k <= last || !toks[last + 1..k].iter().any(comma));
        }
        for &(_, key) in &p.place_at {
            if !p.places.contains(&key) {
                p.places.push(key);
            }
        }
        // What the sentence measures, and, where its clauses were found
        // above, what each clause measures: one reading of each word.
        let clauses = p.cagrs > 0 && !p.amounts.is_empty();
        if clauses {
            p.clause_measures = vec![Vec::new(); p.clause_starts.len() + 1];
            let bounds = core::iter::once(0)
                .chain(p.clause_starts.iter().copied())
                .chain(core::iter::once(toks.len()));
            let bounds: Vec<usize> = bounds.collect();
            // (In Chinese, Japanese and Korean, a clause with no past marker
            // speaks of what is to come: "…から2029年には4兆1,800億円に拡大し".)
            p.clause_future = bounds
                .windows(2)
                .map(|w| {
                    let clause = &toks[w[0]..w[1].max(w[0])];
                    let bytes = clause
                        .first()
                        .zip(clause.last())
                        .map_or("", |(a, b)| &text[a.start..b.end]);
                    future_words(clause, text) || cjk_non_past(bytes)
                })
                .collect();
        }
        // A clause set against the rates after the last of them ("…, although
        // volumes had fallen 4 per cent", ", while prices …"), one in which
        // the speaker goes on ("…, and we did it while expanding operating
        // margin"), one after ", and" with no figure of its own ("…, and
        // margins expanded every year"), or one that gives a cause, with or
        // without a comma ("… over the period as battery prices fall",
        // "because", "amid", "driven by", "thanks to", "due to", "on the
        // back of"), measures another series: its words are not the
        // sentence's measures.
        const SPEAKERS: [&str; 5] = ["we", "i", "they", "he", "she"];
        let aside_from = p
            .rates
            .iter()
            .filter(|r| r.cagr)
            .map(|r| r.last)
            .max()
            .and_then(|last| {
                (last + 2..toks.len()).find(|&k| {
                    let and = toks[k].is_word("and");
                    let speaker = and
                        && toks
                            .get(k + 1)
                            .is_some_and(|t| SPEAKERS.iter().any(|w| t.is_word(w)));
                    let bare = and
                        && !toks[k + 1..]
                            .iter()
                            .take_while(|t| !(t.is_sym(",") || t.is_sym(";")))
                            .any(|t| t.kind == Kind::Num);
                    (toks[k - 1].is_sym(",") && (speaker || bare || contrast_at(toks, k)))
                        || causal_at(toks, k)
                })
            });
        let first_rate = p.rates.iter().find(|r| r.cagr).map_or(0, |r| r.first);
        let mut label: Option<bool> = None;
        // What the word at token `k` says: its `measure`, what a figure
        // beside it is (`at`), and what its clause measures (`clause`).
        let mut named: Vec<(usize, &'static str)> = Vec::new();
        let mut note = |p: &mut Parsed,
                        k: usize,
                        measure: Option<&'static str>,
                        at: Option<&'static str>,
                        clause: Option<&'static str>| {
            if let Some(m) = measure {
                named.push((k, m));
            }
            if let Some(m) = measure.filter(|_| k < first_rate) {
                let counts = matches!(m, "units" | "users");
                label = Some(label.unwrap_or(true) && counts);
            }
            if let Some(key) = measure.filter(|_| aside_from.is_none_or(|c| k < c)) {
                if !p.measures.contains(&key) {
                    p.measures.push(key);
                }
            }
            if let (true, Some(key)) = (clauses, at) {
                p.measure_at.push((k, key));
            }
            if let (true, Some(key)) = (clauses, clause) {
                let c = p.clause_starts.partition_point(|&b| b <= k);
                if !p.clause_measures[c].contains(&key) {
                    p.clause_measures[c].push(key);
                }
            }
        };
        // Who spends and what money is spent on name no measure of it:
        // "Readers spent $610 million", "Britons spent £1.34bn on fitness
        // equipment and subscriptions" (a word right before "spent",
        // "spend" or "spends"; an amount of money, "on", and up to six
        // words).
        let spender = |k: usize| {
            toks.get(k + 1)
                .is_some_and(|t| ["spent", "spend", "spends"].iter().any(|w| t.is_word(w)))
        };
        let money_ends: Vec<usize> = p
            .amounts
            .iter()
            .filter(|a| matches!(a.unit, Unit::Money(_)))
            .map(|a| a.last)
            .collect();
        let spent_on = |k: usize| {
            (k.saturating_sub(7)..k)
                .rev()
                .take_while(|&j| toks[j].kind == Kind::Word)
                .any(|j| j > 0 && toks[j].is_word("on") && money_ends.contains(&(j - 1)))
        };
        for (k, t) in toks
            .iter()
            .enumerate()
            .filter(|(_, t)| t.kind == Kind::Word)
        {
            let kind = crate::value::vocab::word_kind(t.text).filter(|_| {
                !deflator(toks, k) && !terms_phrase(toks, k) && !spent_on(k) && !spender(k)
            });
            let measure = kind.filter(|k| crate::value::vocab::is_measure(k));
            let segment = t.is_word("segment") || t.is_word("segments");
            let at = if clauses && per_head(toks, k) {
                Some("intensive")
            } else {
                kind
            };
            // (Most words say nothing.)
            if at.is_none() && !segment {
                continue;
            }
            // "unit sales" are units.
            let clause = if t.is_word("sales") && k > 0 && toks[k - 1].is_word("unit") {
                Some("units")
            } else {
                measure
            };
            note(
                &mut p,
                k,
                measure,
                at,
                clause.or(segment.then_some("segment")),
            );
        }
        // The same words in Chinese, Japanese and Korean, read as written
        // from each character (see `vocab::CJK_MEASURES`).
        let mut k = 0;
        while let Some(i) = (k..toks.len()).find(|&i| toks[i].is_cjk()) {
            k = i + 1;
            let Some((kind, len)) = crate::value::vocab::cjk_measure(&text[toks[i].start..]) else {
                continue;
            };
            let end = toks[i].start + len;
            k = toks[i..]
                .iter()
                .position(|t| t.start >= end)
                .map_or(toks.len(), |p| i + p);
            let measure = Some(kind).filter(|k| crate::value::vocab::is_measure(k));
            note(&mut p, i, measure, Some(kind), measure);
        }
        p.counted_label = label == Some(true);
        // Each compound rate's measure: the last named before it, after
        // the compound rate before it (the CJK words were noted last).
        named.sort_unstable_by_key(|&(k, _)| k);
        let mut after = 0;
        for r in p.rates.iter_mut().filter(|r| r.cagr) {
            r.measure = named
                .iter()
                .rev()
                .find(|&&(k, _)| after <= k && k < r.first)
                .map(|&(_, m)| m);
            after = r.last + 1;
        }
        // Figures under a head that names their measure ("营业收入（亿元）",
        // "Revenue (US$ bn)") measure it, where the line names none.
        if let Some(m) = set.heading.and_then(|h| h.measure) {
            if p.measures.is_empty() && !p.amounts.is_empty() {
                p.measures.push(m);
            }
        }
    }
    p
}

/// Hashes a sentence index with one multiplication: the keys are small
/// numbers of our own, so the default hasher's defence against chosen keys
/// is not needed.
#[derive(Default)]
pub(super) struct IndexHasher(u64);

impl Hasher for IndexHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_usize(&mut self, i: usize) {
        self.0 = (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// The sentences parsed so far, by index, and a token buffer reused from
/// one sentence to the next.
#[derive(Default)]
pub(super) struct Cache<'t> {
    parsed: HashMap<usize, Parsed, BuildHasherDefault<IndexHasher>>,
    toks: Vec<Tok<'t>>,
    /// The tokens a parse has used, reused from one sentence to the next.
    used: Vec<bool>,
}

impl Cache<'_> {
    /// Drops the parses of sentences before `s` when the cache holds more
    /// than 256 (so each call costs amortised constant time).
    pub(super) fn forget_before(&mut self, s: usize) {
        if self.parsed.len() > 256 {
            self.parsed.retain(|&k, _| k >= s);
        }
    }
}

pub(super) fn parsed<'c, 't>(
    cache: &'c mut Cache<'t>,
    sentences: &[Sentence],
    text: &'t str,
    s: usize,
    set: Setting<'_>,
) -> &'c Parsed {
    let Cache { parsed, toks, used } = cache;
    parsed.entry(s).or_insert_with(|| {
        tokenize(toks, text, sentences[s].start..sentences[s].end);
        let heading = heading_of(sentences, text, s);
        parse(toks, text, Setting { heading, ..set }, used)
    })
}

/// Marks as a part's ([`RateM::slashed`]) each rate in the clause (up to a
/// `;` that no "it", "they", "this" or "these" follows) of a part
/// construction: an amount, "of", up to three words (or a possessive) and
/// a larger amount of its kind ("Hardware accounted for
/// $800 million of the $3.2 billion market in 2024 and is expected to grow
/// at 17% a year"; "$1.1 billion of the market's $3.2 billion"). The rate
/// may be the part's or the whole's, and the text does not say which.
fn mark_parts(toks: &[Tok<'_>], p: &mut Parsed) {
    let Some(at) = p.amounts.windows(2).find_map(|w| {
        let (part, whole) = (&w[0], &w[1]);
        let gap = part.last + 1..whole.first;
        let part_of = !gap.is_empty()
            && gap.len() <= 5
            && toks[gap.start].is_word("of")
            && gap.clone().skip(1).all(|k| {
                let t = toks[k];
                (t.kind == Kind::Word && year_value(&t).is_none()) || matches!(t.text, "'" | "’")
            })
            && part.unit.compatible(whole.unit)
            && whole
                .stated
                .value()
                .ratio_to(part.stated.value())
                .is_ok_and(|r| r > 1.0);
        part_of.then_some(gap.start)
    }) else {
        return;
    };
    // (A `;` ends the clause unless a pronoun goes on with the part: "…;
    // it is expected to grow at 14% a year", "they", "this", "these".)
    let clause = |k: usize| {
        let (lo, hi) = (k.min(at), k.max(at));
        !(lo..hi).any(|j| {
            (toks[j].is_sym(";") || toks[j].is_sym("；"))
                && !toks
                    .get(j + 1)
                    .is_some_and(|t| ["it", "they", "this", "these"].iter().any(|w| t.is_word(w)))
        })
    };
    for r in p.rates.iter_mut().filter(|r| r.cagr && clause(r.first)) {
        r.slashed = true;
    }
}
