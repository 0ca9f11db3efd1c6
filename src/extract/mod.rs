//! [`extract`]: read growth claims from prose in English, Chinese, Japanese
//! and Korean.
//!
//! A claim is anchored on a growth rate that the text calls compound annual
//! growth (a CAGR, "compound annual growth rate", "annually", "a year", "per
//! annum", "average annual growth", 复合年增长率, 年平均成長率, 연평균 성장률).
//! Around it the extractor lists the amounts and dates of the paragraph and
//! chooses the baseline and target among them by the rules of
//! [claim assembly](#how-a-claim-is-assembled), then returns a [`Forecast`]
//! with the byte spans of the passage and of each figure.
//!
//! Text that is not a CAGR claim yields nothing: a year-on-year change, a
//! one-year "annual increase", a cumulative change ("grew 80% over five
//! years"), a share ("a 15% share"), ratio words ("doubled") or two values
//! with no rate. A rate with no usable values still yields a claim, which the
//! checker calls unverifiable and says why. Where the text can be read two
//! ways that disagree, the claim carries both readings
//! ([`Forecast::alternatives`]) and the checker abstains, naming them.
//!
//! The extractor is made of layers, one file each: `sentences` (sentences,
//! list lines), `headings` (the unit a list's heading gives its lines),
//! `scan` (the byte-level prefilters, each beside the plain
//! reading it is tested against), `tokens`, the readers of `mention`
//! (`amounts`, `rates`, `dates`, `lists`), `assemble` (the choice), and `context`
//! (what is known of the document). The words they read are the crate's
//! one vocabulary, which the `FromStr` impls of [`Amount`](crate::Amount)
//! and [`Stated`](crate::Stated) read too.
//!
//! # Recognised phrasings
//!
//! **Amounts**: a number with thousands separators (`1,729.5`) or Indian
//! grouping (`4,22,000`), in ASCII or full-width digits; a currency symbol,
//! code or name before or after it (`$`, `US$`, `US$ 6.4 billion`, `USD`,
//! `USD12.3bn`, `€`, `€ 512 mio`, `EUR`, `£`, `GBP`, `¥`, `yuan`, `RMB`,
//! `CNY`, `₹`, `Rs`, `INR`, `rupees`, `yen`, `won`); a scale word or
//! abbreviation (`thousand`, `k`, `million`, `mn`, `mio`, `m`, `billion`,
//! `bn`, `B`, `milliard`, `Mrd` (its full stop, as `Mio.`'s, ends no
//! sentence; French `de` or `d'` may stand before the currency after it:
//! `1,3 milliard d'euros`, `5,9 milliards de dollars`), `trillion`, `tn`, `tr`, `T`, `lakh`,
//! `crore`, `lakh crore`); a physical unit (`tonnes`, `kt`, `bcm`, `GW`, `TWh`, `TEU`,
//! `km`, `kW`, `hectares`, `ha`, `sqft`, `公里`, `吨`, `トン`, `톤`:
//! `litres`, `gallons`, `cbm`: `vocab::PHYSICAL_UNITS`; areas and volumes in
//! two words, `sq ft`, `sq. ft`, `square metres`, `cubic metres`:
//! `vocab::TWO_WORD_UNITS`; `m³` and `m3`, written joined; a unit with a metric prefix is read in the
//! unit without it, the prefix carried by the scale, so that `850 MW` and
//! `2.1 GW` pair as 850 million W and 2.1 billion W, `kW` to `GW`, `kWh`
//! to `TWh`, and `kt` in tonnes: `vocab::PREFIXED_UNITS`); a
//! count noun, after up to two words that describe it (not a conjunction
//! or preposition; a word joined by hyphens is one; never after a year:
//! `by 2029 as households leave` is a year) (`15.2 million units`, `1,919 electric
//! buses`, `240 million users`, `vehicles`, `subscribers`, `copies`,
//! `listings`, `chargepoints`, `members`, `stores`, `inhabitants`:
//! `vocab::COUNT_NOUNS`) or a bare scale
//! whose subject, up to four words before it, counts things (`Subscribers
//! numbered 12.5 million`, `Shipments reached 1.2 billion`, `the population
//! had reached 1.46 million`), and after a
//! number with a scale any plural noun (`310 million small traders`, an
//! acronym's `EVs`, `SUVs`) or the
//! name of a currency the vocabulary does not hold (`4.2 billion pesos`):
//! such a count is never compared with a sum of money; a number word
//! before a scale, with the currency, unit or counted noun digits take
//! (`two billion`, `three million TEU`); a range (`7–8 billion`, `221-275 million
//! tonnes`, `$10-12bn`, `between $780 billion and $990 billion`). A number
//! is an amount only with a currency, a scale, a unit or a count noun, or
//! elliptically: a bare number after "and", "to" or a `;` that parts a
//! list's values (`(48,000 units in 2023; 212,000 expected in 2030)`) (or "from" after an end
//! marked by "to": `rose to 950,000 units in FY24 from 150,000 in FY20`; or
//! "up from" or "down from" after any: `exceed 400,000 units by 2030, up
//! from 71,000 in 2024`; or "against" or "versus" after any: `689,000
//! arrivals, against 412,000 in 2016`; or a verb of reaching after "and": `18,200
//! chargepoints in 2022 and expects around 60,000 by 2029`, `and reached`, `and is
//! expected to reach`, or after ";" or ", and" and a subject of up to four words that
//! names no measure or place: `71,000 in 2024; the association expects
//! 120,000 by 2030`, `…, and the trade body expects 250,000 by 2030`; or a predicate of that amount's subject: a comma
//! closing an apposition or nothing, up to four helping words, and a verb
//! of change and "to" or a verb of reaching: `The fleet, about 4,500
//! buses in 2024, will grow to 12,000 by 2032`, `rose to`, `is expected to
//! reach`; or a bare start marked "from" and dated before "to", or dated
//! before such a predicate (`Visitor numbers, 640,000 in 2019, are
//! expected to reach 1.5 million by 2030`), and an amount with a scale or
//! unit but no currency after it, read as printed or
//! in that amount's scale, whichever is within a factor of 100 of it:
//! `from 410,000 in 2015 to 1.02 million in 2024`, `from 4.4 in 2023 to 5.2
//! billion in 2027`),
//! dated by a year after
//! it (or "by the end of the decade", "at the end of last year", "last
//! year" alone, not a possessive: `The fleet, 3,400 buses last year, will
//! grow to 9,000 by 2031`; maybe
//! after a word of forecast, `expected in 2030`, `are expected by 2030`), right after a dated amount (dated so too), shares that amount's unit and scale when
//! it is within a factor of 100 of it ("60,000 users in 2016 and 175,000 in
//! 2024", "€2.6 billion in 2019 to 3.4 in 2024"); and a bare number after
//! "the number of …" (or a subject naming things counted, within a dozen
//! words before it: `Patients seen at the clinics rose from 31,500 in
//! 2018`, "sales of" and a plural noun, `Sales of home wallboxes totalled
//! roughly 420,000 in 2024`; or, beside a count before it, after "target of", "goal of" or
//! "forecast of", or after a level word with a pointer, `that figure should
//! rise to 68,000`) counts it when it is dated and follows a level word
//! (from, to, reach, reached, hit, exceed, exceeded, at, totalled,
//! numbered: "the number of chargers will rise to 52,000 by 2030 from 31,000 in
//! 2024", also before a hedge: "from about 52,000 in 2016") or is an end of
//! "from 210,000 to 340,000", or, dated, follows such a label's colon or
//! "and", `;` or `,` after such a count (`Members enrolled: 48,500 (2018) and 71,200
//! (2023)`; a year alone in brackets dates a number as "in 2017" does).
//! Whatever the subject, the whole ends of a dated pair marked "from" and
//! "to", each dated right after it, are counts (`Ground stations went
//! from 38 in 2019 to 71 in 2024`, `from about 52 (2016) to nearly 140
//! (2023)`), unless a word of a ratio, a share or a rank (share, rate,
//! ratio, margin, percentage, score, rank, points, price) stands in the
//! dozen words before (`Its share rose from 12 in 2020 to 18 in 2024`).
//! A sentence's first figure, a whole number of at least 100 right after a
//! verb of expectation ("foresees", "expects", "projects", "calls for", …)
//! and dated, maybe after a place ("on the streets by 2027"), is a count
//! too (`Its new roadmap foresees 12,000 on the streets by 2027`), which
//! pairs only with a count of a neighbour.
//! A comma with one or two digits after it is a decimal comma ("€1,35
//! billion", "6,5%"), and digits grouped in thousands by spaces are one
//! number ("EUR 1 200 million", "2 312,27"); in a sentence that prints
//! decimal commas, a number with exactly three digits after its one comma
//! ("1,350": 1350 or 1.35) is not read, nor one with three after its one
//! point where an amount prints a decimal comma ("€1,35 billion … €2.100
//! billion"); where only the rate does, points group thousands ("EUR 4.750
//! million …, a CAGR of 6,9 %" is 4,750 million). Other commas that do
//! not group digits ("1,2345", "1,23,4") make no number. `¥` is
//! the yuan unless the text mentions Japan or the yen.
//!
//! In Chinese, Japanese and Korean: groups of a number and a scale character,
//! largest first, added up (`3,985亿元`, `1.2万亿元`, `12兆4517億円`,
//! `315億2000万米ドル`, `1조 2,345억 원`, `10억3천800만 달러`), with 万 10⁴,
//! 亿/億/억 10⁸, 万亿/兆/조 10¹², and within a group 十, 百, 千 (십, 백, 천)
//! multiplying the number before them (`12조5천억 원` is 12.5 trillion won,
//! `1천6백억 원` 160 billion, `3千1百万台` 31 million); 万 then 亿 counting
//! myriads of 亿 (`3万5000亿元` is 3.5万亿); a whole last group of three
//! digits or more with no scale, below the one before it, before a
//! currency or counter (`52万6800辆`, `52만 6,800대`; not `1万2`, short for
//! 12,000); a currency (`元`, `人民币`, `美元`,
//! `米ドル`, `ドル`, `円`, `欧元`, `ユーロ`, `韩元`, `ウォン`, `英镑`, `ポンド`, `원`,
//! `달러`) or a counter (`辆`, `台`, `人`, `件`, `架`, `艘`, `座`, `機`, `店`, `대`, `명`, `곳`, `기`); a conversion in
//! brackets (`(約17兆3000億円)`) is not a level of the series, but brackets
//! that open with a date hold another year's figure (`4,500億円（24年3月期は
//! 3,120億円）`, `$6.8bn (2023: $4.1bn)`, `（前期は…）`). The printed
//! precision is that of the last group: `1조 179억` is 10,179 hundred million,
//! to the nearest hundred million, and it prints in the largest scale at or
//! below its size, with the decimals that precision fills (`1.0179
//! trillion`). Digits that text converted from print splits with single
//! spaces, after a Chinese, Japanese or Korean character and before one or
//! a percent sign, are one number, and a point before such a space is no
//! full stop (`从2006年的50 0 0万辆增长到2 0 1 8年的2. 4亿辆`, `为1 2%`); in
//! English they are not (`2 500 units`; `in 2023. 4 new plants`). This
//! reads the characters around a number, so it is no amount form of its
//! own: `FromStr` does not read `50 0 0万`.
//!
//! | text | amount |
//! |---|---|
//! | `1,729.5 billion yuan` | 1.7295e12 CNY |
//! | `US$637,658m` | 6.37658e11 USD |
//! | `Rs 2,502 billion` | 2.502e12 INR |
//! | `€14.16 billion` | 1.416e10 EUR |
//! | `221-275 million tonnes` | 2.21e8 to 2.75e8 |
//! | `3,985亿元` | 3.985e11 CNY |
//! | `12兆4517億円` | 1.24517e13 JPY |
//! | `1조 2,345억 원` | 1.2345e12 KRW |
//!
//! **Hedges** before an amount or a rate (see [`Qualifier`](crate::Qualifier)): `nearly`,
//! `almost`, `close to`, `approaching`, `approach`, `just under`, `over`,
//! `more than`, `above`, `exceeding`, `exceed`, `at least`, `surpass`,
//! `upwards of`, `in excess of`, `well over`, `just over`, `slightly above`, `just below`, `north of`, `a minimum of`,
//! `top`, `cross` (`cross the $7 billion mark`: "the" and `mark`,
//! `milestone`, `threshold` or `level` around the amount are its words),
//! `up to`, `as much as`, `as high as` (at most: the hedge band below),
//! `about`, `around`, `approximately`, `roughly`, `some`, `an estimated`,
//! `~` (before a rate, also with an article between: `roughly a 20% CAGR`);
//! after an amount `or more`, `or above`, `or higher`, `and above`,
//! `or so`, `plus`, and glued to it `+` and `-plus` ("plus" or "+" before
//! another figure is a sum); 近, 将近, 接近, 约,
//! 约为, 大约, 超过, 逾, 突破, 約, 超, 약 before; 左右, 以上, 多 (`3000多亿`), 程度, 수준,
//! 이상, 가까이, 육박, 넘는, 넘어, 넘을, 넘었, 웃돌, 돌파, 超え, 超す, 上回, 突破
//! after (in Korean and Japanese, after a particle: `3조 원에 육박`,
//! `7000억 원을 넘을`, `5,000億円を超え`).
//!
//! **Dates** of amounts: `in 2024`, `by 2035`, `by the end of September
//! 2024`, `at end-2018`, `at year-end 2024`, `mid-2024`, `at 30 June 2023`, `on June 30, 2023`,
//! `(2022)`, `（2021年3月期）` (a full-width bracket that holds the date
//! alone), `in FY2024`, `FY24`, `FY’24`, `CY2024`, `CY24`, `fiscal 2015`, `fiscal '24`, `fiscal year 2023`,
//! `2013-14`, `1999-2000` and `2015/16` (the fiscal year or season ending in the later year), a
//! year earlier in the sentence (`In 2018, the market was valued at $52.5
//! billion`, `2024年的3002亿元`), `2025年`, `2025年底`, `2024年9月`, `2024年度`,
//! `2027年3月期` and `24年3月期` (the fiscal year ending that month),
//! `2030년`, in French and German `en 2023`, `d'ici 2030`, `à l'horizon
//! 2030`, `im Jahr 2024`, `bis 2030` (but not the year prices are measured in: `in 2015 prices`,
//! `at 2011-12 prices`); words such as "sold", "worth", "economy", "revenue", "sales" may
//! stand between an amount and its year (`15.2 million units sold in 2021`,
//! `$7.2 billion in revenue in 2022`; "is" or "are" before a word of
//! forecast: `$5.5bn is expected by 2030`), and so may "in", "of", "on" or "to
//! be" and up to three lower-case words that name what the amount measures
//! or where it stands, a hyphenated pair counting as one and "the" before
//! one not counting, nor "in" or "on" right after "to be" (`about 85 GWh
//! to be operating by 2030`, `9 GW to be in service by 2030`, `1.1 million
//! EVs on the road in 2024`, `$8.8 trillion in transaction value for
//! fiscal 2023`, `$2.5 billion in new orders in 2023`, `spent £482m on
//! plant-based milks in 2023`; not four: `$3 billion in loans to small businesses in
//! 2021` is undated; after "on", up to five, "and" joining two of them:
//! `spent £2.7bn on smart thermostats and heating controls in 2023`), and, after "a", a noun for a market or a business
//! (`a $2.3 billion business in fiscal 2024`, `a $40 billion market in
//! 2022`), and so may a word of a flow (`500,000 units
//! annually by 2024`, `$40 billion a year in 2020`, `1.1 million barrels a
//! day in 2023`). A sentence that opens with a span of years and a comma
//! (`Between 2018 and 2023, revenue rose to $8.1 billion`, `From 2019 to
//! 2023, …`) dates the undated ends of the clause it opens by it (up to
//! `;`, `, and`, `but` or `while`): an amount marked "to" at the span's
//! end, one marked "from" at its start, in whatever claim reads it. A
//! deadline that opens a sentence, or the clause after its first comma
//! (`By 2031, the market will grow from $3.4 billion in 2024 to $6.1
//! billion`, `According to the report, by 2031 …`, 到2028年 and
//! 报告预计，到2028年, 2029年までに, 2030년까지), dates the undated amount
//! right after an earlier dated one in the clause it opens, where one of
//! the two is marked as an end (`from`, `to`, 至, から, 에서, 으로; 由 and に
//! mark none). An amount followed by "by the end of the forecast period"
//! (or "at", "until", "to"; "the period", "the projection period", "this
//! review period") is at the end of the period the rate names, in
//! whichever sentence the rate stands (`It was valued at $1.6 billion in
//! 2024 and should reach $3.4 billion by the end of the forecast period`
//! beside `a CAGR of 11.4% through 2031`). A year that opens a bracket and
//! a colon labels the comparative figure after it, not the figure before
//! the bracket, which, undated, is the next year's (`revenue reached €3.2
//! billion (2023: €2.9 billion)` is 2024's). An undated pair marked "from"
//! and "to" right before "over (in, during) the same period" takes the
//! years of the dated pair so marked before it in its sentence (`from
//! 541,000 units in 2023 to 890,000 units in 2030, while value grows from
//! $16.5bn to $33.8bn over the same period`).
//!
//! **Relative dates**, read through the publication date of [`Context`]
//! (or, where it gives none, the year of the text's dateline: its only line
//! among the first and last ten holding nothing but a year or a date,
//! `2011`, `March 4, 2025`, or the
//! date a press release opens with, `OSLO, March 4, 2025 – …`):
//! `this year`, `last year`, `next year`, `now`, `today`, `currently`, `at
//! present`, `four years ago`, `a decade ago`, `in nine years from today`,
//! `five years from now`, `within five years`, `in five years' time`, `in
//! five years` after a word of the future (`will reach $8 billion in five
//! years`; "grew 80% in five years" is a duration), 今年, 去年, 昨年, 明年,
//! 来年, 目前, 现在, 올해, 지난해, 작년, 내년, 현재; `the end of the decade` (`of this
//! decade`, `the decade's end`: the round year after the publication year,
//! 2030 for 2023, as forecasts are stated to round years; `the end of the
//! 2020s` needs no publication date, and names a decade that ends in 2029,
//! kept as a second reading); `the start of the year`, `the
//! beginning of this year` (the publication year, with the year before it
//! as a second reading, as for `the start of 2024`: a level at the start of
//! a year is the level at the end of the one before; both readings must
//! agree for a verdict). A figure dated as part of a year (`in
//! the first half of 2024`, `Q1 2024`, `H1 2024`, `the nine months to March
//! 2024`), or named so before it (`first-quarter revenue of $1.2 billion
//! in 2024`, `quarterly sales of`, `monthly`, `daily`; not `monthly active
//! users` or `weekly riders`, users counted over a month), is no level of a
//! yearly series. `three years earlier` and `five
//! years before` (ending their phrase) count back from the year the
//! sentence named last (`rose to $5.3 billion in 2023 from $2.4 billion
//! three years earlier` puts the start in 2020), not from the publication
//! date; with no year before them they date nothing. A participle of
//! forecasting or an adjective of the whole may stand between an amount
//! and its year (`$24.1B projected by 2030`, `$9bn expected by 2030`,
//! `$5.6B global market in 2022`). `at the end of
//! 2021`, `at end-2024`, `by the end of 2030` and `at year-end 2023` date
//! the amount before them as `in 2021` does. A relative date
//! dates the amount right after it (within 40 characters, `Last year the figure
//! stood at €2.6bn`; or the sentence's first amount, however far, when it
//! opens the sentence, or the clause after a label and a colon with no
//! number: `Last year the country's e-sports industry generated revenue of
//! R$1.9 billion`, `Weekly digest: last year, smart-lock makers sold …`) or right before it (`$99 billion last year`). Without a
//! publication date such an amount stays undated (it takes no other year),
//! unless the rate's period dates it from now (`over the next five years …
//! by 2030` puts the start in 2025; a year the period names, `since 2018`,
//! does not date `is now worth $7.5bn`). `now` before a verb of planning
//! or forecasting (`we are now targeting`, `now expects`) is no date. An
//! amount in a clause opened by ", when" right after a year is of that year
//! (`from 2027 to 2034, when revenue would reach $7.2 billion`). An undated "from … to …" in a sentence whose
//! span is the past N years (`Over the past five years, subscribers grew
//! from 120 million to 310 million`, `the last decade`, 过去五年, 지난 10년)
//! ends in the year of publication and starts N years before (the verdict
//! depends on N alone); with no publication date it stays undated.
//! Undated, an end is still the end it names (`from
//! 39 billion dollars in 2017 to 120 billion dollars this year`), and the
//! claim gets a verdict only where every year it may have, 1 to 50 years
//! from the other end, gives the same one; else it is unverifiable. Beside
//! a dated start marked "from" it is the end, before or after it (`is now
//! $5.2bn, up from $3.1bn in FY21`); where neither is marked (`€840 million
//! today, compared with €610 million in 2019`) its years run to both sides.
//!
//! **Periods** of a rate: `2024–2030`, `from 2025 to 2035`, `between 2023
//! and 2030`, `during the forecast period (2024-2030)` (a second year
//! followed by a scale, a currency or "units" is an amount's number: `from
//! 9.5 lakh units in FY25 to 61 lakh units` ends no period), `FY23-28`, `FY24-29`,
//! `2016-21`, `fiscal years 2022 and 2030`, `between FY2022 and FY2030`,
//! `1999-2000 to 2008-09`, `in the three years from 2020`, `the five
//! years to 31 March 2024` (`through 2023`, `ending March 2024`, `the
//! decade to 2022`: the last year and as many before), `since 2019`,
//! `over the next five years`, `the past decade` (ending at the target's
//! year), `until 2025`, `until FY27`, `4% a year to 2026` (a period of
//! another clause ending elsewhere is not the rate's), `a CAGR of 4.5% from
//! 2020`, a bare "from" year right after the end's year (`to £6.8bn by
//! 2029, from 2024`; not `up 40% from 2019`);
//! `2025—2035年`, `2025~2030年`, `2025年至2035年`, `2014〜2020年`, `2018年から
//! 2023年`, `2020년부터 2025년까지`, `未来五年`, `今後5年`, `近六年`, `향후 5년`, and an
//! end year in the rate's clause (`2026년까지 연평균 성장률은 12%`).
//!
//! **Rates**: `a CAGR of 15.6%`, `compound annual growth rate (CAGR) of
//! 15.6%`, `growing at a CAGR of`, `registering a 15.6% CAGR`, `at 15.6%
//! annually`, `15.6 per cent a year`, a whole percentage from one to twenty
//! in words (`nearly nine per cent`, `twelve percent`), `per annum`, `p.a.`, `an average
//! annual growth (rate) of 5%`, `between a 15 and 18 percent compound growth
//! rate`, `연평균 5~7%`, `average yearly growth of 4.6%`, `an annual
//! decline of 3%` (also `decrease`, `contraction`), `annual growth of 3.9 per cent`, `a combined
//! annual growth rate`, `compounded annually`, `annualised`, `an annual
//! composite growth rate`, in French `taux de croissance annuel moyen`,
//! `croissance annuelle`, `un taux annuel moyen`, in German `jährlich`,
//! `durchschnittliche jährliche Wachstumsrate`, `jährliches Wachstum` (and
//! `6,0 Prozent`), `an average rate of 8%`, `the compounded
//! aggregate growth rate`, `15% compounded`; ranges (`10–15%`, `5 per cent
//! to 7.3 per cent`, `between 40% and 55%`; not a year before a dash: `in
//! 2032 — 11.6% compound annual growth`); with `%` or `％`. In Chinese, Japanese and Korean,
//! in the rate's clause: 复合年增长率, 年均复合增长率, 年复合增长率, 复合增速,
//! 年均增速, 年均增长, 年均 (年均负增长, 年均下降), 年平均增长率, 年平均成長率,
//! 年間平均成長率, 年平均複合成長率, 年率, 연평균 (복합) 성장률, 매해, CAGR, also
//! in traditional characters and with reading glosses in brackets
//! (`復(fù)合`).
//!
//! **Signs**: a decline is a negative rate: `-1.3%`, `minus 13.7%`, `a
//! negative CAGR of 13.2%`, `declining 3% a year`, `decline by a CAGR of
//! 1.2%`, `it declines at a compound rate of 12.9%` (decline, decrease, fall,
//! shrink, contract, drop in any tense), マイナス0.5%, 负增长, 下降, 减少, 마이너스 (a decline word in the rate's
//! own phrase, with no comma between). A decline word farther back in the
//! rate's clause ("will fall from 410 million tonnes in 2024 to 330 million
//! tonnes in 2031, a CAGR of 3.1%") makes an unsigned rate the size of the
//! fall when the chosen figures do fall; a printed `+` keeps it positive,
//! and so do rising figures ("will recover … after falling sharply, a CAGR
//! of 4.9%").
//!
//! **Lines and lists**: a run of text with no sentence end longer than 2,048
//! bytes (five times the longest claim measured) is read in pieces, cut
//! after a `;` or `,` or at white space; a list line (`2027: $47.9 Billion`,
//! `2021年：312.6亿元`, with its label `2021-2024年CAGR：13.1%`: a full-width
//! colon before a rate ends a label, not its clause) or a table row
//! is a sentence of its own; a rate's sentence reads up to twelve list lines
//! back, and a sentence ending in a colon ("This is what 26% growth looks
//! like:") reads the list after it. A heading line that ends with a unit in
//! brackets (`European heat pump market, sales value (EUR bn)`, `Battery
//! demand (GWh)`, `(in $ billion)`, `(million units)`, `(thousands)`,
//! `(’000 units)`; in Chinese, Japanese and Korean a full-width bracket
//! with a scale and a currency or counter, after an optional 单位, 単位 or
//! 단위: `（单位：万台）`, `（単位：億円）`, `营业收入（亿元）`), a table's head whose first value column ends with one
//! (`Year | Revenue (US$ bn) | YoY growth`), or a line with no digit whose last comma is followed
//! by unit words only (`LNG trade, million tonnes`, `Capacity additions,
//! GW`), gives that unit to the bare numbers of the list lines under it (up
//! to twelve) that follow a year label and `:` or `|` (`2023: 13.8`,
//! `FY27E: 1,800`, `2026F: 292`, `2035 | 4,100`), at the end of the line or
//! before an aside in brackets (`2023: 117 (+50%)`; the `headings` module).
//!
//! **Ends given relatively** (the `relative` module), where the figures
//! around a rate give one end, dated, and the rate's sentence relates the
//! other to it in the same clause: a multiple (`double`, `doubles`,
//! `doubled`, `triple`, `quadruple`, `threefold`, `three-fold`, `3-fold`,
//! 倍增, 倍増, 翻倍, 翻番, 翻一番; not "double-digit") before a given target
//! makes the baseline the target over it, after a given baseline the
//! target the baseline times it ("expected to double to $8.4 billion by
//! 2030 from 2024"; "worth $2.1 billion in 2023, is projected to triple by
//! 2033"); an increment (`by £0.8bn`, `an additional 43 million`, `add
//! $1.2 billion`) their
//! difference or sum ("to grow by £0.8bn to reach £5.2bn by 2026 from
//! 2022"). A ratio word stands for its value within the hedge band (so the
//! derived end is "about"); one hedged one way ("more than double", "nearly
//! triple") is too loose to derive from; an increment's end is the
//! interval both printed precisions allow. The derived end is dated by the rate's period,
//! else by a bare year ("from 2024", "compared with 2024", 较2025年; "triple
//! by 2033"); with none, or where the rate's period puts the given end
//! elsewhere, nothing is derived.
//!
//! **Parallel series** (the `lists` module): amounts joined by "and", ","
//! or "、", 和, 及, 与 (`$12 billion and $2.1 billion`) are figures of as many
//! series at one date (an undated one takes the date the others name);
//! with a list of as many compound annual rates (`CAGRs of 12.5% and
//! 17.5%`) and two such lists, one the start ("from", or the earlier year),
//! the i-th rate takes the i-th figure of each. A single rate beside such
//! lists is read with every pairing of their members, so the checker
//! decides only where all agree; a list of rates matched with nothing
//! reads no figures. As many years after the run, joined the same way
//! (`$3.0 billion and $3.6 billion in 2022 and 2023`), date its members in
//! order: one series, no list. "respectively" may stand before the date.
//!
//! **Chains**: a rate whose clause names only its end, in a clause that
//! goes on from the end before it ("and" then a verb or auxiliary: `to $20
//! billion in 2020 (a CAGR of 14.9%) and is expected to reach $35 billion in
//! 2025 (a CAGR of 11.8%)`), starts at that earlier end; not where the
//! clause has a subject of its own (`and profit should reach`) or a
//! contrast word or `;` stands between. So does the only rate of a
//! sentence standing in such a clause before the end it reaches (`rose
//! from £1.1 billion in 2020 to £2.0 billion in 2022 and is expected to
//! grow at 12% a year to reach £3.5 billion in 2027` is 2022 to 2027); one
//! after that end (`…, growing 8.4% a year over the decade`) may be said of
//! the whole span, and both readings are kept.
//!
//! **Tables** of cells between `|` (the `tables` module): a header row of
//! years (`2019`, `FY20`, `FY25E`, `CY23`, `31/03/23`, `Mar-23`) with a
//! column headed `CAGR` makes each row below it with a label a claim: the
//! rate from that column (a bare number there is a percentage), the values
//! at the ends of its period: the period in the head (`2-yr CAGR
//! (FY23-25E)`, `CAGR 2019-24`), else the N years of `N-yr CAGR` ending at
//! the nearest year to its left, else the header's first and last years. A
//! value that is not a positive number (`-`, `NA`) is no level; a period
//! the table has no column for gives the rate alone. A row's claim replaces
//! any a sentence reading made of it. A year head may carry a note
//! (`2029 (forecast)`, `2030年（予測）`, `2028년(전망)`), and a CAGR head may
//! be a cue word of Chinese, Japanese or Korean (`연평균 성장률`). A CAGR
//! given as a row (`| CAGR (2024-2030) | 9.0% |`), or on the line under the
//! table, after at most one blank line (`CAGR 2019-2023: 8.9%`; each piece
//! between `;` of `Revenue CAGR FY22-FY26E: 9.4%; EBIT CAGR over the same
//! period: 15.7%`, "the same period" being the piece's before), is the rate
//! of the one row of levels at both ends of its period, or of the row its
//! label names (`매출액 연평균 성장률`; with several pieces, each must name
//! one); else none. A table
//! with no CAGR column or row (`YoY`, `Growth (%)`), or whose heads are not
//! years, makes none.
//!
//! **Not read as a compound annual rate**: two percentages after "from"
//! ("a share rising from 8% to 12%": levels, not a range of rates; also
//! with words between them, "to" within four tokens after the first:
//! "growth will slow from 10% a year to about 7%"); a
//! percentage "of" something (`30% and 25% of sales`: shares); a year-on-year change
//! ("year-on-year", "YoY" before or after the rate, 同比, 比上年, 前年比,
//! 前年同期比, 전년 대비), a change from a named year (较2024年增长; not
//! where 年均, 年平均 or 复合 stands before the rate: `较2023年的62.3万辆年均增长24.7%`
//! runs from 2023), a cumulative
//! change (累计), a share ("share", 占比, シェア, 점유율), percentage points
//! (个百分点), arithmetic (`… * 100%`), "grew 12%" without an annual cue,
//! a rate whose only cue stands before a word that sets one clause against
//! another ("a CAGR of 9.1%, while net profit jumped 21%": `while`,
//! `whereas`, `but`, `although`, `though`, `even as`, `even though`, `even if`, `;`),
//! and "at a rate of 10%" without one (reading every "rate" would cost the
//! prefilter more than such sentences are worth).
//!
//! # How a claim is assembled
//!
//! See the rules in the `assemble` module: the rate's period; a window of
//! sentences (its own, up to three before or six when the period pins the
//! years, and after it on its line); hard constraints (one series: the same
//! currency, counts or unit; a baseline before the target; increments,
//! goals ("a target of $350 billion", unless the sentence goes on to the
//! growth the goal takes: "…, implying compound annual growth of roughly
//! 9%", "which would require") and conversions are not levels); the
//! choice of target and baseline; no figures from a sentence about another
//! place (`Globally, the market …` after `The U.S. market …`; a sentence
//! with figures of two regions it names, `Northvale province, … ;
//! Southvale province, …`, offers none) or another
//! measure (revenue against shipments or profit; a rate of people counted,
//! buyers, members, passengers, against figures in money; revenue against
//! people or trips counted under a collective noun, "passenger numbers",
//! "traffic", "attendance", "admissions", "ridership"; in Chinese,
//! Japanese and Korean words too, 收入, 売上高, 매출 against 用户, 会員,
//! 가입자, `vocab::CJK_MEASURES`, where a comma and 同期, 同期間 or 같은 기간
//! open a clause of its own: "用户数从2022年的800万人增至2027年的1350万人，
//! 同期广告收入年均复合增长率为14.2%" has no figures for its rate; and where
//! such a clause names a thing of its own before its rate, "…, 같은 기간 충전기
//! 수는 연평균 52% 증가했다", the rate is that thing's), nor from
//! any neighbour when the rate's sentence gives it both ends ("from 2.9 GWh
//! to 5.6 GWh", dated by "over the same period" with the years before);
//! alternative readings where the text does
//! not settle them (a rate that says how many years it spans, "a
//! three-year CAGR", "over the ten years", runs from the value that many
//! years before its target); and rates of segments (a slash list
//! "25%/11%", "其中", "the services segment", 细分, 板块, 部門, 부문, a part
//! of a whole in the rate's clause, "$800 million of the $3.2 billion
//! market", several
//! rates with no figures of their own; a sentence opening "of this",
//! 其中, このうち, この中で, 이 중 or 그중 with no number but its rate and
//! years),
//! which borrow no figures but those of a next sentence that points back at
//! them ("It was worth …"); and a rate in a clause set against another
//! ("…, while revenue will grow at a CAGR of 12% to $10.9 billion") with an
//! amount of its own, which takes none from the other clause; a rate
//! worded for the future with nothing dated of its own ("Analysts expect a
//! CAGR of 12%"), which takes no figures from sentences that speak only of
//! the past. A rate takes no figures from beyond another
//! rate's sentence unless that sentence states it again, nor from that
//! sentence when its own sentence has no figures it can take (none, or
//! only figures in other terms: "…3800亿元，同期用户数年均增长8%").
//!
//! # Example
//!
//! ```
//! use cagr::{check, extract, Verdict};
//!
//! let text = "The country's core AI industry was valued at nearly 600 billion yuan \
//!     by the end of September 2024. Growth is driven by large models. The market \
//!     size is expected to reach 1,729.5 billion yuan by 2035, representing a \
//!     compound annual growth rate of 15.6%.";
//! let claims = extract(text);
//! assert_eq!(claims.len(), 1);
//! let claim = &claims[0];
//! let base = claim.forecast.baseline.unwrap();
//! assert_eq!(base.amount.to_string(), "nearly 600 billion CNY");
//! assert_eq!(base.when.unwrap().to_string(), "end of September 2024");
//! assert_eq!(&text[claim.spans.rate.clone().unwrap()], "15.6%");
//! assert_eq!(check(&claim.forecast).verdict, Verdict::Inconsistent);
//! ```

