//! Claim assembly: the figures around each compound annual rate, chosen.

use core::ops::Range;

use super::mention::*;
use super::sentences::Sentence;
use super::{Claim, Spans};
use crate::{Amount, Figure, Forecast, Period, Scale, Source, Stated, When};

/// A candidate amount for a claim, with the sentence it came from.
#[derive(Clone)]
pub(super) struct Candidate {
    pub(super) amount: AmountM,
    pub(super) sentence: usize,
    /// 0 for the rate's own sentence, then 1, 2, ... by distance.
    pub(super) distance: usize,
}

impl Candidate {
    pub(super) fn year(&self) -> Option<i32> {
        self.amount.when.map(When::calendar_year)
    }

    pub(super) fn is(&self, other: &Candidate) -> bool {
        self.sentence == other.sentence && self.amount.first == other.amount.first
    }
}

/// Tokens around a rate in which its amounts and period are looked for.
pub(super) const NEAR: usize = 80;
/// Amounts taken from each neighbouring sentence (those nearest the rate).
pub(super) const PER_SENTENCE: usize = 8;
/// Bytes of context a passage keeps around its figures at most.
pub(super) const CONTEXT: usize = 400;

pub(super) fn floor_char(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

pub(super) fn ceil_char(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Sentences searched backward for figures (more when the rate's period
/// names the years to look for).
pub(super) const BACK: usize = 3;
pub(super) const BACK_PINNED: usize = 6;
/// Sentences searched forward, on the same line only.
pub(super) const FORWARD: usize = 2;

pub(super) fn assemble<'t>(
    text: &'t str,
    sentences: &[Sentence],
    cache: &mut Cache<'t>,
    s: usize,
    rate: &RateM,
    yen: Setting,
) -> Claim {
    let own = parsed(cache, sentences, text, s, yen);
    let own_places = own.places.clone();
    // The period nearest the rate in its sentence.
    let near = own
        .periods
        .partition_point(|p| p.first < rate.first.saturating_sub(NEAR));
    let period = own.periods[near..]
        .iter()
        .take_while(|p| p.first <= rate.last + NEAR)
        .min_by_key(|p| p.first.abs_diff(rate.last))
        .cloned();
    let (from, to) = match &period {
        Some(p) => (p.from, p.to.or(rate.until)),
        None => (None, rate.until),
    };
    let next = period.as_ref().and_then(|p| p.next);
    let pinned = from.is_some() || to.is_some() || next.is_some();

    // Candidates: the rate's sentence, then sentences before it, then (on
    // the same line) after it; never from a sentence about another place.
    let mut order = [(s, 0); 1 + BACK_PINNED + FORWARD];
    let mut listed = 1;
    let own_has_amounts = own.amounts.iter().any(|a| !a.skip);
    for d in 1..=if pinned { BACK_PINNED } else { BACK } {
        let Some(b) = s.checked_sub(d) else { break };
        order[listed] = (b, d);
        listed += 1;
    }
    if !own_has_amounts || pinned {
        for d in 1..=FORWARD {
            let f = s + d;
            if f >= sentences.len() || (sentences[f].new_line && !pinned) {
                break;
            }
            order[listed] = (f, d);
            listed += 1;
        }
    }
    let order = &order[..listed];
    // First the rate's own sentence alone; the neighbours are parsed only
    // when it does not hold both dated figures (the choice below prefers
    // the rate's sentence, so a second pass would pick the same ones).
    let (target, target_when, baseline, base_when) = {
        let mut limit = 0;
        let mut candidates: Vec<Candidate> = Vec::new();
        loop {
            candidates.clear();
            for &(sentence, distance) in order.iter().filter(|o| o.1 <= limit) {
                // Amounts and rates are numbers: a neighbour without a digit
                // has nothing to give, and is not parsed.
                let Sentence { start, end, .. } = sentences[sentence];
                if distance > 0 && !text.as_bytes()[start..end].iter().any(u8::is_ascii_digit) {
                    continue;
                }
                let parsed = parsed(cache, sentences, text, sentence, yen);
                let other_place = distance > 0
                    && !own_places.is_empty()
                    && !parsed.places.is_empty()
                    && !parsed.places.iter().any(|p| own_places.contains(p));
                // A neighbouring sentence with a CAGR of its own keeps its figures,
                // unless this rate's sentence has figures of its own to complete
                // ("Unit shipments will grow at 4.1% over the same period" takes
                // nothing from the revenue forecast before it).
                let own_claim =
                    distance > 0 && !own_has_amounts && parsed.rates.iter().any(|r| r.cagr);
                if other_place || own_claim {
                    continue;
                }
                // Near the rate in its own sentence; the amounts closest to it in
                // the others. This bounds the work per claim whatever the text.
                let amounts = &parsed.amounts;
                let picked: &[AmountM] = if distance == 0 {
                    // With several rates in the sentence, an amount belongs to the
                    // first rate after it (or the last rate): "from $12 billion to
                    // $16.2 billion, a CAGR of 6.2%, while software will grow from
                    // $8 billion to $16 billion, a CAGR of 14.9%".
                    // (Found by binary search, so a sentence of many rates stays
                    // linear.)
                    let all = &parsed.rates;
                    let at = all.partition_point(|r| r.first < rate.first);
                    let before = all[..at].iter().rev().take(NEAR).find(|r| r.cagr);
                    let after = all[(at + 1).min(all.len())..]
                        .iter()
                        .take(NEAR)
                        .find(|r| r.cagr);
                    let lo_tok = before.map_or(0, |r| r.last + 1);
                    let hi_tok = if after.is_some() {
                        rate.last
                    } else {
                        usize::MAX
                    };
                    let lo =
                        amounts.partition_point(|a| a.last + NEAR < rate.first || a.first < lo_tok);
                    let hi = amounts
                        .partition_point(|a| a.first <= rate.last + NEAR && a.last <= hi_tok);
                    &amounts[lo..hi.max(lo)]
                } else if sentence < s {
                    &amounts[amounts.len().saturating_sub(PER_SENTENCE)..]
                } else {
                    &amounts[..amounts.len().min(PER_SENTENCE)]
                };
                candidates.extend(picked.iter().filter(|a| !a.skip).map(|a| Candidate {
                    amount: a.clone(),
                    sentence,
                    distance,
                }));
            }
            let closest = |c: &&Candidate| (c.distance, c.amount.first.abs_diff(rate.first));

            // The target: the amount at the period's end; else the latest dated
            // amount of the rate's sentence, or of the nearby sentences; else, with
            // a period to date it, the last undated amount of the rate's sentence.
            let latest = |cs: &mut dyn Iterator<Item = &Candidate>| -> Option<Candidate> {
                cs.filter(|c| c.year().is_some())
                    .min_by_key(|c| {
                        (
                            core::cmp::Reverse(c.year()),
                            c.distance,
                            c.amount.first.abs_diff(rate.first),
                        )
                    })
                    .cloned()
            };
            let mut target = match to {
                Some(y) => candidates
                    .iter()
                    .filter(|c| c.year() == Some(y))
                    .min_by_key(closest)
                    .cloned(),
                None => latest(&mut candidates.iter().filter(|c| c.distance == 0)).or_else(|| {
                    if own_has_amounts {
                        None
                    } else {
                        latest(&mut candidates.iter())
                    }
                }),
            };
            if target.is_none() && from.is_some() && to.is_some() {
                // "to Rs 9,000 crore from Rs 5,200 crore": the word before an
                // amount says which end it is; else the later one is the target.
                target = candidates
                    .iter()
                    .filter(|c| {
                        c.distance == 0 && c.amount.when.is_none() && c.amount.role != Role::From
                    })
                    .max_by_key(|c| (c.amount.role == Role::To, c.amount.first))
                    .cloned();
            }
            let target_when = target.as_ref().and_then(|t| {
                t.amount
                    .when
                    .or_else(|| to.and_then(|y| When::year(i64::from(y)).ok()))
            });
            let target_year = target_when.map(When::calendar_year);
            let unit = target.as_ref().map(|t| t.amount.unit);
            let fits = |c: &Candidate| {
                unit.is_none_or(|u| u.compatible(c.amount.unit))
                    && target.as_ref().is_none_or(|t| !t.is(c))
            };

            // The baseline: the amount at the period's start (or the year before,
            // or the start of "the next N years"); else the latest dated amount
            // before the target, from the target's sentence if it has one.
            let start = from.or_else(|| next.and_then(|n| target_year.map(|t| t - n)));
            let mut baseline = match start {
                Some(y) => candidates
                    .iter()
                    .filter(|c| fits(c) && c.year() == Some(y))
                    .min_by_key(closest)
                    .or_else(|| {
                        candidates
                            .iter()
                            .filter(|c| fits(c) && c.year() == Some(y - 1) && from.is_some())
                            .min_by_key(closest)
                    })
                    .cloned(),
                None => target_year.or(to).and_then(|ty| {
                    let before = |c: &&Candidate| fits(c) && c.year().is_some_and(|y| y < ty);
                    let same = target.as_ref().map(|t| t.sentence);
                    let pick = |cs: &mut dyn Iterator<Item = &Candidate>| {
                        cs.min_by_key(|c| {
                            (
                                core::cmp::Reverse(c.year()),
                                c.distance,
                                c.amount.first.abs_diff(rate.first),
                            )
                        })
                        .cloned()
                    };
                    pick(
                        &mut candidates
                            .iter()
                            .filter(before)
                            .filter(|c| Some(c.sentence) == same),
                    )
                    .or_else(|| pick(&mut candidates.iter().filter(before)))
                }),
            };
            // An undated amount before the target in the target's sentence, dated
            // by the period.
            if baseline.is_none() {
                if let Some(t) = &target {
                    baseline = candidates
                        .iter()
                        .filter(|c| {
                            c.sentence == t.sentence
                                && c.amount.when.is_none()
                                && (c.amount.first < t.amount.first || c.amount.role == Role::From)
                                && c.amount.role != Role::To
                                && fits(c)
                        })
                        .min_by_key(|c| (c.amount.role != Role::From, c.amount.first))
                        .cloned();
                }
            }
            let mut base_when = baseline.as_ref().and_then(|b| {
                b.amount
                    .when
                    .or_else(|| start.and_then(|y| When::year(i64::from(y)).ok()))
            });
            // A baseline not before the target belongs to another claim.
            if let (Some(b), Some(t)) = (base_when, target_when) {
                if b.position() >= t.position() {
                    baseline = None;
                    base_when = None;
                }
            }
            if limit == usize::MAX || (base_when.is_some() && target_when.is_some()) {
                break (target, target_when, baseline, base_when);
            }
            limit = usize::MAX;
        }
    };
    // "from $3.2 to $5.1 billion": a bare baseline takes the target's scale.
    let base_amount = baseline.as_ref().map(|b| match &target {
        Some(t) => rescale(b.amount.stated, t.amount.stated),
        None => b.amount.stated,
    });

    let explicit = period.as_ref().and_then(|p| match (p.from, p.to) {
        (Some(a), Some(b)) => Period::new(i64::from(a), i64::from(b)).ok(),
        _ => None,
    });
    let mut lo = sentences[s].start;
    let mut hi = sentences[s].end;
    for c in baseline.iter().chain(target.iter()) {
        lo = lo.min(sentences[c.sentence].start);
        hi = hi.max(sentences[c.sentence].end);
    }
    // A passage of whole sentences, but not more than a few hundred bytes
    // around the figures (and the period, when it is reported) when a
    // "sentence" is huge.
    let period = period.filter(|_| explicit.is_some());
    let spans = [&rate.span]
        .into_iter()
        .chain(baseline.iter().map(|b| &b.amount.span))
        .chain(target.iter().map(|t| &t.amount.span))
        .chain(period.iter().map(|p| &p.span));
    let (first, last) = spans.fold((rate.span.start, rate.span.end), |(a, b), r| {
        (a.min(r.start), b.max(r.end))
    });
    let lo = lo.max(floor_char(text, first.saturating_sub(CONTEXT)));
    let hi = hi.min(ceil_char(text, last + CONTEXT));
    let passage = trim_range(text, lo..hi);
    let forecast = Forecast {
        baseline: base_amount.map(|amount| Figure {
            amount,
            when: base_when,
        }),
        target: target.as_ref().map(|t| Figure {
            amount: t.amount.stated,
            when: target_when,
        }),
        rate: Some(rate.stated),
        period: explicit,
        source: Some(Source {
            quote: Some(text[passage.clone()].to_owned()),
            ..Source::default()
        }),
        alternatives: Vec::new(),
    };
    Claim {
        forecast,
        passage,
        spans: Spans {
            baseline: baseline.map(|b| b.amount.span),
            target: target.map(|t| t.amount.span),
            rate: Some(rate.span.clone()),
            period: period.map(|p| p.span),
        },
    }
}

/// A baseline printed without a scale ("from $3.2 to $5.1 billion") in the
/// scale of the target.
pub(super) fn rescale(base: Stated<Amount>, target: Stated<Amount>) -> Stated<Amount> {
    let (b, t) = (base.value(), target.value());
    if b.scale() != Scale::One || t.scale() == Scale::One || base.upper().is_some() {
        return base;
    }
    let Ok(mut amount) = Amount::new(b.value(), t.scale()) else {
        return base;
    };
    if let Some(c) = b.currency().or(t.currency()) {
        amount = amount.with_currency(c);
    }
    let mut out = Stated::printed(amount, base.decimals().unwrap_or(0));
    if let Some(q) = base.qualifier() {
        out = out.qualified(q);
    }
    out
}

pub(super) fn trim_range(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let start = r.start + (s.len() - s.trim_start().len());
    let end = r.end - (s.len() - s.trim_end().len());
    start..end.max(start)
}
