//! Speaker noun phrases: finding them left or right of a cue, and splitting
//! titles and roles off names.

#![allow(clippy::if_same_then_else)]

use claims_model::{SourceKind, Span};

use super::tok::Tok;
use crate::lexicon;

/// Personal pronouns that can be speakers.
pub const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you"];

/// Words that open a noun phrase and belong to it.
const DETERMINERS_LIST: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "one", "some", "many", "several", "other", "another", "its",
    "his", "her", "their", "our", "my", "your", "most", "all", "both", "each", "every", "few", "two", "three", "four",
    "five", "six", "seven", "eight", "nine", "ten", "no", "any", "more", "such",
];
/// [`DETERMINERS_LIST`], for fast lookups.
static DETERMINERS: crate::clause::WordList = crate::clause::WordList::new(DETERMINERS_LIST);

/// Auxiliaries and adverbs that may stand between a speaker and the cue.
const BETWEEN_LIST: &[&str] = &[
    "has",
    "have",
    "had",
    "is",
    "are",
    "was",
    "were",
    "will",
    "would",
    "also",
    "later",
    "previously",
    "then",
    "further",
    "repeatedly",
    "again",
    "did",
    "does",
    "do",
    "had",
    "already",
    "once",
    "now",
    "still",
    "even",
    "often",
    "recently",
    "publicly",
    "privately",
    "reportedly",
    "allegedly",
    "has",
    "been",
    "be",
    "being",
    "can",
    "could",
    "may",
    "might",
    "should",
    "must",
    "shall",
    "just",
    "first",
    "initially",
    "subsequently",
    "yesterday",
    "today",
    "too",
    "strongly",
    "firmly",
    "earlier",
    "last",
    "openly",
    "explicitly",
    "clearly",
    "simply",
    "flatly",
    "emphatically",
    "categorically",
    "quickly",
    "long",
    "always",
    "since",
];
/// [`BETWEEN_LIST`], for fast lookups.
static BETWEEN: crate::clause::WordList = crate::clause::WordList::new(BETWEEN_LIST);

/// Words that end a noun phrase scanned right to left (they are not part of it).
const NP_STOP_LIST: &[&str] = &[
    "and",
    "or",
    "but",
    "while",
    "as",
    "when",
    "because",
    "although",
    "though",
    "if",
    "since",
    "after",
    "before",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "where",
    "so",
    "than",
    "in",
    "on",
    "at",
    "to",
    "from",
    "with",
    "by",
    "for",
    "about",
    "into",
    "over",
    "under",
    "between",
    "through",
    "during",
    "against",
    "without",
    "within",
    "upon",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "not",
    "also",
    "said",
    "says",
    "say",
    "told",
    "tell",
    "yet",
    "how",
    "what",
    "why",
    "then",
    "there",
    "here",
    "of",
    "not",
    "n't",
    "we",
    "you",
    "until",
    "unless",
    "despite",
    "amid",
    "among",
    "however",
    "meanwhile",
    "instead",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "should",
    "must",
];
/// [`NP_STOP_LIST`], for fast lookups.
static NP_STOP: crate::clause::WordList = crate::clause::WordList::new(NP_STOP_LIST);

/// Titles and roles that precede a name and are not part of it.
pub const TITLES: &[&str] = &[
    "president",
    "prime",
    "minister",
    "secretary",
    "senator",
    "sen",
    "rep",
    "representative",
    "governor",
    "gov",
    "mayor",
    "ambassador",
    "professor",
    "prof",
    "dr",
    "mr",
    "mrs",
    "ms",
    "miss",
    "general",
    "gen",
    "colonel",
    "col",
    "captain",
    "capt",
    "lieutenant",
    "sergeant",
    "sgt",
    "chief",
    "judge",
    "justice",
    "chancellor",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "rev",
    "reverend",
    "father",
    "bishop",
    "archbishop",
    "cardinal",
    "sheikh",
    "emir",
    "sultan",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "ceo",
    "cfo",
    "coo",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "commissioner",
    "inspector",
    "detective",
    "officer",
    "deputy",
    "vice",
    "foreign",
    "defense",
    "defence",
    "interior",
    "finance",
    "health",
    "leader",
    "speaker",
    "coach",
    "administrator",
    "attorney",
    "councillor",
    "cllr",
    "councilor",
    "alderman",
    "councilman",
    "councilwoman",
    "congressman",
    "congresswoman",
    "assemblyman",
    "assemblywoman",
    "assemblymember",
    "challenger",
    "incumbent",
    "senior",
    "researcher",
    "emeritus",
    "sir",
    "lord",
    "lady",
    "dame",
    "premier",
    "executive",
    "head",
    "superintendent",
    "sheriff",
    "auditor",
    "comptroller",
    "treasurer",
    "coroner",
    "ombudsman",
    "marshal",
    "admiral",
    "commander",
    "major",
    "brigadier",
    "field",
    "state",
    "supreme",
    "opposition",
    "former",
    "longtime",
    "veteran",
    "acting",
    "interim",
    "counterpart",
    "envoy",
    "diplomat",
    "official",
    "analyst",
    "economist",
    "scientist",
    "expert",
    "lawyer",
    "editor",
    "reporter",
    "correspondent",
    "author",
    "founder",
    "co-founder",
    "manager",
    "president-elect",
    "secretary-general",
    "foreign-minister",
    "spokesmen",
    "host",
    "player",
    "striker",
    "midfielder",
    "goalkeeper",
    "defender",
    "coach",
    "manager",
    "instructor",
    "teacher",
    "student",
    "curator",
    "priest",
    "imam",
    "rabbi",
    "dean",
    "provost",
    "chancellor",
    "nurse",
    "doctor",
    "nominee",
    "candidate",
    "moderator",
    "anchor",
    "pollster",
    "strategist",
    "consultant",
    "adviser",
    "advisor",
    "aide",
    "lawmaker",
    "legislator",
    "commentator",
    "columnist",
    "prosecutor",
    "scholar",
    "historian",
    "operative",
    "surrogate",
    "whip",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "prof.",
    "sen.",
    "rep.",
    "gov.",
    "gen.",
    "col.",
    "capt.",
    "sgt.",
    "rev.",
    "vice-president",
    "lt",
    "lt.",
    "cpl",
    "pvt",
    "adm",
    "premier",
    "crown",
    "first",
    "lady",
    "u.s",
    "us",
    "uk",
    "u.k",
    "eu",
    "un",
    "nato",
    "white",
    "house",
    "chief",
    "executive",
    "officer",
];

/// Words of organisation names.
const ORG_WORDS_LIST: &[&str] = &[
    "ministry",
    "department",
    "council",
    "organisation",
    "organization",
    "association",
    "agency",
    "company",
    "corp",
    "corporation",
    "inc",
    "ltd",
    "llc",
    "plc",
    "party",
    "office",
    "church",
    "university",
    "institute",
    "commission",
    "committee",
    "court",
    "police",
    "army",
    "navy",
    "force",
    "forces",
    "government",
    "bank",
    "fund",
    "union",
    "news",
    "times",
    "post",
    "herald",
    "journal",
    "kremlin",
    "service",
    "authority",
    "group",
    "foundation",
    "center",
    "centre",
    "board",
    "bureau",
    "federation",
    "league",
    "network",
    "society",
    "coalition",
    "alliance",
    "campaign",
    "exchange",
    "trust",
    "institution",
    "programme",
    "program",
    "club",
    "college",
    "school",
    "district",
    "administration",
    "parliament",
    "congress",
    "senate",
    "assembly",
    "cabinet",
    "pentagon",
    "agency",
    "press",
    "tribune",
    "telegraph",
    "guardian",
    "gazette",
    "independent",
    "reuters",
    "afp",
    "bbc",
    "cnn",
    "nasa",
    "who",
    "microsoft",
    "google",
    "apple",
    "facebook",
    "twitter",
    "hospital",
    "clinic",
    "museum",
    "airlines",
    "airways",
    "motors",
    "industries",
    "holdings",
    "partners",
    "media",
    "radio",
    "television",
    "tv",
    "magazine",
    "daily",
    "weekly",
    "wire",
    "observer",
    "mail",
    "express",
    "standard",
    "chronicle",
    "nations",
    "council",
    "secretariat",
    "directorate",
    "embassy",
    "consulate",
    "state",
    "white",
    "house",
    "legislature",
    "tribunal",
    "prosecutors",
    "prosecution",
    "crown",
    "academy",
    "operator",
    "utility",
    "regulator",
    "watchdog",
    "airline",
    "carrier",
    "firm",
    "charity",
    "municipality",
    "prefecture",
    "consortium",
    "newspaper",
    "semiconductor",
    "semiconductors",
    "pharmaceuticals",
    "technologies",
    "therapeutics",
    "electronics",
];
/// [`ORG_WORDS_LIST`], for fast lookups.
static ORG_WORDS: crate::clause::WordList = crate::clause::WordList::new(ORG_WORDS_LIST);

/// Countries, capitals and regions that speak as actors (`Iran said`).
const PLACES_LIST: &[&str] = &[
    "russia",
    "china",
    "iran",
    "iraq",
    "israel",
    "ukraine",
    "turkey",
    "türkiye",
    "syria",
    "egypt",
    "india",
    "pakistan",
    "afghanistan",
    "kazakhstan",
    "uzbekistan",
    "kyrgyzstan",
    "tajikistan",
    "turkmenistan",
    "japan",
    "germany",
    "france",
    "italy",
    "spain",
    "britain",
    "poland",
    "canada",
    "mexico",
    "brazil",
    "argentina",
    "australia",
    "indonesia",
    "malaysia",
    "thailand",
    "vietnam",
    "philippines",
    "korea",
    "north korea",
    "south korea",
    "saudi arabia",
    "qatar",
    "lebanon",
    "jordan",
    "yemen",
    "libya",
    "sudan",
    "ethiopia",
    "nigeria",
    "kenya",
    "south africa",
    "washington",
    "moscow",
    "beijing",
    "tehran",
    "kyiv",
    "kiev",
    "ankara",
    "london",
    "paris",
    "berlin",
    "brussels",
    "tokyo",
    "seoul",
    "pyongyang",
    "jerusalem",
    "gaza",
    "hamas",
    "hezbollah",
    "taliban",
    "belarus",
    "georgia",
    "armenia",
    "azerbaijan",
    "serbia",
    "hungary",
    "greece",
    "sweden",
    "norway",
    "finland",
    "denmark",
    "netherlands",
    "belgium",
    "austria",
    "switzerland",
    "portugal",
    "ireland",
    "scotland",
    "wales",
    "england",
    "new zealand",
    "venezuela",
    "colombia",
    "chile",
    "peru",
    "cuba",
    "taiwan",
    "hong kong",
    "singapore",
    "bangladesh",
    "myanmar",
    "sri lanka",
    "nepal",
    "mongolia",
    "united states",
    "united kingdom",
    "the united states",
    "the united kingdom",
    "europe",
    "tunisia",
    "morocco",
    "algeria",
    "palestine",
    "kuwait",
    "bahrain",
    "oman",
    "emirates",
    "the united arab emirates",
    "texas",
    "california",
    "florida",
    "new york",
];
/// [`PLACES_LIST`], for fast lookups.
static PLACES: crate::clause::WordList = crate::clause::WordList::new(PLACES_LIST);

/// A text with its ASCII letters lower-cased beside it: the same length, so
/// that an ASCII token's lower case stands at the token's own span. Reads as the text.
#[derive(Debug, Clone, Copy)]
pub struct Src<'a> {
    /// The text.
    pub text: &'a str,
    /// The text with `A`–`Z` lower-cased (at least as long as `text`).
    pub low: &'a str,
}

impl std::ops::Deref for Src<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        self.text
    }
}

/// Lower-cased text of a token.
#[inline(always)]
pub fn lower<'a>(text: &Src<'a>, t: &Tok) -> crate::text::Lower<'a> {
    if t.ascii {
        // (The ASCII lower case of an ASCII word is its lower case.)
        return crate::text::Lower::Same(&text.low[t.span.start..t.span.end]);
    }
    crate::text::Lower::new(&text.text[t.span.start..t.span.end])
}

/// True when the word token starts with a capital letter (or a digit-free acronym).
#[inline(always)]
pub fn is_cap(text: &str, t: &Tok) -> bool {
    let w = &text[t.span.start..t.span.end];
    t.word
        && (t.first.is_uppercase() && !w.starts_with("I'")
            || matches!(t.first, 'a' | 'e' | 'b' | 'i')
                // (Each prefix has its hyphen third or fourth: most words are out at once.)
                && matches!(w.as_bytes().get(2..4), Some([b'-', _] | [_, b'-']))
                && ["al-", "el-", "bin-", "ibn-", "ben-"].iter().any(|p| w.starts_with(p) && w.len() > p.len()))
}

