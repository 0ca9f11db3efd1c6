//! The one vocabulary: every word the crate reads as a scale, a currency, a
//! hedge, a unit or a rate cue, in one table per kind.
//!
//! The `FromStr` impls of [`Scale`], [`Currency`], [`Qualifier`] and
//! [`Amount`](crate::Amount) and the extractor read these same tables, so a
//! phrase one of them reads, the other reads too (a test holds them to it).
//! Words are matched without regard to ASCII case. This module sits with
//! the value types and imports nothing above them.

use core::str::FromStr;

use crate::{Currency, Error, Qualifier, Result, Scale};

/// English scale words and abbreviations: the word, its scale, and whether
/// it may stand apart from the number (`"5 bn"`); single letters count only
/// glued to it (`"$5.17B"`, `"£667m"`).
pub(crate) const SCALE_WORDS: &[(&str, Scale, bool)] = &[
    ("thousand", Scale::Thousand, true),
    ("thousands", Scale::Thousand, true),
    ("k", Scale::Thousand, false),
    ("lakh", Scale::Lakh, true),
    ("lakhs", Scale::Lakh, true),
    ("lac", Scale::Lakh, true),
    ("million", Scale::Million, true),
    ("millions", Scale::Million, true),
    ("mn", Scale::Million, true),
    ("mln", Scale::Million, true),
    ("mio", Scale::Million, true),
    ("m", Scale::Million, false),
    ("crore", Scale::Crore, true),
    ("crores", Scale::Crore, true),
    ("cr", Scale::Crore, true),
    ("billion", Scale::Billion, true),
    ("billions", Scale::Billion, true),
    ("bn", Scale::Billion, true),
    ("bln", Scale::Billion, true),
    // The European "milliard" (French "milliards", German "Mrd.").
    ("milliard", Scale::Billion, true),
    ("milliards", Scale::Billion, true),
    ("milliarden", Scale::Billion, true),
    ("mrd", Scale::Billion, true),
    ("b", Scale::Billion, false),
    ("trillion", Scale::Trillion, true),
    ("trillions", Scale::Trillion, true),
    ("tn", Scale::Trillion, true),
    ("tr", Scale::Trillion, true),
    ("trn", Scale::Trillion, true),
    ("t", Scale::Trillion, false),
];

/// The scale of an English scale word (any case), and whether it may stand
/// apart from the number.
pub(crate) fn scale_word(word: &str) -> Option<(Scale, bool)> {
    SCALE_WORDS
        .iter()
        .find(|(w, _, _)| w.eq_ignore_ascii_case(word))
        .map(|&(_, s, apart)| (s, apart))
}

impl Scale {
    /// Reads a scale word or abbreviation (case-insensitive), as in the
    /// table of [`Scale`] (here, beside the table the words come from).
    ///
    /// ```
    /// use cagr::Scale;
    ///
    /// assert_eq!(Scale::from_word("Bn"), Some(Scale::Billion));
    /// assert_eq!(Scale::from_word("gazillion"), None);
    /// ```
    pub fn from_word(word: &str) -> Option<Scale> {
        scale_word(word).map(|(scale, _)| scale)
    }
}

/// Chinese, Japanese and Korean scale characters after a number, with
/// their power of ten. Longest first: `万亿` is 10¹², not 10⁴ then 10⁸.
/// `兆` and `조` are 10¹² (as in modern financial usage in both Japanese
/// and Korean, and in mainland Chinese reports of trillions of yuan).
pub(crate) const CJK_SCALES: &[(&str, i32)] = &[
    ("万亿", 12),
    ("萬億", 12),
    ("万億", 12),
    ("兆", 12),
    ("조", 12),
    ("亿", 8),
    ("億", 8),
    ("억", 8),
    ("万", 4),
    ("萬", 4),
    ("만", 4),
    ("千", 3),
    ("천", 3),
];

/// The CJK scale at the start of `s`, and its length in bytes.
pub(crate) fn cjk_scale(s: &str) -> Option<(i32, usize)> {
    CJK_SCALES
        .iter()
        .find(|(w, _)| s.starts_with(w))
        .map(|&(w, e)| (e, w.len()))
}

/// Characters that multiply the number before them within a group of a
/// Chinese, Japanese or Korean number, largest first: `1천6백억` is 1,600
/// hundred million, `4백5십만` 4.5 million, `5천억` 5,000 hundred million,
/// `3千1百万` 31 million. With their power of ten.
pub(crate) const CJK_MULTIPLIERS: &[(&str, i32)] = &[
    ("十", 1),
    ("십", 1),
    ("百", 2),
    ("백", 2),
    ("千", 3),
    ("천", 3),
];

