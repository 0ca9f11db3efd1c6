//! Ends given relative to the other: a multiple ("expected to double to
//! $8.4 billion by 2030 from 2024") or an increment ("to grow by £0.8bn to
//! reach £5.2bn by 2026 from 2022").
//!
//! Where the figures around a rate give one end, dated, and the rate's
//! sentence relates the other to it in the same clause, the other end is
//! derived:
//! - **A multiple** k ([`super::ratios`]) before a given target makes the
//!   baseline the target over k; after a given baseline it makes the
//!   target the baseline times k. A ratio word is a round figure: k stands
//!   for anything within the hedge band (5%) of it, so the derived end
//!   carries "about". The growth then depends on k alone, so the given end
//!   is taken as exact. A multiple hedged one way ("more than double",
//!   "nearly triple") derives nothing: such words are often loose (a "more
//!   than double" over four years at 29% a year is 2.8 times), and a band
//!   would call them wrong; nor does a given end hedged one way ("double to
//!   over $8 billion").
//! - **An increment** ("by £0.8bn", "an additional 43 million", "add $1.2
//!   billion") before a
//!   given target makes the baseline their difference, after a given
//!   baseline the target their sum, as the interval their printed
//!   precision allows ("£5.2bn" less "£0.8bn" is £4.3bn to £4.5bn). A
//!   hedged increment derives nothing.
//!
//! A given end marked as a start ("from $4.2 billion") is the baseline; any
//! other is the baseline where the relation comes after it (or in a later
//! sentence), the target where it comes before. The derived end's year is the
//! rate's period's (its start for a baseline, its end for a target), else a
//! bare year the sentence names: "from 2024", "compared with 2024",
//! 较2025年 for a baseline; "triple by 2033", "double from $5bn in 2024 by
//! 2031" (after the start and its date), the increment's own "by 2025"
//! for a target. With no year, nothing is derived; nor where the rate's
//! period puts the given end elsewhere ("doubled from 2018 to $4 billion in
//! 2023 and is expected to grow at a CAGR of 9% to 2030"). The derived
//! end's span is the ratio word or the increment.

use core::ops::Range;

use super::mention::{AmountM, Parsed, RateM, RatioM, Role};
use crate::{Amount, Figure, Hedge, Interval, Qualifier, Stated, When};

/// Both ends of a claim, one of them derived, with their spans.
pub(super) struct Derived {
    pub(super) baseline: Figure,
    pub(super) target: Figure,
    pub(super) base_span: Range<usize>,
    pub(super) target_span: Range<usize>,
}

/// One end as chosen: the amount, its date, and whether it is in the
/// rate's sentence.
pub(super) struct End<'a> {
    pub(super) amount: &'a AmountM,
    pub(super) when: When,
    pub(super) own: bool,
}

/// Whether the sentence sets a clause against another between tokens `a`
/// and `b`.
fn across_contrast(own: &Parsed, a: usize, b: usize) -> bool {
    let (lo, hi) = (a.min(b), a.max(b));
    own.contrasts.iter().any(|&c| lo < c && c < hi)
}

/// `x` to four significant digits, so that a derived value prints as a
/// figure ("4.2 billion", "10.33 billion") rather than as a binary
/// fraction; the change is under 0.05%, far inside the band it carries.
fn round4(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let e = x.abs().log10().floor() as i32 - 3;
    if e < 0 {
        let p = 10f64.powi(-e);
        (x * p).round() / p
    } else {
        let p = 10f64.powi(e);
        (x / p).round() * p
    }
}

/// An amount in the scale and currency of `like`, worth `value` base
/// units.
fn like(like: Amount, value: f64) -> Option<Amount> {
    let a = Amount::from_base(value).ok()?.in_scale(like.scale());
    Some(match like.currency() {
        Some(c) => a.with_currency(c),
        None => a,
    })
}

/// The given end as exact, keeping only a symmetric hedge out: its growth
/// to a multiple of it does not depend on it.
fn exact(end: &AmountM) -> Option<Stated<Amount>> {
    let s = end.stated;
    let one_sided = s.qualifier().is_some_and(|q| q.hedge() != Hedge::Around);
    (s.upper().is_none() && !one_sided).then(|| Stated::exact(s.value()))
}

