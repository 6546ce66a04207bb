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

#[test]
fn ellipsis_before_i() {
    assert_eq!(seg("I thought... I would go."), ["I thought... I would go."]);
}

#[test]
fn titles_and_abbreviations() {
    assert_eq!(
        seg("Mr. Smith met Dr. Jones and Sen. Barack Obama."),
        ["Mr. Smith met Dr. Jones and Sen. Barack Obama."]
    );
    assert_eq!(
        seg("He climbed Mt. Fuji. St. Michael's Church is old."),
        ["He climbed Mt. Fuji.", "St. Michael's Church is old."]
    );
    assert_eq!(
        seg("Gen. Thomas A. Reyes (ret.), the chair, spoke."),
        ["Gen. Thomas A. Reyes (ret.), the chair, spoke."]
    );
    assert_eq!(
        seg("He works for ABC Ltd. and BCD Co. She works for BCD Corp."),
        ["He works for ABC Ltd. and BCD Co.", "She works for BCD Corp."]
    );
    assert_eq!(
        seg("I need 3 items, e.g. a hat. The Giants vs. the Tigers."),
        ["I need 3 items, e.g. a hat.", "The Giants vs. the Tigers."]
    );
    assert_eq!(
        seg("Is it perfect? No. Is it better? Probably."),
        ["Is it perfect?", "No.", "Is it better?", "Probably."]
    );
}

#[test]
fn multi_period_abbreviations() {
    assert_eq!(
        seg("There were 500 cases in the U.S. The U.S. Army said so."),
        ["There were 500 cases in the U.S.", "The U.S. Army said so."]
    );
    assert_eq!(seg("I live in the U.S.A. I went to J.C. Penney."), ["I live in the U.S.A.", "I went to J.C. Penney."]);
    assert_eq!(seg("She earned her Ph.D. Tom was impressed."), ["She earned her Ph.D.", "Tom was impressed."]);
    assert_eq!(seg("Smith, Ph.D. graduated."), ["Smith, Ph.D. graduated."]);
}

#[test]
fn months_and_numbers() {
    assert_eq!(
        seg("On Jan. 12, she left. He is no. 5, see p. 55 and Fig. 3."),
        ["On Jan. 12, she left.", "He is no. 5, see p. 55 and Fig. 3."]
    );
    assert_eq!(seg("I have 600. How many do you have?"), ["I have 600.", "How many do you have?"]);
}

#[test]
fn initials() {
    assert_eq!(
        seg("His name is Alfred E. Sloan. J. R. R. Tolkien wrote it."),
        ["His name is Alfred E. Sloan.", "J. R. R. Tolkien wrote it."]
    );
    assert_eq!(seg("She agreed with him and I. We left."), ["She agreed with him and I.", "We left."]);
    // Any other single capital is an initial or a symbol, as in the upstream rules.
    assert_eq!(
        seg("Attach r leaves to each vertex in X. If X is empty, stop."),
        ["Attach r leaves to each vertex in X. If X is empty, stop."]
    );
    // … but the platform X after `on` or `via` ends its sentence.
    assert_eq!(
        seg("\"Nobody wins,\" she wrote on X. \"Both sides need to talk.\""),
        ["\"Nobody wins,\" she wrote on X.", "\"Both sides need to talk.\""]
    );
    assert_eq!(seg("He posted via X. Then he left."), ["He posted via X.", "Then he left."]);
}

#[test]
fn decimals_versions_urls_emails() {
    assert_eq!(
        seg("Rates rose 5.25% to $1.2285 in v2.4.1. Next."),
        ["Rates rose 5.25% to $1.2285 in v2.4.1.", "Next."]
    );
    assert_eq!(
        seg("Write to press@agency.example.org. Visit www.example.com/a.html today."),
        ["Write to press@agency.example.org.", "Visit www.example.com/a.html today."]
    );
}

