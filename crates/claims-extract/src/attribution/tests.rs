//! Tests of the attribution patterns, one per pattern.

use super::*;

type Row = (Option<String>, Option<String>, Vec<String>, bool, AttributionType);

fn run(text: &str) -> Vec<Row> {
    let sentences = crate::segment::segment(text);
    find(text, &sentences, &[])
        .into_iter()
        .map(|f| {
            for s in f.speaker.iter().chain(f.cue.iter()).chain(f.content.iter()) {
                assert!(text.get(s.start..s.end).is_some(), "span on char boundaries");
            }
            (
                f.speaker.map(|s| text[s.start..s.end].to_string()),
                f.cue.map(|s| text[s.start..s.end].to_string()),
                f.content.iter().map(|s| text[s.start..s.end].to_string()).collect(),
                f.direct,
                f.kind,
            )
        })
        .collect()
}

/// The attributions of `text`, its sentences segmented.
fn found(text: &str) -> Vec<Found> {
    let sentences = crate::segment::segment(text);
    find(text, &sentences, &[])
}

fn one(text: &str) -> (String, String, String) {
    let r = run(text);
    assert_eq!(r.len(), 1, "{text}: {r:?}");
    let (s, c, ct, _, _) = r.into_iter().next().unwrap();
    (s.unwrap_or_default(), c.unwrap_or_default(), ct.join(" | "))
}

#[test]
fn quote_then_speaker_said() {
    let r = one("“We will win,” Smith said.");
    assert_eq!(r, ("Smith".into(), "said".into(), "We will win".into()));
}

#[test]
fn speaker_said_colon_quote() {
    let r = one("Smith said: \"We will win the vote.\"");
    assert_eq!(r, ("Smith".into(), "said".into(), "We will win the vote.".into()));
}

#[test]
fn quote_said_speaker_role() {
    let r = one("\"Prices rose sharply,\" said Anna Berg, an economist at the bank.");
    assert_eq!(r, ("Anna Berg".into(), "said".into(), "Prices rose sharply".into()));
}

#[test]
fn speaker_colon_quote() {
    let r = one("Merkel: “Germany will not pay for this.”");
    assert_eq!(r, ("Merkel".into(), ":".into(), "Germany will not pay for this.".into()));
}

#[test]
fn quote_dash_signature() {
    let r = one("\"So far, it's the Internet: 1, the church: 0.\" - Matthew Ingram");
    assert_eq!(r, ("Matthew Ingram".into(), "-".into(), "So far, it's the Internet: 1, the church: 0.".into()));
}

#[test]
fn quote_signed_with_a_horizontal_bar() {
    // U+2015 signs reader comments; a mistyped `”` may open the quote, no space before the bar.
    let r = one("“Prices will rise next year.” ― Jane Doe");
    assert_eq!(r, ("Jane Doe".into(), "―".into(), "Prices will rise next year.".into()));
    let r = run("”He broke every promise he made.” ― Ann Lee\n“We deserve better than this.”― Bo Kim\n");
    let speakers: Vec<_> = r.iter().map(|x| x.0.clone().unwrap_or_default()).collect();
    assert_eq!(speakers, ["Ann Lee", "Bo Kim"]);
    // A dash before a clause is no signature.
    assert!(run("Reid has been pounding Trump as a “con artist” — just as he did with Romney.").is_empty());
    assert_eq!(one("“We will not stop.” — a senior official").0, "a senior official");
}

#[test]
fn interrupted_quote_has_parts() {
    let t = "“We are ready,” the minister said, “and we will act today.”";
    let f = found(t);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].content.len(), 2);
    assert_eq!(&t[f[0].content[1].start..f[0].content[1].end], "and we will act today.");
}

#[test]
fn floating_quote_keeps_speaker() {
    let t = "“We are ready,” Smith said. “The talks went well and the deal is close.”";
    let r = run(t);
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[1].0, None);
    assert_eq!(found(t)[1].speaker_name.as_deref(), Some("Smith"));
}

#[test]
fn quote_over_paragraphs() {
    let t = "Smith said: “The first part is here.\n\n“The second part is there.”";
    let r = run(t);
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].2, ["The first part is here."]);
    assert_eq!(r[1].2, ["The second part is there."]);
}

#[test]
fn indirect_said_that() {
    let r = one("The minister said that prices would fall next year.");
    assert_eq!(r, ("The minister".into(), "said".into(), "prices would fall next year".into()));
}

#[test]
fn indirect_told_reporters() {
    let r = one("Putin told reporters the talks had been productive.");
    assert_eq!(r, ("Putin".into(), "told".into(), "the talks had been productive".into()));
}

#[test]
fn indirect_tenses() {
    for (t, cue) in [
        ("Officials warned that the dam could fail.", "warned"),
        ("The company has denied that it paid the bribe.", "denied"),
        ("Critics claim the vote was rigged.", "claim"),
        ("He insists the plan will work.", "insists"),
        ("The ministry acknowledged that mistakes were made.", "acknowledged"),
    ] {
        let r = one(t);
        assert_eq!(r.1, cue, "{t}");
    }
}

#[test]
fn passive_by() {
    let r = run("It was announced by the ministry that the border would reopen.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0.as_deref(), Some("the ministry"));
    assert_eq!(r[0].2, ["the border would reopen"]);
}

#[test]
fn participial_with_stating() {
    let t = "Putin and Tokayev praised ties, with Putin stating that their strategic partnership is forward-looking.";
    let r = run(t);
    // (The praise is a stance of both, `ties` its object.)
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].1.as_deref(), Some("praised"));
    let r = &r[1];
    assert_eq!((r.0.as_deref(), r.1.as_deref()), (Some("Putin"), Some("stating")));
    assert_eq!(r.2, ["their strategic partnership is forward-looking"]);
}

#[test]
fn participial_saying() {
    let r = one("The army withdrew its troops, saying the mission was complete.");
    assert_eq!(r.0, "The army");
    assert_eq!(r.2, "the mission was complete");
}

#[test]
fn clause_final_said() {
    let r = one("The talks will resume on Monday, the spokesman said.");
    assert_eq!(r, ("the spokesman".into(), "said".into(), "The talks will resume on Monday".into()));
    let r = one("The talks will resume on Monday, said Maria Zakharova.");
    assert_eq!(r.0, "Maria Zakharova");
}

#[test]
fn according_to_both_sides() {
    let r = one("According to the UN, 200 people were rescued.");
    assert_eq!(r, ("the UN".into(), "According to".into(), "200 people were rescued".into()));
    let r = one("200 people were rescued, according to Reuters.");
    assert_eq!(r, ("Reuters".into(), "according to".into(), "200 people were rescued".into()));
}

#[test]
fn nominal_and_willingness() {
    let r = one("Iran, which supports Hamas, expressed its willingness to discuss the conflict.");
    assert_eq!(r.0, "Iran");
    assert_eq!(r.2, "discuss the conflict");
    let r = one("Moscow rejected Kyiv's claim that the bridge was destroyed.");
    assert_eq!(r.0, "Kyiv");
    assert_eq!(r.2, "the bridge was destroyed");
}

#[test]
fn beliefs_and_intentions() {
    let r = run("The organization plans to hold the contest in Mexico.");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].4, AttributionType::Intention);
    assert_eq!(r[0].2, ["hold the contest in Mexico"]);
    let r = run("Experts believe the drought will worsen.");
    assert_eq!(r[0].4, AttributionType::Belief);
    let r = run("Russia’s influence in the region, which it considers part of its sphere of influence, has waned.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0.as_deref(), Some("it"));
    assert_eq!(r[0].2, ["part of its sphere of influence"]);
}

#[test]
fn unnamed_and_pronoun_speakers() {
    let t = "Foreign Minister Sergei Lavrov arrived on Monday. A senior official said the talks had stalled. Later he said the deal was off.";
    let f = found(t);
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!(&t[f[0].speaker.unwrap().start..f[0].speaker.unwrap().end], "A senior official");
    assert_eq!(&t[f[1].speaker.unwrap().start..f[1].speaker.unwrap().end], "he");
    assert_eq!(f[1].speaker_name.as_deref(), Some("Sergei Lavrov"));
}

#[test]
fn titles_split_off() {
    let t = "Russian President Vladimir Putin said the partnership was strong.";
    let f = found(t);
    assert_eq!(&t[f[0].speaker.unwrap().start..f[0].speaker.unwrap().end], "Vladimir Putin");
    assert_eq!(f[0].role.as_deref(), Some("Russian President"));
}

#[test]
fn not_annotated() {
    assert!(run("He did not say why the talks failed.").is_empty());
    assert!(run("She asked how the money was spent.").is_empty());
    assert!(run("The minister announced the locations.").is_empty());
    assert!(run("Turkish leader Recep Tayyip Erdogan and Ebrahim Raisi were expected in Uzbekistan.").is_empty());
}

#[test]
fn arbitrary_unicode_never_panics() {
    for t in [
        "“",
        "”said",
        "ä“ö”, 말 said.",
        "\"\"\"",
        "said",
        "according to",
        "— ",
        "“x” — ",
        ", said",
        "🙂 said: “🙂🙂🙂 x y.”",
    ] {
        let _ = run(t);
    }
}

mod prop {
    use super::*;
    use proptest::prelude::*;

    /// Fragments that exercise the rules: quotes, cues, names, dashes, multi-byte text.
    fn piece() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("“".to_string()),
            Just("”".to_string()),
            Just("\"".to_string()),
            Just(", ".to_string()),
            Just(". ".to_string()),
            Just(": ".to_string()),
            Just(" — ".to_string()),
            Just("\n\n".to_string()),
            Just(" said ".to_string()),
            Just(" according to ".to_string()),
            Just(" told reporters ".to_string()),
            Just(" Vladimir Putin ".to_string()),
            Just(" he ".to_string()),
            Just(" that ".to_string()),
            Just(" reportedly ".to_string()),
            Just(" plans to ".to_string()),
            "[a-zA-Zéü’'0-9 ]{0,12}",
            "\\PC{0,4}",
        ]
    }

    proptest! {
        #[test]
        fn spans_are_exact_on_any_input(parts in proptest::collection::vec(piece(), 0..30)) {
            let t: String = parts.concat();
            // A plain splitter, so that only this module's code is under test.
            let mut sentences = Vec::new();
            let mut start = 0;
            for (i, c) in t.char_indices() {
                if matches!(c, '.' | '!' | '?' | '\n') {
                    let sp = crate::text::trim(&t, Span::new(start, i + c.len_utf8()));
                    if !sp.is_empty() {
                        sentences.push(Sentence { index: sentences.len(), start: sp.start, end: sp.end, text: t[sp.start..sp.end].to_string() });
                    }
                    start = i + c.len_utf8();
                }
            }
            let sp = crate::text::trim(&t, Span::new(start, t.len()));
            if !sp.is_empty() {
                sentences.push(Sentence { index: sentences.len(), start: sp.start, end: sp.end, text: t[sp.start..sp.end].to_string() });
            }
            let found = find(&t, &sentences, &[]);
            for f in &found {
                for s in f.speaker.iter().chain(f.cue.iter()).chain(f.content.iter()).chain(std::iter::once(&f.span)) {
                    prop_assert!(t.get(s.start..s.end).is_some(), "{:?} off char boundaries", s);
                }
            }
            for u in crate::statement::units(&t, &sentences, &found, &[]) {
                prop_assert!(t.get(u.span.start..u.span.end).is_some());
                prop_assert!(t.get(u.core.start..u.core.end).is_some());
            }
        }
    }
}

#[test]
fn quote_with_abbreviated_title_and_state() {
    let r = run(
        "“This is not a wish list. It is the bare minimum,” Sen. Patricia Delgado, D-N.M., said at a news conference.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0.as_deref(), Some("Patricia Delgado"));
    assert_eq!(r[0].2, ["This is not a wish list. It is the bare minimum"]);
}

#[test]
fn speaker_with_prepositional_phrase_and_adjectival_participle() {
    let r = one("“The camps are overcrowded,” a doctor at the Hagadera hospital told AFP.");
    assert_eq!(r.0, "a doctor at the Hagadera hospital");
    assert!(run("More than 1,400 suspected cases have been recorded in the camps.").is_empty());
}

#[test]
fn participial_aside_between_speaker_and_cue() {
    let r = one("A senior U.S. official, speaking on condition of anonymity, said Washington would send more aid.");
    assert_eq!(r, ("A senior U.S. official".into(), "said".into(), "Washington would send more aid".into()));
    // Nested: the memo reports the company's plan.
    let r = run("The company plans to cut 500 jobs, according to a memo seen by Reuters.");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].0.as_deref(), Some("a memo"));
    assert_eq!(r[1].4, AttributionType::Intention);
}

#[test]
fn inverted_frame_never_takes_that_as_speaker() {
    let r = run("Speaking for the defence, Tom Molomby, SC, said that, as the parents came from India, they should be declared not guilty.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0.as_deref(), Some("Tom Molomby"));
    assert_eq!(r[0].2, ["as the parents came from India, they should be declared not guilty"]);
}

#[test]
fn passive_accusation_without_speaker() {
    let r = one("Montalvo was charged with taking hard drives from the organization.");
    assert_eq!(r, ("".into(), "charged".into(), "taking hard drives from the organization".into()));
    let r = one("The parents are also accused of putting their social life ahead of their child.");
    assert_eq!(r.1, "accused");
    assert_eq!(r.2, "putting their social life ahead of their child");
}

#[test]
fn coordinated_base_verb_shares_subject() {
    let r = run("They also claimed Paris was a volunteer and claim she has a vested interest.");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].2, ["Paris was a volunteer"]);
    assert_eq!((r[1].0.as_deref(), r[1].1.as_deref()), (Some("They"), Some("claim")));
    assert_eq!(r[1].2, ["she has a vested interest"]);
}

#[test]
fn acronym_organisation_with_plural_verb() {
    let r = one("WHO say iodine deficiency is the most preventable cause of brain damage.");
    assert_eq!(r.0, "WHO");
    assert_eq!(r.2, "iodine deficiency is the most preventable cause of brain damage");
}

#[test]
fn participle_before_quote() {
    let r = one("All they get is a message stating, \"The site is down for maintenance.\"");
    assert_eq!(r, ("a message".into(), "stating".into(), "The site is down for maintenance.".into()));
}

#[test]
fn according_to_inside_a_clause() {
    let r = one("It kept a policy which, according to AFP, the United Nations has criticised.");
    assert_eq!(r, ("AFP".into(), "according to".into(), "the United Nations has criticised".into()));
    let r = one("According to Rathbun the property was returned by mail.");
    assert_eq!(r, ("Rathbun".into(), "According to".into(), "the property was returned by mail".into()));
}

#[test]
fn pull_quote_signed_on_its_own_line() {
    let t = "The agency chose four museums.\n\nThis was a very difficult decision, but one made with the public in mind. Charles Bolden, NASA Administrator\n\nThe shuttles retire this year.";
    let r = run(t);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0.as_deref(), Some("Charles Bolden"));
    assert_eq!(r[0].1, None);
    assert_eq!(r[0].2, ["This was a very difficult decision, but one made with the public in mind."]);
    assert!(r[0].3);
    // A caption credit or a byline is no signature.
    assert!(run("Space Shuttle Atlantis lifts off from its launch pad in Florida. Image: NASA.").is_empty());
    assert!(run("The storm moved north overnight and flooding closed several roads. Reporting by Jane Doe").is_empty());
}

#[test]
fn interrupted_quote_frame_with_noun_addressee() {
    let r = run("\"We came to win,\" team member Rodaba Noori told the press, \"and we showed what we can do.\"");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0.as_deref(), Some("Rodaba Noori"));
    assert_eq!(r[0].2, ["We came to win", "and we showed what we can do."]);
}

#[test]
fn interrupted_quote_frame_with_an_aside() {
    let r = run("“Every time you say that,” Tester said, referring to the 1 percent excuse, “you give ammunition to the people who want to break up the big banks.”");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0.as_deref(), Some("Tester"));
    assert_eq!(
        r[0].2,
        ["Every time you say that", "you give ammunition to the people who want to break up the big banks."]
    );
    // A first part that ends its sentence inside the marks is a quote of its own; so is a
    // second quote after a cue of its own.
    let r = run("\"We lost.\" The coach said after the game on Saturday in front of a crowd, \"But we will be back.\"");
    assert!(r.iter().all(|x| x.2.len() == 1), "{r:?}");
    let r = run("\"We will not back down,\" the mayor said, adding that the city would appeal, \"because this is about fairness.\"");
    assert_eq!(r[0].2, ["We will not back down"], "{r:?}");
}
#[test]
fn directive_with_long_addressee() {
    let r = one("Rathke also asked the governments of South East Asia not to turn away boats of people.");
    assert_eq!(r, ("Rathke".into(), "asked".into(), "not to turn away boats of people".into()));
    let r = one("Thomas' sister pleaded with him to send Gloria to a doctor.");
    assert_eq!(r, ("Thomas' sister".into(), "pleaded".into(), "send Gloria to a doctor".into()));
    // Anonymity is no request worth listing; a preposition is no addressee.
    let r = run("One committee member, who asked not to be named, told Reuters the vote was close.");
    assert!(r.iter().all(|x| x.1.as_deref() != Some("asked")), "{r:?}");
    let r = run("The minister warned of risks to public health.");
    assert!(r.iter().all(|x| x.2 != ["public health"]), "{r:?}");
}

#[test]
fn directive_participles() {
    let r = one("Several municipalities have started asking religious schools to pay taxes for property.");
    assert_eq!(r, ("Several municipalities".into(), "asking".into(), "pay taxes for property".into()));
    let r = one("It is also encouraging citizens to ask for application of the law.");
    assert_eq!(r, ("It".into(), "encouraging".into(), "ask for application of the law".into()));
    assert!(run("Dozens of people were asking for help outside the station.").is_empty());
}

#[test]
fn speaker_names_without_roles() {
    let cases = [
        (
            "Environment Canada spokeswoman Sujata Raisinghani told CBC News the department will look into it.",
            "Sujata Raisinghani",
        ),
        ("Minister of Education Stefania Giannini said a review is needed.", "Stefania Giannini"),
        (
            "The director of the Council on American - Islamic Relations Alia Salem said the boy wants to speak.",
            "Alia Salem",
        ),
        (
            "Cynthia Thompson, curator at the University of Arkansas, Fayetteville, said the images are documents.",
            "Cynthia Thompson",
        ),
        (
            "K.C. Maurer, chief financial officer at the foundation, said 500 institutions received the invitation.",
            "K.C. Maurer",
        ),
        ("Mr. Tedeschi told the court the girl had been in pain for months.", "Tedeschi"),
        ("Secretary of State Mike Pompeo said the talks would go on.", "Mike Pompeo"),
    ];
    for (t, want) in cases {
        let r = run(t);
        assert_eq!(r[0].0.as_deref(), Some(want), "{t}: {r:?}");
    }
}