use core::ops::Range;

mod amounts;
mod assemble;
mod claim;
mod context;
mod dates;
mod headings;
mod lists;
mod mention;
mod parse;
mod rates;
mod ratios;
mod relative;
mod scan;
mod sentences;
mod set_aside;
mod tables;
mod tokens;

pub use claim::{Claim, Spans};
pub use context::Context;
pub use set_aside::SetAside;

use assemble::{assemble, Doc};
use mention::{RateM, Setting};
use scan::{has_rate, CueBlocks};
use sentences::{split_part, Sentence};

/// Every growth claim in `text`, in order of their rates.
///
/// Never fails: text with no claim gives an empty vector. Runs in time
/// linear in the length of the text.
///
/// # Example
///
/// ```
/// use cagr::extract;
///
/// let claims = extract("Sales grew 12% from last year to $3.1 billion.");
/// assert!(claims.is_empty());
///
/// let claims = extract("The market will grow from $4.0 billion in 2021 to $8.6 billion \
///     by 2026, at a CAGR of 16.2%.");
/// let f = &claims[0].forecast;
/// assert_eq!(f.baseline.unwrap().when.unwrap().calendar_year().get(), 2021);
/// assert_eq!(f.target.unwrap().amount.to_string(), "8.6 billion USD");
/// assert_eq!(f.rate.unwrap().to_string(), "16.2%");
/// ```
pub fn extract(text: &str) -> Vec<Claim> {
    extract_with(text, &Context::default())
}

