//! Scenarios: how a forecast moves with its inputs. [`Sensitivity`] is the
//! target value over a grid of rates and horizons; [`RateGrid`] is the
//! implied CAGR over a grid of baselines and targets.
//!
//! Both are plain data first (every number is available through getters),
//! printed as an aligned text grid by `Display` and as Markdown or CSV
//! through `table()`.

use core::fmt;

use crate::num::decimal::grouped;
use crate::{solve, Amount, Rate, Result, Scale, Span, Table, When, Year};

/// Target values for a grid of rates (rows) and target years (columns),
/// all from one baseline.
///
/// # Formula
///
/// `value[i][j] = baseline · (1 + rate_i)^(year_j − from)`, each cell
/// computed by [`solve::end`].
///
/// # Example
///
/// ```
/// use cagr::{Amount, Rate, Sensitivity, Year};
///
/// let base: Amount = "1,000 billion yuan".parse()?;
/// let (from, to) = (Year::new(2030)?, Year::new(2035)?);
/// let grid = Sensitivity::around(from, base, Rate::from_percent(11.6)?, to)?;
/// let rates: Vec<String> = grid.rates().iter().map(|r| r.to_string()).collect();
/// assert_eq!(rates, ["9.6%", "10.6%", "11.6%", "12.6%", "13.6%"]);
/// let years: Vec<i32> = grid.years().iter().map(|y| y.get()).collect();
/// assert_eq!(years, [2034, 2035, 2036]);
/// assert_eq!(format!("{:.1}", grid.value(2, 1).unwrap()), "1,731.1 billion CNY");
/// # Ok::<(), cagr::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Sensitivity {
    from: Year,
    baseline: Amount,
    rates: Vec<Rate>,
    years: Vec<Year>,
    /// Row-major: `values[i * years.len() + j]`.
    values: Vec<Amount>,
}

/// The steps [`Sensitivity::around`] takes around a stated rate, in
/// percentage points.
const POINTS: [f64; 5] = [-2.0, -1.0, 0.0, 1.0, 2.0];

/// The steps [`Sensitivity::around`] takes around a target year.
const YEARS: [i32; 3] = [-1, 0, 1];

/// The relative steps [`RateGrid::around`] takes around a baseline and a
/// target: −10%, −5%, 0, +5%, +10%.
const STEPS: [f64; 5] = [-0.10, -0.05, 0.0, 0.05, 0.10];

fn span(from: Year, to: Year) -> Result<Span> {
    Span::between(When::from(from), When::from(to))
}

impl Sensitivity {
    /// The target value from `baseline` in year `from` for every rate in
    /// `rates` and every year in `years`, in the order given.
    ///
    /// # Errors
    ///
    /// * [`Error::Order`](crate::Error::Order) for a target year not after
    ///   `from`;
    /// * [`Error::OutOfRange`](crate::Error::OutOfRange) if a value
    ///   overflows or underflows.
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{Rate, Sensitivity, Year};
    ///
    /// let y = Year::new;
    /// let ten = Rate::from_percent(10.0)?;
    /// let grid = Sensitivity::new(y(2025)?, "100 USD".parse()?, [ten], [y(2026)?, y(2027)?])?;
    /// assert_eq!(format!("{:.2}", grid.value(0, 1).unwrap()), "121.00 USD");
    /// let err = Sensitivity::new(y(2025)?, "100 USD".parse()?, [ten], [y(2025)?]).unwrap_err();
    /// assert_eq!(err.to_string(), "no span from 2025 to 2025: the end must come after the start");
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn new<R, Y>(from: Year, baseline: Amount, rates: R, years: Y) -> Result<Sensitivity>
    where
        R: IntoIterator<Item = Rate>,
        Y: IntoIterator<Item = Year>,
    {
        let rates: Vec<Rate> = rates.into_iter().collect();
        let years: Vec<Year> = years.into_iter().collect();
        let spans = years
            .iter()
            .map(|&y| span(from, y))
            .collect::<Result<Vec<Span>>>()?;
        let mut values = Vec::with_capacity(rates.len() * years.len());
        for &r in &rates {
            for &n in &spans {
                values.push(solve::end(baseline, r, n)?);
            }
        }
        Ok(Sensitivity {
            from,
            baseline,
            rates,
            years,
            values,
        })
    }