/// True for an acronym of two or more capital letters (`WHO`, `NATO`).
pub fn is_acronym(w: &str) -> bool {
    w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase())
}

/// True for a word that may stand between the speaker and the cue.
#[inline]
pub fn is_between(w: &str) -> bool {
    BETWEEN.contains(&w) || w.len() > 4 && crate::text::is_ly_adverb(w)
}

/// True for determiners that open a noun phrase.
#[inline]
pub fn is_determiner(w: &str) -> bool {
    DETERMINERS.contains(&w)
}

/// True for a title or role word (`president`, `Mr.`), case-insensitive.
pub fn is_title(w: &str) -> bool {
    /// Bit 1: a title; bit 2: an irregular nationality (both lists are lower-case ASCII
    /// words of at most 24 bytes, so the table reads them as the lists' sets would).
    static TABLE: std::sync::LazyLock<crate::wordbits::WordBits> =
        std::sync::LazyLock::new(|| crate::wordbits::WordBits::new(&[(TITLES, 1), (IRREGULAR_NATIONALITIES.list, 2)]));
    // Most words are not titles: table lookups (no allocation) before the nationality test.
    let bits = TABLE.get(w);
    if bits & 1 != 0 {
        return true;
    }
    let t = w.trim_end_matches('.');
    let bits = if t.len() != w.len() { TABLE.get(t) } else { bits };
    if bits & 1 != 0 {
        return true;
    }
    // (Lower-casing commutes with trimming periods.)
    if t.is_ascii() {
        nationality_ending(t) || bits & 2 != 0
    } else {
        is_nationality(t)
    }
}

/// True when the ASCII word `l` (any case) has a nationality's ending (`-ian`, `-ese`, …)
/// and is no name with one (`Brian`).
fn nationality_ending(l: &str) -> bool {
    // The tests on the bytes, ignoring case (`l` lower-cased has the same length).
    let b = l.as_bytes();
    let ends = |s: &str| b.len() >= s.len() && b[b.len() - s.len()..].eq_ignore_ascii_case(s.as_bytes());
    // The endings by their last letter (most words end in none of these).
    let ending = match b.last().map(u8::to_ascii_lowercase) {
        Some(b'n') => ends("ian") || ends("ean"),
        Some(b'e') => ends("ese"),
        Some(b'h') => ends("ish") || ends("kh"),
        Some(b'i') => ends("ani"),
        _ => false,
    };
    ending
        && b.len() > 3
        && !["christian", "brian", "ian", "julian", "adrian", "sebastian", "ali", "imani"]
            .iter()
            .any(|x| x.eq_ignore_ascii_case(l))
}

/// Nationality adjectives (`Russian`, `Turkish`, `Kazakh`) by their endings and a few irregulars.
pub fn is_nationality(l: &str) -> bool {
    if l.is_ascii() {
        return nationality_ending(l) || IRREGULAR_NATIONALITIES.contains_ignoring_case(l);
    }
    let l = crate::text::Lower::new(l);
    let l = l.as_str();
    (l.ends_with("ian")
        || l.ends_with("ese")
        || l.ends_with("ish")
        || l.ends_with("ean")
        || l.ends_with("kh")
        || l.ends_with("ani"))
        && l.len() > 3
        && !matches!(l, "christian" | "brian" | "ian" | "julian" | "adrian" | "sebastian" | "ali" | "imani")
        || IRREGULAR_NATIONALITIES.contains(&l)
}

/// Nationality adjectives not found by their endings (and a few that are), lower case.
static IRREGULAR_NATIONALITIES: crate::clause::WordList = crate::clause::WordList::new(&[
    "american",
    "us",
    "u.s",
    "u.s.",
    "french",
    "dutch",
    "greek",
    "thai",
    "swiss",
    "iraqi",
    "israeli",
    "saudi",
    "kuwaiti",
    "qatari",
    "emirati",
    "yemeni",
    "pakistani",
    "afghan",
    "uzbek",
    "tajik",
    "turkmen",
    "kyrgyz",
    "kazakh",
    "mexican",
    "cuban",
    "chilean",
    "german",
    "european",
    "african",
    "asian",
    "canadian",
    "australian",
    "korean",
    "british",
    "irish",
    "scottish",
    "welsh",
    "english",
    "spanish",
    "polish",
    "turkish",
    "uk",
    "eu",
    "un",
    "russian",
    "chinese",
    "japanese",
    "iranian",
    "indian",
]);

/// True for a word that names an organisation (one of [`ORG_WORDS_LIST`], or a noun for a kind
/// of business, [`is_business_noun`]).
pub fn is_org_word(w: &str) -> bool {
    if w.is_ascii() {
        // (The words are lower-case ASCII, at most 24 bytes.)
        return ORG_WORDS.contains_ignoring_case(w) || is_business_noun(w);
    }
    let l = crate::text::Lower::new(w);
    ORG_WORDS.contains(&l.as_str()) || is_business_noun(&l)
}

/// Nouns for people (`official`, `diplomat`, `spokesman`): `Some(true)` for
/// the plural (`diplomats`: a group), `Some(false)` for the singular (a person).
pub fn people_noun(head: &str) -> Option<bool> {
    static NOUNS: crate::clause::WordList = crate::clause::WordList::new(&[
        "official",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "source",
        "diplomat",
        "analyst",
        "expert",
        "economist",
        "witness",
        "resident",
        "lawyer",
        "attorney",
        "doctor",
        "scientist",
        "researcher",
        "investigator",
        "officer",
        "aide",
        "adviser",
        "advisor",
        "lawmaker",
        "legislator",
        "critic",
        "observer",
        "protester",
        "protestor",
        "activist",
        "journalist",
        "reporter",
        "employee",
        "worker",
        "student",
        "teacher",
        "voter",
        "politician",
        "candidate",
        "insider",
        "negotiator",
        "commander",
        "soldier",
        "survivor",
        "victim",
        "neighbour",
        "neighbor",
        "parent",
        "farmer",
        "trader",
        "banker",
        "executive",
        "representative",
        "delegate",
        "envoy",
        "mediator",
        "organiser",
        "organizer",
        "volunteer",
        "nurse",
        "meteorologist",
        "forecaster",
        "physician",
        "surgeon",
        "engineer",
        "prosecutor",
        "judge",
        "senator",
        "minister",
        "councillor",
        "councilor",
        "mayor",
        "governor",
        "consumer",
        "shopper",
        "passenger",
        "driver",
        "patient",
        "supporter",
        "opponent",
        "campaigner",
        "historian",
        "academic",
        "professor",
        "strategist",
        "pollster",
        "inspector",
        "firefighter",
        "paramedic",
        "rescuer",
        "villager",
        "citizen",
        "shareholder",
        "investor",
        "owner",
        "manager",
        "director",
        "leader",
        "member",
        "advocate",
        "backer",
        "proponent",
        "donor",
        "staffer",
        "operative",
        "commentator",
        "pundit",
        "chief",
        "head",
        "boss",
        // Members of parties and movements (`Senate Democrats`, `rebels`).
        "democrat",
        "republican",
        "conservative",
        "liberal",
        "socialist",
        "communist",
        "nationalist",
        "separatist",
        "rebel",
        "militant",
        "insurgent",
        "loyalist",
        "unionist",
    ]);
    let l = crate::text::Lower::new(head);
    let l = l.as_str();
    if NOUNS.contains(&l) {
        return Some(false);
    }
    // (A family is its members: `The family said they …`.)
    if matches!(l, "people" | "police" | "authorities" | "staff" | "tories" | "family" | "families" | "relatives") {
        return Some(true);
    }
    let singular = l.strip_suffix("es").filter(|s| s.ends_with("ss")).or_else(|| l.strip_suffix('s'))?;
    NOUNS.contains(&singular).then_some(true)
}

/// The head word of a speaker's name: the last word before a modifying phrase
/// (`Data from the 2014 survey` → `Data`, `A survey by the Kaiser Family
/// Foundation` → `survey`), or the last word.
pub fn head_word(name: &str) -> &str {
    // (The first of the prepositions found is the first space that opens one: no searcher per preposition.)
    const PREPS: [&str; 7] = [" from ", " of ", " in ", " on ", " at ", " for ", " by "];
    let b = name.as_bytes();
    let head = memchr::memchr_iter(b' ', b)
        .find(|&i| PREPS.iter().any(|p| b[i..].starts_with(p.as_bytes())))
        .map_or(name, |i| &name[..i]);
    head.rsplit(' ').next().unwrap_or("")
}

/// True when a lower-case head word takes a plural verb: an `-s` plural (not `-ss`
/// or a possessive), a plural without `-s` (`data`, `people`, `police`), or a
/// share or count of a group (`percent`, `A number of members echo`, `A majority …`).
pub fn plural_word(w: &str) -> bool {
    w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("'s") && !w.ends_with("’s")
        || matches!(
            w,
            "data"
                | "people"
                | "police"
                | "media"
                | "percent"
                | "number"
                | "majority"
                | "minority"
                | "handful"
                | "couple"
        )
}

/// True for a country, capital or region.
pub fn is_place(name: &str) -> bool {
    let l = crate::text::Lower::new(name);
    PLACES.contains(&l.as_str())
}

/// The longest place name, in bytes (an ASCII phrase longer than this is no place).
const PLACE_MAX: usize = 32;

/// [`is_place`] of the tokens' texts joined by single spaces, without building
/// the string when they are ASCII (lower-cased on the stack).
pub fn is_place_joined(text: &str, toks: &[Tok]) -> bool {
    let mut buf = [0u8; PLACE_MAX];
    let mut n = 0;
    for (i, t) in toks.iter().enumerate() {
        let w = &text.as_bytes()[t.span.start..t.span.end];
        if !w.is_ascii() {
            let words: Vec<&str> = toks.iter().map(|t| &text[t.span.start..t.span.end]).collect();
            return is_place(&words.join(" "));
        }
        if i > 0 {
            if n == PLACE_MAX {
                return false;
            }
            buf[n] = b' ';
            n += 1;
        }
        if n + w.len() > PLACE_MAX {
            return false;
        }
        for (d, c) in buf[n..].iter_mut().zip(w) {
            *d = c.to_ascii_lowercase();
        }
        n += w.len();
    }
    std::str::from_utf8(&buf[..n]).is_ok_and(|l| PLACES.contains(&l))
}

#[inline]
fn np_stop(w: &str) -> bool {
    NP_STOP.contains(&w)
}

/// A speaker noun phrase.
#[derive(Debug, Clone, PartialEq)]
pub struct Np {
    /// The speaker mention (the name without titles, or the whole phrase).
    pub span: Span,
    /// Role or title that preceded the name in the text (`Russian President`).
    pub role: Option<String>,
    /// What kind of source it is.
    pub kind: SourceKind,
    /// True for a pronoun.
    pub pronoun: bool,
    /// True when the head noun is a text (`the report`).
    pub document: bool,
    /// Where the whole phrase (with titles) starts: the frame's start.
    pub full_start: usize,
}

