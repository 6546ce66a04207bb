//! One claim core's words, read once for the semantic stages.
//!
//! Certainty ([`crate::modality`]), negation ([`crate::negation`]) and time
//! ([`crate::temporal`]) each read the same core: its words with their asides
//! ([`clause::toks`] read with [`While::Aside`]), the main words of those
//! ([`crate::negation::main_words`]) and, for each word, whether it is in one
//! of their cheap-filter lists. A [`ClauseWords`] splits the span once, looks
//! every word up once in one table holding all those lists (one bit per list,
//! [`WordBits`]), and reads the main words the first time a stage asks for
//! them. Each stage's `*_words` variant gives the same answer as its plain
//! function on the same span.

use std::cell::OnceCell;
use std::sync::LazyLock;

use claims_model::Span;

use crate::clause::{self, Tok, While};
use crate::wordbits::WordBits;

/// Bits of the shared table: the hedge lists of [`crate::modality`] (the low
/// five bits, see [`crate::modality::hedge_lists`]), then one bit per stage's
/// trigger list (and bits 8 and 9, `crate::negation::EMBED_OPENER`, `EMBED_ATTITUDE`).
pub(crate) mod bit {
    /// The five hedge-run bits of [`crate::modality::hedge_lists`].
    pub const HEDGE: u32 = 0b1_1111;
    /// A word the negation rules look at ([`crate::negation::trigger_words`]).
    pub const NEGATION: u32 = 1 << 5;
    /// A word that may open a time expression ([`crate::temporal::trigger_words`]).
    pub const TIME: u32 = 1 << 6;
    /// A word the certainty rules look at ([`crate::modality::trigger_words`]).
    pub const CERTAINTY: u32 = 1 << 7;
}