/// The kind of measure a word names, in any ASCII case: words of one kind
/// may name one series ("revenue" and "sales"), words of two kinds may not
/// ("shipments" and "revenue", "revenue" and "profit"). Market, industry
/// and sector name the series, not the measure, and are not measures.
///
/// | kind | words |
/// |---|---|
/// | revenue | revenue(s), sales, turnover |
/// | profit | profit(s), income, earnings, EBITDA |
/// | units | shipments, deliveries, units, volume(s) |
/// | users | subscribers, users, customers, subscriptions, buyers, visitors, passengers, members, …; numbers, traffic, admissions, ridership, attendance, footfall, visits, enrolment, membership |
/// | exports, imports | exports, imports |
/// | spending | spending, investment(s) |
/// | output | production, output |
/// | capacity | capacity, installations |
/// | orders, bookings, GMV | orders, bookings, GMV |
/// | price, margin | price(s), inflation, margin(s) (never a series' size: see [`intensive`]) |
///
/// A match on the lower-case word (most words are ruled out by their
/// length first): the extractor asks of every word of a sentence with
/// figures.
pub(crate) fn measure(word: &str) -> Option<&'static str> {
    word_kind(word).filter(|k| is_measure(k))
}

/// Whether a [`word_kind`] is a kind of [`measure`] (not `"market"` or
/// `"intensive"`).
pub(crate) fn is_measure(kind: &str) -> bool {
    !matches!(kind, "market" | "intensive")
}

/// The words for a whole market (a product category is one too): a
/// subject that is one of them names no series of its own.
pub(crate) const MARKET_WORDS: [&str; 5] = ["market", "industry", "sector", "economy", "category"];

/// What a word says a figure is: a kind of [`measure`]; `"market"` for a
/// word of [`MARKET_WORDS`]; `"intensive"` for what is never the size of a
/// series and no measure of its own (a price: ASP, wages, salaries, rents,
/// fares, tariffs, yields; a share or penetration; ARPU). One match on the
/// lower-case word (most words are ruled out by their length first): the
/// extractor asks of every word of a sentence with figures.
pub(crate) fn word_kind(word: &str) -> Option<&'static str> {
    let bytes = word.as_bytes();
    if !(3..=13).contains(&bytes.len()) {
        return None;
    }
    // Copied and set to lower case in one pass (a word is too short for a
    // call to `memcpy` to pay).
    let mut buf = [0u8; 13];
    let lower = &mut buf[..bytes.len()];
    for (l, b) in lower.iter_mut().zip(bytes) {
        *l = b.to_ascii_lowercase();
    }
    Some(match &*lower {
        b"revenue" | b"revenues" | b"sales" | b"turnover" => "revenue",
        b"profit" | b"profits" | b"income" | b"earnings" | b"ebitda" => "profit",
        b"shipments" | b"deliveries" | b"units" | b"volume" | b"volumes" => "units",
        b"subscribers" | b"users" | b"customers" | b"subscriptions" | b"buyers" | b"shoppers"
        | b"visitors" | b"passengers" | b"members" | b"patients" | b"viewers" | b"players"
        | b"riders" | b"listeners" | b"readers"
        // People or trips counted under a collective noun: "passenger
        // numbers", "passenger traffic", "cinema admissions".
        | b"numbers" | b"traffic" | b"admissions" | b"ridership" | b"attendance" | b"footfall"
        | b"visits" | b"enrolment" | b"enrollment" | b"membership" => "users",
        b"exports" => "exports",
        b"imports" => "imports",
        b"spending" | b"investment" | b"investments" => "spending",
        b"production" | b"output" => "output",
        b"capacity" | b"installations" => "capacity",
        b"orders" => "orders",
        b"bookings" => "bookings",
        b"price" | b"prices" | b"inflation" => "price",
        b"margin" | b"margins" => "margin",
        b"gmv" => "gmv",
        b"market" | b"industry" | b"sector" | b"economy" | b"category" => "market",
        b"asp" | b"wage" | b"wages" | b"salary" | b"salaries" | b"rent" | b"rents" | b"fare"
        | b"fares" | b"tariff" | b"tariffs" | b"yields" | b"share" | b"penetration" | b"arpu" => {
            "intensive"
        }
        _ => return None,
    })
}