#[test]
fn clock_times_and_eras() {
    assert_eq!(seg("He left at 6 p.m. Travelers stayed."), ["He left at 6 p.m.", "Travelers stayed."]);
    assert_eq!(seg("At 5 a.m. Mr. Smith went to the bank."), ["At 5 a.m. Mr. Smith went to the bank."]);
    assert_eq!(seg("At 6 a.m. The birds sing."), ["At 6 a.m.", "The birds sing."]);
    assert_eq!(seg("At 11:58 p.m. PDT on Monday, police spoke."), ["At 11:58 p.m. PDT on Monday, police spoke."]);
    assert_eq!(
        seg("Rome was founded in 753 B.C. Augustus came later. In 44 B.C. Caesar died."),
        ["Rome was founded in 753 B.C.", "Augustus came later.", "In 44 B.C. Caesar died."]
    );
}

#[test]
fn units_after_numbers() {
    assert_eq!(
        seg("He is 5 ft. 6 in. tall. He measured 6 in. The wall held."),
        ["He is 5 ft. 6 in. tall.", "He measured 6 in.", "The wall held."]
    );
    assert_eq!(seg("Come in. Sit down."), ["Come in.", "Sit down."]);
}

#[test]
fn ellipses() {
    assert_eq!(
        seg("Happy... No one said so. Happy... no one said so."),
        ["Happy...", "No one said so.", "Happy... no one said so."]
    );
    assert_eq!(
        seg("Happy! . . .  No one. Really ? ? ? Then go."),
        ["Happy! . . .", "No one.", "Really ? ? ?", "Then go."]
    );
    assert_eq!(seg("We don't know… The tick is here."), ["We don't know…", "The tick is here."]);
}

#[test]
fn numbered_lists() {
    assert_eq!(
        seg("Do this:\n1. Test patients.\n2. Report cases."),
        ["Do this:", "1. Test patients.", "2. Report cases."]
    );
    assert_eq!(
        seg("Finally, this. 1. The first item 2. The second item"),
        ["Finally, this.", "1. The first item", "2. The second item"]
    );
    assert_eq!(seg("a) here it is b) another c) one more"), ["a) here it is", "b) another", "c) one more"]);
    assert_eq!(seg("(a) Hello world. (b) Hello world."), ["(a) Hello world.", "(b) Hello world."]);
    assert_eq!(seg("As payment for 1. above, pay us."), ["As payment for 1. above, pay us."]);
}

#[test]
fn quotes_and_brackets_closing_a_sentence() {
    assert_eq!(
        seg("“We’ve seen this before,” he said. “They call it an emergency.”"),
        ["“We’ve seen this before,” he said.", "“They call it an emergency.”"]
    );
    assert_eq!(seg("“Why would I do that?” he asked. “Show me.”"), ["“Why would I do that?” he asked.", "“Show me.”"]);
    assert_eq!(
        seg("“Not one dime!” Rep. Carl Benning wrote. Others agreed."),
        ["“Not one dime!” Rep. Carl Benning wrote.", "Others agreed."]
    );
    assert_eq!(seg("“We will win.” He said the party was ready."), ["“We will win.”", "He said the party was ready."]);
    assert_eq!(
        seg("She turned to him, \"This is great.\" She held the book."),
        ["She turned to him, \"This is great.\"", "She held the book."]
    );
    assert_eq!(
        seg("(Dinah was the cat.) Charles (Ind.) said he."),
        ["(Dinah was the cat.)", "Charles (Ind.) said he."]
    );
    assert_eq!(
        seg("Check the reference [page. 42] for details. Go."),
        ["Check the reference [page. 42] for details.", "Go."]
    );
    assert_eq!(seg("He was a martyr.[1] The emperor ruled."), ["He was a martyr.[1]", "The emperor ruled."]);
}

#[test]
fn quotations_over_several_sentences() {
    // Each sentence of a quotation is its own sentence; the quote marks stay with their sentence.
    assert_eq!(
        seg("“This is not a wish list. It is the minimum,” Sen. Delgado said."),
        ["“This is not a wish list.", "It is the minimum,” Sen. Delgado said."]
    );
    // A quotation that runs over paragraphs (opening mark repeated, first paragraph not closed).
    assert_eq!(
        seg("“I have spent two years on this.\n\n“I will sign a petition,” she said."),
        ["“I have spent two years on this.", "“I will sign a petition,” she said."]
    );
    // A line break inside an open quotation that has not ended does not end the sentence.
    assert_eq!(seg("He said “we will\nnot go” and left.\nNext."), ["He said “we will\nnot go” and left.", "Next."]);
    // Literary mode keeps a quotation that closes on the line whole.
    let opts = SegmentOptions { split_quotations: false };
    let t = "\"How many? I don't know.\" She left.";
    let got: Vec<String> = segment_with(t, &opts).into_iter().map(|s| s.text).collect();
    assert_eq!(got, ["\"How many? I don't know.\"", "She left."]);
}

