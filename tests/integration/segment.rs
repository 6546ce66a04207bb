//! `claims segment`.

use crate::harness::*;

#[test]
fn segment_json_spans_are_exact() {
    let path = fixtures().join("seed/article.txt");
    let r = run(&["segment", path.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = std::fs::read_to_string(&path).unwrap();
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let arr = v.as_array().unwrap();
    assert!(arr.len() > 10);
    for (i, s) in arr.iter().enumerate() {
        assert_eq!(s["index"], i);
        let (a, b) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
        assert_eq!(&text[a..b], s["text"].as_str().unwrap());
    }
}

#[test]
fn empty_input_is_an_empty_result() {
    let r = run_stdin(&["segment", "-"], b"");
    assert_eq!(r.code, 0);
    assert_eq!(r.stdout.trim(), "[]");
}

#[test]
fn binary_and_invalid_utf8_and_missing_files_are_clean_errors() {
    assert_clean_error(&run_stdin(&["segment", "-"], b"abc\0def"), "standard input");
    assert_clean_error(&run_stdin(&["segment", "-"], b"caf\xe9 au lait"), "UTF-8");
    assert_clean_error(&run(&["segment", "/no/such/file.txt"]), "/no/such/file.txt");
    assert_clean_error(&run(&["segment", "/"]), "directory");
}

#[test]
fn text_format_prints_one_sentence_per_line() {
    let r = run_stdin(&["segment", "-", "--format", "text"], b"One here. Two there.\nThree.");
    assert_eq!(r.code, 0);
    assert_eq!(r.stdout, "One here.\nTwo there.\nThree.\n");
}

#[test]
fn closed_pipe_is_not_an_error() {
    use std::process::Stdio;
    let path = fixtures().join("seed/article.txt");
    let mut child = cmd(&["segment", path.to_str().unwrap(), "--format", "text"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(out.status.code() == Some(0), "{stderr}");
}
