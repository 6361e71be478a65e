package people

import (
	"slices"
	"strings"
	"testing"
)

// A committee's record numbering its questions ("Q1 The Chair:") labels
// them as it would without the number: "The Chair" is the member the
// record lists as Chair. A note of the record in square brackets
// ("[Interruption from the public gallery.]") is no one's words, not the
// last witness's.
func TestNumberedQuestionsAndRecordNotes(t *testing.T) {
	got, _ := analyse(paras(
		`Members present: Sir Geoffrey Pallister (Chair); Mrs Helen Ashdown.`,
		`Witnesses: Dr Annika Lindqvist, Chief Tracing Delegate, International Committee of the Red Cross.`,
		`Q1 The Chair: Good morning, and thank you for coming at short notice.`,
		`Dr Lindqvist: Thank you, Chair. Thirty-seven children are now back with their families.`,
		`[Interruption from the public gallery.]`,
		`Q2 The Chair: Order. Order. I will not have shouting from the gallery.`,
		`Dr Lindqvist: Keep asking about the children nobody is counting.`,
	))
	checkQuoteSpeakers(t, got, "Geoffrey Pallister", "Annika Lindqvist", "Geoffrey Pallister", "Annika Lindqvist")
	for _, q := range got {
		if q.Speaker == "Annika Lindqvist" && q.Role != "Chief Tracing Delegate, International Committee of the Red Cross" {
			t.Errorf("Dr Lindqvist's quote filed under %q, not the job the record gives her", q.Role)
		}
	}
}

// A print interview whose turns are marked by the speakers' initials
// ("NW:", "MF:") after an introduction naming both gives each turn to
// the one whose initials they are; the questions are the interviewer's,
// no one's quotes. A title of the Church before the name is a title.
func TestInitialsLabelAnInterview(t *testing.T) {
	got, d := analyse(paras(
		`Ahead of the Geneva round, Nora Whitcombe talked to Cardinal Matteo Fiorani, 67, in his office near the Vatican.`,
		`NW: Your Eminence, you were at the table in Doha for five days. What did you actually do there?`,
		`MF: Mostly I listened, and I kept a list of every name in dispute.`,
		`NW: Three binders. How many letters?`,
		`MF: Just over nine hundred letters from families, collected by parishes.`,
	))
	checkQuoteSpeakers(t, got, "Matteo Fiorani", "Matteo Fiorani")
	checkRoles(t, d, map[string]string{"Matteo Fiorani": "Cardinal"})
	for _, p := range d.People(nil) {
		if p.Name == "Cardinal Fiorani" {
			t.Errorf("the title read as a given name: %q", p.Name)
		}
	}
}

// An introduction naming the one interviewed and the editor who spoke
// to her gives the "A:" turns to her: the one asking is no answer's.
func TestInterviewIntroductionNamingTheEditor(t *testing.T) {
	got, _ := analyse(paras(
		`Dr. Katrin Vogel directs the Eastern Europe programme at the Hamburg Institute. She spoke to the institute's editor, Tom Berger, on 29 October.`,
		`**Q:** Let's start with the mission. Can 1,850 observers watch a line that long?`,
		`**A:** Both, in a way. Do the arithmetic: one observer for every 640 metres of line.`,
		`**Q:** What do you expect from Baku?`,
		`**A:** Lower your expectations. I'd put the chance of a signed framework agreement at about 30 per cent.`,
	))
	checkQuoteSpeakers(t, got, "Katrin Vogel", "Katrin Vogel")
}

// A show's guest labelled in full once ("JAAN KUUSK:") and then by the
// given name alone ("JAAN:") speaks in both, though the lexicon does not
// know the given name.
func TestGivenNameLabelAfterTheFullOne(t *testing.T) {
	got, _ := analyse(paras(
		`[00:00:04] DANIEL OKAFOR: Hello and welcome. I'm joined by Marta Yurchenko and Jaan Kuusk, an economist in Tallinn.`,
		`[00:00:35] JAAN KUUSK: Glad to be here.`,
		`[00:00:38] DANIEL: Jaan, how does a pension get across?`,
		`[00:01:50] JAAN: Through a kind of airlock. The bank releases the money only against agreed lists.`,
	))
	for _, q := range got {
		if strings.HasPrefix(q.Text, "Through a kind of airlock") && q.Speaker != "Jaan Kuusk" {
			t.Errorf("quote %q by %q, want Jaan Kuusk", q.Text, q.Speaker)
		}
	}
	if !slices.ContainsFunc(got, func(q Quote) bool { return strings.HasPrefix(q.Text, "Through a kind of airlock") }) {
		t.Errorf("quotes %+v: the JAAN: turn is no one's", got)
	}
}