#[test]
fn relative_clause_speaker_is_the_antecedent() {
    // The mention is the relative pronoun; the antecedent names it.
    let text = "He flew to Florida to meet Devocht, who had told Montalvo he would help him find work.";
    let r = one(text);
    assert_eq!(r, ("who".into(), "told".into(), "he would help him find work".into()));
    assert_eq!(found(text)[0].speaker_name.as_deref(), Some("Devocht"));
    let name = |t: &str| {
        let f = found(t);
        assert_eq!(f.len(), 1, "{t}: {f:?}");
        assert_eq!(&t[f[0].speaker.unwrap().start..f[0].speaker.unwrap().end], "who");
        f[0].speaker_name.clone().unwrap_or_default()
    };
    // A person after a preposition when the phrase's head names nobody.
    assert_eq!(name("Obama has had a frosty relationship with McConnell, who said the goal was to win."), "McConnell");
    assert_eq!(name("It was a win for Senator Jane Doe, who said it would save money."), "Jane Doe");
    // The people before a place, and the name a description is in apposition to.
    assert_eq!(
        name("The move may placate nervous Democrats on Capitol Hill, who have argued that it helps them."),
        "Democrats on Capitol Hill"
    );
    assert_eq!(name("He met farmers in Iowa, who said prices had collapsed."), "farmers in Iowa");
    assert_eq!(
        name("Obama met McConnell, now the Senate majority leader, who in 2010 said the goal was to win."),
        "McConnell"
    );
}

#[test]
fn subject_cut_off_by_a_stray_comma() {
    let r = one("The Internet security firm Secunia.com, has said that IE6 has 277 vulnerabilities.");
    assert_eq!(r.0, "Secunia.com");
    let r = one("Lydia Buchtmann for Food Standards Australia, says they are looking at new guidelines.");
    assert_eq!(r.0, "Lydia Buchtmann");
    let r =
        one("The results of the National Study published in a journal this week, revealed that children lack iodine.");
    assert_eq!(r.0, "The results of the National Study");
    // A clause before the comma is no subject.
    assert!(run("Inflation, says the central bank, will ease.").iter().all(|x| x.0.as_deref() != Some("Inflation")));
    assert!(run("Turnout increased, says the commission.").iter().all(|x| x.0.as_deref() != Some("Turnout")));
}

#[test]
fn quote_introduced_by_previous_sentence() {
    let t = "Senator John Cornyn issued a statement regarding the decision. \"I am disappointed with this choice and so is Texas.\"";
    let r = run(t);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!((r[0].0.as_deref(), r[0].1.as_deref()), (Some("John Cornyn"), Some("issued a statement")));
    assert_eq!(r[0].2, ["I am disappointed with this choice and so is Texas."]);
    // A sentence with its own complement introduces nothing.
    let t = "Wilkins also said Warhol was a businessperson. \"He would make a blue Marilyn and a pink one.\"";
    let r = run(t);
    assert!(r.iter().all(|x| x.1.as_deref() != Some("said") || x.2 == ["Warhol was a businessperson"]), "{r:?}");
}

#[test]
fn block_quote_after_colon_paragraph() {
    let t = "In a statement, the Church denied these allegations:\n\nShe was never forced to be there. She was free to leave. They also claimed Paris was a volunteer.";
    let r = run(t);
    let b = r.iter().find(|x| x.1.as_deref() == Some("denied")).expect("block quote");
    assert_eq!(b.0.as_deref(), Some("the Church"));
    assert_eq!(b.2, ["She was never forced to be there. She was free to leave."]);
    assert!(b.3);
}

#[test]
fn intentions_seek_look_and_bare_infinitives() {
    let r = one("Russia is seeking to expand its influence in the region.");
    assert_eq!(r, ("Russia".into(), "seeking".into(), "expand its influence in the region".into()));
    let r = one("The company is looking to hire more engineers.");
    assert_eq!(r, ("The company".into(), "looking".into(), "hire more engineers".into()));
    let r = one("She sought to calm the markets.");
    assert_eq!(r.1, "sought");
    let r = one("Beijing intends to respond.");
    assert_eq!(r, ("Beijing".into(), "intends".into(), "respond".into()));
    for t in [
        "The fans looked to the sky.",
        "He looked tired.",
        "Asylum seekers were seeking safety.",
        "The rebels agreed to the ceasefire.",
        "Visitors became part of the exhibit they had wanted to attend.",
    ] {
        assert!(run(t).is_empty(), "{t}");
    }
}

#[test]
fn directive_with_to_before_addressee() {
    let r = one("The party asks to the regional government to assure the councils apply the ruling.");
    assert_eq!(r.2, "assure the councils apply the ruling");
}

#[test]
fn noun_cues_after_light_verbs_and_prepositions() {
    let r = one("The group voiced concerns that the vote would be rigged.");
    assert_eq!(r, ("The group".into(), "concerns".into(), "the vote would be rigged".into()));
    let r = one("Doctors have raised fears that the virus is spreading.");
    assert_eq!(r, ("Doctors".into(), "fears".into(), "the virus is spreading".into()));
    let r = one("The plan was rejected over fears it would amount to amnesty.");
    assert_eq!(r, ("".into(), "fears".into(), "it would amount to amnesty".into()));
    // Someone else's claims, dismissed: no claimant to name.
    assert!(run("The ministry dismissed claims that troops had crossed the border.").is_empty());
    assert!(run("It covers notes and findings that don't have any conclusion.").is_empty());
    let r = one("Kyiv claims that Russian forces shelled the city.");
    assert_eq!(r.0, "Kyiv");
}

#[test]
fn long_subject_and_coordinated_second_verb() {
    let t = "Posts on the message board for the critic site Operation Clambake from Friday theorized that an attack had occurred, and wrote that the site was loading very slowly.";
    let r = run(t);
    assert_eq!(r.len(), 2, "{r:?}");
    let subj = "Posts on the message board for the critic site Operation Clambake from Friday";
    assert_eq!((r[0].0.as_deref(), r[0].2.clone()), (Some(subj), vec!["an attack had occurred".to_string()]));
    assert_eq!((r[1].0.as_deref(), r[1].1.as_deref()), (Some(subj), Some("wrote")));
}

#[test]
fn third_party_reports_inside_quotes() {
    let t =
        "The court heard that \"her eczema was severe and it is asserted by the Crown that both parents knew this.\"";
    let r = run(t);
    assert!(r.iter().any(|x| x.0.as_deref() == Some("the Crown") && x.2 == ["both parents knew this"]), "{r:?}");
    // The quoted speaker's own hedges and hypotheticals are not listed.
    let t = "\"I think we will win, and if the House wants to vote against it, let them explain,\" Delgado said.";
    let r = run(t);
    assert_eq!(r.len(), 1, "{r:?}");
}

#[test]
fn noun_phrase_objects_are_no_clauses() {
    assert!(run("Footage from the scene showed numerous bloodied bodies and scattered debris.").is_empty());
    assert!(run("Kim conceded a penalty which the referee awarded Sweden.").is_empty());
    let r = one("A recent poll found only a quarter of citizens favoured changing the flag.");
    assert_eq!(r.2, "only a quarter of citizens favoured changing the flag");
}

#[test]
fn conditionals_and_determiner_subjects() {
    assert!(run("If the House wants to vote against firefighters, let them explain that at home.").is_empty());
    let r = one("If elected, she said she would cut taxes.");
    assert_eq!(r.2, "she would cut taxes");
    let r = one("Officials tell BBC News every claim will be assessed on its merits.");
    assert_eq!(r.2, "every claim will be assessed on its merits");
    let r =
        run("Officials tell BBC News every claim will be assessed, with the paper reporting no one will be refused.");
    assert_eq!(r[0].2, ["every claim will be assessed"]);
}

#[test]
fn person_of_organisation_is_the_person() {
    let cases = [
        ("Priya Natarajan of Castlemere Capital said a recession was likely.", "Priya Natarajan"),
        ("Tomas Lindqvist at Nordhaven Partners said the rally would fade.", "Tomas Lindqvist"),
        ("Grace Okafor from the Lagos Business School said costs were rising.", "Grace Okafor"),
        ("Bank of England said inflation would fall.", "Bank of England"),
        ("University of Oxford said the trial would resume.", "University of Oxford"),
        ("Secretary of State Antony Blinken said the talks would go on.", "Antony Blinken"),
    ];
    for (t, want) in cases {
        let r = run(t);
        assert_eq!(r.first().and_then(|x| x.0.as_deref()), Some(want), "{t}: {r:?}");
    }
}

#[test]
fn organisation_of_place_is_one_name() {
    for (t, want) in [
        (
            "The University of Southern California said the study was retracted.",
            "The University of Southern California",
        ),
        ("Institute for Fiscal Studies said the gap had widened.", "Institute for Fiscal Studies"),
        ("\"The gap is real,\" said Maria Lopez of the Institute for Fiscal Studies.", "Maria Lopez"),
        ("Governor Andrew Bailey of the Bank of England said inflation would fall.", "Andrew Bailey"),
    ] {
        let r = run(t);
        assert_eq!(r.first().and_then(|x| x.0.as_deref()), Some(want), "{t}: {r:?}");
    }
}

#[test]
fn small_clause_after_naming_verb() {
    let r = one("Critics characterized homeopathy as a form of quackery.");
    assert_eq!(r, ("Critics".into(), "characterized".into(), "homeopathy as a form of quackery".into()));
    let r = one("The magazine described the court's judgement as historic.");
    assert_eq!(r.2, "the court's judgement as historic");
    let r = one("The bishop called the sentence \"dangerous\" and \"ideological\".");
    assert_eq!(r.0, "The bishop");
    assert_eq!(r.2, "the sentence \"dangerous\" and \"ideological\"");
    let r = run("The professor called the method \"solid\" but said surveys can overestimate infections.");
    assert!(r.iter().any(|x| x.2 == ["the method \"solid\""]), "{r:?}");
}

#[test]
fn naming_without_small_clause_is_not_attribution() {
    assert!(run("The print was called \"Cowboys and Indians\".").is_empty());
    assert!(run("She described the house in detail.").is_empty());
    assert!(run("The mayor called the meeting to order.").is_empty());
}

#[test]
fn quote_after_indirect_report_keeps_its_speaker() {
    let text = "Wilkins also said Warhol was a businessperson. \"He would make a blue Marilyn and a pink one. He was prolific.\"";
    let sentences = crate::segment::segment(text);
    let found = find(text, &sentences, &[]);
    let q = found.iter().find(|f| f.direct).expect("floating quote");
    assert_eq!(q.speaker_name.as_deref(), Some("Wilkins"));
    assert_eq!(q.speaker, None);
    // Not after a sentence without a reporting verb.
    let text = "Wilkins visited the museum. \"He would make a blue Marilyn and a pink one.\"";
    let sentences = crate::segment::segment(text);
    assert!(find(text, &sentences, &[]).iter().all(|f| !f.direct));
}

#[test]
fn speaker_before_abbreviated_organisation() {
    let a = one("Jane Whitaker of the Univ. of Kansas Medical Center, who was not involved, said the method is solid.");
    let b = one(
        "Jane Whitaker of the University of Kansas Medical Center, who was not involved, said the method is solid.",
    );
    assert_eq!(a.0, b.0);
    assert!(a.0.starts_with("Jane Whitaker"), "{a:?}");
}

#[test]
fn but_coordinated_cue_shares_subject() {
    let r = run("The professor called the method \"solid\" but said surveys can overestimate infections.");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[1].0.as_deref(), Some("The professor"));
    assert_eq!(r[1].2, ["surveys can overestimate infections"]);
}

#[test]
fn small_clause_with_quoted_judgement() {
    let r = one("He characterized the conflict as \"another small skirmish in a long war.\"");
    assert_eq!(r.0, "He");
    assert!(r.2.starts_with("the conflict as \"another small skirmish"), "{r:?}");
}

#[test]
fn reported_wh_clause_after_telling_verb() {
    let r = one("She explained how Warhol's adoption of the camera revealed his process.");
    assert_eq!(r, ("She".into(), "explained".into(), "Warhol's adoption of the camera revealed his process".into()));
    let r = one("The newspaper noted what began as individual messages had grown into a movement.");
    assert_eq!(r.2, "what began as individual messages had grown into a movement");
    // Indirect questions are not attributions.
    assert!(run("Reporters asked how the camera revealed his process.").is_empty());
    assert!(run("She explained how to use the camera.").is_empty());
}

#[test]
fn pronoun_after_article_is_a_name() {
    let r = one("The i reported that no one will be refused.");
    assert_eq!(r.0, "The i");
    let r = run("Officials said claims will be assessed, with the i reporting no one will be refused.");
    assert!(r.iter().any(|x| x.0.as_deref() == Some("the i")), "{r:?}");
    assert_eq!(one("I said that no one will be refused.").0, "I");
}

#[test]
fn colon_after_long_clause_frames_quote() {
    // (The stance is reported too, its object ending at the colon.)
    let r = run("Sunak defended the policy in Parliament on Wednesday: \"We are working as quickly as possible.\"");
    let q = r.iter().find(|x| x.3).expect("the quotation");
    assert_eq!((q.0.as_deref(), q.1.as_deref()), (Some("Sunak"), Some(":")));
    assert_eq!(q.2, ["We are working as quickly as possible."]);
    // (The day is the occasion's, not the object's.)
    assert!(r.iter().all(|x| x.3 || x.2 == ["the policy in Parliament"]), "{r:?}");
    // A colon after a clause without a finite verb is no frame.
    let r = run("Among the many options on the table in the end: \"stay and fight\" or leave.");
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn organisation_noun_before_name() {
    let r = one("The secularist magazine MicroMega describe the court's judgement as historic.");
    assert_eq!(r, ("MicroMega".into(), "describe".into(), "the court's judgement as historic".into()));
}

#[test]
fn a_cue_inside_the_last_token_is_no_cue() {
    // Used to index past the last token.
    for t in ["To unsubscribe go to: http://www.bbc.co.uk/email", "Details: www.example.org/said"] {
        assert!(run(t).is_empty(), "{t}");
    }
}

#[test]
fn role_then_name_in_apposition() {
    for (t, name, role) in [
        ("The harbour's CEO, Peeter Tamm, said the port would reopen.", "Peeter Tamm", "harbour's CEO"),
        (
            "The company's chief executive, Anna Berg, told reporters that sales fell.",
            "Anna Berg",
            "company's chief executive",
        ),
        ("Her spokesman, John Smith, said the report was false.", "John Smith", "Her spokesman"),
    ] {
        let f = found(t);
        assert_eq!(f.len(), 1, "{t}: {f:?}");
        let s = f[0].speaker.unwrap();
        assert_eq!(&t[s.start..s.end], name, "{t}");
        assert_eq!(f[0].role.as_deref(), Some(role), "{t}");
    }
    // Not a name alone: the appositive is a description, the speaker stays the phrase.
    let r = one("The minister, a former banker, said taxes would rise.");
    assert_eq!(r.0, "The minister");
}

#[test]
fn according_to_role_then_name_closing_the_sentence() {
    let t = "The warehouse held about 4,000 tonnes of grain, according to its owner, Baltic Grain.";
    let f = found(t);
    assert_eq!(f.len(), 1, "{f:?}");
    let s = f[0].speaker.unwrap();
    assert_eq!(&t[s.start..s.end], "Baltic Grain");
    assert_eq!(f[0].role.as_deref(), Some("owner"));
    // A name already (no lower-case role): unchanged.
    let r = one("Prices rose, according to Anna Berg, an economist.");
    assert_eq!(r.0, "Anna Berg");
    // Not closing the sentence: the appositive is not taken.
    let r = one("Prices rose, according to the spokesman, Tom Lee of the bank.");
    assert_eq!(r.0, "the spokesman");
}

#[test]
fn initials_after_a_title_stay_in_the_name() {
    for (t, name, role) in [
        ("Prof. R. J. Whitaker said the results were clear.", "R. J. Whitaker", "Prof"),
        ("Dr. A. B. Smith told reporters the vaccine works.", "A. B. Smith", "Dr"),
    ] {
        let f = found(t);
        assert_eq!(f.len(), 1, "{t}: {f:?}");
        let s = f[0].speaker.unwrap();
        assert_eq!(&t[s.start..s.end], name, "{t}");
        assert_eq!(f[0].role.as_deref(), Some(role), "{t}");
    }
}

#[test]
fn kinds_of_common_noun_speakers() {
    for (t, kind) in [
        ("Diplomats said the leaders would meet again in January.", SourceKind::Group),
        ("A ministry official said the package would be approved.", SourceKind::Person),
        ("Western diplomats said the talks had stalled.", SourceKind::Group),
        ("Farmer said the harvest was poor.", SourceKind::Person),
    ] {
        let f = found(t);
        assert_eq!(f.len(), 1, "{t}: {f:?}");
        assert_eq!(f[0].speaker_kind, kind, "{t}");
    }
}

#[test]
fn bare_plural_people_take_their_prepositional_phrase() {
    let r = one("Officials in Lagos say at least 12 people died when a building collapsed on Tuesday.");
    assert_eq!(r.0, "Officials in Lagos");
    let t = "A spokesperson for the state government denied the claim, saying no such order existed.";
    let f = found(t);
    assert!(!f.is_empty() && f.iter().all(|x| x.speaker_kind == SourceKind::Person), "{f:?}");
}

#[test]
fn told_an_outlet_then_a_time_then_that() {
    let r = one("Rivian's chief executive, RJ Scaringe, told CNBC in May that the R2 would arrive on time.");
    assert_eq!(r.2, "the R2 would arrive on time");
    let r = one("The minister told the BBC on Monday that taxes would rise.");
    assert_eq!(r.2, "taxes would rise");
}

#[test]
fn speaking_on_condition_of_anonymity_is_frame() {
    let r = one("The White House is considering an executive order on asylum, two officials said, speaking on condition of anonymity.");
    assert_eq!(r.0, "two officials");
    assert_eq!(r.2, "The White House is considering an executive order on asylum");
}

#[test]
fn clause_final_frames_with_a_participle_after() {
    let t = "PARIS — France will ban disposable vapes from next year, Health Minister Aurélien Rousseau announced on Sunday, citing their appeal to teenagers.";
    // (What the minister cites is a report of its own, by the same speaker.)
    let r = run(t);
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].0.as_deref(), Some("Aurélien Rousseau"));
    assert_eq!(r[0].2, ["France will ban disposable vapes from next year"]);
    assert_eq!((r[1].0.as_deref(), r[1].1.as_deref()), (Some("Aurélien Rousseau"), Some("citing")));
    assert_eq!(r[1].2, ["their appeal to teenagers"]);
    let r = one("The Commission is reviewing rules on vaping, a spokesperson told AFP, without giving a timeline.");
    assert_eq!(r.2, "The Commission is reviewing rules on vaping");
    let r = one("Tobacco sellers, however, warned the ban would fuel a black market.");
    assert_eq!(r.2, "the ban would fuel a black market");
}

