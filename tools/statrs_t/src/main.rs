//! statrs's (0.19) `StudentsT::inverse_cdf`, and the tail its regularized
//! incomplete beta gives at mpmath's quantile, against mpmath at 40 digits.

use statrs::distribution::{ContinuousCDF, StudentsT};
use statrs::function::beta::beta_reg;

fn main() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/data/fit_reference.json"
    );
    let text = std::fs::read_to_string(path).expect("the reference file");
    let v: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    let (mut worst_q, mut worst_tail) = ((0.0_f64, 0.0, 0.0), (0.0_f64, 0.0, 0.0));
    println!("{:>12} {:>9} {:>10} {:>10}", "p", "df", "quantile", "tail");
    for r in v["t_quantiles"].as_array().expect("t_quantiles") {
        let (p, df, t) = (
            r["p"].as_f64().unwrap(),
            r["df"].as_f64().unwrap(),
            r["mpmath"].as_f64().unwrap(),
        );
        if t == 0.0 {
            continue;
        }
        let got = StudentsT::new(0.0, 1.0, df).unwrap().inverse_cdf(p);
        let q_err = ((got - t) / t).abs();
        let q = if p > 0.5 { 1.0 - p } else { p };
        let tail = beta_reg(df / 2.0, 0.5, df / (df + t * t));
        let tail_err = (tail / (2.0 * q) - 1.0).abs();
        println!("{p:>12e} {df:>9} {q_err:>10.1e} {tail_err:>10.1e}");
        if q_err > worst_q.0 {
            worst_q = (q_err, p, df);
        }
        if tail_err > worst_tail.0 {
            worst_tail = (tail_err, p, df);
        }
    }
    println!(
        "worst quantile error {:.1e} (p = {}, df = {})",
        worst_q.0, worst_q.1, worst_q.2
    );
    println!(
        "worst tail error {:.1e} (p = {}, df = {})",
        worst_tail.0, worst_tail.1, worst_tail.2
    );
}