/// How many sentences behind the current one a claim may read (a dozen
/// list lines, a few sentences), with a margin: parses further back are
/// dropped.
const KEEP_BEHIND: usize = 64;

/// How many sentences with a rate are parsed before their claims are
/// assembled (see [`extract_with`]).
const BATCH: usize = 32;

/// Every growth claim in `text`, read with what is known of the document
/// (see [`Context`]): relative dates ("last year", "now", 今年) resolve
/// through its publication date.
///
/// Never fails, and runs in time linear in the length of the text, as
/// [`extract`].
///
/// # Example
///
/// ```
/// use cagr::{check, extract_with, Context, Verdict, When};
///
/// let text = "The market stood at $3.2 trillion last year and is expected to \
///     reach $6.5 trillion by 2031, a CAGR of 8%.";
/// let context = Context::default().with_published(When::year(2023)?);
/// let claims = extract_with(text, &context);
/// let f = &claims[0].forecast;
/// assert_eq!(f.baseline.unwrap().when.unwrap().calendar_year().get(), 2022);
/// assert_eq!(check(f).verdict, Verdict::Consistent);
/// # Ok::<(), cagr::Error>(())
/// ```
pub fn extract_with(text: &str, context: &Context) -> Vec<Claim> {
    extract_in_parts(text, context, scan::MIN_PART)
}

