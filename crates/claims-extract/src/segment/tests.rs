//! Unit tests, one group per rule.

use super::*;

fn seg(t: &str) -> Vec<&str> {
    segment(t)
        .into_iter()
        .map(|s| {
            assert_eq!(&t[s.start..s.end], s.text);
            &t[s.start..s.end]
        })
        .collect()
}

#[test]
fn plain_sentences() {
    assert_eq!(seg("Hello world. How are you? Fine!"), ["Hello world.", "How are you?", "Fine!"]);
    assert_eq!(seg(""), Vec::<&str>::new());
    assert_eq!(seg("  \n\n "), Vec::<&str>::new());
    assert_eq!(seg("no terminator"), ["no terminator"]);
}