/// Classifies the phrase `text[span]` (already trimmed) and splits titles off names.
pub fn classify(text: &Src<'_>, toks: &[Tok], a: usize, b: usize) -> Option<Np> {
    if a >= b {
        return None;
    }
    let words = &toks[a..b];
    let full_start = words[0].span.start;
    let first_l = lower(text, &words[0]);
    if b - a == 1 && PRONOUNS.contains(&first_l.as_str()) {
        let kind = if matches!(first_l.as_str(), "they" | "we") { SourceKind::Group } else { SourceKind::Person };
        return Some(Np { span: words[0].span, role: None, kind, pronoun: true, document: false, full_start });
    }
    if let Some(n) = person_of_org(text, toks, a, b) {
        return Some(n);
    }
    // An office named by its capitalised title is one person: `the Prime Minister`, `The
    // Foreign Secretary`.
    if first_l == "the"
        && (2..=4).contains(&(b - a))
        && words[1..].iter().all(|t| t.word && t.first.is_uppercase())
        && is_title(&text.text[words[b - a - 1].span.start..words[b - a - 1].span.end])
        && !is_place(&text.text[words[1].span.start..words[b - a - 1].span.end])
        && !words[1..].iter().any(|t| is_org_word(&text.text[t.span.start..t.span.end]))
        && crate::gazetteer::lookup(&text.text[words[1].span.start..words[b - a - 1].span.end]).is_none()
    {
        let span = Span::new(full_start, words[b - a - 1].span.end);
        return Some(Np { span, role: None, kind: SourceKind::Person, pronoun: false, document: false, full_start });
    }
    // A person's name at the end of the phrase, after a role (`Major general Fuad Basya`,
    // `University of Texas Muslim Student Association president Sehar Memon`).
    if let Some(k) = person_tail(text, words) {
        let role = (k > 0).then(|| text[full_start..words[k - 1].span.end].trim_end_matches([',', '.']).to_string());
        return Some(Np {
            span: Span::new(words[k].span.start, last_span_end(words)),
            role,
            kind: SourceKind::Person,
            pronoun: false,
            document: false,
            full_start,
        });
    }
    let all_cap = words.iter().all(|t| !t.word || is_cap(text, t) || is_connector(&lower(text, t)));
    let last = &words[words.len() - 1];
    let last_l = lower(text, last);
    let head = crate::text::strip_possessive(&last_l);
    let document = lexicon::is_document_noun(head);
    let has_org = words.iter().any(|t| is_org_word(&lower(text, t)))
        || words.iter().any(|t| {
            let w = &text[t.span.start..t.span.end];
            w.len() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '.' || c == '&')
        });
    let starts_the = first_l == "the";
    // The head noun stands before a preposition (`a spokesperson for the state government`).
    let people = people_noun(head).or_else(|| {
        let k = words.iter().position(|t| {
            t.word && matches!(lower(text, t).as_str(), "for" | "of" | "at" | "in" | "from" | "with" | "to" | "on")
        })?;
        // (`two officials familiar with the talks`: the last people noun before it.)
        (k > 0 && (is_determiner(&first_l) || !is_cap(text, &words[0])))
            .then(|| {
                words[..k]
                    .iter()
                    .rev()
                    .filter(|t| t.word && !is_cap(text, t))
                    .find_map(|t| people_noun(&text[t.span.start..t.span.end]))
            })
            .flatten()
    });
    // One capitalised plural common noun (`Diplomats said`, `Polls show` at a
    // sentence's start; a singular one may be a surname: `Farmer said`).
    if all_cap && words.len() == 1 && (people == Some(true) || document && people.is_none()) {
        let kind = if people.is_some() { SourceKind::Group } else { SourceKind::Document };
        return Some(Np { span: last.span, role: None, kind, pronoun: false, document, full_start });
    }
    if all_cap && !starts_the && words.iter().filter(|t| t.word).count() >= 1 {
        // A name, perhaps preceded by titles: strip leading titles for people.
        let name_text = &text[full_start..last.span.end];
        if is_place(name_text) {
            return Some(Np {
                span: Span::new(full_start, last.span.end),
                role: None,
                kind: SourceKind::Place,
                pronoun: false,
                document: false,
                full_start,
            });
        }
        if !has_org || words.iter().any(|t| is_title(&text[t.span.start..t.span.end])) && !is_org_word(&last_l) {
            let mut i = 0;
            while i + 1 < words.len() && (is_title(&text[words[i].span.start..words[i].span.end]) || !words[i].word) {
                i += 1;
            }
            // (A singular noun for a person opening a full name is a role: `Passenger Lisa Tran`,
            // `Witness Maria Lopez`.)
            if i == 0
                && words.len() >= 3
                && words[0].word
                && people_noun(&text[words[0].span.start..words[0].span.end]) == Some(false)
                && words[1..].iter().all(|t| t.word && is_cap(text, t))
            {
                i = 1;
            }
            // A role made of an organisation or a place before the name
            // (`Civil Defense Authority director General Suleiman al-Amr`).
            for k in (i..words.len().saturating_sub(2)).rev() {
                // An initial's dot (`R. J. Whitaker`) is part of the name, not a role's end.
                if !words[k].word {
                    continue;
                }
                let w = &text[words[k].span.start..words[k].span.end];
                let l = lower(text, &words[k]);
                let tail_ok = words[k + 1..].iter().all(|t| !is_org_word(&lower(text, t)));
                // (A surname's particle is no role: `del Pozo Cruz`, `van der Berg`.)
                let particle = is_particle(&l);
                if tail_ok
                    && !particle
                    && (is_org_word(&l)
                        || is_title(w)
                        || !is_cap(text, &words[k])
                        || l.ends_with("'s")
                        || l.ends_with("’s"))
                {
                    i = k + 1;
                    while i + 1 < words.len() && is_title(&text[words[i].span.start..words[i].span.end]) {
                        i += 1;
                    }
                    break;
                }
                if tail_ok && k + 3 <= words.len() {
                    let n = k + 1;
                    if (1..=3).any(|m| m <= n && is_place_joined(text, &words[n - m..n])) {
                        i = k + 1;
                        break;
                    }
                }
            }
            // `Vladimir Putin` keeps both words; a lone title stays.
            let start = words[i].span.start;
            let role =
                (i > 0).then(|| text[full_start..words[i - 1].span.end].trim_end_matches(['.', ',']).to_string());
            let kind = if has_org && i == 0 { SourceKind::Organization } else { SourceKind::Person };
            return Some(Np {
                span: Span::new(start, last.span.end),
                role,
                kind,
                pronoun: false,
                document,
                full_start,
            });
        }
        return Some(Np {
            span: Span::new(full_start, last.span.end),
            role: None,
            kind: SourceKind::Organization,
            pronoun: false,
            document,
            full_start,
        });
    }
    // A common-noun phrase (`a senior official`, `officials`, `the report`) or `the` + name.
    let span = Span::new(full_start, last.span.end);
    let kind = if let Some(plural) = people.filter(|_| !all_cap) {
        // `a ministry official`, `the bank's spokesman`, `Western diplomats`.
        if plural {
            SourceKind::Group
        } else {
            SourceKind::Person
        }
    } else if document && !all_cap && !starts_the {
        // (`A widely shared post`: a text, though `post` may name an outlet.)
        SourceKind::Document
    } else if starts_the && all_cap || has_org {
        if is_place(&text[span.start..span.end]) {
            SourceKind::Place
        } else {
            SourceKind::Organization
        }
    } else if head.ends_with('s') && !head.ends_with("ss") {
        SourceKind::Group
    } else if document {
        SourceKind::Document
    } else {
        SourceKind::Person
    };
    Some(Np { span, role: None, kind, pronoun: false, document, full_start })
}

/// Days, months and other capitalised time words, never part of a speaker.
#[inline]
pub fn is_time_word(w: &str) -> bool {
    matches!(
        w,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "today"
            | "yesterday"
            | "tonight"
            | "earlier"
            | "later"
            | "last"
    )
}

#[inline]
/// The particles of surnames (`del` Pozo Cruz, `van der` Berg), lower case.
pub fn is_particle(w: &str) -> bool {
    matches!(w, "de" | "del" | "della" | "di" | "da" | "du" | "van" | "von" | "der" | "den" | "dos")
}

fn is_connector(w: &str) -> bool {
    matches!(
        w,
        "of" | "the"
            | "for"
            | "de"
            | "al"
            | "bin"
            | "van"
            | "von"
            | "la"
            | "du"
            | "da"
            | "del"
            | "and"
            | "on"
            | "&"
            | "to"
    )
}

fn last_span_end(words: &[Tok]) -> usize {
    words.last().map_or(0, |t| t.span.end)
}

/// Where a person's name starts at the end of `words`, after any role, title,
/// organisation or place words before it; `None` when the phrase does not end
/// in a person's name.
fn person_tail(text: &Src<'_>, words: &[Tok]) -> Option<usize> {
    let n = words.len();
    // Initials keep their dots (`K.C. Maurer`).
    let initial_dot = |i: usize| {
        !words[i].word
            && words[i].first == '.'
            && i > 0
            && words[i - 1].word
            && words[i - 1].span.end == words[i].span.start
            && words[i - 1].span.len() <= 3
            && is_cap(text, &words[i - 1])
            && !is_title(&text[words[i - 1].span.start..words[i - 1].span.end])
    };
    let mut r = n;
    while r > 0 && (is_cap(text, &words[r - 1]) || initial_dot(r - 1)) {
        r -= 1;
    }
    // (A surname's particles belong to the name: `del Pozo Cruz`, `van der Berg`.)
    while r > 0 && r < n && words[r - 1].word && is_particle(&lower(text, &words[r - 1])) {
        r -= 1;
    }
    // (A run after an article is no person's name: `The Committee for a Responsible Federal Budget`;
    // nor one after `and` in a body's `of` phrase: `the Department of Health and Human Services`.)
    if r == n || r > 0 && matches!(lower(text, &words[r - 1]).as_str(), "a" | "an" | "the") {
        return None;
    }
    if r >= 4
        && lower(text, &words[r - 1]) == "and"
        && lower(text, &words[r - 3]) == "of"
        && is_org_word(&lower(text, &words[r - 4]))
    {
        return None;
    }
    let w = |k: usize| &text[words[k].span.start..words[k].span.end];
    let mut s = r;
    for (k, t) in words.iter().enumerate().take(n).skip(r) {
        let l = lower(text, t);
        // A name's last word may look like a nationality (`Raisinghani`): it is no title there.
        if is_org_word(&l) || k + 1 < n && is_title(w(k)) || l.ends_with("'s") || l.ends_with("’s") {
            s = k + 1;
        }
    }
    while s < n && !words[s].word {
        s += 1;
    }
    // Three or more capitalised words right after `of` / `for` / `-` end an
    // organisation's name before the person's (`Minister of Education Stefania Giannini`).
    if n - s >= 3
        && s > 0
        && {
            let p = &words[s - 1];
            !p.word && matches!(p.first, '-' | '–') || matches!(lower(text, p).as_str(), "of" | "for" | "on")
        }
        && !common_name_end(text, words)
    {
        s = n - 2;
    }
    // A place before the name (`the United States Hamdullah Mohib`).
    for m in (1..=3).rev() {
        if s + m + 2 <= n && is_place_joined(text, &words[s..s + m]) {
            s += m;
            break;
        }
    }
    let len = n - s;
    if len == 0 || len > 4 {
        return None;
    }
    let tail = &words[s..n];
    if is_place_joined(text, tail) || tail.iter().any(|t| is_time_word(&lower(text, t))) {
        return None;
    }
    // An organisation's name is no person's (`the Kazakhstan Stock Exchange`).
    if tail.last().is_some_and(|t| is_org_word(&lower(text, t))) {
        return None;
    }
    // A name never starts with a function word (`the Alliance Against Tobacco`).
    if matches!(
        lower(text, &tail[0]).as_str(),
        "against" | "for" | "of" | "and" | "on" | "in" | "the" | "to" | "at" | "with" | "without" | "from" | "by"
    ) {
        return None;
    }
    // An organisation word + `of` / `for` / `on` + a name is the organisation's
    // name (`University of Oxford`, `Institute for Fiscal Studies`), no role.
    if s >= 2
        && matches!(w(s - 1), "of" | "for" | "on")
        && is_org_word(&lower(text, &words[s - 2]))
        && !is_title(w(s - 2))
    {
        return None;
    }
    // (A lower-case joining word is no role: `Mississippi Right to Life`.)
    let titled =
        s > 0 && (is_title(w(s - 1)) || !is_cap(text, &words[s - 1]) && !is_connector(&lower(text, &words[s - 1])));
    if len >= 2 && (s > 0 || tail.iter().all(|t| !is_org_word(&text[t.span.start..t.span.end])))
        || len == 1 && titled && s > 0
    {
        // Keep `the` + organisation phrases as organisations (`The Straits Times`).
        if s == 1 && w(0).eq_ignore_ascii_case("the") {
            return None;
        }
        if len >= 2 && s == 0 {
            return None; // A bare name: the general rules below handle it.
        }
        return Some(s);
    }
    None
}

/// True when one of the last two words is a common word, so that they end an
/// organisation's name rather than name a person (`… for Public Opinion Research`).
fn common_name_end(text: &Src<'_>, words: &[Tok]) -> bool {
    words.len() >= 2
        && words[words.len() - 2..]
            .iter()
            .any(|t| crate::entities::is_common_word(&text.text[t.span.start..t.span.end]))
}