#[test]
fn line_breaks_end_sentences() {
    assert_eq!(seg("Floods close schools\nHeavy rain fell"), ["Floods close schools", "Heavy rain fell"]);
    assert_eq!(seg("Hello World. \r\n Hello."), ["Hello World.", "Hello."]);
    assert_eq!(seg("(6 3/4\" Trophy)\nThe team will judge."), ["(6 3/4\" Trophy)", "The team will judge."]);
}

#[test]
fn social_posts() {
    let t = "Putin is set to visit, amid interest in the region.https://t.co/ICta5gnHhw\n— Al Arabiya English (@AlArabiya_Eng) November 9, 2023\nCentral Asia looks west.";
    assert_eq!(
        seg(t),
        [
            "Putin is set to visit, amid interest in the region.https://t.co/ICta5gnHhw",
            "— Al Arabiya English (@AlArabiya_Eng) November 9, 2023",
            "Central Asia looks west."
        ]
    );
    // pic.twitter.com and hashtag tails stay with their sentence.
    assert_eq!(
        seg("Stay away from the river. #Lajeado pic.twitter.com/Hk2sWq9Lx0"),
        ["Stay away from the river. #Lajeado pic.twitter.com/Hk2sWq9Lx0"]
    );
    assert_eq!(
        seg("\"Find out more: https://t.co/Jw\" pic.twitter.com/Du\n— TOP X News (@TOPXNews) November 9, 2023"),
        ["\"Find out more: https://t.co/Jw\" pic.twitter.com/Du", "— TOP X News (@TOPXNews) November 9, 2023"]
    );
    // A signature never merges with what follows, even after an open quotation.
    assert_eq!(
        seg("\"Leaders are meeting\n— X (@x) November 9, 2023\nNext"),
        ["\"Leaders are meeting", "— X (@x) November 9, 2023", "Next"]
    );
    // A handle that starts a sentence starts it.
    assert_eq!(seg("Rain fell. @MetSul said more is due."), ["Rain fell.", "@MetSul said more is due."]);
}

#[test]
fn datelines_stay_with_the_first_sentence() {
    let t = "WASHINGTON (AP) — Senate Democrats on Wednesday unveiled a bill. It failed.";
    assert_eq!(seg(t), ["WASHINGTON (AP) — Senate Democrats on Wednesday unveiled a bill.", "It failed."]);
    let t = "ST. LOUIS - Dr. Miriam K. Osei spoke.";
    assert_eq!(seg(t), ["ST. LOUIS - Dr. Miriam K. Osei spoke."]);
}

#[test]
fn full_width_terminators() {
    assert_eq!(
        seg("Test strange period．Does it segment correctly．"),
        ["Test strange period．", "Does it segment correctly．"]
    );
}

#[test]
fn inline_enumerations_and_names_with_marks() {
    assert_eq!(
        seg("They process it by 1) taking what fits, and 2) rejecting the rest. Then stop."),
        ["They process it by", "1) taking what fits, and", "2) rejecting the rest.", "Then stop."]
    );
    assert_eq!(
        seg("He works at Yahoo! Research and left. Help! Police came."),
        ["He works at Yahoo! Research and left.", "Help!", "Police came."]
    );
}

#[test]
fn a_quotation_opened_mid_sentence_runs_to_its_close() {
    assert_eq!(
        seg("'Well!' thought Alice, 'after such a fall as this, I shall think nothing of stairs! How brave they'll all think me!' She smiled."),
        [
            "'Well!' thought Alice, 'after such a fall as this, I shall think nothing of stairs! How brave they'll all think me!'",
            "She smiled."
        ]
    );
    // A quoted passage before its attribution (news quote) is still split sentence by sentence.
    assert_eq!(
        seg("\"We will win. We have the votes,\" she said."),
        ["\"We will win.", "We have the votes,\" she said."]
    );
}

