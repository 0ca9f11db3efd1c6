//! Claim assembly: for each compound annual rate, the baseline and target
//! chosen among the amounts around it.
//!
//! # How a reading is chosen
//!
//! 1. **The rate's period.** The period nearest the rate in its sentence
//!    ("from 2025 to 2035", "2021-2026年", "FY24-29"), or the years written
//!    after it ("until 2030", "from 2020"), or a length ("over the next five
//!    years", "the past decade", "未来五年") placed at the target's year; or,
//!    when only one amount of the rate's sentence is dated and an undated
//!    one is marked as the end ("$5.2 billion in 2024 … over the next six
//!    years to reach $8.4 billion"; or, marked "from", after it: "rising to
//!    $6.8 billion over the next five years from $3.1 billion this year"),
//!    starting at the dated one; or the
//!    years of a dated "from A in 2019 to B in 2023" right before the rate
//!    with no figure between ("…, a CAGR of 14%, and are forecast to reach
//!    290m by 2028"). A period of another clause that ends elsewhere than
//!    the rate's own end year ("…; analysts expect 4% a year to 2026") is
//!    not the rate's; nor is a period before a clause break (`, and`, `;`,
//!    `but`, `while`) whose clause has figures, where the rate's clause
//!    names only an end of its own ("Between 2015 and 2020, revenue doubled
//!    to $10 billion, and it should reach $30 billion in a few years, a
//!    CAGR of 12%"); nor is a period between two compound annual rates of
//!    the sentence with no figures between it and the other rate and,
//!    between it and this one, a figure dated outside it ("Having grown at
//!    a CAGR of 4.1% over 2019-2024, the market was worth €2.3 billion in
//!    2024 and is forecast to reach €3.9 billion in 2031, a CAGR of 7.8%":
//!    the period is the 4.1%'s; "exports grew 6% a year between 2015 and
//!    2020 while imports grew 4% a year": both rates may take it); a "from
//!    … to …" pair in the rate's clause is dated by it ("…; EBITDA grew at
//!    18% a year, from $150 million to $290 million").
//! 2. **The window.** The rate's own sentence; then up to three sentences
//!    before it (six when its period names the years to look for, twelve
//!    lines of a list); then, when its own sentence has no amounts or its
//!    period pins the years, up to two sentences after it on the same line
//!    (across lines when the period pins them, and over a whole list when
//!    the rate's sentence ends with a colon). A rate sentence with no
//!    amounts at all reads on across one line break into prose (not a list
//!    line or heading), as news copy puts each sentence in a paragraph of
//!    its own ("…, he said.\n\nThe economy stood at …"); it then takes both
//!    ends from beyond the break or neither. A neighbouring sentence about
//!    another place, or with a compound annual rate of its own, gives
//!    nothing to a rate whose own sentence has amounts; nor does a sentence
//!    after the rate's that names a country or region where neither the
//!    rate's sentence nor those before it do (a breakdown: "… a CAGR of
//!    13.5%. The U.S. market was estimated at $1.9 billion in 2022"),
//!    unless it points back (a place in an aside with no rate or figure of
//!    its own, ", with North America holding a 38% share", or one that
//!    gives examples, ", particularly in Spain and Italy,", ", led by
//!    India,", ", such as Japan,", is no place a sentence is about, nor,
//!    in a sentence with rates and no figures, a place named after its last
//!    rate past a comma: "… about 12% a year, and in Japan steelmaking will
//!    lead demand", "…年平均で約12%の伸びとなる計算で、国内では…"); nor a
//!    neighbour about a segment ("In 2024,
//!    the hardware segment generated $1.6 billion …") when the rate's
//!    sentence names none, unless it points back.
//! 3. **Hard constraints.** Baseline and target are levels of one series:
//!    the same currency (or counts, or the same physical unit), and a
//!    baseline dated before the target; not in clauses of one sentence set
//!    under different places, or naming different measures ("Exports rose
//!    to $29.1 billion in FY24, and the government targets $300 billion of
//!    production by 2026"); nor ends from two sentences (or, in any
//!    sentences, a bare end with a scale and one with a unit: "14 million"
//!    and "$30 billion") whose growth is off
//!    the stated rate's by more than a factor of four either way ("Online
//!    grocery sales reached $95 billion in 2023. Total grocery sales are
//!    forecast to grow at 3% a year to $1.3 trillion by 2028"). In the open
//!    corpora, reports that miss their own rate miss it by a factor of at
//!    most 2.7, bar one explainer whose ends share a sentence (10). A bare
//!    number with a scale ("14 billion") beside figures of two kinds, money
//!    and counts, pairs with neither.
//!    Increments ("grow by $2 billion")
//!    and conversions in brackets are not levels.
//! 4. **The choice.** The target is the amount at the period's end; else
//!    the latest dated amount of the rate's sentence, or of its neighbours.
//!    The baseline is the amount at the period's start (or the year before
//!    it, as when a report counts a forecast from 2025 on a 2024 base); else
//!    the latest dated amount before the target: in the rate's own sentence
//!    first when the target is another sentence's ("Since the listing in
//!    2019, when net sales were $0.98 billion, the company has grown at
//!    9.2% a year" after "$1.52 billion in 2024 (2023: $1.44 billion)"),
//!    else in the target's sentence first (in a "2023, 2024 and by 2032"
//!    template, the 2024 value). A "from A to B" pair in one sentence
//!    settles both ends: other values of their years in it are other
//!    series' (but a start right after an end, "rose to $410 million in
//!    2022 from $350 million in 2021 and should reach $690 million in
//!    2027, a CAGR of 11%", is that end's history, not the rate's pair; and
//!    a baseline set against the level just before it, "$410 million in
//!    2022, up from $350 million in 2021", "against", "compared with", gives
//!    way to that level when it is dated between it and the target). A
//!    "from" before an amount marks a start (also before a possessive date:
//!    "from last year's $4 billion", "from 2023's $4 billion") and
//!    "to"/"reach" an end.
//! 5. **Abstention.** With no period, a rate runs from the latest value
//!    before its target, as a three-value template's does ("from $1.4
//!    billion in 2018 to $3.2 billion in 2023. It is expected to reach $5.1
//!    billion by 2030, expanding at a CAGR of 6.9%" is 2023 to 2030), or,
//!    where it says how many years it spans ("a three-year CAGR", "5-year
//!    compound annual growth rate"), from the value that many years before
//!    the target, where there is one. Where
//!    the text does not settle the baseline (several earlier values of the
//!    series, years apart, and a rate that says it spans a length of years:
//!    "growing at an average of 8.4% a year over the decade"; or a series
//!    whose value just before the target is a year before it: "$318m in
//!    2023 and $372m in 2024, a CAGR of 21%", where a compound rate of one
//!    year would be a year-on-year change), every
//!    plausible baseline is kept as an alternative reading
//!    ([`Forecast::alternatives`]); if the readings get different verdicts,
//!    the checker calls the claim unverifiable and names them. So, where
//!    the baseline is one of a run of the series' values that ends at the
//!    target (values of one kind, each dated later, with nothing between
//!    one and the next but its year and a comma, "and" or "then": "61
//!    million by 2028 and 70 million by 2030", "$4.0bn in 2020, $5.1bn in
//!    2023 and $5.6bn in 2025"; after a value worded for the future, a verb
//!    of reaching too: "will reach 61 million by 2028 and climb to 70
//!    million by 2030", "预计2025年达到3,300亿元，2030年有望达到5,000亿元";
//!    see `amounts::link_runs`), are the run's earlier members and the
//!    latest value before the run, in any sentence the rate reads: the rate
//!    may span the run or run from the forecast's base ("Subscribers
//!    numbered 40 million in 2023. The service will reach 61 million by
//!    2028 and 70 million by 2030, growing 8.3% a year" is 2023 to 2030 or
//!    2028 to 2030); but a run that opens the year after that value opens
//!    the forecast period, as research houses count it ("valued at $11.0
//!    billion in 2024, is set to reach $13.1 billion in 2025 and $20.2
//!    billion by 2030" is 2025 to 2030). A run of forecast values (opening
//!    after the publication year, or, with no publication date, worded for
//!    the future) with no value of the series before it in the sentences
//!    the rate reads ("Analysts expect 12,000 by 2026 and 40,000 by 2030, a
//!    CAGR of 35%") may be spanned by the rate or follow today's value,
//!    which the text does not give: the claim has no baseline
//!    (`SetAside::BeforeFigures`), unless the rate says it spans the
//!    figures ("between the two dates", "over this period"). So is a
//!    baseline dated "N years ago" beside a target of a year before the
//!    publication's: writers count such years from either ("Five years ago
//!    it was worth $2.4 billion; it reached $5.3 billion in 2023"). An end
//!    dated only relatively, with no publication date ("from $39 billion in
//!    2017 to $120 billion this year"), is kept undated, with one
//!    alternative for each year from 1 to 50 years from the other end; the
//!    checker decides only where all of them agree. Beside a dated start
//!    marked "from" it is the end, before or after it ("is now $5.2bn, up
//!    from $3.1bn in FY21"); where neither is marked ("€840 million today,
//!    compared with €610 million in 2019") it may be the earlier or the
//!    later, and the alternatives cover both sides. A sentence of the
//!    rate's paragraph, up to three away and with no compound annual rate
//!    of its own, that names an end's year as the series' ("the 2023
//!    figure", "its 2029 estimate", "the 2023 market") and then gives one
//!    amount of that end's kind with another value ("… a CAGR of 15.1%. A
//!    later bulletin from the firm revises the 2022 figure to $2.6 billion") is
//!    another reading of that end; so is a line of a list or table up to
//!    eight lines after the rate's sentence that opens with the end's year
//!    and gives the series another value within a factor of two ("2018 |
//!    2.6" under "Five-year summary ($bn)"); one naming a place the rate's sentence
//!    does not, or another measure, is not (see `restated`). So is another
//!    value of an end in its own sentence, of the same kind (the same
//!    currency, or both counts) and within a factor of two, after "or"
//!    ("worth $2.6 billion or $3.1 billion in 2023, depending on …") or up
//!    to ten tokens after it behind a word of restatement ("revised from
//!    $350 million", "(originally reported as 2.5 million)", "2021: 7.8
//!    (restated; previously reported as 6.4)", a bare number there taking
//!    the end's unit), or behind "now" and a verb of expectation or sizing
//!    where the end is a forecast (a participle of forecast, "targeted" or
//!    "planned" among the four words before it: "had projected 38 million
//!    by 2030; it now expects 45 million"; "reached $2.4 billion in 2023,
//!    and now targets $3.8 billion" is a new forecast); a conversion into another currency ("€2.4 billion,
//!    or $2.6 billion") is not; so is another source's value, after a word
//!    of another source and a verb of sizing ("One consultancy puts 2023
//!    revenue at $4.1bn; another … puts it at $6.3bn") or of forecasting,
//!    for the end marked "to" before it ("…; a rival house is more
//!    bullish, forecasting $14 billion"); so is a value where each names
//!    its source after it with "according to" ("$3.1bn in 2022 according
//!    to one estimate and $4.4bn according to another"). So, plainly, is a level of the series
//!    dated an end's year in a sentence of the paragraph up to three away
//!    with no compound rate of its own, within a factor of two of the end,
//!    where that sentence speaks of no part of the market (segment, share,
//!    accounted, held, region, category, channel, online, exports, …: "The
//!    market stood at $9.8 billion in 2023, the firm said. … puts 2023
//!    revenue at $11.2 billion and projects $21.6 billion by 2030"), unless
//!    the rate's own sentence marks both ends "from" and "to" ("grow from
//!    ₹3.2 lakh crore in 2023 to ₹9.1 lakh crore by 2028, a CAGR of about
//!    23%. A separate estimate puts the market at ₹7.4 lakh crore by 2028"
//!    is another source's figure).
//!
//!    **Chains.** A rate whose clause names only an end, reached in a
//!    clause that goes on from the end before it with no subject of its own
//!    ("grew from $10 billion in 2015 to $20 billion in 2020 (a CAGR of
//!    14.9%) and is expected to reach $35 billion in 2025 (a CAGR of
//!    11.8%)": "and" then a verb or auxiliary, no contrast word or `;`
//!    between), takes that earlier end as its start; so does the only rate
//!    of a sentence standing in such a clause before the end it reaches
//!    ("… to €2.0 billion in 2022 and is expected to grow at 12% a year to
//!    reach €3.5 billion in 2027"), with no alternative from the history
//!    before. A rate after that end may be said of the whole span, so the
//!    earlier baselines stay alternatives.
//! 6. **Segments.** Rates in a slash list ("25%/11%") or several rates in a
//!    sentence with no amounts of their own ("Latin America will grow at
//!    4.3% while North America will grow at 3.8%"), or a rate with no
//!    amounts in a sentence about a segment, are rates of segments: they
//!    borrow no figures from their neighbours, except (outside a slash
//!    list) from the next sentence when it points back at them ("It was
//!    worth $620 million in 2024 …", "The segment was worth …") or names
//!    the segment ("The report sizes the segment at …"). A rate
//!    sentence that names the whole (a market word, "overall") takes none
//!    from a neighbour about a segment, even one that points back ("The
//!    segment's revenue rose … Overall, the industry expanded at 6% a
//!    year"). In a sentence
//!    about a segment, figures across ", and", ", when", "while", "whereas"
//!    or "but" from the rate are another part's ("The segment will grow at
//!    a CAGR of 9%, and the wider market will be worth $50 billion"; "…
//!    through 2030, when the market will reach $5.5 billion"), unless that
//!    clause goes on with "it" or "the segment" within five words ("…, and
//!    the company projects it will reach $1.5 billion"). A rate in the
//!    clause of a part construction (an amount, "of", up to three words and
//!    a larger amount of its kind: "Hardware accounted for $800 million of
//!    the $3.2 billion market in 2024 and is expected to grow at 17% a
//!    year"; the clause runs on past a `;` that "it", "they", "this" or
//!    "these" opens) may be the part's or the whole's: it is a part's and
//!    reads no figures. A rate set against another
//!    ("compared with 5 per cent over the previous five years", "versus
//!    6%", "faster than 5%", "a slower pace than the 6.5% a year seen in the
//!    2010s", "well above the 11% a year of the previous
//!    decade"; not a hedge, "more than 5%", "above 5%") is another span's: it reads no figures, and does not make the
//!    rate it is set against a segment's, nor split the sentence's figures
//!    with it; a period right after it, in its phrase ("…, compared with 2%
//!    a year over the past decade"), is its span, not the rate's. So is a
//!    rate another source gives
//!    against the figures, in a clause or sentence with no figure of its
//!    own: after a source marked as another ("Other forecasters expect a
//!    CAGR of about 10%", "a rival firm sees", "some analysts", "others")
//!    or after a contrast word ("…, though analysts put the CAGR closer to
//!    10%", "although one broker pencils in", "but the bank sees",
//!    "Analysts, however, …"); "Analysts expect a CAGR of 7.9%" alone
//!    is the figures' rate (also in Chinese, Japanese and Korean: 也有机构,
//!    另有, 其他机构, 部分机构; 別の, 他の調査, 一部の; 다른 기관, 일부,
//!    일각). So is a history from a start the text does not
//!    date ("having grown at a compound annual rate of 40% since launch"),
//!    and a rate that runs on after the figures ("targets $3.0bn in 2026
//!    and a 15% CAGR thereafter", "growing 10% a year after that").
//!    A rate whose basis is named before it in Chinese, Japanese or Korean
//!    (台数ベース, 数量ベース, 按销量, 수량 기준 for units; 金額ベース, 按销售额,
//!    금액 기준 for value) is in those terms. A rate whose clause holds no
//!    amount and names only units or users ("Shipments are set to rise at a
//!    CAGR of 3%, with the market reaching $15 billion …"; "unit sales" are
//!    units) takes no money. A rate whose subject is a price (also ASP,
//!    wages, salaries, rents, fares, tariffs, yields, "room rates" or
//!    "freight rates" but not "growth rates of"; not prices a rate or figure
//!    is measured in: "adjusted for prices", "at constant prices", "in 2015
//!    prices", "price-adjusted", a real rate read against the figures like
//!    any other), a margin, a share or
//!    an amount per head (per capita, per household, ARPU: `vocab::word_kind`) ("Prices are expected to climb 4% a year,
//!    lifting the market from …", "Spending per household will grow 6% a
//!    year", "their share of retail rose from 9% to 16%, a CAGR of 12.2%")
//!    takes only amounts named as such ("The average selling price will
//!    rise from $240 …"); in Chinese, Japanese and Korean the same words
//!    before the rate in its clause (价格, 単価, 가격, 人均, 1인당, 占比, 比重,
//!    シェア, 점유율, …; or a clause before it ending in a percentage: "比重由
//!    9%提升至16%，年均复合增长率为12.2%") make it such a rate, and a count
//!    (销量, 出货量, 出荷台数, 販売台数, 판매량, 출하량) makes it a rate of units. A rate in a clause opened by ",
//!    where" or ", in which" ("… driven by demand in Asia, where sales are
//!    expected to increase at a CAGR of 12.4%") is the rate of what the
//!    clause before it named: it takes figures of its own clause only. A
//!    rate said to be "in value
//!    terms" or "by value", or whose clause names money as its subject
//!    before it ("Public charging revenue is forecast to grow at …";
//!    revenue, turnover, spending, profit, earnings, EBITDA), takes only
//!    money (or a bare scale), one "in
//!    volume terms" or "by volume" only counts and physical quantities ("a
//!    CAGR of 5.8% in value terms …, while volumes rise from 120,000 tonnes
//!    to 152,000 tonnes" has no figures of its own); "volume" or "value" in
//!    such a phrase names no measure of the series, nor does who spends
//!    or what is bought ("Readers spent $610 million on news subscriptions":
//!    a word right before "spent", "spend" or "spends"; up to six words
//!    after an amount of money and "on"). A rate with no
//!    figures, measure or terms of its own whose ends are a pair marked
//!    "from" and "to" in a neighbour that marks another such pair ("…
//!    rise from 1.1 million tonnes in 2024 to 1.6 million tonnes in 2031,
//!    while export revenue climbs from $9.5bn to $17.0bn over the same
//!    period. That is compound growth of 8.7% a year.") may be either
//!    pair's: the other is another reading, and the claim is decided only
//!    where both agree.
//! 7. **Clauses set against each other.** A rate in a clause after
//!    "while", "whereas" or "but" (or in the main clause of a sentence that
//!    opens "While …,") that has an amount of its own takes no figures from
//!    the other clause ("Unit sales will rise from 40 million to 65 million,
//!    while revenue will grow at a CAGR of 12% to $10.9 billion"); a pronoun
//!    after the contrast word ("while it will reach") keeps one series;
//!    "while its output rises …" names another measure, and is a contrast.
//! 8. **A rate's own pair.** A rate whose sentence gives it both ends
//!    ("from 2.9 GWh to 5.6 GWh") takes no figures from its neighbours; if
//!    the pair is undated and the sentence says "over the same period", it
//!    takes the years of the nearest sentence before that gives two.
//! 9. **Places and measures.** A rate takes no figures from a neighbouring
//!    sentence about another place (nor, from one naming several places,
//!    any amount named under another), or about another measure: its sentence
//!    and the neighbour each name a kind of measure (`vocab::measure`:
//!    revenue or sales, profit, shipments or units, users, exports,
//!    spending, output, capacity, orders, bookings, GMV, price, margin) and
//!    they share none ("Shipments reached 620 million units … Revenue will
//!    rise at a CAGR of 7.5%"); a price or margin rate takes no figures of
//!    a sentence that does not name a price or margin. A clause set against
//!    the rates after the last of them (", although volumes had fallen 4
//!    per cent", ", while prices …"), one in which the speaker goes on
//!    (", and we did it while lifting gross margin"), or one after
//!    ", and" with no figure of its own (", and margins widened"), names another
//!    series: its measures are not the rate sentence's. In a sentence of
//!    several compound rates, each measures what is named last before it
//!    ("营业收入复合增速为12.7%，净利润复合增速为17.2%"). Within a
//!    sentence, a rate whose clause (after ", and", ", with", "while",
//!    "whereas", "but", "although", "though", "even as", ";") names a measure takes no figures from a clause
//!    naming another ("…, and revenue will grow at a CAGR of 7.5%"; "Unit
//!    sales grew from 1.2 million in 2019 to 1.9 million in 2024; revenue
//!    rose at a CAGR of 12% to $4bn"), and a rate whose clause names a segment none from a
//!    clause that does not ("…, with the software segment growing at 9%");
//!    a rate whose clause names a place before it, none from a clause that
//!    does not name it ("…, while the Canadian market will grow at a CAGR
//!    of 6.3%"); nor an amount named under one place when another is named
//!    between it and the rate (a new subject: "세계 시장은 … 1,020억 달러로
//!    커질 것으로 보이며, 같은 기간 한국 시장은 연평균 15.2% 성장할 전망이다"),
//!    or after the rate ("世界市場は…年平均11%で拡大すると予測されており、国内
//!    市場も2030年には1兆2,000億円に達する": 国内 and 全国 are Japan's in
//!    Japanese, China's in Chinese; China's regions, 华东, 华南, …, and
//!    largest provinces and cities are places of their own).
//!    With several compound annual rates in a sentence, each in a clause
//!    with levels of its own ("…, from $1.0 billion to $1.6 billion; EBITDA
//!    grew at 18% a year, from $150 million to $290 million"), a rate takes
//!    its clause's figures only; so does the only rate of a sentence whose
//!    clause holds two ends in different years ("Sales rose to $4.1 billion
//!    in 2024 from $2.9 billion in 2021, a CAGR of roughly 12%, and it aims
//!    to reach $7 billion by 2027": the rate is the history's), or two ends
//!    marked "from" and "to" however they are dated ("By 2030, revenue will
//!    reach $4.7 billion; it grew from $1.2 billion in 2023 to $1.5 billion
//!    last year, a CAGR of 25%": with no publication date, unverifiable, not
//!    a span to 2030).
//!    A rate in a clause with a subject of its own before its growth,
//!    decline or level verb ("…, with foldables growing at a CAGR of 40%",
//!    "…, while online sales will grow at 14%", "…, while the natural-diamond
//!    market will shrink at 2% a year", "…, and cumulative capacity reached
//!    48 GW, growing 24% a year"; not a pronoun, a measure alone (after
//!    any helping verb: "…, and spending should reach …"), the market
//!    alone (but it is after "while", "whereas" or "but" where no market is
//!    named before: "Revenue rose from $12.0 million … to $18.0 million …,
//!    while the market grew at a CAGR of 9%"), a clause that opens with its verb ("…, and is forecasted to
//!    reach …"), "with a CAGR of", or, where no measure is named before
//!    the clause, a word for what the figures before it measure by their
//!    unit: area or acreage for hectares, acres and square units, capacity
//!    for watts, volumes for any, "1.8 million acres in 2021, and the
//!    planted area is expected to reach …") takes figures of that clause only; so
//!    does a rate in a Chinese, Japanese or Korean clause set against the
//!    one before it (after a comma, 但, 然而, 一方, or 而 before a new
//!    subject: "…增至2024年的260亿元，而整体营收年均复合增长率为15%"; after 一方 or
//!    반면 and a comma), but not 而 before a time, a forecast word or a
//!    pointer ("，而到2030年，这一数字有望达到…"). A
//!    rate of prices or inflation ("Inflation averaged 2.4% a year …, and
//!    the economy grew from $1.1 trillion to $1.3 trillion") takes none from
//!    a clause that does not name them.
//!    A rate sentence with figures of its own whose subject names a series
//!    of its own, no measure, market or place, and no forecast ("Digital
//!    lending alone is projected to reach $515 billion"; not "Our base case
//!    has it crossing …", "The report sees it …"; nor the speaker, "We aim to
//!    increase this to …"), takes figures only from a
//!    neighbour that names a word of that subject ("Battery demand …" from
//!    "the EV battery market") or points back. Its subject ends at its
//!    first verb, a verb of size or share among them ("The software segment
//!    accounted for USD 1.1 billion in 2023 …"), and a part so named ("the
//!    software segment") is not named by "the market".
//!    A rate sentence with no figures whose subject is a series ("Online
//!    sales will grow at a CAGR of 14%"; not a pointer, a source such as
//!    "Analysts expect", or the rate itself, even with what it spans: "The
//!    CAGR over the period is 11.2%") takes figures only from a
//!    neighbour that names it, points back ("It was …"), names the same kind
//!    of measure, or, for a whole market or a place ("India will grow at
//!    8%"), calls it a market, industry, sector, economy or category (or,
//!    for a place, the country or the nation); "The category is forecast to
//!    …" is such a subject, as "The market" is. The rate of the whole market ("The overall market
//!    is forecast to grow at 4.9%"; "total spending", "the market as a
//!    whole"; or such a phrase before a "which" that holds the rate:
//!    "Europe will grow more slowly than the overall market, which is
//!    forecast to have a CAGR of 4.9%") takes figures only from a neighbour
//!    about the world (and no other place) that names the world, a market,
//!    industry, sector or economy, or points back; the places its own
//!    sentence sets against it do not rule that neighbour out.
//!    A rate whose own sentence has a level it cannot date ("a rival house
//!    pegs growth at 5.9% a year over the same period, which would leave
//!    the market at $49.9 billion") takes no end from another sentence (a
//!    level of another kind than that end, "…, adding that 2,300 acres had
//!    been earmarked", is another series', and does not count).
//!    A rate whose sentence names a scenario ("the bull case implies a CAGR
//!    of 12%"; base, bear, upside, downside, best, worst, optimistic,
//!    pessimistic, conservative, central case or scenario) takes no
//!    figures from a neighbour that names another ("Our base case sees
//!    revenue of $900 million in 2030" gives it nothing).
//!    A rate sentence with no figures that names a region ("Growth in Asia
//!    is expected to average 12.4% a year") takes none from a neighbour
//!    that names no place, unless the neighbour points back, calls it the
//!    country or the nation, or names a word of the rate sentence's subject
//!    ("the Indian ayurveda industry …" and "the industry size").
//! 10. **Tense.** A rate worded for the future ("Analysts expect a CAGR of
//!     12%"; `will`, `expected`, `forecast`, `projected`, `should`, 预计,
//!     見込み, 전망) whose sentence has no period, years, figures or
//!     multiple of its own takes no figures from sentences that speak only
//!     of the past ("Revenue reached $3.1 billion in 2023, up from $2.0
//!     billion in 2018"): it may be the growth of the years to come; so does
//!     one whose sentence has no figures and names only years after the
//!     target's ("… 71,000 in 2024. The association expects strong gains
//!     to 2030, which would mean growth of 9.1% a year."), and, within a
//!     sentence, one in a clause with no figures, period or span of its
//!     own, from a clause not worded for the future whose target is not
//!     dated after the publication year ("The installed base grew from
//!     48,000 units in 2020 to 71,000 in 2024; growth should slow to 6% a
//!     year"). (A
//!     Chinese, Japanese or Korean sentence speaks of the past only with a
//!     past marker: 了, 已, 曾, た, だった, ました, 었, 았, 였; "…から2027年に
//!     4,500億円に拡大する" is the future.) The other way round, a rate over
//!     a length of the past ("Over the past five years the market grew at a
//!     CAGR of 7.4%"; "the last decade", 过去五年, 지난 10년), not worded for
//!     the future and with no figures of its own, takes none from a sentence
//!     worded for the future ("It is expected to be worth $880 million in
//!     2025 and $1.3 billion in 2030"): that length ends now, not at the
//!     forecast's end. So does a rate worded for the past ("grew at", "has
//!     been expanding at", "have risen by") with no figures, years or
//!     period of its own, from a target foreseen: in a sentence worded for
//!     the future, dated after the publication year, or after a verb of
//!     expectation or aim ("… and targets 4.1 million tonnes by 2030. A
//!     survey says volumes have been expanding at a compound 8% a year"):
//!     that history ends at a time unsaid. And a rate in a sentence not worded for the future,
//!     with a dated figure of its own ("The market grew at a CAGR of 8.2%,
//!     reaching $6.0 billion in 2023."), takes nothing from a later sentence
//!     worded for the future with a compound annual rate of its own ("It is
//!     expected to reach $11.7 billion by 2030, growing at 10.0%."), nor
//!     from beyond it: the later figures are the forecast's, and the rate is
//!     the history's. (The forecast's rate may still start from the
//!     history's last figure.)
//! 11. **One end relative to the other.** Where one end is chosen, dated,
//!     and the rate's sentence relates the other to it by a multiple
//!     ("double to $8.4 billion") or an increment ("grow by £0.8bn to reach
//!     £5.2bn"), the other end is derived (the `relative` module).