#[test]
fn an_organisation_before_a_title_in_a_quote_frame() {
    let r = one("\"There is no evidence of transmission,\" WHO spokesperson Margaret Harris told a briefing.");
    assert_eq!(r.0, "Margaret Harris");
    let r = one("\"We are ready,\" White House spokesperson Karine Jean-Pierre said.");
    assert_eq!(r.0, "Karine Jean-Pierre");
}

#[test]
fn clause_final_frame_with_a_bare_weekday() {
    let r = one("Russian drones struck an energy facility overnight, cutting power to 200,000 homes, regional governor Maksym Kozytskyi said Tuesday.");
    assert_eq!(r.0, "Maksym Kozytskyi");
    assert!(r.2.starts_with("Russian drones struck"), "{r:?}");
}

#[test]
fn clause_final_frame_with_a_long_role_phrase() {
    for role in ["White House press secretary", "the bank's chief economist", "deputy foreign minister"] {
        let r = one(&format!("The vote will take place next week, {role} Karine Jean-Pierre said on Wednesday."));
        assert_eq!(r.0, "Karine Jean-Pierre", "{role}");
        assert_eq!(r.2, "The vote will take place next week", "{role}");
    }
}

#[test]
fn anonymous_sources_named_by_what_they_know() {
    for who in [
        "three aides familiar with the talks",
        "an official close to the negotiations",
        "officials with knowledge of the plan",
        "aides briefed on the plan",
    ] {
        let r = one(&format!("The deal is off, according to {who}."));
        assert_eq!(r.0, who);
    }
    // Other prepositional phrases still end the speaker.
    assert_eq!(one("The deal is off, according to officials in Kyiv.").0, "officials");
}

#[test]
fn british_and_american_spellings_of_a_cue() {
    for cue in ["signalled", "signaled"] {
        let r = one(&format!("Mike Johnson {cue} that he may not bring it to a vote."));
        assert_eq!((r.0.as_str(), r.1.as_str()), ("Mike Johnson", cue));
    }
}

#[test]
fn reports_coordinated_after_a_comma_are_separate() {
    let r = run("Critics argue that the rules are harsh, while supporters say they restore order.");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].2, ["the rules are harsh"]);
    assert_eq!((r[1].0.as_deref(), r[1].2[0].as_str()), (Some("supporters"), "they restore order"));
    let r = run("The council believes the bridge can be repaired, but engineers fear the cost could double.");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].2, ["the bridge can be repaired"]);
    assert_eq!(r[1].0.as_deref(), Some("engineers"));
}

#[test]
fn a_belief_or_wish_about_someone_else() {
    let r = one("Aides expect the sale to take six months.");
    assert_eq!(r, ("Aides".into(), "expect".into(), "the sale to take six months".into()));
    let r = run("She wants the council to reopen the bridge.");
    assert_eq!(r[0].4, AttributionType::Intention);
    // A bare infinitive of one's own stays a modal, not a report (`expect to`).
    assert!(run("We expect to finish the work soon.").is_empty());
}

#[test]
fn it_takes_up_the_speaker_of_the_previous_sentence() {
    let t = "The grid operator in western France says power is back in 120,000 homes. It expects most connections to be back by Saturday.";
    let f = found(t);
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!(f[1].speaker_name.as_deref(), Some("The grid operator in western France"));
}

#[test]
fn he_takes_up_a_definite_role_subject() {
    let t = "The interior minister arrived in Brest and thanked rescuers. \"The next day will be hard,\" he told reporters near the North Sea coast guard station. Forecaster Owen Le Brun agreed.";
    let f = found(t);
    assert_eq!(f[0].speaker_name.as_deref(), Some("The interior minister"), "{f:?}");
}

#[test]
fn an_accusation_names_its_accuser() {
    let r = one("The opposition has accused the government of lying about the deficit.");
    assert_eq!(r, ("The opposition".into(), "accused".into(), "the government of lying about the deficit".into()));
    // An accusation of a noun, not of a deed, is left to the writer's sentence.
    assert!(run("Gunn accused the mayor of incompetence.").is_empty());
}

#[test]
fn a_name_in_apposition_after_an_inverted_cue_is_the_speaker() {
    let r = one("\"My client acted in good faith,\" said the lawyer, Priya Raman.");
    assert_eq!(r.0, "Priya Raman");
    let r = one("The plan will fail, said the union's leader, Ann Boyle.");
    assert_eq!((r.0.as_str(), r.2.as_str()), ("Ann Boyle", "The plan will fail"));
}

#[test]
fn a_clause_final_frame_may_end_in_a_place() {
    let r = one("He will plead not guilty, his lawyer told reporters outside the court.");
    assert_eq!((r.0.as_str(), r.2.as_str()), ("his lawyer", "He will plead not guilty"));
}

#[test]
fn sources_with_knowledge_of_the_matter() {
    let r = one("The firm will cut jobs, two people with knowledge of the matter told Reuters.");
    assert_eq!(r.0, "two people with knowledge of the matter");
    let r = one("Two officials with direct knowledge of the talks said the deal was close.");
    assert_eq!(r.0, "Two officials with direct knowledge of the talks");
}

#[test]
fn a_thing_claimed_is_no_report() {
    assert!(run("The group claimed responsibility for the attack.").is_empty());
    assert_eq!(one("The rebels claimed the attack killed 20 soldiers.").2, "the attack killed 20 soldiers");
}

#[test]
fn two_verbs_of_one_subject_joined_by_but() {
    let r = run("Observers said voting was largely peaceful but noted serious problems in rural areas.");
    assert_eq!(r[0].2, ["voting was largely peaceful"], "{r:?}");
}

#[test]
fn a_people_noun_before_a_name_in_apposition() {
    let r = one("The main opposition candidate, Abba Yusuf, said the vote was rigged.");
    assert_eq!(r.0, "Abba Yusuf");
}

#[test]
fn a_live_blog_time_is_no_part_of_a_label_speaker() {
    let r = one("12:55 GMT - Cornwall council: \"Stay at home if you can.\"");
    assert_eq!(r.0, "Cornwall council");
    let r = one("9.30am - Network Rail: \"Lines are closed west of Exeter.\"");
    assert_eq!(r.0, "Network Rail");
}

#[test]
fn a_cue_noun_after_a_verb_in_ing_is_its_object() {
    // `calls`, `claims` here are nouns: no speaker `facing` or `making`.
    for t in ["The minister is facing calls to resign.", "The union is making claims about the plan."] {
        assert!(run(t).iter().all(|r| !matches!(r.0.as_deref(), Some("facing" | "making"))), "{t}: {:?}", run(t));
    }
}

#[test]
fn a_party_name_in_ly_is_no_adverb() {
    let r = one("The National Rally said it would not seek to bring down the government.");
    assert_eq!(r.0, "The National Rally");
}

#[test]
fn participle_subject_after_a_dateline_and_a_time() {
    let text = "PARIS (Reuters) - French President Emmanuel Macron on Thursday appointed François Bayrou as \
                prime minister, hoping he can steer a budget through a divided parliament.";
    let r = one(text);
    assert_eq!(r.0, "Emmanuel Macron");
    assert_eq!(r.1, "hoping");
}

#[test]
fn told_a_described_outlet_then_a_bare_clause() {
    let r = run("Marine Le Pen told broadcaster TF1 she wanted Bayrou to listen to her voters.");
    assert_eq!(r[0].0.as_deref(), Some("Marine Le Pen"));
    assert_eq!(r[0].2, ["she wanted Bayrou to listen to her voters"]);
    let r = one("The minister told public radio France Inter that taxes would rise.");
    assert_eq!(r.2, "taxes would rise");
}

#[test]
fn that_after_a_requests_object_is_relative() {
    let r = one("Trump has urged Republicans to reject any agreement that is not perfect.");
    assert_eq!(r, ("Trump".into(), "urged".into(), "reject any agreement that is not perfect".into()));
}

#[test]
fn told_a_long_programme_name_then_that() {
    let r = one(
        "Bridget Phillipson told the BBC's Sunday with Laura Kuenssberg programme that the policy would be funded.",
    );
    assert_eq!(r, ("Bridget Phillipson".into(), "told".into(), "the policy would be funded".into()));
}

#[test]
fn a_sum_added_is_nothing_said() {
    let r = run("The Treasury estimates that abolishing fees would add £9.2bn to annual borrowing.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(run("Shares added 3% in early trading.").is_empty());
}

#[test]
fn a_name_does_not_run_over_a_line_break() {
    let text = "Labour vows to scrap fees\n\nBy Helen Carter, Political Correspondent\n\nLabour will scrap fees, the party said.";
    let ctx = Ctx::new(text, &[]);
    assert!(full_names(&ctx).iter().all(|(_, n)| !n.contains("Labour")), "{:?}", full_names(&ctx));
}

#[test]
fn a_clause_final_frame_with_an_aside_after_it() {
    let r = run("Labour will scrap tuition fees, the party's education spokesperson announced on Sunday, in a move \
                 the Conservatives said would cost £9bn.");
    assert_eq!(r[0].1.as_deref(), Some("announced"));
    assert_eq!(r[0].2, ["Labour will scrap tuition fees"]);
    let r = run("Prices will rise, the company said on Monday, prompting protests.");
    assert_eq!(r[0].2, ["Prices will rise"]);
}

#[test]
fn an_adverbial_between_cue_and_that_is_no_aside() {
    let r = one("The site explains, in a satirical fashion, that the incident was prompted by a video.");
    assert_eq!(r.2, "the incident was prompted by a video");
}

#[test]
fn an_adverbial_then_a_clause_without_that() {
    let r = run("Hamas said in a statement it had agreed to extend the truce.");
    assert_eq!(r[0].2, ["it had agreed to extend the truce"]);
    let r = one("The minister said on Monday the talks had failed.");
    assert_eq!(r.2, "the talks had failed");
    let r = one("The minister said Tuesday the talks had failed.");
    assert_eq!(r.2, "the talks had failed");
    let r = one("The minister said in an interview with CNN the deal was off.");
    assert_eq!(r.2, "the deal was off");
}

#[test]
fn a_clause_final_speaker_described_by_a_lower_case_noun() {
    let r = one("Israel and Hamas will extend their truce by two days, mediator Qatar said on Monday.");
    assert_eq!(r, ("Qatar".into(), "said".into(), "Israel and Hamas will extend their truce by two days".into()));
    let r = one("The vote was rigged, rights group Amnesty International said.");
    assert_eq!(r.0, "Amnesty International");
    assert_eq!(r.2, "The vote was rigged");
}

#[test]
fn told_a_bare_plural_addressee() {
    let r = one("Gallant told troops on Sunday they would be fighting within days.");
    assert_eq!(r, ("Gallant".into(), "told".into(), "they would be fighting within days".into()));
    let r = one("The general told state television the offensive had begun.");
    assert_eq!(r.2, "the offensive had begun");
}

#[test]
fn raising_hopes_is_no_report() {
    let r = run("Israel and Hamas have agreed to extend the truce, Qatar said, raising hopes that more hostages would be freed.");
    assert!(r.iter().all(|x| !matches!(x.1.as_deref(), Some("raising" | "hopes"))), "{r:?}");
    assert!(run("The deal was signed, sparking fears that prices would rise.").is_empty());
}

#[test]
fn a_passive_cue_then_a_day_is_no_report() {
    let r = run("Figures to be published today show a record 45,756 migrants crossed the Channel last year.");
    assert!(r.iter().all(|x| x.1.as_deref() != Some("published")), "{r:?}");
}

#[test]
fn names_read_where_needed_are_those_of_the_whole_text() {
    let mut texts: Vec<String> = vec![
        "Chief Financial Officer Claire McDonough said. McDonough added that he would go. I said John Smith I."
            .to_string(),
        "Mr. Tom Al-Farsi and Prime Minister Boris Johnson met New York Times reporters. \
         Johnson told them that Tom Al-Farsi lied; al-Farsi denied it. Monday Ed Bee saw Ed Bee."
            .to_string(),
    ];
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
    let mut stack = vec![dir];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "txt") {
                texts.extend(std::fs::read_to_string(&p));
            }
        }
    }
    for text in &texts {
        let sentences = crate::segment(text);
        if sentences.is_empty() {
            continue;
        }
        let ctx = Ctx::new(text, &sentences);
        let names = full_names(&ctx);
        for pos in (0..=text.len()).filter(|&p| text.is_char_boundary(p)) {
            let k = names.partition_point(|(p, _)| *p < pos);
            let want = k.checked_sub(1).map(|k| names[k].clone()).filter(|(p, _)| pos - *p < 3000);
            assert_eq!(last_name_before(&ctx, pos, 3000), want, "{pos}");
        }
        for t in &ctx.toks {
            let w = &text[t.span.start..t.span.end];
            let w = crate::text::strip_possessive(w);
            let want =
                names.iter().find(|(_, n)| n.rsplit(' ').next() == Some(w) && n.len() > w.len()).map(|x| x.1.clone());
            assert_eq!(first_name_ending(&ctx, w), want, "{w}");
        }
    }
}

#[test]
fn a_month_may_is_no_modal() {
    assert!(run("The Bank will publish its next forecasts on May 9.").is_empty());
    let r = one("The Bank said rates may fall in May.");
    assert_eq!(r.2, "rates may fall in May");
}

#[test]
fn a_campaign_for_something_is_an_organisation() {
    let r = one("The Campaign for Better Transport said the plan would change lives.");
    assert_eq!(r.0, "The Campaign for Better Transport");
}

#[test]
fn a_cue_word_with_a_possessive_is_a_noun() {
    let r = run("Court blocks state's abortion ban");
    assert!(r.iter().all(|x| x.1.as_deref() != Some("state")), "{r:?}");
}

#[test]
fn an_organisation_name_with_to_inside() {
    let r = run("Mississippi Right to Life called the ruling a disgrace and said it would appeal.");
    assert_eq!(r[0].0.as_deref(), Some("Mississippi Right to Life"));
}

#[test]
fn a_pronoun_takes_up_the_name_in_apposition_to_a_role() {
    let text = "The clinic's director, Shannon Brewer, told The Associated Press that staff had left. \
                She said the ruling meant women could breathe again.";
    let f = found(text);
    let she = f.iter().find(|f| f.speaker.is_some_and(|s| &text[s.start..s.end] == "She")).expect("she");
    assert_eq!(she.speaker_name.as_deref(), Some("Shannon Brewer"));
}

#[test]
fn a_noun_in_ing_after_an_article_ends_no_phrase() {
    // (The decision it reports is read too, inside its content.)
    let r = run("Tesla decided to recall the cars, according to the filing.");
    assert!(
        r.iter().any(|x| x.0.as_deref() == Some("the filing") && x.2 == ["Tesla decided to recall the cars"]),
        "{r:?}"
    );
    let r = one("Safety advocates have long argued that the feature should be restricted.");
    assert_eq!(r.0, "Safety advocates");
}

#[test]
fn adding_after_a_quote_frame() {
    let r =
        run("\"This is a step, but it is not enough,\" said Ann Whitfield, president of the Center for Auto Safety, \
                 adding that the agency should have acted years ago.");
    let add = r.iter().find(|x| x.1.as_deref() == Some("adding")).expect("adding");
    assert_eq!(add.0.as_deref(), Some("Ann Whitfield"));
    assert_eq!(add.2, ["the agency should have acted years ago"]);
}

#[test]
fn doubled_apostrophes_quote() {
    let r = one("''A museum alone will not end poverty,'' he said.");
    assert_eq!(r, ("he".into(), "said".into(), "A museum alone will not end poverty".into()));
}

#[test]
fn frame_in_commas_inside_the_sentence() {
    let r = one("Acts of protest, Mr. Obama said, are acts of patriotism.");
    assert_eq!(r, ("Obama".into(), "said".into(), "Acts of protest | are acts of patriotism".into()));
    let r = one("The latest test, North Korea said on Friday, was its biggest yet.");
    assert_eq!(r.2, "The latest test | was its biggest yet");
    // After a coordinator only what stands before the frame was said.
    let r = one("It would take three weeks, he said, and the wrangling could be paralyzing.");
    assert_eq!(r, ("he".into(), "said".into(), "It would take three weeks".into()));
    // An adverbial before the frame is no content; a quote after it is the content.
    let r = one("In a statement, Governor Chris Gregoire said, \"The museum put a tremendous effort into it.\"");
    assert_eq!(r.2, "The museum put a tremendous effort into it.");
}

#[test]
fn participle_after_a_quote_frame_keeps_its_speaker() {
    let r = run("\"We do not see a link to terrorism,\" the mayor said, adding that it would take more hours.");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[1].0.as_deref(), Some("the mayor"));
    assert_eq!(r[1].1.as_deref(), Some("adding"));
    assert_eq!(r[1].2, ["it would take more hours"]);
}

#[test]
fn inverted_speaker_with_a_place_phrase() {
    let r = one("The meeting deteriorated from there, said one GOP source in the room.");
    assert_eq!(r, ("one GOP source in the room".into(), "said".into(), "The meeting deteriorated from there".into()));
}

#[test]
fn content_ends_before_the_next_act_of_speech() {
    let r =
        run("Analysts said geopolitical factors have raised its appeal, noting the strategic importance of the port.");
    assert_eq!(r[0].2, ["geopolitical factors have raised its appeal"]);
}

#[test]
fn transcript_turns_and_their_paragraphs() {
    // (A turn keeps the marks that end it, `—.` of a speaker cut off too.)
    let t = "Partial transcript as follows:\n\n\"WALLACE: Will she be there tomorrow night?\n\n\
             \"PENCE: Well, she will not be attending the debate.\n\n\"We are focused on the issues.\n\n\
             \"WALLACE: Thank you, governor.\n\n\"Follow the show on Twitter.\"";
    let r = run(t);
    let turns: Vec<(String, Vec<String>)> = r
        .iter()
        .filter(|x| x.1.as_deref() == Some(":"))
        .map(|x| (x.0.clone().unwrap_or_default(), x.2.clone()))
        .collect();
    assert_eq!(
        turns,
        [
            ("WALLACE".to_string(), vec!["Will she be there tomorrow night?".to_string()]),
            (
                "PENCE".to_string(),
                vec![
                    "Well, she will not be attending the debate.".to_string(),
                    "We are focused on the issues.".to_string()
                ]
            ),
            ("WALLACE".to_string(), vec!["Thank you, governor.".to_string()]),
        ]
    );
    assert!(r.iter().all(|x| x.3 == (x.1.as_deref() == Some(":"))), "turns are direct speech: {r:?}");
    let r = run("\"WALLACE: Governor, I want to try to get —.\n\n\"PENCE: We were in Iowa with 650 —.\"");
    let turns: Vec<&str> = r.iter().filter(|x| x.1.as_deref() == Some(":")).map(|x| x.2[0].as_str()).collect();
    assert_eq!(turns, ["Governor, I want to try to get —.", "We were in Iowa with 650 —."]);
}

