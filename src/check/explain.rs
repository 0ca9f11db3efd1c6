//! The English explanation of a [`Report`]: `Display` for one paragraph,
//! `{:#}` for the detailed report.

use core::fmt;

use crate::{Amount, Analysis, Convention, Forecast, Interval, Reason, Report, Verdict, When};

/// A rate interval (fractions) printed in percent with `d` decimals; an
/// infinite end reads "no limit".
///
/// The checker leaves out any rate whose percentage overflows `f64` (see
/// `check`), but a `Report`'s fields are public, so a finite fraction of
/// `f64::MAX / 100` or more still prints as a number: in scientific
/// notation, its exponent moved up by two (`4.05e308%`), never `inf%`.
struct Percent(f64, usize);

impl fmt::Display for Percent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Percent(x, d) = *self;
        let percent = x * 100.0;
        if x.is_infinite() {
            f.write_str(if x > 0.0 {
                "no upper limit"
            } else {
                "no lower limit"
            })
        } else if percent.is_finite() || x.is_nan() {
            write!(f, "{percent:.d$}%")
        } else {
            let sci = format!("{x:.d$e}");
            let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
            let exp: i32 = exp.parse().unwrap_or(0);
            write!(f, "{mantissa}e{}%", exp + 2)
        }
    }
}

struct Range(Interval, usize);

impl Range {
    /// Whether the two ends print the same even at four decimals (exact
    /// figures): the phrase then says nothing the point value does not.
    fn collapses(&self) -> bool {
        let Range(i, _) = *self;
        i.hi.is_finite() && Percent(i.lo, 4).to_string() == Percent(i.hi, 4).to_string()
    }

    /// ` (10.10% to 10.92% {tail})`, or nothing for a collapsed range.
    fn aside(&self, tail: &str) -> String {
        if self.collapses() {
            String::new()
        } else if tail.is_empty() {
            format!(" ({self})")
        } else {
            format!(" ({self} {tail})")
        }
    }
}

impl fmt::Display for Range {
    /// `10.10% to 10.92%`; more decimals (up to four) where the ends would
    /// otherwise print the same, and one number where they still do.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Range(i, d) = *self;
        if i.hi.is_infinite() {
            return write!(f, "{} or more", Percent(i.lo, d));
        }
        let mut d = d;
        loop {
            let (lo, hi) = (Percent(i.lo, d).to_string(), Percent(i.hi, d).to_string());
            if lo != hi {
                return write!(f, "{lo} to {hi}");
            }
            if d >= 4 {
                return f.write_str(&lo);
            }
            d += 1;
        }
    }
}

/// The rates an interval allows, as a phrase: `anything from 0.00% to
/// 37.97%`, `anything from 5.00% up` or `anything up to 5.00%` for an
/// open-ended one, with more decimals (up to four) where the ends would
/// otherwise print the same.
struct Anything(Interval, usize);

impl fmt::Display for Anything {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Anything(i, d) = *self;
        match (i.lo.is_infinite(), i.hi.is_infinite()) {
            (true, true) => f.write_str("any rate"),
            (true, false) => write!(f, "anything up to {}", Percent(i.hi, d)),
            (false, true) => write!(f, "anything from {} up", Percent(i.lo, d)),
            (false, false) => {
                let mut d = d;
                while d < 4 && Percent(i.lo, d).to_string() == Percent(i.hi, d).to_string() {
                    d += 1;
                }
                write!(
                    f,
                    "anything from {} to {}",
                    Percent(i.lo, d),
                    Percent(i.hi, d)
                )
            }
        }
    }
}

/// "in 2024" or "at the end of September 2024".
struct In(When);

impl fmt::Display for In {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.month() {
            Some(_) => write!(f, "at the {}", self.0),
            None => write!(f, "in {}", self.0),
        }
    }
}

/// "by 2035" or "by the end of September 2035".
struct By(When);

impl fmt::Display for By {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.month() {
            Some(_) => write!(f, "by the {}", self.0),
            None => write!(f, "by {}", self.0),
        }
    }
}

/// Years as a person would say them: `11 years`, `10.75 years`.
struct Years(f64);

impl fmt::Display for Years {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let y = (self.0 * 100.0).round() / 100.0;
        if y == 1.0 {
            f.write_str("1 year")
        } else {
            write!(f, "{y} years")
        }
    }
}

