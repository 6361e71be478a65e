package people

import (
	"slices"
	"strings"
	"testing"
)

// A podcast's transcript opens its turns with the time and gives its
// speakers by their part in the show: "[00:31] GUEST:". The guest's
// answers are the one the host introduces as the guest, the host's own
// name is the one they give ("I'm Tom Ashworth"), and each keeps the
// part as a role; the host's questions are nobody's quotes.
func TestShowLabelsAfterTimestamps(t *testing.T) {
	qs, d := analyse(paras(
		"[00:00] HOST: Hello and welcome to Frontline Briefing. I'm Tom Ashworth. My guest today is Dr Rhiannon Pryce, a senior fellow at the Hallam Institute. Rhiannon, welcome.",
		"[00:31] GUEST: Thanks, Tom. Glad this is finally something we can talk about in the past tense.",
		"[01:05] HOST: So why did the cooling pond become the headline?",
		"[01:22] GUEST: Because nuclear fuel does not stop being hot when you switch a reactor off.",
		"(12:40) HOST: Is the money enough?",
		"(12:58) GUEST: No, and nobody in Helsinki pretended it was.",
	))
	byText := speakersByStart(qs, 24)
	for _, start := range []string{"Thanks, Tom. Glad this i", "Because nuclear fuel doe", "No, and nobody in Helsin"} {
		if got := byText[start]; got != "Rhiannon Pryce" {
			t.Errorf("%q… credited to %q, want Rhiannon Pryce", start, got)
		}
	}
	for _, q := range qs {
		if strings.HasSuffix(q.Text, "?") && q.Speaker != "" {
			t.Errorf("the host's question %q credited to %q", q.Text, q.Speaker)
		}
	}
	roles := rolesOf(d)
	if !slices.Contains(roles["Rhiannon Pryce"], "guest") {
		t.Errorf("Pryce's roles %q, want the part she has in the show, guest", roles["Rhiannon Pryce"])
	}
	if !slices.Contains(roles["Tom Ashworth"], "host") {
		t.Errorf("Ashworth's roles %q, want host", roles["Tom Ashworth"])
	}
}

// A host may bring the guest in otherwise ("I'm joined by …", "joining
// me now is …"): the guest's answers are still theirs; someone the host
// merely mentions is not the guest.
func TestGuestJoinedBy(t *testing.T) {
	for _, intro := range []string{
		"To help me understand how we got here, I'm joined by Oliver Pennington, senior fellow at the Aldgate Institute.",
		"Joining me now is Oliver Pennington of the Aldgate Institute, who has followed the fund for years.",
	} {
		qs, _ := analyse(paras(
			"[00:00:00] HOST: Hello and welcome to The Long Table. I'm Hannah Reeve. Kyiv says Iryna Shevchuk will run the programme. "+intro,
			"[00:00:41] GUEST: Thanks, Hannah. Good to be back at the table, so to speak.",
			"[00:00:45] HOST: How much money are we talking about?",
			"[00:00:49] GUEST: Roughly two hundred and twenty-six billion euros, most of it in Brussels.",
		))
		byText := speakersByStart(qs, 24)
		for _, start := range []string{"Thanks, Hannah. Good to ", "Roughly two hundred and "} {
			if got := byText[start]; got != "Oliver Pennington" {
				t.Errorf("%q: %q… credited to %q, want Oliver Pennington", intro, start, got)
			}
		}
	}
}