#[test]
fn a_quotation_that_closes_on_the_line_is_one_sentence() {
    // General English: the quotation is one unit.
    assert_eq!(seg("\"How many? I don't know.\" She left."), ["\"How many? I don't know.\"", "She left."]);
    assert_eq!(
        seg("Next came a voice--the Rabbit's--\"Pat! Where are you?\" Nobody answered."),
        ["Next came a voice--the Rabbit's--\"Pat! Where are you?\"", "Nobody answered."]
    );
    assert_eq!(
        seg("\"Hi!\" (Dinah was the cat.) \"I hope they remember her milk. Dinah, my dear, come!\""),
        ["\"Hi!\"", "(Dinah was the cat.)", "\"I hope they remember her milk. Dinah, my dear, come!\""]
    );
    assert_eq!(
        seg("' No, they'll not catch you.  If they try, they'll regret it.'"),
        ["' No, they'll not catch you.  If they try, they'll regret it.'"]
    );
    // News: a quotation that closes with a comma before its attribution is split.
    assert_eq!(
        seg("“Is it perfect? No. Is it better? Probably,” Rourke said."),
        ["“Is it perfect?", "No.", "Is it better?", "Probably,” Rourke said."]
    );
    // News: in an article (several paragraphs), a quotation that opens its sentence is split.
    assert_eq!(
        seg("Lead paragraph.\n\nOsei hesitated. \"Could it? Yes. The tick is already here.\"\n\nNext."),
        ["Lead paragraph.", "Osei hesitated.", "\"Could it?", "Yes.", "The tick is already here.\"", "Next."]
    );
    assert_eq!(
        seg("Lead.\n\"He was picked up. He was taken to the towers.\" Rathbun was released.\n"),
        ["Lead.", "\"He was picked up.", "He was taken to the towers.\"", "Rathbun was released."]
    );
    // Attribution after a comma outside the closing mark.
    assert_eq!(
        seg("\"They fired 36 shells. Six hit the area\", said KCNA."),
        ["\"They fired 36 shells.", "Six hit the area\", said KCNA."]
    );
    // Attribution after the closing mark, without a comma.
    assert_eq!(
        seg("\"It whittles away our liberties. This is America? \" said Senator Patrick J. Leahy."),
        ["\"It whittles away our liberties.", "This is America? \" said Senator Patrick J. Leahy."]
    );
    // A closing mark glued to a word with no quotation open opens nothing.
    assert_eq!(
        seg("He is the villain\". Von Hess defended it. \"It was after the war,\" he said."),
        ["He is the villain\".", "Von Hess defended it.", "\"It was after the war,\" he said."]
    );
    // A pasted post: its quoted body is split, link tail and signature kept apart.
    assert_eq!(
        seg("\"Leaders meet. Find out more: https://t.co/Jw\" pic.twitter.com/Du\n— X (@x) November 9, 2023"),
        ["\"Leaders meet.", "Find out more: https://t.co/Jw\" pic.twitter.com/Du", "— X (@x) November 9, 2023"]
    );
}

#[test]
fn interrupted_quotations() {
    assert_eq!(
        seg("Alice began, \"If you please, sir--\" The Rabbit started violently."),
        ["Alice began, \"If you please, sir--\"", "The Rabbit started violently."]
    );
    assert_eq!(seg("“We will—” Smith said."), ["“We will—” Smith said."]);
    assert_eq!(
        seg("\"She boxed the Queen's ears--\" the Rabbit began."),
        ["\"She boxed the Queen's ears--\" the Rabbit began."]
    );
}

#[test]
fn bracketed_relative_clause_stays_with_its_sentence() {
    assert_eq!(
        seg("She said it was over! (Which was very likely true.) Then she left."),
        ["She said it was over! (Which was very likely true.)", "Then she left."]
    );
    assert_eq!(
        seg("He left. (Which way did he go?) Nobody knew."),
        ["He left.", "(Which way did he go?)", "Nobody knew."]
    );
}