/// Skips auxiliaries and adverbs left of token `i` (exclusive); returns the new end.
pub fn skip_between(text: &Src<'_>, toks: &[Tok], lim: usize, mut i: usize) -> usize {
    // A time between the subject and its verb (`Wells Fargo just this month announced`,
    // `The bank last week said`, `X on Monday said`).
    let time_noun =
        |w: &str| matches!(w, "week" | "month" | "year" | "weekend" | "morning" | "afternoon" | "evening" | "night");
    loop {
        if i >= lim + 2 && toks[i - 1].word && toks[i - 2].word {
            let (a, b) = (lower(text, &toks[i - 2]), lower(text, &toks[i - 1]));
            // (… and a year: `McConnell, who in 2010 said`.)
            let year = b.len() == 4 && b.starts_with(['1', '2']) && b.bytes().all(|c| c.is_ascii_digit());
            let phrase = matches!(a.as_str(), "this" | "last" | "next" | "earlier" | "late") && time_noun(&b)
                || a == "on" && crate::temporal::is_weekday(&text.text[toks[i - 1].span.start..toks[i - 1].span.end])
                || a == "in" && year;
            if phrase {
                i -= 2;
                continue;
            }
            // A text's dating participle and its day (`a new poll released Wednesday shows`).
            let day = crate::temporal::is_weekday(&text.text[toks[i - 1].span.start..toks[i - 1].span.end])
                || matches!(b.as_str(), "today" | "yesterday");
            if day && is_dating_participle(&a) {
                i -= 2;
                continue;
            }
        }
        // (… or its participle before a time skipped already: `a survey released last week found`.)
        if i > lim + 1 && toks[i - 1].word && i < toks.len() && is_dating_participle(&lower(text, &toks[i - 1])) {
            let (pa, pb) = (lower(text, &toks[i]), toks.get(i + 1).map(|t| lower(text, t)).unwrap_or_default());
            let timed = matches!(pa.as_str(), "this" | "last" | "on" | "in" | "earlier") && !pb.is_empty();
            if timed {
                i -= 1;
                continue;
            }
        }
        // A quantifier floating after its subject (`Jones and Smith all said`, `They both said`).
        if i >= lim + 2
            && toks[i - 1].word
            && matches!(lower(text, &toks[i - 1]).as_str(), "all" | "both" | "each")
            && (toks[i - 2].word || toks[i - 2].first == ')')
            && !is_determiner(&lower(text, &toks[i - 2]))
        {
            i -= 1;
            continue;
        }
        // Auxiliaries and adverbs (a capitalised word in `-ly` is a name: `the National Rally said`).
        if i > lim && toks[i - 1].word && {
            let l = lower(text, &toks[i - 1]);
            BETWEEN.contains(&l.as_str()) || is_between(&l) && !is_cap(text.text, &toks[i - 1])
        } {
            i -= 1;
            continue;
        }
        break;
    }
    i
}

/// The speaker noun phrase that ends right before token `i` (after skipping
/// auxiliaries), not reaching left of token `lim`. Handles a comma-enclosed
/// appositive or relative clause between the speaker and the cue
/// (`Khaled Al-Maeena, editor at large at the Saudi Gazette, said`).
pub fn before(text: &Src<'_>, toks: &[Tok], lim: usize, i: usize) -> Option<Np> {
    let mut n = phrase_before(text, toks, lim, i)?;
    // A predeterminer before the article is part of the phrase: `All the experts said`,
    // `all the people I interviewed said`. (`Both` before a list is left out, as both
    // Wikinews and PolNeAR annotate it.)
    let k = super::tok::index_at(toks, n.full_start);
    if k > lim
        && k < i
        && toks[k - 1].word
        && lower(text, &toks[k - 1]) == "all"
        && matches!(lower(text, &toks[k]).as_str(), "the" | "these" | "those" | "his" | "her" | "their" | "its" | "our")
    {
        let start = toks[k - 1].span.start;
        if n.span.start == n.full_start {
            n.span.start = start;
        }
        n.full_start = start;
    }
    // A participle opening the clause is an adjective of the phrase (`after leaked documents
    // show`, `"…," retired Air Force general Lloyd Newton said`): no verb stands there without
    // a subject.
    let k = super::tok::index_at(toks, n.full_start);
    if k > lim && k < i && toks[k - 1].word && !n.pronoun {
        let w = lower(text, &toks[k - 1]);
        let boundary = k - 1 == lim
            || !toks[k - 2].word && !matches!(toks[k - 2].first, '\'' | '’' | ')')
            || crate::statement::is_subordinator(&lower(text, &toks[k - 2]));
        if boundary
            && (toks[k - 1].first.is_lowercase() || k - 1 == lim)
            && w.len() > 4
            && w.ends_with("ed")
            && lexicon::lookup(&w).is_none()
        {
            let start = toks[k - 1].span.start;
            if n.span.start == n.full_start {
                n.span.start = start;
            }
            n.full_start = start;
        }
    }
    // Two roles coordinated (`the former secretary of state and current Democratic
    // presidential nominee said`, `The former first lady and U.S. senator said`): the first
    // from its article, which opens the clause.
    let k = super::tok::index_at(toks, n.full_start);
    if k >= lim + 3 && k < i && lower(text, &toks[k - 1]) == "and" && !n.pronoun {
        let first = (k.saturating_sub(8).max(lim)..k - 2).rev().find(|&d| {
            is_determiner(&lower(text, &toks[d]))
                && (d == lim || !toks[d - 1].word && !matches!(toks[d - 1].first, '\'' | '’' | ')'))
        });
        let plain = |j: usize| {
            let l = lower(text, &toks[j]);
            toks[j].word
                && !np_stop(&l)
                && !PRONOUNS.contains(&l.as_str())
                && !lexicon::lookup(&l).is_some_and(|c| !matches!(c.1, lexicon::Form::Base))
                && !(toks[j].first.is_lowercase() && (l.ends_with("ed") || is_irregular_past(&l)))
        };
        if let Some(d) = first.filter(|&d| (d + 1..k - 1).all(|j| plain(j) || lower(text, &toks[j]) == "of")) {
            // (`Both` left out, as above.)
            let d =
                if lower(text, &toks[d]) == "both" && is_determiner(&lower(text, &toks[d + 1])) { d + 1 } else { d };
            let start = toks[d].span.start;
            if n.span.start == n.full_start {
                n.span.start = start;
            }
            n.full_start = start;
        }
    }
    Some(n)
}

/// [`before`] without a predeterminer.
fn phrase_before(text: &Src<'_>, toks: &[Tok], lim: usize, i: usize) -> Option<Np> {
    let mut n = before_with_that(text, toks, lim, i)?;
    // A number alone names no one (`in the journal X (vol. 29, no. 4), found …`).
    if !text.text[n.span.start..n.span.end].chars().any(char::is_alphabetic) {
        return None;
    }
    // A conjunction that opens the sentence is no part of a name (`But Megan Hester, senior
    // associate …, said`).
    let f = super::tok::index_at(toks, n.full_start);
    if f + 1 < i
        && toks[f].word
        && toks[f + 1].word
        && matches!(&text.text[toks[f].span.start..toks[f].span.end], "But" | "And" | "So" | "Yet" | "Or")
    {
        let start = toks[f + 1].span.start;
        n.full_start = start;
        n.span.start = n.span.start.max(start);
        let conj = &text.text[toks[f].span.start..toks[f].span.end];
        if let Some(r) = n.role.as_mut() {
            if let Some(rest) = r.strip_prefix(conj).and_then(|r| r.strip_prefix(' ')).map(str::to_string) {
                *r = rest;
            }
        }
    }
    // A contact clause closes the phrase (`all the experts I interviewed said`): the phrase
    // before its pronoun, with the clause.
    let v = super::tok::index_at(toks, n.span.start);
    if v >= lim + 2 && n.span.end == toks[v].span.end && !n.pronoun {
        let w = lower(text, &toks[v]);
        let past = toks[v].first.is_lowercase() && (w.ends_with("ed") || is_irregular_past(&w));
        if past && matches!(lower(text, &toks[v - 1]).as_str(), "i" | "we" | "you" | "they" | "he" | "she") {
            if let Some(m) = before_with_that(text, toks, lim, v - 1).filter(|m| !m.pronoun) {
                return Some(Np { span: Span::new(m.span.start, n.span.end), ..m });
            }
        }
    }
    // `that` before a plural, or after a verb of saying, opens a clause: in `reported that
    // welders told …` the speaker is `welders` (the phrase was read with `that` as its article).
    let k = super::tok::index_at(toks, n.full_start);
    let clause = k < i
        && lower(text, &toks[k]) == "that"
        && toks.get(k + 1).is_some_and(|t| t.word)
        && (plural_word(&crate::text::Lower::new(head_word(&text[n.span.start..n.span.end])))
            || k > lim && toks[k - 1].word && lexicon::lookup(&lower(text, &toks[k - 1])).is_some());
    if !clause {
        return Some(n);
    }
    let start = toks[k + 1].span.start;
    Some(Np { span: Span::new(n.span.start.max(start), n.span.end), full_start: start, ..n })
}

/// [`before`], reading a `that` before the phrase as its article.
fn before_with_that(text: &Src<'_>, toks: &[Tok], lim: usize, i: usize) -> Option<Np> {
    let j = skip_between(text, toks, lim, i);
    if j <= lim {
        return None;
    }
    let t = &toks[j - 1];
    // A generational suffix closes a name (`John G. Roberts Jr.`).
    if !t.word && t.first == '.' && j >= lim + 3 && toks[j - 2].span.end == t.span.start && {
        let w = &text.text[toks[j - 2].span.start..toks[j - 2].span.end];
        matches!(w, "Jr" | "Sr")
    } {
        let n = core(text, toks, lim, j - 2)?;
        return (n.kind == SourceKind::Person && !n.pronoun)
            .then(|| Np { span: Span::new(n.span.start, t.span.end), ..n });
    }
    if !t.word && t.first == ',' {
        if let Some(n) = initial_name_apposition(text, toks, lim, j - 1) {
            return Some(n);
        }
        // Look for the opening comma of an appositive within 16 tokens. (A relative clause
        // may hold commas of its own: in `Veltrix, which is based in San Jose, California,
        // said`, the aside opens at `, which`.)
        let mut k = j - 1;
        let stop = lim.max(j.saturating_sub(18));
        if let Some(r) = (stop + 1..j - 1).find(|&r| {
            !toks[r].word
                && toks[r].first == ','
                && matches!(lower(text, &toks[r + 1]).as_str(), "who" | "which" | "whose")
        }) {
            k = r + 1;
        }
        while k > stop {
            k -= 1;
            let tk = &toks[k];
            if !tk.word && matches!(tk.first, ',' | '(' | '—' | '–') {
                // The aside starts after k: require it to look like an aside.
                let first = toks.get(k + 1).map(|x| lower(text, x)).unwrap_or_default();
                let has_role = toks[k + 1..j - 1].iter().any(|x| x.word && is_title(&text[x.span.start..x.span.end]));
                let short = j - 1 - (k + 1) <= 4;
                let aside = has_role
                    || short
                    || is_determiner(&first)
                    || first.ends_with("'s")
                    || first.ends_with("’s")
                    || matches!(first.as_str(), "who" | "which" | "whose" | "himself" | "herself" | "itself")
                    || toks.get(k + 1).is_some_and(|x| x.word && !is_cap(text, x))
                    || toks.get(k + 1).is_some_and(|x| is_title(&text[x.span.start..x.span.end]));
                if aside {
                    // A party and state label in commas before the aside belongs to the name
                    // before it (`Rep. Jim Jordan, R-Ohio, the chairman of …, said`).
                    let label = (k > lim + 2).then(|| {
                        // (The label's final dot is a token of its own: `R-Ky.`.)
                        let l = if !toks[k - 1].word && toks[k - 1].first == '.' { k - 2 } else { k - 1 };
                        (l > lim + 1
                            && toks[l].word
                            && is_party_label(&text[toks[l].span.start..toks[l].span.end])
                            && !toks[l - 1].word
                            && toks[l - 1].first == ',')
                            .then_some(l - 1)
                    });
                    let k = label.flatten().unwrap_or(k);
                    // (… or in parentheses: `Sen. Lindsey Graham (R-S.C.), who wrote the measure,`.)
                    let k = if k > lim + 3 && !toks[k - 1].word && toks[k - 1].first == ')' {
                        (lim..k - 1)
                            .rev()
                            .take(6)
                            .find(|&o| !toks[o].word && toks[o].first == '(')
                            .filter(|&o| {
                                toks.get(o + 1).is_some_and(|t| {
                                    t.word && is_party_label(&text.text[t.span.start..toks[k - 2].span.end])
                                })
                                // (… or a short note on the name: `Gen. Thomas A. Reyes (ret.), who …`.)
                                    || k - 1 - o <= 3
                                        && toks[o + 1].word
                                        && toks[o + 1].first.is_lowercase()
                            })
                            .unwrap_or(k)
                    } else {
                        k
                    };
                    let role = core(text, toks, lim, k)?;
                    return Some(role_then_name(text, toks, lim, k, j - 1, &role).unwrap_or(role));
                }
                return None;
            }
            let abbrev_dot = tk.first == '.' && k > 0 && toks[k - 1].word && toks[k - 1].span.end == tk.span.start;
            if !tk.word && matches!(tk.first, '.' | '"' | '“' | '”' | ':' | ';') && !abbrev_dot {
                return None;
            }
        }
        return None;
    }
    // A description set off by dashes: `Kall -- co-editor of a book -- said`, `The mayor —
    // who took office in May — said`.
    if !t.word && matches!(t.first, '-' | '—' | '–') {
        let mut c = j - 1;
        while c > lim && !toks[c - 1].word && toks[c - 1].first == t.first {
            c -= 1;
        }
        let spaced = |a: usize, b: usize| {
            let bs = text.text.as_bytes();
            toks[a].span.start > 0 && bs[toks[a].span.start - 1] == b' ' && bs.get(toks[b].span.end) == Some(&b' ')
        };
        if c > lim + 2 && spaced(c, j - 1) {
            let stop = lim.max(c.saturating_sub(24));
            let mut k = c;
            while k > stop {
                k -= 1;
                let tk = &toks[k];
                if !tk.word && tk.first == t.first {
                    let mut o = k;
                    while o > lim && !toks[o - 1].word && toks[o - 1].first == t.first {
                        o -= 1;
                    }
                    if o <= lim || k + 1 >= c || !spaced(o, k) {
                        return None;
                    }
                    return core(text, toks, lim, o);
                }
                if !tk.word && matches!(tk.first, '.' | '"' | '“' | '”' | ':' | ';' | '(' | ')') {
                    return None;
                }
            }
        }
        return None;
    }
    if !t.word && matches!(t.first, ')') {
        // `Putin (pictured) said`.
        let mut k = j - 1;
        while k > lim && (toks[k].word || toks[k].first != '(') {
            k -= 1;
        }
        if k > lim {
            return core(text, toks, lim, k);
        }
    }
    core(text, toks, lim, j)
}