#[test]
fn headline_naming_its_speaker() {
    let r = run("Sanders: Clinton needs to get away from the personality stuff.\n\nBernie Sanders offered advice.");
    // (A title-case phrase that the article never names again is no speaker.)
    assert!(run("Stealth Over Health: Clinton Was Headed to ER.\n\nThe Post reports that she left early.")
        .iter()
        .all(|x| x.1.as_deref() != Some(":")));
    assert_eq!(r[0].0.as_deref(), Some("Sanders"));
    assert_eq!(r[0].2, ["Clinton needs to get away from the personality stuff"]);
    assert_eq!(r[0].4, AttributionType::Speech);
    // (A text's label reports a document: `Poll: …`.)
    let r = run("Poll: Voters Sour on the Governor.\n\nA new poll shows voters are unhappy.");
    assert_eq!((r[0].1.as_deref(), r[0].4), (Some(":"), AttributionType::Document), "{r:?}");
    // A section label is no speaker, and a label inside the article is no headline.
    assert!(run("The Latest: Officials count the votes in the capital.\n\nText.")
        .iter()
        .all(|x| x.1.as_deref() != Some(":")));
    assert!(run("First line.\n\nImage: Crowds gather at the square in the capital.")
        .iter()
        .all(|x| x.1.as_deref() != Some(":")));
}

#[test]
fn frame_in_an_opening_subordinate_clause() {
    let r = run("While his advisers have suggested his role is as a convert, Mr. Obama is also determined to warn his supporters.");
    let f = r.iter().find(|x| x.1.as_deref() == Some("suggested")).expect("suggested");
    assert_eq!(f.2, ["his role is as a convert"]);
    let r = run("After campaign aides insisted in June that he would not be pigeonholed, whose support was steady, the campaign has appeared to change course.");
    let f = r.iter().find(|x| x.1.as_deref() == Some("insisted")).expect("insisted");
    assert_eq!(f.2, ["he would not be pigeonholed, whose support was steady"]);
}

#[test]
fn sentence_connective_is_no_content() {
    let r = one("And Mrs. Clinton now holds a gaping advantage among black voters, according to a new poll.");
    assert_eq!(r.2, "Mrs. Clinton now holds a gaping advantage among black voters");
    let r = run("In addition, the campaign plans to release more medical records soon, a spokesman announced Monday.");
    let f = r.iter().find(|x| x.1.as_deref() == Some("announced")).expect("announced");
    assert_eq!(f.2, ["the campaign plans to release more medical records soon"]);
}

#[test]
fn quoted_phrase_closing_its_sentence_has_no_later_frame() {
    let r = run("Japan branded North Korea an \"outlaw nation in the neighborhood.\" Russia insisted that Pyongyang \"stop its escapades.\"");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0.as_deref(), Some("Russia"));
    assert_eq!(r[0].2, ["Pyongyang \"stop its escapades.\""]);
}

#[test]
fn coordinated_names_take_a_plural_verb() {
    let r = one("But Mr. Grassley and Mr. Leahy say other changes are needed.");
    assert_eq!((r.1.as_str(), r.2.as_str()), ("say", "other changes are needed"));
}

#[test]
fn citing_a_noun_phrase() {
    let r = run("Analysts said the port matters, citing the strategic importance of a nation that borders China.");
    let f = r.iter().find(|x| x.1.as_deref() == Some("citing")).expect("citing");
    assert_eq!(f.0.as_deref(), Some("Analysts"));
    assert_eq!(f.2, ["the strategic importance of a nation that borders China"]);
}

#[test]
fn quoted_phrase_then_the_writers_clause() {
    let t = "Voters agreed that Clinton is in \"good enough health to serve as president,\" while 73 percent said the same of Trump.";
    let r = run(t);
    let f = r.iter().find(|x| x.1.as_deref() == Some("agreed")).expect("agreed");
    assert_eq!(f.2, ["Clinton is in \"good enough health to serve as president,\""]);
    let f = r.iter().find(|x| x.1.as_deref() == Some("said")).expect("said");
    assert_eq!((f.0.as_deref(), f.2.clone(), f.3), (Some("73 percent"), vec!["the same of Trump".to_string()], false));
}

#[test]
fn party_label_and_apposition_after_a_quote() {
    let r = one("“They would just go get them,” Rep. Jim Jordan (R-Ohio), an oversight panel member, said in a phone interview.");
    assert_eq!(r, ("Jim Jordan".into(), "said".into(), "They would just go get them".into()));
    // An adverbial after `said` is never its speaker.
    assert!(run("The plan failed, said in a phone interview.")
        .iter()
        .all(|x| x.0.as_deref() != Some("in a phone interview")));
}

#[test]
fn participles_used_as_adjectives_or_reduced_relatives() {
    let r = run("Her submission to the court noted published reports alleging that she had claimed it.");
    assert!(r.iter().all(|x| x.1.as_deref() != Some("published")), "{r:?}");
    let r = run("The candidates took questions from veterans invited to participate in the forum.");
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn words_leading_into_a_quotation() {
    let r = one("The country \"has made dramatic changes for the better,\" McConnell said in June 2012.");
    assert_eq!(
        r,
        ("McConnell".into(), "said".into(), "The country \"has made dramatic changes for the better,\"".into())
    );
    // A lead-in with a verb of its own is no part of the quotation's report.
    let r = run("He called it \"a disaster for everyone,\" Smith said.");
    assert!(r.iter().all(|x| !x.2.iter().any(|c| c.starts_with("He called"))), "{r:?}");
}

#[test]
fn a_place_before_an_organisation_is_its_name() {
    let r = one("The tenge traded at 461 per dollar on Friday, according to the Kazakhstan Stock Exchange.");
    assert_eq!(r.0, "the Kazakhstan Stock Exchange");
}

#[test]
fn a_time_between_speaker_and_cue_is_no_speaker() {
    let r = one("Wells Fargo just this month announced it would get rid of these incentives.");
    assert_eq!(r.0, "Wells Fargo");
    let r = one("The bank last week said it would cut 500 jobs.");
    assert_eq!(r.0, "The bank");
}

#[test]
fn an_organisation_for_a_capitalised_field() {
    let r = one("The nominee has won among voters, according to the Roper Center for Public Opinion Research.");
    assert_eq!(r.0, "the Roper Center for Public Opinion Research");
}

#[test]
fn calls_on_and_calls_for() {
    let r = one("David Axelrod on Wednesday called on Howard Dean to apologize to Donald Trump.");
    assert_eq!(r, ("David Axelrod".into(), "called on".into(), "apologize to Donald Trump".into()));
    let r = one("The group called for an independent inquiry into the deaths.");
    assert_eq!(r, ("The group".into(), "called for".into(), "an independent inquiry into the deaths".into()));
}

#[test]
fn calls_after_a_verb_are_a_noun() {
    let r = run("The report has prompted calls for all edible salt to be iodised.");
    assert!(r.iter().all(|x| x.0.as_deref() != Some("prompted")), "{r:?}");
}

#[test]
fn an_apposition_opening_with_a_possessive() {
    let r = run("Even China, Pyongyang's only ally and its economic lifeline to the outside world, said it was \
                 \"resolutely opposed\" to the test and warned North Korea to refrain from further actions.");
    let said = r.iter().find(|x| x.1.as_deref() == Some("said")).expect("said");
    assert_eq!(said.0.as_deref(), Some("China"));
}

#[test]
fn a_name_modifying_a_common_noun_before_of() {
    let r = one("Donations hit $1.1 billion, a USA TODAY analysis of newly filed reports shows.");
    assert_eq!(r.0, "a USA TODAY analysis of newly filed reports");
}

#[test]
fn a_frame_in_commas_before_a_subordinate_clause_reports_what_comes_before() {
    let r = run("Rates will stay at 5.25%, a Reuters poll of economists showed on Thursday, although a growing \
                 minority said the bank may cut them in February.");
    let showed = r.iter().find(|x| x.1.as_deref() == Some("showed")).expect("showed");
    assert_eq!(showed.2, ["Rates will stay at 5.25%"]);
    assert!(r.iter().any(|x| x.1.as_deref() == Some("said")), "{r:?}");
}

#[test]
fn an_unquoted_naming() {
    let r = one("Clinton called her vote in favor of the Iraq War a mistake.");
    assert_eq!(r, ("Clinton".into(), "called".into(), "her vote in favor of the Iraq War a mistake".into()));
    let r = one("Rendell called it a common ailment during grueling bids for office.");
    assert_eq!(r.1, "called");
    assert!(run("The coach called it a day after the match.").is_empty());
    assert!(run("She called the police a second time.").is_empty());
}

#[test]
fn telling_an_addressee_that() {
    let r = run("He spoke in Ohio on Monday, telling black voters that their lives could not get any worse.");
    let t = r.iter().find(|x| x.1.as_deref() == Some("telling")).expect("telling");
    assert_eq!(t.2, ["their lives could not get any worse"]);
}

#[test]
fn a_speaker_pronoun_takes_a_name_of_its_gender() {
    let text = "Mrs. Joan Pryor met Senator Mark Hale on Monday. \"It went well,\" she said.";
    let f = found(text);
    let she = f.iter().find(|f| f.speaker.is_some_and(|s| &text[s.start..s.end] == "she")).expect("she");
    assert_eq!(she.speaker_name.as_deref(), Some("Joan Pryor"));
}

#[test]
fn a_frame_in_commas_after_a_subordinate_clause_reports_the_main_clause() {
    let r = one(
        "Though that transition was relatively seamless, he said, replacing Clinton would be much more acrimonious.",
    );
    assert_eq!(r, ("he".into(), "said".into(), "replacing Clinton would be much more acrimonious".into()));
}

/// The speaker phrases as written (`speaker_phrase`), in order.
fn phrases(text: &str) -> Vec<String> {
    let sentences = crate::segment::segment(text);
    find(text, &sentences, &[])
        .into_iter()
        .filter_map(|f| f.speaker_phrase.map(|s| text[s.start..s.end].to_string()))
        .collect()
}

#[test]
fn a_party_and_state_label_belongs_to_the_designation() {
    assert_eq!(phrases("Rep. Gwen Moore (D-Wis.) said turnout would be high."), ["Rep. Gwen Moore (D-Wis.)"]);
    // Any other parenthesis is no label.
    assert_eq!(phrases("Gwen Moore (pictured) said turnout would be high."), ["Gwen Moore"]);
}

#[test]
fn a_role_keeps_its_modifiers_only_at_the_phrase_start() {
    assert_eq!(
        phrases("Clinton communication director Jennifer Palmieri said the email was fake."),
        ["Clinton communication director Jennifer Palmieri"]
    );
    // After a verb the words are no modifiers of the role.
    let r = phrases("The party thanked campaign spokesman Jason Miller, who said the email was fake.");
    assert!(r.iter().all(|p| !p.contains("thanked")), "{r:?}");
}

#[test]
fn a_share_of_a_group_is_one_speaker() {
    assert_eq!(
        one("Only 52 percent of registered voters said they would vote.").0,
        "Only 52 percent of registered voters"
    );
    assert_eq!(
        one("Nearly eight of 10 voters said the country was on the wrong track.").0,
        "Nearly eight of 10 voters"
    );
    assert_eq!(one("Most of the senators said they would vote no.").0, "Most of the senators");
    assert_eq!(phrases("But many Democrats said the plan was flawed."), ["many Democrats"]);
    // Inside a longer phrase the share is not the phrase's start.
    let r = run("The views of most of the senators said little.");
    assert!(r.iter().all(|x| x.0.as_deref() != Some("most of the senators")), "{r:?}");
}

#[test]
fn a_source_on_a_body_is_one_speaker() {
    assert_eq!(
        one("One Democratic source on the panel said the meeting was tense.").0,
        "One Democratic source on the panel"
    );
    // A time is no body: `on Monday` stays out.
    let r = run("Officials on Monday said the meeting was tense.");
    assert!(r.iter().all(|x| x.0.as_deref().is_some_and(|s| !s.contains("Monday"))), "{r:?}");
}

#[test]
fn two_people_named_together_speak_as_one_group() {
    assert_eq!(one("Mr. Grassley and Mr. Leahy said the program needed reform.").0, "Mr. Grassley and Mr. Leahy");
    assert_eq!(
        phrases("Sens. Jon Tester and David Vitter said the bank was too big."),
        ["Sens. Jon Tester and David Vitter"]
    );
    // An object before `and` is no part of the speaker.
    assert_eq!(one("The mayor thanked Obama and Clinton said the economy was growing.").0, "Clinton");
}

#[test]
fn a_quoted_title_after_a_preposition_is_no_quotation() {
    let r = run("On this weekend's broadcast of \u{201c}Fox News Sunday,\u{201d} Republican vice-presidential nominee Gov. Mike Pence said his running mate was joking.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2, ["his running mate was joking"]);
}

#[test]
fn a_source_placed_in_a_body_after_the_cue() {
    assert_eq!(one("The meeting went badly, said one GOP source in the room.").0, "one GOP source in the room");
    // An occasion is no part of the speaker.
    let r = run("The meeting went badly, said a spokesman in the statement.");
    assert!(r.iter().all(|x| x.0.as_deref().is_none_or(|s| !s.contains("statement"))), "{r:?}");
}

#[test]
fn a_quote_opening_a_paragraph_belongs_to_the_person_just_introduced() {
    let t = "\"We will not move,\" Hollis said.\n\nRep. Eleanor Whitfield, a Republican from Texas, broke with her party.\n\n\"I have spent two years telling my constituents that help is coming.\"";
    let r = run(t);
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[1].0.as_deref(), Some("Eleanor Whitfield"));
    // The same speaker, named again, goes on; a sentence about something else changes nothing.
    let t = "\"We will not move,\" Hollis said.\n\nThe council will vote on Monday.\n\n\"Show me 218 votes and we will talk.\"";
    let r = run(t);
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[1].0, None);
}

#[test]
fn a_judgement_with_as_is_reported() {
    let r = one("President Obama condemned the test as \"provocative and destabilizing\".");
    assert_eq!((r.0.as_str(), r.1.as_str()), ("Obama", "condemned"));
    assert!(r.2.starts_with("the test as"), "{r:?}");
    assert_eq!(one("The senator dismissed the report as a partisan smear.").1, "dismissed");
    // Without `as` such a verb reports its object when it is a verb of stance (the
    // condemnation of the launch), never a clause before it, and nothing for a verb
    // that also names a deed (`dismissed the case`).
    assert_eq!(one("The Security Council condemned the launch.").2, "the launch");
    assert!(run("The missile flew 900 km, the Security Council condemned.").is_empty());
    assert!(run("The judge dismissed the case.").is_empty());
}

#[test]
fn a_quantifier_floating_after_the_subject() {
    assert_eq!(one("They both said the plan was flawed.").0, "They");
    assert_eq!(one("Jones and Smith all said the plan was flawed.").0, "Jones and Smith");
    // After a determiner it is the subject's own word: no verb follows a noun there.
    assert!(run("The all said.").is_empty());
}

#[test]
fn noun_phrases_of_political_news() {
    assert_eq!(one("Federal and state officials said the two raised $350 million.").0, "Federal and state officials");
    assert_eq!(
        one("Developers and supporters in Congress say the program has brought jobs.").0,
        "Developers and supporters in Congress"
    );
    assert_eq!(
        one("The Committee for a Responsible Federal Budget reported that the plans would cost $150 billion.").0,
        "The Committee for a Responsible Federal Budget"
    );
    assert_eq!(
        phrases("Retired Air Force general Lloyd Newton said the plan was sound."),
        ["Retired Air Force general Lloyd Newton"]
    );
    // A plural after a number is a noun, not a cue.
    let r = run("Twenty-seven states led by West Virginia are challenging the rule, arguing it is illegal.");
    assert!(r.iter().all(|x| x.1.as_deref() != Some("states")), "{r:?}");
    assert_eq!(
        r.iter().find(|x| x.1.as_deref() == Some("arguing")).and_then(|x| x.0.as_deref()),
        Some("Twenty-seven states")
    );
    // An object before `and` is no part of a subject.
    assert_eq!(one("He met Smith and officials said the plan was sound.").0, "officials");
    // `of the` parts a person from an organisation.
    assert_eq!(
        one("Prof. R. J. Whitaker of the Univ. of Kansas Medical Center said it was solid.").0,
        "R. J. Whitaker"
    );
}

#[test]
fn a_cue_word_after_a_possessive_is_a_noun() {
    assert!(run("Washington backed her push to restore democratic rule.").is_empty());
    assert!(run("He defended his record on taxes and jobs.").is_empty());
    assert!(run("Sondhi then delivered the petition to the residence of the prime minister.").is_empty());
    // `her` as the object of a verb of perception stays a subject.
    let r = run("I heard her say that the plan had failed.");
    assert!(r.iter().any(|x| x.1.as_deref() == Some("say")), "{r:?}");
}

#[test]
fn telling_an_addressee_how_or_that() {
    let r = one("Caddell told Breitbart News Daily host Alex Marlow on Thursday how surprised he is that health has been at the forefront.");
    assert_eq!(r.2, "how surprised he is that health has been at the forefront");
    // A programme in quotation marks is the addressee, no quotation, and no one's name.
    let t = "Sanders told \"Morning Joe\" that nobody would question her intelligence. He said she would win.";
    let r = run(t);
    assert_eq!(r[0].2, ["nobody would question her intelligence"]);
    let f = found(t);
    assert_eq!(f[1].speaker_name.as_deref(), Some("Sanders"));
}

#[test]
fn an_aside_comma_in_the_next_sentence_is_no_aside() {
    // Regression (proptest): the comma after the speaker stands past the sentence's end.
    run("https://t.co/x according to Russian President Vladimir Putin \n\n, a ");
}
#[test]
fn subjects_with_several_asides() {
    let r = one("Donna Sampson Rawlings, 59, of Ashton, Md., who watched the ceremony on a screen on the Mall, said the event brought back memories of her father.");
    assert_eq!(
        (r.0.as_str(), r.2.as_str()),
        ("Donna Sampson Rawlings", "the event brought back memories of her father")
    );
    let r = one("\u{201c}It\u{2019}s an invasion of the state regulatory domain,\u{201d} Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the EPA, said at a Washington event this month.");
    assert_eq!(
        (r.0.as_str(), r.2.as_str()),
        ("Scott Pruitt", "It\u{2019}s an invasion of the state regulatory domain")
    );
}