#[test]
fn tokenised_quotes() {
    // `''` and `'` set off by spaces open a quotation, even before an ellipsis.
    assert_eq!(
        seg("He objected , saying '' ... the timing was wrong . It should wait for the next term '' ."),
        ["He objected , saying '' ... the timing was wrong . It should wait for the next term '' ."]
    );
    // A mark after a plural is a possessive, not an opening quote.
    assert_eq!(
        seg("The Battle of Wizards ' is a game released in 1985 . In ' Chaos ' , players fight ."),
        ["The Battle of Wizards ' is a game released in 1985 .", "In ' Chaos ' , players fight ."]
    );
}

#[test]
fn single_quotation_marks_set_off_by_spaces() {
    // The first mark after some text closes a quotation opened before the line when the
    // marks after it pair up; later marks open and close in turn.
    assert_eq!(
        seg("I got here on the freight. ' The milkman looked.  ' Guess you could eat, boy? ' he said.  ' I guess I could, sir,' Jed admitted."),
        [
            "I got here on the freight. '",
            "The milkman looked.",
            "' Guess you could eat, boy? ' he said.",
            "' I guess I could, sir,' Jed admitted."
        ]
    );
    assert_eq!(
        seg("Jed read on: ' I recommend him.' 'Gosh, Tom!' Jed handed it back. ' But not a bit more,' he added."),
        ["Jed read on: ' I recommend him.'", "'Gosh, Tom!'", "Jed handed it back.", "' But not a bit more,' he added."]
    );
    // A mark at the start of the line opens.
    assert_eq!(
        seg("' The internet exploded , ' she wrote . ' Why did n't she leave ?"),
        ["' The internet exploded , ' she wrote .", "' Why did n't she leave ?"]
    );
}

#[test]
fn ellipses_in_the_style_guides() {
    // A spaced ellipsis before `I` continues; after a glued period it opens the next sentence.
    assert_eq!(
        seg("what I'm saying, the thing is . . . I didn’t mean it."),
        ["what I'm saying, the thing is . . . I didn’t mean it."]
    );
    assert_eq!(
        seg("It was combining words. . . . The practice was not abandoned. . . ."),
        ["It was combining words.", ". . . The practice was not abandoned. . . ."]
    );
    assert_eq!(seg("End with a period . . . . Next sentence."), ["End with a period . . . .", "Next sentence."]);
    // An elision mark in brackets is no terminator.
    assert_eq!(
        seg("\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55). Next."),
        ["\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55).", "Next."]
    );
}

#[test]
fn bulleted_numbered_items_and_number_signs() {
    assert_eq!(seg("• 9. The first item • 10. The second item"), ["• 9. The first item", "• 10. The second item"]);
    assert_eq!(seg("⁃9. The first item ⁃10. The second item"), ["⁃9. The first item", "⁃10. The second item"]);
    assert_eq!(
        seg("You can find it at N°. 1026.253.553. That is where the treasure is."),
        ["You can find it at N°. 1026.253.553.", "That is where the treasure is."]
    );
}

#[test]
fn soft_wrapped_lines() {
    // A line that ends in a space and runs on in lower case is wrapped, not ended.
    assert_eq!(seg("It was a cold \nnight in the city."), ["It was a cold \nnight in the city."]);
    assert_eq!(seg("Floods close schools\nheavy rain fell"), ["Floods close schools", "heavy rain fell"]);
    assert_eq!(seg("Floods close schools \nHeavy rain fell"), ["Floods close schools", "Heavy rain fell"]);
}

#[test]
fn look_ahead_windows_end_on_char_boundaries() {
    // The scan windows (`REACH` bytes) may end inside a multi-byte character.
    for pad in 0..4 {
        let x = "x".repeat(pad);
        let tail = "é".repeat(REACH);
        for open in ["\"A. B? \" ", "\"A. B, \" ", "'A. B? ' ", "(A. B. ", "“A. B? ” ", "He said 'a. b. "] {
            let t = format!("{open}{x}{tail}. Done.");
            let got = seg(&t);
            assert_eq!(
                got.concat().chars().filter(|c| !c.is_whitespace()).count(),
                t.chars().filter(|c| !c.is_whitespace()).count()
            );
        }
    }
}