/// A party and state label as news agencies write it after a name (`R-Ohio`, `D-Wash`,
/// `I-Vt`; the label's final dot is a token of its own).
pub fn is_party_label(w: &str) -> bool {
    let Some((party, state)) = w.split_once('-') else { return false };
    matches!(party, "R" | "D" | "I")
        && state.len() >= 2
        && state.starts_with(|c: char| c.is_ascii_uppercase())
        && state.chars().all(|c| c.is_ascii_alphabetic() || c == '.' || c == ' ')
}

/// A participle that dates a text (`a survey released last week`, `a study published in …`).
pub fn is_dating_participle(w: &str) -> bool {
    matches!(w, "released" | "published" | "issued" | "conducted" | "commissioned")
}

/// `The harbour's CEO, Peeter Tamm, said`: a role phrase (`role`, ending in a
/// title word, before the comma at `open`) then a person's name alone in
/// apposition up to the comma at `close`. The person is the speaker; the
/// phrase, without its article, is the role.
fn role_then_name(text: &Src<'_>, toks: &[Tok], lim: usize, open: usize, close: usize, role: &Np) -> Option<Np> {
    let name = &toks[open + 1..close];
    // (A title or a noun for people: `The main opposition candidate, Abba Yusuf,`.)
    // (… or a relation or an agent noun: `Reeves's predecessor, Jeremy Hunt,`, `her
    // challenger, Ann Lee,`.)
    let role_word = |k: usize| {
        let w = &text[toks[k].span.start..toks[k].span.end];
        let l = lower(text, &toks[k]);
        toks[k].word
            && (is_title(w)
                || people_noun(w) == Some(false)
                || toks[k].first.is_lowercase()
                    && (is_kin_noun(&l)
                        || matches!(
                            l.as_str(),
                            "predecessor"
                                | "successor"
                                | "partner"
                                | "rival"
                                | "colleague"
                                | "friend"
                                | "ally"
                                | "deputy"
                                | "boss"
                                | "counterpart"
                                | "aide"
                                | "mate"
                        )
                        || ["er", "or", "ist", "ant", "ent"].iter().any(|x| l.ends_with(x)) && l.len() > 4))
    };
    let title_before = open > 0 && role_word(open - 1);
    // (… or a title with its `of` phrase: `Orban's chief of staff, Gergely Gulyas,`, `the head
    // of communications, Ann Lee,`.)
    let title_of = open >= 3
        && toks[open - 1].word
        && toks[open - 1].first.is_lowercase()
        && (2..=3).any(|d| {
            open > d
                && lower(text, &toks[open - d]) == "of"
                && toks[open - d - 1].word
                && is_title(&text[toks[open - d - 1].span.start..toks[open - d - 1].span.end])
        });
    let title_before = title_before || title_of;
    // (… or one of a group: `One of those board members, retired teacher Ellen Park,`.)
    let mut a = open - 1;
    while a > lim && (toks[a - 1].word || matches!(toks[a - 1].first, '\'' | '’')) {
        a -= 1;
    }
    // (A conjunction opening the clause is no part of the role: `but Keres's chief of staff, …`.)
    while a + 1 < open && matches!(&*lower(text, &toks[a]), "but" | "and" | "or" | "so" | "yet" | "while") {
        a += 1;
    }
    let one_of =
        open > a + 2 && matches!(&*lower(text, &toks[a]), "one" | "another") && lower(text, &toks[a + 1]) == "of";
    // (… or a role with its phrase: `A lawyer for the news outlets, David Schulz,`, `an analyst
    // at the bank, Maria Chen,`.)
    // (… `His former business partner at Lenox, Lawrence B. Cummings,`.)
    let title_pp = (a..open.saturating_sub(2)).any(|k| {
        toks[k].first.is_lowercase()
            && role_word(k)
            && matches!(&*lower(text, &toks[k + 1]), "for" | "at" | "of" | "with" | "in" | "from" | "to" | "on")
    });
    let title_before = title_before || title_pp;
    // (… or a body's common noun: `The charity, Bright Futures,` is the body.)
    let body = open > 0 && toks[open - 1].word && toks[open - 1].first.is_lowercase() && {
        let l = lower(text, &toks[open - 1]);
        is_org_word(&l) || l == "nonprofit"
    };
    // (Titles and role words before the name in apposition stay out of it: `The bill's
    // sponsor, Assemblywoman Tasha Greene,`, `retired teacher Ellen Park`.)
    let mut lead = name
        .iter()
        .take_while(|t| t.word && (is_title(&text[t.span.start..t.span.end]) || t.first.is_lowercase()))
        .count();
    // (… a place before a title too: `Indiana Gov. Mike Pence`.)
    if lead == 0 && name.len() >= 4 && name[0].word && is_title(&text[name[1].span.start..name[1].span.end]) {
        lead = 2 + usize::from(!name[2].word && name[2].first == '.');
    }
    // (A body's name opens its apposition: `The company, which is based in Ohio,` names none.)
    let body = body && lead == 0;
    let name = if name.len() - lead >= 2 { &name[lead..] } else { name };
    // (The point of a middle initial: `Lawrence B. Cummings`.)
    let initial_point =
        |k: usize| k > 0 && !name[k].word && name[k].first == '.' && name[k - 1].word && name[k - 1].span.len() == 1;
    let points = (0..name.len()).filter(|&k| initial_point(k)).count();
    if !(title_before || one_of || body) || !(if body { 1..=5 } else { 2..=4 }).contains(&(name.len() - points)) {
        return None;
    }
    let is_name_word = |t: &Tok| {
        let w = &text[t.span.start..t.span.end];
        t.word && is_cap(text, t) && !is_title(w) && !is_determiner(&lower(text, t))
    };
    let joiner = |t: &Tok| body && t.word && matches!(&*lower(text, t), "of" | "for" | "and" | "&" | "the");
    if !(0..name.len()).all(|k| is_name_word(&name[k]) || joiner(&name[k]) || initial_point(k)) || joiner(&name[0]) {
        return None;
    }
    if body {
        let span = Span::new(name[0].span.start, name[name.len() - 1].span.end);
        let kind = if is_place(&text[span.start..span.end]) { SourceKind::Place } else { SourceKind::Organization };
        return Some(Np { span, role: None, kind, pronoun: false, document: false, full_start: role.full_start });
    }
    // The role phrase: the words (and possessive marks) back to the clause's
    // start or to punctuation, without a leading article.
    // (The whole role phrase belongs to the designation: `Orban's chief of staff, Gergely Gulyas`.)
    let phrase_start = toks[a].span.start.min(role.full_start);
    if toks[a].word && matches!(&*lower(text, &toks[a]), "the" | "a" | "an") && a + 1 < open {
        a += 1;
    }
    let role_start = toks[a].span.start;
    let role_end = toks[open - 1].span.end;
    Some(Np {
        span: Span::new(name[0].span.start, name[name.len() - 1].span.end),
        role: (role_start < role_end).then(|| text[role_start..role_end].to_string()),
        kind: SourceKind::Person,
        pronoun: false,
        document: false,
        full_start: phrase_start,
    })
}

/// `Cynthia Thompson, curator … at the University of Arkansas, Fayetteville, said`:
/// a person's name opening the clause at `lim`, then an appositive (which may
/// hold commas of its own) running to the comma at `end`.
fn initial_name_apposition(text: &Src<'_>, toks: &[Tok], lim: usize, end: usize) -> Option<Np> {
    let c = (lim..end).take(10).find(|&i| !toks[i].word && toks[i].first == ',')?;
    if c + 1 >= end || end - c > 40 {
        return None;
    }
    let inner = &toks[c + 1..end];
    if inner.iter().any(|t| !t.word && matches!(t.first, '"' | '“' | '”' | ':' | ';' | '—' | '–')) {
        return None;
    }
    let nx = &toks[c + 1];
    let nl = lower(text, nx);
    let apposition = nx.word
        && (!is_cap(text, nx) || is_title(&text[nx.span.start..nx.span.end]) || nx.first.is_ascii_digit())
        && !PRONOUNS.contains(&nl.as_str())
        && !matches!(nl.as_str(), "and" | "but" | "or" | "who" | "which" | "that");
    if !apposition && !is_determiner(&nl) {
        return None;
    }
    // (A party and state label may follow the name: `Rep. Jim Jordan (R-Ohio), an oversight panel member,`.)
    let name_end = (lim..c).find(|&i| !toks[i].word && toks[i].first == '(').unwrap_or(c);
    let label_ok =
        name_end == c || c - name_end <= 7 && !toks[c - 1].word && toks[c - 1].first == ')' && name_end > lim;
    if !label_ok || !toks[lim..name_end].iter().all(|t| t.word && is_cap(text, t) || !t.word && t.first == '.') {
        return None;
    }
    let n = classify(text, toks, lim, name_end)?;
    (n.kind == SourceKind::Person && !n.pronoun && !is_place(&text[n.span.start..n.span.end])).then_some(n)
}

/// Where a lower-case role at token `r` starts with the (at most three) words that modify it
/// (`Trump campaign spokesman`, `NBC News moderator`), when they open the phrase at a
/// boundary (the limit, a punctuation mark or a determiner); `r` otherwise.
fn role_modifiers(text: &Src<'_>, toks: &[Tok], lim: usize, r: usize) -> usize {
    let mut m = r;
    while m > lim && r - m < 3 {
        let p = &toks[m - 1];
        // A plural's possessive (`Tenants' union chair Maureen Cole`): the word and its mark.
        if !p.word
            && matches!(p.first, '\'' | '\u{2019}')
            && m >= lim + 2
            && toks[m - 2].word
            && toks[m - 2].span.end == p.span.start
            && lower(text, &toks[m - 2]).ends_with('s')
        {
            m -= 2;
            continue;
        }
        if !p.word {
            break;
        }
        let pl = lower(text, p);
        let modifier = !np_stop(&pl)
            && !is_determiner(&pl)
            && !is_time_word(&pl)
            && !PRONOUNS.contains(&pl.as_str())
            && !crate::text::is_ly_adverb(&pl)
            && !pl.ends_with("ing")
            && (is_cap(text, p)
                || !pl.ends_with("ed")
                || matches!(pl.as_str(), "retired" | "disgraced" | "embattled" | "ousted" | "jailed"));
        if !modifier {
            break;
        }
        m -= 1;
    }
    let boundary = m == lim || !toks[m - 1].word || is_determiner(&lower(text, &toks[m - 1]));
    if m < r && boundary {
        m
    } else {
        r
    }
}