/// [`extract_with`], reading parts of at least `min_part` bytes on threads
/// of their own ([`scan::parts`]). The claims are the same however the
/// text is cut: each part's sentences are those of the whole text there,
/// and the claims of a part's sentences are read from the whole text
/// (their neighbours may lie in the next part), each part with parses and
/// caches of its own; the claims of the parts are joined in order.
fn extract_in_parts(text: &str, context: &Context, min_part: usize) -> Vec<Claim> {
    let (threads, parts) = scan::threads_for(text.len(), context.threads(), min_part);
    let parts = scan::parts(text, parts);
    // The sentences and cue blocks of each part, then of the text.
    let read = scan::each_part(&parts, threads, |part| {
        let cues = CueBlocks::spans(text.as_bytes(), part.clone());
        (split_part(text, part), cues)
    });
    let mut sentences: Vec<Sentence> = Vec::with_capacity(read.iter().map(|r| r.0.len()).sum());
    let mut cues = CueBlocks {
        bits: Vec::with_capacity(text.len().div_ceil(scan::SPAN)),
    };
    let mut ranges = Vec::with_capacity(read.len());
    for (part, bits) in read {
        let from = sentences.len();
        sentences.extend(part);
        ranges.push(from..sentences.len());
        cues.bits.extend(bits);
    }
    let read = scan::each_part(&ranges, threads, |range| {
        claims_in(text, &sentences, &cues, context, range)
    });
    let table = read.iter().any(|(_, table)| *table);
    let mut claims: Vec<Claim> = read.into_iter().flat_map(|(claims, _)| claims).collect();
    // Tables: a row's claim replaces any a sentence reading made of it.
    let rows = if table {
        tables::claims(text)
    } else {
        Vec::new()
    };
    if !rows.is_empty() {
        let within = |c: &Claim| {
            let at = c.spans.rate.as_ref().map_or(c.passage.start, |r| r.start);
            rows.iter().any(|t| t.passage.contains(&at))
        };
        claims.retain(|c| !within(c));
        claims.extend(rows);
        claims.sort_by_key(|c| c.spans.rate.as_ref().map_or(c.passage.start, |r| r.start));
    }
    claims
}