#[test]
fn sentences_joined_without_spaces() {
    // A text that repeatedly drops the space after its full stops is split there.
    assert_eq!(
        seg("Rain fell all night.Roads closed by dawn.Sen. Reyes spoke at 9.Crews cleared 2,400.Schools reopened."),
        [
            "Rain fell all night.",
            "Roads closed by dawn.",
            "Sen. Reyes spoke at 9.",
            "Crews cleared 2,400.",
            "Schools reopened."
        ]
    );
    // One join alone is ambiguous and stays whole.
    assert_eq!(
        seg("Turnout was 61 per cent.Officials were surprised."),
        ["Turnout was 61 per cent.Officials were surprised."]
    );
    // Never inside addresses, links, dotted names, notation or after initials.
    let t = "Mail Jane.Doe@example.com, see shop.Amazon.Com, Booking.Com or J.Crew, where 7.Bg5 wins.";
    assert_eq!(seg(&format!("{t} Ends here.Next one.Last.")), [t, "Ends here.", "Next one.", "Last."]);
    assert_eq!(seg(t), [t]);
}

#[test]
fn clock_time_before_its_day_or_date() {
    // Wire style puts the day or date after the time: the sentence runs on.
    assert_eq!(
        seg("Polls stay open until 8 p.m. Thursday in most counties. Results follow."),
        ["Polls stay open until 8 p.m. Thursday in most counties.", "Results follow."]
    );
    assert_eq!(
        seg("The hearing resumes at 10 a.m. Feb. 14 in Dover."),
        ["The hearing resumes at 10 a.m. Feb. 14 in Dover."]
    );
    // A month that is not followed by its day is a new sentence's word.
    assert_eq!(
        seg("They met at 9 a.m. May officials later left."),
        ["They met at 9 a.m.", "May officials later left."]
    );
}

#[test]
fn bracket_after_dotted_abbreviation() {
    // A bracket after initials spells them out or qualifies them.
    assert_eq!(
        seg("Funds went to the R.E.A.C.H. (Rural Education Access) program and others."),
        ["Funds went to the R.E.A.C.H. (Rural Education Access) program and others."]
    );
}

#[test]
fn dateline_with_abbreviated_state() {
    assert_eq!(
        seg("TOPEKA, Kan. - Lawmakers passed the budget late Friday. The governor signed it."),
        ["TOPEKA, Kan. - Lawmakers passed the budget late Friday.", "The governor signed it."]
    );
    // A dash after a stop later in the text still starts a new sentence.
    assert_eq!(seg("He left. - Then the rain came."), ["He left.", "- Then the rain came."]);
}

#[test]
fn dash_credit_after_a_quotation() {
    // A dash and a short name ending the line credit the quotation before it.
    assert_eq!(
        seg("Voters had their say.\n\n\"The count is final.\" - Maria Lopez"),
        ["Voters had their say.", "\"The count is final.\" - Maria Lopez"]
    );
    // A dash that opens words of a sentence still starts a new one.
    assert_eq!(seg("It was late. - Then Maria Lopez spoke."), ["It was late.", "- Then Maria Lopez spoke."]);
}

#[test]
fn connective_after_abbreviation_opens_a_sentence() {
    assert_eq!(
        seg("Sales fell in the U.S. Similarly, exports slowed at Acme Inc. Notably the euro rose."),
        ["Sales fell in the U.S.", "Similarly, exports slowed at Acme Inc.", "Notably the euro rose."]
    );
}

#[test]
fn title_before_initial_without_period() {
    assert_eq!(
        seg("The corps chief, Lt. Gen. A S Sekhon, laid a wreath. He lives on Elm St. A crowd gathered."),
        ["The corps chief, Lt. Gen. A S Sekhon, laid a wreath.", "He lives on Elm St.", "A crowd gathered."]
    );
}