/// The measures of [`measure`] in Chinese, Japanese and Korean, matched as
/// written at a character: the words a subject or a clause names what its
/// figures or rate measure with. Words for a share of a whole or an amount
/// per head (人均, 一人当たり, 1인당: 인당) are `"intensive"`, prices and margins
/// are `"price"` and `"margin"`, and the words for a whole market or
/// industry are `"market"`, as in English ([`word_kind`]).
///
/// | kind | words |
/// |---|---|
/// | market | 市场, 市場, 시장, 产业, 産業, 行业, 산업 |
/// | price, margin | 价格, 価格, 가격, 单价, 単価, 단가; 毛利率, 利润率 |
/// | intensive | 人均, 一人当たり, 인당, 占比, 比重, 份额, シェア, 점유율, 渗透率, 普及率 |
/// | revenue | 营业收入, 营收, 收入, 销售额, 营业额, 売上高, 売上, 収益, 매출(액) |
/// | profit | 利润, 净利润, 営業利益, 純利益, 이익, 영업이익, 순이익 |
/// | units | 销量, 出货量, 出荷台数, 販売台数, 출하량, 판매량 |
/// | users | 用户, 会员, 人数, 游客, 旅客, 乘客, 客数, 利用者, 会員, 契約者, 加入者, 가입자, 이용자, 회원, 승객, 관객, 방문객, 관광객 |
/// | spending | 消费额, 消費額, 消费支出, 支出, 지출, 소비액 |
/// | exports, imports | 出口, 进口, 輸出, 輸入, 수출 |
/// | output | 产量, 生産量, 생산량 |
pub(crate) const CJK_MEASURES: &[(&str, &str)] = &[
    ("市场", "market"),
    ("市場", "market"),
    ("시장", "market"),
    ("产业", "market"),
    ("產業", "market"),
    ("産業", "market"),
    ("行业", "market"),
    ("行業", "market"),
    ("산업", "market"),
    ("价格", "price"),
    ("價格", "price"),
    ("価格", "price"),
    ("가격", "price"),
    ("单价", "price"),
    ("單價", "price"),
    ("単価", "price"),
    ("단가", "price"),
    ("毛利率", "margin"),
    ("利润率", "margin"),
    ("利潤率", "margin"),
    ("人均", "intensive"),
    ("一人当たり", "intensive"),
    ("인당", "intensive"),
    ("占比", "intensive"),
    ("比重", "intensive"),
    ("份额", "intensive"),
    ("份額", "intensive"),
    ("シェア", "intensive"),
    ("점유율", "intensive"),
    ("渗透率", "intensive"),
    ("滲透率", "intensive"),
    ("普及率", "intensive"),
    ("营业收入", "revenue"),
    ("營業收入", "revenue"),
    ("营收", "revenue"),
    ("營收", "revenue"),
    ("收入", "revenue"),
    ("销售额", "revenue"),
    ("銷售額", "revenue"),
    ("营业额", "revenue"),
    ("売上高", "revenue"),
    ("売上", "revenue"),
    ("売り上げ", "revenue"),
    ("収益", "revenue"),
    ("매출", "revenue"),
    ("净利润", "profit"),
    ("利润", "profit"),
    ("利潤", "profit"),
    ("営業利益", "profit"),
    ("純利益", "profit"),
    ("영업이익", "profit"),
    ("순이익", "profit"),
    ("销量", "units"),
    ("銷量", "units"),
    ("出货量", "units"),
    ("出貨量", "units"),
    ("出荷台数", "units"),
    ("販売台数", "units"),
    ("출하량", "units"),
    ("消费额", "spending"),
    ("消費額", "spending"),
    ("消费支出", "spending"),
    ("支出", "spending"),
    ("지출", "spending"),
    ("소비액", "spending"),
    ("판매량", "units"),
    ("用户", "users"),
    ("用戶", "users"),
    ("会员", "users"),
    ("會員", "users"),
    ("人数", "users"),
    ("人數", "users"),
    ("游客", "users"),
    ("旅客", "users"),
    ("乘客", "users"),
    ("客数", "users"),
    ("방문객", "users"),
    ("관광객", "users"),
    ("利用者", "users"),
    ("会員", "users"),
    ("契約者", "users"),
    ("加入者", "users"),
    ("가입자", "users"),
    ("이용자", "users"),
    ("회원", "users"),
    ("승객", "users"),
    ("관객", "users"),
    ("出口", "exports"),
    ("輸出", "exports"),
    ("수출", "exports"),
    ("进口", "imports"),
    ("輸入", "imports"),
    ("产量", "output"),
    ("產量", "output"),
    ("生産量", "output"),
    ("생산량", "output"),
];

/// The [`CJK_MEASURES`] word `s` starts with, its kind and its length in
/// bytes: the longest where two match.
///
/// The words are found by their first character (one lookup in a table
/// built once), so a sentence's every character can be asked cheaply.
pub(crate) fn cjk_measure(s: &str) -> Option<(&'static str, usize)> {
    type ByFirst = std::collections::HashMap<char, Vec<(&'static str, &'static str)>>;
    static BY_FIRST: std::sync::OnceLock<ByFirst> = std::sync::OnceLock::new();
    let table = BY_FIRST.get_or_init(|| {
        let mut table = ByFirst::new();
        for &(w, kind) in CJK_MEASURES {
            if let Some(c) = w.chars().next() {
                table.entry(c).or_default().push((w, kind));
            }
        }
        table
    });
    table
        .get(&s.chars().next()?)?
        .iter()
        .filter(|(w, _)| s.starts_with(w))
        .max_by_key(|(w, _)| w.len())
        .map(|&(w, kind)| (kind, w.len()))
}

/// Whether a kind of [`measure`] is never the size of a series (a price or
/// a margin): a rate of it applies to no figures of a sentence that does not
/// name it too.
pub(crate) fn intensive(kind: &str) -> bool {
    matches!(kind, "price" | "margin")
}