/// An amount rounded to one decimal in its scale.
struct Rounded(Amount);

impl fmt::Display for Rounded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.1}", self.0)
    }
}

impl Report<'_> {
    /// Decimals for printing rate intervals: one more than the stated rate
    /// was printed with, and at least two, so a marginal verdict is visible.
    fn decimals(&self) -> usize {
        let stated = self
            .forecast
            .rate
            .and_then(|r| r.decimals())
            .map_or(1, usize::from);
        (stated + 1).max(2)
    }

    fn paragraph(&self, f: &mut fmt::Formatter<'_>, a: &Analysis) -> fmt::Result {
        let fc: &Forecast = self.forecast;
        let (Some(base), Some(target), Some(rate)) = (fc.baseline, fc.target, fc.rate) else {
            return Ok(());
        };
        let d = self.decimals();
        // A consistent verdict on figures too coarse to test the rate says so
        // first, and gives the range as what the figures allow.
        let coarse = self.verdict == Verdict::Consistent && a.too_coarse;
        let verdict = match self.verdict {
            Verdict::Consistent if coarse => {
                "Consistent, but only because the figures are printed too coarsely to test it"
            }
            Verdict::Consistent => "Consistent",
            _ if self.is_near_miss() => "Inconsistent, a near miss",
            _ => "Inconsistent",
        };
        let change = if target.amount.value() < base.amount.value() {
            "falling"
        } else {
            "growing"
        };
        let how = if a.span.lo == a.span.hi {
            "how the figures were printed"
        } else {
            "how the figures and dates were printed"
        };
        write!(
            f,
            "{verdict}: {} {} {change} to {} {} implies {:.2} a year over {}",
            base.amount,
            In(a.from),
            target.amount,
            By(a.to),
            a.implied,
            Years(a.years),
        )?;
        if coarse {
            write!(
                f,
                ", yet {how} allows {}, ",
                Anything(a.implied_interval, d)
            )?;
        } else {
            let aside = Range(a.implied_interval, d).aside(&format!("allowing for {how}"));
            write!(f, "{aside}, ")?;
        }
        // "the stated 15.6%", but "the stated rate of over 12%".
        let the_stated = if rate.qualifier().is_some() {
            "the stated rate of"
        } else {
            "the stated"
        };
        if self.verdict == Verdict::Consistent {
            return write!(
                f,
                "which reaches {the_stated} {rate}{}.",
                Range(a.stated_interval, d).aside("")
            );
        }
        write!(
            f,
            "not {the_stated} {rate}{}, which is {:.2} points {}.",
            Range(a.stated_interval, d).aside(""),
            a.gap_points.abs(),
            if a.gap_points > 0.0 {
                "higher"
            } else {
                "lower"
            }
        )?;
        let r = &a.reconcile;
        // The rate the reconciliation uses: as printed, or the middle of a
        // printed range.
        let stated = if rate.upper().is_some() {
            format!("{:.2}", a.stated)
        } else {
            a.stated.to_string()
        };
        let (s, e) = (base.amount.value(), target.amount.value());
        let mut clauses: Vec<String> = Vec::new();
        if let Some(t) = r.target {
            clauses.push(format!("{s} would reach {} {}", Rounded(t), By(a.to)));
        }
        if let Some(b) = r.baseline {
            clauses.push(format!(
                "reaching {e} {} would need a baseline of {} {}",
                By(a.to),
                Rounded(b),
                In(a.start())
            ));
        }
        if let (Some(n), Some(year)) = (r.span, a.year_reached()) {
            let instead = match a.to.month() {
                Some(_) => format!("the {}", a.to),
                None => a.to.to_string(),
            };
            clauses.push(format!(
                "{s} would reach {e} in {n:.1}, around {year:.1} rather than {instead}"
            ));
        }
        if !clauses.is_empty() {
            write!(f, " At {stated} a year, ")?;
            let last = clauses.len() - 1;
            for (i, clause) in clauses.iter().enumerate() {
                match i {
                    0 => {}
                    _ if i == last => f.write_str("; and ")?,
                    _ => f.write_str("; ")?,
                }
                f.write_str(clause)?;
            }
            f.write_str(".")?;
        }
        if let (Some(p), Some(v)) = (fc.period, r.period_start) {
            write!(
                f,
                " Over the stated period {}-{}, {stated} would need {} in {}, so {s} cannot be its base.",
                p.from(),
                p.to(),
                Rounded(v),
                p.from()
            )?;
        }
        let mut fitting = a.readings.fitting().peekable();
        if fitting.peek().is_none() {
            write!(f, " None of the usual slips (")?;
            for (i, reading) in a.readings.iter().enumerate() {
                if i > 0 {
                    f.write_str(", ")?;
                }
                write!(f, "{}", reading.convention)?;
            }
            write!(f, ") reproduces {rate}.")
        } else {
            for reading in fitting {
                write!(
                    f,
                    " The stated rate does match the rate computed {} ({}).",
                    reading.convention,
                    Range(reading.interval, d)
                )?;
            }
            Ok(())
        }
    }

    fn detailed(&self, f: &mut fmt::Formatter<'_>, a: &Analysis) -> fmt::Result {
        let fc = self.forecast;
        let d = self.decimals();
        let note = if self.is_near_miss() {
            " (near miss)"
        } else if self.verdict == Verdict::Consistent && a.too_coarse {
            " (too coarse to test)"
        } else {
            ""
        };
        writeln!(f, "verdict         {}{note}", self.verdict)?;
        if let Some(b) = fc.baseline {
            writeln!(f, "baseline        {} ({})", b.amount, a.from)?;
        }
        if let Some(t) = fc.target {
            writeln!(f, "target          {} ({})", t.amount, a.to)?;
        }
        if let Some(r) = fc.rate {
            writeln!(
                f,
                "stated CAGR     {r}, read as {}",
                Range(a.stated_interval, d)
            )?;
        }
        if let Some(p) = fc.period {
            writeln!(
                f,
                "stated period   {}-{} ({} years)",
                p.from(),
                p.to(),
                p.years()
            )?;
        }
        write!(f, "span            {}", Years(a.years))?;
        if a.span.lo != a.span.hi {
            write!(
                f,
                " ({} to {} with the months)",
                (a.span.lo * 100.0).round() / 100.0,
                Years(a.span.hi)
            )?;
        }
        writeln!(f)?;
        writeln!(
            f,
            "implied CAGR    {:.2}, range {}",
            a.implied,
            Range(a.implied_interval, d)
        )?;
        writeln!(
            f,
            "gap             {:.2} points (stated minus implied); {:.2} points between the ranges",
            a.gap_points, a.distance_points
        )?;
        writeln!(f, "at {}:", a.stated)?;
        let r = &a.reconcile;
        if let Some(t) = r.target {
            writeln!(f, "  target        {} {}", Rounded(t), By(a.to))?;
        }
        if let Some(b) = r.baseline {
            writeln!(f, "  baseline      {} {}", Rounded(b), In(a.start()))?;
        }
        if let Some(n) = r.span {
            writeln!(f, "  span          {n:.2} from the baseline to the target")?;
        }
        if let (Some(p), Some(v)) = (fc.period, r.period_start) {
            writeln!(
                f,
                "  {} value    {} for the stated period",
                p.from(),
                Rounded(v)
            )?;
        }
        writeln!(f, "conventions:")?;
        for reading in a.readings.iter() {
            let label = match reading.convention {
                Convention::SimpleAverage | Convention::Continuous => {
                    format!("{}", reading.convention)
                }
                c => format!("{c} ({})", Years(reading.years)),
            };
            writeln!(
                f,
                "  {label:<44} {:>8}  {:<22} {}",
                Percent(reading.rate, 2).to_string(),
                Range(reading.interval, d).to_string(),
                if reading.fits { "fits" } else { "no" }
            )?;
        }
        Ok(())
    }
}