#[test]
fn plain_word_then_lower_case_ends_a_sentence() {
    assert_eq!(seg("i missed the bus. i walked instead."), ["i missed the bus.", "i walked instead."]);
    assert_eq!(seg("The vote is over. now the count begins."), ["The vote is over.", "now the count begins."]);
    assert_eq!(seg("Phones are cheap. eBay has plenty."), ["Phones are cheap.", "eBay has plenty."]);
    // Abbreviations, units and markers still run on.
    assert_eq!(seg("It weighs approx. four kilos."), ["It weighs approx. four kilos."]);
    assert_eq!(seg("Pour eight fl. oz. of water in."), ["Pour eight fl. oz. of water in."]);
    assert_eq!(seg("The guard scored 31 pts. in the opener."), ["The guard scored 31 pts. in the opener."]);
    assert_eq!(seg("Tools, pens, etc. are on the shelf."), ["Tools, pens, etc. are on the shelf."]);
    assert_eq!(seg("We expect two in. of snow."), ["We expect two in. of snow."]);
    assert_eq!(seg("Forecasters expect several in. of rain."), ["Forecasters expect several in.", "of rain."]);
    assert_eq!(seg("The sample held 0.4 mg. of zinc."), ["The sample held 0.4 mg. of zinc."]);
    assert_eq!(
        seg("The temp. was mild and the town's pop. is small."),
        ["The temp. was mild and the town's pop. is small."]
    );
    assert_eq!(seg("The plan (see below.) is simple."), ["The plan (see below.) is simple."]);
    // `!`, `?` and ellipses before lower case still run on.
    assert_eq!(seg("He was alone! he thought."), ["He was alone! he thought."]);
    assert_eq!(seg("Well... maybe later."), ["Well... maybe later."]);
}

#[test]
fn temperature_scale_after_degree_sign_ends_a_sentence() {
    assert_eq!(seg("It reached 41 °C. Schools closed early."), ["It reached 41 °C.", "Schools closed early."]);
    assert_eq!(seg("Water boils at 212 ºF. It freezes at 32."), ["Water boils at 212 ºF.", "It freezes at 32."]);
}

#[test]
fn letter_naming_a_thing_before_a_pronoun_ends_a_sentence() {
    assert_eq!(seg("We fall back on plan B. That is the deal."), ["We fall back on plan B.", "That is the deal."]);
    assert_eq!(seg("He restored a Model T. It runs well."), ["He restored a Model T.", "It runs well."]);
    // A capital is never read as `v.` (versus) or `p.` (page).
    assert_eq!(seg("The crown passed to Henry V. He was young."), ["The crown passed to Henry V.", "He was young."]);
    assert_eq!(seg("Ask Anna P. She knows."), ["Ask Anna P.", "She knows."]);
    // Initials before a surname or other capitalised words still run on.
    assert_eq!(seg("Harry S. Truman won. George W. Bush spoke."), ["Harry S. Truman won.", "George W. Bush spoke."]);
    assert_eq!(seg("Ask Mary A. Will about it."), ["Ask Mary A. Will about it."]);
}

#[test]
fn etc_closes_its_sentence_before_a_capital_and_circa_takes_a_year() {
    assert_eq!(
        seg("We packed tents, stoves, etc. Mary packed food."),
        ["We packed tents, stoves, etc.", "Mary packed food."]
    );
    assert_eq!(seg("We packed tents, stoves, etc. for the trip."), ["We packed tents, stoves, etc. for the trip."]);
    assert_eq!(seg("The chapel was built c. 1420 by monks."), ["The chapel was built c. 1420 by monks."]);
}

#[test]
fn hard_wrapped_lines_join() {
    // Paragraphs set apart by blank lines: a line going on in lower case is wrapped.
    let text = "The council left its budget\nunchanged on Friday, and said it\nwould review it in May.\n\nThe mayor agreed.\nCritics did not.";
    assert_eq!(
        seg(text),
        [
            "The council left its budget\nunchanged on Friday, and said it\nwould review it in May.",
            "The mayor agreed.",
            "Critics did not."
        ]
    );
    // A line ending in an article or a preposition like `of` is wrapped in any text.
    assert_eq!(
        seg("Prices rose, according to the\nNational Statistics Office."),
        ["Prices rose, according to the\nNational Statistics Office."]
    );
    // Without blank lines, each line is a unit (lists of phrases, lines of a letter).
    assert_eq!(seg("free for anyone at no cost\nyou may copy it"), ["free for anyone at no cost", "you may copy it"]);
    assert_eq!(seg("menu\nabout us\nopening hours"), ["menu", "about us", "opening hours"]);
    assert_eq!(seg("Phone review\niOS is fast.\n\nMore."), ["Phone review", "iOS is fast.", "More."]);
    // Lists and signatures never wrap.
    assert_eq!(
        seg("Bring these to the\n- tents\n- stoves\n\nDone."),
        ["Bring these to the", "- tents", "- stoves", "Done."]
    );
}