#[test]
fn a_surname_that_names_a_place_is_the_person_who_spoke() {
    let t = "Rep. Jim Jordan, R-Ohio, said the bill was dead. \"We are not going to blink,\" Jordan said.";
    let f = found(t);
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!(f[0].speaker_name.as_deref(), Some("Jim Jordan"));
    assert_eq!(f[1].speaker_name.as_deref(), Some("Jim Jordan"));
    assert_eq!(f[1].speaker_kind, SourceKind::Person);
    // With no such person the country stays a country.
    let t = "\"We will not open the border,\" Jordan said.";
    assert_eq!(found(t)[0].speaker_kind, SourceKind::Place);
}

#[test]
fn an_accusation_of_a_quoted_or_named_charge() {
    let r = one("Hungarian Prime Minister Viktor Orban, speaking on state radio on Friday, accused Brussels of \"rape, legally speaking\" of Hungary's sovereignty.");
    assert_eq!((r.0.as_str(), r.1.as_str()), ("Viktor Orban", "accused"));
}

#[test]
fn people_who_know_are_one_speaker() {
    assert_eq!(
        one("Meloni is not expected to oppose the deal, people familiar with her thinking said.").0,
        "people familiar with her thinking"
    );
    assert_eq!(one("Sources close to the talks said a deal was near.").0, "Sources close to the talks");
    // … a group after `according to` too.
    let t = "Clinton is determined to win, according to two people close to her campaign.";
    assert_eq!(found(t)[0].speaker_kind, SourceKind::Group);
}

#[test]
fn the_writers_report_of_what_the_speaker_did_not_say_ends_the_content() {
    assert_eq!(one("The minister said the talks had failed but did not provide evidence.").2, "the talks had failed");
    assert_eq!(
        one("She said the company would not sell the unit and declined to comment further.").2,
        "the company would not sell the unit"
    );
    // The content's own verb phrase goes on.
    assert_eq!(
        one("He said the plan was sound and did not need changes.").2,
        "the plan was sound and did not need changes"
    );
}

#[test]
fn it_is_the_organisation_that_spoke_earlier_in_its_sentence() {
    let t = "Clinton aides expect a strong turnout in Florida. The campaign plans to send Obama to Miami next week, and it hopes Bernie Sanders will campaign on college campuses.";
    let f = found(t);
    let it = f.iter().find(|x| x.cue.is_some_and(|c| &t[c.start..c.end] == "hopes")).expect("hopes");
    assert_eq!(it.speaker_name.as_deref(), Some("The campaign"));
}

#[test]
fn naming_verbs_are_never_inverted_and_compounds_are_nouns() {
    let r = one("The union's president, Shawn Fain, called the deal a historic win for workers.");
    assert_eq!((r.0.as_str(), r.1.as_str()), ("Shawn Fain", "called"));
    let r = run("Chief Executive Mary Barra told analysts on a conference call that the contract would add costs.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1.as_deref(), Some("told"));
}

#[test]
fn it_names_the_whole_organisation() {
    let t = "General Motors cut its forecast. The company now expects net income of $9.1 billion, down from its earlier forecast, it said in a filing with the Securities and Exchange Commission.";
    let f = found(t);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].speaker_name.as_deref(), Some("General Motors"));
    assert_eq!(
        &t[f[0].content[0].start..f[0].content[0].end],
        "The company now expects net income of $9.1 billion, down from its earlier forecast"
    );
    let t = "Yesterday Microsoft cut its forecast. It said sales would fall.";
    assert_eq!(found(t)[0].speaker_name.as_deref(), Some("Microsoft"));
}