    /// The usual sensitivity table around a stated forecast: the rate −2,
    /// −1, 0, +1 and +2 percentage points, and the target year −1, 0 and
    /// +1.
    ///
    /// Rates that would not be above −100% and target years not after
    /// `from` are left out, so a one-year forecast has two columns.
    ///
    /// # Errors
    ///
    /// * [`Error::Order`](crate::Error::Order) unless `to` is after `from`;
    /// * [`Error::OutOfRange`](crate::Error::OutOfRange) if a value
    ///   overflows or underflows.
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{Rate, Sensitivity, Year};
    ///
    /// let (from, to) = (Year::new(2025)?, Year::new(2026)?);
    /// let grid = Sensitivity::around(from, "100".parse()?, Rate::from_percent(-99.5)?, to)?;
    /// assert_eq!(grid.rates().len(), 3); // −101.5% and −100.5% are left out
    /// assert_eq!(grid.years(), [to, Year::new(2027)?]); // 2025 is not after the start
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn around(from: Year, baseline: Amount, rate: Rate, to: Year) -> Result<Sensitivity> {
        span(from, to)?;
        // Percentage points are added to the printed percent, so 11.6% + 2
        // is exactly 13.6%.
        let rates = POINTS
            .iter()
            .filter_map(|&k| Rate::from_percent(rate.as_percent() + k).ok());
        let years = YEARS
            .iter()
            .filter_map(|&k| to.checked_add(k).ok())
            .filter(|&y| y > from);
        Sensitivity::new(from, baseline, rates, years)
    }

    /// The baseline year.
    ///
    /// ```
    /// use cagr::{Rate, Sensitivity, Year};
    ///
    /// let (from, to) = (Year::new(2025)?, Year::new(2027)?);
    /// let rates = [Rate::ZERO, Rate::from_percent(10.0)?];
    /// let grid = Sensitivity::new(from, "100".parse()?, rates, [to])?;
    /// assert_eq!((grid.from(), grid.baseline()), (from, "100".parse()?));
    /// assert_eq!((grid.rates().len(), grid.years()), (2, &[to][..]));
    /// assert_eq!(grid.row(1).unwrap()[0], grid.value(1, 0).unwrap());
    /// assert_eq!(format!("{:.0}", grid.value(1, 0).unwrap()), "121");
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn from(&self) -> Year {
        self.from
    }

    /// The baseline value (see [`Sensitivity::from`] for an example).
    pub fn baseline(&self) -> Amount {
        self.baseline
    }

    /// The rates, one per row (see [`Sensitivity::from`] for an example).
    pub fn rates(&self) -> &[Rate] {
        &self.rates
    }

    /// The target years, one per column (see [`Sensitivity::from`] for an
    /// example).
    pub fn years(&self) -> &[Year] {
        &self.years
    }

    /// The value at rate `row` in year `column`, or `None` outside the grid
    /// (see [`Sensitivity::from`] for an example).
    pub fn value(&self, row: usize, column: usize) -> Option<Amount> {
        if column >= self.years.len() {
            return None;
        }
        self.values
            .get(row.checked_mul(self.years.len())?.checked_add(column)?)
            .copied()
    }

    /// The values at rate `row`, one per target year, or `None` outside the
    /// grid (see [`Sensitivity::from`] for an example).
    pub fn row(&self, row: usize) -> Option<&[Amount]> {
        let n = self.years.len();
        self.values
            .get(row.checked_mul(n)?..row.checked_add(1)?.checked_mul(n)?)
    }