/// The noun phrase ending right before token `j`, no auxiliaries skipped.
fn core(text: &Src<'_>, toks: &[Tok], lim: usize, j: usize) -> Option<Np> {
    if j <= lim || !toks[j - 1].word {
        return None;
    }
    let lw = lower(text, &toks[j - 1]);
    // A text and the participle that dates it (`A Pew Research Center survey released`): the
    // text is the speaker (the designation keeps the participle, see `designation_with_aside`).
    if j >= lim + 2
        && is_dating_participle(&lw)
        && toks[j - 2].word
        && lexicon::is_document_noun(&lower(text, &toks[j - 2]))
    {
        return core(text, toks, lim, j - 1);
    }
    // A pronoun never takes an article: `the i` (a newspaper) is a name.
    if j >= lim + 2 && toks[j - 2].word && lower(text, &toks[j - 2]) == "the" && PRONOUNS.contains(&lw.as_str()) {
        let span = Span::new(toks[j - 2].span.start, toks[j - 1].span.end);
        return Some(Np {
            span,
            role: None,
            kind: SourceKind::Organization,
            pronoun: false,
            document: false,
            full_start: span.start,
        });
    }
    if PRONOUNS.contains(&lw.as_str()) {
        return classify(text, toks, j - 1, j);
    }
    // An acronym is a name even when it spells a function word (`WHO say`).
    let acronym = is_acronym(&text[toks[j - 1].span.start..toks[j - 1].span.end]);
    if !acronym && (np_stop(&lw) || is_determiner(&lw) || is_time_word(&lw)) {
        return None;
    }
    let mut a = j - 1;
    let mut words = 1;
    if is_cap(text, &toks[j - 1]) {
        // A run of capitalised words, with connectors inside (`Council on American-Islamic Relations`).
        while a > lim {
            let p = &toks[a - 1];
            let pl = lower(text, p);
            if p.word && is_cap(text, p) && pl != "the" && !np_stop(&pl) && !is_time_word(&pl) {
                a -= 1;
            } else if p.word
                && matches!(pl.as_str(), "a" | "an")
                && a >= lim + 3
                && matches!(lower(text, &toks[a - 2]).as_str(), "for" | "of")
                && is_cap(text, &toks[a - 3])
            {
                // An article after a connector inside a name (`The Committee for a Responsible
                // Federal Budget`, `Citizens for a Sound Economy`); `of the` rather parts a person
                // from an organisation (`R. J. Whitaker of the Univ. of Kansas`).
                a -= 2;
            } else if p.word
                && pl == "and"
                && a >= lim + 4
                && is_cap(text, &toks[a - 2])
                && lower(text, &toks[a - 3]) == "of"
                && is_cap(text, &toks[a - 4])
                && is_org_word(&lower(text, &toks[a - 4]))
            {
                // `and` inside a body's `of` phrase: `the Office of Rail and Road`, `the Department of
                // Health and Human Services`.
                a -= 1;
            } else if p.word
                && is_connector(&pl)
                && pl != "the"
                && pl != "and"
                && a - 1 > lim
                && (is_cap(text, &toks[a - 2])
                    || (a >= lim + 3
                        && toks[a - 2].first == '.'
                        && toks[a - 3].word
                        && is_cap(text, &toks[a - 3])
                        && toks[a - 3].span.end == toks[a - 2].span.start))
            {
                a -= 1;
            } else if !p.word
                && p.first == '.'
                && a >= lim + 2
                && toks[a - 2].word
                && toks[a - 2].span.len() <= 4
                && is_cap(text, &toks[a - 2])
                && toks[a - 2].span.end == p.span.start
            {
                // Initials and abbreviations: `K.C. Maurer`, `The U.S. Department of Agriculture`.
                a -= 2;
                words += 1;
            } else if p.word
                && is_particle(&pl)
                && (a - 1 == lim || !toks[a - 2].word || is_particle(&lower(text, &toks[a - 2])))
            {
                // A particle opening a surname (`"…," del Pozo Cruz said`).
                a -= 1;
            } else if p.word && !is_cap(text, p) && is_title(&pl) && !np_stop(&pl) {
                // A lower-case role before a name (`Turkish leader Recep Tayyip Erdogan`).
                a -= 1;
            } else {
                break;
            }
            words += 1;
            if words > 9 {
                break;
            }
        }
        // The words that make a lower-case role specific belong to it when they open the phrase:
        // `Trump campaign spokesman Jason Miller`, `Clinton communication director Jennifer Palmieri`.
        if a > lim && !is_cap(text, &toks[a]) && is_title(&lower(text, &toks[a])) {
            a = role_modifiers(text, toks, lim, a);
        }
        // A run that goes on an organisation's name (`… on American - Islamic Relations Alia Salem`):
        // the person is the last two words.
        if j - a >= 3
            && a > lim
            && toks[a..j].iter().all(|t| t.word && is_cap(text, t))
            && {
                let p = &toks[a - 1];
                !p.word && matches!(p.first, '-' | '–') || matches!(lower(text, p).as_str(), "of" | "for" | "on")
            }
            && !toks[j - 2..j].iter().any(|t| is_org_word(&lower(text, t)))
            && !common_name_end(text, &toks[..j])
        {
            a = j - 2;
        }
        // A noun for a kind of business opening the run is its description, no part of the name:
        // `Chipmaker Valdor warns …` (a headline), `Carmaker Stellantis said`.
        if j - a >= 2 && is_business_noun(&lower(text, &toks[a])) {
            return Some(Np {
                span: Span::new(toks[a + 1].span.start, toks[j - 1].span.end),
                role: Some(text[toks[a].span.start..toks[a].span.end].to_string()),
                kind: SourceKind::Organization,
                pronoun: false,
                document: false,
                full_start: toks[a].span.start,
            });
        }
        // `the secularist magazine MicroMega`: a lower-case organisation noun before a short name
        // makes the name an organisation's, the words before it its description.
        // (A person's role is no such name: `campaign spokesman Jason Miller`; nor does the
        // description hold a verb: `The party thanked campaign …`.)
        if a > lim
            && j - a <= 3
            && toks[a - 1].word
            && !is_cap(text, &toks[a - 1])
            && {
                // (… or a noun for a business or a service: `the tracking site FlightAware`.)
                let l = lower(text, &toks[a - 1]);
                is_org_word(&l)
                    || matches!(l.as_str(), "site" | "website" | "app" | "platform" | "tracker" | "startup" | "channel")
            }
            && !is_title(&lower(text, &toks[a]))
        {
            let mut r = a - 1;
            while r > lim
                && toks[r - 1].word
                && !is_cap(text, &toks[r - 1])
                && !np_stop(&lower(text, &toks[r - 1]))
                && !lower(text, &toks[r - 1]).ends_with("ed")
                && a - r < 4
            {
                r -= 1;
            }
            // (… or opening the sentence, its article dropped: `Rival chipmaker Orrin Micro warned`.)
            let opening = r == lim + 1 && is_business_noun(&lower(text, &toks[a - 1]));
            if r > lim && is_determiner(&lower(text, &toks[r - 1])) || opening {
                r -= 1;
                let role_start = toks[r].span.start;
                return Some(Np {
                    span: Span::new(toks[a].span.start, toks[j - 1].span.end),
                    role: Some(text[role_start..toks[a - 1].span.end].to_string()),
                    kind: SourceKind::Organization,
                    pronoun: false,
                    document: false,
                    full_start: role_start,
                });
            }
        }
        // `the` and a describing adjective before an organisation's name belong to its
        // mention: `The nonpartisan Commission on Presidential Debates says …`.
        if a >= lim + 2
            && toks[a - 1].word
            && toks[a - 1].first.is_lowercase()
            && lower(text, &toks[a - 2]) == "the"
            && {
                let l = lower(text, &toks[a - 1]);
                !np_stop(&l)
                    && !is_between(&l)
                    && !is_title(&l)
                    && people_noun(&l).is_none()
                    && !is_org_word(&l)
                    && !l.ends_with("ing")
                    && !l.ends_with("ed")
                    && lexicon::lookup(&l).is_none()
            }
            && classify(text, toks, a, j).is_some_and(|n| n.kind == SourceKind::Organization && n.role.is_none())
        {
            let n = classify(text, toks, a, j)?;
            return Some(Np { full_start: toks[a - 2].span.start, ..n });
        }
        // `the` before a name belongs to organisations, a quantifier to a group (`many Democrats`).
        if a > lim
            && matches!(
                lower(text, &toks[a - 1]).as_str(),
                "the" | "many" | "some" | "most" | "several" | "few" | "other"
            )
        {
            a -= 1;
        }
        trim_sentence_initial(text, toks, lim, &mut a, j);
        if let Some(n) = extend_pp(text, toks, lim, a, j) {
            return Some(n);
        }
        // Coordinated names form one speaker (`the school district and the police department`),
        // the second with its role words (`Putin and his Kazakh counterpart Kassym-Jomart Tokayev`).
        let mut b = a;
        if let Some(fs) = classify(text, toks, a, j).map(|n| n.full_start) {
            b = toks.partition_point(|t| t.span.start < fs).min(a);
            if b > lim + 2 && matches!(lower(text, &toks[b - 1]).as_str(), "his" | "her" | "their" | "its") {
                b -= 1;
            }
        }
        if b >= lim + 2 && lower(text, &toks[b - 1]) == "and" && is_cap(text, &toks[b - 2]) {
            let a = b;
            if let Some(first) = core(text, toks, lim, a - 1) {
                let second = classify(text, toks, a, j)?;
                if !first.pronoun && first.kind == second.kind && first.kind != SourceKind::Person {
                    // (… or more, in a list that opens the clause: `The United States, Britain
                    // and France said`; not `In Paris, Britain and France said`.)
                    let (start, fi) = list_start(text, toks, lim, &first);
                    let opens = fi == lim
                        || !toks[fi - 1].word
                        || matches!(
                            lower(text, &toks[fi - 1]).as_str(),
                            "as" | "while"
                                | "when"
                                | "because"
                                | "since"
                                | "but"
                                | "and"
                                | "so"
                                | "yet"
                                | "although"
                                | "though"
                                | "whereas"
                        );
                    let start = if opens { start } else { first.full_start };
                    return Some(Np { span: Span::new(start, second.span.end), role: None, ..second });
                }
                // Two people named together who open the clause speak together, a group
                // (`Mr. Grassley and Mr. Leahy said`); not `He thanked Obama and Clinton said …`.
                // (… or more, in a list: `Jeff Merkley, Sherrod Brown and Robert Menendez said`.)
                let (list_start, fi) = if first.kind == SourceKind::Person {
                    list_start(text, toks, lim, &first)
                } else {
                    (first.full_start, toks.partition_point(|t| t.span.start < first.full_start))
                };
                let opens = fi == lim
                    || !toks[fi - 1].word
                    || matches!(lower(text, &toks[fi - 1]).as_str(), "but" | "and" | "while" | "yet" | "so");
                if opens
                    && !first.pronoun
                    && !second.pronoun
                    && first.kind == SourceKind::Person
                    && second.kind == SourceKind::Person
                {
                    let span = Span::new(list_start, second.span.end);
                    return Some(Np { span, role: None, kind: SourceKind::Group, full_start: span.start, ..second });
                }
            }
        }
        return classify(text, toks, a, j);
    }
    // Common noun phrase, right to left, up to a determiner.
    while a > lim && words < 7 {
        let p = &toks[a - 1];
        if !p.word {
            if matches!(p.first, '-' | '/' | '&') {
                a -= 1;
                continue;
            }
            // A plural possessive (`Thomas' sister`).
            if matches!(p.first, '\'' | '’')
                && a >= lim + 2
                && toks[a - 2].word
                && toks[a - 2].span.end == p.span.start
                && lower(text, &toks[a - 2]).ends_with('s')
            {
                a -= 2;
                words += 1;
                continue;
            }
            // `U.S.` inside a noun phrase (`a senior U.S. official`).
            if p.first == '.'
                && a >= lim + 2
                && toks[a - 2].word
                && toks[a - 2].span.end == p.span.start
                && toks[a - 2].span.len() <= 4
                && is_cap(text, &toks[a - 2])
            {
                a -= 2;
                words += 1;
                continue;
            }
            break;
        }
        let pl = lower(text, p);
        if is_determiner(&pl) {
            a -= 1;
            // (A number's article stays with it: `The two candidates`.)
            let number = pl.chars().all(|c| c.is_ascii_digit()) || crate::segment::lexicon::is_number_word(&pl);
            if number && a > lim && matches!(lower(text, &toks[a - 1]).as_str(), "the" | "these" | "those" | "all") {
                a -= 1;
            }
            break;
        }
        if np_stop(&pl) || PRONOUNS.contains(&pl.as_str()) {
            break;
        }
        // (A participle after `of` or a determiner modifies the noun: `of registered voters`.)
        let adjectival = a >= lim + 2 && toks[a - 2].word && {
            let b = lower(text, &toks[a - 2]);
            b == "of" || is_determiner(&b)
        };
        if !adjectival
            && lexicon::lookup(&pl).is_some_and(|c| {
                matches!(c.1, lexicon::Form::Past | lexicon::Form::Third) && !matches!(c.0, lexicon::CueClass::Noun(_))
            })
        {
            break;
        }
        a -= 1;
        words += 1;
    }
    trim_sentence_initial(text, toks, lim, &mut a, j);
    // Two words coordinated at the phrase's start (`Federal and state officials`,
    // `Developers and supporters in Congress`), when they open the clause.
    if a >= lim + 2 && matches!(lower(text, &toks[a - 1]).as_str(), "and" | "or") && toks[a - 2].word {
        let w = lower(text, &toks[a - 2]);
        // (Not the object of a verb before: `Police arrested two men and officials said`.)
        let opens = a - 2 == lim
            || !toks[a - 3].word
            || is_determiner(&lower(text, &toks[a - 3])) && (a - 3 == lim || !toks[a - 4].word);
        let plain = !np_stop(&w)
            && !is_determiner(&w)
            && !PRONOUNS.contains(&w.as_str())
            && !is_time_word(&w)
            && lexicon::lookup(&w).is_none()
            && !crate::text::is_ly_adverb(&w);
        if opens && plain {
            // (With the article that opens them: `The mayor and the governor said`.)
            let article = a - 2 > lim && toks[a - 3].word && is_determiner(&lower(text, &toks[a - 3]));
            a -= if article { 3 } else { 2 };
        }
    }
    if let Some(n) = extend_pp(text, toks, lim, a, j) {
        return Some(n);
    }
    classify(text, toks, a, j)
}