/// The claims whose rates lie in the sentences `range` of the text (in
/// order), and whether the text may hold a table: whether a sentence among
/// them with a cue word, or the line before it, holds a `|` (a table's
/// head names its CAGR column, or a row or the line under the table names
/// its CAGR, so a text with no such sentence has no table).
fn claims_in(
    text: &str,
    sentences: &[Sentence],
    cues: &CueBlocks,
    context: &Context,
    range: Range<usize>,
) -> (Vec<Claim>, bool) {
    let yen = std::cell::OnceCell::new();
    let dateline = std::cell::OnceCell::new();
    let set = Setting {
        yen: &yen,
        context_year: context.published().map(|w| w.calendar_year().get()),
        dateline: &dateline,
        heading: None,
    };
    let mut doc = Doc::new(text, sentences, set);
    let mut claims = Vec::new();
    let mut rates: Vec<RateM> = Vec::new();
    let mut table = false;
    // Sentences with a rate are parsed [`BATCH`] at a time, then their
    // claims assembled: parsing and assembly each run on from one sentence
    // to the next rather than taking turns, so more of their code stays in
    // the processor's instruction cache (a tenth fewer misses of it in
    // cachegrind on the bench corpus; about 3% faster). The claims and
    // their order are the same.
    let mut batch: Vec<usize> = Vec::with_capacity(BATCH);
    let mut assemble_batch = |doc: &mut Doc<'_, '_>, batch: &mut Vec<usize>| {
        for &s in batch.iter() {
            rates.clear();
            rates.extend(doc.parsed(s).rates.iter().filter(|r| r.cagr).cloned());
            for rate in &rates {
                claims.push(assemble(doc, s, rate));
            }
        }
        batch.clear();
    };
    for s in range {
        let sentence = &sentences[s];
        // Cue words are rarer than rates: they are looked for first.
        let range = sentence.start..sentence.end;
        if !cues.has_cue(text.as_bytes(), range.clone()) {
            continue;
        }
        let bar = |s: &Sentence| text.as_bytes()[s.start..s.end].contains(&b'|');
        table = table || bar(sentence) || s.checked_sub(1).is_some_and(|p| bar(&sentences[p]));
        if !has_rate(&text[range]) {
            continue;
        }
        // The parses of sentences no claim can reach any more are dropped,
        // so memory stays bounded on long texts.
        if batch.is_empty() {
            doc.forget_before(s.saturating_sub(KEEP_BEHIND));
        }
        doc.parsed(s);
        batch.push(s);
        if batch.len() == BATCH {
            assemble_batch(&mut doc, &mut batch);
        }
    }
    assemble_batch(&mut doc, &mut batch);
    (claims, table)
}