// What an interview's headline calls the one it is with, after a colon
// ("…: the Swiss banker holding the pension money"), is their title ("the
// swiss banker" finds them); a headline without such a part gives none.
func TestInterviewHeadlineDescribesTheInterviewee(t *testing.T) {
	ps := paras(
		`Reto Brunner, 61, has spent most of his career moving other people's money quietly. He spoke to us by video from Geneva.`,
		`Q: What does an escrow agent actually do here?`,
		`A: I hold the money in between. I am the plumber, not the judge.`,
		`Q: Were you surprised?`,
		`A: I was surprised it was not fewer.`,
	)
	for heading, want := range map[string]string{
		`"I am the plumber, not the judge": the Swiss banker holding the pension money`: "Swiss banker",
		`"I am the plumber, not the judge"`:                                             "",
	} {
		d, err := Default().Analyse(ps, Options{Heading: heading})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range d.People(nil) {
			if p.Name == "Reto Brunner" && (want != "" && !slices.Contains(p.Roles, want) || want == "" && len(p.Roles) > 0) {
				t.Errorf("heading %q: roles %q, want %q", heading, p.Roles, want)
			}
		}
	}
}

// A post quoted after its writer's name and handle ("Fabienne Roux
// (@ICRC_froux): "…"") is the writer's, though the entry goes on to say
// what "our correspondent says".
func TestPostAfterNameAndHandle(t *testing.T) {
	got, _ := analyse(paras(
		`Movement at last. The ICRC's spokeswoman in Geneva has posted: Fabienne Roux (@ICRC_froux): "ICRC teams have confirmed the identities of all 1,240 men." The three disputed men are on the Ukrainian buses, our correspondent says.`,
	))
	checkQuoteSpeakers(t, got, "Fabienne Roux")
}

// Capitalised words that are no one: a title's words ("Chief Tracing
// Delegate"), a place ending a body's name after "and" ("Director for
// Eastern Europe and Central Asia"), a body named before the word for
// what it is ("the Dar Al Amal family centre"). A name before a verb and
// its object ("Zelensky told parliament") is still someone.
func TestCapitalisedWordsThatAreNoOne(t *testing.T) {
	got, d := analyse(paras(
		`Witnesses: Dr Annika Lindqvist, Chief Tracing Delegate, International Committee of the Red Cross; Fiona Castell, Director for Eastern Europe and Central Asia, Foreign Office.`,
		`The children will stay at the Dar Al Amal family centre. "They are safe here," said Hessa Al-Sulaiti, a spokeswoman.`,
		`"Ukrainians will choose their president in peace," President Volodymyr Zelensky told parliament on April 17.`,
	))
	for _, p := range d.People(nil) {
		switch p.Name {
		case "Tracing Delegate", "Central Asia", "Dar Al Amal":
			t.Errorf("%q read as a person (role %q)", p.Name, p.Role)
		}
	}
	checkQuoteSpeakers(t, got, "Hessa Al-Sulaiti", "Volodymyr Zelensky")
}

// A broadcast transcript's labels: the part, then who plays it in
// brackets ("ANCHOR (LARYSA BONDAR):"), a clip's speaker and title in
// brackets after the cue ("SOT (TARAS HRYTSENKO, DIRECTOR, …):", with
// Oksana Hrytsenko named before: the full name says which), a stage note
// before the label ("(ON CAMERA) SOLVEIG BREKKE, …:") or a dash after
// it ("CLIP — VIKTOR LEBEDEV (via interpreter):"), or the whole label
// in square brackets ("[CLIP - IRYNA KOVALENKO, DEPUTY FINANCE
// MINISTER]:"). A clip quoted in
// its turn is the label's, once; a shouted title's "FOR CULTURAL
// HERITAGE" is no one; a member with their constituency in brackets
// ("Mr Raj Sandhu (Burnaby Heights):") is still the member.
func TestBroadcastLabels(t *testing.T) {
	got, d := analyse(paras(
		`ANCHOR (LARYSA BONDAR): Good evening. For the first time since the war, museum pieces are coming home.`,
		`SOT (OKSANA HRYTSENKO, FIRST DEPUTY MINISTER OF CULTURE OF UKRAINE): "This is not the end of the story, it is the first chapter."`,
		`(ON CAMERA) SOLVEIG BREKKE, NORWAY'S SPECIAL ENVOY FOR CULTURAL HERITAGE: "Storskog is a border that both sides trust to be boring."`,
		`SOT (TARAS HRYTSENKO, DIRECTOR, KHERSON REGIONAL ART MUSEUM): "We have kept the empty frames for eighteen years."`,
		`Mr Raj Sandhu (Burnaby Heights): Mr. Speaker, I want to raise the people this bill does not mention.`,
		`[03:55] CLIP — VIKTOR LEBEDEV (via interpreter): "We raised the question of sanctions because it is a practical question."`,
		`[CLIP - IRYNA KOVALENKO, DEPUTY FINANCE MINISTER]: "We will not accept a register where a grandmother waits longer than a shipping company."`,
	))
	checkQuoteSpeakers(t, got, "Larysa Bondar", "Oksana Hrytsenko", "Solveig Brekke", "Taras Hrytsenko", "Raj Sandhu", "Viktor Lebedev", "Iryna Kovalenko")
	for _, p := range d.People(nil) {
		if p.Name == "For Cultural Heritage" {
			t.Errorf("%q read as a person", p.Name)
		}
	}
}