    /// The grid as a table: a `cagr_pct` column (each rate in percent, as
    /// short as round-trips), then one column per target year with the
    /// values in `scale` (two decimals).
    ///
    /// ```
    /// use cagr::{Rate, Scale, Sensitivity, Year};
    ///
    /// let y = Year::new;
    /// let ten = Rate::from_percent(10.0)?;
    /// let grid = Sensitivity::new(y(2025)?, "100".parse()?, [ten], [y(2026)?, y(2027)?])?;
    /// assert_eq!(grid.table(Scale::One).to_csv(), "cagr_pct,2026,2027\r\n10,110.00,121.00\r\n");
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn table(&self, scale: Scale) -> Table {
        let mut t = Table::new(
            core::iter::once("cagr_pct".to_owned()).chain(self.years.iter().map(Year::to_string)),
        );
        for (i, r) in self.rates.iter().enumerate() {
            let cells = self.row(i).unwrap_or_default();
            t.push(
                core::iter::once(r.as_percent().to_string())
                    .chain(cells.iter().map(|v| format!("{:.2}", v.value_in(scale)))),
            );
        }
        t
    }
}

impl fmt::Display for Sensitivity {
    /// A caption naming the baseline and the unit, then the grid: one row
    /// per CAGR (two decimals), one column per target year, values in the
    /// baseline's scale with thousands separators (one decimal, or the
    /// formatter's precision).
    ///
    /// ```text
    /// Value from 1,000 billion CNY in 2030, in billion CNY, by CAGR and target year
    ///    CAGR      2034      2035      2036
    ///   9.60%   1,442.1   1,580.5   1,732.2
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = f.precision().unwrap_or(1);
        let scale = self.baseline.scale();
        writeln!(
            f,
            "Value from {} in {}, in {}, by CAGR and target year",
            self.baseline,
            self.from,
            unit(self.baseline)
        )?;
        let mut grid = vec![core::iter::once("CAGR".to_owned())
            .chain(self.years.iter().map(Year::to_string))
            .collect::<Vec<_>>()];
        for (i, r) in self.rates.iter().enumerate() {
            let cells = self.row(i).unwrap_or_default();
            grid.push(
                core::iter::once(format!("{r:.2}"))
                    .chain(cells.iter().map(|v| grouped(v.value_in(scale), d)))
                    .collect(),
            );
        }
        write_grid(f, &grid)
    }
}

/// The implied CAGR for a grid of baselines (rows) and targets (columns),
/// all over the same years.
///
/// # Formula
///
/// `rate[i][j] = (target_j / baseline_i)^(1/n) − 1`, each cell computed by
/// [`solve::rate`].
///
/// # Example
///
/// ```
/// use cagr::{RateGrid, Year};
///
/// let (from, to) = (Year::new(2030)?, Year::new(2035)?);
/// let grid = RateGrid::around(from, "1,000 billion yuan".parse()?, to, "1,729.5 billion yuan".parse()?)?;
/// assert_eq!(grid.baselines().len(), 5);
/// assert_eq!(format!("{:.2}", grid.rate(2, 2).unwrap()), "11.58%");
/// assert_eq!(format!("{:.2}", grid.rate(0, 4).unwrap()), "16.15%"); // 900 → 1,902.45
/// # Ok::<(), cagr::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct RateGrid {
    from: Year,
    to: Year,
    baselines: Vec<Amount>,
    targets: Vec<Amount>,
    /// Row-major: `rates[i * targets.len() + j]`.
    rates: Vec<Rate>,
}

impl RateGrid {
    /// The CAGR from every baseline in year `from` to every target in year
    /// `to`, in the order given.
    ///
    /// # Errors
    ///
    /// * [`Error::Order`](crate::Error::Order) unless `to` is after `from`;
    /// * [`Error::CurrencyMismatch`](crate::Error::CurrencyMismatch) for a
    ///   baseline and a target in different currencies;
    /// * [`Error::OutOfRange`](crate::Error::OutOfRange) if a rate
    ///   overflows or rounds to −100%.
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{RateGrid, Year};
    ///
    /// let (from, to) = (Year::new(2025)?, Year::new(2027)?);
    /// let grid = RateGrid::new(from, ["100".parse()?], to, ["121".parse()?, "144".parse()?])?;
    /// assert_eq!(format!("{:.1}", grid.rate(0, 1).unwrap()), "20.0%");
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn new<B, T>(from: Year, baselines: B, to: Year, targets: T) -> Result<RateGrid>
    where
        B: IntoIterator<Item = Amount>,
        T: IntoIterator<Item = Amount>,
    {
        let n = span(from, to)?;
        let baselines: Vec<Amount> = baselines.into_iter().collect();
        let targets: Vec<Amount> = targets.into_iter().collect();
        let mut rates = Vec::with_capacity(baselines.len() * targets.len());
        for &b in &baselines {
            for &t in &targets {
                rates.push(solve::rate(b, t, n)?);
            }
        }
        Ok(RateGrid {
            from,
            to,
            baselines,
            targets,
            rates,
        })
    }