#[cfg(test)]
mod tests {
    use super::{extract_in_parts, scan, Context};

    /// Cut at its blank lines, on up to a dozen threads, a text gives the
    /// claims it gives whole: claims whose figures lie in the paragraph
    /// before or after a cut, a list under a heading, a table, the yen
    /// named in another paragraph, a dateline and Chinese.
    #[test]
    fn parts_read_the_claims_of_the_whole() {
        let text = "March 4, 2025\n\n\
            Sales could reach €4.1bn by 2029.\n\n\
            Last year the figure stood at €2.6bn; analysts expect a CAGR of 7.9%.\n\n\
            The market will grow from $4.0 billion in 2021 to $8.6 billion by 2026, at a \
            CAGR of 16.2%.\r\n\r\n  \
            Japan's robot market (¥ billion):\n\
            - 2023: ¥820 billion\n\
            - 2028: ¥1,130 billion\n\
            That is a CAGR of 6.6%.\n \n\n\
            | Segment | 2024 | 2030 | CAGR |\n\
            |---|---|---|---|\n\
            | Cloud | $12.0bn | $21.3bn | 10.0% |\n\n\
            中国人工智能核心产业规模2025年为3985亿元，预计2035年达到17295亿元，年均复合增长率15.6%。\n\n\
            The market stood at $3.2 trillion last year and is expected to reach $6.5 \
            trillion by 2031, a CAGR of 8%.";
        let whole = extract_in_parts(text, &Context::default().with_threads(1), 1);
        assert!(whole.len() >= 6, "{whole:?}");
        let mut cuts = std::collections::BTreeSet::new();
        for threads in 2..=12 {
            let context = Context::default().with_threads(threads);
            let parts = scan::parts(text, scan::threads_for(text.len(), Some(threads), 1).1);
            cuts.extend(parts.iter().skip(1).map(|p| p.start));
            assert_eq!(
                extract_in_parts(text, &context, 1),
                whole,
                "{threads} threads"
            );
        }
        // Every blank line was a cut, for some number of threads.
        assert_eq!(cuts.len(), 7, "{cuts:?}");
    }