/// All the lists, each with its bit(s).
static TABLE: LazyLock<WordBits> = LazyLock::new(|| {
    let mut lists: Vec<(Vec<&'static str>, u32)> = crate::modality::hedge_lists();
    lists.push((crate::negation::trigger_words(), bit::NEGATION));
    lists.push((crate::temporal::trigger_words(), bit::TIME));
    lists.push((crate::modality::trigger_words(), bit::CERTAINTY));
    // (Bits 8 and 9: `crate::negation::EMBED_OPENER`, `EMBED_ATTITUDE`.)
    lists.extend(crate::negation::embed_lists());
    let refs: Vec<(&[&str], u32)> = lists.iter().map(|(l, b)| (l.as_slice(), *b)).collect();
    WordBits::new(&refs)
});

/// The words of one span (a claim's core) with their asides and list bits.
#[derive(Debug)]
pub(crate) struct ClauseWords<'a> {
    /// The span, clamped to the text ([`clause::clamp`]).
    span: Span,
    /// [`clause::toks`] of the span read with [`While::Aside`].
    toks: Vec<Tok<'a>>,
    /// For each of `toks`, the bits of the lists holding it (see [`bit`]).
    bits: Vec<u32>,
    /// [`crate::negation::main_words`] of `toks` with their bits, read on first use.
    main: OnceCell<(Vec<Tok<'a>>, Vec<u32>)>,
}

impl<'a> ClauseWords<'a> {
    /// The words of `text[span]` (clamped).
    #[cfg(test)]
    pub(crate) fn new(text: &'a str, span: Span) -> Self {
        Self::new_in(text, span, (Vec::new(), Vec::new()))
    }

    /// [`ClauseWords::new`] read into `bufs` (the buffers of [`ClauseWords::into_buffers`]
    /// of an earlier span of the text: no allocation once they are large enough).
    pub(crate) fn new_in(text: &'a str, span: Span, bufs: (Vec<Tok<'a>>, Vec<u32>)) -> Self {
        let span = clause::clamp(text, span);
        let toks = clause::toks_in(text, span, While::Aside, bufs.0);
        let mut bits = bufs.1;
        bits.clear();
        bits.extend(toks.iter().map(|t| TABLE.get(t.text)));
        ClauseWords { span, toks, bits, main: OnceCell::new() }
    }

    /// The buffers of the words and their bits, for [`ClauseWords::new_in`].
    pub(crate) fn into_buffers(self) -> (Vec<Tok<'a>>, Vec<u32>) {
        (self.toks, self.bits)
    }

    /// The clamped span.
    pub(crate) fn span(&self) -> Span {
        self.span
    }

    /// The words with their aside flags ([`clause::toks`] with [`While::Aside`]).
    pub(crate) fn toks(&self) -> &[Tok<'a>] {
        &self.toks
    }

    /// The list bits of each of [`ClauseWords::toks`].
    pub(crate) fn bits(&self) -> &[u32] {
        &self.bits
    }

    /// The main words ([`crate::negation::main_words`] of the words) and their bits.
    pub(crate) fn main(&self) -> (&[Tok<'a>], &[u32]) {
        let (m, b) = self.main.get_or_init(|| {
            let m = crate::negation::main_words_bits(&self.toks, &self.bits);
            // The main words are some of the words, in order: their bits by a walk.
            let mut b = Vec::with_capacity(m.len());
            let mut j = 0;
            for t in &m {
                while self.toks[j].span != t.span {
                    j += 1;
                }
                b.push(self.bits[j]);
                j += 1;
            }
            (m, b)
        });
        (m, b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bits_agree_with_each_stage_table() {
        let t = "Officials didn’t say whether the bridge, which opened in May, might reopen next week; it is unclear.";
        let w = ClauseWords::new(t, Span::new(0, t.len()));
        let neg = WordBits::of(&crate::negation::trigger_words());
        let time = WordBits::of(&crate::temporal::trigger_words());
        let cert = WordBits::of(&crate::modality::trigger_words());
        for (tok, b) in w.toks().iter().zip(w.bits()) {
            assert_eq!(b & bit::NEGATION != 0, neg.has(tok.text), "{}", tok.text);
            assert_eq!(b & bit::TIME != 0, time.has(tok.text), "{}", tok.text);
            assert_eq!(b & bit::CERTAINTY != 0, cert.has(tok.text), "{}", tok.text);
        }
        let embed = {
            let lists = crate::negation::embed_lists();
            let refs: Vec<(&[&str], u32)> = lists.iter().map(|(l, b)| (l.as_slice(), *b)).collect();
            WordBits::new(&refs)
        };
        for (tok, b) in w.toks().iter().zip(w.bits()) {
            assert_eq!(
                b & (crate::negation::EMBED_OPENER | crate::negation::EMBED_ATTITUDE),
                embed.get(tok.text),
                "{}",
                tok.text
            );
        }
        let (m, mb) = w.main();
        assert_eq!(m, crate::negation::main_words(w.toks()).as_slice());
        assert_eq!(m.len(), mb.len());
        assert!(m.iter().zip(mb).all(|(t, b)| *b == TABLE.get(t.text)));
    }

    #[test]
    fn each_stage_reads_the_table_as_its_own_words() {
        let p = chrono::NaiveDate::from_ymd_opt(2023, 11, 9);
        for t in [
            "The summit opens on Saturday in Astana.",
            "The road has been closed until next Friday, officials who did not want to be named said.",
            "Officials might not reopen the bridge, which was built in 1999, before March 2024.",
            "While prices rose last year, the bank is expected to cut rates in January.",
            "The law takes effect in January; it was passed last week and isn’t popular.",
        ] {
            let span = Span::new(0, t.len());
            let w = ClauseWords::new(t, span);
            let read = crate::modality::certainty_words(t, &w);
            assert_eq!(read, crate::modality::certainty(t, span), "{t}");
            assert_eq!(crate::negation::negated_words(&w), crate::negation::negated(t, span), "{t}");
            let own = crate::temporal::time_words(t, &w, p, read.0);
            assert_eq!(own, crate::temporal::time_with(t, span, p, Some(read.0)), "{t}");
            let m = clause::toks(t, span, While::Aside);
            for c in [None, Some(read.0)] {
                assert_eq!(
                    crate::temporal::time_with(t, span, p, c),
                    crate::temporal::time_in(t, span, p, c, &m),
                    "{t}"
                );
            }
            let own_time = own.as_ref().map(|x| (x.date, x.span));
            assert_eq!(
                crate::modality::certainty_at_words(t, span, &w, p, read, own_time),
                crate::modality::certainty_at(t, span, p),
                "{t}"
            );
        }
    }
}
