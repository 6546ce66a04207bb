//! Word lists of the segmenter: abbreviations by how they behave before the
//! next word, and the words that typically open an English sentence.
//!
//! All look-ups are ASCII case-insensitive unless noted and take the word
//! without its final period (`Mr`, `U.S`, `a.m`).

/// How an abbreviation behaves when it stands before a possible boundary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Abbrev {
    /// Never ends a sentence: `e.g.`, `i.e.`, `vs.`, `approx.`, `cf.`.
    Never,
    /// A title before a name: `Mr.`, `Dr.`, `Sen.`, `Gen.`, `St.`, `Mt.`.
    Title,
    /// Takes a number after it: `No. 5`, `p. 55`, `Vol. II`, `Fig. 3`, `Rs. 100`.
    Number,
    /// A month: `Jan. 12`, `Dec. 31st`.
    Month,
    /// Clock time or era after a number: `6 a.m.`, `44 B.C.`, `79 C.E.`.
    Time,
    /// An academic degree after a name: `Ph.D.`, `M.D.`, `LL.M.`.
    Degree,
    /// Closes an open list and usually its sentence: `etc.` ends before any
    /// capitalised word (`pens, paper, etc. Mary brought food.`).
    ListEnd,
    /// Other abbreviations that rarely end a sentence unless a typical
    /// sentence opener follows: `Inc.`, `Corp.`, `Co.`, `Jr.`, `Univ.`, `U.S.`.
    Other,
}

/// Looks `word` (without its final period) up in the abbreviation lists.
pub(crate) fn abbrev(word: &str) -> Option<Abbrev> {
    // `c. 1420` (circa); a single capital (`C.`, `V.`, `P.`) is an initial or a
    // name's numeral (`Henry V.`), never `v.` (versus) or `p.` (page).
    if word == "c" {
        return Some(Abbrev::Number);
    }
    if word.len() == 1 && word.as_bytes()[0].is_ascii_uppercase() {
        return None;
    }
    // State abbreviations that are words in lower case: `fell ill. Doctors…`,
    // `critical mass. Scientists…` (but `Springfield, Ill.`).
    if matches!(word, "ill" | "mass" | "miss" | "ore" | "ark" | "wash" | "pa") {
        return None;
    }
    let mut buf = [0u8; 12];
    let w = word.as_bytes();
    if w.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(w) {
        *d = s.to_ascii_lowercase();
    }
    let lower = &buf[..w.len()];
    use Abbrev::*;
    let kind = match lower {
        b"e.g" | b"i.e" | b"vs" | b"v" | b"viz" | b"cf" | b"approx" | b"ca" | b"incl" | b"esp" | b"resp" | b"f.e"
        | b"btw" | b"appx" | b"w.r.t" => Never,
        b"mr" | b"mrs" | b"ms" | b"mx" | b"messrs" | b"mmes" | b"dr" | b"prof" | b"sen" | b"sens" | b"rep"
        | b"reps" | b"gov" | b"govs" | b"gen" | b"col" | b"lt" | b"sgt" | b"capt" | b"cpl" | b"pvt" | b"adm"
        | b"cmdr" | b"maj" | b"brig" | b"cmdt" | b"rev" | b"hon" | b"pres" | b"st" | b"ste" | b"mt" | b"ft"
        | b"msgr" | b"fr" | b"supt" | b"insp" | b"det" | b"atty" | b"amb" | b"mme" | b"mlle" | b"rt" | b"dir"
        | b"asst" | b"assoc" | b"supr" | b"pt" => Title,
        b"no" | b"nos" | b"nr" | b"p" | b"pp" | b"vol" | b"vols" | b"ch" | b"chap" | b"sec" | b"sect" | b"fig"
        | b"figs" | b"art" | b"arts" | b"para" | b"paras" | b"rs" | b"op" | b"ed" | b"eds" | b"tel" | b"ext"
        | b"pg" | b"ref" | b"refs" | b"eq" | b"eqs" | b"tab" | b"ser" | b"rev.ed" | b"cl" | b"reg" | b"regs"
        | b"col.no" | b"bk" | b"pl" | b"ph" | b"n" | b"nn" | b"ver" | b"v.no" | b"l" | b"ll" | b"cap" | b"sched"
        | b"apt" | b"rm" | b"bldg" | b"exh" | b"exhs" | b"ann" | b"suppl" => Number,
        b"jan" | b"feb" | b"mar" | b"apr" | b"jun" | b"jul" | b"aug" | b"sep" | b"sept" | b"oct" | b"nov" | b"dec" => {
            Month
        }
        b"etc" => ListEnd,
        b"a.m" | b"p.m" | b"b.c" | b"a.d" | b"b.c.e" | b"c.e" | b"a. m" | b"p. m" => Time,
        b"ph.d" | b"m.d" | b"m.b.a" | b"ll.m" | b"ll.b" | b"ll.d" | b"j.d" | b"d.d.s" | b"b.a" | b"m.a" | b"b.sc"
        | b"m.sc" | b"ed.d" | b"d.phil" | b"m.phil" | b"b.s" | b"m.s" | b"d.v.m" | b"r.n" | b"m.p.h" | b"psy.d"
        | b"pharm.d" | b"d.o" | b"b.ed" | b"m.ed" => Degree,
        b"sr" | b"jr" | b"inc" | b"corp" | b"co" | b"cos" | b"ltd" | b"bros" | b"plc" | b"llc" | b"esq"
        | b"al" | b"dept" | b"univ" | b"govt" | b"assn" | b"natl" | b"intl" | b"ave" | b"blvd" | b"rd" | b"hwy"
        | b"est" | b"misc" | b"min" | b"max" | b"avg" | b"div" | b"mfg" | b"bros.inc" | b"med" | b"dist" | b"cty"
        | b"twp" | b"pk" | b"ft.lbs" | b"gal" | b"mtn" | b"ln" | b"sq" | b"ind" | b"ariz" | b"ark" | b"calif"
        | b"colo" | b"conn" | b"del" | b"fla" | b"ga" | b"ill" | b"kan" | b"kans" | b"ky" | b"la" | b"md" | b"mass"
        | b"mich" | b"minn" | b"miss" | b"mo" | b"mont" | b"neb" | b"nev" | b"okla" | b"ore" | b"pa" | b"tenn"
        | b"tex" | b"va" | b"vt" | b"wash" | b"wis" | b"wyo" | b"alta" | b"ont" | b"que" | b"sask" | b"cal"
        | b"dak" | b"ala" | b"nebr"
        // Lower-case abbreviations that run on into lower-case words (`the temp. was`).
        | b"temp" | b"pop" | b"abbr" | b"adj" | b"adv" | b"alt" | b"orig" | b"pref" | b"prob" | b"repr"
        | b"transl" | b"trans" | b"spp" | b"ssp" | b"subsp" | b"syn" | b"sp" | b"admin" | b"mgmt" | b"mgr"
        | b"exec" | b"secy" | b"treas" | b"rte" | b"elev" | b"qtr" | b"tot" | b"ibid" | b"seq" | b"seqs"
        | b"hosp" | b"attn" | b"encl" | b"contd" | b"pkg" | b"ctr" | b"mtg" | b"yr" | b"yrs" => Other,
        _ => return None,
    };
    Some(kind)
}