use core::ops::Range;

use super::claim::{Claim, Spans};
use super::mention::*;
use super::parse::{parsed, Cache};
use super::relative::{derive, Derived, End};
use super::scan::find_folded;
use super::sentences::Sentence;
use super::set_aside::SetAside;
use crate::{Amount, Figure, Forecast, Period, Rate, Scale, Source, Stated, When};

/// A candidate amount for a claim, with the sentence it came from.
#[derive(Clone)]
struct Candidate {
    amount: AmountM,
    sentence: usize,
    /// 0 for the rate's own sentence, then 1, 2, ... by distance.
    distance: usize,
}

impl Candidate {
    fn year(&self) -> Option<i32> {
        self.amount.year()
    }

    fn is(&self, other: &Candidate) -> bool {
        self.sentence == other.sentence && self.amount.first == other.amount.first
    }
}

/// Tokens around a rate in which its amounts and period are looked for.
const NEAR: usize = 80;
/// Amounts taken from each neighbouring sentence (those nearest the rate).
const PER_SENTENCE: usize = 8;
/// Bytes of context a passage keeps around its figures at most.
const CONTEXT: usize = 400;
/// Sentences searched backward for figures (more when the rate's period
/// names the years to look for).
const BACK: usize = 3;
const BACK_PINNED: usize = 6;
/// Sentences searched forward.
const FORWARD: usize = 2;
/// Lines of a list searched after a line that introduces it.
const LIST: usize = 12;
/// A line shorter than this is a list item or a heading, not prose.
const SHORT_LINE: usize = 80;