/// Every currency with the spellings read on input besides its ISO code
/// ([`Currency::code`]): names, symbols, and the words of Chinese, Japanese
/// and Korean reports.
pub(crate) const CURRENCIES: &[(Currency, &[&str])] = &[
    (
        Currency::USD,
        &[
            "$",
            "us$",
            "us $",
            "dollar",
            "dollars",
            "us dollar",
            "us dollars",
            "u.s. dollars",
            "美元",
            "美金",
            "米ドル",
            "ドル",
            "달러",
        ],
    ),
    (
        Currency::EUR,
        &["€", "euro", "euros", "欧元", "歐元", "ユーロ", "유로"],
    ),
    (
        Currency::GBP,
        &[
            "£",
            "pound",
            "pounds",
            "sterling",
            "pounds sterling",
            "英镑",
            "英鎊",
            "ポンド",
            "파운드",
        ],
    ),
    (
        Currency::CNY,
        &[
            "¥",
            "￥",
            "cn¥",
            "rmb",
            "yuan",
            "renminbi",
            "元",
            "人民币",
            "人民幣",
            "위안",
        ],
    ),
    (Currency::JPY, &["jp¥", "yen", "円", "日元", "日圓", "엔"]),
    (
        Currency::INR,
        &["₹", "rs", "rs.", "rupee", "rupees", "卢比"],
    ),
    (Currency::KRW, &["₩", "won", "원", "韩元", "韓元", "ウォン"]),
    (Currency::AUD, &["a$", "au$", "australian dollars"]),
    (Currency::CAD, &["c$", "ca$", "canadian dollars"]),
    (Currency::CHF, &["swiss francs"]),
    (Currency::HKD, &["hk$", "hong kong dollars", "港元", "港币"]),
    (Currency::SGD, &["s$", "singapore dollars"]),
    (Currency::BRL, &["r$", "reais"]),
];

/// The currency a code, name or symbol names (any ASCII case).
pub(crate) fn currency(word: &str) -> Option<Currency> {
    // Every spelling, lower case, sorted, with where the spellings of each
    // first byte start: the extractor asks of most words after a number,
    // and most of those ("in", "million", "to") are ruled out by their
    // first byte; the others are compared with the few spellings sharing
    // it.
    struct Spellings {
        sorted: Vec<(String, Currency)>,
        /// `sorted[starts[b]..starts[b + 1]]` start with byte `b`.
        starts: [usize; 257],
    }
    static SPELLINGS: std::sync::OnceLock<Spellings> = std::sync::OnceLock::new();
    let spellings = SPELLINGS.get_or_init(|| {
        let mut sorted: Vec<(String, Currency)> = CURRENCIES
            .iter()
            .flat_map(|&(c, names)| {
                core::iter::once(c.code())
                    .chain(names.iter().copied())
                    .map(move |n| (n.to_ascii_lowercase(), c))
            })
            .collect();
        sorted.sort();
        sorted.dedup_by(|a, b| a.0 == b.0);
        // No spelling is empty.
        let starts = core::array::from_fn(|b| {
            sorted.partition_point(|(n, _)| usize::from(n.as_bytes()[0]) < b)
        });
        Spellings { sorted, starts }
    });
    let first = usize::from(word.as_bytes().first()?.to_ascii_lowercase());
    let same_first = &spellings.sorted[spellings.starts[first]..spellings.starts[first + 1]];
    if same_first.is_empty() {
        return None;
    }
    let mut buf = [0u8; 32];
    let key = buf.get_mut(..word.len())?;
    key.copy_from_slice(word.as_bytes());
    key.make_ascii_lowercase();
    let key: &[u8] = key;
    same_first
        .iter()
        .find(|(n, _)| n.as_bytes() == key)
        .map(|&(_, c)| c)
}

// Reading a currency is reading this vocabulary, so its parsers live here,
// beside the table (the type itself, in `currency.rs`, imports nothing).

impl FromStr for Currency {
    type Err = Error;

    /// Reads an ISO code, name or symbol.
    ///
    /// # Errors
    ///
    /// [`Error::UnknownCurrency`] for anything else.
    fn from_str(s: &str) -> Result<Currency> {
        let key = s.trim();
        currency(key).ok_or_else(|| Error::UnknownCurrency {
            name: key.chars().take(64).collect(),
        })
    }
}

impl TryFrom<&str> for Currency {
    type Error = Error;

    fn try_from(s: &str) -> Result<Currency> {
        s.parse()
    }
}

impl TryFrom<String> for Currency {
    type Error = Error;

    fn try_from(s: String) -> Result<Currency> {
        s.parse()
    }
}

impl FromStr for Qualifier {
    type Err = Error;

    /// Reads a hedge word or one of its other spellings, in any case.
    ///
    /// # Errors
    ///
    /// [`Error::Parse`] for any other word.
    fn from_str(s: &str) -> Result<Qualifier> {
        let key = s.trim();
        spellings()
            .find(|(word, _)| word.eq_ignore_ascii_case(key))
            .map(|(_, q)| q)
            .ok_or_else(|| {
                Error::parse(
                    "a qualifier",
                    s,
                    "expected a word like nearly, over or about",
                )
            })
    }
}

impl TryFrom<&str> for Qualifier {
    type Error = Error;

    fn try_from(s: &str) -> Result<Qualifier> {
        s.parse()
    }
}

impl TryFrom<String> for Qualifier {
    type Error = Error;

    fn try_from(s: String) -> Result<Qualifier> {
        s.parse()
    }
}