    /// The usual grid around a forecast: the baseline and the target each
    /// −10%, −5%, as given, +5% and +10%.
    ///
    /// # Errors
    ///
    /// As for [`RateGrid::new`].
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{RateGrid, Year};
    ///
    /// let (from, to) = (Year::new(2025)?, Year::new(2027)?);
    /// let grid = RateGrid::around(from, "100".parse()?, to, "121".parse()?)?;
    /// assert_eq!(format!("{:.2}", grid.baselines()[0]), "90.00");
    /// assert_eq!(format!("{:.2}", grid.targets()[4]), "133.10");
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn around(from: Year, baseline: Amount, to: Year, target: Amount) -> Result<RateGrid> {
        let steps = |a: Amount| {
            STEPS
                .iter()
                .map(|&k| a.times(1.0 + k))
                .collect::<Result<Vec<Amount>>>()
        };
        RateGrid::new(from, steps(baseline)?, to, steps(target)?)
    }

    /// The baseline year.
    ///
    /// ```
    /// use cagr::{RateGrid, Year};
    ///
    /// let (from, to) = (Year::new(2025)?, Year::new(2027)?);
    /// let grid = RateGrid::new(from, ["100".parse()?], to, ["121".parse()?, "144".parse()?])?;
    /// assert_eq!((grid.from(), grid.to()), (from, to));
    /// assert_eq!((grid.baselines().len(), grid.targets().len()), (1, 2));
    /// assert_eq!(grid.row(0).unwrap()[1], grid.rate(0, 1).unwrap());
    /// assert_eq!(grid.rate(1, 0), None);
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn from(&self) -> Year {
        self.from
    }

    /// The target year (see [`RateGrid::from`] for an example).
    pub fn to(&self) -> Year {
        self.to
    }

    /// The baselines, one per row (see [`RateGrid::from`] for an example).
    pub fn baselines(&self) -> &[Amount] {
        &self.baselines
    }

    /// The targets, one per column (see [`RateGrid::from`] for an example).
    pub fn targets(&self) -> &[Amount] {
        &self.targets
    }

    /// The CAGR from baseline `row` to target `column`, or `None` outside
    /// the grid (see [`RateGrid::from`] for an example).
    pub fn rate(&self, row: usize, column: usize) -> Option<Rate> {
        if column >= self.targets.len() {
            return None;
        }
        self.rates
            .get(row.checked_mul(self.targets.len())?.checked_add(column)?)
            .copied()
    }

    /// The rates from baseline `row`, one per target, or `None` outside the
    /// grid (see [`RateGrid::from`] for an example).
    pub fn row(&self, row: usize) -> Option<&[Rate]> {
        let n = self.targets.len();
        self.rates
            .get(row.checked_mul(n)?..row.checked_add(1)?.checked_mul(n)?)
    }