    /// Random texts of claim sentences, their neighbours, lists, table rows
    /// and line breaks of every kind, cut into parts at their blank lines:
    /// the claims are those of the whole.
    #[test]
    fn random_texts_read_in_parts_give_the_claims_of_the_whole() {
        const PIECES: &[&str] = &[
            "The market will grow from $4.0 billion in 2021 to $8.6 billion by 2026, at a CAGR of 16.2%.",
            "Sales could reach €4.1bn by 2029.",
            "Last year the figure stood at €2.6bn; analysts expect a CAGR of 7.9%.",
            "It is expected to expand at a compound annual growth rate of 6.5% through 2030.",
            "Revenue was $1.2 billion in 2022, up 12% year on year.",
            "Market size (US$ bn)",
            "- 2023: $820 million",
            "- 2028: $1,130 million",
            "| Segment | 2024 | 2030 | CAGR |",
            "| Cloud | $12.0bn | $21.3bn | 10.0% |",
            "市场规模2025年为3985亿元，预计2035年达到17295亿元，年均复合增长率15.6%。",
            "2030년 시장 규모는 1조 2,345억 원으로 연평균 8.1% 성장할 전망이다.",
            "March 4, 2025",
            "That is a CAGR of 6.6%.",
            "\n",
            "\n\n",
            "\r\n\r\n",
            "\n \n",
            " ",
        ];
        let mut next = crate::testing::xorshift(0x5EED_CA6E);
        for case in 0..300 {
            let mut text = String::new();
            for _ in 0..(10 + next() % 40) {
                text.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
                if next().is_multiple_of(3) {
                    text.push(' ');
                }
            }
            let whole = extract_in_parts(&text, &Context::default().with_threads(1), 1);
            for threads in [2, 3, 5] {
                let context = Context::default().with_threads(threads);
                assert_eq!(
                    extract_in_parts(&text, &context, 1),
                    whole,
                    "case {case}, {threads} threads: {text:?}"
                );
            }
        }
    }