/// True when `name` reads as a person's name: two to four capitalised words,
/// none of them a title, an organisation or time word, and the whole no known
/// place or organisation (`Priya Natarajan`, not `Bank`, `Secretary`, `New Zealand`).
pub(crate) fn is_person_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            let l = crate::text::Lower::new(w);
            w.starts_with(char::is_uppercase)
                && !is_title(w)
                && !is_org_word(&l)
                && !is_time_word(&l)
                && !is_acronym(w)
                && !l.ends_with("'s")
                && !l.ends_with("’s")
        })
        && !is_place(name)
        && crate::gazetteer::lookup(name).is_none()
}

/// A person's name followed by `of` + a name inside one capitalised run
/// (`Priya Natarajan of Castlemere Capital`): the organisation is an
/// apposition, the speaker is the person. `Bank of England` and
/// `Secretary of State Antony Blinken` do not start with a person's name.
/// Where a list of names of `first`'s kind ends by `first` starts (`Jeff Merkley, Sherrod
/// Brown and …`, `The United States, Britain and …`): its start and its first token.
fn list_start(text: &Src<'_>, toks: &[Tok], lim: usize, first: &Np) -> (usize, usize) {
    let mut start = first.full_start;
    let mut fi = toks.partition_point(|t| t.span.start < start);
    if first.pronoun {
        return (start, fi);
    }
    while fi >= lim + 2 && !toks[fi - 1].word && toks[fi - 1].first == ',' && is_cap(text, &toks[fi - 2]) {
        match core(text, toks, lim, fi - 1).filter(|p| p.kind == first.kind && !p.pronoun) {
            Some(p) => {
                start = p.full_start;
                fi = toks.partition_point(|t| t.span.start < start);
            }
            None => break,
        }
    }
    (start, fi)
}

fn person_of_org(text: &Src<'_>, toks: &[Tok], a: usize, j: usize) -> Option<Np> {
    let k = (a + 1..j.saturating_sub(1)).find(|&k| toks[k].word && lower(text, &toks[k]) == "of")?;
    if !is_cap(text, &toks[k + 1]) && lower(text, &toks[k + 1]) != "the" {
        return None;
    }
    let n = classify(text, toks, a, k)?;
    // (A surname after its title is a person too: `Mr. Morgan of the Sierra Club`.)
    let titled = n.full_start < n.span.start
        && text[n.full_start..n.span.start].split_whitespace().next_back().is_some_and(is_title)
        && !text[n.span.start..n.span.end].contains(' ');
    (n.kind == SourceKind::Person && !n.pronoun && (titled || is_person_name(&text[n.span.start..n.span.end])))
        .then_some(n)
}

/// A phrase inside a prepositional phrase of a common noun joins it
/// (`a doctor at the Hagadera hospital`, `a spokesman for the ministry`);
/// after a person's name it is an apposition and the person is the speaker
/// (`Tomas Lindqvist at Nordhaven Partners`, `Andrew Bailey of the Bank of England`).
fn extend_pp(text: &Src<'_>, toks: &[Tok], lim: usize, mut a: usize, j: usize) -> Option<Np> {
    // A place's compass or region word stays with it (`in western France`).
    while a > lim + 2
        && toks[a - 1].word
        && matches!(
            lower(text, &toks[a - 1]).as_str(),
            "western"
                | "eastern"
                | "northern"
                | "southern"
                | "central"
                | "northwestern"
                | "northeastern"
                | "southwestern"
                | "southeastern"
                | "rural"
                | "neighbouring"
                | "neighboring"
                | "nearby"
        )
    {
        a -= 1;
    }
    // A year or number and an article before the name (`from the 2014 American Community Survey`).
    if a > lim + 3
        && toks[a - 1].first.is_ascii_digit()
        && text.text[toks[a - 1].span.start..toks[a - 1].span.end].bytes().all(|b| b.is_ascii_digit())
        && matches!(lower(text, &toks[a - 2]).as_str(), "the" | "a" | "its" | "their")
    {
        a -= 2;
    }
    // `people with (direct) knowledge of the matter`: the phrase hangs on `with`.
    if a >= lim + 3 && lower(text, &toks[a - 1]) == "of" && lower(text, &toks[a - 2]) == "knowledge" {
        let mut w = a - 3;
        if lower(text, &toks[w]) == "direct" && w > lim {
            w -= 1;
        }
        if lower(text, &toks[w]) == "with" {
            a = w + 1;
        }
    }
    if a < lim + 2 {
        return None;
    }
    let prep = lower(text, &toks[a - 1]);
    // `Economists polled by Reuters`, `analysts surveyed by Bloomberg`: a participle and its agent.
    let agent = prep == "by"
        && a >= lim + 3
        && toks[a - 2].word
        && toks[a - 2].first.is_lowercase()
        && lower(text, &toks[a - 2]).ends_with("ed");
    // (… or a text and its author: `A survey by the Kaiser Family Foundation found`.)
    let authored = prep == "by"
        && a >= lim + 3
        && toks[a - 2].word
        && lexicon::is_document_noun(&lower(text, &toks[a - 2]))
        && toks[lim..a - 2].iter().all(|t| t.word);
    if !agent && !authored && !matches!(prep.as_str(), "at" | "of" | "for" | "from" | "with" | "in" | "on" | "to") {
        return None;
    }
    // A share of a group (`52 percent of registered voters`, `nearly eight of 10 voters`).
    if prep == "of" {
        if let Some(n) = partitive(text, toks, lim, a - 1, j) {
            return Some(n);
        }
    }
    // `people familiar with her thinking`, `sources close to the talks`: the adjective of
    // knowing stands between the people and the preposition.
    let knowing = !agent
        && matches!(prep.as_str(), "with" | "to" | "on")
        && a >= lim + 3
        && matches!(lower(text, &toks[a - 2]).as_str(), "familiar" | "close" | "knowledgeable" | "briefed");
    if knowing && lower(text, &toks[a - 3]) == "those" {
        // (`Those close to him say`: the demonstrative is the head.)
        let sp = Span::new(toks[a - 3].span.start, toks[j - 1].span.end);
        return Some(Np {
            span: sp,
            role: None,
            kind: SourceKind::Group,
            pronoun: false,
            document: false,
            full_start: sp.start,
        });
    }
    if knowing {
        let head = core(text, toks, lim, a - 2)?;
        let hs = &text[head.full_start..head.span.end];
        if hs.split(' ').next_back().and_then(people_noun).is_some() {
            return Some(Np {
                span: Span::new(head.full_start, toks[j - 1].span.end),
                kind: SourceKind::Group,
                ..head
            });
        }
    }
    let head = core(text, toks, lim, if agent { a - 2 } else { a - 1 })?;
    // (… or a surname after its title: `Mr. Morgan of the Sierra Club`.)
    let titled_surname = || {
        let name = &text[head.span.start..head.span.end];
        let title = &text[head.full_start..head.span.start];
        head.full_start < head.span.start
            && title.split_whitespace().next_back().is_some_and(is_title)
            && !name.contains(' ')
            && name.starts_with(char::is_uppercase)
            && !is_org_word(&crate::text::Lower::new(name))
    };
    if matches!(prep.as_str(), "at" | "of" | "from" | "with")
        && head.kind == SourceKind::Person
        && !head.pronoun
        && (is_person_name(&text[head.span.start..head.span.end]) || titled_surname())
    {
        return Some(head);
    }
    let hs = &text[head.full_start..head.span.end];
    let first = crate::text::Lower::new(hs.split(' ').next().unwrap_or(""));
    // (A name modifying a common noun is no name phrase: `a Reuters analysis of …`.)
    let common_head = hs.split(' ').next_back().is_some_and(|w| w.starts_with(char::is_lowercase));
    let second_cap = !common_head && hs.split(' ').nth(1).is_some_and(|w| w.starts_with(char::is_uppercase));
    // A bare plural of people (`Officials in Lagos`, `experts at the bank`).
    // … or a bare text noun (`Data from the 2014 American Community Survey show`).
    // (… or two plurals coordinated: `Developers and supporters in Congress`.)
    let coordinated = hs.split(' ').count() == 3
        && hs.split(' ').nth(1) == Some("and")
        && hs.split(' ').all(|w| w.ends_with('s') || w == "and");
    let bare_people = coordinated
        || hs.split(' ').count() <= 2
            && hs.split(' ').next_back().is_some_and(|w| people_noun(w) == Some(true) || lexicon::is_document_noun(w));
    // A headline drops the article: `Family of drowned teenager calls for …`, `Lawyer for
    // ex-minister says …` (one capitalised noun of people or kin opening the sentence).
    let headline_bare = head.full_start == toks[lim].span.start
        && hs.split(' ').count() == 1
        && toks[lim].first.is_uppercase()
        && (people_noun(&first).is_some() || is_kin_noun(&first));
    if head.pronoun
        || !(is_determiner(&first) || bare_people || headline_bare)
        || second_cap
        || hs.split(' ').count() > 4
    {
        return None;
    }
    // The kind of its people noun (`two officials familiar with …`: a group).
    let kind = hs.split(' ').rev().find_map(people_noun).map_or(head.kind, |plural| {
        if plural {
            SourceKind::Group
        } else {
            SourceKind::Person
        }
    });
    Some(Np { span: Span::new(head.full_start, toks[j - 1].span.end), kind, ..head })
}

/// True for a noun for a kind of business (`chipmaker`, `retailer`, `lender`), any case:
/// before a name it describes the company, it never opens the name itself.
fn is_business_noun(w: &str) -> bool {
    static BUSINESS: crate::clause::WordList = crate::clause::WordList::new(&[
        "chipmaker",
        "carmaker",
        "automaker",
        "drugmaker",
        "planemaker",
        "steelmaker",
        "toymaker",
        "retailer",
        "lender",
        "insurer",
        "broadcaster",
        "manufacturer",
        "supplier",
        "exporter",
        "conglomerate",
        "miner",
        "brewer",
        "startup",
    ]);
    BUSINESS.contains_ignoring_case(w)
}

/// True for a noun of kin or household (`family`, `widow`, `parents`), lower case.
fn is_kin_noun(w: &str) -> bool {
    matches!(
        w,
        "family"
            | "families"
            | "relatives"
            | "mother"
            | "father"
            | "parents"
            | "widow"
            | "widower"
            | "wife"
            | "husband"
            | "son"
            | "daughter"
            | "brother"
            | "sister"
            | "friends"
    )
}

/// A share or a number of a group before `of` at token `of` (`Only 52 percent of
/// registered voters`, `Nearly eight of 10 voters`, `Most of the senators`): the whole
/// phrase is the speaker, a group, with a leading degree adverb.
fn partitive(text: &Src<'_>, toks: &[Tok], lim: usize, of: usize, j: usize) -> Option<Np> {
    let mut a = of;
    if a > lim && toks[a - 1].word && matches!(lower(text, &toks[a - 1]).as_str(), "percent" | "per" | "cent") {
        a -= 1;
        if a > lim && lower(text, &toks[a - 1]) == "per" {
            a -= 1;
        }
    } else if a > lim && !toks[a - 1].word && toks[a - 1].first == '%' {
        a -= 1;
    }
    let q = a.checked_sub(1).filter(|&q| q >= lim && toks[q].word)?;
    let ql = lower(text, &toks[q]);
    let share = toks[q].first.is_ascii_digit()
        || crate::segment::lexicon::is_number_word(&ql)
        // (`Fifty-six percent`.)
        || ql.contains('-') && ql.split('-').all(crate::segment::lexicon::is_number_word)
        || matches!(ql.as_str(), "most" | "many" | "some" | "half" | "majority" | "all" | "several" | "none");
    if !share {
        return None;
    }
    a = q;
    // (`a majority of`, `the rest of`.)
    if a > lim && matches!(lower(text, &toks[a - 1]).as_str(), "a" | "the") && ql == "majority" {
        a -= 1;
    }
    if a > lim
        && toks[a - 1].word
        && matches!(
            lower(text, &toks[a - 1]).as_str(),
            "nearly" | "only" | "about" | "almost" | "roughly" | "just" | "over" | "some" | "around"
        )
    {
        a -= 1;
    }
    if a > lim && toks[a - 1].word && !matches!(lower(text, &toks[a - 1]).as_str(), "and" | "but") {
        // Inside a longer phrase (`the views of most of the senators`): not the phrase's start.
        return None;
    }
    let span = Span::new(toks[a].span.start, toks[j - 1].span.end);
    Some(Np { span, role: None, kind: SourceKind::Group, pronoun: false, document: false, full_start: span.start })
}

