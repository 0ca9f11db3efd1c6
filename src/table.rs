//! [`Table`]: rows of text a person reads, as Markdown or CSV.

use core::fmt;

/// A rectangular table of text cells with a header row, rendered as
/// Markdown (for documents and terminals) or CSV (for spreadsheets).
///
/// Paths, schedules, fits and scenario grids each offer a `table()` that
/// returns one. `Display` prints the Markdown form.
///
/// # Example
///
/// ```
/// use cagr::{Amount, Path, Scale, When};
///
/// let path = Path::between(When::year(2024)?, "600 billion CNY".parse()?, When::year(2026)?, "727.4 billion CNY".parse()?)?;
/// let table = path.table(Scale::Billion);
/// assert_eq!(table.to_csv().lines().next(), Some("year,value,change_pct"));
/// assert!(table.to_markdown().starts_with("| year | value | change_pct |\n|---:|---:|---:|\n"));
/// # Ok::<(), cagr::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    /// The header row.
    pub headers: Vec<String>,
    /// The body rows; each has as many cells as there are headers.
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// An empty table with these column names.
    pub fn new<I, S>(headers: I) -> Table
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Table {
            headers: headers.into_iter().map(Into::into).collect(),
            rows: Vec::new(),
        }
    }

    /// Appends a row, padding or cutting it to the number of headers.
    pub fn push<I, S>(&mut self, cells: I)
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let mut row: Vec<String> = cells.into_iter().map(Into::into).collect();
        row.resize(self.headers.len(), String::new());
        self.rows.push(row);
    }

    /// GitHub-flavoured Markdown, numbers aligned right.
    pub fn to_markdown(&self) -> String {
        let mut out = String::new();
        let line = |cells: &[String], out: &mut String| {
            out.push('|');
            for c in cells {
                out.push(' ');
                out.push_str(&c.replace('|', "\\|"));
                out.push_str(" |");
            }
            out.push('\n');
        };
        line(&self.headers, &mut out);
        out.push('|');
        for _ in &self.headers {
            out.push_str("---:|");
        }
        out.push('\n');
        for row in &self.rows {
            line(row, &mut out);
        }
        out
    }

    /// CSV as RFC 4180 describes it: a header row, commas, and fields that
    /// hold a comma, quote or line break quoted with doubled quotes. Numbers
    /// are written without thousands separators so a spreadsheet reads them
    /// as numbers.
    pub fn to_csv(&self) -> String {
        let mut out = String::new();
        let line = |cells: &[String], out: &mut String| {
            for (i, c) in cells.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                if c.contains([',', '"', '\n', '\r']) {
                    out.push('"');
                    out.push_str(&c.replace('"', "\"\""));
                    out.push('"');
                } else {
                    out.push_str(c);
                }
            }
            out.push_str("\r\n");
        };
        line(&self.headers, &mut out);
        for row in &self.rows {
            line(row, &mut out);
        }
        out
    }
}

impl fmt::Display for Table {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_markdown())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_what_needs_quoting() {
        let mut t = Table::new(["a", "b"]);
        t.push(["1,5", "say \"hi\""]);
        t.push(["2"]);
        assert_eq!(t.to_csv(), "a,b\r\n\"1,5\",\"say \"\"hi\"\"\"\r\n2,\r\n");
    }

    #[test]
    fn markdown_escapes_pipes() {
        let mut t = Table::new(["x"]);
        t.push(["a|b"]);
        assert_eq!(t.to_markdown(), "| x |\n|---:|\n| a\\|b |\n");
    }
}