// A radio bulletin's script credits a clip on a line of its own ("CLIP:
// Viktor Lapin, Russian deputy energy minister", or in square brackets),
// sets its cue lines under it ("IN:", "OUT:", "DUR: 0'15\"") and the
// clip's words last: the words are the credited speaker's, and a cue
// line is no one's label ("DUR" is no caller called Dur).
func TestRadioScriptClips(t *testing.T) {
	got, d := analyse(paras(
		`NEWSREADER: The sharpest dispute was over who may book pipeline capacity.`,
		`CLIP: Viktor Lapin, Russian deputy energy minister (voice of interpreter)`,
		`IN: "We came to Bratislava..."`,
		`OUT: "...it did not start."`,
		`DUR: 0'15"`,
		`"We came to Bratislava to sell gas, not to be lectured. Russia will pay not one rouble for a fire it did not start."`,
		`NEWSREADER: And in sport, Metalurh won at home.`,
		`CLIP: [Ruslan Bilyk, Metalurh head coach]`,
		`"Danylo was everywhere tonight. The lads played for the people in this city."`,
	))
	by := speakersByStart(got, 20)
	if by["We came to Bratislav"] != "Viktor Lapin" || by["Danylo was everywher"] != "Ruslan Bilyk" {
		t.Errorf("clips credited %q; want Lapin's and Bilyk's", by)
	}
	for _, p := range d.People(nil) {
		if p.Name == "Dur" || strings.HasSuffix(p.Role, "]") {
			t.Errorf("a cue read as a person or into a role: %+v", p)
		}
	}
	// A title shouted in a script keeps a country's and a body's
	// initials in capitals when it is written normally.
	lx := Default()
	for shouted, want := range map[string]string{"UAE SPECIAL ENVOY": "UAE Special Envoy", "OSCE CHIEF MONITOR": "OSCE Chief Monitor", "RUSSIAN HUMAN RIGHTS COMMISSIONER": "Russian Human Rights Commissioner"} {
		if got := lx.UnshoutRole(shouted); got != want {
			t.Errorf("UnshoutRole(%q) = %q, want %q", shouted, got, want)
		}
	}
}

// A forum thread's posts under a line naming their writer by handle: the
// answers of the one whose handle spells the name the thread gives
// ("u/BohdanLysenko_MinCult", after "I'm Bohdan Lysenko") are theirs;
// other users' questions are no one's.
func TestPostsUnderTheirWritersHandle(t *testing.T) {
	got, _ := analyse(paras(
		`Hi everyone. I'm Bohdan Lysenko, 44, originally from Mykolaiv. Ask me anything about the lists.`,
		`u/kyiv_mapper · 612 points`,
		`How do you actually prove that a painting in a crate is the one that left Kherson? Paintings can be copied.`,
		`u/BohdanLysenko_MinCult · 540 points`,
		`Three checks for every object. First, the inventory number and the museum stamp on the back.`,
		`u/scythian_fan · 488 points`,
		`Why did you sign anything without the Melitopol gold? Feels like we gave up the most important thing.`,
	))
	checkQuoteSpeakers(t, got, "Bohdan Lysenko")
}