#[test]
fn relative_clauses_that_look_like_frames() {
    let r = run("Chancellor Jeremy Hunt told Sky News that voters \"can't trust a word\" Sir Keir says on tax.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0.as_deref(), Some("Jeremy Hunt"));
    let r = run("The Conservatives say Labour's spending plans would leave a £38bn hole in the public finances, a figure Labour disputes.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0.as_deref(), Some("The Conservatives"));
    // A lower-case noun for an agent still describes a name.
    assert_eq!(one("The talks would resume on Monday, mediator Qatar said.").0, "Qatar");
}

#[test]
fn a_headline_quoting_its_speaker() {
    let r = run(
        "Starmer: 'We will not raise income tax'\n\nSir Keir Starmer has ruled out raising income tax, Starmer said.",
    );
    assert_eq!(
        r[0],
        (
            Some("Starmer".into()),
            Some(":".into()),
            vec!["We will not raise income tax".to_string()],
            true,
            AttributionType::Speech
        )
    );
}

#[test]
fn quoted_by_an_outlet_as_saying() {
    let r = one("Kremlin spokesman Dmitry Peskov was quoted by the TASS news agency as saying that Russian forces struck only \"military objects.\"");
    assert_eq!(r.0, "Dmitry Peskov");
    assert_eq!(r.1, "was quoted by the TASS news agency as saying");
    assert_eq!(r.2, "Russian forces struck only \"military objects.\"");
}

#[test]
fn the_body_named_again_by_its_noun() {
    let f = found("A strike cut power to 200,000 homes, Ukraine's energy ministry said. The ministry said repairs would take days.");
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!(f[1].speaker_name.as_deref(), Some("Ukraine's energy ministry"));
}

#[test]
fn a_denied_or_admitted_deed() {
    let r = one("Moscow denied targeting civilian infrastructure.");
    assert_eq!(r, ("Moscow".into(), "denied".into(), "targeting civilian infrastructure".into()));
    // A noun object is what is denied (a stance), not a deed read whole.
    assert_eq!(one("The company denied the allegations.").2, "the allegations");
    assert_eq!(one("He admitted wrongdoing.").2, "wrongdoing");
}

#[test]
fn stance_verbs_report_their_object() {
    let r = one("Trump cited problems in the Middle East, China and elsewhere.");
    assert_eq!(r, ("Trump".into(), "cited".into(), "problems in the Middle East, China and elsewhere".into()));
    let r = one("A union representing flight attendants endorsed Hillary Clinton for president.");
    assert_eq!(r.1, "endorsed");
    assert_eq!(r.2, "Hillary Clinton for president");
    // `that` before a noun is a determiner, not a clause.
    let r = one("Justice Frank Nervo rejected that argument.");
    assert_eq!(r, ("Frank Nervo".into(), "rejected".into(), "that argument".into()));
    let r = one("Critics rejected that the plan was legal.");
    assert_eq!(r.2, "the plan was legal");
    // Verbs of attack and blame need grounds: alone they name deeds.
    let r = one("Trump attacked Clinton for her support of military action in Iraq.");
    assert_eq!(r.2, "Clinton for her support of military action in Iraq");
    assert!(run("Russian troops attacked the village on Monday.").is_empty());
    // The speaker takes a stance: a thing does not (`The beams support the roof`).
    assert!(run("The beams support the roof.").is_empty());
    // A bare pronoun object says nothing.
    assert!(run("The senator praised him.").is_empty());
    // Inside another's report the stance is part of it.
    let r = run("Fowler noted that at one meeting, in 1972, he supported a decision to nominate Shriver.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(r[0].2[0].ends_with("nominate Shriver"), "{r:?}");
}

#[test]
fn a_name_and_a_possessed_role_speak_together() {
    let r = one("Putin and his Kazakh counterpart Kassym-Jomart Tokayev said the talks went well.");
    assert_eq!(r.0, "Putin and his Kazakh counterpart Kassym-Jomart Tokayev");
}

#[test]
fn what_a_poll_or_study_shows() {
    let r = one("The poll indicates a tightening race.");
    assert_eq!(r, ("The poll".into(), "indicates".into(), "a tightening race".into()));
    // No addressee after a text's `show`: the object is what it shows.
    assert_eq!(
        one("Polling averages show Clinton with a lead in the low single digits.").2,
        "Clinton with a lead in the low single digits"
    );
    assert_eq!(one("The Gallup average shows her ahead 3 points.").2, "her ahead 3 points");
    assert_eq!(one("Recent polls have similarly shown Clinton's lead eroding.").2, "Clinton's lead eroding");
    // The head before a modifying phrase agrees with the verb (`Data … show`).
    let r = one("Data from the 2014 American Community Survey show that women held 41 percent of the jobs.");
    assert_eq!(r.0, "Data from the 2014 American Community Survey");
    // People who find things, and footage, report nothing.
    assert!(run("Police found a body in the river.").is_empty());
    assert!(run("The video shows a man running.").is_empty());
}

#[test]
fn speaking_of_a_subject_and_poll_shares() {
    assert_eq!(
        one("Chief Justice John Roberts spoke of the legacy of racism."),
        ("John Roberts".into(), "spoke of".into(), "the legacy of racism".into())
    );
    assert_eq!(one("Sanders talked about the minimum wage.").2, "the minimum wage");
    // A length of time is no subject.
    assert!(run("He spoke about an hour.").is_empty());
    assert!(run("She talked about 20 minutes with reporters.").is_empty());
    let r = one("Five percent prefer Libertarian nominee Gary Johnson.");
    assert_eq!((r.0.as_str(), r.1.as_str()), ("Five percent", "prefer"));
}

#[test]
fn an_aside_ends_before_what_describes_its_last_noun() {
    assert_eq!(
        phrases("\"We will fight,\" said Rep. Elijah Cummings, the top Democrat on the panel, in a statement."),
        ["Rep. Elijah Cummings, the top Democrat on the panel"]
    );
    assert_eq!(
        phrases("\"It was moving,\" said Donna Rawlings, 59, of Ashton, Md., who watched the ceremony."),
        ["Donna Rawlings, 59, of Ashton, Md."]
    );
    assert_eq!(
        phrases("Scott Pruitt, the attorney general of Oklahoma, one of the states suing the EPA, said the rule was unlawful."),
        ["Scott Pruitt, the attorney general of Oklahoma"]
    );
    assert_eq!(
        phrases("Angelique Brunner, a spokeswoman for the Coalition, which is made up of developers, said the program works."),
        ["Angelique Brunner, a spokeswoman for the Coalition"]
    );
}

#[test]
fn a_subject_with_an_aside_is_no_inverted_frame() {
    let r = one("Angelique Brunner, a spokeswoman for the Coalition, said the program works.");
    assert_eq!(r, ("Angelique Brunner".into(), "said".into(), "the program works".into()));
    assert_eq!(one("Brunner, whose group represents developers, said the program works.").0, "Brunner");
    assert_eq!(one("The plan will fail, said John Smith.").0, "John Smith");
}

#[test]
fn an_inverted_frame_reports_a_clause() {
    assert!(run("The mayor, speaking at a news conference, promised a full investigation.").is_empty());
    assert_eq!(one("Russia wants peace, said the minister.").0, "the minister");
    assert_eq!(one("Sales rose 5 percent, said John Smith.").0, "John Smith");
}

#[test]
fn a_stance_participle_and_a_numbered_subject() {
    let r = one("The two candidates clashed on Tuesday, each touting their own experience.");
    assert_eq!(r, ("The two candidates".into(), "touting".into(), "their own experience".into()));
    assert_eq!(one("The 12 jurors said the trial was fair.").0, "The 12 jurors");
    // Deeds named by such verbs report nothing.
    assert!(run("The army shelled the town, attacking the villages.").is_empty());
}

#[test]
fn a_relation_then_a_name_and_telling_without_that() {
    assert_eq!(one("Reeves's predecessor, Jeremy Hunt, said the plan was a fantasy.").0, "Jeremy Hunt");
    assert_eq!(one("Her challenger, Ann Lee, said the race was close.").0, "Ann Lee");
    let r = one("Reeves ruled out raising income tax, telling parliament the government would keep its promises.");
    assert_eq!(r, ("Reeves".into(), "telling".into(), "the government would keep its promises".into()));
}

#[test]
fn a_body_named_with_a_text_word_speaks() {
    let t = "The Institute for Fiscal Studies, an independent think tank, said the numbers did not add up.";
    let f = found(t);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].kind, AttributionType::Speech);
    assert_eq!(phrases(t), ["The Institute for Fiscal Studies, an independent think tank"]);
}

#[test]
fn more_stances_and_names() {
    assert_eq!(one("She spoke about her deep ties to black churches.").2, "her deep ties to black churches");
    let r = one("Critics of the program see reauthorization as an opportunity to overhaul it.");
    assert_eq!((r.1.as_str(), r.2.as_str()), ("see", "reauthorization as an opportunity to overhaul it"));
    assert!(run("Police saw the man running.").is_empty());
    assert_eq!(one("A number of members echo her concerns.").2, "her concerns");
    // (What he discussed is reported too.)
    let r = run("Sanders discussed the race, going on to say that the country has spent years fighting racism.");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!((r[1].0.as_deref(), r[1].1.as_deref()), (Some("Sanders"), Some("going on to say")));
    assert_eq!(
        one("The judge agreed with Ivana Trump that there was no reason to intrude.").2,
        "there was no reason to intrude"
    );
    assert_eq!(one("John Roberts Jr. said the court would rule soon.").0, "John Roberts Jr.");
}

#[test]
fn calling_it_a_judgement_and_a_parenthesised_label_before_an_aside() {
    let r = run(
        "Senate Democrats blocked the bill, with Majority Leader Chuck Schumer calling it \"a cruel political stunt.\"",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!((r[0].0.as_deref(), r[0].1.as_deref()), (Some("Chuck Schumer"), Some("calling")));
    let r = run("The White House defended the decision, calling it a necessary step.");
    assert!(r.iter().any(|x| x.0.as_deref() == Some("The White House") && x.1.as_deref() == Some("calling")), "{r:?}");
    assert_eq!(one("He called it \"a stunt.\"").2, "it \"a stunt.\"");
    let t = "Sen. Lindsey Graham (R-S.C.), who wrote the measure, accused Democrats of ignoring a crisis.";
    assert_eq!(one(t).0, "Lindsey Graham");
    assert_eq!(one("Immigration advocates praised the outcome.").0, "Immigration advocates");
}

#[test]
fn a_quote_then_a_clause_is_no_frame() {
    let r = run("The senator said it was \"a mistake\" to use private email while at the State Department.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1.as_deref(), Some("said"));
    let r = run("Palmieri said Trump is reduced to \"taunts and insults\" because he cannot defend his own record.");
    assert_eq!(r.len(), 1, "{r:?}");
    let r = run("It requires a \"targeted employment area,\" which is defined as an urban area with an unemployment rate of 150 percent.");
    assert!(r.iter().all(|x| x.1.as_deref() != Some("rate")), "{r:?}");
    assert_eq!(one("\"It is over,\" officials say.").0, "officials");
}

#[test]
fn a_text_and_its_author_speak_together() {
    let r = one("A survey by the Kaiser Family Foundation found that one in eight adults had taken such a drug.");
    assert_eq!(r.0, "A survey by the Kaiser Family Foundation");
    assert_eq!(
        found("A report by Amnesty International said the strikes were unlawful.")[0].kind,
        AttributionType::Document
    );
}

#[test]
fn a_restrictive_who_after_the_verb_speaks() {
    let f = found("Trump was sued by a contractor who said he was stiffed after he designed a clubhouse.");
    assert_eq!(f.len(), 1, "{f:?}");
    let t = "Trump was sued by a contractor who said he was stiffed after he designed a clubhouse.";
    assert_eq!(&t[f[0].speaker.unwrap().start..f[0].speaker.unwrap().end], "who");
    assert_eq!(f[0].speaker_name.as_deref(), Some("a contractor"));
    // A subject's relative clause ends before the main verb: left alone.
    assert!(run("Voters who said they had misgivings about Clinton still backed her.").is_empty());
}

#[test]
fn a_semicolon_ends_a_reported_clause() {
    let r = one("Officials said the timing was not intentional; they only learned of the deals on Friday.");
    assert_eq!(r.2, "the timing was not intentional");
}

#[test]
fn a_persons_place_belongs_to_the_designation() {
    assert_eq!(
        phrases("Rep. Elijah Cummings of Maryland said the deal was fair."),
        ["Rep. Elijah Cummings of Maryland"]
    );
    assert_eq!(
        phrases("Representative Charles B. Rangel of New York said the plan would fail."),
        ["Representative Charles B. Rangel of New York"]
    );
    // (… and so does the body a person is of, as PolNeAR marks it.)
    assert_eq!(phrases("John Smith of Acme Corp said profits rose."), ["John Smith of Acme Corp"]);
    assert_eq!(phrases("John Smith said the profits of Acme Corp rose."), ["John Smith"]);
}

#[test]
fn whom_a_text_quotes_is_no_content() {
    assert!(run("It also quoted Mayor Anna Keller on the number of homes protected.").is_empty());
    assert_eq!(one("Keller was quoted as saying the barrier would hold.").2, "the barrier would hold");
}

#[test]
fn a_bodys_noun_before_a_title_belongs_to_the_designation() {
    assert_eq!(
        phrases("The hearing ended early, panel Chairman Rep. Jason Chaffetz said."),
        ["panel Chairman Rep. Jason Chaffetz"]
    );
    // (… with the place it serves; a comma or an article ends it.)
    assert_eq!(
        phrases("On Monday, Tulsa police Chief Chuck Jordan said the video was disturbing."),
        ["Tulsa police Chief Chuck Jordan"]
    );
}

#[test]
fn a_description_set_off_by_dashes_stands_between_speaker_and_cue() {
    let r = one("Kall -- co-editor of a book on the debates -- said the candidate tended to make announcements.");
    assert_eq!(r, ("Kall".into(), "said".into(), "the candidate tended to make announcements".into()));
    let r = one("The mayor — who took office in May — said the city was broke.");
    assert_eq!(r, ("The mayor".into(), "said".into(), "the city was broke".into()));
    // The designation keeps the description, as it does one in commas.
    let t = "Kall — co-editor of a book — said the candidate tended to make announcements.";
    let f = found(t);
    let p = f[0].speaker_phrase.unwrap();
    assert_eq!(&t[p.start..p.end], "Kall — co-editor of a book");
    // A dash that closes a clause of the writer's is no description.
    let r = run("The city is broke — and the mayor said so on Monday.");
    assert!(r.iter().all(|x| x.0.as_deref() != Some("broke")), "{r:?}");
}

#[test]
fn a_participle_of_speech_after_a_comma_before_a_quote_has_the_sentences_subject() {
    let r = run("Dean mocked Trump, tweeting, \"Notice Trump sniffing all the time.\"");
    assert!(
        r.iter().any(|x| x.0.as_deref() == Some("Dean")
            && x.1.as_deref() == Some("tweeting")
            && x.2 == ["Notice Trump sniffing all the time."]),
        "{r:?}"
    );
    // The stance ends before the next act of speech.
    assert!(r.iter().any(|x| x.1.as_deref() == Some("mocked") && x.2 == ["Trump"]), "{r:?}");
    let r = run("Dean poked at Trump, tweeting: \"Notice Trump sniffing all the time.\"");
    assert!(r.iter().any(|x| x.0.as_deref() == Some("Dean") && x.1.as_deref() == Some("tweeting")), "{r:?}");
}

#[test]
fn a_capitalised_word_in_ed_inside_a_name_is_no_verb() {
    let r = one("The United Nations Security Council on Friday met in New York and pledged to impose sanctions.");
    assert_eq!(r.0, "The United Nations Security Council");
    assert_eq!(r.1, "pledged");
}

#[test]
fn a_subject_with_its_prepositional_phrase_speaks_whole() {
    let r = one("Experts on North Korea and nuclear nonproliferation said the latest test could change that.");
    assert_eq!(r.0, "Experts on North Korea and nuclear nonproliferation");
    let r = one("Critics of the plan in Congress said it was dead.");
    assert_eq!(r.0, "Critics of the plan in Congress");
    // An opening adverbial is no part of it; a verb ends it.
    assert_eq!(one("On Monday the mayor said the city was broke.").0, "the mayor");
    let r =
        run("Other leaders used blunt language to denounce what Prime Minister Malcolm Turnbull called a provocation.");
    assert!(r.iter().all(|x| !x.0.as_deref().unwrap_or("").starts_with("Other leaders used")), "{r:?}");
}

#[test]
fn the_aside_of_a_designation_ends_before_the_sentences_verb() {
    let t = "Dean, a medical doctor, poked at Trump, tweeting, \"Notice Trump sniffing all the time.\"";
    let f = found(t);
    let p = f.iter().find(|f| f.cue.is_some_and(|c| &t[c.start..c.end] == "tweeting")).unwrap().speaker_phrase.unwrap();
    assert_eq!(&t[p.start..p.end], "Dean, a medical doctor");
}

#[test]
fn a_relative_clause_with_commas_of_its_own_stands_between_speaker_and_cue() {
    assert_eq!(one("Veltrix, which is based in San Jose, California, said it would appeal.").0, "Veltrix");
    assert_eq!(one("Jane Doe, who lives in Austin, Texas, said the plan was dead.").0, "Jane Doe");
}

#[test]
fn a_sentences_opening_word_and_i_are_no_name_for_a_pronoun() {
    let t = "Claire Watts told the inquiry she had never seen the report. \"If I had known, I would have acted,\" she said.";
    let f = found(t);
    assert_eq!(f.last().and_then(|f| f.speaker_name.as_deref()), Some("Claire Watts"), "{f:?}");
}

#[test]
fn a_short_note_in_brackets_after_a_name_stays_out_of_the_aside() {
    assert_eq!(
        one("Gen. Thomas A. Reyes (ret.), who now chairs a panel, said the panel will meet.").0,
        "Thomas A. Reyes"
    );
}

#[test]
fn a_headline_told_at_its_end_is_a_passive() {
    let r = run("Flood defences failed after years of cuts, inquiry told");
    assert!(r.iter().all(|x| x.0.as_deref() != Some("inquiry")), "{r:?}");
}

#[test]
fn a_participle_after_an_inverted_frame_is_the_speakers_next_act() {
    let t =
        "Measles cases have tripled since January, health officials said Friday, blaming falling vaccination rates.";
    let r = run(t);
    assert!(
        r.iter()
            .any(|x| x.0.as_deref() == Some("health officials") && x.2 == ["Measles cases have tripled since January"]),
        "{r:?}"
    );
    // (`rates` is a plural, no verb with a participle for its speaker.)
    assert!(r.iter().all(|x| x.1.as_deref() != Some("rates")), "{r:?}");
    assert_eq!(one("Prices rose sharply last year, leading economists say.").0, "leading economists");
}

#[test]
fn quotations_in_single_marks_as_british_news_prints_them() {
    let r = one("'The public deserve the truth,' he told the Commons.");
    assert_eq!(r, ("he".into(), "told".into(), "The public deserve the truth".into()));
    let r = one("‘The public deserve the truth,’ Streeting said.");
    assert_eq!(r, ("Streeting".into(), "said".into(), "The public deserve the truth".into()));
    // Apostrophes are no marks: a plural's possessive, a decade, `rock 'n' roll`.
    let r = one("In the '90s the agents' fees rose, James' brother said.");
    assert_eq!(r.2, "In the '90s the agents' fees rose");
    // A pair nested in a double-marked quotation is part of it.
    let r = one("\"He told me 'we will win' and left,\" she said.");
    assert_eq!(r.2, "He told me 'we will win' and left");
}

#[test]
fn an_office_named_by_its_title_is_one_person_a_pronoun_can_name() {
    let t = "Julian Hartley said trusts were running hot. Asked about the memo, the Prime Minister said he had full confidence in her. He added: \"We are getting on with the job.\"";
    let f = found(t);
    assert_eq!(f[1].speaker_kind, SourceKind::Person);
    assert_eq!(f.last().and_then(|f| f.speaker_name.as_deref()), Some("the Prime Minister"), "{f:?}");
    // A body is no office: `The White House`.
    let f = found("The White House said the talks would go on.");
    assert_eq!(f[0].speaker_kind, SourceKind::Organization);
}

#[test]
fn the_agent_of_a_participle_is_no_antecedent_of_which() {
    let r = run("Sources said she was furious about the leak of a memo, first reported by The Guardian, which showed officials had predicted the rise.");
    assert!(r.iter().all(|x| x.0.as_deref() != Some("which")), "{r:?}");
}

#[test]
fn that_before_a_noun_and_a_verb_opens_a_clause_after_a_verb_of_stance() {
    let r = one("The agency has denied that funding decisions contributed to the flooding.");
    assert_eq!(r.2, "funding decisions contributed to the flooding");
    let r = one("A judge rejected that argument on Tuesday.");
    assert_eq!(r.2, "that argument");
}

#[test]
fn a_bodys_spokesman_is_a_person() {
    let f = found(
        "A Department of Health spokesman insisted the figures were wrong, and said the government remained on track.",
    );
    assert!(f.iter().all(|x| x.speaker_kind == SourceKind::Person), "{f:?}");
}

#[test]
fn according_to_a_text_then_a_name_in_commas_opens_the_content() {
    let r = one("According to the indictment, Linda Marsh, 58, moved money from county accounts.");
    assert_eq!(
        r,
        ("the indictment".into(), "According to".into(), "Linda Marsh, 58, moved money from county accounts".into())
    );
    // A role and its name in apposition still give the name.
    assert_eq!(one("According to the team's coach, Alireza Mehraban, the girls were happy.").0, "Alireza Mehraban");
}

#[test]
fn an_irregular_past_after_a_name_makes_a_clause_without_that() {
    let r = one("The report claims Marsh took money from the fund.");
    assert_eq!(r.2, "Marsh took money from the fund");
    let r = one("The lawsuit filed by the county last month claims Marsh also took money.");
    assert_eq!(r.2, "Marsh also took money");
    // A deed's object is no clause: `claimed responsibility`.
    assert!(run("The group claimed responsibility for the attack.").is_empty());
}

#[test]
fn a_surnames_particles_belong_to_the_name() {
    assert_eq!(one("\"The message is simple,\" del Pozo Cruz said.").0, "del Pozo Cruz");
    assert_eq!(one("\"It works,\" van der Berg said.").0, "van der Berg");
}

#[test]
fn they_is_the_group_the_sentence_before_opens_with() {
    let t = "A study found walking helps, according to a report. The researchers, led by Ann Lee, tracked participants for seven years. Even short walks helped, they reported.";
    let f = found(t);
    assert_eq!(f.last().and_then(|f| f.speaker_name.as_deref()), Some("The researchers"), "{f:?}");
}

#[test]
fn a_participle_in_the_adverbial_after_a_final_cue_is_no_verb() {
    let r = one("The club parted ways with its coach on Sunday, it said in a short statement posted on its website.");
    assert_eq!(r.2, "The club parted ways with its coach on Sunday");
}

#[test]
fn a_name_inside_the_speakers_frame_is_whom_they_told() {
    let t = "Club captain Jordan Henderson told Sky Sports the players take responsibility. \"We let the manager down,\" he said.";
    let f = found(t);
    assert_eq!(f.last().and_then(|f| f.speaker_name.as_deref()), Some("Jordan Henderson"), "{f:?}");
}

#[test]
fn titles_before_a_name_in_apposition_stay_out_of_the_name() {
    let f = found("The bill's sponsor, Assemblywoman Tasha Greene, said she was disappointed.");
    assert_eq!(f[0].speaker_name.as_deref(), Some("Tasha Greene"), "{f:?}");
}

#[test]
fn a_report_in_an_opening_subordinate_clause_ends_at_the_dash_before_the_main_clause() {
    let t = "When Clinton noted that Trump has not paid taxes ― as was true for some years ― Trump boasted, “That makes me smart.”";
    let r = run(t);
    assert!(
        r.iter().any(
            |x| x.1.as_deref() == Some("noted") && x.2 == ["Trump has not paid taxes ― as was true for some years"]
        ),
        "{r:?}"
    );
    assert!(r.iter().any(|x| x.1.as_deref() == Some("boasted")), "{r:?}");
}

#[test]
fn a_call_in_an_opening_subordinate_clause_ends_at_the_main_clause() {
    let t = "Though she called for pay to be clawed back from executives, Clinton restricted comments about breaking up banks.";
    let r = run(t);
    assert!(
        r.iter().any(|x| x.1.as_deref() == Some("called for") && x.2 == ["pay to be clawed back from executives"]),
        "{r:?}"
    );
}

#[test]
fn thought_of_is_a_memory_not_a_belief() {
    let r = run("He said he had watched the museum rise and thought of the days when he would visit it.");
    assert!(r.iter().all(|x| x.1.as_deref() != Some("thought")), "{r:?}");
}

#[test]
fn a_verbs_base_form_before_a_title_is_part_of_the_role() {
    let r = one("\"This is about security,\" press secretary Maria Lopez told reporters.");
    assert_eq!(r.1, "told");
    assert_eq!(
        found("\"This is about security,\" press secretary Maria Lopez told reporters.")[0].speaker_name.as_deref(),
        Some("Maria Lopez")
    );
    // A verb before a title and a name is a verb: `say Mrs. Clinton's …`.
    assert_eq!(one("But many Democrats say Mrs. Clinton's advantage obscures concerns about turnout.").1, "say");
}

#[test]
fn a_body_in_the_plural_takes_a_stance() {
    assert_eq!(one("Landlord groups praised the veto.").2, "the veto");
}

#[test]
fn a_possessive_and_a_role_word_are_no_part_of_a_pronouns_name() {
    let t = "Challenger Dana Whitfield won, ending Mayor Paul Grant's tenure. Grant conceded. \"I respect their decision,\" he told supporters. Whitfield, a former teacher, declared victory. She said she would name a team.";
    let f = found(t);
    let names: Vec<_> = f.iter().filter_map(|f| f.speaker_name.as_deref()).collect();
    assert!(names.contains(&"Paul Grant") && names.contains(&"Dana Whitfield"), "{names:?}");
}

#[test]
fn asking_not_to_be_identified_is_an_aside_of_the_frame() {
    let r = one(
        "The deal could be announced soon, the people said, asking not to be identified because the talks are private.",
    );
    assert_eq!(r, ("the people".into(), "said".into(), "The deal could be announced soon".into()));
}

#[test]
fn it_is_no_group_of_people_and_may_be_an_acronym() {
    let t = "Analysts at Barclays wrote that the probe could delay the deal. It is the third merger the CMA has examined this year. In April, it blocked a tie-up between two grocers, saying it would have hurt shoppers.";
    let f = found(t);
    let saying = f.iter().find(|f| f.cue.is_some_and(|c| &t[c.start..c.end] == "saying")).expect("the participle");
    assert_eq!(saying.speaker_name.as_deref(), Some("CMA"), "{f:?}");
}

#[test]
fn a_name_in_apposition_to_one_of_a_group_or_to_a_body_speaks() {
    let f = found(
        "One of those board members, retired teacher Ellen Park, told the Gazette she had never seen the checks.",
    );
    assert_eq!(f[0].speaker_name.as_deref(), Some("Ellen Park"), "{f:?}");
    let f = found("The charity, Bright Futures, said in a statement that it had hired an outside auditor.");
    assert_eq!(f[0].speaker_name.as_deref(), Some("Bright Futures"), "{f:?}");
    assert_eq!(f[0].speaker_kind, SourceKind::Organization);
    let f = found("The group, Friends of the Earth, said the plan was flawed.");
    assert_eq!(f[0].speaker_name.as_deref(), Some("Friends of the Earth"), "{f:?}");
    // (A relative clause in the commas names no body: the noun before it speaks.)
    let f = found("The company, which is based in Ohio, said sales would fall.");
    assert_eq!(f[0].speaker_name.as_deref(), Some("The company"), "{f:?}");
    let f =
        found("The company, which had forecast record deliveries as recently as October, now expects sales to fall.");
    assert_eq!(f[0].speaker_name.as_deref(), Some("The company"), "{f:?}");
    // (A common noun for people in the plural is no one person: the group speaks.)
    let f = found("The protesters, mostly students, said they would return.");
    assert_eq!(f[0].speaker_kind, SourceKind::Group, "{f:?}");
}

#[test]
fn a_writers_clause_leading_into_a_quoted_phrase_is_the_frames_content() {
    let t = "The United States, a treaty ally of the Philippines, called on China to stop its \"dangerous and destabilizing conduct\", a State Department spokesman said.";
    let r = run(t);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0.as_deref(), Some("a State Department spokesman"));
    assert!(r[0].2[0].starts_with("The United States") && r[0].2[0].ends_with("conduct\""), "{r:?}");
    // (A few words leading in without a cue, as before.)
    let r = run("The company \"has made dramatic changes,\" McConnell said.");
    assert_eq!(r[0].2, ["The company \"has made dramatic changes,\""]);
}

#[test]
fn the_people_a_restrictive_relative_clause_describes_speak() {
    let r = run("\"It is not helpful,\" one Democratic operative who works on Senate races told Politico.");
    assert_eq!(r[0].0.as_deref(), Some("one Democratic operative"), "{r:?}");
    let r = run("One operative who works on Senate races said it was not helpful.");
    assert_eq!(r[0].0.as_deref(), Some("One operative"), "{r:?}");
    let r = run("People who know him say he is honest.");
    assert_eq!(r[0].0.as_deref(), Some("People"), "{r:?}");
    let r = run("The company that operates the dam denied the report.");
    assert_eq!(r[0].0.as_deref(), Some("The company"), "{r:?}");
    let r = run("The report that the agency released said prices rose.");
    assert_eq!(r[0].0.as_deref(), Some("The report"), "{r:?}");
    // (Not across another clause, nor a verb before `that`, nor a cue word that is a noun.)
    let r = run("An Australian citizen who was imprisoned when the immigration department suspected her of being an illegal immigrant was freed.");
    assert!(r.iter().all(|x| x.0.as_deref() != Some("An Australian citizen")), "{r:?}");
    let r = run("Do you really think that when the entire scientific community tells us that climate change is real, it is a hoax?");
    assert!(r.iter().all(|x| x.0.as_deref() != Some("really think")), "{r:?}");
}

#[test]
fn a_participle_after_a_quoted_phrase_has_the_sentences_subject() {
    let r = run("Deputy press secretary Andrew Bates called the criticism \"flatly wrong,\" noting that the agreement includes strong labor provisions.");
    let noting = r.iter().find(|x| x.1.as_deref() == Some("noting")).expect("the participle");
    assert_eq!(noting.0.as_deref(), Some("Andrew Bates"));
    assert_eq!(noting.2, ["the agreement includes strong labor provisions"]);
}

#[test]
fn a_programme_named_after_a_possessive_is_no_quotation() {
    let r = run("Speaking on CNN's \"State of the Union,\" Sanders said the deal was flawed.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2, ["the deal was flawed"]);
}

#[test]
fn a_name_described_with_which_is_no_person() {
    let f = found("Hartwell, which agreed to buy Greenway in March, said it was confident the deal would be approved.");
    assert!(f.iter().all(|f| f.speaker_kind == SourceKind::Organization), "{f:?}");
}

#[test]
fn public_offices_are_titles_before_a_name() {
    let f = found("Auditor Frank Mill said the money led to the governor's office.");
    assert_eq!(f[0].speaker_name.as_deref(), Some("Frank Mill"), "{f:?}");
    let f = found("State Comptroller Ana Reyes said the fund was solvent.");
    assert_eq!(f[0].speaker_name.as_deref(), Some("Ana Reyes"), "{f:?}");
}

#[test]
fn a_verb_of_saying_in_a_title_case_headline() {
    let t =
        "Obama Says African-American Museum Will Tell of 'Suffering and Delight.'\n\nThe president spoke on Saturday.";
    let r = run(t);
    assert_eq!((r[0].0.as_deref(), r[0].1.as_deref()), (Some("Obama"), Some("Says")), "{r:?}");
    // (A name's word is no cue, nor a verb that takes a plain object, nor a line inside the text.)
    for t in [
        "United States Warns China Over Sea Clash\n\nThe senator spoke on Monday.",
        "Hollander Slams Wexler Over Trade Deal\n\nThe senator spoke on Monday.",
        "The senator spoke on Monday.\n\nObama Says Museum Will Tell Of Suffering\n\nMore text here.",
    ] {
        assert!(run(t).iter().all(|x| !x.1.as_deref().is_some_and(|c| c.starts_with(char::is_uppercase))), "{t}");
    }
}

#[test]
fn a_lone_first_word_of_a_body_named_before_is_that_body() {
    let f = found("Regulators are examining Norvane Pharmaceuticals. Norvane said it had always been transparent.");
    assert_eq!(f[0].speaker_name.as_deref(), Some("Norvane Pharmaceuticals"), "{f:?}");
    assert_eq!(f[0].speaker_kind, SourceKind::Organization);
}

#[test]
fn a_participle_with_its_agent_may_stand_before_that() {
    let r = one("Brandt told employees in a memo seen by Reuters that the decision was painful.");
    assert_eq!(r, ("Brandt".into(), "told".into(), "the decision was painful".into()));
}

#[test]
fn no_before_a_number_negates_nothing() {
    let r = run("A No 10 spokesman added that ministers were looking at every option.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2, ["ministers were looking at every option"]);
    assert!(run("No official said the plan had failed.").is_empty());
}

#[test]
fn more_verbs_of_public_stance_report_their_object() {
    let r = one("Patient advocates lambasted the company's response.");
    assert_eq!(r, ("Patient advocates".into(), "lambasted".into(), "the company's response".into()));
    let r = run("Sen. Elizabeth Warren grilled the bank's chief executive over the scandal.");
    assert_eq!(r[0].1.as_deref(), Some("grilled"), "{r:?}");
    // (Police questioning a suspect is no stance: `question` is no such verb.)
    assert!(run("Police questioned the student on Monday.").is_empty());
}

#[test]
fn an_abbreviated_title_of_four_letters_after_an_inverted_cue() {
    let r = one("\"People may differ,\" said Prof. Martin Keel of King's College London, who was not involved.");
    assert_eq!(r.0, "Martin Keel");
    let f = found("\"We are ready,\" said Capt. John Ames.");
    assert_eq!(f[0].speaker_name.as_deref(), Some("John Ames"));
}

#[test]
fn she_after_an_unnamed_witness_is_the_witness() {
    let t = "The suspect, identified by police as Derek Collins, was arrested. He is due in court on Monday.\n\nA witness who asked not to be named told CBC News the fight started inside. \"It happened so fast,\" she said.";
    let f = found(t);
    let she = f.iter().find(|f| f.speaker.is_some_and(|s| &t[s.start..s.end] == "she")).expect("she said");
    assert_eq!(she.speaker_name.as_deref(), Some("A witness"), "{f:?}");
}

#[test]
fn a_texts_dating_participle_and_a_writers_comment_around_a_final_frame() {
    let r = one("A majority of voters disapprove of the governor, a new poll released Wednesday shows, a sign of trouble for the Democrat.");
    assert_eq!(r, ("a new poll".into(), "shows".into(), "A majority of voters disapprove of the governor".into()));
    let r = one("Prices will rise, the minister said, a warning that rattled markets.");
    assert_eq!(r, ("the minister".into(), "said".into(), "Prices will rise".into()));
    let r = one("Fifty-six percent of registered voters said they disapproved.");
    assert_eq!(r.0, "Fifty-six percent of registered voters");
}

#[test]
fn a_noun_for_a_person_opening_a_full_name_is_a_role() {
    for (t, name) in [
        ("Passenger Lisa Tran said she had been waiting for hours.", "Lisa Tran"),
        ("Witness Maria Lopez said she saw the car.", "Maria Lopez"),
    ] {
        assert_eq!(found(t)[0].speaker_name.as_deref(), Some(name), "{t}");
    }
}

#[test]
fn a_restrictive_who_after_the_clauses_verb_speaks_for_the_people_it_follows() {
    let f =
        found("Democrats unveiled a plan, setting up a fight with Republicans who say the country cannot afford it.");
    let say = f.iter().find(|f| f.cue.is_some_and(|c| c.len() == 3)).expect("who say");
    assert_eq!(say.speaker_name.as_deref(), Some("Republicans"), "{f:?}");
    // (A place at the end of the phrase is no one: the people before it are.)
    let f = found("She met farmers in Iowa who said prices were too low.");
    assert_eq!(f[0].speaker_name.as_deref(), Some("farmers in Iowa"), "{f:?}");
}

#[test]
fn a_business_noun_before_a_short_name_makes_it_a_body() {
    let f = found("The ride-hailing app Lyft said it would cut jobs.");
    assert_eq!(f[0].speaker_kind, SourceKind::Organization, "{f:?}");
    let f = found("The carmaker Voltra said sales fell.");
    assert_eq!(f[0].speaker_kind, SourceKind::Organization, "{f:?}");
}

#[test]
fn a_quantity_of_people_or_a_quantifier_before_a_plural_is_a_group() {
    for t in [
        "Among independents, just 29 percent said they approved.",
        "Some Democrats worry that the governor has been too slow.",
    ] {
        let f = found(t);
        assert_eq!(f[0].speaker_kind, SourceKind::Group, "{t}: {f:?}");
    }
}

#[test]
fn a_title_with_its_of_phrase_before_a_name_in_apposition() {
    let t = "Budapest has not responded, but Orban's chief of staff, Gergely Gulyas, told state radio that the prime minister stood by every word.";
    let f = found(t);
    assert_eq!(f[0].speaker_name.as_deref(), Some("Gergely Gulyas"), "{f:?}");
    // (The role phrase is the frame's: no claim of the writer's ends in `chief of`.)
    assert!(f[0].span.start <= t.find("Orban's").unwrap(), "{f:?}");
}

#[test]
fn a_noun_in_ly_is_no_adverb_between_speaker_and_cue() {
    // `family`, `rally` and `supply` end like adverbs; `repeatedly` is one.
    assert_eq!(one("The family said the fire was an accident.").0, "The family");
    assert_eq!(one("The victim's family said the fire was an accident.").0, "The victim's family");
    assert_eq!(one("The rally organisers said the march was peaceful.").0, "The rally organisers");
    assert_eq!(one("The minister repeatedly said the plan was sound.").0, "The minister");
}

#[test]
fn that_opening_a_reported_clause_is_no_article_of_its_subject() {
    // (The stage reads the nested report; the subject is `welders`, not `that welders`.)
    let speakers = |t: &str| run(t).into_iter().filter_map(|r| r.0).collect::<Vec<_>>();
    let t = "The paper reported that welders told authorities they were pressured.";
    assert_eq!(speakers(t), ["The paper", "welders"]);
    let t = "He said that officials in Lagos told him the road was closed.";
    assert_eq!(speakers(t), ["He", "officials in Lagos"]);
    // `that` before a singular noun, not after a verb of saying, is an article.
    assert_eq!(one("That official told him the road was closed.").0, "That official");
}

#[test]
fn a_headline_drops_the_article_of_a_speaker_with_its_phrase() {
    let t = "Family of drowned teenager calls for lifeguards at quarry\n\nThe body was found on Saturday.";
    assert_eq!(one(t).0, "Family of drowned teenager");
    let t = "Lawyer for ex-minister says client will appeal\n\nThe trial ended on Monday.";
    assert_eq!(one(t).0, "Lawyer for ex-minister");
}

#[test]
fn a_passive_report_names_its_agent_and_holds_its_subject() {
    let t = "County officials were told by the state agency two years ago that the quarry was unsafe.";
    let r = run(t);
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].0.as_deref(), Some("the state agency"));
    assert_eq!(r[0].2, ["the quarry was unsafe"]);
    // The frame holds the ones told: no writer's claim is left before it.
    let f = found(t);
    assert_eq!(f[0].span.start, 0);
}

#[test]
fn a_name_after_the_cue_may_hold_a_month_or_a_modal() {
    assert_eq!(one("\"We will win,\" said Prime Minister Theresa May on Monday.").0, "Theresa May");
    assert_eq!(one("\"We will win,\" said a spokesman for the mayor yesterday.").0, "a spokesman for the mayor");
}

#[test]
fn a_plurals_possessive_opens_the_role_before_a_name() {
    let t = "Tenants' union chair Maureen Cole said the council had known for months.";
    let e = crate::pipeline::extract(t, &crate::pipeline::Options::default());
    let sp = e.claims[0].attribution.as_ref().and_then(|a| a.speaker.as_ref()).map(|s| s.text.clone());
    assert_eq!(sp.as_deref(), Some("Tenants' union chair Maureen Cole"));
}

#[test]
fn a_noun_for_a_kind_of_business_describes_the_company_it_precedes() {
    let f = found("Rival chipmaker Orrin Micro warned last week that its own sales would fall.");
    assert_eq!(f[0].speaker_name.as_deref(), Some("Orrin Micro"));
    assert_eq!(f[0].speaker_kind, SourceKind::Organization);
    let t = "Chipmaker Valdor warns of weaker sales as China orders slow\n\nThe shares fell.";
    let f = found(t);
    assert_eq!(f[0].speaker_name.as_deref(), Some("Valdor"));
    assert_eq!(f[0].speaker_kind, SourceKind::Organization);
    assert_eq!(f[0].cue.map(|c| &t[c.start..c.end]), Some("warns of"));
}

#[test]
fn a_trial_reports_its_findings() {
    let r = run("The trial, which followed 19,000 adults for five years, found no reduction in heart attacks.");
    assert_eq!(r[0].0.as_deref(), Some("The trial"));
    assert_eq!(r[0].4, AttributionType::Document);
    // (A court's trial hears, it finds nothing.)
    assert!(run("The trial heard that the defendant had fled.").is_empty());
}

#[test]
fn and_inside_a_bodys_of_phrase_joins_its_name() {
    let t = "The Department of Health and Human Services said the rule was final.";
    assert_eq!(found(t)[0].speaker_name.as_deref(), Some("The Department of Health and Human Services"));
    let t = "Figures from the Office of Rail and Road show passenger numbers are 8% below their level.";
    assert_eq!(run(t)[0].0.as_deref(), Some("Figures from the Office of Rail and Road"));
}

#[test]
fn a_noun_phrase_after_a_frame_in_commas_is_the_writers_comment() {
    let t = "Rail fares will rise by 4.6% from March, the government has confirmed, the biggest increase in a decade.";
    assert_eq!(run(t)[0].2, ["Rail fares will rise by 4.6% from March"]);
}

#[test]
fn a_headlines_one_word_company_is_the_body_the_story_writes_out() {
    for t in [
        "Chipmaker Valdor warns of weaker sales\n\nValdor Semiconductor on Wednesday cut its forecast.",
        "Valdor warns of weaker sales\n\nValdor Semiconductor on Wednesday cut its forecast.",
    ] {
        let f = found(t);
        assert_eq!(f[0].speaker_name.as_deref(), Some("Valdor Semiconductor"), "{t}");
        assert_eq!(f[0].speaker_kind, SourceKind::Organization);
    }
}

#[test]
fn an_occasion_of_the_speaking_may_stand_between_cue_and_quote() {
    let r = run("Smith said during a rally in Kenansville, N.C., \"We will win.\"");
    assert_eq!(r[0].2, ["We will win."]);
    let r = run("The mayor told reporters at a briefing on Monday: \"The roads are clear.\"");
    assert_eq!(r[0].2, ["The roads are clear."]);
}

#[test]
fn progressive_report_with_adverb_or_contracted_auxiliary() {
    assert_eq!(
        one("He is also claiming that voting fraud is a big problem."),
        ("He".into(), "claiming".into(), "voting fraud is a big problem".into())
    );
    assert_eq!(
        one("She’s claiming that the count was rigged."),
        ("She".into(), "’s claiming".into(), "the count was rigged".into())
    );
    // A possessive is no contracted auxiliary.
    assert!(run("Trump's saying that is wrong.").is_empty());
}

#[test]
fn progressive_demand_with_a_that_clause() {
    assert_eq!(
        one("The city is demanding that the campaign stop using the image."),
        ("The city".into(), "demanding".into(), "the campaign stop using the image".into())
    );
}

#[test]
fn a_contact_clause_closes_the_speaker() {
    let r = one("All the experts I interviewed said her proposals were more detailed.");
    assert!(r.0.ends_with("experts I interviewed"), "{r:?}");
    assert_eq!(r.2, "her proposals were more detailed");
}

#[test]
fn a_quoted_infinitive_after_a_request() {
    let r = one("Trump urged voters to “stay home” on Tuesday.");
    assert_eq!((r.0.as_str(), r.1.as_str()), ("Trump", "urged"));
    assert!(r.2.starts_with("“stay home”"), "{r:?}");
}

#[test]
fn naming_with_a_bare_object_a_title_or_single_quotes() {
    let r = one("Mayor Lena Ortiz has called climate change a hoax invented by rivals.");
    assert_eq!(r, ("Lena Ortiz".into(), "called".into(), "climate change a hoax invented by rivals".into()));
    let t = "Ortiz called Mr. Vance's remarks \"a wake-up call\" to his supporters.";
    let r = run(t);
    assert_eq!(r[0].2, ["Mr. Vance's remarks \"a wake-up call\" to his supporters"], "{r:?}");
    let r = one("Ortiz calls the levy ‘crazy system’ during campaign stop");
    assert_eq!(r.2, "the levy ‘crazy system’");
    // A progressive naming has the subject of its auxiliary.
    let r = one("The senator’s doctor is calling the senator “extremely fit.”");
    assert_eq!((r.0.as_str(), r.1.as_str()), ("The senator’s doctor", "calling"));
    // Particles and adverbs are no object.
    for t in ["The union called off a strike.", "She called in a favor.", "They called ahead a day early."] {
        assert!(run(t).is_empty(), "{t}");
    }
}

#[test]
fn a_verb_of_asking_reports_its_question() {
    let r = one("At a rally, Ortiz questioned what kind of person sends angry tweets at 3 a.m.");
    assert_eq!(r, ("Ortiz".into(), "questioned".into(), "what kind of person sends angry tweets at 3 a.m".into()));
    let r = one("A 2008 ad questioned whether then-rival Tom Vance was prepared to face emergencies.");
    assert_eq!(r.2, "then-rival Tom Vance was prepared to face emergencies");
    assert!(run("The suspect was questioned by police.").is_empty());
    // A plural `questions` after a number or a modifier is a noun, no frame.
    assert!(run("The form, with 40 to 50 questions, \"must be completed in English\".").is_empty());
    let t = "The paper cited complicated questions with many words, including: \"Were you ever abroad?\"";
    assert!(found(t).iter().all(|f| f.cue.is_none_or(|c| &t[c.start..c.end] != "questions")));
}

#[test]
fn a_coordinated_report_ends_the_first_content() {
    let t = "Ortiz tweeted that Vance was “disgusting” and “a con” and encouraged voters to “check out” a tape.";
    let r = run(t);
    assert_eq!(r[0].2, ["Vance was “disgusting” and “a con”"], "{r:?}");
    let r = run("Walsh said officers were reviewing footage and asked anyone with information to come forward.");
    assert_eq!(r[0].2, ["officers were reviewing footage"], "{r:?}");
    assert_eq!((r[1].0.as_deref(), r[1].1.as_deref()), (Some("Walsh"), Some("asked")), "{r:?}");
    // A coordinated verb without content of its own stays in the clause.
    let r = one("Police said they arrested the man and charged him with theft.");
    assert_eq!(r.2, "they arrested the man and charged him with theft");
}

#[test]
fn an_addressee_may_hold_a_preposition() {
    assert_eq!(one("Police urged members of the public to stay away.").2, "stay away");
    assert_eq!(one("She asked anyone with information to come forward.").2, "come forward");
}

#[test]
fn a_comparison_in_commas_before_that() {
    let r = one("Several experts cautioned, as did the campaign itself, that the plan might well change.");
    assert_eq!(r, ("Several experts".into(), "cautioned".into(), "the plan might well change".into()));
}

#[test]
fn a_coordinated_stance_with_its_preposition_is_a_report_of_its_own() {
    let r = run("Ortiz said she would order a review of the defences and warned against hackers from abroad.");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].2, ["she would order a review of the defences"]);
    assert_eq!(
        (r[1].1.as_deref(), r[1].2.as_slice()),
        (Some("warned against"), &["hackers from abroad".to_string()][..])
    );
}