/// Units that are abbreviations only after a quantity (`6 in.`, `5 lb.`).
pub(crate) fn is_unit(word: &str) -> bool {
    matches!(
        word,
        "ft" | "in"
            | "lb"
            | "lbs"
            | "oz"
            | "mi"
            | "yd"
            | "yds"
            | "sq"
            | "fl"
            | "hr"
            | "hrs"
            | "min"
            | "mins"
            | "sec"
            | "secs"
            | "mo"
            | "mos"
            | "yr"
            | "yrs"
            | "wk"
            | "wks"
            | "gal"
            | "qt"
            | "pt"
            | "tbsp"
            | "tsp"
            | "doz"
            | "Lb"
            | "Lbs"
            | "Oz"
            | "Ft"
            | "cu"
            | "cc"
            | "deg"
            | "approx"
            | "pct"
            | "pts"
            | "pcs"
            | "mg"
            | "kg"
            | "km"
            | "cm"
            | "mm"
            | "ml"
            | "mil"
            | "bn"
            | "mln"
            | "tn"
    )
}

/// Cardinal numbers in words, in any case (`two`, `Twelve`, `hundred`).
pub(crate) fn is_number_word(word: &str) -> bool {
    let w = word.as_bytes();
    [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
        "twenty", "thirty", "forty", "fifty", "sixty", "hundred", "thousand", "half", "dozen",
    ]
    .iter()
    .any(|s| w.eq_ignore_ascii_case(s.as_bytes()))
}