fn floor_char(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_char(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// What assembly reads: the text, its sentences and their parses.
pub(super) struct Doc<'t, 'c> {
    pub(super) text: &'t str,
    pub(super) sentences: &'c [Sentence],
    pub(super) cache: Cache<'t>,
    pub(super) set: Setting<'c>,
    /// Buffers reused from one claim to the next.
    order: Vec<(usize, usize)>,
    candidates: Vec<Candidate>,
}

impl<'t, 'c> Doc<'t, 'c> {
    /// A document to assemble claims from.
    pub(super) fn new(text: &'t str, sentences: &'c [Sentence], set: Setting<'c>) -> Self {
        Doc {
            text,
            sentences,
            cache: Cache::default(),
            set,
            order: Vec::new(),
            candidates: Vec::new(),
        }
    }

    /// The parse of sentence `s` (parsed once, then kept).
    pub(super) fn parsed(&mut self, s: usize) -> &Parsed {
        parsed(&mut self.cache, self.sentences, self.text, s, self.set)
    }

    /// Drops the parses of sentences before `s` once there are more than
    /// a few hundred (amortised: each is dropped once).
    pub(super) fn forget_before(&mut self, s: usize) {
        self.cache.forget_before(s);
    }

    fn is_list_line(&self, s: usize) -> bool {
        let Sentence {
            start,
            end,
            new_line,
        } = self.sentences[s];
        new_line && end - start < SHORT_LINE
    }
}

/// The claim of one compound annual rate of sentence `s`.
pub(super) fn assemble(doc: &mut Doc<'_, '_>, s: usize, rate: &RateM) -> Claim {
    let text = doc.text;
    let sentences = doc.sentences;
    let own = doc.parsed(s);
    let own_places = own.places.clone();
    let own_subject = own.subject.clone();
    // (In a sentence of several compound rates, each measures what is
    // named before it: "营业收入复合增速为12.7%，净利润复合增速为17.2%".)
    let several_rates = own.rates.iter().filter(|r| r.cagr).count() > 1;
    let own_measures = match rate.measure {
        Some(m) if several_rates => vec![m],
        _ => own.measures.clone(),
    };
    // What the rate measures where its clause says: in its terms ("by
    // volume"), else units or users when those are all its clause names and
    // it holds no amount ("Volumes are set to rise at a CAGR of 4%, with the
    // market reaching $12 billion …": not the market's value; but
    // "Subscriptions grew from $1.6 billion …" is in money).
    // (Or, in a sentence with no amounts, what the words before its rate
    // name: "Active buyers CAGR, FY22–FY25: 27%" on a line of its own; not
    // "… at a CAGR of 8% because of more visitors".)
    let clause_index = |k: usize| own.clause_starts.partition_point(|&b| b <= k);
    let counts = |m: &[&str]| !m.is_empty() && m.iter().all(|m| matches!(*m, "units" | "users"));
    let counted = own
        .clause_measures
        .get(clause_index(rate.first))
        .is_some_and(|m| counts(m))
        && !own
            .amounts
            .iter()
            .any(|a| clause_index(a.first) == clause_index(rate.first))
        || own.counted_label && own.amounts.iter().all(|a| a.skip);
    let terms = rate.terms.or(counted.then_some(Terms::Volume));
    // The period nearest the rate in its sentence.
    let near = own
        .periods
        .partition_point(|p| p.first < rate.first.saturating_sub(NEAR));
    let period = own.periods[near..]
        .iter()
        .take_while(|p| p.first <= rate.last + NEAR)
        .min_by_key(|p| {
            (
                p.from.is_none() && p.to.is_none(),
                p.first.abs_diff(rate.last),
            )
        })
        .cloned()
        // A period ending elsewhere than the rate's own "to 2026" is
        // another clause's ("From 2015 to 2020 revenue fell …; analysts now
        // expect growth of 4% a year to 2026").
        .filter(|p| !(rate.until.is_some() && p.to.is_some() && p.to != rate.until))
        // So is a period before a clause break when the rate's clause names
        // only an end of its own and the period's clause has figures ("Between
        // 2015 and 2020, revenue doubled to $10 billion, and it should reach
        // $30 billion in a few years, a CAGR of 12%").
        .filter(|p| {
            let starts = &own.clause_starts;
            let Some(&brk) = starts.iter().find(|&&c| p.first < c && c <= rate.first) else {
                return true;
            };
            let rate_clause_end = starts.iter().find(|&&c| c > rate.first).copied();
            let in_rate_clause =
                |a: &&AmountM| a.first > brk && rate_clause_end.is_none_or(|e| a.first < e);
            let levels = || own.amounts.iter().filter(|a| !a.skip);
            // (An end alone: a "from … to …" pair of the rate's clause is
            // dated by the period, as in "…; EBITDA grew at 18% a year, from
            // $150 million to $290 million".)
            let own_end = levels().filter(in_rate_clause).any(|a| a.role == Role::To)
                && !levels()
                    .filter(in_rate_clause)
                    .any(|a| a.role == Role::From);
            let period_figures = levels().any(|a| a.first > p.first && a.last < brk);
            !(own_end && period_figures)
        })
        // A period between two compound annual rates of the sentence, with
        // no figures between it and the other rate and, between it and this
        // one, a figure dated outside it, is the other's ("Having grown at
        // a CAGR of 4.1% over 2019-2024, the market was worth €2.3 billion
        // in 2024 and is forecast to reach €3.9 billion in 2031, a CAGR of
        // 7.8%").
        .filter(|p| {
            let (Some(lo), Some(hi)) = (p.from, p.to) else {
                return true;
            };
            let levels = |from: usize, to: usize| {
                own.amounts
                    .iter()
                    .filter(move |a| !a.skip && from < a.first && a.last < to)
            };
            let outside = |from: usize, to: usize| {
                levels(from, to).any(|a| {
                    a.when
                        .is_some_and(|w| !(lo..=hi).contains(&w.calendar_year().get()))
                })
            };
            !own.rates
                .iter()
                .filter(|r| r.cagr && r.first != rate.first)
                .any(|other| {
                    if other.last < p.first && p.first < rate.first {
                        levels(other.last, p.first).next().is_none() && outside(p.first, rate.first)
                    } else if rate.last < p.first && p.first < other.first {
                        outside(rate.last, p.first) && levels(p.first, other.first).next().is_none()
                    } else {
                        false
                    }
                })
        })
        // A period right after a rate set against another, in its phrase
        // (up to 24 bytes on, no comma between), is that rate's span
        // ("Compared with 2% a year over the past decade, the market should
        // grow at a CAGR of 6.5% …").
        .filter(|p| {
            !own.rates.iter().any(|other| {
                let gap = text.get(other.span.end..p.span.start).unwrap_or(",");
                other.aside.is_some()
                    && other.first != rate.first
                    && gap.len() <= 24
                    && !gap.contains([',', ';', '，', '；'])
            })
        });
    // The rate's own "from A to B" (both ends in its sentence, for it):
    // neighbours may not replace them.
    let (own_pair, own_pair_dated) = {
        let mine = own_amounts(own, rate);
        let from = mine.iter().find(|a| !a.skip && a.role == Role::From);
        let to = mine.iter().find(|a| !a.skip && a.role == Role::To);
        (
            from.is_some() && to.is_some(),
            from.is_some_and(|a| a.when.is_some()) && to.is_some_and(|a| a.when.is_some()),
        )
    };
    let (mut from, mut to) = match &period {
        Some(p) => (p.from.or(rate.since), p.to.or(rate.until)),
        // "… to £6.8bn by 2029, from 2024, an annual growth rate of 10.1%":
        // a bare "from" year that no amount took starts the rate's span.
        None => (
            rate.since
                .or(own.bare_from.filter(|_| own.ratios.is_empty())),
            rate.until,
        ),
    };
    // A dated "from A in 2019 to B in 2023" right before the rate, with no
    // figure between ("…, a CAGR of 14%, and are forecast to reach 290m by
    // 2028"), is the rate's own pair: its years are the rate's period.
    if from.is_none() && to.is_none() {
        let own = doc.parsed(s);
        let mine = own_amounts(own, rate);
        let before: Vec<&AmountM> = mine
            .iter()
            .filter(|a| !a.skip && a.last < rate.first)
            .collect();
        // (Not a start that goes with an end before it, "rose to $410
        // million in 2022 from $350 million in 2021 and should reach $690
        // million in 2027": that pair is the history.)
        let goes_with_end = |n: usize| {
            n >= 3
                && before[n - 3].role == Role::To
                && before[n - 2].first.saturating_sub(before[n - 3].last) <= 6
        };
        if let [.., a, b] = before.as_slice() {
            let years = a
                .when
                .zip(b.when)
                .map(|(x, y)| (x.calendar_year().get(), y.calendar_year().get()))
                .filter(|_| !goes_with_end(before.len()));
            if let (Role::From, Role::To, Some((x, y))) = (a.role, b.role, years) {
                if x < y {
                    (from, to) = (Some(x), Some(y));
                }
            }
        }
    }
    // "… from 2.9 GWh to 5.6 GWh over the same period": the years of the
    // sentence before that gives two.
    if own_pair && !own_pair_dated && from.is_none() && to.is_none() {
        let Sentence { start, end, .. } = sentences[s];
        if contains_ignore_case(&text[start..end], "same period") {
            if let Some((a, b)) = previous_years(doc, s) {
                (from, to) = (Some(a), Some(b));
            }
        }
    }
    let own = doc.parsed(s);
    // The tokens of the rate's clause (between the clause starts around it).
    let rate_clause = {
        let starts = &own.clause_starts;
        let at = starts.partition_point(|&k| k <= rate.first);
        let lo = at.checked_sub(1).map_or(0, |i| starts[i]);
        lo..starts.get(at).copied().unwrap_or(usize::MAX)
    };
    let next = period.as_ref().and_then(|p| p.next);
    let pinned = from.is_some() || to.is_some() || next.is_some();
    let own_levels = own.amounts.iter().filter(|a| !a.skip).count();
    let own_dated = own
        .amounts
        .iter()
        .filter(|a| !a.skip && a.when.is_some())
        .count();
    let own_has_amounts = own_levels > 0;
    let own_speaks_future = own.future;
    // (Levels the rate can take: not those of other terms, "用户数年均增长8%"
    // beside yuan, nor any for a rate of a price or share.)
    let own_usable = !rate.intensive
        && own
            .amounts
            .iter()
            .any(|a| !a.skip && terms.is_none_or(|t| t.admits(a.unit)));
    // (A rate set against it, "compared with 5% over the previous five
    // years", is no other segment's.)
    let other_cagrs = own
        .rates
        .iter()
        .filter(|r| r.cagr && r.aside.is_none())
        .count()
        > 1;
    // Rates of segments.
    // A segment's rate ("the services segment is expected to grow at a
    // CAGR of 14%") with no figures of its own borrows none.
    let segment = rate.slashed || (!own_has_amounts && (other_cagrs || own.segment));
    let Sentence { start, end, .. } = doc.sentences[s];
    let list_intro = text[start..end].trim_end().ends_with([':', '：']);
    let whole = rate.whole;
    // "… growing at an average of 8.4% a year over the decade": a rate that
    // says it spans a length of years (after it, in its clause) may be said
    // of the whole history, so earlier values stay other readings.
    // (The words right after it: at most 80 bytes, so a sentence of many
    // rates stays linear.)
    let long = {
        let after = &text[rate.span.end.min(end)..ceil_char(text, (rate.span.end + 80).min(end))];
        let clause = after.split([',', ';']).next().unwrap_or("");
        contains_word(clause, "over")
            && (contains_word(clause, "decade") || contains_word(clause, "years"))
    };

    // Candidates: the rate's sentence, then sentences before it, then after
    // it; never from a sentence about another place.
    let mut order = core::mem::take(&mut doc.order);
    order.clear();
    order.push((s, 0));
    let mut beyond = None;
    // A segment's rate borrows from the sentence right after it only when
    // that one points back at it ("… the segment to post a CAGR of 9.4%.
    // It was valued at …", "The firm sizes the segment at …"): those are
    // the segment's own figures.
    let after = doc.sentences.get(s + 1).map(|n| &text[n.start..n.end]);
    // (In its first 160 bytes, the word found first: a sentence of many
    // rates stays linear.)
    let names_segment = |n: &str| {
        let n = &n[..floor_char(n, 160)];
        contains_word(n, "segment")
            && ["the segment", "this segment"]
                .iter()
                .any(|w| contains_ignore_case(n, w))
    };
    if segment && !rate.slashed && after.is_some_and(|n| points_back(n) || names_segment(n)) {
        order.push((s + 1, 1));
    }
    if !segment {
        let back = if pinned { BACK_PINNED } else { BACK };
        // Lines of a list count a quarter of a sentence each.
        let mut cost = 0;
        for d in 1..=4 * back {
            let Some(b) = s.checked_sub(d) else { break };
            cost += if doc.is_list_line(b) { 1 } else { 4 };
            if cost > 4 * back {
                break;
            }
            order.push((b, d));
        }
        if list_intro {
            for d in 1..=LIST {
                let f = s + d;
                if f >= doc.sentences.len() || !doc.is_list_line(f) {
                    break;
                }
                order.push((f, d));
            }
        } else {
            let mut crossed = false;
            // (`beyond` marks where the next line starts: see below.)
            for d in 1..=FORWARD {
                let f = s + d;
                if f >= doc.sentences.len() {
                    break;
                }
                // On the same line, when the rate's sentence lacks amounts or
                // its period pins them; or a sentence that points back ("This
                // would be a three-fold expansion from …"). A rate sentence
                // with no amounts at all reads on into the next line of
                // prose, as news copy puts each sentence in a paragraph of
                // its own ("…, he said.\n\nThe economy stands at …"); not
                // into a list or a heading, and across one line break only.
                let new_line = doc.sentences[f].new_line;
                let next_prose = new_line && !crossed && !own_has_amounts && !doc.is_list_line(f);
                if next_prose && !pinned {
                    beyond = Some(f);
                }
                crossed |= new_line;
                let same_line = !new_line || pinned || next_prose;
                let open = (own_dated < 2 || pinned) && same_line;
                if !(open || (d == 1 && points_back(&text[doc.sentences[f].start..]))) {
                    break;
                }
                order.push((f, d));
            }
        }
    }
    // First the rate's own sentence alone; the neighbours are parsed only
    // when it does not hold both dated figures (the choice below prefers
    // the rate's sentence, so a second pass would pick the same ones), or
    // its baseline is one of a run of values (only other readings change).
    let published = doc.set.published(text);
    let pick = |candidates: &[Candidate]| {
        choose(
            candidates,
            rate,
            (from, to, next),
            (whole, long),
            &rate_clause,
            published,
        )
    };
    let mut limit = 0;
    let mut candidates = core::mem::take(&mut doc.candidates);
    let own_scenario = {
        let Sentence { start, end, .. } = doc.sentences[s];
        scenario(&text[start..end])
    };
    let chosen = loop {
        candidates.clear();
        // A rate takes no figures from beyond another compound annual
        // rate's sentence, before or after it.
        let (mut blocked_back, mut blocked_forward) = (false, false);
        // A rate of a part (a slash list, "其中") reads no figures at all:
        // those around it are the whole's.
        // Nor does one of a list of rates not matched with figures; one
        // matched by position reads those figures only (see `lists`). Nor
        // one set against another ("compared with 5% over the previous
        // five years"): it is another span's.
        let readable = if rate.slashed || rate.parallel || rate.aside.is_some() {
            0
        } else if rate.pair.is_some() {
            1
        } else {
            order.len()
        };
        for &(sentence, distance) in order[..readable].iter().filter(|o| o.1 <= limit) {
            let blocked = if sentence < s {
                &mut blocked_back
            } else {
                &mut blocked_forward
            };
            if distance > 0 && *blocked {
                continue;
            }
            // Amounts and rates are numbers: a neighbour without a digit has
            // nothing to give, and is not parsed.
            let Sentence { start, end, .. } = doc.sentences[sentence];
            if distance > 0 && !text.as_bytes()[start..end].iter().any(u8::is_ascii_digit) {
                continue;
            }
            // A rate said of a scenario ("the bull case implies a CAGR of
            // 12%") takes no figures from a sentence of another scenario.
            if distance > 0 && own_scenario.is_some() {
                let theirs = scenario(&text[start..end]);
                if theirs.is_some() && theirs != own_scenario {
                    continue;
                }
            }
            // A rate sentence with no figures whose subject is a series of
            // its own ("Online sales will grow at a CAGR of 14%") takes
            // figures only from a sentence that names that series.
            // (A neighbour opening with a pronoun speaks of it; one naming
            // the same kind of measure does too: "Revenue … Sales will
            // grow".)
            // The places named before the rate's sentence (see `breakdown`).
            let earlier: Vec<&'static str> = if sentence > s && own_places.is_empty() {
                (s.saturating_sub(BACK)..s)
                    .flat_map(|b| doc.parsed(b).places.clone())
                    .collect()
            } else {
                Vec::new()
            };
            let parsed = doc.parsed(sentence);
            // The whole market's rate ("the overall market, which is
            // forecast to have a CAGR of 4.9%") takes the figures of a
            // sentence about the world or a whole market, whatever places
            // its own sentence sets against it.
            let overall = own_subject.as_deref() == Some(WHOLE_MARKET);
            let world = parsed.places.iter().all(|p| *p == "world");
            if distance > 0 && overall {
                let names = parsed.places.contains(&"world")
                    || MARKET_WORDS
                        .iter()
                        .any(|w| contains_word(&text[start..end], w))
                    || points_back(&text[start..end]);
                if !(names && world) {
                    continue;
                }
            } else if distance > 0 {
                // (A subject of several words, from a sentence with figures
                // of its own, is named by any of them: "Battery demand" by
                // "the EV battery market".)
                let several = own_subject.as_ref().is_some_and(|s| s.contains(' '));
                let named = |head: &str| {
                    let singular = head.strip_suffix('s').filter(|h| h.len() > 2);
                    // The words for a whole market stand for each other,
                    // but not in a subject of several words: "the software
                    // segment" is a part of "the market", named only by its
                    // own words.
                    const WHOLE: [&str; 6] = [
                        "market", "industry", "sector", "economy", "category", "segment",
                    ];
                    let whole = |w: &str| !several && WHOLE.contains(&w);
                    // A place as the subject ("India will grow at 8%") is
                    // its economy or market: "the country's economy" speaks
                    // of it too.
                    let place = super::mention::place(head).is_some();
                    let names = contains_word(&text[start..end], head)
                        || ((place || whole(singular.unwrap_or(head)))
                            && WHOLE.iter().any(|w| contains_word(&text[start..end], w)))
                        || (place
                            && ["country", "nation"]
                                .iter()
                                .any(|w| contains_word(&text[start..end], w)))
                        || singular.is_some_and(|h| contains_word(&text[start..end], h))
                        || points_back(&text[start..end])
                        || crate::value::vocab::measure(head)
                            .is_some_and(|m| parsed.measures.contains(&m));
                    names
                };
                if let Some(subject) = &own_subject {
                    if !subject.split(' ').any(named) {
                        continue;
                    }
                }
            }
            let other_place = distance > 0
                && !overall
                && !own_places.is_empty()
                && !parsed.places.is_empty()
                && !parsed.places.iter().any(|p| own_places.contains(p));
            // A rate with no figures of its own in a sentence that names a
            // region ("Growth in Asia is expected to average 12.4% a year")
            // is that region's: a neighbour that names no place speaks of
            // the whole market, unless it points back, calls it the country
            // or the nation, or names a word of the rate's subject ("the
            // Indian ayurveda industry …" and "the industry size").
            let unplaced = distance > 0
                && !overall
                && !own_has_amounts
                && own_places.iter().any(|p| *p != "world")
                && parsed.places.is_empty()
                && !points_back(&text[start..end])
                && !["country", "nation"]
                    .iter()
                    .any(|w| contains_word(&text[start..end], w))
                && !subject_words(&text[sentences[s].start..sentences[s].end])
                    .iter()
                    .any(|w| contains_word(&text[start..end], w));
            // A neighbouring sentence with a CAGR of its own keeps its
            // figures, unless this rate's sentence has figures of its own to
            // complete ("Unit shipments will grow at 4.1% over the same
            // period" takes nothing from the revenue forecast before it;
            // nor does a rate whose sentence's figures are in other terms:
            // "…3800亿元，同期用户数年均增长8%" after a claim about users).
            let own_claim = distance > 0 && parsed.cagrs > 0;
            // Unless it states this rate again ("The CAGR is 35.94%. That
            // means the business grew almost 36% every year").
            let restated = parsed
                .rates
                .iter()
                .any(|r| r.cagr && same_rate(&r.stated, &rate.stated));
            // Nor does a sentence of segments' rates with no figures ("Latin
            // America will grow at 4.3% while North America will grow at
            // 3.8%"): they claim none.
            let segments =
                parsed.amounts.iter().all(|a| a.skip) && (parsed.cagrs > 1 || parsed.segment);
            // Nor one that measures something else ("Shipments reached 620
            // million units … Revenue will rise at a CAGR of 7.5%"); such a
            // sentence's own rate is another series' and blocks nothing
            // ("Unit shipments CAGR 2024-30: 6.1%" between revenue lines and
            // "Revenue CAGR 2024-30: 9.0%").
            let other_measure = distance > 0 && measures_differ(&own_measures, &parsed.measures);
            // A rate in a sentence not worded for the future, with a dated
            // figure of its own ("The market grew at a CAGR of 8.2%,
            // reaching $6.0 billion in 2023."), takes nothing from a later
            // sentence worded for the future with a CAGR of its own ("It is
            // expected to reach $11.7 billion by 2030, growing at 10.0%."),
            // nor from beyond it: those are the forecast's figures, and the
            // rate is the history's.
            let theirs = own_claim && !restated && !segments && !other_measure;
            let forecast_after =
                theirs && sentence > s && !own_speaks_future && own_dated > 0 && parsed.future;
            if (theirs && !own_usable) || forecast_after {
                *blocked = true;
            }
            // A sentence after the rate's that names a country or region
            // where the rate's names none, nor the sentences before it, is
            // a breakdown of the market ("… a CAGR of 13.5%. The U.S. market
            // was estimated at $1.9 billion in 2022"), unless it points back.
            let breakdown = sentence > s
                && own_places.is_empty()
                && !points_back(&text[start..end])
                && parsed
                    .places
                    .iter()
                    .any(|p| *p != "world" && !earlier.contains(p));
            // A neighbour about a segment ("In 2024, the hardware segment
            // generated $1.6 billion") breaks the market down too, unless
            // the rate's sentence names a segment or the neighbour points
            // back.
            // ("segments" too: `contains_word` reads a plural.) A rate
            // sentence that names the whole (a word of `MARKET_WORDS`, or
            // "overall") takes none from it even where it points back
            // ("The segment's revenue rose … Overall, the industry expanded
            // at 6% a year").
            let segment_of = |r: std::ops::Range<usize>| contains_word(&text[r], "segment");
            let own_text = &text[sentences[s].start..sentences[s].end];
            let names_whole = || {
                crate::value::vocab::MARKET_WORDS
                    .iter()
                    .chain(&["overall"])
                    .any(|w| contains_word(own_text, w))
            };
            let segment_neighbour = distance > 0
                && (!points_back(&text[start..end]) || names_whole())
                && segment_of(start..end)
                && !segment_of(sentences[s].start..sentences[s].end);
            if other_place
                || unplaced
                || breakdown
                || segment_neighbour
                || other_measure
                || (own_claim && !own_usable)
                || forecast_after
                || (distance > 0 && own_pair)
            {
                continue;
            }
            let amounts = &parsed.amounts;
            // With several compound annual rates in clauses of their own
            // ("Revenue increased at a CAGR of 12% …, from $1.0 billion to
            // $1.6 billion; EBITDA grew at 18% a year, from $150 million to
            // $290 million"), a rate whose clause has levels takes those.
            let starts = &parsed.clause_starts;
            let clause_at = |c: usize| {
                let lo = c.checked_sub(1).map_or(0, |i| starts[i]);
                lo..starts.get(c).copied().unwrap_or(usize::MAX)
            };
            let rate_tokens = clause_at(starts.partition_point(|&b| b <= rate.first));
            // A chain across ", and" with no subject of its own ("…, a CAGR
            // of 14.9%, and should reach $35 billion in 2025, a CAGR of
            // 9%"): the end before the clause is its start, as in
            // `own_amounts`.
            let chained = {
                let lo = amounts.partition_point(|a| a.first < rate_tokens.start);
                let hi = amounts.partition_point(|a| a.first < rate_tokens.end);
                chain_start(amounts, lo, hi)
            };
            let clause_levels = || {
                let lo = amounts.partition_point(|a| a.first < rate_tokens.start);
                let hi = amounts.partition_point(|a| a.first < rate_tokens.end);
                &amounts[chained.unwrap_or(lo)..hi]
            };
            let chained_first = chained.map(|i| amounts[i].first);
            // So does the only rate of a sentence whose clause holds both
            // ends of a span ("Sales rose to $4.1 billion in 2024 from $2.9
            // billion in 2021, a CAGR of roughly 12%, and it aims to reach
            // $7 billion by 2027": the rate is the history's).
            // (The clause's own levels: an end it goes on from is not one.)
            // Ends marked "from" and "to" are both ends too, whatever their
            // dates ("it grew from $1.2 billion in 2023 to $1.5 billion last
            // year, a CAGR of 25%": not a later target of another clause).
            let both_ends = || {
                let lo = amounts.partition_point(|a| a.first < rate_tokens.start);
                let hi = amounts.partition_point(|a| a.first < rate_tokens.end);
                let own = || amounts[lo..hi].iter().filter(|a| !a.skip);
                let years: Vec<i32> = own().filter_map(AmountM::year).collect();
                let marked = |r: Role| own().any(|a| a.role == r);
                years.iter().min() < years.iter().max() || (marked(Role::From) && marked(Role::To))
            };
            let by_clause = distance == 0
                && !starts.is_empty()
                && ((parsed.cagrs > 1 && clause_levels().iter().any(|a| !a.skip))
                    || (parsed.cagrs == 1 && both_ends()));
            let paired: Vec<AmountM> = match rate.pair.filter(|_| distance == 0) {
                Some((b, t)) => [b, t]
                    .iter()
                    .filter_map(|&i| amounts.get(i).cloned())
                    .collect(),
                None => Vec::new(),
            };
            let picked: &[AmountM] = if !paired.is_empty() {
                &paired
            } else if by_clause {
                clause_levels()
            } else if distance == 0 {
                own_amounts(parsed, rate)
            } else if sentence < s {
                &amounts[amounts.len().saturating_sub(PER_SENTENCE)..]
            } else {
                &amounts[..amounts.len().min(PER_SENTENCE)]
            };
            // Amounts of a slash list are figures of segments; so are, in a
            // sentence about a segment, those across a clause joiner from the
            // rate ("The segment will grow at a CAGR of 9%, and the wider
            // market will be worth $50 billion").
            let joiners = &parsed.joiners;
            let across = |a: &AmountM| {
                let (lo, hi) = if a.last < rate.first {
                    (a.last, rate.first)
                } else {
                    (rate.last, a.first)
                };
                let i = joiners.partition_point(|&j| j <= lo);
                joiners.get(i).is_some_and(|&j| j < hi)
            };
            // A rate in a clause set against another ("…, while revenue
            // will grow at a CAGR of 12% to $10.9 billion") that has an
            // amount of its own takes no figures from the other clause.
            // The rate's clause: after the contrast word before it (if any),
            // before the one after it (if any).
            let (clause_lo, clause_hi) = {
                let c = &parsed.contrasts;
                let at = c.partition_point(|&k| k < rate.first);
                (
                    at.checked_sub(1).map(|k| c[k]),
                    c.get(at).copied().unwrap_or(usize::MAX),
                )
            };
            let in_clause =
                |a: &AmountM| clause_lo.is_none_or(|lo| a.first > lo) && a.last < clause_hi;
            let own_clause = distance == 0
                && !parsed.contrasts.is_empty()
                && amounts.iter().any(|a| !a.skip && in_clause(a));
            // A rate whose clause has no amounts but names what it measures
            // ("…, and revenue will grow at a CAGR of 7.5%", "…, with the
            // software segment growing at 9%") takes no figures from a clause
            // that measures something else, nor a segment's rate from a
            // clause not about the segment.
            let clause_of = |k: usize| parsed.clause_starts.partition_point(|&b| b <= k);
            let rate_clause = clause_of(rate.first);
            let rate_measures: &[&str] = parsed
                .clause_measures
                .get(rate_clause)
                .map_or(&[], Vec::as_slice);
            // (So does one whose clause has amounts of its own: "Unit sales
            // grew from 1.2 million in 2019 to 1.9 million in 2024; revenue
            // rose at a CAGR of 12% to $4bn".)
            let measured_clause = distance == 0 && !rate_measures.is_empty();
            let other_series = |a: &AmountM| {
                let c = clause_of(a.first);
                let m = parsed.clause_measures.get(c).map_or(&[][..], Vec::as_slice);
                c != rate_clause && measures_differ(rate_measures, m)
            };
            // In a neighbour that names several places ("North America's
            // market was valued at $1.2 billion in 2023 and Europe's at $0.9
            // billion"), a rate about one of them takes only the amounts
            // named under it.
            let several = distance > 0
                && !own_places.is_empty()
                && parsed.place_at.len() > 1
                && parsed.places.len() > 1;
            let under_other_place = |a: &AmountM| {
                let before = parsed.place_at.iter().rev().find(|&&(p, _)| p < a.first);
                several && before.is_none_or(|&(_, key)| !own_places.contains(&key))
            };
            // A rate whose clause names a place takes no amounts from
            // another clause of its sentence that does not name it ("The
            // U.S. market will grow from $14.1 billion in 2023 to $21.0
            // billion in 2030, while the Canadian market will grow at a CAGR
            // of 6.3%").
            let places_in = |c: usize| {
                parsed
                    .place_at
                    .iter()
                    .filter(move |&&(k, _)| clause_of(k) == c)
                    .map(|&(_, key)| key)
            };
            // (Places after the rate are compared with, not measured: "…,
            // with a CAGR of nearly 20%, higher than that of the world".)
            let rate_places: Vec<&str> = if distance == 0 {
                parsed
                    .place_at
                    .iter()
                    .filter(|&&(k, _)| k < rate.first && clause_of(k) == rate_clause)
                    .map(|&(_, key)| key)
                    .collect()
            } else {
                Vec::new()
            };
            let other_place_clause = |a: &AmountM| {
                let c = clause_of(a.first);
                !rate_places.is_empty()
                    && c != rate_clause
                    && !places_in(c).any(|key| rate_places.contains(&key))
            };
            // A place named between an amount and the rate, other than the
            // one the amount is named under, is a new subject: the rate is
            // its ("세계 시장은 2023년 450억 달러에서 2030년 1,020억 달러로
            // 커질 것으로 보이며, 같은 기간 한국 시장은 연평균 15.2% 성장할
            // 전망이다").
            let place_before = |k: usize| parsed.place_at.iter().rev().find(|&&(p, _)| p < k);
            let rate_place = if distance == 0 {
                place_before(rate.first)
            } else {
                None
            };
            // So is one named after the rate, before an amount
            // ("世界市場は…年平均9%で拡大すると予測されており、国内市場も2030年
            // には5兆8,000億円に達する": the world's rate, Japan's figure).
            let new_subject = |a: &AmountM| match (rate_place, place_before(a.first)) {
                (Some(&(at, key)), Some(&(named_at, named))) => {
                    key != named && (at > a.last || named_at > rate.last)
                }
                _ => false,
            };
            // A rate of a clause with its own subject ("…, with foldables
            // growing at a CAGR of 40%") takes figures of that clause only.
            let subject_clause =
                |a: &AmountM| rate.subject && (distance > 0 || clause_of(a.first) != rate_clause);
            // A rate of a price, margin, share or amount per head takes only
            // amounts named as one: the word nearest before the amount that
            // names what it measures is such a measure ("The average selling
            // price will rise from $120 …", not "lifting the market from $10
            // billion").
            let named_intensive = |a: &AmountM| {
                let at = &parsed.measure_at;
                at.partition_point(|&(k, _)| k < a.first)
                    .checked_sub(1)
                    .is_some_and(|i| {
                        at[i].1 == "intensive" || crate::value::vocab::intensive(at[i].1)
                    })
            };
            let level = |a: &&AmountM| {
                !a.skip
                    && !subject_clause(a)
                    && !new_subject(a)
                    && (!by_clause
                        || rate_tokens.contains(&a.first)
                        || Some(a.first) == chained_first)
                    && !other_place_clause(a)
                    && !(distance == 0 && (a.slashed || across(a)))
                    && (!own_clause || in_clause(a))
                    && !(measured_clause && other_series(a))
                    && !under_other_place(a)
                    && terms.is_none_or(|t| t.admits(a.unit))
                    && (!rate.intensive || named_intensive(a))
            };
            // Figures matched by position are the rate's whatever the
            // clauses say.
            let matched = |a: &&AmountM| !paired.is_empty() || level(a);
            candidates.extend(picked.iter().filter(matched).map(|a| Candidate {
                amount: a.clone(),
                sentence,
                distance,
            }));
            // The amounts of the rate's sentence at the ends of its period,
            // even where they belong to another rate: in "A in 2021, a CAGR
            // of 17% over 2017-2021, B in 2026, a CAGR of 16% over
            // 2021-2026", A ends one period and starts the next.
            if distance == 0 && pinned {
                let at_end = |a: &&AmountM| {
                    let y = a.year();
                    y.is_some() && (y == from || y == from.map(|f| f - 1) || y == to)
                };
                let lo = amounts.partition_point(|a| a.last + NEAR < rate.first);
                let hi = amounts.partition_point(|a| a.first <= rate.last + NEAR);
                let near = amounts[lo..hi.max(lo)].iter().filter(level);
                for a in near.filter(at_end) {
                    if !picked.iter().any(|p| p.first == a.first) {
                        candidates.push(Candidate {
                            amount: a.clone(),
                            sentence,
                            distance,
                        });
                    }
                }
            }
        }
        let reading = pick(&candidates);
        // (A baseline in a run of values that ends at the target may have
        // the value before the run, in a neighbour, as another reading.)
        let run = reading.baseline.as_ref().zip(reading.target.as_ref());
        let run = run.is_some_and(|(b, t)| b.amount.run.is_some() && b.amount.run == t.amount.run);
        let done = reading.baseline.is_some() && reading.target.is_some() && !run;
        if limit == usize::MAX || done || order.len() == 1 {
            break reading;
        }
        limit = usize::MAX;
    };
    let mut chosen = chosen;
    // Read on into the next line, the rate takes both ends from there or
    // none: an end before the line break and one after it may be figures
    // of two series ("… will grow at 30.6% a year.\n\nBy segment, utilities
    // (US$1.4 billion), construction (…)").
    if let Some(k) = beyond {
        let over = |c: &Option<Candidate>| c.as_ref().is_some_and(|c| c.sentence >= k);
        if over(&chosen.baseline) != over(&chosen.target) {
            candidates.retain(|c| c.sentence < k);
            chosen = pick(&candidates);
        }
    }
    // A baseline and target of one sentence named under two places ("全球
    // … 5000亿元, 中国 … 2030年 … 2400亿元") are two series' figures.
    if let (Some(b), Some(t)) = (&chosen.baseline, &chosen.target) {
        if b.sentence == t.sentence {
            let at = &doc.parsed(b.sentence).place_at;
            let place_before =
                |k: usize| at.iter().rev().find(|&&(p, _)| p < k).map(|&(_, key)| key);
            let (pb, pt) = (place_before(b.amount.first), place_before(t.amount.first));
            // So are those of clauses that name different measures ("Exports
            // rose to $29.1 billion in FY24 …, and the government targets
            // $300 billion of production by 2026").
            let p = doc.parsed(b.sentence);
            let clause_of = |k: usize| p.clause_starts.partition_point(|&c| c <= k);
            let measures = |k: usize| {
                p.clause_measures
                    .get(clause_of(k))
                    .map_or(&[][..], Vec::as_slice)
            };
            let (mb, mt) = (measures(b.amount.first), measures(t.amount.first));
            let other_measure = clause_of(b.amount.first) != clause_of(t.amount.first)
                && !mb.is_empty()
                && !mt.is_empty()
                && !mb.iter().any(|m| mt.contains(m));
            if (pb.is_some() && pt.is_some() && pb != pt) || other_measure {
                chosen.drop_baseline();
            }
        }
    }
    // Ends from two sentences whose growth is off the stated rate's by more
    // than a factor of `APART` are two series' figures ("Online grocery
    // sales reached $95 billion in 2023. Total grocery sales are forecast to
    // grow at 3% a year to $1.3 trillion by 2028"), not a claim to judge.
    if let (Some(b), Some(t), Some(bw), Some(tw)) = (
        &chosen.baseline,
        &chosen.target,
        chosen.base_when,
        chosen.target_when,
    ) {
        // (So are a bare end and one with a unit, in any sentences: "3万"
        // beside "5万亿韩元".)
        // (A bare number with no scale, "from 3.2 to $5.1 billion", takes
        // the other end's scale later, and is no such end.)
        let scaled_bare = |c: &Candidate| {
            c.amount.unit == Unit::Bare && c.amount.stated.value().scale() != Scale::One
        };
        let bare = (scaled_bare(b) && t.amount.unit != Unit::Bare)
            || (scaled_bare(t) && b.amount.unit != Unit::Bare);
        if (b.sentence != t.sentence || bare) && far_apart(b, t, bw, tw, rate) {
            chosen.drop_baseline();
        }
    }
    // A bare "14 billion" beside figures of two kinds, money and counts
    // ("2.3 billion app downloads in 2020 and revenue of 8 billion dollars,
    // … forecast to reach 14 billion by 2025"), may be either's: it pairs
    // with neither.
    if let (Some(b), Some(t)) = (&chosen.baseline, &chosen.target) {
        let kind = match (b.amount.unit, t.amount.unit) {
            (Unit::Bare, Unit::Bare) => None,
            (Unit::Bare, u) | (u, Unit::Bare) => Some(u),
            _ => None,
        };
        let other_kind = |u: Unit| {
            candidates
                .iter()
                .any(|c| c.amount.unit != Unit::Bare && !c.amount.unit.compatible(u))
        };
        if kind.is_some_and(other_kind) {
            chosen.drop_baseline();
        }
    }
    // A rate worded for the future ("Analysts expect a CAGR of 12%") with
    // no period and no figures of its own takes none from sentences that
    // speak only of the past ("Revenue reached $3.1 billion in 2023, up
    // from $2.0 billion in 2018"): it may be the growth of the years to come.
    // (A sentence with years or a multiple of its own says which years it
    // means, and is read as usual; but one with no figures whose years all
    // come after the target's means years the figures do not reach: "…
    // 71,000 in 2024. The association expects strong gains to 2030, which
    // would mean growth of 9.1% a year.")
    let own = doc.parsed(s);
    let target_year = chosen.target_when.map(|w| w.calendar_year().get());
    let later = |y: &YearM| {
        y.when
            .zip(target_year)
            .is_some_and(|(w, t)| w.calendar_year().get() > t)
    };
    let figureless = !own.amounts.iter().any(|a| !a.skip);
    let years_after = figureless && own.years.iter().all(later);
    let bare = own.future && (own.years.is_empty() || years_after) && own.ratios.is_empty();
    if from.is_none() && to.is_none() && next.is_none() && bare {
        let target_past = match &chosen.target {
            Some(t) if t.distance > 0 => {
                let Sentence { start, end, .. } = doc.sentences[t.sentence];
                !doc.parsed(t.sentence).future && !cjk_non_past(&text[start..end])
            }
            _ => false,
        };
        let own_base = chosen.baseline.as_ref().is_some_and(|b| b.distance == 0);
        if target_past && !own_base {
            chosen = Reading::default();
        }
    }
    // So, within its sentence, does a rate worded for the future in a
    // clause with no figures of its own ("…; growth should slow to 6% a
    // year", "…; the association expects strong gains to 2030, which would
    // mean growth of 9.1% a year") take none from a clause of the past
    // ("The installed base grew from 48,000 units in 2020 to 71,000 in
    // 2024").
    // (A period the rate's clause names says which years it means.)
    if let Some(t) = &chosen.target {
        let published = doc.set.published(text);
        let own = doc.parsed(s);
        let clause_of = |k: usize| own.clause_starts.partition_point(|&b| b <= k);
        let future = |c: usize| own.clause_future.get(c).copied().unwrap_or(false);
        let (rc, tc) = (clause_of(rate.first), clause_of(t.amount.first));
        // (Nor one that says it spans the figures, "이 기간", "over this
        // period"; and a target dated after the publication year is a
        // forecast however its clause is worded.)
        let own_period = period.as_ref().is_some_and(|p| clause_of(p.first) == rc)
            || rate.until.is_some()
            || rate.since.is_some()
            || rate.whole;
        let forecast = published.zip(t.year()).is_some_and(|(p, y)| y > p);
        let rate_levels = own
            .amounts
            .iter()
            .any(|a| !a.skip && clause_of(a.first) == rc);
        let past = !future(tc) && !forecast;
        if t.sentence == s && rc != tc && future(rc) && past && !rate_levels && !own_period {
            chosen = Reading::default();
        }
    }
    // A rate of a length of the past ("Over the past five years the market
    // grew at a CAGR of 7.4%"; "the last decade", 过去五年, 지난 10년) worded
    // in the past, with no figures of its own, takes none from a sentence
    // worded for the future ("It is expected to be worth $880 million in
    // 2025 and $1.3 billion in 2030"): that length ends now, not at the
    // forecast's end.
    let past_length = period.as_ref().is_some_and(|p| {
        let named = &text[p.span.clone()];
        p.next.is_some()
            && ["past", "last", "Past", "Last", "过去", "過去", "지난", "近"]
                .iter()
                .any(|w| named.starts_with(w))
    });
    // So does a rate worded for the past ("A survey says volumes have been
    // expanding at a compound 8% a year"), in a sentence with no figures,
    // years or period of its own, from a target foreseen in another
    // sentence: one worded for the future, dated after the publication
    // year, or after a verb of expectation or aim ("The agency targets 4.1
    // million tonnes by 2030"): the rate is a history up to some time
    // unsaid, not the growth to the target.
    let past_worded = rate.past && period.is_none() && doc.parsed(s).years.is_empty();
    if (past_length || past_worded) && !own_speaks_future && !own_has_amounts {
        let published = doc.set.published(text);
        let target_future = chosen.target.as_ref().is_some_and(|t| {
            let Sentence { start, end, .. } = doc.sentences[t.sentence];
            let foreseen = past_worded
                && (t.amount.aimed || published.zip(t.year()).is_some_and(|(p, y)| y > p));
            t.distance > 0
                && (doc.parsed(t.sentence).future || cjk_non_past(&text[start..end]) || foreseen)
        });
        if target_future {
            chosen = Reading::default();
        }
    }
    // A baseline set against the level just before it in its sentence
    // ("Revenue was $410 million in 2022, up from $350 million in 2021,
    // and should reach $690 million in 2027, a CAGR of 11%") is that
    // level's history: the rate runs from that later level, dated before
    // the target.
    if let (Some(b), Some(bw), Some(tw)) = (&chosen.baseline, chosen.base_when, chosen.target_when)
    {
        let parsed = doc.parsed(b.sentence);
        let at = parsed.amounts.iter().position(|a| a.span == b.amount.span);
        let comparand = at
            .filter(|_| b.amount.compared)
            .and_then(|at| parsed.amounts[..at].iter().rev().find(|a| !a.skip))
            .filter(|a| {
                a.role != Role::From
                    && a.unit.compatible(b.amount.unit)
                    && a.when.is_some_and(|w| bw < w && w < tw)
            })
            .cloned();
        if let Some(a) = comparand {
            let when = a.when;
            chosen.baseline = Some(Candidate {
                amount: a,
                sentence: b.sentence,
                distance: b.distance,
            });
            chosen.base_when = when;
        }
    }
    // A rate whose own sentence has a level it cannot date ("Rival house
    // Orion Data pegs growth at 5.9% a year over the same period, which
    // would leave the market at $49.9 billion") takes no end from another
    // sentence: its own figure is its end, in a year the text does not say.
    // (A level of another kind is another series': "…, he said, adding
    // that 2,300 acres had been earmarked" beside rupees.)
    let target_unit = chosen.target.as_ref().map(|t| t.amount.unit);
    let own_undated = doc.parsed(s).amounts.iter().any(|a| {
        !a.skip
            && a.when.is_none()
            && !a.relative
            && target_unit.is_some_and(|u| a.unit.compatible(u))
    });
    if own_undated && chosen.target.as_ref().is_some_and(|t| t.distance > 0) {
        chosen = Reading::default();
    }
    // A neighbour that restates an end's year with another value ("… a
    // CAGR of 15.1%. A later bulletin from the firm revises the 2022 figure
    // to $2.6 billion") gives another reading of that end (see `restated`).
    if chosen.baseline.is_some() && chosen.target.is_some() {
        let (bases, targets) = restated(doc, s, &chosen, &own_places, &own_measures);
        chosen.other_bases.extend(bases);
        chosen.other_targets.extend(targets);
    }
    // A reading that uses a member of a list of parallel series' figures
    // is kept with every other pairing of its lists' members (see `lists`).
    if rate.pair.is_none() {
        let members = |c: &Option<Candidate>, doc: &mut Doc<'_, '_>| -> Vec<(Candidate, When)> {
            let Some(c) = c.as_ref().filter(|c| c.amount.list.is_some()) else {
                return Vec::new();
            };
            doc.parsed(c.sentence)
                .amounts
                .iter()
                .filter(|a| a.list == c.amount.list)
                .filter_map(|a| {
                    let when = a.when?;
                    Some((
                        Candidate {
                            amount: a.clone(),
                            sentence: c.sentence,
                            distance: c.distance,
                        },
                        when,
                    ))
                })
                .collect()
        };
        let bases = members(&chosen.baseline, doc);
        let targets = members(&chosen.target, doc);
        if !bases.is_empty() || !targets.is_empty() {
            let one = |c: &Option<Candidate>, w: Option<When>| {
                c.clone().zip(w).into_iter().collect::<Vec<_>>()
            };
            let bases = if bases.is_empty() {
                one(&chosen.baseline, chosen.base_when)
            } else {
                bases
            };
            let targets = if targets.is_empty() {
                one(&chosen.target, chosen.target_when)
            } else {
                targets
            };
            for (b, bw) in &bases {
                for (t, tw) in &targets {
                    let main = chosen.baseline.as_ref().is_some_and(|x| x.is(b))
                        && chosen.target.as_ref().is_some_and(|x| x.is(t));
                    if !main && bw < tw {
                        chosen
                            .other_pairs
                            .push(((b.clone(), *bw), (t.clone(), *tw)));
                    }
                }
            }
        }
    }
    // A rate with no figures, measure or terms of its own whose ends are a
    // pair marked "from" and "to" in a neighbour that marks another such
    // pair ("Output will rise from 1.1 million tonnes in 2024 to 1.6
    // million tonnes in 2031, while export revenue climbs from $9.5bn to
    // $17.0bn over the same period. That is compound growth of 8.7% a
    // year.") may be either pair's: the other is kept as another reading.
    if rate.terms.is_none() && own_measures.is_empty() && !own_has_amounts {
        if let (Some(b), Some(t)) = (&chosen.baseline, &chosen.target) {
            if b.sentence == t.sentence && b.distance > 0 {
                let others = other_marked_pairs(doc.parsed(b.sentence), b, t);
                chosen.other_pairs.extend(others);
            }
        }
    }
    doc.order = order;
    doc.candidates = candidates;
    // One end given, the other related to it by the rate's sentence.
    fn given(c: &Option<Candidate>, when: Option<When>, s: usize) -> Option<End<'_>> {
        c.as_ref().zip(when).map(|(c, when)| End {
            amount: &c.amount,
            when,
            own: c.sentence == s,
        })
    }
    let (base, target) = (
        given(&chosen.baseline, chosen.base_when, s),
        given(&chosen.target, chosen.target_when, s),
    );
    let derived = match (base, target) {
        (Some(given), None) | (None, Some(given)) => derive(doc.parsed(s), rate, from, to, &given),
        _ => None,
    };
    let untold = chosen.start_untold;
    let mut claim = build(doc, s, rate, period, chosen, derived);
    if claim.forecast.baseline.is_none() || claim.forecast.target.is_none() {
        claim.set_aside =
            set_aside(doc.parsed(s), rate, terms).or(untold.then_some(SetAside::BeforeFigures));
    }
    claim
}

