//! Tokens for the attribution rules: words and single punctuation marks, with spans.

use claims_model::Span;

/// A token of the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    /// Where it stands.
    pub span: Span,
    /// True for words (letters, digits and inner joiners), false for a punctuation mark.
    pub word: bool,
    /// The first char (for punctuation: the mark).
    pub first: char,
    /// True when the token is ASCII.
    pub ascii: bool,
}

#[inline]
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '@' || c == '#' || c == '$' || c == '%'
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | ',' | '/' | '‑' | '&' | ':')
}

/// True at the ASCII letters and digits.
static ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// Tokenises the whole text once: words (keeping inner `’`, `-`, `.`, `,`) and
/// every other non-space char as its own token.
pub fn tokenize(text: &str) -> Vec<Tok> {
    let bytes = text.as_bytes();
    // About one token per five or six bytes of news text: room for one per four, seldom grown.
    let mut out = Vec::with_capacity(text.len() / 4 + 8);
    let mut start: Option<(usize, char)> = None;
    // True when the word begun at `start` has a char outside ASCII.
    let mut wide = false;
    let mut i = 0;
    while i < bytes.len() {
        let byte = bytes[i];
        // ASCII letters and digits (most bytes): a word char, nothing else to decide.
        if byte.is_ascii_alphanumeric() {
            if start.is_none() {
                start = Some((i, char::from(byte)));
                wide = false;
            }
            i += 1;
            while i < bytes.len() && ALNUM[usize::from(bytes[i])] {
                i += 1;
            }
            continue;
        }
        // A space (the next most common byte) ends a word and is no token.
        if byte == b' ' {
            if let Some((b, f)) = start.take() {
                out.push(Tok { span: Span::new(b, i), word: true, first: f, ascii: !wide });
            }
            i += 1;
            continue;
        }
        let (c, n) = crate::text::char_at(text, i);
        if is_word_char(c) {
            if start.is_none() {
                start = Some((i, c));
                wide = false;
            }
            wide |= n > 1;
            i += n;
            continue;
        }
        if let Some((b, f)) = start {
            let next = (i + n < bytes.len()).then(|| crate::text::char_at(text, i + n).0);
            let next_word = next.is_some_and(char::is_alphanumeric);
            // `,` and `:` join only digits (`1,000`, `6:00`); the word so far ends at byte `i`.
            let comma = matches!(c, ',' | ':');
            let digits = !comma || bytes[i - 1].is_ascii_digit();
            if is_joiner(c) && next_word && digits && (!comma || next.is_some_and(|n| n.is_ascii_digit())) {
                wide |= n > 1;
                i += n;
                continue;
            }
            // A dotted acronym keeps its last dot before a lower-case word (`The S.E.C. said`,
            // `F.B.I. officials`): no sentence ends there.
            let acronym = c == '.' && is_dotted_acronym(&bytes[b..i]) && {
                let rest = &bytes[i + 1..];
                rest.first() == Some(&b' ') && rest.get(1).is_some_and(u8::is_ascii_lowercase)
            };
            if acronym {
                out.push(Tok { span: Span::new(b, i + 1), word: true, first: f, ascii: !wide });
                start = None;
                i += 1;
                continue;
            }
            out.push(Tok { span: Span::new(b, i), word: true, first: f, ascii: !wide });
            start = None;
        }
        // Two typewriter apostrophes (`''A museum,'' he said`, as some archives print
        // quotation marks) are one double quotation mark.
        if c == '\'' && bytes.get(i + 1) == Some(&b'\'') {
            out.push(Tok { span: Span::new(i, i + 2), word: false, first: '"', ascii: true });
            i += 2;
            continue;
        }
        if !c.is_whitespace() {
            out.push(Tok { span: Span::new(i, i + n), word: false, first: c, ascii: n == 1 });
        }
        i += n;
    }
    if let Some((b, f)) = start {
        out.push(Tok { span: Span::new(b, text.len()), word: true, first: f, ascii: !wide });
    }
    out
}

/// True for capital letters joined by dots, the last dot not included (`U.S`, `S.E.C`).
fn is_dotted_acronym(w: &[u8]) -> bool {
    w.len() >= 3 && w.iter().enumerate().all(|(k, b)| if k % 2 == 0 { b.is_ascii_uppercase() } else { *b == b'.' })
}

/// The index of the first token starting at or after `pos`.
pub fn index_at(toks: &[Tok], pos: usize) -> usize {
    toks.partition_point(|t| t.span.start < pos)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dotted_acronym_keeps_its_dot_before_a_lower_case_word() {
        let t = "The S.E.C. said it. In the U.S. The end. U.S. Senate";
        let v: Vec<&str> = tokenize(t).iter().map(|k| &t[k.span.start..k.span.end]).collect();
        assert_eq!(
            v,
            ["The", "S.E.C.", "said", "it", ".", "In", "the", "U.S", ".", "The", "end", ".", "U.S", ".", "Senate"]
        );
    }

    #[test]
    fn words_and_marks() {
        let t = "“Russia’s 1,000 troops,” U.S. envoy said: 6:30, well-known.";
        let toks = tokenize(t);
        let v: Vec<&str> = toks.iter().map(|k| &t[k.span.start..k.span.end]).collect();
        assert_eq!(
            v,
            [
                "“",
                "Russia’s",
                "1,000",
                "troops",
                ",",
                "”",
                "U.S.",
                "envoy",
                "said",
                ":",
                "6:30",
                ",",
                "well-known",
                "."
            ]
        );
        assert!(toks[1].word && !toks[0].word);
        assert!(toks.iter().all(|k| k.ascii == t[k.span.start..k.span.end].is_ascii()));
        let u = "Zoë’s «café» in Türkiye‑Nord, 1,000€, naïve… l’État: x’";
        assert!(tokenize(u).iter().all(|k| k.ascii == u[k.span.start..k.span.end].is_ascii()));
        assert_eq!(index_at(&toks, 1), 1);
    }

    #[test]
    fn doubled_apostrophes_are_one_quotation_mark() {
        let t = "''It works,'' she said, ''we're sure.''";
        let toks = tokenize(t);
        let marks: Vec<&str> = toks.iter().filter(|k| k.first == '"').map(|k| &t[k.span.start..k.span.end]).collect();
        assert_eq!(marks, ["''", "''", "''", "''"]);
        assert!(toks.iter().any(|k| &t[k.span.start..k.span.end] == "we're"));
    }
}