impl Report<'_> {
    /// "600 billion CNY (2024) to 1,729.5 billion CNY (2035) implies 10.10%
    /// a year (inconsistent); …": each reading of an ambiguous passage with
    /// the rate it implies and its verdict.
    fn readings_of_passage(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let readings = core::iter::once(self.forecast).chain(self.forecast.alternatives.iter());
        for (i, reading) in readings.enumerate() {
            let (verdict, analysis) = crate::check::judge(reading, &self.settings);
            if i > 0 {
                f.write_str("; ")?;
            }
            let figure = |fig: &Option<crate::Figure>| match fig {
                Some(crate::Figure {
                    amount,
                    when: Some(w),
                }) => format!("{amount} ({w})"),
                Some(crate::Figure { amount, when: None }) => format!("{amount}"),
                None => "no figure".to_owned(),
            };
            write!(
                f,
                "{} to {}",
                figure(&reading.baseline),
                figure(&reading.target)
            )?;
            match analysis {
                Some(a) => write!(f, " implies {:.2} a year ({verdict})", a.implied)?,
                None => write!(f, " ({verdict})")?,
            }
        }
        f.write_str(".")
    }
}

impl Report<'_> {
    /// "Inconsistent: the passage gives no year for the target, but every
    /// year from 2018 to 2067 gives that verdict; the nearest, 39 billion USD
    /// (2017) to 120 billion USD (2020), implies 45.45% a year, not 51%.": a
    /// verdict decided over every year an undated end may have.
    fn every_year(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let fc = self.forecast;
        let undated_target = fc.target.is_some_and(|t| t.when.is_none());
        let year_of = |alt: &Forecast| {
            let end = if undated_target {
                alt.target
            } else {
                alt.baseline
            };
            end.and_then(|e| e.when).map(When::calendar_year)
        };
        let years = fc.alternatives.iter().filter_map(year_of);
        let (Some(first), Some(last)) = (years.clone().min(), years.max()) else {
            return Ok(());
        };
        let judged = fc.alternatives.iter().filter_map(|alt| {
            let a = crate::check::judge(alt, &self.settings).1?;
            Some((alt, a))
        });
        // The reading that misses the stated rate by least; among those that
        // fit it, the one whose point estimate is closest.
        let key = |a: &Analysis| (a.distance_points, a.gap_points.abs());
        let Some((alt, a)) = judged.min_by(|(_, a), (_, b)| {
            let (a, b) = (key(a), key(b));
            a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1))
        }) else {
            return Ok(());
        };
        let (Some(base), Some(target)) = (alt.baseline, alt.target) else {
            return Ok(());
        };
        let (Some(bw), Some(tw)) = (base.when, target.when) else {
            return Ok(());
        };
        let Some(rate) = fc.rate else {
            return Ok(());
        };
        let verdict = match self.verdict {
            Verdict::Consistent => "Consistent",
            _ => "Inconsistent",
        };
        write!(
            f,
            "{verdict}: the passage gives no year for the {}, but every year from {first} to {last} \
             gives that verdict; the nearest, {} ({bw}) to {} ({tw}), implies {:.2} a year, \
             against a stated {rate}.",
            if undated_target { "target" } else { "baseline" },
            base.amount,
            target.amount,
            a.implied,
        )
    }
}