/// Drops a sentence-initial adverbial word that the scan swallowed (`Later officials said`).
fn trim_sentence_initial(text: &Src<'_>, toks: &[Tok], lim: usize, a: &mut usize, j: usize) {
    while *a + 1 < j && *a >= lim {
        let w = lower(text, &toks[*a]);
        if matches!(
            w.as_str(),
            "later" | "meanwhile" | "however" | "but" | "and" | "then" | "now" | "also" | "still" | "even"
        ) {
            *a += 1;
        } else {
            break;
        }
    }
}

/// Occasions and channels of speech: a phrase in them is an adverbial, no part of the speaker.
static OCCASIONS: crate::clause::WordList = crate::clause::WordList::new(&[
    "statement",
    "interview",
    "letter",
    "email",
    "e-mail",
    "call",
    "phone",
    "post",
    "tweet",
    "speech",
    "press",
    "briefing",
    "conference",
    "meeting",
    "hearing",
    "report",
    "video",
    "message",
    "broadcast",
    "time",
    "end",
    "start",
    "same",
]);

/// The speaker noun phrase that starts at token `i` (after `according to`, or
/// after an inverted cue `said X`), up to a comma, a period or the end `lim`.
pub fn after(text: &Src<'_>, toks: &[Tok], i: usize, lim: usize) -> Option<Np> {
    // A complementiser or relative pronoun opens a clause, not a speaker.
    if toks.get(i).is_some_and(|t| matches!(lower(text, t).as_str(), "that" | "which" | "who" | "whom" | "whose")) {
        return None;
    }
    // … and a preposition an adverbial (`…, said in a phone interview`).
    if toks.get(i).is_some_and(|t| {
        matches!(
            lower(text, t).as_str(),
            "in" | "at"
                | "on"
                | "during"
                | "from"
                | "with"
                | "to"
                | "for"
                | "after"
                | "before"
                | "via"
                | "through"
                | "over"
        )
    }) {
        return None;
    }
    let mut j = i;
    while j < lim {
        let t = &toks[j];
        if !t.word && !matches!(t.first, '-' | '&' | '\'' | '’' | '.') {
            break;
        }
        // (A dot after a short word or a title's abbreviation goes on: `Dr.`, `Prof.`, `Capt.`.)
        if !t.word
            && t.first == '.'
            && !toks.get(j.wrapping_sub(1)).is_some_and(|p| {
                p.word && (p.span.len() <= 3 || p.span.len() <= 5 && is_title(&text.text[p.span.start..p.span.end]))
            })
        {
            break;
        }
        if t.word {
            let l = lower(text, t);
            // Anonymous sources are named by what they know (`people familiar
            // with the talks`, `an official close to the negotiations`,
            // `aides briefed on the plan`, `officials with knowledge of it`).
            let prev = j.checked_sub(1).and_then(|p| toks.get(p)).filter(|p| p.word).map(|p| lower(text, p));
            let next = toks.get(j + 1).filter(|n| n.word).map(|n| lower(text, n));
            let knows = j > i
                && (matches!(l.as_str(), "with" | "to" | "on" | "about")
                    && prev
                        .as_deref()
                        .is_some_and(|p| matches!(p, "familiar" | "close" | "briefed" | "knowledgeable"))
                    || l == "with" && next.as_deref().is_some_and(|n| matches!(n, "knowledge" | "direct"))
                    || l == "briefed" && next.as_deref().is_some_and(|n| matches!(n, "on" | "about")));
            // A source placed in a body or a place (`said one GOP source in the room`, `said
            // an official at the ministry`); not an occasion (`said a spokesman in a statement`).
            let placed = j > i
                && matches!(l.as_str(), "in" | "on" | "at")
                && prev.as_deref().is_some_and(|p| people_noun(p).is_some())
                && next.as_deref() == Some("the")
                && toks.get(j + 2).is_some_and(|n| {
                    let w = lower(text, n);
                    n.word && !is_time_word(&w) && !OCCASIONS.contains(&w.as_str())
                });
            if knows || placed {
                j += 1;
                continue;
            }
            // A time adverbial ends the phrase: `by the state agency two years ago`, `by aides Monday`.
            let ago = toks.get(j + 2).is_some_and(|a| a.word && lower(text, a) == "ago")
                && next.as_deref().is_some_and(|u| {
                    matches!(
                        u.trim_end_matches('s'),
                        "second" | "minute" | "hour" | "day" | "week" | "month" | "year" | "decade"
                    )
                });
            // (A capitalised month is a name's too: `Theresa May`, `Gen. August Kreis`; a weekday is not.)
            let weekday = l.ends_with("day") && is_time_word(&l);
            if j > i && (ago || is_time_word(&l) && (weekday || !is_cap(text, t))) {
                break;
            }
            // (`May` and `Will` after a name's first word are names, not modals.)
            let name_word = j > i && is_cap(text, t) && matches!(l.as_str(), "may" | "will");
            if j > i
                && !name_word
                && matches!(
                    l.as_str(),
                    "who"
                        | "which"
                        | "that"
                        | "whose"
                        | "to"
                        | "in"
                        | "on"
                        | "at"
                        | "about"
                        | "when"
                        | "as"
                        | "after"
                        | "during"
                        | "last"
                        | "this"
                        | "with"
                        | "said"
                        | "says"
                        | "told"
                        | "is"
                        | "are"
                        | "was"
                        | "were"
                        | "will"
                        | "would"
                        | "has"
                        | "have"
                        | "had"
                        | "can"
                        | "could"
                        | "may"
                        | "might"
                        | "should"
                        | "must"
                )
            {
                break;
            }
            // A finite verb after the phrase's first word makes it a clause, no speaker
            // (`…, said the event brought back memories`).
            if j > i
                && !is_cap(text, t)
                && (is_irregular_past(&l)
                    && !matches!(
                        l.as_str(),
                        "said"
                            | "told"
                            | "made"
                            | "sent"
                            | "led"
                            | "set"
                            | "put"
                            | "cut"
                            | "hit"
                            | "shot"
                            | "left"
                            | "met"
                    )
                    || matches!(l.as_str(), "is" | "are" | "was" | "were" | "has" | "have" | "had" | "will" | "would"))
            {
                return None;
            }
            // A reduced relative clause (`a posting made …`).
            let participle = matches!(
                l.as_str(),
                "seen" | "made" | "written" | "given" | "taken" | "shown" | "known" | "sent" | "obtained"
            );
            // (After an article or possessive it is a noun: `the filing`, `its ruling`, `the accused`.)
            let noun = prev.as_deref().is_some_and(|p| is_determiner(p) || p.ends_with("'s") || p.ends_with("’s"));
            if j > i
                && !is_cap(text, t)
                && !noun
                && ((l.ends_with("ed") || l.ends_with("ing")) && l.len() > 4 || participle)
            {
                break;
            }
        }
        j += 1;
        if j - i > 12 {
            return None;
        }
    }
    while j > i && !toks[j - 1].word {
        j -= 1;
    }
    classify(text, toks, i, j)
}

/// Common irregular past-tense verbs (to find the end of a subject without a tagger).
pub fn is_irregular_past(w: &str) -> bool {
    matches!(
        w,
        "withdrew"
            | "went"
            | "came"
            | "made"
            | "took"
            | "gave"
            | "met"
            | "left"
            | "won"
            | "lost"
            | "held"
            | "led"
            | "began"
            | "became"
            | "saw"
            | "sent"
            | "spent"
            | "paid"
            | "kept"
            | "brought"
            | "built"
            | "fell"
            | "rose"
            | "grew"
            | "ran"
            | "struck"
            | "fought"
            | "sold"
            | "bought"
            | "told"
            | "said"
            | "put"
            | "set"
            | "cut"
            | "hit"
            | "shot"
            | "drove"
            | "broke"
            | "chose"
            | "flew"
            | "froze"
            | "hid"
            | "sank"
            | "stole"
            | "threw"
            | "wore"
            | "wrote"
            | "got"
            | "had"
            | "did"
            | "knew"
            | "thought"
            | "found"
            | "felt"
            | "stood"
            | "sat"
            | "lay"
            | "meant"
            | "sought"
            | "taught"
            | "caught"
            | "fled"
            | "overtook"
            | "undertook"
            | "forgave"
            | "arose"
            | "bore"
            | "shook"
            | "swore"
            | "tore"
            | "spoke"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn head_words_and_plurals() {
        assert_eq!(head_word("Data from the 2014 American Community Survey"), "Data");
        assert_eq!(head_word("A survey by the Kaiser Family Foundation"), "survey");
        assert_eq!(head_word("Polling averages"), "averages");
        // The first preposition in the text cuts, whichever it is.
        let by_find = |name: &str| -> String {
            let head = [" from ", " of ", " in ", " on ", " at ", " for ", " by "]
                .iter()
                .filter_map(|p| name.find(p))
                .min()
                .map_or(name, |i| &name[..i]);
            head.rsplit(' ').next().unwrap_or("").to_string()
        };
        for n in [
            "A poll by the bank of Spain",
            "Data in charts for all",
            "the  of ",
            " by",
            "Zoë’s data on café",
            "x at  y",
            "",
        ] {
            assert_eq!(head_word(n), by_find(n), "{n}");
        }
        assert!(plural_word("officials") && plural_word("data") && plural_word("percent"));
        assert!(!plural_word("congress") && !plural_word("union's") && !plural_word("review"));
    }

    /// `is_title` as first written, on the lists' sets.
    fn is_title_by_sets(w: &str) -> bool {
        let set = crate::clause::WordSet::new(TITLES);
        let t = w.trim_end_matches('.');
        set.has(w) || t.len() != w.len() && set.has(t) || is_nationality(t)
    }

    #[test]
    fn titles_as_by_the_sets() {
        let mut words: Vec<String> =
            TITLES.iter().chain(IRREGULAR_NATIONALITIES.iter()).map(|w| w.to_string()).collect();
        words.extend(
            words
                .clone()
                .iter()
                .flat_map(|w| [w.to_uppercase(), format!("{w}."), format!("{w}..x"), w.replace('\'', "’")]),
        );
        words.extend(
            [
                "Russian",
                "Brian",
                "KAZAKH",
                "Türkiye",
                "Mr.",
                "MR..",
                "Ms",
                "u.s.",
                "U.S",
                "Kurdish",
                "Ali",
                "",
                ".",
                "ﬁ",
                "\u{212A}azakh",
            ]
            .map(String::from),
        );
        for w in &words {
            assert_eq!(is_title(w), is_title_by_sets(w), "{w}");
        }
    }

    #[test]
    fn capitalised_words_and_name_prefixes() {
        let t = "al-Assad el-Sisi bin-Salman ibn-Saud ben-Ali al- bin- alpha a-b be-all I'm Iran 'Ali élan";
        let caps: Vec<&str> = super::super::tok::tokenize(t)
            .iter()
            .filter(|k| is_cap(t, k))
            .map(|k| &t[k.span.start..k.span.end])
            .collect();
        assert_eq!(caps, ["al-Assad", "el-Sisi", "bin-Salman", "ibn-Saud", "ben-Ali", "Iran", "Ali"]);
    }

    #[test]
    fn place_names_fit_the_stack_buffer() {
        assert!(PLACES.iter().all(|p| p.len() <= PLACE_MAX));
    }

    #[test]
    fn joined_places_as_the_joined_string() {
        for t in [
            "the United Arab Emirates",
            "The  united arab   EMIRATES",
            "New York",
            "Türkiye",
            "TÜRKİYE",
            "South Korea said",
            "K . Maurer",
            "Saudi Arabia",
            "a very long phrase of many words that is no place at all",
            "",
        ] {
            let toks = super::super::tok::tokenize(t);
            for a in 0..=toks.len() {
                for b in a..=toks.len() {
                    let words: Vec<&str> = toks[a..b].iter().map(|k| &t[k.span.start..k.span.end]).collect();
                    assert_eq!(is_place_joined(t, &toks[a..b]), is_place(&words.join(" ")), "{t} {a}..{b}");
                }
            }
        }
    }
}