/// Every spelling read as a qualifier, longest first so that "just about"
/// wins over "about".
pub(crate) fn spellings() -> impl Iterator<Item = (&'static str, Qualifier)> {
    static SORTED: std::sync::OnceLock<Vec<(&'static str, Qualifier)>> = std::sync::OnceLock::new();
    SORTED
        .get_or_init(|| {
            let mut all: Vec<_> = Qualifier::all()
                .map(|q| (q.word(), q))
                .chain(HEDGE_ALIASES.iter().copied())
                .collect();
            all.sort_by_key(|(w, _)| core::cmp::Reverse(w.len()));
            all
        })
        .iter()
        .copied()
}

/// Currency names written in Chinese, Japanese or Korean, longest first
/// (so `人民币` wins over `元` and `米ドル` over `ドル`), for reading them
/// where they touch the number or its scale.
pub(crate) fn cjk_currency(s: &str) -> Option<(Currency, usize)> {
    static SORTED: std::sync::OnceLock<Vec<(&'static str, Currency)>> = std::sync::OnceLock::new();
    let sorted = SORTED.get_or_init(|| {
        let mut all: Vec<(&'static str, Currency)> = CURRENCIES
            .iter()
            .flat_map(|&(c, names)| names.iter().map(move |n| (*n, c)))
            .filter(|(n, _)| !n.is_ascii() && n.chars().count() > 0 && is_cjk_word(n))
            .collect();
        all.sort_by_key(|(n, _)| core::cmp::Reverse(n.len()));
        all
    });
    sorted
        .iter()
        .find(|(n, _)| s.starts_with(n))
        .map(|&(n, c)| (c, n.len()))
}

/// Whether every character of a word is Chinese, Japanese or Korean.
fn is_cjk_word(w: &str) -> bool {
    w.chars().all(is_cjk)
}

/// Whether a character is a Chinese character, kana or hangul: the
/// scripts in which words are not set apart by spaces (or, in Korean, carry
/// their particles), so the extractor reads them one character at a time.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{11FF}'
        | '\u{3040}'..='\u{30FF}'
        | '\u{3130}'..='\u{318F}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7AF}'
        | '\u{F900}'..='\u{FAFF}')
}

/// Other English spellings of the hedge words (the words themselves are the
/// table of [`Qualifier`]), read by [`Qualifier`]'s `FromStr` and by the
/// extractor.
pub(crate) const HEDGE_ALIASES: &[(&str, Qualifier)] = &[
    ("~", Qualifier::About),
    ("just about", Qualifier::About),
    ("estimated", Qualifier::Estimated),
    ("exceed", Qualifier::Exceeding),
    ("exceeds", Qualifier::Exceeding),
    ("exceeded", Qualifier::Exceeding),
    ("surpass", Qualifier::Surpassing),
    ("surpassed", Qualifier::Surpassing),
    ("break", Qualifier::Surpassing),
    ("breaking", Qualifier::Surpassing),
    ("upwards of", Qualifier::Over),
    ("in excess of", Qualifier::Over),
    ("well over", Qualifier::Over),
    ("well above", Qualifier::Over),
    ("just over", Qualifier::Over),
    ("just above", Qualifier::Above),
    ("slightly over", Qualifier::Over),
    ("slightly above", Qualifier::Above),
    ("a little over", Qualifier::Over),
    ("just below", Qualifier::JustUnder),
    ("slightly under", Qualifier::JustUnder),
    ("slightly below", Qualifier::JustUnder),
    ("a little under", Qualifier::JustUnder),
    ("nearly reaching", Qualifier::Nearly),
    ("approach", Qualifier::Approaching),
    ("approaches", Qualifier::Approaching),
    ("approx.", Qualifier::Approximately),
    ("approx", Qualifier::Approximately),
    ("circa", Qualifier::About),
    ("north of", Qualifier::Over),
    ("a minimum of", Qualifier::AtLeast),
    ("top", Qualifier::Exceeding),
    ("tops", Qualifier::Exceeding),
    ("topped", Qualifier::Exceeding),
    ("topping", Qualifier::Exceeding),
    ("cross", Qualifier::Surpassing),
    ("crosses", Qualifier::Surpassing),
    ("crossed", Qualifier::Surpassing),
    ("crossing", Qualifier::Surpassing),
    ("as much as", Qualifier::UpTo),
    ("as high as", Qualifier::UpTo),
];

/// English hedges printed after an amount ("$5 billion or more", "$5bn+",
/// "$5 billion-plus", "$5 billion or so"), as the words after it.
pub(crate) const HEDGES_AFTER: &[(&[&str], Qualifier)] = &[
    (&["or", "more"], Qualifier::AtLeast),
    (&["or", "above"], Qualifier::AtLeast),
    (&["or", "higher"], Qualifier::AtLeast),
    (&["or", "greater"], Qualifier::AtLeast),
    (&["and", "above"], Qualifier::AtLeast),
    (&["or", "so"], Qualifier::About),
    (&["plus"], Qualifier::Over),
];

/// Hedge words printed before a number in Chinese, Japanese and Korean,
/// longest first.
pub(crate) const CJK_HEDGES_BEFORE: &[(&str, Qualifier)] = &[
    ("将近", Qualifier::Nearly),
    ("將近", Qualifier::Nearly),
    ("接近", Qualifier::CloseTo),
    ("大约", Qualifier::About),
    ("大約", Qualifier::About),
    ("约为", Qualifier::About),
    ("超过", Qualifier::Over),
    ("超過", Qualifier::Over),
    ("突破", Qualifier::Surpassing),
    ("近", Qualifier::Nearly),
    ("约", Qualifier::About),
    ("約", Qualifier::About),
    ("逾", Qualifier::Over),
    ("超", Qualifier::Over),
    ("약", Qualifier::About),
];

/// Hedge words printed after an amount (after its unit) in Chinese,
/// Japanese and Korean, longest first.
pub(crate) const CJK_HEDGES_AFTER: &[(&str, Qualifier)] = &[
    ("가까이", Qualifier::Nearly),
    ("左右", Qualifier::Around),
    ("以上", Qualifier::Over),
    ("程度", Qualifier::About),
    ("수준", Qualifier::About),
    ("이상", Qualifier::Over),
    ("육박", Qualifier::Approaching),
    ("넘는", Qualifier::Over),
    ("넘어", Qualifier::Over),
    ("넘을", Qualifier::Over),
    ("넘었", Qualifier::Over),
    ("넘긴", Qualifier::Over),
    ("웃돌", Qualifier::Over),
    ("돌파", Qualifier::Surpassing),
    ("超え", Qualifier::Over),
    ("超す", Qualifier::Over),
    ("上回", Qualifier::Over),
    ("突破", Qualifier::Surpassing),
    ("前後", Qualifier::About),
    ("強", Qualifier::Over),
    ("弱", Qualifier::Nearly),
];

/// Physical units after a number, with the name they are compared under
/// (amounts in different units are never paired).
pub(crate) const PHYSICAL_UNITS: &[(&str, &str)] = &[
    ("sqft", "sq ft"),
    ("sqm", "sq m"),
    ("tonnes", "tonnes"),
    ("tonne", "tonnes"),
    ("tons", "tonnes"),
    ("ton", "tonnes"),
    ("mt", "tonnes"),
    ("kt", "kt"),
    ("kilotonnes", "kt"),
    ("bcm", "bcm"),
    ("gw", "GW"),
    ("gigawatts", "GW"),
    ("gigawatt", "GW"),
    ("吉瓦", "GW"),
    ("기가와트", "GW"),
    ("ギガワット", "GW"),
    ("mw", "MW"),
    ("megawatts", "MW"),
    ("兆瓦", "MW"),
    ("메가와트", "MW"),
    ("メガワット", "MW"),
    ("mwh", "MWh"),
    ("gwh", "GWh"),
    ("吉瓦时", "GWh"),
    ("기가와트시", "GWh"),
    ("twh", "TWh"),
    ("太瓦时", "TWh"),
    ("gb", "GB"),
    ("barrels", "barrels"),
    ("teu", "TEU"),
    ("teus", "TEU"),
    ("km", "km"),
    ("kilometres", "km"),
    ("kilometers", "km"),
    ("公里", "km"),
    ("千米", "km"),
    ("キロメートル", "km"),
    ("킬로미터", "km"),
    ("吨", "tonnes"),
    ("噸", "tonnes"),
    ("トン", "tonnes"),
    ("톤", "tonnes"),
    ("kw", "kW"),
    ("千瓦", "kW"),
    ("kwh", "kWh"),
    ("千瓦时", "kWh"),
    ("千瓦時", "kWh"),
    ("桶", "barrels"),
    ("hectares", "hectares"),
    ("hectare", "hectares"),
    ("ha", "hectares"),
    ("公顷", "hectares"),
    ("acres", "acres"),
    ("cbm", "m³"),
    ("litres", "litres"),
    ("liters", "litres"),
    ("gallons", "gallons"),
];

/// Physical units with a metric prefix, the unit without it and the
/// prefix's power of ten: the extractor reads "850 MW" as 850 million W,
/// so that it pairs with "2.1 GW", and "95 kt" as 95 thousand tonnes.
pub(crate) const PREFIXED_UNITS: &[(&str, &str, i32)] = &[
    ("kt", "tonnes", 3),
    ("kW", "W", 3),
    ("MW", "W", 6),
    ("GW", "W", 9),
    ("kWh", "Wh", 3),
    ("MWh", "Wh", 6),
    ("GWh", "Wh", 9),
    ("TWh", "Wh", 12),
];

/// Whether `word` (any case) names what an amount in the physical `unit`
/// measures: "area" or "acreage" for hectares, acres and square units;
/// "capacity" for watts (and watt-hours); "volume" or "volumes" for any.
pub(crate) fn names_dimension(unit: &str, word: &str) -> bool {
    let is = |w: &str| word.eq_ignore_ascii_case(w);
    let area = matches!(unit, "hectares" | "acres" | "sq ft" | "sq m" | "sq km");
    let power = matches!(unit, "W" | "Wh");
    (area && (is("area") || is("acreage")))
        || (power && is("capacity"))
        || is("volume")
        || is("volumes")
}

/// Units of area or volume written as two words (after an optional full
/// stop after the first: "sq. ft"): the first word, the second, and the
/// unit.
pub(crate) const TWO_WORD_UNITS: &[(&str, &str, &str)] = &[
    ("sq", "ft", "sq ft"),
    ("sq", "feet", "sq ft"),
    ("square", "feet", "sq ft"),
    ("square", "foot", "sq ft"),
    ("sq", "m", "sq m"),
    ("square", "metres", "sq m"),
    ("square", "meters", "sq m"),
    ("square", "kilometres", "sq km"),
    ("square", "kilometers", "sq km"),
    ("sq", "km", "sq km"),
    ("cubic", "metres", "m³"),
    ("cubic", "meters", "m³"),
    ("cubic", "feet", "cu ft"),
];

/// Nouns that make a number a count: "15.2 million units", "1,919 electric
/// buses". Counts compare with counts (the noun may change within a
/// passage: "buses" then "units").
pub(crate) const COUNT_NOUNS: &[&str] = &[
    "units",
    "unit",
    "vehicles",
    "cars",
    "buses",
    "bikes",
    "scooters",
    "users",
    "subscribers",
    "subscriptions",
    "subs",
    "customers",
    "people",
    "persons",
    "households",
    "devices",
    "shipments",
    "homes",
    "connections",
    "visitors",
    "tourists",
    "passengers",
    "riders",
    "patients",
    "employees",
    "jobs",
    "robots",
    "installations",
    "chargers",
    "smartphones",
    "phones",
    "pcs",
    "copies",
    "listings",
    "chargepoints",
    "members",
    "accounts",
    "stores",
    "outlets",
    "beds",
    "rooms",
    "students",
    "inhabitants",
    "residents",
    "arrivals",
    "seats",
    "flights",
    "aircraft",
    "viewers",
    "players",
    "buyers",
    "shoppers",
    "stations",
    "taxis",
    "trucks",
    "vans",
    "drones",
    "terminals",
    "hospitals",
    "clinics",
    "restaurants",
    "hotels",
    "apartments",
    "branches",
];

/// Words of forecast that may stand between a figure and its year ("$9bn
/// expected by 2030", "120,000 are expected by 2030").
pub(crate) const FORECAST_PARTICIPLES: [&str; 6] = [
    "projected",
    "expected",
    "forecast",
    "estimated",
    "anticipated",
    "predicted",
];

/// Chinese, Japanese and Korean counters after a number: vehicles, units,
/// people, cases, aircraft, ships, sites, firms.
pub(crate) const CJK_COUNTERS: &[&str] = &[
    "辆", "輛", "台", "人", "件", "只", "部", "户", "戶", "个", "個", "名", "대", "명", "건", "개",
    // Aircraft and drones, ships, sites, firms, sets: 架, 機, 艘, 隻, 座, 基,
    // 家, 社, 套, 곳.
    "架", "機", "艘", "隻", "座", "基", "家", "社", "套", "곳",
    // Stores and branches: 店 (7,400店); stations, plants, reactors in
    // Korean: 기 (180기; not 기가와트, a unit read first).
    "店", "기",
];

/// Words before or after a rate that make it a compound annual growth rate,
/// read by the extractor: each entry is a phrase of whole words.
pub(crate) const CAGR_WORDS: &[&str] = &[
    "cagr",
    "cagrs",
    "compound annual",
    "compounded annual",
    "compound average",
    "compound aggregate",
    "compound growth",
    "compound rate",
    "compounded growth",
    "compounded annually",
    "compounded yearly",
    "compounded basis",
    "combined annual",
    "cumulative annual",
    "annual composite",
    "annualized",
    "annualised",
    "annually",
    "per annum",
    "p.a",
    "annual growth",
    "annual decline",
    "annual decrease",
    "annual contraction",
    "annual rate",
    "annual real",
    "annual average",
    "average annual",
    "average growth",
    "average yearly",
    "average rate",
    "croissance annuelle",
    "croissance annuel",
    "annuel moyen",
    "annuelle moyenne",
    // German: "jährlich" (annually), and "jährliche(n) Wachstumsrate",
    // "jährliches Wachstum".
    "jährlich",
    "jährliche wachstumsrate",
    "jährlichen wachstumsrate",
    "jährliches wachstum",
    "jährlichen wachstum",
    "jährlichen wachstums",
];

/// The same, in Chinese, Japanese and Korean (matched as written).
pub(crate) const CJK_CAGR_WORDS: &[&str] = &[
    "复合年均增长率",
    "复合年增长率",
    "年均复合增长率",
    "年复合增长率",
    "复合增长率",
    "复合增速",
    "年复合增速",
    "年均复合增速",
    "年均增速",
    "年均增长率",
    "年均增长",
    "年均",
    "年平均增长率",
    "年平均增速",
    "複合年均增長率",
    "複合年增長率",
    "年均複合增長率",
    "年複合增長率",
    "年均複合成長率",
    "年複合成長率",
    "複合成長率",
    "復合增長率",
    "年復合增長率",
    "年均復合增長率",
    "復合年增長率",
    "復合年均增長率",
    "年均增長",
    "年均增長率",
    "年平均成長率",
    "年間平均成長率",
    "年平均複合成長率",
    "年度平均成長率",
    "年平均",
    "年率",
    "연평균",
    "연 평균",
    "매해",
    "매년",
];

/// Words that make a percentage a year-on-year or one-period change, a
/// cumulative change or a share, whatever else the sentence says.
pub(crate) const CJK_DISTRACTORS: &[&str] = &[
    "同比",
    "比上年",
    "较上年",
    "較上年",
    "环比",
    "前年比",
    "前年同期比",
    "前年度比",
    "累计",
    "累計",
    "占比",
    "佔比",
    "シェア",
    "점유율",
    "전년 대비",
    "전년대비",
    "전년 동기 대비",
    "个百分点",
    "個百分點",
    "ポイント",
    "%포인트",
    "较2",
    "較2",
    "比2",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word for a whole market the extractor lists is one here too,
    /// in any case; a measure or another word is not.
    #[test]
    fn word_kinds_know_the_market_words() {
        for w in MARKET_WORDS {
            assert_eq!(word_kind(w), Some("market"), "{w}");
            assert_eq!(word_kind(&w.to_uppercase()), Some("market"), "{w}");
            assert_eq!(measure(w), None, "{w}");
        }
        for w in ["ARPU", "wages", "share", "Tariffs"] {
            assert_eq!(word_kind(w), Some("intensive"), "{w}");
            assert_eq!(measure(w), None, "{w}");
        }
        assert_eq!(measure("Revenue"), Some("revenue"));
        for w in ["the", "marketing", "shares", ""] {
            assert_eq!(word_kind(w), None, "{w}");
        }
    }

    /// Every Chinese, Japanese and Korean measure word is read at the start
    /// of a text with its kind, the longer of two that start alike first
    /// (利润率, a margin, not 利润, a profit); other words are not read.
    #[test]
    fn cjk_measures_are_read_longest_first() {
        for &(w, kind) in CJK_MEASURES {
            let longer = CJK_MEASURES
                .iter()
                .any(|(v, _)| v.len() > w.len() && v.starts_with(w));
            if !longer {
                assert_eq!(cjk_measure(&format!("{w}为")), Some((kind, w.len())), "{w}");
            }
        }
        assert_eq!(cjk_measure("利润率为"), Some(("margin", "利润率".len())));
        assert_eq!(cjk_measure("利润为"), Some(("profit", "利润".len())));
        for w in ["", "年均", "规模", "增长", "2030年", "revenue"] {
            assert_eq!(cjk_measure(w), None, "{w}");
        }
        for (i, (w, _)) in CJK_MEASURES.iter().enumerate() {
            assert!(
                CJK_MEASURES[i + 1..].iter().all(|(v, _)| v != w),
                "{w} twice"
            );
        }
    }

    #[test]
    fn every_cjk_scale_and_currency_is_read_at_the_start_of_a_text() {
        for &(w, e) in CJK_SCALES {
            let (found, len) = cjk_scale(&format!("{w}元")).expect(w);
            // A longer scale may start with this one ("万亿" before "万").
            assert!(found >= e || len > w.len(), "{w}");
        }
        for &(c, names) in CURRENCIES {
            for n in names.iter().filter(|n| n.chars().all(is_cjk)) {
                let (found, len) = cjk_currency(n).expect(n);
                assert_eq!((found, len), (c, n.len()), "{n}");
            }
        }
    }

    /// The table lists every currency once, in the order of `Currency::ALL`.
    #[test]
    fn currencies_are_listed_once_in_order() {
        let listed: Vec<Currency> = CURRENCIES.iter().map(|&(c, _)| c).collect();
        assert_eq!(listed, Currency::ALL);
    }

    /// The sorted lookup of currency words agrees with reading the table.
    #[test]
    fn currency_lookup_agrees_with_the_table() {
        for &(c, names) in CURRENCIES {
            for w in core::iter::once(c.code()).chain(names.iter().copied()) {
                assert_eq!(currency(w), Some(c), "{w}");
                assert_eq!(currency(&w.to_ascii_uppercase()), Some(c), "{w}");
            }
        }
        for w in [
            "",
            "dollarz",
            "usd$",
            "billion",
            "a",
            "in",
            "us",
            "rs.",
            "million",
            "元元",
            "0123456789012345678901234567890123",
        ] {
            let plain = CURRENCIES.iter().find(|(c, names)| {
                c.code().eq_ignore_ascii_case(w) || names.iter().any(|n| n.eq_ignore_ascii_case(w))
            });
            assert_eq!(currency(w), plain.map(|p| p.0), "{w}");
        }
    }

    #[test]
    fn scale_words_are_unique() {
        for (i, (w, _, _)) in SCALE_WORDS.iter().enumerate() {
            assert!(
                SCALE_WORDS[i + 1..]
                    .iter()
                    .all(|(v, _, _)| !v.eq_ignore_ascii_case(w)),
                "{w} twice"
            );
        }
    }
}