#[test]
fn section_sign_after_an_abbreviation_continues() {
    assert_eq!(
        seg("Suits under 42 U.S.C. § 1983 are common. Few succeed."),
        ["Suits under 42 U.S.C. § 1983 are common.", "Few succeed."]
    );
}

/// General-English cases of every kind (abbreviations, initials, titles,
/// numbers, quotations, brackets, ellipses, lists, links, clock times,
/// lower-case openings), written for this project: `general_en.json`, one
/// `[text, [sentence, …]]` per line.
#[test]
fn general_english_cases() {
    let cases: Vec<(String, Vec<String>)> = serde_json::from_str(include_str!("general_en.json")).unwrap();
    assert!(cases.len() > 400);
    let failed: Vec<&str> =
        cases.iter().filter(|(text, want)| seg(text) != *want).map(|(text, _)| text.as_str()).collect();
    assert!(failed.is_empty(), "{} of {} cases fail: {failed:#?}", failed.len(), cases.len());
}

#[test]
fn plain_words_with_apostrophes_and_hyphens_end_before_lower_case() {
    assert_eq!(seg("I didn't. he did."), ["I didn't.", "he did."]);
    assert_eq!(seg("The view was well-known. everyone came."), ["The view was well-known.", "everyone came."]);
    assert_eq!(seg("We paid the ministers’. then we left."), ["We paid the ministers’.", "then we left."]);
}

#[test]
fn page_title_of_a_copied_post_stays_with_it() {
    assert_eq!(
        seg("Finance Ministry on X: \"The budget assumes growth of 5.3%.\" / X\nNext line."),
        ["Finance Ministry on X: \"The budget assumes growth of 5.3%.\" / X", "Next line."]
    );
    assert_eq!(seg("We won. / X marks the spot."), ["We won.", "/ X marks the spot."]);
}

#[test]
fn the_word_no_before_a_capital_ends_a_sentence() {
    assert_eq!(
        seg("Rep. Ann Lee voted no. Rep. Tom Fox voted yes."),
        ["Rep. Ann Lee voted no.", "Rep. Tom Fox voted yes."]
    );
    assert_eq!(seg("See no. 4 and no. IV below."), ["See no. 4 and no. IV below."]);
    assert_eq!(seg("She loves art. Paintings fill her flat."), ["She loves art.", "Paintings fill her flat."]);
    assert_eq!(seg("He fell ill. Doctors were called."), ["He fell ill.", "Doctors were called."]);
    assert_eq!(
        seg("They live in Springfield, Ill. near the river."),
        ["They live in Springfield, Ill. near the river."]
    );
    assert_eq!(seg("Under art. 5 of the treaty, allies help."), ["Under art. 5 of the treaty, allies help."]);
}

#[test]
fn a_report_with_its_own_clause_after_a_quotation_starts_a_sentence() {
    assert_eq!(
        seg("He said \"it reflected American values.\" Bush stated that Russia is not an enemy."),
        ["He said \"it reflected American values.\"", "Bush stated that Russia is not an enemy."]
    );
    // The quotation's own attribution goes on.
    assert_eq!(seg("\"Why now?\" Hollis asked."), ["\"Why now?\" Hollis asked."]);
}

#[test]
fn single_quotation_nested_at_the_end_of_a_double_one_closes() {
    // The `'` before the closing `"` ends the nested quotation, so the next
    // quotation, which nests a question of its own, is a sentence of its own.
    assert_eq!(
        seg("\"People say, 'It matters,'\" said Charlie King, a Democrat. \"The question is, 'Ninety percent of what?' Turnout counts.\""),
        vec![
            "\"People say, 'It matters,'\" said Charlie King, a Democrat.",
            "\"The question is, 'Ninety percent of what?' Turnout counts.\""
        ]
    );
    assert_eq!(
        seg("“People say, ‘It matters,’” said King. “The question is, ‘Ninety percent of what?’ Turnout counts.”"),
        vec!["“People say, ‘It matters,’” said King.", "“The question is, ‘Ninety percent of what?’ Turnout counts.”"]
    );
}