/// `given` plus or minus `inc` (`sign`), as the interval both printed
/// precisions allow, in `given`'s scale.
fn shifted(given: &AmountM, inc: &AmountM, sign: f64) -> Option<Stated<Amount>> {
    let Interval { lo: g0, hi: g1 } = given.stated.interval();
    let Interval { lo: i0, hi: i1 } = inc.stated.interval();
    let (lo, hi) = if sign > 0.0 {
        (g0 + i0, g1 + i1)
    } else {
        (g0 - i1, g1 - i0)
    };
    if !(lo > 0.0 && hi > lo && lo.is_finite() && hi.is_finite()) {
        return None;
    }
    let g = given.stated.value();
    Stated::<Amount>::range(like(g, round4(lo))?, like(g, round4(hi))?).ok()
}

/// The claim's two ends, where one is given and the rate's sentence
/// relates the other to it (see the module docs). `from` and `to` are the
/// rate's period. A relation after the given end (or in a later sentence)
/// derives the target, one before it the baseline, whichever end the
/// given one was chosen as.
pub(super) fn derive(
    own: &Parsed,
    rate: &RateM,
    from: Option<i32>,
    to: Option<i32>,
    given: &End<'_>,
) -> Option<Derived> {
    let same_clause = |k: usize| !across_contrast(own, k, rate.first);
    let increment =
        |a: &&AmountM| a.increment && a.stated.qualifier().is_none() && a.stated.upper().is_none();
    let g = given.amount;
    let after = |k: usize| !given.own || k > g.last;
    let before = |k: usize| given.own && k < g.first;
    // A multiple hedged one way ("more than double", "nearly triple") is
    // often loose (a "more than double" that is 2.8 times): no end is
    // derived from it.
    let one_sided = |r: &&RatioM| r.hedge.is_some_and(|q| q.hedge() != Hedge::Around);
    let ratio = own
        .ratios
        .iter()
        .find(|r| same_clause(r.first) && (after(r.first) || before(r.last)));
    if ratio.is_some_and(|r| one_sided(&r)) {
        return None;
    }
    let inc = own.amounts.iter().filter(increment).find(|a| {
        same_clause(a.first) && a.unit.compatible(g.unit) && (after(a.first) || before(a.last))
    });
    let (span, after_given) = match (ratio, inc) {
        (Some(r), _) => (r.span.clone(), after(r.first)),
        (None, Some(a)) => (a.span.clone(), after(a.first)),
        (None, None) => return None,
    };
    // "from $4.2 billion" is a baseline wherever the relation stands; else
    // the relation's place decides ("reached" and 達 mark levels reached,
    // not targets).
    let forward = g.role == Role::From || after_given;
    // The given end must be at the rate's period's own end, where it has
    // one: "doubled from 2018 to $4 billion in 2023 and is expected to grow
    // at a CAGR of 9% to 2030" relates the past, not the rate.
    let at = given.when.calendar_year().get();
    let off_period = if forward {
        from.is_some_and(|f| at != f && at != f - 1)
    } else {
        to.is_some_and(|t| at != t)
    };
    if off_period {
        return None;
    }
    let year = if forward {
        to.or(ratio.and_then(|r| r.by))
            .or(inc.and_then(AmountM::year))
    } else {
        from.or(own.from_year)
    };
    let when = When::year(year?).ok()?;
    let order_ok = if forward {
        when.position() > given.when.position()
    } else {
        when.position() < given.when.position()
    };
    if !order_ok {
        return None;
    }
    let (derived, given_stated) = match (ratio, inc) {
        (Some(r), _) => {
            let exact = exact(g)?;
            let base = exact.value().value();
            let value = round4(if forward { base * r.k } else { base / r.k });
            let derived = Stated::exact(like(exact.value(), value)?).qualified(Qualifier::About);
            (derived, exact)
        }
        (None, Some(a)) => (shifted(g, a, if forward { 1.0 } else { -1.0 })?, g.stated),
        (None, None) => return None,
    };
    let (given_figure, derived_figure) = (
        Figure::new(given_stated, given.when),
        Figure::new(derived, when),
    );
    Some(if forward {
        Derived {
            baseline: given_figure,
            target: derived_figure,
            base_span: g.span.clone(),
            target_span: span,
        }
    } else {
        Derived {
            baseline: derived_figure,
            target: given_figure,
            base_span: span,
            target_span: g.span.clone(),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derived_values_print_as_figures() {
        assert_eq!(round4(8.4 / 2.0), 4.2);
        assert_eq!(round4(31.0 / 3.0), 10.33);
        assert_eq!(round4(1994.0 * 2.0), 3988.0);
        assert_eq!(round4(0.0), 0.0);
    }
}