#[test]
fn defending_reports_only_something_said() {
    let r = one("Ortiz is defending her early-morning tweets about the council.");
    assert_eq!((r.0.as_str(), r.1.as_str()), ("Ortiz", "defending"));
    assert_eq!(one("The mayor defended the decision to close the bridge.").2, "the decision to close the bridge");
    for t in [
        "The army defended the city for three days.",
        "Kaine defended people accused of murder.",
        "The army is defending the city.",
    ] {
        assert!(run(t).is_empty(), "{t}");
    }
    // A stance in the progressive needs the whole subject before it.
    assert!(run("Ten states led by Ohio and industry groups are challenging the rules.").is_empty());
}

#[test]
fn speaker_phrases_at_the_edges() {
    // A long apposition before an inverted-frame cue.
    let t = "“It is fiscally responsible,” Leonard E. Burman, director of the centrist Urban-Brookings Tax Policy Center and a professor at the Maxwell School of Syracuse University, said of the plan.";
    assert_eq!(one(t).0, "Leonard E. Burman");
    // A conjunction opening the sentence is no part of the name.
    let f = found("But Megan Hester, an analyst at the institute, said parents still want schools.");
    let p = f[0].speaker_phrase.unwrap();
    assert!(f[0].speaker_name.as_deref() == Some("Megan Hester"), "{:?}", f[0].speaker_name);
    assert!(p.start > 0);
    // A relative clause with a report of its own is no description of the speaker.
    let t = "Mr. Vance, who understood that a vote would fail, told aides the plan would work.";
    let f = found(t);
    assert_eq!(f[0].speaker_phrase.map(|s| &t[s.start..s.end]), Some("Mr. Vance"));
    assert_eq!(f[0].content.iter().map(|s| &t[s.start..s.end]).collect::<Vec<_>>(), ["the plan would work"]);
}
#[test]
fn plural_nouns_that_look_like_reports() {
    assert!(run("It was a set of Clean Air Act rules that could lead to the closing of plants.").is_empty());
    assert!(run("Democrats from industrial and coal states digging in against him refused.").is_empty());
    assert_eq!(one("The court rules that the law stands.").2, "the law stands");
    // The writer's note on the report is no part of it.
    let r = one("Trump also claimed Clinton had helped Machado get citizenship, but offered no proof.");
    assert_eq!(r.2, "Clinton had helped Machado get citizenship");
    // An organisation's describing adjective belongs to its mention.
    let t = "The nonpartisan Commission on Presidential Debates says there was a problem.";
    let f = found(t);
    assert_eq!(
        f[0].speaker_phrase.map(|s| &t[s.start..s.end]),
        Some("The nonpartisan Commission on Presidential Debates")
    );
}

#[test]
fn a_commitment_in_the_participle_and_what_a_text_reads() {
    let r = one("The mayor spoke to the council on Monday, promising to lift the fees.");
    assert_eq!(r, ("The mayor".into(), "promising".into(), "lift the fees".into()));
    let r = run("“We see charter schools offering hope,” the letter reads. “Our children are thriving.”");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!((r[0].0.as_deref(), r[0].1.as_deref()), (Some("the letter"), Some("reads")), "{r:?}");
    assert_eq!(r[0].4, AttributionType::Document);
    assert!(run("He read the names of the victims.").is_empty());
}

#[test]
fn a_list_of_people_speaks_together() {
    let r = one("Jeff Merkley, Sherrod Brown and Robert Menendez all suggested that the bank should be broken up.");
    assert_eq!(r.0, "Jeff Merkley, Sherrod Brown and Robert Menendez");
    assert_eq!(one("Mr. Grassley and Mr. Leahy said the program was flawed.").0, "Mr. Grassley and Mr. Leahy");
}