// A handle may spell the writer's given names by their initials
// ("u/PJ_Hoekstra_dams", of Pieter-Jan Hoekstra) and carry the site's
// "(OP)" marker; a post of theirs opening with a phrase and a colon
// ("We were 12 inspectors: …"), in a thread with another such line
// ("Proof: …"), is still theirs.
func TestPostsUnderInitialsHandle(t *testing.T) {
	got, _ := analyse(paras(
		`I am Pieter-Jan Hoekstra, the Dutch hydraulic engineer who led the inspection of the Sukhodil dam. AMA!`,
		`Proof: photo of me with my badge and a very muddy helmet, posted on the commission's account.`,
		`u/GrumpyCivilEng · 1.1k points`,
		`How did the inspection actually work when the dam sits right on the front line?`,
		`u/PJ_Hoekstra_dams (OP) · 1.5k points`,
		`We were 12 inspectors: four Ukrainian, four Russian and four from neutral countries. It took nine days.`,
		`u/throwaway_tykhovoda · 212 points`,
		`Did the Russian and Ukrainian inspectors actually talk to each other?`,
		`u/PJ_Hoekstra_dams (OP) · 388 points`,
		`About steel, concrete and bearings, yes, all day long. About anything else, no.`,
	))
	checkQuoteSpeakers(t, got, "Pieter-Jan Hoekstra", "Pieter-Jan Hoekstra")
}

// A forum whose lines over posts open with the post's score ("981
// Capt_TBrask OP") gives its writer's posts by the handle as well, one
// spelling the initial of a given name and the surname in one word (of
// Teodor Brask, not of his namesake Oskar); other users' posts and a
// deleted one's place are no one's.
func TestPostsUnderScoreAndHandle(t *testing.T) {
	got, _ := analyse(paras(
		`2.4k Capt_TBrask OP Verified by mods Sunday 20 March 2078, 14:02`,
		`Hi all. I'm Teodor Brask, 54, master of the bulk carrier Morning Wren. Ask me anything.`,
		`1.2k saltyhelm`,
		`What was the hardest part of the 19 days? Was Oskar Brask any help?`,
		`981 Capt_TBrask OP`,
		`Not knowing. You can handle almost anything if you know when it ends.`,
		`-14 [deleted]`,
		`[comment deleted by user]`,
		`455 Capt_TBrask OP`,
		`Four inspectors came aboard at 07:10 and left at 08:35.`,
	))
	checkQuoteSpeakers(t, got, "Teodor Brask", "Teodor Brask", "Teodor Brask")
}

// A line naming someone by surname on a platform and closing in a colon
// ("Voronina on Telegram this morning:") brings in the quotation set
// alone under it as theirs; a place on a platform ("Moscow on X today:")
// is no one, nor a surname over text that is no quotation.
func TestPostedOnAPlatform(t *testing.T) {
	got, d := analyse(paras(
		`u/moscow_mule_77 · 655 points`,
		`Kremlin's spin already out. Voronina on Telegram this morning:`,
		`"Western media have already declared a victory for Kyiv. They should read the text first."`,
		`Moscow on X today:`,
		`"We are ready for the next round."`,
		`Petrenko on Facebook:`,
		`Nothing new from the ministry.`,
	))
	checkQuoteSpeakers(t, got, "Voronina", "")
	for _, p := range d.People(nil) {
		if p.Name == "Moscow" || p.Name == "Petrenko" {
			t.Errorf("%q read as a person", p.Name)
		}
	}
}

// A numbered thread under its writer's credit line ("Taras Melnychuk
// (@MelnychukTaras) · 14 April 2057, 21:30", then "1/3 …", "2/3 …") is
// theirs, post by post; the paragraph above the credit, which introduces
// the thread, is not a post of theirs.
func TestThreadUnderItsWritersCredit(t *testing.T) {
	got, _ := analyse(paras(
		`On Saturday evening Ukraine's Minister of Infrastructure Taras Melnychuk posted an eight-part thread on X about the first run of the train.`,
		`Taras Melnychuk (@MelnychukTaras) · 14 April 2057, 21:30`,
		`1/3 Today at 07:12 train 781 left Kharkiv for Belgorod with 297 passengers on board.`,
		`2/3 At Nekhoteevka there was an 11-minute delay over a seal. We will fix the seals, not our principles.`,
		`3/3 The evening train brought 251 passengers back to Kharkiv, and everyone was home for dinner.`,
		`## The replies`,
		`Among the replies, one came from an account in Kharkiv: my granny was on it and she cried all the way to the border.`,
	))
	checkQuoteSpeakers(t, got, "Taras Melnychuk", "Taras Melnychuk", "Taras Melnychuk")
	for _, q := range got {
		if strings.Contains(q.Text, "posted an eight-part thread") {
			t.Errorf("the thread's introduction read as a post: %q", q.Text)
		}
	}
}