impl fmt::Display for Report<'_> {
    /// One paragraph in English; with `{:#}`, a detailed report with every
    /// number.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.analysis, self.verdict) {
            (Some(a), _) if f.alternate() => self.detailed(f, a),
            (Some(a), _) => self.paragraph(f, a),
            (None, Verdict::Unverifiable(reason @ Reason::Ambiguous)) => {
                write!(f, "Unverifiable: {reason}: ")?;
                self.readings_of_passage(f)?;
                if f.alternate() {
                    writeln!(f)?;
                }
                Ok(())
            }
            (None, Verdict::Unverifiable(reason)) => {
                write!(f, "Unverifiable: {reason}.")?;
                if f.alternate() {
                    writeln!(f)?;
                }
                Ok(())
            }
            (None, _) => {
                self.every_year(f)?;
                if f.alternate() {
                    writeln!(f)?;
                }
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_never_prints_an_infinity() {
        let table = [
            (0.156, 2, "15.60%"),
            (-0.5, 0, "-50%"),
            (f64::INFINITY, 2, "no upper limit"),
            (f64::NEG_INFINITY, 2, "no lower limit"),
            // Finite fractions whose percentage overflows `f64`.
            (4.05e306, 2, "4.05e308%"),
            (f64::MAX, 3, "1.798e310%"),
            (-f64::MAX, 0, "-2e310%"),
        ];
        for (x, d, want) in table {
            assert_eq!(Percent(x, d).to_string(), want, "{x:e}");
        }
    }
}
