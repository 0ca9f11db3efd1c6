//! [`Chart`]: the settings of a chart.

/// The settings of a chart ([`forecast_with`](super::forecast_with),
/// [`fit_with`](super::fit_with)): its title, the label of the value axis
/// and its size. A `&str` or `String` converts into a `Chart` with that
/// title: `plot::fit_with(&g, &"Sales".into())`.
///
/// # Example
///
/// ```
/// use cagr::plot::Chart;
///
/// let chart = Chart { unit: Some("billion USD".into()), ..Chart::from("A market") };
/// assert_eq!(chart.title, "A market");
/// assert_eq!((chart.width, chart.height), (960, 600));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chart {
    /// The title above the plot; none when empty.
    pub title: String,
    /// The unit on the value axis, such as `"billion CNY"`. `None` takes the
    /// scale and currency of a path's amounts, or `"value"` for a fit.
    pub unit: Option<String>,
    /// The width in pixels (SVG user units).
    pub width: u32,
    /// The height in pixels.
    pub height: u32,
}

impl Default for Chart {
    fn default() -> Chart {
        Chart {
            title: String::new(),
            unit: None,
            width: 960,
            height: 600,
        }
    }
}

impl From<&str> for Chart {
    fn from(title: &str) -> Chart {
        Chart {
            title: title.to_owned(),
            ..Chart::default()
        }
    }
}

impl From<String> for Chart {
    fn from(title: String) -> Chart {
        Chart {
            title,
            ..Chart::default()
        }
    }
}