// In a turn of a transcript, someone the speaker names after a
// preposition is whom "she" is ("I worked with Kati Fehérvári …, and
// she once told me, "…""): the words she told them are hers, not the
// speaker's.
func TestQuotationTheSpeakerWasTold(t *testing.T) {
	got, _ := analyse(paras(
		`PRESENTER: With me is Sir Adrian Whitcombe, a former diplomat.`,
		`WHITCOMBE: A pilot is designed to find the wrong seals. I worked with Kati Fehérvári in Vienna for six years, and she once told me, "If you want to know whether a peace process is real, read the railway timetable." Well, the timetable was read.`,
	))
	for _, q := range got {
		if strings.HasPrefix(q.Text, "If you want to know") && q.Speaker != "Kati Fehérvári" {
			t.Errorf("quote %q by %q, want Kati Fehérvári", q.Text, q.Speaker)
		}
	}
	if !slices.ContainsFunc(got, func(q Quote) bool { return strings.HasPrefix(q.Text, "If you want to know") }) {
		t.Errorf("the quotation she told him is missing: %+v", got)
	}
}

// A committee record lists who is present, a party in brackets and then
// a title ("Oleksiy Marchuk (European Choice), Chair"), and labels the
// chair's turns by the office and the surname in brackets ("CHAIR
// (Marchuk):"): the turns are his, and the title after the brackets is
// each member's.
func TestCommitteeChairByOfficeAndSurname(t *testing.T) {
	got, d := analyse(paras(
		`Present:`,
		`Oleksiy Marchuk (European Choice), Chair`,
		`Vira Tkachenko (Dobrobut)`,
		`Sofiia Bereza (European Choice), Secretary`,
		`CHAIR (Marchuk): Good morning. I open this hearing of the committee.`,
		`TKACHENKO: Thank you, Chair. I have a question about the detained crews.`,
		`CHAIR (Marchuk): I thank the witnesses. The committee will meet again in June.`,
	))
	checkQuoteSpeakers(t, got, "Oleksiy Marchuk", "Vira Tkachenko", "Oleksiy Marchuk")
	checkRoles(t, d, map[string]string{"Oleksiy Marchuk": "Chair", "Sofiia Bereza": "Secretary"})
	for _, p := range d.People(nil) {
		if p.Name == "Chair" || p.Name == "CHAIR" {
			t.Errorf("the office read as a person: %+v", p)
		}
	}
}

// A roundup of social posts: each post under its writer's handle alone
// on a line, then their display name (a heading over the post, or a line
// of its own) with what they are in brackets. The post is the display
// name's writer's even when the handle spells no name ("@bodo_lines");
// the display name line and a line pointing at the post it quotes
// ("QUOTE-POST of @…") are no one's words, and a body's display name
// credits no person.
func TestRoundupPostsUnderDisplayNames(t *testing.T) {
	got, _ := analyse(paras(
		`Compiled Tuesday 7 July. Posts are reproduced as published.`,
		`@bodo_lines`,
		`## Bodo Lirac (crew chief, Velgrid)`,
		`"All seven of us out of the ditch and breathing. We go back up when the monitors say so."`,
		`@TBC_SMM`,
		`## TBC Monitoring Mission`,
		`"Team 3 heard shooting near pylon 117 and reached the site at 15:25. We do not speculate."`,
		`@tereza_halm`,
		`Tereza Halm (spokeswoman, TBC SMM)`,
		`QUOTE-POST of @PavelDrozic_ME ("The fire came from the Kosa ridge, everyone knows it...")`,
		`"Respectfully: the mission has attributed nothing yet. Please stop tagging us in that photo."`,
	))
	checkQuoteSpeakers(t, got, "Bodo Lirac", "", "", "Tereza Halm")
}

// An unnamed source's nationality is part of their role when it is the
// adjective of a country the article names, known to the lexicon or not:
// "a senior Tarvesian official", in an article about Tarvesia, is not
// any official.
func TestUnnamedSourceOfAnArticlesCountry(t *testing.T) {
	got, _ := analyse(paras(
		`Tarvesia and Dravel swapped 212 prisoners on Thursday.`,
		`A senior Tarvesian official, who asked not to be named, said: "The nine were detained with rifles under the floorboards."`,
	))
	if len(got) != 1 || got[0].Speaker != "" || got[0].Role != "senior Tarvesian official" {
		t.Errorf("quotes %+v, want one by the unnamed senior Tarvesian official", got)
	}
}