#[test]
fn a_decision_is_an_intention() {
    let r = run("The FBI decided not to recommend charges against her.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(
        (r[0].1.as_deref(), r[0].2.as_slice()),
        (Some("decided"), &["not to recommend charges against her".to_string()][..])
    );
    assert_eq!(r[0].4, AttributionType::Intention);
    // A passive decision is the writer's; a thing's participle is a reduced relative.
    assert!(run("It was decided that the plant would close.").is_empty());
    assert!(run("Her hips were still sore from a series of injections intended to calm her.").is_empty());
    // … but people want: `dignitaries wanted to meet him`.
    assert_eq!(one("International dignitaries wanted to meet with his son.").0, "International dignitaries");
    // A request not to be named is no report.
    assert!(run("One senator asked not to be named.").is_empty());
}
#[test]
fn a_participle_after_its_speaker_and_a_statement_saying() {
    let r = one("The spot ends with footage of Trump saying that he is smart.");
    assert_eq!(r, ("Trump".into(), "saying".into(), "he is smart".into()));
    let r = one("He released a statement saying that the plan had failed.");
    assert_eq!(r, ("He".into(), "released a statement".into(), "the plan had failed".into()));
}

#[test]
fn a_raising_verb_before_the_cue() {
    let r = one("He appeared to suggest that veterans might not be as strong.");
    assert_eq!(r, ("He".into(), "suggest".into(), "veterans might not be as strong".into()));
    assert!(run("They tried to say that the plan failed.").iter().all(|x| x.1.as_deref() != Some("say")));
}
#[test]
fn a_stance_object_after_a_closed_opening_adjunct_runs_on() {
    let t = "After aides insisted in June that he would stay away, the campaign has acknowledged his help is needed, sending him to cities like Philadelphia.";
    let r = run(t);
    let a = r.iter().find(|x| x.1.as_deref() == Some("acknowledged")).expect("the main clause's report");
    assert_eq!(a.2, ["his help is needed, sending him to cities like Philadelphia"]);
    // Inside the adjunct, the object ends with it.
    let r = run("With leaders worried about a lack of passion, the president is rolling out a new message.");
    assert!(r.iter().all(|x| x.2.iter().all(|c| !c.contains("president"))), "{r:?}");
}

#[test]
fn a_promise_of_a_thing() {
    let r = one("Ortiz is promising lower taxes and more jobs, but critics have doubted it.");
    assert_eq!((r.0.as_str(), r.2.as_str()), ("Ortiz", "lower taxes and more jobs"));
    assert!(run("Campaign promises are often broken.").is_empty());
}

#[test]
fn a_verb_coordinated_inside_a_clause_of_its_own_is_not_the_speakers() {
    // `told` belongs to `campus security`, the subject of the `when` clause inside the content.
    let r = run("Spokeswoman Mira Holt said the candidate was headed to the venue, which she was doing when \
                 campus security located her and told her to leave.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(r[0].2[0].ends_with("located her and told her to leave"), "{r:?}");
    // A second report of the speaker's own still is one.
    let r = run("The mayor said the bridge was safe and told reporters that it would reopen in May.");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[1].0.as_deref(), Some("The mayor"), "{r:?}");
}

#[test]
fn a_stance_object_ends_before_the_occasion_of_the_speaking() {
    for (t, object) in [
        ("The senator criticized the budget during a televised debate.", "the budget"),
        ("The union praised the deal in a statement on Thursday.", "the deal"),
        ("The party praised the mayor's remarks on its website.", "the mayor's remarks"),
        ("She spoke about her ties to the city while at the convention.", "her ties to the city"),
        ("The mayor criticized the plan at a campaign stop in Leeds.", "the plan"),
    ] {
        let r = one(t);
        assert_eq!(r.2, object, "{t}");
    }
    // (Inside a quotation, and for a place that is no event, the object runs on.)
    assert_eq!(one("The mayor criticized the plan for the park in Leeds.").2, "the plan for the park in Leeds");
}

#[test]
fn a_quotation_coordinated_after_its_frame_is_a_report_of_its_own() {
    let r = run("\"We tried,\" the mayor said, but \"the money was never there.\"");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!((r[1].0.as_deref(), r[1].1.as_deref()), (Some("the mayor"), Some("said")));
    assert_eq!(r[1].2, ["the money was never there."]);
    // (Without a coordinator it is one quotation interrupted by its frame.)
    let r = run("\"We tried,\" the mayor said, \"and the money was never there.\"");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.len(), 2, "{r:?}");
}

#[test]
fn a_speaker_who_says_yes_frames_no_quotation_before() {
    let r = run("As the senator went on about \"the rigged system\" and \"our struggling towns,\" Ana said yes, over and over again.");
    assert!(r.iter().all(|x| x.2.iter().all(|c| !c.contains("struggling"))), "{r:?}");
    let r = run("\"We will win,\" Ana said on Friday.");
    assert_eq!(r[0].0.as_deref(), Some("Ana"));
}

#[test]
fn a_participle_with_its_agent_or_time_after_a_noun_reports_nothing() {
    assert!(run("Much of it is owed to the harsh laws proposed during the governor's first term.").is_empty());
    assert!(run("By 2010, Tea Party \"super PACs\" supported by the billionaire brothers had seized on the plan.")
        .is_empty());
    // (An active verb of saying keeps its time: `said during the meeting that …`.)
    let r = one("The mayor said during the meeting that the bridge would close.");
    assert_eq!(r.2, "the bridge would close");
}

#[test]
fn a_long_opening_phrase_with_no_verb_before_a_frame_is_no_content() {
    let r = one(
        "During his seven and a half years in office, the senator said, most voters have come to trust the courts.",
    );
    assert_eq!(r.0, "the senator");
    assert_eq!(r.2, "most voters have come to trust the courts");
}

#[test]
fn a_things_participle_asks_nothing_of_its_own() {
    // `a law requiring banks to …` describes the law; the coordinated verb is the subject's.
    let r = run("The senator backed a bill requiring banks to hold more capital, and plans to vote for it.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0.as_deref(), Some("The senator"));
    // People still ask: `with Democrats urging voters to …`, the content ending with the phrase.
    let r = run("With Democrats urging voters to stay home, turnout fell.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0.as_deref(), Some("Democrats"));
    assert_eq!(r[0].2, ["stay home"]);
    let r = run("With the mayor saying the bridge was safe, traffic returned.");
    assert_eq!(r[0].2, ["the bridge was safe"]);
}

#[test]
fn calling_a_thing_by_a_judging_adjective_is_a_judgement() {
    let r = one("The campaign called the charges unsubstantiated and fabricated by former employees.");
    assert_eq!(
        (r.1.as_str(), r.2.as_str()),
        ("called", "the charges unsubstantiated and fabricated by former employees")
    );
    assert!(run("The mayor called the police.").is_empty());
    assert!(run("The mayor called the meeting off.").is_empty());
}

#[test]
fn a_stance_coordinated_after_a_request_is_a_report_of_its_own() {
    let r = run("Graham urged Republicans to join the fight, and criticized the party's lack of awareness.");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].2, ["join the fight"]);
    assert_eq!((r[1].1.as_deref(), r[1].2[0].as_str()), (Some("criticized"), "the party's lack of awareness"));
}

#[test]
fn what_was_mentioned_or_discussed_is_reported() {
    let r = one("Campaigning in 2012, the senator barely mentioned climate change.");
    assert_eq!((r.1.as_str(), r.2.as_str()), ("mentioned", "climate change"));
    let r = one("The governor discussed her plan for rural hospitals at a town hall meeting.");
    assert_eq!((r.1.as_str(), r.2.as_str()), ("discussed", "her plan for rural hospitals"));
}

#[test]
fn a_plan_laid_out_detailed_or_proposed_is_reported() {
    let r = one("Clinton laid out her proposals to increase national service.");
    assert_eq!((r.1.as_str(), r.2.as_str()), ("laid out", "her proposals to increase national service"));
    let r = one("The newspaper has also detailed spending that benefited the founder.");
    assert_eq!((r.1.as_str(), r.2.as_str()), ("detailed", "spending that benefited the founder"));
    let r = one("He proposes doing away with the federal mandate on insurance.");
    assert_eq!((r.1.as_str(), r.2.as_str()), ("proposes", "doing away with the federal mandate on insurance"));
}

#[test]
fn a_judgement_ends_before_a_clause_of_the_writers() {
    let r = one("She painted the governor as a caricature, and the crowd cheered.");
    assert_eq!(r.2, "the governor as a caricature");
    let r = one("He described the plan as costly, slow and unfair.");
    assert_eq!(r.2, "the plan as costly, slow and unfair");
}

#[test]
fn a_titled_surname_of_a_body_is_the_person() {
    let r = one("Mr. Morgan of the Sierra Club said it was the least bad outcome.");
    assert_eq!(r.0, "Morgan");
    let r = one("\"It was the least bad outcome,\" Mr. Morgan of the Sierra Club said.");
    assert_eq!((r.0.as_str(), r.1.as_str()), ("Morgan", "said"));
}

#[test]
fn a_word_in_s_after_no_subject_is_a_plural_noun() {
    for t in [
        "The annexation of Crimea renewed fears along the eastern flank.",
        "It confirmed our worst fears about the plan.",
        "Those 529 college savings plans offer tax breaks to parents.",
    ] {
        assert!(run(t).is_empty(), "{t}: {:?}", run(t));
    }
    let r = run("Refusing to come clean inevitably raises questions about what he is hiding.");
    assert!(r.iter().all(|x| x.1.as_deref() != Some("questions")), "{r:?}");
    // (A head with a phrase after it still speaks: `an analysis of campaign reports shows`.)
    let r = one("A new analysis of campaign reports shows donations hit $1 billion.");
    assert_eq!(r.1, "shows");
}

#[test]
fn a_reported_clause_ends_before_a_quotations_frame() {
    let r = run("So when Patriot signaled that it would make a deal, Mr. Barrett said, \"we were floored.\"");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].2, ["it would make a deal"]);
    assert_eq!((r[1].0.as_deref(), r[1].2[0].as_str()), (Some("Barrett"), "we were floored."));
}

#[test]
fn a_role_in_apposition_before_the_name_with_its_phrase_or_place() {
    let r = one("His former business partner at Lenox, Lawrence B. Cummings, said the deal was sound.");
    assert_eq!(r.0, "Lawrence B. Cummings");
    let r = one("Trump's running mate, Indiana Gov. Mike Pence, said the plan was sound.");
    assert_eq!(r.0, "Mike Pence");
}

#[test]
fn a_text_described_by_a_restrictive_clause_is_the_speaker() {
    let r = one("A 2014 study that appeared in the journal found that half of the claims were false.");
    assert_eq!(r.0, "A 2014 study");
}

#[test]
fn a_list_of_bodies_or_countries_speaks_together() {
    let r = one("The United States, Britain and France said the vote was unfair.");
    assert_eq!(r.0, "The United States, Britain and France");
    // (Not a phrase that opens the sentence before the list.)
    let r = one("In Paris, Britain and France said the vote was unfair.");
    assert_eq!(r.0, "Britain and France");
}

#[test]
fn a_writer_clause_after_but_ends_the_content() {
    let r = one("Officials noted his attorney offered a closed session, but Chaffetz declined.");
    assert_eq!(r.2, "his attorney offered a closed session");
    // A pronoun goes on with the speaker's words; so does a reported `but that …`.
    let r = one("Clinton said she was thrilled, but she was not sure of the result.");
    assert_eq!(r.2, "she was thrilled, but she was not sure of the result");
    let r = one("He said funding would rise, but that no decision had been made.");
    assert_eq!(r.2, "funding would rise, but that no decision had been made");
    // (… but not the pronoun: `but that wasn't the case` is the writer's.)
    let r = one("Officials said Mr. Clarke had the backing of Mr. Justice, but that wasn't the case.");
    assert_eq!(r.2, "Mr. Clarke had the backing of Mr. Justice");
    // A second verb of the subject is no clause of its own.
    let r = one("Police say the doctor was locked in the boot, but was allowed to escape.");
    assert_eq!(r.2, "the doctor was locked in the boot, but was allowed to escape");
}

#[test]
fn a_relative_clause_after_a_stance_object_is_the_writers() {
    let r = one("Graham has acknowledged the reality of climate change, which makes him an outlier.");
    assert_eq!(r.2, "the reality of climate change");
    let r = one("Polls show a close contest in the state, where 18 electoral votes are up for grabs.");
    assert_eq!(r.2, "a close contest in the state");
}

#[test]
fn a_number_alone_is_no_speaker() {
    let t = "The study, in the journal Emerging Infections (vol. 29, no. 4), found antibodies in 3.7% of \
             2,418 blood samples collected in Missouri between Aug. 2019 and Dec. 2022.";
    assert!(run(t).iter().all(|r| r.0.as_deref().is_some_and(|s| s.chars().any(char::is_alphabetic))), "{:?}", run(t));
}

#[test]
fn a_predeterminer_and_an_article_open_the_phrase() {
    assert_eq!(phrases("All the experts I interviewed said the plan would fail."), ["All the experts I interviewed"]);
    assert_eq!(phrases("The mayor and the governor said the bridge was safe."), ["The mayor and the governor"]);
    assert_eq!(phrases("Both the mayor and the governor said the bridge was safe."), ["the mayor and the governor"]);
    assert_eq!(
        phrases("On the show, the former secretary of state and current party nominee said she would win."),
        ["the former secretary of state and current party nominee"]
    );
    assert_eq!(phrases("Police arrested two men and officials said they were armed."), ["officials"]);
    assert_eq!(
        phrases("\"We need leadership,\" retired Air Force general Lloyd Newton said."),
        ["retired Air Force general Lloyd Newton"]
    );
    assert_eq!(phrases("Federal and state officials said the bridge was safe."), ["Federal and state officials"]);
    // (Not a quantifier inside another clause: `after all the talk, …`.)
    assert_eq!(phrases("After all the experts said the plan would fail, it was dropped."), ["all the experts"]);
}

#[test]
fn an_adverbial_before_that_is_no_part_of_the_content() {
    let r = one("Clinton says at a campaign stop in Toledo, Ohio, that the plan means Trump never paid.");
    assert_eq!(r.2, "the plan means Trump never paid");
    let r = one("Spokeswoman Jessica Ditto said via email that the campaign would respond.");
    assert_eq!((r.0.as_str(), r.2.as_str()), ("Jessica Ditto", "the campaign would respond"));
    // (A cue word after a preposition is a noun: no frame `via email`.)
    let r = one("Spokeswoman Jessica Ditto said via email that, \"Of course he is going to defend himself.\"");
    assert_eq!(r.0, "Jessica Ditto");
}

#[test]
fn no_frame_after_a_quote_behind_a_wh_word() {
    let t = "Ditto said, \"Of course he will defend himself\" against what the campaign sees as a smear.";
    let r = run(t);
    assert!(r.iter().all(|x| x.0.as_deref() != Some("the campaign")), "{r:?}");
}

#[test]
fn a_quoted_heading_is_no_floating_quote() {
    let t =
        "\"The plan will fail,\" Mr. Obama said.\n\n'All Bets Are Off.'\n\nEight years ago, both men agreed on a plan.";
    let r = run(t);
    assert!(r.iter().all(|x| !x.2.iter().any(|c| c.contains("Bets"))), "{r:?}");
    // (A quotation in plain case goes on with the speaker.)
    let r = run("\"The plan will fail,\" Mr. Obama said.\n\n\"It will cost billions and help no one.\"");
    assert_eq!(r.len(), 2, "{r:?}");
}

#[test]
fn an_opening_adverbial_is_no_content_of_a_frame_after_it() {
    for t in ["Eight years ago, the men agreed.", "In Ohio, officials disagreed."] {
        assert!(run(t).is_empty(), "{t}: {:?}", run(t));
    }
    let r = one("The plan failed, the men agreed.");
    assert_eq!(r.2, "The plan failed");
}

#[test]
fn a_plural_after_a_particle_is_no_cue() {
    assert!(run("He is dialing back plans to cut the top marginal tax rate.").is_empty());
}

#[test]
fn a_dotted_acronym_speaks() {
    assert_eq!(one("The S.E.C. said it would increase oversight.").0, "The S.E.C.");
    assert_eq!(phrases("F.B.I. officials said it would increase oversight."), ["F.B.I. officials"]);
    // (As a modifier of a plural it is no speaker.)
    assert!(run("Other U.S. states totaling 20 have done so.").is_empty());
    let r = run("They asked a U.S. appeals court to throw out the rules.");
    assert!(r.iter().all(|x| x.0.as_deref() == Some("They")), "{r:?}");
}

#[test]
fn a_charge_and_a_derision_are_reported() {
    let r = one("Federal prosecutors charged two developers with defrauding investors.");
    assert_eq!(r, ("Federal prosecutors".into(), "charged".into(), "two developers with defrauding investors".into()));
    // (A charge of a thing is a price: `charged customers with fees`.)
    assert!(run("The company charged customers with fees.").is_empty());
    let r = one("The Europeans derided the deal as toothless.");
    assert_eq!(r.2, "the deal as toothless");
}

#[test]
fn a_gerund_of_saying_after_a_preposition_reports_its_clause() {
    let r = one("Dean, a medical doctor, then appeared on MSNBC and began by saying he would never diagnose anyone.");
    assert_eq!(r, ("Dean".into(), "saying".into(), "he would never diagnose anyone".into()));
    let r = one("He was criticized for saying that the vaccine was unsafe.");
    assert_eq!(r.2, "the vaccine was unsafe");
    // (Not across a relative clause: the subject is not the one who spoke.)
    let t = "The advice earned him the attention of Congress, where he appeared for saying that the pill was a cure.";
    assert!(run(t).iter().all(|x| x.0.as_deref() != Some("The advice")), "{:?}", run(t));
    assert!(run("He won by saying nothing.").is_empty());
}

#[test]
fn those_close_to_someone_speak() {
    assert_eq!(phrases("Those close to him say he will run."), ["Those close to him"]);
}

#[test]
fn a_straight_mark_after_a_space_closes_a_quotation_that_ended() {
    let t = "\"I've always been insulted with the term 'African American outreach,' \" he told the group.";
    let r = one(t);
    assert_eq!((r.0.as_str(), r.1.as_str()), ("he", "told"));
    assert!(r.2.starts_with("I've always been insulted"), "{r:?}");
}

#[test]
fn an_owner_and_an_adjective_before_a_noun_cue() {
    let r = one("The video contradicts Tulsa police's earlier claim that Crutcher was armed.");
    assert_eq!((r.0.as_str(), r.1.as_str()), ("Tulsa police", "earlier claim"));
    // (A possessive is no subject of a verb form: `the woman's quotes`.)
    assert!(run("The piece used one of the woman's quotes about the campaign.").is_empty());
    // (A noun between is no adjective of the cue: `Her aides believe …` is a report.)
    assert_eq!(one("Her aides believe they can win over two Republicans.").0, "Her aides");
}

#[test]
fn a_thing_that_raises_questions_says_nothing() {
    assert!(run("His refusal to come clean inevitably raises questions about what he might be concealing.").is_empty());
    // (A coordinated verb right after the cue shares its object: no report of its own.)
    assert!(run("Would you vote for a man who said and did the same things as Trump?").is_empty());
}
