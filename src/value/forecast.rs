//! [`Forecast`]: a published growth claim, as printed.

use crate::{Amount, Error, Rate, Result, Stated, When, Year};

/// A stated amount and when it applies: "nearly 600 billion yuan by the end
/// of September 2024".
// `Deserialize` is in `serde_impl` (a JSON object only).
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Figure {
    /// The amount, with its printed precision and hedge word.
    pub amount: Stated<Amount>,
    /// When the amount applies, if the text says.
    pub when: Option<When>,
}

impl Figure {
    /// A dated figure.
    pub fn new(amount: Stated<Amount>, when: When) -> Figure {
        Figure {
            amount,
            when: Some(when),
        }
    }
}

/// The period a report gives for its CAGR, "from 2025 to 2035" (10
/// compounding years), which may differ from the years of its values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "[i64; 2]", into = "[i64; 2]"))]
pub struct Period {
    from: Year,
    to: Year,
}

impl Period {
    /// The period from one calendar year to a later one.
    ///
    /// # Errors
    ///
    /// [`Error::Year`] for a year outside 1..=9999 and [`Error::Order`]
    /// unless `to` is after `from`.
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{Period, Year};
    ///
    /// let period = Period::new(2025, 2035)?;
    /// assert_eq!((period.from(), period.years()), (Year::new(2025)?, 10));
    /// assert_eq!(
    ///     Period::new(2035, 2025).unwrap_err().to_string(),
    ///     "no span from 2035 to 2025: the end must come after the start"
    /// );
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn new(from: i32, to: i32) -> Result<Period> {
        Period::between(Year::new(from)?, Year::new(to)?)
    }

    fn between(from: Year, to: Year) -> Result<Period> {
        if to <= from {
            return Err(Error::Order {
                from: from.to_string(),
                to: to.to_string(),
            });
        }
        Ok(Period { from, to })
    }

    /// The first year.
    pub fn from(self) -> Year {
        self.from
    }

    /// The last year.
    pub fn to(self) -> Year {
        self.to
    }

    /// Compounding years: `to − from`.
    pub fn years(self) -> i32 {
        self.from.until(self.to)
    }
}

impl TryFrom<[i64; 2]> for Period {
    type Error = Error;

    fn try_from([from, to]: [i64; 2]) -> Result<Period> {
        Period::between(Year::try_from(from)?, Year::try_from(to)?)
    }
}

impl From<Period> for [i64; 2] {
    fn from(p: Period) -> [i64; 2] {
        [i64::from(p.from.get()), i64::from(p.to.get())]
    }
}

/// Where a forecast was published.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
// `Deserialize` is in `serde_impl` (a JSON object only).
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Source {
    /// Who published it.
    pub publisher: Option<String>,
    /// The title of the report or article.
    pub title: Option<String>,
    /// Where it can be read.
    pub url: Option<String>,
    /// The passage that states the figures.
    pub quote: Option<String>,
}

/// A published growth claim: a baseline, a target, and the CAGR the report
/// says connects them, each as printed.
///
/// Every part is optional because real text often leaves one out; the
/// [checker](crate::check()) then says which figure is missing. An
/// *inconsistent* forecast is a valid value: saying so is the checker's job.
///
/// # Example
///
/// ```
/// use cagr::{check, Figure, Forecast, Verdict, When};
///
/// let forecast = Forecast {
///     baseline: Some(Figure::new("nearly 600 billion yuan".parse()?, When::end_of_month(2024, 9)?)),
///     target: Some(Figure::new("1,729.5 billion yuan".parse()?, When::year(2035)?)),
///     rate: Some("15.6%".parse()?),
///     ..Forecast::default()
/// };
/// assert_eq!(check(&forecast).verdict, Verdict::Inconsistent);
/// # Ok::<(), cagr::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
// `Deserialize` is in `serde_impl` (a JSON object only).
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Forecast {
    /// The starting figure.
    pub baseline: Option<Figure>,
    /// The forecast figure.
    pub target: Option<Figure>,
    /// The stated CAGR.
    pub rate: Option<Stated<Rate>>,
    /// The period the report gives for the CAGR, if it gives one.
    pub period: Option<Period>,
    /// Where the claim was published.
    pub source: Option<Source>,
    /// Other readings of the same passage that its reader could not rule
    /// out (another baseline, target or period, with the same rate). When
    /// one of them gets a different verdict, the checker abstains: the
    /// forecast is unverifiable, and the explanation names both readings.
    ///
    /// A forecast whose only gap is one end's year ("120 billion dollars
    /// this year", with no publication date) may list that end dated each
    /// year the passage allows, nothing else changed: where all of them get
    /// one verdict, that is the forecast's (with no single
    /// [`Analysis`](crate::Analysis)); otherwise it stays unverifiable.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Vec::is_empty"))]
    pub alternatives: Vec<Forecast>,
}