/// Words that typically open an English sentence; after an ambiguous
/// abbreviation (`U.S.`, `Inc.`, `6 p.m.`) they signal a new sentence.
pub(crate) fn is_starter(word: &str) -> bool {
    // (The pronouns and determiners of [`is_pronoun_opener`], then the other openers.)
    is_pronoun_opener(word)
        || matches!(
            word,
            "A" | "An"
                | "I"
                | "Her"
                | "But"
                | "And"
                | "Or"
                | "So"
                | "Yet"
                | "However"
                | "Meanwhile"
                | "Then"
                | "Now"
                | "In"
                | "On"
                | "At"
                | "After"
                | "Before"
                | "When"
                | "While"
                | "If"
                | "As"
                | "Although"
                | "Though"
                | "Because"
                | "Since"
                | "For"
                | "From"
                | "With"
                | "Without"
                | "By"
                | "To"
                | "What"
                | "Why"
                | "How"
                | "Who"
                | "Where"
                | "Which"
                | "Some"
                | "Many"
                | "Most"
                | "All"
                | "No"
                | "Not"
                | "Also"
                | "Still"
                | "Other"
                | "Others"
                | "One"
                | "Two"
                | "Three"
                | "Millions"
                | "Thousands"
                | "Hundreds"
                | "Dozens"
                | "Several"
                | "Each"
                | "Every"
                | "Both"
                | "Such"
                | "Later"
                | "Earlier"
                | "Last"
                | "Next"
                | "Today"
                | "Yesterday"
                | "Tomorrow"
                | "Being"
                | "Did"
                | "Do"
                | "Does"
                | "Is"
                | "Are"
                | "Was"
                | "Were"
                | "Will"
                | "Would"
                | "Can"
                | "Could"
                | "Should"
                | "More"
                | "Despite"
                | "During"
                | "Under"
                | "Over"
                | "Instead"
                | "Finally"
                | "Only"
                | "Even"
                | "Here"
                | "Let"
                | "Please"
                | "According"
                | "Asked"
                | "Among"
                | "Until"
                | "Once"
                | "Officials"
                | "Police"
                | "Further"
                | "Moreover"
                | "Nevertheless"
                | "Nonetheless"
                | "Thus"
                | "Therefore"
                | "Otherwise"
                | "Indeed"
                | "Overall"
                | "Anyway"
                | "Any"
                | "Everyone"
                | "Nobody"
                | "Nothing"
                | "Everything"
                | "Someone"
                | "Whether"
                | "Additionally"
                | "Furthermore"
                | "Consequently"
                | "Similarly"
                | "Likewise"
                | "Specifically"
                | "Notably"
                | "Currently"
                | "Recently"
                | "Previously"
                | "Initially"
                | "Eventually"
                | "Ultimately"
                | "Perhaps"
                | "Unlike"
        )
}

/// Pronouns and determiners that open a sentence and are no one's surname:
/// after a single capital (`Plan B. That is…`) they start a new sentence.
pub(crate) fn is_pronoun_opener(word: &str) -> bool {
    matches!(
        word,
        "The"
            | "He"
            | "She"
            | "It"
            | "They"
            | "We"
            | "You"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "There"
            | "Their"
            | "His"
            | "Its"
            | "Our"
            | "My"
            | "Your"
    )
}

/// Words that cannot end a sentence: articles, possessives, conjunctions
/// and prepositions that are not also particles (`the`, `of`, `and`,
/// `from`). A line that ends in one is wrapped.
pub(crate) fn is_dangling_word(word: &str) -> bool {
    matches!(
        word,
        "the"
            | "a"
            | "an"
            | "of"
            | "and"
            | "or"
            | "nor"
            | "but"
            | "to"
            | "from"
            | "into"
            | "onto"
            | "upon"
            | "with"
            | "at"
            | "for"
            | "than"
            | "between"
            | "among"
            | "their"
            | "his"
            | "its"
            | "our"
            | "my"
            | "your"
            | "whose"
    )
}

/// Prepositions that open a fronted time phrase (`At 6 a.m. Mr. Smith arrived.`).
pub(crate) fn is_time_preposition(word: &str) -> bool {
    let w = word.as_bytes();
    let eq = |s: &str| w.eq_ignore_ascii_case(s.as_bytes());
    ["at", "on", "in", "by", "around", "about", "before", "after", "until", "till", "from", "since", "during", "circa"]
        .iter()
        .any(|s| eq(s))
}

/// Verbs that follow a speaker after a quotation (`“Why?” Hollis asked.`).
pub(crate) fn is_speech_verb(word: &str) -> bool {
    matches!(
        word,
        "said"
            | "says"
            | "asked"
            | "asks"
            | "added"
            | "adds"
            | "wrote"
            | "writes"
            | "told"
            | "tells"
            | "replied"
            | "shouted"
            | "cried"
            | "exclaimed"
            | "continued"
            | "noted"
            | "explained"
            | "insisted"
            | "recalled"
            | "warned"
            | "argued"
            | "acknowledged"
            | "conceded"
            | "declared"
            | "remarked"
            | "tweeted"
            | "posted"
            | "answered"
            | "responded"
            | "whispered"
            | "laughed"
            | "agreed"
            | "admitted"
            | "claimed"
            | "stated"
            | "announced"
            | "yelled"
            | "thought"
            | "wondered"
            | "joked"
            | "urged"
            | "pleaded"
            | "screamed"
            | "muttered"
            | "sighed"
            | "demanded"
            | "quipped"
    )
}

/// Common top-level domains, in any case: a capitalised one glued after a
/// period is a domain name (`Amazon.Com`), not a sentence typed without its
/// space.
pub(crate) fn is_domain_suffix(word: &str) -> bool {
    let w = word.as_bytes();
    [
        "com", "org", "net", "gov", "edu", "int", "mil", "info", "biz", "io", "co", "uk", "us", "eu", "ca", "au", "de",
        "tv", "news",
    ]
    .iter()
    .any(|s| w.eq_ignore_ascii_case(s.as_bytes()))
}