    /// The grid as a table: a column of baselines (in `scale`, two
    /// decimals), then one column per target (headed by its value in
    /// `scale`, two decimals) holding the CAGR in percent (four decimals).
    /// The corner names the units: `cagr_pct: baseline \ target in
    /// billion CNY`.
    ///
    /// ```
    /// use cagr::{RateGrid, Scale, Year};
    ///
    /// let (from, to) = (Year::new(2025)?, Year::new(2027)?);
    /// let grid = RateGrid::new(from, ["100".parse()?], to, ["121".parse()?])?;
    /// assert_eq!(
    ///     grid.table(Scale::One).to_csv(),
    ///     "cagr_pct: baseline \\ target in units,121.00\r\n100.00,10.0000\r\n"
    /// );
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn table(&self, scale: Scale) -> Table {
        // The corner names both units, so that the grid reads on its own
        // (in Markdown too): the rates in percent, the amounts in `scale`.
        let unit = self
            .baselines
            .first()
            .map_or_else(|| "units".to_owned(), |b| self::unit(b.in_scale(scale)));
        let corner = format!("cagr_pct: baseline \\ target in {unit}");
        let mut t = Table::new(
            core::iter::once(corner).chain(
                self.targets
                    .iter()
                    .map(|a| format!("{:.2}", a.value_in(scale))),
            ),
        );
        for (i, b) in self.baselines.iter().enumerate() {
            let cells = self.row(i).unwrap_or_default();
            t.push(
                core::iter::once(format!("{:.2}", b.value_in(scale)))
                    .chain(cells.iter().map(|r| format!("{:.4}", r.as_percent()))),
            );
        }
        t
    }
}

impl fmt::Display for RateGrid {
    /// A caption naming the years and the unit, then the grid: one row per
    /// baseline, one column per target (both in the first baseline's scale,
    /// one decimal), each cell the CAGR with two decimals (or the
    /// formatter's precision).
    ///
    /// ```text
    /// CAGR from a 2030 baseline (rows) to a 2035 target (columns), in billion CNY
    ///    baseline   1,556.6   1,643.0   1,729.5   1,816.0   1,902.5
    ///       900.0    11.62%    12.78%    13.93%    15.05%    16.14%
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = f.precision().unwrap_or(2);
        let first = self.baselines.first().or(self.targets.first());
        let scale = first.map_or(Scale::One, |a| a.scale());
        write!(
            f,
            "CAGR from a {} baseline (rows) to a {} target (columns)",
            self.from, self.to
        )?;
        match first {
            Some(&a) => writeln!(f, ", in {}", unit(a))?,
            None => writeln!(f)?,
        }
        let mut grid = vec![core::iter::once("baseline".to_owned())
            .chain(self.targets.iter().map(|a| grouped(a.value_in(scale), 1)))
            .collect::<Vec<_>>()];
        for (i, b) in self.baselines.iter().enumerate() {
            let cells = self.row(i).unwrap_or_default();
            grid.push(
                core::iter::once(grouped(b.value_in(scale), 1))
                    .chain(cells.iter().map(|r| format!("{r:.d$}")))
                    .collect(),
            );
        }
        write_grid(f, &grid)
    }
}

/// The unit the grids print in: `"billion CNY"`, or `"units"` for a bare
/// number.
fn unit(a: Amount) -> String {
    let words = a.unit_words();
    if words.is_empty() {
        "units".to_owned()
    } else {
        words
    }
}

/// Writes rows of cells right-aligned in columns two spaces apart, each
/// line but the last ending in a newline.
fn write_grid(f: &mut fmt::Formatter<'_>, grid: &[Vec<String>]) -> fmt::Result {
    let columns = grid.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|j| {
            grid.iter()
                .filter_map(|row| row.get(j))
                .map(|c| c.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    for (i, row) in grid.iter().enumerate() {
        if i > 0 {
            writeln!(f)?;
        }
        for (j, cell) in row.iter().enumerate() {
            let sep = if j == 0 { "" } else { "  " };
            write!(f, "{sep}{cell:>w$}", w = widths[j])?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping() {
        let table = [
            (1731.63, 1, "1,731.6"),
            (999.96, 1, "1,000.0"),
            (12.0, 0, "12"),
            (1_234_567.0, 2, "1,234,567.00"),
        ];
        for (x, d, want) in table {
            assert_eq!(grouped(x, d), want);
        }
    }

    #[test]
    fn out_of_grid_is_none() {
        let y = |n| Year::new(n).unwrap();
        let g = Sensitivity::new(
            y(2025),
            Amount::from_base(1.0).unwrap(),
            [Rate::ZERO],
            [y(2026)],
        )
        .unwrap();
        assert_eq!(g.value(0, 1), None);
        assert_eq!(g.value(1, 0), None);
        assert_eq!(g.row(1), None);
        assert_eq!(g.value(usize::MAX, usize::MAX), None);
    }
}