    /// The sentence splitter and the rate prefilters against the whole
    /// reading, on the texts of the byte-level tests of `scan`: splitting a
    /// text whole, from a range of it, or part by part gives the same
    /// sentences; and every sentence that reads as a compound annual rate
    /// passes both prefilters. (Here, above both, so that `scan` imports
    /// nothing from the files that use it.)
    #[test]
    fn sentences_and_prefilters_agree_with_the_whole_reading() {
        use super::mention::Setting;
        use super::parse::parse;
        use super::scan::{cue_at, has_rate, parts, rate_word_at, CueBlocks};
        use super::sentences::{split_at, split_part, split_sentences, Sentence};
        use super::tokens::tokenize;

        let mut cagr_rates = 0;
        let all: Vec<String> = scan::tests::texts().collect();
        let long = all.chunks(16).take(100).map(|texts| texts.join(" "));
        for text in all.iter().cloned().chain(long) {
            let bytes = text.as_bytes();
            let spans = |s: Vec<Sentence>| -> Vec<_> {
                s.iter().map(|s| (s.start, s.end, s.new_line)).collect()
            };
            assert_eq!(
                spans(split_sentences(&text)),
                spans(split_at(&text, 0..bytes.len(), 0..bytes.len())),
                "{text:?}"
            );
            // The sentences of the parts of a text, joined, are the text's.
            for n in 2..6 {
                let parts = parts(&text, n);
                let joined = parts.iter().flat_map(|p| split_part(&text, p.clone()));
                assert_eq!(
                    spans(joined.collect()),
                    spans(split_sentences(&text)),
                    "{text:?} {parts:?}"
                );
            }
            let cues = CueBlocks::of(bytes);
            // Rate words, sentence by sentence; and every sentence that
            // holds a compound annual rate passes both prefilters.
            let mut toks = Vec::new();
            for s in &split_sentences(&text) {
                let sentence = &text[s.start..s.end];
                let (b, range) = (sentence.as_bytes(), s.start..s.end);
                let slow = (0..b.len()).any(|i| cue_at(b, i));
                assert_eq!(cues.has_cue(bytes, range.clone()), slow, "{text:?} {s:?}");
                let slow = sentence.contains(['%', '％'])
                    || (0..sentence.len()).any(|i| rate_word_at(sentence.as_bytes(), i));
                assert_eq!(has_rate(sentence), slow, "{text:?} {s:?}");
                tokenize(&mut toks, &text, range.clone());
                if parse(
                    &toks,
                    &text,
                    Setting {
                        yen: &std::cell::OnceCell::new(),
                        context_year: None,
                        dateline: &std::cell::OnceCell::new(),
                        heading: None,
                    },
                    &mut Vec::new(),
                )
                .rates
                .iter()
                .any(|r| r.cagr)
                {
                    assert!(
                        has_rate(sentence) && cues.has_cue(bytes, range),
                        "{text:?} {s:?}"
                    );
                    cagr_rates += 1;
                }
            }
        }
        // Enough compound annual rates to test the prefilters.
        assert!(cagr_rates > 100, "only {cagr_rates} compound annual rates");
    }
}