/// Other values of an end, each with its date.
type Others = Vec<(Candidate, When)>;

/// Sentences on either side of a rate's read for an end restated (see
/// [`restated`]).
const RESTATE: usize = 3;

/// Lines after a rate's sentence read for an end restated in a list or
/// table (see [`restated`]).
const RESTATE_LIST: usize = 8;

/// Other values for the years of a reading's ends, each another reading
/// of that end, so that the claim is decided only where they agree: from a
/// sentence of the rate's paragraph, at most [`RESTATE`] sentences away,
/// with no compound annual rate of its own, that names the end's year as
/// the series' (a determiner, the year, a word: "the 2023 figure", "its
/// 2023 estimate", "the 2023 market") and then holds one amount of the
/// end's kind with another value ("… a CAGR of 15.1%. A later bulletin from
/// the firm revises the 2022 figure to $2.6 billion"); or from a line of a
/// list or table at most [`RESTATE_LIST`] lines after the rate's sentence
/// that opens with the end's year and gives the series another value
/// within a factor of two ("2018 | 2.6" under "Five-year summary ($bn)"). A
/// sentence that names a place the rate's does not, or another measure,
/// restates nothing.
fn restated(
    doc: &mut Doc<'_, '_>,
    s: usize,
    reading: &Reading,
    places: &[&'static str],
    measures: &[&'static str],
) -> (Others, Others) {
    let (text, sentences) = (doc.text, doc.sentences);
    // Each end dated by a year of its own, with the year as printed.
    fn dated(c: &Option<Candidate>, w: Option<When>) -> Option<(&Candidate, When, String)> {
        let (c, w) = (c.as_ref()?, w?);
        let year = (1000..=9999).contains(&w.calendar_year().get());
        (c.amount.when == Some(w) && year).then(|| (c, w, w.calendar_year().get().to_string()))
    }
    let ends = [
        dated(&reading.baseline, reading.base_when),
        dated(&reading.target, reading.target_when),
    ];
    let mut found = [Vec::new(), Vec::new()];
    // (Both ends marked "from" and "to" in the rate's own sentence are its
    // own pair: a plain level of another sentence is another source's, "A
    // separate estimate puts the market at ₹7.4 lakh crore by 2028".)
    let own_pair = matches!(
        (&reading.baseline, &reading.target),
        (Some(b), Some(t)) if b.sentence == s
            && t.sentence == s
            && b.amount.role == Role::From
            && t.amount.role == Role::To
    );
    // Another value in the end's own sentence: after "or", or a word of
    // restatement (`AmountM::restates`), undated or of the end's year.
    for (k, end_k) in ends.iter().enumerate() {
        let Some((c, w, _)) = end_k else {
            continue;
        };
        let parsed = doc.parsed(c.sentence);
        let at = parsed.amounts.iter().position(|a| a.span == c.amount.span);
        let Some(at) = at else {
            continue;
        };
        let linked = |j: usize, a: &AmountM| a.restates == Some(at) || c.amount.restates == Some(j);
        for (j, a) in parsed.amounts.iter().enumerate() {
            if j != at && linked(j, a) && a.when.is_none_or(|aw| aw == *w) {
                let other = Candidate {
                    amount: a.clone(),
                    sentence: c.sentence,
                    distance: c.sentence.abs_diff(s),
                };
                found[k].push((other, *w));
            }
        }
    }
    let last = (s + RESTATE_LIST).min(sentences.len() - 1);
    for f in s.saturating_sub(RESTATE)..=last {
        if f == s {
            continue;
        }
        let Sentence { start, end, .. } = sentences[f];
        let (a, b) = (f.min(s), f.max(s));
        let mut apart = None;
        let row = f > s && doc.is_list_line(f);
        for (k, end_k) in ends.iter().enumerate() {
            let Some((c, w, year)) = end_k else {
                continue;
            };
            let w = *w;
            if c.sentence == f {
                continue;
            }
            // The sentence names the year as the series' in the rate's
            // paragraph, or is a line of a list or table after it that
            // opens with the year ("2018 | 2.6", "- 2018: $2.6bn").
            let listed = row
                && text[start..end]
                    .trim_start_matches(|c: char| {
                        c.is_whitespace() || matches!(c, '|' | '-' | '•' | '*')
                    })
                    .starts_with(year.as_str());
            let near_sentence = f.abs_diff(s) <= RESTATE;
            let named = if near_sentence && !listed {
                names_year(&text[start..end], year)
            } else {
                None
            };
            // Or, plainly, a level of the series dated the end's year in a
            // sentence about no part of it ("The market stood at $9.8
            // billion in 2023, the firm said. … puts 2023 revenue at $11.2
            // billion and projects …").
            let plain = near_sentence
                && !own_pair
                && !listed
                && named.is_none()
                && text[start..end].contains(year.as_str())
                && !about_a_part(&text[start..end]);
            let at = if listed || plain { Some(0) } else { named };
            let Some(at) = at else {
                continue;
            };
            let gap = &text[sentences[a].end..sentences[b].start];
            if !listed && *apart.get_or_insert_with(|| has_blank_line(gap)) {
                continue;
            }
            let parsed = doc.parsed(f);
            if parsed.cagrs > 0
                || parsed.places.iter().any(|p| !places.contains(p))
                || measures_differ(measures, &parsed.measures)
            {
                continue;
            }
            let mut kin = parsed.amounts.iter().filter(|a| {
                !a.skip
                    && a.span.start >= start + at
                    && a.unit.compatible(c.amount.unit)
                    && if plain {
                        a.when == Some(w)
                    } else {
                        a.when.is_none_or(|aw| aw == w)
                    }
            });
            let (Some(a), None) = (kin.next(), kin.next()) else {
                continue;
            };
            // (A list line's value is the series' only within a factor of
            // two of the end: "Cloud ($bn): 2019 | 0.4" is a part.)
            let (x, y) = (
                rescale(a.stated, c.amount.stated).value().value(),
                c.amount.stated.value().value(),
            );
            let near = x <= 2.0 * y && y <= 2.0 * x;
            if a.stated.value() != c.amount.stated.value() && (!(listed || plain) || near) {
                let other = Candidate {
                    amount: a.clone(),
                    sentence: f,
                    distance: f.abs_diff(s),
                };
                found[k].push((other, w));
            }
        }
    }
    let [bases, targets] = found;
    (bases, targets)
}

/// The scenario a sentence names ("base case", "bull case", "bear case",
/// "upside case", "optimistic scenario", …): its first word, lower case.
fn scenario(sentence: &str) -> Option<&'static str> {
    const KINDS: &[&str] = &[
        "base",
        "bull",
        "bear",
        "upside",
        "downside",
        "best",
        "worst",
        "optimistic",
        "pessimistic",
        "conservative",
        "aggressive",
        "central",
        "baseline",
    ];
    if !(contains_word(sentence, "case") || contains_word(sentence, "scenario")) {
        return None;
    }
    KINDS.iter().copied().find(|k| {
        ["case", "scenario"].iter().any(|n| {
            contains_ignore_case(sentence, &format!("{k} {n}"))
                || contains_ignore_case(sentence, &format!("{k}-{n}"))
        })
    })
}

/// Whether a sentence speaks of a part of a market (a segment, a share,
/// a channel, a region or a kind of product: "The hardware segment
/// accounted for $3.1 billion in 2023", "North America held the largest
/// share"): its levels are not the whole's.
fn about_a_part(sentence: &str) -> bool {
    const PART: &[&str] = &[
        "segment",
        "segments",
        "share",
        "accounted",
        "accounts",
        "account",
        "held",
        "dominated",
        "largest",
        "region",
        "regional",
        "category",
        "channel",
        "which",
        "type",
        "application",
        "applications",
        "online",
        "offline",
        "exports",
        "imports",
        "domestic",
    ];
    PART.iter().any(|w| contains_word(sentence, w))
}

/// Where a sentence names `year` as a series' ("the 2023 figure", "its
/// 2023 estimate", "their 2023 market"): a determiner, the year, a space
/// and a letter (`year` is the year as printed, four digits). Returns the
/// byte offset after the year.
fn names_year(sentence: &str, year: &str) -> Option<usize> {
    // Most sentences do not hold the year at all: a vector search says so
    // first.
    if !sentence.contains(year) {
        return None;
    }
    let bytes = sentence.as_bytes();
    sentence.match_indices(year).find_map(|(i, _)| {
        let before = sentence[..i].trim_end_matches(' ');
        let word = before.rsplit(|c: char| !c.is_ascii_alphabetic()).next();
        let determiner = before.len() < i
            && word.is_some_and(|w| {
                ["the", "its", "their"]
                    .iter()
                    .any(|d| w.eq_ignore_ascii_case(d))
            });
        let after = &bytes[i + year.len()..];
        let noun =
            after.first() == Some(&b' ') && after.get(1).is_some_and(u8::is_ascii_alphabetic);
        (determiner && noun).then_some(i + year.len())
    })
}

/// Whether `gap` holds a blank line: a line break, then only white space
/// before the next one.
fn has_blank_line(gap: &str) -> bool {
    let mut lines = gap.split('\n').skip(1).peekable();
    while let Some(line) = lines.next() {
        if lines.peek().is_some() && line.trim().is_empty() {
            return true;
        }
    }
    false
}

/// Why the figures of a rate's sentence were not read with it, for a
/// claim that lacks an end (see [`SetAside`]): the rate reads no figures
/// (another source's, set against another rate, from an undated start, of
/// a part), or its sentence prints amounts its measure or terms rule out.
fn set_aside(own: &Parsed, rate: &RateM, terms: Option<Terms>) -> Option<SetAside> {
    let mut levels = own.amounts.iter().filter(|a| !a.skip);
    rate.aside.or_else(|| {
        if rate.slashed {
            Some(SetAside::Part)
        } else if rate.intensive && levels.clone().next().is_some() {
            Some(SetAside::OtherMeasure)
        } else if terms.is_some_and(|t| levels.any(|a| !t.admits(a.unit))) {
            Some(SetAside::OtherBasis)
        } else {
            None
        }
    })
}

/// A rate printed as the size of a fall, as the negative rate it stands
/// for: a single figure, unhedged or hedged either way ("about"); a range or
/// a one-sided hedge stays as printed.
fn size_of_fall(stated: Stated<Rate>) -> Stated<Rate> {
    let symmetric = stated
        .qualifier()
        .is_none_or(|q| q.hedge() == crate::Hedge::Around);
    let negated = Rate::from_fraction(-stated.value().as_fraction());
    match (stated.upper(), negated) {
        (None, Ok(r)) if symmetric => {
            let s = match stated.decimals() {
                Some(d) => Stated::printed(r, d),
                None => Stated::exact(r),
            };
            match stated.qualifier() {
                Some(q) => s.qualified(q),
                None => s,
            }
        }
        _ => stated,
    }
}

/// Whether a rate whose sentence (or clause) names the measures `rate`
/// may not take figures from one naming `figures`: both name kinds and
/// share none, or the rate's is a price, a margin or a segment that the
/// figures' does not name.
fn measures_differ(rate: &[&str], figures: &[&str]) -> bool {
    let disjoint =
        !rate.is_empty() && !figures.is_empty() && !figures.iter().any(|m| rate.contains(m));
    let unnamed = rate
        .iter()
        .any(|m| (*m == "segment" || crate::value::vocab::intensive(m)) && !figures.contains(m));
    disjoint || unnamed
}

/// Whether `text` holds `word` as a word (ASCII, any case), or with a
/// plural "s" after it.
fn contains_word(text: &str, word: &str) -> bool {
    let (t, w) = (text.as_bytes(), word.as_bytes());
    let letter = |b: &u8| b.is_ascii_alphanumeric();
    if w.is_empty() || w.len() > t.len() {
        return false;
    }
    // (Only the positions whose first byte matches are read: see
    // `scan::find_folded`.)
    let starts = &t[..=t.len() - w.len()];
    let mut from = 0;
    while let Some(i) = find_folded(starts, from, w[0] | 0x20) {
        let word = t[i..i + w.len()].eq_ignore_ascii_case(w)
            && (i == 0 || !letter(&t[i - 1]))
            && match t.get(i + w.len()) {
                None => true,
                Some(b) if !letter(b) => true,
                Some(b) => (*b | 0x20) == b's' && t.get(i + w.len() + 1).is_none_or(|c| !letter(c)),
            };
        if word {
            return true;
        }
        from = i + 1;
    }
    false
}

/// Whether `haystack` contains `needle` (ASCII, any case).
fn contains_ignore_case(haystack: &str, needle: &str) -> bool {
    haystack
        .as_bytes()
        .windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// The years of the nearest of the [`BACK`] sentences before `s` that gives
/// two: its period, or the first and last years of its dated amounts.
fn previous_years(doc: &mut Doc<'_, '_>, s: usize) -> Option<(i32, i32)> {
    for b in (s.saturating_sub(BACK)..s).rev() {
        let parsed = doc.parsed(b);
        if let Some(p) = parsed
            .periods
            .iter()
            .find(|p| p.from.is_some() && p.to.is_some())
        {
            return p.from.zip(p.to);
        }
        let years = parsed
            .amounts
            .iter()
            .filter(|a| !a.skip)
            .filter_map(AmountM::year);
        let (lo, hi) = years.fold((i32::MAX, i32::MIN), |(lo, hi), y| (lo.min(y), hi.max(y)));
        if lo < hi {
            return Some((lo, hi));
        }
    }
    None
}

/// Whether two printed rates may be the same rate: their intervals meet.
fn same_rate(a: &Stated<Rate>, b: &Stated<Rate>) -> bool {
    a.interval().overlaps(b.interval())
}

/// Whether a sentence opens by pointing back at the one before: "This",
/// "That", "It", "These", "The figure", "The segment", 这, 这一, 該, 其.
fn points_back(sentence: &str) -> bool {
    // (After any opening quote or bracket: "“That is a CAGR of …", he said.)
    let s = sentence.trim_start_matches(|c: char| c.is_whitespace() || "\"'“‘([".contains(c));
    let word = s.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    ["this", "that", "it", "these", "such"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
        || s.starts_with("The figure")
        || s.starts_with("The segment")
        || ["这", "這", "該", "该", "其", "이는", "これ"]
            .iter()
            .any(|w| s.starts_with(w))
}

/// The amounts of the rate's own sentence that belong to it. With several
/// rates in the sentence, an amount belongs to the first rate after it (or
/// the last rate): "from $12 billion to $16.2 billion, a CAGR of 6.2%, while
/// software will grow from $8 billion to $16 billion, a CAGR of 14.9%".
/// Found by binary search, so a sentence of many rates stays linear.
fn own_amounts<'p>(parsed: &'p Parsed, rate: &RateM) -> &'p [AmountM] {
    let amounts = &parsed.amounts;
    let all = &parsed.rates;
    let at = all.partition_point(|r| r.first < rate.first);
    // (A rate set against another, "compared with 2% a year", is no claim
    // that shares the sentence's figures.)
    let claims = |r: &&RateM| r.cagr && r.aside.is_none();
    let before = all[..at].iter().rev().take(NEAR).find(claims);
    let after = all[(at + 1).min(all.len())..]
        .iter()
        .take(NEAR)
        .find(claims);
    let lo_tok = before.map_or(0, |r| r.last + 1);
    let hi_tok = if after.is_some() {
        rate.last
    } else {
        usize::MAX
    };
    let mut lo = amounts.partition_point(|a| a.last + NEAR < rate.first || a.first < lo_tok);
    let hi = amounts.partition_point(|a| a.first <= rate.last + NEAR && a.last <= hi_tok);
    // A chain: "grew from $10 billion in 2015 to $20 billion in 2020 (a
    // CAGR of 14.9%) and is expected to reach $35 billion in 2025 (a CAGR
    // of 11.8%)". The rate's clause names only its end; the end of the
    // rate before, reached "to" it, in the same clause chain (no contrast
    // word between), is its start.
    if before.is_some() {
        lo = chain_start(amounts, lo, hi).unwrap_or(lo);
    } else {
        // The only rate, in the clause that goes on, before the end it
        // reaches ("grew from €1.1 billion in 2020 to €2.0 billion in 2022
        // and is expected to grow at 12% a year to reach €3.5 billion in
        // 2027"): the clause's end and the end before it, not the history
        // before that. (A rate after that end, "…, growing 8.4% a year over
        // the decade", may be said of the whole span.)
        let link = amounts[lo..hi.max(lo)]
            .iter()
            .rposition(|a| a.chained.is_some_and(|and| and < rate.first) && a.first > rate.last);
        if let Some(c) = link.map(|c| lo + c) {
            lo = chain_start(amounts, c, hi).unwrap_or(lo);
        }
    }
    &amounts[lo..hi.max(lo)]
}

/// How far (as a factor) the growth of two ends from different sentences
/// may be from the stated rate's before they count as two series' figures:
/// real reports that miss their own rate miss it by far less (the
/// motivating forecast grows 2.9 times where 15.6% a year would make 4.9).
const APART: f64 = 4.0;

/// Whether the growth from `b` to `t` is off the rate's over their years by
/// more than [`APART`], either way (for two ends in one currency, or one
/// with none).
fn far_apart(b: &Candidate, t: &Candidate, bw: When, tw: When, rate: &RateM) -> bool {
    let years = f64::from(bw.calendar_year().until(tw.calendar_year()));
    let (x, y) = (b.amount.stated.value(), t.amount.stated.value());
    let two = x.currency().is_some() && y.currency().is_some();
    if years < 1.0 || (two && x.currency() != y.currency()) {
        return false;
    }
    let seen = y.value() / x.value();
    let stated = (1.0 + rate.stated.value().as_fraction()).powf(years);
    let off = seen / stated;
    off.is_finite() && !(1.0 / APART..=APART).contains(&off)
}

/// The start of a chain for the amounts `lo..hi` of a rate's clause: where
/// they are only an end, the first of them linked to the end before it
/// ([`AmountM::chained`]), that earlier end's index.
fn chain_start(amounts: &[AmountM], lo: usize, hi: usize) -> Option<usize> {
    let mine = amounts.get(lo..hi.max(lo))?;
    let levels = || mine.iter().filter(|a| !a.skip);
    let only_end = levels().next().is_some() && levels().all(|a| a.role == Role::To);
    let first = levels().next()?;
    (only_end && first.chained.is_some() && lo > 0).then(|| lo - 1)
}

/// A reading of the figures around a rate.
#[derive(Clone, Default)]
struct Reading {
    target: Option<Candidate>,
    target_when: Option<When>,
    baseline: Option<Candidate>,
    base_when: Option<When>,
    /// Other baselines the text does not rule out.
    other_bases: Vec<(Candidate, When)>,
    /// Other values for the target's year ("fell short of the target of
    /// $350 billion" beside the $331 billion reached).
    other_targets: Vec<(Candidate, When)>,
    /// Other pairings of the members of lists of parallel series' figures.
    other_pairs: Vec<((Candidate, When), (Candidate, When))>,
    /// The baseline was dropped: it opened a run of forecast values with
    /// no value before them, so the rate may run from a start the text
    /// does not give.
    start_untold: bool,
}

impl Reading {
    /// The reading without its baseline (nor other baselines): the ends
    /// it had are two series' figures.
    fn drop_baseline(&mut self) {
        self.baseline = None;
        self.base_when = None;
        self.other_bases.clear();
    }
}

/// The pairs of dated amounts marked "from" and then "to" in a sentence
/// (`parsed`, read beside the baseline `b` and target `t` chosen from it),
/// each with no amount between its ends, other than that pair.
fn other_marked_pairs(
    parsed: &Parsed,
    b: &Candidate,
    t: &Candidate,
) -> Vec<((Candidate, When), (Candidate, When))> {
    let levels: Vec<&AmountM> = parsed.amounts.iter().filter(|a| !a.skip).collect();
    let marked = |a: &AmountM, role: Role| a.role == role && a.when.is_some();
    let candidate = |a: &AmountM| Candidate {
        amount: a.clone(),
        sentence: b.sentence,
        distance: b.distance,
    };
    levels
        .windows(2)
        .filter(|w| marked(w[0], Role::From) && marked(w[1], Role::To))
        .filter(|w| w[0].span != b.amount.span || w[1].span != t.amount.span)
        .filter_map(|w| {
            let (bw, tw) = (w[0].when?, w[1].when?);
            (bw < tw).then(|| ((candidate(w[0]), bw), (candidate(w[1]), tw)))
        })
        .collect()
}

/// The target and baseline among the candidates (see the module docs).
fn choose(
    candidates: &[Candidate],
    rate: &RateM,
    (from, to, next): (Option<i32>, Option<i32>, Option<i32>),
    (whole, long): (bool, bool),
    rate_clause: &Range<usize>,
    published: Option<i32>,
) -> Reading {
    let closest = |c: &&Candidate| (c.distance, c.amount.first.abs_diff(rate.first));
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
    // "$5.2 billion in 2024 should grow at a CAGR of 8.3% over the next six
    // years to reach $8.4 billion": with a forward length and no years of
    // the period, the one dated amount of the rate's sentence starts it and
    // the undated one marked as the end ends it, the length later. (The
    // start may follow the end when marked "from": "rising to $6.8 billion
    // over the next five years from $3.1 billion this year".)
    if let (Some(n), None, None) = (next, from, to) {
        let mut own = candidates.iter().filter(|c| c.distance == 0);
        let dated: Vec<&Candidate> = own.clone().filter(|c| c.year().is_some()).collect();
        let end = own.find(|c| c.amount.when.is_none() && c.amount.role == Role::To);
        if let ([base], Some(end)) = (dated.as_slice(), end) {
            let start = base.year().unwrap_or_default();
            let compatible = base.amount.unit.compatible(end.amount.unit);
            let before = base.amount.first < end.amount.first || base.amount.role == Role::From;
            if base.amount.role != Role::To && before && compatible {
                return Reading {
                    target: Some(end.clone()),
                    target_when: When::year(start + n).ok(),
                    baseline: Some((*base).clone()),
                    base_when: base.amount.when,
                    other_bases: Vec::new(),
                    other_targets: Vec::new(),
                    other_pairs: Vec::new(),
                    start_untold: false,
                };
            }
        }
    }
    // The target: the amount at the period's end; else the latest dated
    // amount of the rate's sentence, or of the nearby sentences; else, with
    // a period to date it, the last undated amount of the rate's sentence.
    let mut target = match to {
        Some(y) => candidates
            .iter()
            .filter(|c| c.year() == Some(y))
            .min_by_key(closest)
            .cloned(),
        // With two dated amounts in the rate's sentence, the later; with
        // one or none, the latest of the window ("Sales could reach €4.1bn
        // by 2029. Last year the figure stood at €2.6bn; analysts expect a
        // CAGR of 7.9%").
        None => {
            let own_dated = candidates
                .iter()
                .filter(|c| c.distance == 0 && c.year().is_some())
                .count();
            if own_dated >= 2 {
                latest(&mut candidates.iter().filter(|c| c.distance == 0))
            } else {
                latest(&mut candidates.iter())
            }
        }
    };
    // "from 39 billion dollars in 2017 to 120 billion dollars this year",
    // "is now $5.2bn, up from $3.1bn in FY21", with no publication date to
    // say which year that is: the start dated and marked "from", the end
    // dated relatively, before or after it (see `build`).
    if let Some(t) = target
        .as_ref()
        .filter(|t| t.amount.role == Role::From && t.distance == 0)
    {
        let end = candidates.iter().find(|c| {
            c.distance == 0
                && (c.amount.relative || c.amount.when.is_none())
                && c.amount.role != Role::From
                && (c.amount.first > t.amount.first || c.amount.last < t.amount.first)
                && c.amount.unit.compatible(t.amount.unit)
        });
        if let (Some(end), None, None) = (end, from, to) {
            return Reading {
                target: Some(end.clone()),
                target_when: None,
                baseline: Some(t.clone()),
                base_when: t.amount.when,
                ..Reading::default()
            };
        }
    }
    if target.is_none() && to.is_some() {
        // "to Rs 9,000 crore from Rs 5,200 crore": the word before an
        // amount says which end it is; else the later one is the target.
        // With only the end year ("until FY27"), only an amount marked as
        // the end ("to Rs 7,870 crore"), in the rate's clause (not "fell
        // from $12 billion to $9 billion; analysts expect 4% a year to
        // 2026").
        // An amount said to be at the end of the forecast period is one
        // in any sentence the rate reads ("It was valued at $480 million in
        // 2024 and is expected to reach $950 million by the end of the
        // forecast period").
        target = candidates
            .iter()
            .filter(|c| {
                let own = c.distance == 0
                    && (from.is_some() || rate_clause.contains(&c.amount.first))
                    && c.amount.role != Role::From
                    && (from.is_some() || c.amount.role == Role::To);
                c.amount.when.is_none() && (own || c.amount.period_end)
            })
            .max_by_key(|c| {
                (
                    c.amount.period_end,
                    c.amount.role == Role::To,
                    c.amount.first,
                )
            })
            .cloned();
    }
    // Two series in the rate's sentence ("units rose from 300 million in
    // 2019 to 380 million in 2024 while revenue grew from $400 billion to
    // $520 billion, a CAGR of 5.4%"): when an amount of another unit stands
    // between the target and the rate, the rate may be that series' and the
    // sentence does not say; it is left undecided.
    if let Some(t) = &target {
        let (lo, hi) = if t.amount.first < rate.first {
            (t.amount.first, rate.first)
        } else {
            (rate.first, t.amount.first)
        };
        let nearer_other = candidates.iter().any(|c| {
            c.distance == 0
                && t.distance == 0
                && !c.amount.unit.compatible(t.amount.unit)
                && lo < c.amount.first
                && c.amount.first < hi
        });
        if nearer_other {
            target = None;
        }
    }
    // (An end dated only relatively, with no publication date to resolve
    // it, takes no year the rate's period names.)
    let target_when = target.as_ref().and_then(|t| {
        t.amount.when.or_else(|| {
            to.filter(|_| !t.amount.relative)
                .and_then(|y| When::year(y).ok())
        })
    });
    let target_year = target_when.map(|w| w.calendar_year().get());
    let unit = target.as_ref().map(|t| t.amount.unit);
    // Other values of the series for the target's year.
    let mut other_targets: Vec<(Candidate, When)> = match (&target, target_when) {
        (Some(t), Some(w)) if t.amount.when.is_some() => candidates
            .iter()
            .filter(|c| {
                !c.is(t)
                    && c.amount.when == Some(w)
                    && c.amount.unit.compatible(t.amount.unit)
                    && c.amount.stated.value() != t.amount.stated.value()
            })
            .map(|c| (c.clone(), w))
            .collect(),
        _ => Vec::new(),
    };
    let fits = |c: &Candidate| {
        unit.is_none_or(|u| u.compatible(c.amount.unit)) && target.as_ref().is_none_or(|t| !t.is(c))
    };

    // The baseline: the amount at the period's start (or the year before,
    // or the start of "the next N years"); else the latest dated amount
    // before the target, from the target's sentence if it has one.
    let start = from.or_else(|| next.and_then(|n| target_year.map(|t| t - n)));
    let mut other_bases = Vec::new();
    let mut untold = false;
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
            let in_same: Vec<&Candidate> = candidates
                .iter()
                .filter(before)
                .filter(|c| Some(c.sentence) == same)
                .collect();
            // A target from another sentence, and a dated amount in the
            // rate's own: the rate is stated with that start ("Since our
            // capital markets day in 2018, when revenue stood at €1.97
            // billion, we have delivered a CAGR of 7.6%" after "revenue was
            // €2.84 billion in 2023 (2022: €2.61 billion)").
            let elsewhere = target.as_ref().is_some_and(|t| t.distance > 0);
            let in_own: Vec<&Candidate> = candidates
                .iter()
                .filter(|c| elsewhere && c.distance == 0)
                .filter(before)
                .collect();
            let pool: Vec<&Candidate> = if !in_own.is_empty() {
                in_own
            } else if in_same.is_empty() {
                candidates.iter().filter(before).collect()
            } else {
                in_same
            };
            // A rate that says how many years it spans ("a three-year
            // CAGR", "over the ten years") runs from the value that many
            // years before the target, where there is one.
            let spanned = rate
                .length
                .and_then(|n| pool.iter().find(|c| c.year() == Some(ty - n)));
            let chosen = if whole {
                pool.iter()
                    .filter(|c| c.year().is_some())
                    .min_by_key(|c| (c.year(), c.distance))
                    .map(|c| (*c).clone())
            } else if let Some(c) = spanned {
                Some((*c).clone())
            } else {
                pick(&mut pool.iter().copied())
            };
            // With no period, a rate runs from the value just before the
            // forecast, as a three-value template's does; earlier values of
            // the series are other readings only for a rate that says it
            // spans a length of years, or where the value just before is a
            // year before the target (a compound rate of one year is a
            // year-on-year change: in "$265m in 2022, $318m in 2023 and
            // $372m in 2024, a CAGR of 21%" it may as well run from 2022).
            let one_year = chosen.as_ref().and_then(Candidate::year) == Some(ty - 1);
            let settled = whole || spanned.is_some();
            if let (Some(b), true) = (&chosen, (long || one_year) && !settled) {
                let by = b.year().unwrap_or(ty);
                let second = pool
                    .iter()
                    .filter_map(|c| c.year())
                    .filter(|&y| y < by)
                    .max();
                if second.is_some_and(|y| y + 1 < by || one_year) {
                    for c in pool.iter().filter(|c| c.year().is_some_and(|y| y < by)) {
                        if let Some(w) = c.amount.when {
                            other_bases.push(((*c).clone(), w));
                        }
                    }
                }
            }
            // A baseline in a run of the series' values that ends at the
            // target ("will reach 61 million by 2028 and 70 million by 2030,
            // growing 8.3% a year"): the rate may span the whole run, or run
            // from the value just before it (the forecast's base, in any
            // sentence of the window), so the run's earlier members and that
            // value are other readings; but not that value where the run
            // opens the year after it ("valued at $279 billion in 2024, is
            // set to reach $391 billion in 2025 and $1.81 trillion by 2030":
            // the forecast period opens with the run).
            let run = chosen.as_ref().zip(target.as_ref()).filter(|(b, t)| {
                b.amount.run.is_some() && b.amount.run == t.amount.run && b.sentence == t.sentence
            });
            if let (Some((b, _)), false) = (run, settled) {
                let by = b.year().unwrap_or(ty);
                let in_run =
                    |c: &Candidate| c.sentence == b.sentence && c.amount.run == b.amount.run;
                let earlier: Vec<&Candidate> = candidates
                    .iter()
                    .filter(before)
                    .filter(|c| c.year().is_some_and(|y| y < by) && !c.is(b))
                    .collect();
                let opens = earlier
                    .iter()
                    .filter(|c| in_run(c))
                    .filter_map(|c| c.year())
                    .min()
                    .unwrap_or(by);
                let base = earlier
                    .iter()
                    .filter(|c| !in_run(c) && c.year().is_some_and(|y| y < opens))
                    .min_by_key(|c| {
                        (
                            core::cmp::Reverse(c.year()),
                            c.distance,
                            c.amount.first.abs_diff(rate.first),
                        )
                    })
                    .filter(|c| c.year().is_some_and(|y| y + 1 < opens))
                    .copied();
                for c in earlier.iter().copied().filter(|c| in_run(c)).chain(base) {
                    let known = other_bases.iter().any(|(o, _): &(Candidate, When)| o.is(c));
                    if let (Some(w), false) = (c.amount.when, known) {
                        other_bases.push(((*c).clone(), w));
                    }
                }
                // A run of forecast values with no value of the series
                // before it ("Analysts expect 12,000 by 2026 and 40,000 by
                // 2030, a CAGR of 35%"): the rate may span the run or run
                // from today's value, which the text does not give; it is
                // left undecided.
                // (Forecast: after the publication year, or, with none,
                // worded for the future.)
                let future = match published {
                    Some(p) => opens > p,
                    None => b.amount.run_future,
                };
                if future && earlier.iter().copied().all(in_run) {
                    untold = true;
                    other_bases.clear();
                    return None;
                }
            }
            chosen
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
    // (A start dated only relatively takes the start of "the next N years",
    // which is the same "now", but not a year the text names: "is now worth
    // $7.5bn" after "since 2018" is no 2018 figure.)
    let mut base_when = baseline.as_ref().and_then(|b| {
        b.amount.when.or_else(|| {
            start
                .filter(|_| !b.amount.relative || from.is_none())
                .and_then(|y| When::year(y).ok())
        })
    });
    // A baseline not before the target belongs to another claim.
    if let (Some(b), Some(t)) = (base_when, target_when) {
        if b.position() >= t.position() {
            baseline = None;
            base_when = None;
            other_bases.clear();
        }
    }
    // Other values of the series for the baseline's year, from the
    // baseline's own sentence ("in 2023 the market was $5 billion; in 2023
    // analysts also reported $5.4 billion").
    if let (Some(b), Some(w)) = (&baseline, base_when) {
        if b.amount.when.is_some() {
            for c in candidates.iter().filter(|c| {
                !c.is(b)
                    && c.sentence == b.sentence
                    && c.amount.when == Some(w)
                    && fits(c)
                    && c.amount.stated.value() != b.amount.stated.value()
            }) {
                other_bases.push((c.clone(), w));
            }
        }
    }
    // A baseline and target from one sentence ("from A in 2020 to B in
    // 2025") settle the target: other values for its year belong to
    // other series.
    let pair = matches!((&baseline, &target), (Some(b), Some(t)) if b.sentence == t.sentence);
    if pair {
        other_targets.clear();
    }
    // So does a "from A to B" pair the baseline: another value for A's
    // year in the sentence is another series' ("全国…由2012年的9.8万公里增加到…，
    // 其中高速铁路…由2012年的9356公里增加到2022年的4.2万公里").
    if let (true, Some(b), Some(t)) = (pair, &baseline, &target) {
        if b.amount.role == Role::From && t.amount.role == Role::To {
            other_bases.retain(|(c, _)| c.sentence != b.sentence);
        }
    }
    Reading {
        target,
        target_when,
        baseline,
        base_when,
        other_bases,
        other_targets,
        other_pairs: Vec::new(),
        start_untold: untold,
    }
}

/// The most years an end dated only relatively ("this year", "today", with
/// no publication date) may lie from the other end (see `build`).
const EVERY_YEAR: i32 = 50;

/// The claim of a chosen reading: its forecast, passage and spans.
fn build(
    doc: &Doc<'_, '_>,
    s: usize,
    rate: &RateM,
    period: Option<PeriodM>,
    reading: Reading,
    derived: Option<Derived>,
) -> Claim {
    let text = doc.text;
    let sentences = doc.sentences;
    let Reading {
        target,
        target_when,
        baseline,
        base_when,
        other_bases,
        other_targets,
        other_pairs,
        start_untold: _,
    } = reading;
    // "from $3.2 to $5.1 billion": a bare baseline takes the target's scale.
    let rescaled = |b: &Candidate| match &target {
        Some(t) => rescale(b.amount.stated, t.amount.stated),
        None => b.amount.stated,
    };
    let base_amount = baseline.as_ref().map(rescaled);
    let explicit = period.as_ref().and_then(|p| match (p.from, p.to) {
        (Some(a), Some(b)) => Period::new(a, b).ok(),
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
        .chain(period.iter().map(|p| &p.span))
        .chain(derived.iter().flat_map(|d| [&d.base_span, &d.target_span]));
    let (first, last) = spans.fold((rate.span.start, rate.span.end), |(a, b), r| {
        (a.min(r.start), b.max(r.end))
    });
    let lo = lo.max(floor_char(text, first.saturating_sub(CONTEXT)));
    let hi = hi.min(ceil_char(text, last + CONTEXT));
    let passage = trim_range(text, lo..hi);
    let mut target_figure = target.as_ref().map(|t| Figure {
        amount: t.amount.stated,
        when: target_when,
    });
    let mut base_figure = base_amount.map(|amount| Figure {
        amount,
        when: base_when,
    });
    let mut base_span = baseline.as_ref().map(|b| b.amount.span.clone());
    let mut target_span = target.as_ref().map(|t| t.amount.span.clone());
    if let Some(d) = &derived {
        base_figure = Some(d.baseline);
        target_figure = Some(d.target);
        base_span = Some(d.base_span.clone());
        target_span = Some(d.target_span.clone());
    }
    let falls = match (&base_figure, &target_figure) {
        (Some(b), Some(t)) => t.amount.value().value() < b.amount.value().value(),
        _ => false,
    };
    let stated = if rate.declined && falls {
        size_of_fall(rate.stated)
    } else {
        rate.stated
    };
    let reading = |baseline: Option<Figure>, target: Option<Figure>| Forecast {
        baseline,
        target,
        rate: Some(stated),
        period: explicit,
        source: None,
        alternatives: Vec::new(),
    };
    let mut alternatives = other_bases
        .iter()
        .map(|(c, w)| {
            let base = Figure {
                amount: rescaled(c),
                when: Some(*w),
            };
            reading(Some(base), target_figure)
        })
        .chain(other_targets.iter().map(|(c, w)| {
            let target = Figure {
                amount: c.amount.stated,
                when: Some(*w),
            };
            reading(base_figure, Some(target))
        }))
        .chain(other_pairs.iter().map(|((b, bw), (t, tw))| {
            let base = Figure {
                amount: rescale(b.amount.stated, t.amount.stated),
                when: Some(*bw),
            };
            let target = Figure {
                amount: t.amount.stated,
                when: Some(*tw),
            };
            reading(Some(base), Some(target))
        }))
        .collect::<Vec<_>>();
    // "Five years ago it was worth $2.4 billion; it reached $5.3 billion in
    // 2023": writers count such years back from the publication date or
    // from the latest year they name. Both readings are kept.
    let counted_back = baseline
        .as_ref()
        .and_then(|b| b.amount.ago)
        .filter(|_| derived.is_none())
        .filter(|_| target.as_ref().is_some_and(|t| t.amount.ago.is_none()));
    if let (Some(n), Some(b), Some(bw), Some(tw)) =
        (counted_back, base_figure, base_when, target_when)
    {
        let year = tw.calendar_year().get() - n;
        if year != bw.calendar_year().get() && year < tw.calendar_year().get() {
            if let Ok(w) = When::year(year) {
                let base = Figure { when: Some(w), ..b };
                alternatives.push(reading(Some(base), target_figure));
            }
        }
    }
    // "by the end of the 2020s": writers mean its round year or the one
    // before it (2030 or 2029); "at the start of the year" (or of 2024): a
    // level then is the level at the end of the year before. Both readings
    // are kept, for either end.
    let or_before = |c: &Option<Candidate>| c.as_ref().is_some_and(|c| c.amount.or_before);
    if let (Some(b), Some(bw), Some(t), Some(tw)) =
        (base_figure, base_when, target_figure, target_when)
    {
        let before = |w: When| When::year(w.calendar_year().get() - 1).ok();
        if or_before(&target) && tw.calendar_year().get() - 1 > bw.calendar_year().get() {
            if let Some(w) = before(tw) {
                let target = Figure { when: Some(w), ..t };
                alternatives.push(reading(Some(b), Some(target)));
            }
        }
        if or_before(&baseline) {
            if let Some(w) = before(bw) {
                let base = Figure { when: Some(w), ..b };
                alternatives.push(reading(Some(base), Some(t)));
            }
        }
    }
    // "from 39 billion dollars in 2017 to 120 billion dollars this year",
    // with no publication date: the end dated only relatively is dated
    // each year from 1 to `EVERY_YEAR` years after the start (before the
    // end, for the start), and the checker decides only where all agree.
    let undated = |c: &Option<Candidate>, w: Option<When>| {
        w.is_none() && c.as_ref().is_some_and(|c| c.amount.relative)
    };
    let every = derived.is_none() && alternatives.is_empty() && explicit.is_none();
    if let (true, Some(b), Some(t)) = (every, base_figure, target_figure) {
        let year = |y: i32| When::year(y).ok();
        if let (true, Some(bw)) = (undated(&target, target_when), base_when) {
            let y = bw.calendar_year().get();
            alternatives.extend((1..=EVERY_YEAR).filter_map(|n| {
                let target = Figure {
                    when: Some(year(y + n)?),
                    ..t
                };
                Some(reading(Some(b), Some(target)))
            }));
        } else if let (true, Some(tw)) = (undated(&baseline, base_when), target_when) {
            let y = tw.calendar_year().get();
            alternatives.extend((1..=EVERY_YEAR).rev().filter_map(|n| {
                let base = Figure {
                    when: Some(year(y - n)?),
                    ..b
                };
                Some(reading(Some(base), Some(t)))
            }));
            // Neither marked as the start or the end ("€840 million today,
            // compared with €610 million in 2019"): the one dated only
            // relatively may as well be the later.
            let unmarked =
                |c: &Option<Candidate>| c.as_ref().is_some_and(|c| c.amount.role == Role::Unknown);
            if unmarked(&baseline) && unmarked(&target) {
                alternatives.extend((1..=EVERY_YEAR).filter_map(|n| {
                    let end = Figure {
                        when: Some(year(y + n)?),
                        ..b
                    };
                    Some(reading(Some(t), Some(end)))
                }));
            }
        }
    }
    let forecast = Forecast {
        baseline: base_figure,
        target: target_figure,
        rate: Some(stated),
        period: explicit,
        source: Some(Source {
            quote: Some(text[passage.clone()].to_owned()),
            ..Source::default()
        }),
        alternatives,
    };
    Claim {
        forecast,
        passage,
        spans: Spans {
            baseline: base_span,
            target: target_span,
            rate: Some(rate.span.clone()),
            period: period.map(|p| p.span),
        },
        set_aside: None,
    }
}

/// A baseline printed without a scale ("from $3.2 to $5.1 billion") in the
/// scale of the target: only where, as printed, it is less than a
/// hundredth of the target and, in the target's scale, within a factor of
/// 100 of it ("from 640,000 units in 2024 to 1.05 million units" keeps its
/// 640,000).
fn rescale(base: Stated<Amount>, target: Stated<Amount>) -> Stated<Amount> {
    let (b, t) = (base.value(), target.value());
    if b.scale() != Scale::One || t.scale() == Scale::One || base.upper().is_some() {
        return base;
    }
    if b.value() / t.value() >= 0.01 {
        return base;
    }
    let Ok(mut amount) = Amount::new(b.value(), t.scale()) else {
        return base;
    };
    if !(0.01..=100.0).contains(&(amount.value() / t.value())) {
        return base;
    }
    if let Some(c) = b.currency().or(t.currency()) {
        amount = amount.with_currency(c);
    }
    let mut out = Stated::printed(amount, base.decimals().unwrap_or(0));
    if let Some(q) = base.qualifier() {
        out = out.qualified(q);
    }
    out
}

fn trim_range(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let start = r.start + (s.len() - s.trim_start().len());
    let end = r.end - (s.len() - s.trim_end().len());
    start..end.max(start)
}

#[cfg(test)]
mod tests {
    use super::contains_word;

    #[test]
    fn words_are_found_whole_or_plural() {
        assert!(contains_word("Online sales rose", "sales"));
        assert!(contains_word("The Market grew", "market"));
        assert!(contains_word("two markets", "market"));
        assert!(!contains_word("supermarket sales", "market"));
        assert!(!contains_word("marketing", "market"));
        assert!(!contains_word("它", "market"));
        assert!(!contains_word("", "market"));
        assert!(!contains_word("market", ""));
    }
}