// Only a recording's time is skipped before a label: a clock time in
// the text, or a time glued to a word, is no timestamp.
func TestSkipTimestamp(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"[00:31] GUEST: Thanks", "GUEST: Thanks"},
		{"(1:02:45) HOST: Welcome", "HOST: Welcome"},
		{"12:40 - HOST: So", "HOST: So"},
		{"12:40pm the convoy left", "12:40pm the convoy left"},
		{"[00:31]GUEST: x", "[00:31]GUEST: x"},
		{"2025: a year of talks", "2025: a year of talks"},
		{"HOST: plain", "HOST: plain"},
	} {
		if got := SkipTimestamp(tt.in); got != tt.want {
			t.Errorf("SkipTimestamp(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A title "of" a body set before a name is theirs ("Deputy Minister of
// Infrastructure Taras Kovalenko"), as one "for" a body is; a ship
// named after its kind ("the bulk carrier Kherson Star") is no person.
func TestTitleOfABodyAndCraftBeforeAName(t *testing.T) {
	_, d := analyse(paras(
		`Deputy Minister of Infrastructure Taras Kovalenko said the ports were ready. "Chornomorsk is ready now," he said.`,
		`Deputy Minister of Foreign Affairs Iryna Kovalenko said: "We are ready."`,
		`The bulk carrier Kherson Star, carrying 48,000 tonnes of wheat, left at 07:02. Its captain, Levan Beridze, spoke to reporters.`,
	))
	roles := rolesOf(d)
	if r := roles["Taras Kovalenko"]; !slices.Contains(r, "Deputy Minister of Infrastructure") {
		t.Errorf("Taras Kovalenko's roles %q, want Deputy Minister of Infrastructure", r)
	}
	if r := roles["Iryna Kovalenko"]; !slices.Contains(r, "Deputy Minister of Foreign Affairs") {
		t.Errorf("Iryna Kovalenko's roles %q, want Deputy Minister of Foreign Affairs", r)
	}
	if _, ok := roles["Kherson Star"]; ok {
		t.Errorf("the ship Kherson Star read as a person")
	}
	if r := roles["Levan Beridze"]; !slices.Contains(r, "captain") {
		t.Errorf("Levan Beridze's roles %q, want captain", r)
	}
}

// What a sentence says its subject is ("X, 56, is a Chilean diplomat
// and UN assistant secretary-general who …") is their title, when it is
// a word for a person; a sentence opening with a preposition does not
// make it part of a name ("For Mykola, 58, …" is Mykola).
func TestCopulaRoleAndPrepositionBeforeAName(t *testing.T) {
	qs, d := analyse(paras(
		`Mariela Castellanos, 56, is a Chilean diplomat and UN assistant secretary-general who runs the Joint Coordination Centre in Istanbul.`,
		`For Mykola, 58, who has fished these waters since he was sixteen, the ships are a reminder. "The sea does not care about treaties," he said.`,
		`Olena Bondar is a surprise to nobody in Odesa.`,
	))
	roles := rolesOf(d)
	if r := roles["Mariela Castellanos"]; !slices.Contains(r, "Chilean diplomat and UN assistant secretary-general") {
		t.Errorf("Castellanos's roles %q, want the one the sentence gives her", r)
	}
	if r, ok := roles["Olena Bondar"]; ok && len(r) > 0 {
		t.Errorf("Bondar's roles %q, want none: a surprise is no title", r)
	}
	if _, ok := roles["For Mykola"]; ok {
		t.Errorf(`"For Mykola" read as a name`)
	}
	if len(qs) != 1 || qs[0].Speaker != "Mykola" {
		t.Errorf("quotes %+v, want one, Mykola's", qs)
	}
}

// A report names someone by their title, then calls them by the kind of
// office holder they are (title_kinds.tsv): "the Norwegian diplomat" is
// Norway's special envoy named before; the kind never stands for
// someone of another country.
func TestKindOfOfficeHolderRefersBack(t *testing.T) {
	qs, _ := analyse(paras(
		`Norway's special envoy Henrik Vaaler arrived in Geneva on Monday.`,
		`"We are not here to sign anything this week," the Norwegian diplomat told reporters.`,
		`"Nothing is agreed," the Swedish diplomat said.`,
	))
	got := speakersByStart(qs, 12)
	if got["We are not h"] != "Henrik Vaaler" {
		t.Errorf("the Norwegian diplomat's words credited to %q, want Henrik Vaaler", got["We are not h"])
	}
	if got["Nothing is a"] != "" {
		t.Errorf("the Swedish diplomat's words credited to %q, want no one", got["Nothing is a"])
	}
}

// A feature introduces someone by title in one sentence and by name in
// the next ("… the town's mayor is more cautious. Viktor Sahaidak, 58,
// …"): the title is theirs. A sentence before a name that gives no one a
// title gives them none.
func TestTitleInTheSentenceBefore(t *testing.T) {
	_, d := analyse(paras(
		`Eighteen kilometres down the road, in Enerhodar, the town's mayor is more cautious. Viktor Sahaidak, 58, who was born in the town, said the grants were welcome.`,
		`The talks ended on Friday. Olena Bondar said nothing.`,
		`The mood is grim. Petro Kovalenko, 61, fixes roofs.`,
	))
	roles := rolesOf(d)
	if r := roles["Viktor Sahaidak"]; !slices.Contains(r, "mayor") {
		t.Errorf("Sahaidak's roles %q, want mayor", r)
	}
	for _, n := range []string{"Olena Bondar", "Petro Kovalenko"} {
		if len(roles[n]) > 0 {
			t.Errorf("%s's roles %q, want none", n, roles[n])
		}
	}
}

// A quotation set alone in its paragraph and credited by the next ("The
// remark came from Deputy Foreign Minister Viktor Golubev, who …") is
// theirs; a next paragraph naming someone without crediting the words
// leaves them unattributed.
func TestQuoteCreditedInTheNextParagraph(t *testing.T) {
	qs, _ := analyse(paras(
		`"We are not going to pay for peace twice."`,
		`The remark came from Deputy Foreign Minister Viktor Golubev, who told Interfax that Russia had already made concessions.`,
		`"Nobody will sign this in March."`,
		`Foreign Minister Sergei Lavrov met his Belarusian counterpart on Monday.`,
	))
	if len(qs) != 2 {
		t.Fatalf("quotes %+v, want 2", qs)
	}
	if qs[0].Speaker != "Viktor Golubev" {
		t.Errorf("the remark credited to %q, want Viktor Golubev", qs[0].Speaker)
	}
	if qs[1].Speaker != "" {
		t.Errorf("an uncredited quotation given to %q", qs[1].Speaker)
	}
}

// A broadcast transcript labels its speakers with their name and what
// they are after a comma ("MYKOLA DUBAS, CORRESPONDENT:", "OKSANA
// MELNYCHUK, UKRAINIAN PARLIAMENTARY COMMISSIONER FOR HUMAN RIGHTS:"):
// the name is the speaker, the title theirs, written as titles are.
func TestLabelWithATitleAfterAComma(t *testing.T) {
	qs, d := analyse(paras(
		"ANCHOR: Good evening. The first buses have crossed at Hoptivka.",
		"MYKOLA DUBAS, CORRESPONDENT: The first bus appeared just after two o'clock.",
		"OKSANA MELNYCHUK, UKRAINIAN PARLIAMENTARY COMMISSIONER FOR HUMAN RIGHTS: Every name was checked three times.",
		"TOMASZ WIECZOREK, HEAD OF OSCE MONITORING TEAM AT HOPTIVKA: Our job is to count and to watch.",
		"TARAS BILYK, FATHER: I will come back for every bus until she is on one.",
	))
	by := speakersByStart(qs, 10)
	for start, want := range map[string]string{"The first ": "Mykola Dubas", "Every name": "Oksana Melnychuk", "Our job is": "Tomasz Wieczorek", "I will com": "Taras Bilyk"} {
		if by[start] != want {
			t.Errorf("%q… credited to %q, want %s", start, by[start], want)
		}
	}
	roles := rolesOf(d)
	if r := roles["Tomasz Wieczorek"]; !slices.Contains(r, "Head of OSCE Monitoring Team at Hoptivka") {
		t.Errorf("Wieczorek's roles %q", r)
	}
	if r := roles["Taras Bilyk"]; !slices.Contains(r, "Father") {
		t.Errorf("Bilyk's roles %q, want Father", r)
	}
}

// A feature about a family sharing a surname names each in full once,
// then by given name ("Halyna Kovalenko sets the table … Halyna, 44, is
// a nurse … Her son, Maksym Kovalenko, is 15"): each given name is the
// person named in full with it, and their quotes theirs.
func TestGivenNameAfterTheFullName(t *testing.T) {
	qs, d := analyse(paras(
		`Every evening, Halyna Kovalenko sets the table for three and waits for her son.`,
		`Halyna, 44, is a nurse at the district hospital. Her son, Maksym Kovalenko, is 15.`,
		`"The box is still under my bed," Halyna said.`,
		`"It is too salty," Maksym said. "But I eat it."`,
	))
	names := map[string]bool{}
	for _, p := range d.People(nil) {
		names[p.Name] = true
	}
	if names["Halyna"] {
		t.Errorf("people %v: Halyna read apart from Halyna Kovalenko", names)
	}
	want := map[string]string{"The box is": "Halyna Kovalenko", "It is too ": "Maksym Kovalenko"}
	for _, q := range qs {
		if w, ok := want[q.Text[:10]]; ok && q.Speaker != w {
			t.Errorf("%q credited to %q, want %s", q.Text, q.Speaker, w)
		}
	}
}

// A print interview that sets its questions apart with no label gives
// its first-person answers to the one person its introduction names, not
// to the interviewer, translator or signing editor it credits, nor to
// the presenter introducing the guest; an
// explainer asking its own questions and answering them in the third
// person is nobody's.
func TestUnlabelledInterview(t *testing.T) {
	for _, tt := range []struct {
		paras []string
		want  string
	}{
		{[]string{
			"Translated by Elena Munteanu. Interview by Mihai Stoica.",
			"Aurelia Constantinescu, a Romanian lawyer, has been the Council of Europe Commissioner for Human Rights since 2032.",
			"You were in Kharkiv in April. What did you see?",
			"I saw a building full of children who had been told many stories.",
			"What is the role of the Council here? Russia is no longer a member.",
			"Our role is to make sure that what happens after the bus arrives is lawful.",
			"Has either side answered your letter?",
			"The Ukrainian delegation has answered. I am still waiting for the other answer.",
		}, "Aurelia Constantinescu"},
		// The editor who signs the introduction off with a dash is
		// credited as the translator is: not the one answering.
		{[]string{
			"Iryna Tkachuk, 34, was a reporter in Melitopol when she was detained. We spoke to her in Kyiv. — Pavlo Hrebeniuk, editor",
			"Iryna, how are you sleeping?",
			"Badly, but in a good bed. I wake up at six.",
			"When did you find out?",
			"In February, but not from anyone official.",
			"Who was with you in the cell?",
			"A blogger from Berdiansk. I still think of her.",
		}, "Iryna Tkachuk"},
		// The show's presenter named beside the guest asks; a reporter
		// may be the one who answers.
		{[]string{
			"Presenter Clara Bühler spoke to Ambassador Lukas Imboden, Switzerland's special envoy, who heads the cell from Geneva.",
			"Ambassador, your cell has accused Russia of breaking the truce. What do you say to that?",
			"I say: read the report. It is 23 pages long and it is public.",
			"Who actually decides?",
			"There are two liaison officers from each side in our building. But we decide.",
			"Is that enough?",
			"It is not enough on its own. I have been doing this work for 26 years.",
		}, "Lukas Imboden"},
		{[]string{
			"Two weeks after the exchange, reporter Oksana Verbytska talks about the basement and the bus.",
			"When did you know you were going to be exchanged?",
			"Not until the bus. They moved us to Bryansk nine days before.",
			"Did anyone explain?",
			"No. I blame whoever crossed the names out.",
			"What will you do now?",
			"I'll go back to the newsroom in September.",
		}, "Oksana Verbytska"},
	} {
		qs, _ := analyse(paras(tt.paras...))
		if len(qs) != 3 {
			t.Fatalf("quotes %+v, want the three answers", qs)
		}
		for _, q := range qs {
			if q.Speaker != tt.want {
				t.Errorf("%q credited to %q, want %s", q.Text, q.Speaker, tt.want)
			}
		}
	}
	qs, _ := analyse(paras(
		"Olena Marchuk, the explainer's author, set out what the accord does.",
		"What is the corridor?",
		"The corridor is a lane 600 kilometres long, cleared of mines.",
		"Who pays for it?",
		"The European Union pays for most of it, with Turkey.",
		"When does it start?",
		"The first convoy is due in April.",
	))
	for _, q := range qs {
		if q.Speaker != "" {
			t.Errorf("an explainer's answer %q credited to %q", q.Text, q.Speaker)
		}
	}
}

// "X talks to Y" introduces an interview either way round (a magazine's
// subject talks to its writer; a podcast's host to a guest), so it alone
// makes the answers no one's, never the writer's. The pull quotes settle
// it: a credit under words of the answers (`"…" — Sigrun Haugland`,
// whatever the lexicon knows of "Sigrun") names whose the answers are.
// A short remark the interviewer makes between answers ("Then came the
// shelling on 11 March.") is no part of them.
func TestInterviewTalksToAndItsPullQuotes(t *testing.T) {
	intro := []string{
		"THE INTERVIEW",
		"Sigrun Haugland led the Norwegian engineers who restored the floodgates of the dam. Back in Oslo, the chief engineer talks to Tomas Lindgren about cranes and shells.",
		"You arrived on the first morning of the ceasefire. What did you find?",
		"Five of the fourteen sluice gates were jammed shut, three of them with their hoist chains cut by shrapnel.",
		"How do you replace a floodgate in a war zone?",
		"Slowly, and in the right order. We had 46 engineers and three cranes. The big one could only stand in one place on the crest. So we planned every lift around it.",
		"Then came the shelling on 11 March.",
		"Four shells landed about 600 metres from the dam. I stopped all work immediately.",
		"Did you ever think of going home?",
		"Once, that night. But the water does not wait, so I went back up on the 13th.",
	}
	qs, _ := analyse(paras(intro...))
	for _, q := range qs {
		if q.Speaker != "" {
			t.Errorf("without pull quotes, %q credited to %q", q.Text, q.Speaker)
		}
	}
	withPull := append(append([]string{}, intro[:6]...), "\"The crane could only stand in one place, so we planned every lift around it.\"— Sigrun Haugland")
	withPull = append(withPull, intro[6:]...)
	qs, _ = analyse(paras(withPull...))
	answers := 0
	for _, q := range qs {
		if q.Speaker != "Sigrun Haugland" {
			t.Errorf("%q credited to %q, want Sigrun Haugland", q.Text, q.Speaker)
		}
		if strings.HasPrefix(q.Text, "Then came") {
			t.Errorf("the interviewer's remark %q given as an answer", q.Text)
		}
		answers++
	}
	if answers != 5 {
		t.Errorf("%d quotes, want the four answers and the pull quote: %+v", answers, qs)
	}
}

// A one-word title stands for the office written out (title_phrases.tsv):
// "the ombudswoman told local reporters" after "Oksana Melnychuk,
// Ukraine's parliamentary commissioner for human rights" is her.
func TestTitleWrittenOut(t *testing.T) {
	qs, _ := analyse(paras(
		`Oksana Melnychuk, Ukraine's parliamentary commissioner for human rights, opened a registry office in Kherson on Saturday.`,
		`"Half of the mothers in this region don't have a car. So Kyiv comes to them," the ombudswoman told local reporters.`,
		`"We will reopen the crossing on Monday," the governor said.`,
	))
	if len(qs) != 2 || qs[0].Speaker != "Oksana Melnychuk" || qs[1].Speaker != "" {
		t.Errorf("quotes %+v; want the ombudswoman's words hers, the governor's no one's", qs)
	}
	// A director is who heads a body: "the director" after "Dr Vera
	// Kulikova, who runs the Southern Federal Depository".
	qs, _ = analyse(paras(
		`Dr Vera Kulikova, who runs the Southern Federal Depository in Krasnodar, has defended the move.`,
		`"Every crate has a number and nothing has been sold," the director told the weekly.`,
	))
	if len(qs) != 1 || qs[0].Speaker != "Vera Kulikova" {
		t.Errorf("quotes %+v; want the director's words Kulikova's", qs)
	}
}

// rolesOf is the roles a document gives each person, by name.
func rolesOf(d *Document) map[string][]string {
	roles := map[string][]string{}
	for _, p := range d.People(nil) {
		roles[p.Name] = p.Roles
	}
	return roles
}

// checkHasRoles checks that each named person is read, with the role
// among their roles (not only as the one shown).
func checkHasRoles(t *testing.T, d *Document, want map[string]string) {
	t.Helper()
	roles := rolesOf(d)
	for name, role := range want {
		if !slices.Contains(roles[name], role) {
			t.Errorf("%s: roles %q, want %q among them", name, roles[name], role)
		}
	}
}

// speakersByStart is who each quote is credited to, by its first n bytes.
func speakersByStart(qs []Quote, n int) map[string]string {
	out := map[string]string{}
	for _, q := range qs {
		out[q.Text[:min(len(q.Text), n)]] = q.Speaker
	}
	return out
}

// checkByStart checks who speaks each quote, found by the first 20 bytes
// of its text, and returns whom each start was given to.
func checkByStart(t *testing.T, qs []Quote, want map[string]string) map[string]string {
	t.Helper()
	byText := speakersByStart(qs, 20)
	for start, who := range want {
		if got := byText[start[:min(len(start), 20)]]; got != who {
			t.Errorf("%q… by %q, want %q", start, got, who)
		}
	}
	return byText
}

// A phone-in gives its callers by a given name and the town they call
// from, in every form a transcript uses ("CALLER (Lyudmyla, Kremenchuk):",
// "SERHIY (caller, Zaporizhzhia):", "Caller — Olena (Kharkiv):", "VASYL
// (Chernihiv):", then "LYUDMYLA:"): each caller's turns are theirs, with
// where they call from as their role (never "MP for Chernihiv"), even
// when all they say is a question; and a turn opening with a label no
// form reads is nobody's rather than the presenter's.
func TestPhoneInCallers(t *testing.T) {
	qs, d := analyse(paras(
		"PRESENTER: Good evening, this is Open Line, I'm Iryna Bilyk. With me is Colonel Andriy Savchuk.",
		"CALLER (Lyudmyla, Kremenchuk): My son Artem has been missing since March 2025. Do we all have to give samples again?",
		"SAVCHUK: No, it is not true. Every sample given since 2022 stays valid.",
		"LYUDMYLA: So I just wait for the call.",
		"SERHIY (caller, Zaporizhzhia): Everybody knows the fields there are full of mines. Who is going to protect them?",
		"SAVCHUK: No team goes in without deminers from the State Emergency Service.",
		"SERHIY (caller, Zaporizhzhia): And if they shoot anyway at the teams?",
		"BILYK: Our next caller is Olena from Kharkiv.",
		"Caller — Olena (Kharkiv): My father was taken from Vovchansk in 2024. Does this protocol help people like him?",
		"VASYL (Chernihiv): Why are we handing back their dead at all? Let their mothers wait.",
		"Text message forty two — anonymous: Nobody asked the families in the east about any of this.",
		"SAVCHUK: I understand the anger. But the protocol is reciprocal.",
	))
	byText := checkByStart(t, qs, map[string]string{
		"My son Artem has been":  "Lyudmyla",
		"So I just wait for the": "Lyudmyla",
		"Everybody knows the fi": "Serhiy",
		"And if they shoot anyw": "Serhiy",
		"My father was taken fr": "Olena",
		"Why are we handing bac": "Vasyl",
		"No, it is not true. Ev": "Andriy Savchuk",
	})
	if got := byText["Text message forty t"]; got != "" {
		t.Errorf("a turn under a label read as no one's credited to %q", got)
	}
	roles := rolesOf(d)
	for name, want := range map[string]string{
		"Lyudmyla": "caller from Kremenchuk", "Serhiy": "caller from Zaporizhzhia",
		"Olena": "caller from Kharkiv", "Vasyl": "from Chernihiv",
	} {
		if !slices.Contains(roles[name], want) {
			t.Errorf("%s's roles %q, want %q", name, roles[name], want)
		}
	}
}

// A show's credits over its script ("Presenter: Marta Yurchenko (MY) |
// Reporter: Denys Horobets (DH)") name the presenter and give her the
// part, and "MY:" is her label, though "my" is a word; the host's turn
// naming a guest ("HOST: Jared Kushner joined the team") gives him no
// part.
func TestShowCreditsAndInitialsLabels(t *testing.T) {
	qs, d := analyse(paras(
		"## Presenter: Marta Yurchenko (MY) | Reporter: Denys Horobets (DH)",
		"MY: Half past six, and this is Farm Hour. Denys Horobets has been in the fields.",
		"DH: Good morning, Marta. The first furrows in five years are here.",
		"MY: And across the line?",
		"DH: Less, so far.",
		"HOST: Jared Kushner joined the US team on Friday. What does that tell us?",
	))
	roles := checkRoles(t, d, map[string]string{"Marta Yurchenko": "presenter"})
	if r := roles["Jared Kushner"]; r != "" {
		t.Errorf("Jared Kushner given %q", r)
	}
	mine := 0
	for _, q := range qs {
		if strings.HasPrefix(q.Text, "Half past six") || strings.HasPrefix(q.Text, "And across the line") {
			if q.Speaker != "Marta Yurchenko" {
				t.Errorf("%q given to %q", q.Text, q.Speaker)
			}
			mine++
		}
	}
	if mine != 2 {
		t.Errorf("%d of her two turns quoted; quotes %+v", mine, qs)
	}
}

// "This is Nina Kovalenk" in a reporter's turn is the reporter saying
// who she is; "This is nurse Danica Orlek", a title before the name, is
// someone the report shows, who is no reporter.
func TestThisIsSomeoneShown(t *testing.T) {
	_, d := analyse(paras(
		"REPORTER: This is nurse Danica Orlek. On the night of the ninth of March, she walked forty patients down to the basement.",
		"DANICA ORLEK: You take the first hand, then the next.",
		"HOST: This is Tom Ashworth, and this is The Long Road.",
		"GUEST: Thank you.",
	))
	roles := rolesOf(d)
	if slices.Contains(roles["Danica Orlek"], "reporter") || !slices.Contains(roles["Danica Orlek"], "nurse") {
		t.Errorf("Orlek's roles %q, want nurse and no reporter", roles["Danica Orlek"])
	}
	if !slices.Contains(roles["Tom Ashworth"], "host") {
		t.Errorf("Ashworth's roles %q, want host", roles["Tom Ashworth"])
	}
}
