package index

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/talksbot/talksbot/corpus"
)

// describedCorpus is a live blog in which people are introduced by what
// they are in a heading or a sentence, not by a title next to their name.
func describedCorpus(t *testing.T) *corpus.Corpus {
	t.Helper()
	blog := `---
title: Ceasefire talks live
outlet: Harbour Post
date: 2025-12-16
---

## Polish foreign minister calls for a monitoring mission

Speaking in Warsaw, Foreign Minister Jan Wrona said any ceasefire would need "eyes on the ground from the first hour" and offered Polish officers for a mission.

## Lithuania ready to send staff

Lithuania's foreign minister, Rasa Vaitkute, said her country was "ready to send people, not only statements" to any mission.

## Chancellery keeps the date open

A senior official said Chancellor Friedrich Merz would host the next round in January. "The date is not fixed yet, and it will not be fixed by leaks," the official said.
`
	c, err := corpus.LoadFS(fstest.MapFS{"live.md": {Data: []byte(blog)}}, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// A person described, not named — by the nationality a heading gives
// them, by their title — is found where the articles describe them; a
// description that fits no one named there (an unnamed official) is
// never pinned on whoever the passage names.
func TestDescribedPerson(t *testing.T) {
	e, err := Build(context.Background(), BuildOptions{Corpus: describedCorpus(t)})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	for _, tt := range []struct{ q, speaker string }{
		{"what did the polish fm say", "Jan Wrona"},
		{"what did the lithuanian foreign minister say", "Rasa Vaitkute"},
		{"what did the senior official say about the date", ""},
		{"the chancellery official on leaks, what did he say", ""},
		{"who's the polish foreign minister", "Jan Wrona"},
		{"who is the lithuanian fm", "Rasa Vaitkute"},
		// A nationality alone is one person of it; its country, or its
		// people, are not one person.
		{"what did the lithuanian say about the mission", "Rasa Vaitkute"},
		{"what did the lithuanians say about the mission", ""},
	} {
		t.Run(tt.q, func(t *testing.T) {
			a, err := e.Ask(context.Background(), tt.q, AskOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Speaker != tt.speaker {
				t.Errorf("speaker %q, want %q", a.Speaker, tt.speaker)
			}
			for _, q := range a.Quotes {
				if q.Speaker != a.Speaker {
					t.Errorf("quote by %q in an answer about %q", q.Speaker, a.Speaker)
				}
			}
		})
	}
}

// bodyEngine is built from a wire report quoting the spokespeople of two
// bodies.
func bodyEngine(t *testing.T) *Engine {
	t.Helper()
	doc := &corpus.Document{ID: "k.txt", Title: "Reactions", Outlet: "Wire", Date: "2025-12-16",
		Passages: []corpus.Passage{
			{Text: `"We want peace, not a pause," said Kremlin spokesman Dmitry Peskov.`, Paragraph: 1},
			{Text: `"Kyiv will not be rushed," said Iryna Voloshyna, a spokeswoman for the foreign ministry.`, Paragraph: 2},
			{Text: `"The ministry has nothing to add," said Oleg Nikolenko, a foreign ministry spokesman.`, Paragraph: 3},
		},
		Quotes: []corpus.Quote{
			{Speaker: "Dmitry Peskov", Text: "We want peace, not a pause,", Paragraph: 1},
			{Speaker: "Iryna Voloshyna", Text: "Kyiv will not be rushed,", Paragraph: 2},
			{Speaker: "Oleg Nikolenko", Text: "The ministry has nothing to add,", Paragraph: 3},
		},
	}
	c := &corpus.Corpus{Documents: []*corpus.Document{doc}, People: []corpus.Person{
		{Name: "Dmitry Peskov", Role: "Kremlin spokesman", Aliases: []string{"peskov"}, Quotes: 1, Mentions: 1},
		{Name: "Iryna Voloshyna", Role: "spokeswoman for the foreign ministry", Aliases: []string{"voloshyna"}, Quotes: 1, Mentions: 1},
		{Name: "Oleg Nikolenko", Role: "foreign ministry spokesman", Aliases: []string{"nikolenko"}, Quotes: 1, Mentions: 1},
	}}
	return engineOf(t, c)
}

// A body named where a person is asked for ("what did the kremlin say")
// is its spokesperson, when the articles quote exactly one; a body with
// none is not pinned on anyone.
func TestBodySpeaksByItsSpokesperson(t *testing.T) {
	e := bodyEngine(t)
	for _, tt := range []struct{ q, speaker string }{
		{"what did the kremlin say", "Dmitry Peskov"},
		{"kremlin reaction to the pause", "Dmitry Peskov"},
		{"what did the kyiv mayor's office say", ""},
	} {
		a, err := e.Ask(context.Background(), tt.q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Speaker != tt.speaker {
			t.Errorf("%q: speaker %q, want %q", tt.q, a.Speaker, tt.speaker)
		}
	}
}

// A short question opening with someone described, then a subject, asks
// for their words: the description ends in a word for one person.
func TestDescribedLead(t *testing.T) {
	e := bodyEngine(t)
	for _, tt := range []struct {
		q, who, about string
		ok            bool
	}{
		{"reintegration ministry guy about the families", "reintegration ministry guy", "the families", true},
		{"the port director on the mines", "the port director", "the mines", true},
		{"why does the port director think the mines are cleared", "the port director", "think the mines are cleared", true},
		{"guarantees for the monitors on the border", "", "", false},
		{"security guarantees on paper", "", "", false},
	} {
		who, about, ok := e.describedLead(tt.q)
		if ok != tt.ok || who != tt.who || about != tt.about {
			t.Errorf("describedLead(%q) = (%q, %q, %v), want (%q, %q, %v)", tt.q, who, about, ok, tt.who, tt.about, tt.ok)
		}
	}
}

// The ways members name a speaker by what they are: a title the people
// model knows ("the harbour master"), a role with where they are ("the
// city council deputy in odessa", typo and all), a shortened title the
// article spells out ("the ukrainian mp"), a pronoun pointing back to the
// sentence before ("the senator met kovalenko? what did she say"), and a
// follow-up naming a role alone ("and the harbour master?").
func TestSpeakersByWhatTheyAre(t *testing.T) {
	text := `Odesa port waits for the truce
Harbour Post
2026-01-05

"We are running the terminals on 40 per cent of what we need," said Captain Serhiy Tkachuk, the harbour master of Odesa's commercial port.

"The answer from Moscow was a drone over the port," said Olena Vasylenko, a city council deputy in Odesa.

Oleh Hnatiuk, a member of the Ukrainian parliament's defence committee, was sceptical. "Nobody in the trenches believes a promise from Moscow," Hnatiuk said.

Senator Mara Eldridge met Mayor Ivan Kovalenko on Monday. "I came to listen, not to lecture," she told reporters.
`
	e := engineOfFiles(t, map[string]string{"odesa.txt": text})
	checkSpeakers(t, e, []speakerCase{
		{"what did the harbour master say", "Serhiy Tkachuk", "We are running the terminals"},
		{"what did the city council deputy in odessa say about the drone", "Olena Vasylenko", "The answer from Moscow"},
		{"what did the ukrainian mp say about the truce", "Oleh Hnatiuk", "Nobody in the trenches"},
		{"the senator met kovalenko? what did she say about it", "Mara Eldridge", "I came to listen"},
		{"and the harbour master?", "Serhiy Tkachuk", "We are running the terminals"},
	})
}

// A quotation opening its own paragraph answers the paragraph before it:
// "peskov on the energy pause" finds "This is a technical arrangement …"
// said right after the paragraph on the pause, though it never names the
// pause itself.
func TestQuoteAnswersTheParagraphBefore(t *testing.T) {
	doc := &corpus.Document{ID: "m.txt", Title: "Kremlin on the pause", Outlet: "Eastwire", Date: "2026-01-05",
		Passages: []corpus.Passage{
			{Text: "The Kremlin said on Monday that the 30-day pause on strikes against energy facilities would hold only if Kyiv respected it.", Paragraph: 1},
			{Text: `"This is a technical arrangement about power stations. It is not a ceasefire," Peskov said.`, Paragraph: 2},
			{Text: `Asked about the talks in Geneva, Peskov said: "We will see what the Americans bring to the energy talks."`, Paragraph: 3},
		},
		Quotes: []corpus.Quote{
			{Speaker: "Dmitry Peskov", Text: "This is a technical arrangement about power stations. It is not a ceasefire,", Paragraph: 2},
			{Speaker: "Dmitry Peskov", Text: "We will see what the Americans bring to the energy talks.", Paragraph: 3},
		},
	}
	c := &corpus.Corpus{Documents: []*corpus.Document{doc}, People: []corpus.Person{
		{Name: "Dmitry Peskov", Role: "Kremlin spokesman", Aliases: []string{"peskov"}, Quotes: 2, Mentions: 2},
	}}
	e := engineOf(t, c)
	a, err := e.Ask(context.Background(), "peskov on the energy pause", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Quotes) == 0 || !strings.HasPrefix(a.Quotes[0].Text, "This is a technical arrangement") {
		t.Errorf("quotes %+v; want the one on the pause first", a.Quotes)
	}
}

// engineOfFiles builds an in-memory engine over articles given as file
// name and text.
func engineOfFiles(t *testing.T, files map[string]string) *Engine {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, text := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	c, err := corpus.LoadFS(fsys, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return engineOf(t, c)
}

// engineOfDir builds an in-memory engine over the articles of a folder
// (a suite's), closed when the test ends.
func engineOfDir(t *testing.T, dir string) *Engine {
	t.Helper()
	c, err := corpus.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	return engineOf(t, c)
}

// ask asks e a question, failing the test on an error.
func ask(t *testing.T, e *Engine, q string) *Answer {
	t.Helper()
	a, err := e.Ask(context.Background(), q, AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// askedAs asks e each question and fails the test on one answered as
// anyone's words but who's ("" for no one's).
func askedAs(t *testing.T, e *Engine, cases []struct{ q, who string }) {
	t.Helper()
	for _, c := range cases {
		if a := ask(t, e, c.q); a.Speaker != c.who {
			t.Errorf("%q: answered as %q's words, want %q", c.q, a.Speaker, c.who)
		}
	}
}

// engineOf builds an in-memory engine over c, closed when the test ends.
func engineOf(t *testing.T, c *corpus.Corpus) *Engine {
	t.Helper()
	e, err := Build(context.Background(), BuildOptions{Corpus: c})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close() })
	return e
}

// In a person's answer an interviewer's question naming them comes after
// what they said and what is said of them.
func TestPersonsPassagesPutQuestionsLast(t *testing.T) {
	doc := &corpus.Document{ID: "p.txt", Title: "Briefing", Outlet: "Briefing Room", Date: "2025-12-22",
		Passages: []corpus.Passage{
			{Text: "QUESTION (Radio): Minister Koval, the guarantees: Koval, are the guarantees final?", Paragraph: 1},
			{Text: "MINISTER KOVAL: No, and it will not be. The guarantees are between Ukraine and its partners.", Paragraph: 2},
		}}
	e := engineOf(t, &corpus.Corpus{Documents: []*corpus.Document{doc}, People: []corpus.Person{
		{Name: "Andrii Koval", Role: "Ukrainian foreign minister", Aliases: []string{"koval"}, Mentions: 2},
	}})
	a, err := e.Ask(context.Background(), "what did koval say about the guarantees", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Passages) != 2 || strings.HasPrefix(a.Passages[0].Text, "QUESTION") {
		t.Errorf("passages %q; want the minister's answer before the question", firstText(a))
	}
}

// Who someone is: the passage introducing them comes first, not a
// transcript's label giving their name in capitals.
func TestWhoIsSkipsLabels(t *testing.T) {
	doc := &corpus.Document{ID: "tv.txt", Title: "Evening panel", Outlet: "TV", Date: "2026-01-04",
		Passages: []corpus.Passage{
			{Text: "DR. PAVEL KRUK (Institute for East European Studies): Forty-six monitors cannot watch a front line of 1,100 kilometres.", Paragraph: 1},
			{Text: "DR. PAVEL KRUK (Institute for East European Studies): The pause is narrow, and that is its strength.", Paragraph: 2},
			{Text: "HOST: With us from Berlin is Dr Pavel Kruk, who directs the Institute for East European Studies and advised two German governments.", Paragraph: 3},
		}}
	e := engineOf(t, &corpus.Corpus{Documents: []*corpus.Document{doc}, People: []corpus.Person{
		{Name: "Pavel Kruk", Role: "Institute for East European Studies", Aliases: []string{"kruk"}, Mentions: 3},
	}})
	a, err := e.Ask(context.Background(), "who is pavel kruk", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(firstText(a), "HOST:") {
		t.Errorf("first passage %q; want the host's introduction", firstText(a))
	}
}

// A person described by what they run ("the grid company boss") is found
// in the passage holding most of the description — the introduction,
// read under its headline — though short questions sharing one of its
// words rank above it.
func TestDescribedByTheIntroduction(t *testing.T) {
	text := `Keeping the grid alive
Energy Weekly
2025-12-20

Olena Marchuk has been chief executive of UkrTransGrid, Ukraine's state-owned transmission company, since 2023, after a decade as an engineer at regional power plants in the east and south of the country, where she ran repair crews through four winters of strikes, rebuilt transformers under fire, bargained for spare parts with utilities across Europe and trained hundreds of young technicians in Kharkiv, Dnipro and Odesa.

Q: How bad is the grid? The whole grid?

A: "Every night we lose a substation, and every day we rebuild one," Marchuk said.

Q: Is the grid ready for a truce?

A: "A promise written on snow is still a promise, if it lasts three days," she said.
`
	e := engineOfFiles(t, map[string]string{"grid.txt": text})
	a, err := e.Ask(context.Background(), "what does the grid company boss think of a truce", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Olena Marchuk" || len(a.Quotes) == 0 {
		t.Errorf("speaker %q, quotes %+v; want Olena Marchuk's", a.Speaker, a.Quotes)
	}
}

// People described by words that are no title the people model gave
// them — a rank set apart from their role, an occupation, a party in
// members' shorthand — are found by those words standing by their name.
func TestSpeakersByTheirDescription(t *testing.T) {
	text := `Committee hears minister and general
Westminster Notes
2027-02-16

Witnesses: Rachel Okafor MP, Minister for Europe; Lieutenant General (retired) Sir Richard Fenwick, former commander of the Allied Rapid Reaction Corps.

Edward Hartley, the Conservative MP for Bromsgrove, said the package was small. "She will not tell us how many soldiers," Mr Hartley said.

Later, Sir Richard told MPs that 600 monitors for the whole front line was "a thin line, and I mean thin".

Callum Reid, the SNP member for Dundee Central, asked about contracts. "Scottish engineers built half the North Sea," he said. Ms Okafor replied that procurement would be open.

In Kherson, Oksana, a 52-year-old pharmacist, keeps her shop open. "I have stopped believing dates. I believe buses," she said.
`
	e := engineOfFiles(t, map[string]string{"committee.txt": text})
	checkSpeakers(t, e, []speakerCase{
		{"what did the retired general tell mps", "Richard Fenwick", "a thin line"},
		{"what did the tory mp say at the cttee", "Edward Hartley", "She will not tell us"},
		{"what did the pharmacist say", "Oksana", "I have stopped believing dates"},
		{"kherson pharmacist on dates", "Oksana", "I have stopped believing dates"},
		{"snp guy on contracts", "Callum Reid", "Scottish engineers"},
	})
}

// "ex" is someone's former partner in English; before a role it says only
// what "former" does, and articles that never write "ex" are asked as if
// the member had left it out.
func TestExBeforeARole(t *testing.T) {
	text := `Title: Clearing the fields
Outlet: Wire
Date: 2027-11-04

Samuel Okafor, a former United Nations mine-clearance adviser, called the plan "ambitious but not crazy".

Marta Lind, a mine-clearance adviser to the ministry, said the first fields would be cleared by spring. "We start with the school roads," she said.
`
	e := engineOfFiles(t, map[string]string{"fields.txt": text})
	checkSpeakers(t, e, []speakerCase{{"what did the ex un mine guy say", "Samuel Okafor", "ambitious but not crazy"}})
}

// A follow-up asking what "she" said, with no one named before it, is
// searched for its words rather than answered as a name the articles do
// not know.
func TestPronounSpeakerIsSearched(t *testing.T) {
	text := `A school underground
Kherson Notes
2027-02-13

Larysa, the headteacher of a school whose pupils study underground, spoke to us.

She said a ceasefire would mean one thing to her first: taking the children outside for a lesson.
`
	c, err := corpus.LoadFS(fstest.MapFS{"school.txt": {Data: []byte(text)}}, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	a, err := engineOf(t, c).Ask(context.Background(), "and what did she say a ceasefire would mean", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "taking the children outside") {
		t.Errorf("first passage %v; want the one on the ceasefire", firstText(a))
	}
}

// A description is never pinned on someone it does not fit: another
// country's minister, the head of something else, a role written as a
// body's name ("the Polish General Staff").
func TestDescriptionsNeverPickTheWrongPerson(t *testing.T) {
	text := `Istanbul round
The Ledger
2027-03-19

Grigory Lapshin, deputy head of the State Duma's defence committee, told RIA Novosti that the plant arrangement was "a technical matter that changes nothing at all".

The ceasefire monitoring mission, created in Vienna, is headed by retired Lieutenant General Henrik Aaland and has 240 monitors.

Foreign Minister Sergei Lavrov said Ukraine's foreign partners should read the draft line as "a fact on the ground, not a favour to anyone".

Ukraine says the line does not touch its borders. Foreign Minister Andrii Sybiha told Suspilne that the draft "freezes the shooting, not the map at all".

"A force that arrives after the deal is a monument," General (ret.) Piotr Zawadzki, a former deputy chief of the Polish General Staff, told me in Warsaw.
`
	e := engineOfFiles(t, map[string]string{"istanbul.txt": text})
	for _, tt := range []struct{ q, notSpeaker, speaker string }{
		{"what did the head of the monitoring mission say", "Grigory Lapshin", ""},
		{"what did ukraines fm say about the line", "Sergei Lavrov", "Andrii Sybiha"},
		{"what did the polish general tell the columnist", "Polish General", ""},
	} {
		a, err := e.Ask(context.Background(), tt.q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Speaker == tt.notSpeaker || tt.speaker != "" && a.Speaker != tt.speaker {
			t.Errorf("%q: speaker %q; want %q, never %q", tt.q, a.Speaker, tt.speaker, tt.notSpeaker)
		}
	}
	// Two foreign ministers: "the fm" is neither until the question says
	// which.
	a, err := e.Ask(context.Background(), "what did the fm say about the line", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "" {
		t.Errorf("\"what did the fm say about the line\": speaker %q; want no one of two", a.Speaker)
	}
	// … unless only one of them spoke to what it asks about.
	if a, err = e.Ask(context.Background(), "what did the fm say about the map", AskOptions{}); err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Andrii Sybiha" {
		t.Errorf("\"what did the fm say about the map\": speaker %q; want Andrii Sybiha, the one who spoke of it", a.Speaker)
	}
}

// How members ask after someone in passing: a question, then "what did
// he say"; a follow-up naming what someone is, alone; a typo in "what".
func TestFollowUpsNamingSomeone(t *testing.T) {
	text := `Istanbul press conference
The Ledger
2027-03-19

President Volodymyr Zelensky was asked about a summit in Istanbul. "I will meet anyone, anywhere, if it ends the war," he said.

Zelensky's office said the date was "still under discussion with our partners".

3. WITNESSES: U.S. Secretary of State Marco Rubio, Turkish President Tayyip Erdogan and German Chancellor Friedrich Merz are expected to countersign as witnesses.

12. BLACK SEA: Ukrainian ports handled 231 ships in April; Erdogan said on May 8 the corridor "belongs to everyone who eats bread".

In Kherson, Oksana, a 52-year-old pharmacist, keeps her shop open. "I have stopped believing dates. I believe buses," she said.
`
	e := engineOfFiles(t, map[string]string{"press.txt": text})
	checkSpeakers(t, e, []speakerCase{
		{"will zelensky meet putin, what did he say", "Volodymyr Zelensky", "I will meet anyone"},
		{"and the pharmacist?", "Oksana", "I have stopped believing dates"},
		{"wht did the pharmacist say", "Oksana", "I have stopped believing dates"},
		{"erdogan corridor quote", "Tayyip Erdogan", "belongs to everyone"},
	})
	// "zelensky's office" is not Zelensky.
	a, err := e.Ask(context.Background(), "what did zelensky's office say", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker == "Volodymyr Zelensky" {
		t.Errorf("\"what did zelensky's office say\": answered as Zelensky's own words: %+v", a.Quotes)
	}
}

// speakerCase is a question asking for someone's words, whom it means
// and how their first quote shown opens.
type speakerCase struct{ q, speaker, quote string }

// checkSpeakers asks each question and checks the speaker and the first
// quote.
func checkSpeakers(t *testing.T, e *Engine, cases []speakerCase) {
	t.Helper()
	for _, tt := range cases {
		a, err := e.Ask(context.Background(), tt.q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Speaker != tt.speaker || len(a.Quotes) == 0 || !strings.HasPrefix(a.Quotes[0].Text, tt.quote) {
			t.Errorf("%q: speaker %q, quotes %+v; want %s's %q", tt.q, a.Speaker, a.Quotes, tt.speaker, tt.quote)
		}
	}
}

// checkAnswerers asks each question and checks whose words answer it:
// speaker "" for none.
func checkAnswerers(t *testing.T, e *Engine, want map[string]string) {
	t.Helper()
	for q, speaker := range want {
		if a := ask(t, e, q); a.Speaker != speaker {
			t.Errorf("%q: speaker %q, want %q", q, a.Speaker, speaker)
		}
	}
}

// When the passages holding a description best name no one ("Families of
// captured soldiers gathered …"), the person is read from the next best
// that holds most of it and names one who fits.
func TestDescribedPastPassagesNamingNoOne(t *testing.T) {
	text := `Title: Families wait for news of prisoners
Outlet: Wire
Date: 2025-12-19

KYIV - Families of captured soldiers gathered outside the coordination headquarters on Friday, holding photographs of captured soldiers and handwritten signs.

"I have been coming here every week for two years," said Halyna Petrenko, whose son was captured near Bakhmut. "Every time they say soon."

The headquarters said the lists of soldiers for the next exchange were not yet final.
`
	e := engineOfFiles(t, map[string]string{"families.txt": text})
	checkSpeakers(t, e, []speakerCase{
		{"what did the mom of the captured soldier say", "Halyna Petrenko", "I have been coming here every week"},
	})
}

// "Who is X" leads with the passage saying what X is, in the words of
// their role, before shorter ones that only name or address them.
func TestWhoIsLeadsWithTheIntroduction(t *testing.T) {
	text := `Title: The referendum, explained
Outlet: Podcast
Date: 2027-05-02

HOST: Welcome back. With me today is Oksana Levchuk, a senior fellow at the Dnipro Institute for Public Policy, who has spent ten years studying how Ukrainians vote, what moves turnout in wartime, and why polls taken in the spring of a war year so often miss what happens in the summer.

LEVCHUK: Thank you. Turnout is the real question, not the result.

HOST: Oksana Levchuk, thank you so much.
`
	e := engineOfFiles(t, map[string]string{"podcast.txt": text})
	a, err := e.Ask(context.Background(), "who is oksana levchuk", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Kind != KindPerson || len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "senior fellow") {
		t.Errorf("kind %s, passages %q; want the introduction first", a.Kind, passageTexts(a))
	}
}

func passageTexts(a *Answer) []string {
	var out []string
	for _, p := range a.Passages {
		out = append(out, p.Text)
	}
	return out
}

// A description naming a body or a country before its title ("the un
// envoy") is never read as someone whose titles name another ("U.S.
// special envoy Steve Witkoff"), because an article's headline names
// the body: a wrong speaker is worse than none.
func TestDescribedBodyMustBeTheirs(t *testing.T) {
	text := `Title: UN council backs observer mission as Ankara memorandum is initialled
Outlet: Wire
Date: 2027-10-15

ANKARA - Russia and Ukraine initialled a memorandum on a demarcation line on Tuesday after three days of talks. The UN Security Council is to vote on an observer mission on Friday.

U.S. special envoy Steve Witkoff, who arrived in Ankara on Tuesday, credited pressure from Washington. "Both presidents wanted this done, and it got done," Witkoff said.
`
	e := engineOfFiles(t, map[string]string{"wire.txt": text})
	for _, q := range []string{"what did the un envoy say", "what did the un envoy say about the memorandum"} {
		a, err := e.Ask(context.Background(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Speaker == "Steve Witkoff" {
			t.Errorf("%q: answered as Steve Witkoff, a U.S. envoy", q)
		}
	}
	// The body the description names, where it is theirs, still finds them.
	checkSpeakers(t, e, []speakerCase{{"what did the us envoy say", "Steve Witkoff", "Both presidents wanted this done"}})
}

// A body is not the person who heads it: "the foreign ministry" speaks
// through its spokeswoman, never as the foreign minister, whose title
// shares all but two letters with it; "mfa" is members' shorthand for it.
func TestMinistryIsNotTheMinister(t *testing.T) {
	text := `Title: Moscow on the memorandum
Outlet: Wire
Date: 2027-10-20

MOSCOW - Russian Foreign Minister Sergei Lavrov will travel to Baku next week, his ministry said. "We will go to Baku to listen, not to concede," Lavrov said.

Maria Zakharova, the spokeswoman of the Russian Foreign Ministry, told her weekly briefing that sanctions relief must come first. "We are not asking anyone for gifts," Zakharova said.
`
	e := engineOfFiles(t, map[string]string{"moscow.txt": text})
	checkSpeakers(t, e, []speakerCase{
		{"what did the russian foreign ministry say", "Maria Zakharova", "We are not asking anyone for gifts"},
		{"what did moscow's mfa say about sanctions", "Maria Zakharova", "We are not asking anyone for gifts"},
		{"what did the russian foreign minister say", "Sergei Lavrov", "We will go to Baku to listen"},
	})
}

// A country's representative at a meeting is who members call its
// ambassador, or its "rep".
func TestCountryRepresentativeAsAmbassador(t *testing.T) {
	text := `Title: Security Council establishes observer mission
Outlet: UN Meetings Coverage
Date: 2027-10-22

Ms. Harriet Cole (United Kingdom) said the resolution sent "a clear signal that the world will watch every kilometre of this line".

Ms. Ilze Ozola (Latvia) said the Baltic States knew how a ceasefire could be used to rearm. "Quiet is not the same as peace," she said.
`
	e := engineOfFiles(t, map[string]string{"un.txt": text})
	checkSpeakers(t, e, []speakerCase{
		{"latvia's ambassador on the ceasefire", "Ilze Ozola", "Quiet is not the same as peace"},
		{"what did the uk rep say", "Harriet Cole", "a clear signal that the world will watch"},
	})
}

// A title, then what about, with no word between them: "kremlin spox
// root causes comment" is the Kremlin spokesman on the root causes; a
// title not yet whole ("the head of the monitoring" before "mission") is
// never split off.
func TestTitleThenSubject(t *testing.T) {
	text := `Title: Moscow on the agreement
Outlet: Wire
Date: 2027-05-15

Dmitry Peskov, the Kremlin spokesman, told reporters on Friday that the ceremony was being prepared. "The president's position is well known," Peskov said.

"We have always said that the root causes must be addressed," he continued. "If they are not, nobody should be surprised."

Grigory Lapshin, head of the monitoring group of the Russian defence ministry, said the line was quiet. "We count every shell," Lapshin said.
`
	e := engineOfFiles(t, map[string]string{"moscow.txt": text})
	checkSpeakers(t, e, []speakerCase{
		{"kremlin spox root causes comment", "Dmitry Peskov", "We have always said that the root causes"},
	})
	a, err := e.Ask(context.Background(), "what did the head of the monitoring mission say", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker == "Grigory Lapshin" {
		t.Errorf("the head of the monitoring mission answered as %s, the head of a monitoring group", a.Speaker)
	}
}

// "The tank lady": a word for a person and one everyday word say too
// little to pin anyone, even when one passage holding the word names one
// person; a word of a name ("the snp guy") still may.
func TestOneEverydayWordDescribesNoOne(t *testing.T) {
	text := `Title: The village waits
Outlet: Wire
Date: 2027-11-04

Across the road lives Petro, 71, a former tractor driver. A burnt-out tank still stands in his field. "Let them write that my land is full of iron," he said.

Callum Reid, the SNP member for Dundee Central, asked about contracts. "Scottish engineers built half the North Sea," he said.
`
	e := engineOfFiles(t, map[string]string{"village.txt": text})
	a, err := e.Ask(context.Background(), "what did the tank lady say", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "" {
		t.Errorf("\"the tank lady\" answered as %s", a.Speaker)
	}
	checkSpeakers(t, e, []speakerCase{{"what did the snp guy say", "Callum Reid", "Scottish engineers built half the North Sea"}})
}

// Someone only a credit line names is answered with that line, cited,
// and said to be credited, not quoted.
func TestCreditedPersonAnswersWithTheCredit(t *testing.T) {
	text := `Prisoner swap talks gather pace
By Marta Kowal, Northline
December 18, 2025

Mediators are shuttling between Kyiv and Moscow with lists of names, officials said.

Northline Press writers Ivan Rudenko in Moscow and Sarah Kim in Washington contributed to this report.
`
	e := engineOfFiles(t, map[string]string{"swap.txt": text})
	a, err := e.Ask(context.Background(), "what did sarah kim say", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Sarah Kim" || a.SpeakerStatus != SpeakerNotQuoted || len(a.Quotes) != 0 {
		t.Fatalf("speaker %q (%s), %d quotes; want Sarah Kim, never quoted", a.Speaker, a.SpeakerStatus, len(a.Quotes))
	}
	if len(a.Passages) != 1 || !strings.Contains(a.Passages[0].Text, "Sarah Kim in Washington contributed") || a.Passages[0].Source.Doc != "swap.txt" {
		t.Fatalf("passages %+v; want the credit line of swap.txt", a.Passages)
	}
	r := Render(a)
	if !strings.Contains(r.Intro, "credited") || !strings.Contains(r.Passages[0].Highlight, "**Sarah Kim**") || len(r.Citations) != 1 {
		t.Errorf("reply %q / %q / %d citations", r.Intro, r.Passages[0].Highlight, len(r.Citations))
	}
}

// Where someone is from is theirs: "kovalenko from khmilnyk" is not the
// naval medic Kovalenko, whose titles never name the town (the woman who
// signs a letter from there shares his surname); his own town still finds
// him.
func TestOriginQualifiesAName(t *testing.T) {
	text := `Title: Letters and a homecoming
Outlet: Regional Herald
Date: 2028-01-27

Oleksandr Kovalenko, a 34-year-old naval medic from Mykolaiv, stepped off the bus first. "I did not think I would see the sea again," he said.

My son Andrii, a marine, has been in captivity since 2022. His name was not on Wednesday's list. I will keep writing until it is.

Nadiia Kovalenko, Khmilnyk
`
	e := engineOfFiles(t, map[string]string{"herald.txt": text})
	a, err := e.Ask(context.Background(), "what did kovalenko from khmilnyk write abt her son", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker == "Oleksandr Kovalenko" {
		t.Errorf("the letter writer from Khmilnyk answered as the medic from Mykolaiv")
	}
	// The letter she signs is her words.
	if a.Speaker != "Nadiia Kovalenko" || len(a.Passages) == 0 || !strings.HasPrefix(a.Passages[0].Text, "My son Andrii") {
		t.Errorf("speaker %q, passages %v; want Nadiia Kovalenko's letter", a.Speaker, passageTexts(a))
	}
	checkSpeakers(t, e, []speakerCase{{"what did kovalenko from mykolaiv say", "Oleksandr Kovalenko", "I did not think I would see the sea again"}})
}

// A committee record gives a witness's role in brackets beside their
// label once: members ask for them by it.
func TestWitnessByTheRoleTheRecordGives(t *testing.T) {
	text := `Title: Evidence, meeting 47
Outlet: Standing Committee on Foreign Affairs
Date: 2028-04-25

The Chair (Mr. Marc Ouellette): I call this meeting to order. We hear two witnesses today.

Ms. Catherine Lindqvist (Deputy Minister of Foreign Affairs, Global Affairs Canada): Thank you, Mr. Chair. The draft is not an agreement until both parties sign it.

Mrs. Jennifer Haldane: How quickly could Canadians be on the ground?

Mr. Raymond Tessier (Director General, Eastern Europe Bureau, Global Affairs Canada): The commission would be ready within 30 days of signature.
`
	e := engineOfFiles(t, map[string]string{"hearing.txt": text})
	checkSpeakers(t, e, []speakerCase{
		{"what did the canadian deputy minister say about the draft", "Catherine Lindqvist", "Thank you, Mr. Chair. The draft is not an agreement"},
		{"director general on how fast canadians deploy", "Raymond Tessier", "The commission would be ready"},
	})
}

// Members name people with a hyphenated surname or a surname particle
// the way they are printed, in lower case: "okafor-reyes on the kids",
// "van aalst statement on patrols". A sentence that opens with the
// particle ("Van Aalst said") is the same man, not another.
func TestHyphenAndParticleSurnames(t *testing.T) {
	release := `Title: Alliance ready for returns
Outlet: Bridgeway
Date: 2028-04-18

Amina Okafor-Reyes, the alliance's regional director, said the first buses were ready. "A child does not simply get off a bus and go home," Okafor-Reyes said.
`
	wire := `Title: Who would monitor the ceasefire
Outlet: Wire
Date: 2028-04-20

Its proposed chair is Pieter van Aalst, a retired Dutch major general.

"A monitor who cannot reach a crater by noon writes fiction," van Aalst said in a statement about patrols.
`
	oped := `Title: Monitors will decide
Outlet: Column
Date: 2028-04-18

Van Aalst has commanded peacekeepers before and knows that patrols without access are tourism.
`
	e := engineOfFiles(t, map[string]string{"release.txt": release, "wire.txt": wire, "oped.txt": oped})
	checkSpeakers(t, e, []speakerCase{
		{"okafor-reyes on the kids getting off the bus", "Amina Okafor-Reyes", "A child does not simply get off a bus"},
		{"van aalst statement on patrols", "Pieter van Aalst", "A monitor who cannot reach a crater"},
	})
}

// Whose words a description asks for is never a guess: "her deputy" is
// the one the text calls her deputy, not whoever holds a deputy's title;
// "the red cross lady" is not the interviewer asking about the Red
// Cross; "what happens if a prisoner refuses" describes no one.
func TestRelationsAndQuestionsPickNoWrongPerson(t *testing.T) {
	profile := `Title: The accountant of peace
Outlet: Magazine
Date: 2028-07-22

Oksana Hrytsenko leads Ukraine's delegation on prisoners.

"She does not raise her voice. She raises a page number," said Bohdan Yaremchuk, her deputy on the delegation.

Russian Deputy Foreign Minister Arkady Voronov called her "a difficult partner, and I mean that as a compliment".
`
	interview := `Title: The Red Cross tracing chief on the swap
Outlet: Magazine
Date: 2028-07-19

Interview by Anna Kivela.

Marguerite Aebischer heads the Red Cross team that traces missing people.

Kivela: What exactly does the Red Cross do on the day of an exchange?

Aebischer: We are the last people to speak to each prisoner alone before the crossing.

Kivela: What happens if someone says no?

Aebischer: Then that person does not cross, and we keep visiting them.
`
	e := engineOfFiles(t, map[string]string{"profile.txt": profile, "interview.txt": interview})
	for q, notWant := range map[string]string{
		"what does her deputy say about how hrytsenko negotiates":     "Arkady Voronov",
		"red cross lady on what shape the prisoners are in":           "Anna Kivela",
		"what happens if a prisoner refuses to be swapped, red cross": "Oksana Hrytsenko",
	} {
		a, err := e.Ask(context.Background(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Speaker == notWant {
			t.Errorf("%q answered as %s's words", q, notWant)
		}
		for _, qu := range a.Quotes {
			if qu.Speaker == notWant {
				t.Errorf("%q shows %s's quote %q", q, notWant, qu.Text)
			}
		}
	}
	checkSpeakers(t, e, []speakerCase{
		{"what does her deputy say about how hrytsenko negotiates", "Bohdan Yaremchuk", "She does not raise her voice"},
	})
}

// A member calls someone by what they do ("the izium farmer") where the
// article says it in other words ("Mykola Savchuk, whose farm borders
// the field"): the agent noun and its verb or activity are one.
func TestAgentNounFindsWhatTheyDo(t *testing.T) {
	text := `Title: Clearing the fields
Outlet: Live
Date: 2028-07-15

Mykola Savchuk, whose farm near Izium borders the field where the deminers work, has not planted wheat since 2022.

Iryna Kovalchuk leads a team of twelve in the Kharkiv region.
`
	e := engineOfFiles(t, map[string]string{"fields.txt": text})
	a, err := e.Ask(context.Background(), "the izium farmer, what did he say", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Mykola Savchuk" {
		t.Errorf("speaker %q; want the man whose farm borders the field", a.Speaker)
	}
	for head, word := range map[string]string{"deminer": "demining", "farmer": "farm", "broker": "brokerage", "mediator": "mediated", "dispatcher": "dispatch"} {
		if !agentOf(head, word) {
			t.Errorf("%q is not read as what a %s does", word, head)
		}
	}
	for head, word := range map[string]string{"broker": "broken", "farmer": "farmer", "minister": "mist"} {
		if agentOf(head, word) {
			t.Errorf("%q read as what a %s does", word, head)
		}
	}
}

// Someone described by a word for anyone ("boss", "official") and what
// says which ("the grid company boss", "the icrc official") is the one
// person the passage holding the description names; "the Red Cross
// official said" in the articles is that person too.
func TestDescribedByAWordForAnyone(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"swap.txt": "Prisoners return\n\nPublished 9 April 2029\n\n" +
			"The International Committee of the Red Cross will check every prisoner. Marguerite Aebischer, who heads the ICRC's tracing work for the conflict, said her teams had visited detention sites.\n\n" +
			"The Red Cross official said many relatives had \"no idea whether to grieve or to keep waiting\".\n\n" +
			"Olena Marchuk, chief executive of the grid company UkrTransGrid, said the lines would hold. \"We have spare transformers for the first time since 2022,\" she said.\n",
	})
	ctx := context.Background()
	for _, tt := range []struct{ q, speaker, quote string }{
		{"who is the grid company boss", "Olena Marchuk", ""},
		{"who's the icrc official", "Marguerite Aebischer", ""},
		{"what did the icrc official say about the relatives", "Marguerite Aebischer", "no idea whether to grieve"},
		{"who is the guy", "", ""},
	} {
		a, err := e.Ask(ctx, tt.q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Speaker != tt.speaker {
			t.Errorf("%q: speaker %q, want %q", tt.q, a.Speaker, tt.speaker)
		}
		if tt.quote != "" && !slices.ContainsFunc(a.Quotes, func(q Quote) bool { return strings.Contains(q.Text, tt.quote) && q.Speaker == tt.speaker }) {
			t.Errorf("%q: quotes %+v, want one holding %q", tt.q, a.Quotes, tt.quote)
		}
	}
}

// A capital stands for its government: "moscows reaction to the text" is
// the one Russian quoted on the text. A country's own name is its
// position, which passages report, and a capital none of whose people
// speak to the subject is no one.
func TestCapitalSpeaksByTheOneQuotedOnTheSubject(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"vienna.txt": "Vienna talks\n\nPublished 12 February 2027\n\n" +
			"Russian Deputy Foreign Minister Gennady Sorokin said the monitoring text was \"acceptable, if the monitors come from neutral countries\".\n\n" +
			"Ukrainian Foreign Minister Andrii Koval said the prisoner lists were \"checked name by name, twice\".\n\n" +
			"Russia wants the monitors kept away from the Black Sea coast, officials said.\n",
	})
	ctx := context.Background()
	for _, tt := range []struct{ q, speaker string }{
		{"whats moscows reaction to the monitoring text", "Gennady Sorokin"},
		{"what did kyiv say about the prisoner lists", "Andrii Koval"},
		{"what did moscow say about the prisoner lists", ""},
		{"what does russia want on the monitors", ""},
	} {
		a, err := e.Ask(ctx, tt.q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Speaker != tt.speaker {
			t.Errorf("%q: speaker %q, want %q", tt.q, a.Speaker, tt.speaker)
		}
	}
}

// "Who is X" opens with where the articles say what X is: a sentence
// defining them ("X is a senior fellow at …") first, else the
// introduction in the earliest article that gives their title.
func TestWhoIsOpensWithTheDefinitionThenTheFirstIntroduction(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"a-later.txt": "Ports reopen\n\nPublished 15 May 2029\n\n" +
			"\"The corridor works,\" said Ambassador Selim Karaca, the Turkish mediator, who chaired the port talks in May.\n\n" +
			"Helena Marsh, a senior fellow at the Northgate Centre, said the truce was fragile.\n",
		"b-earlier.txt": "Talks open\n\nPublished 9 April 2029\n\n" +
			"The talks opened under Ambassador Selim Karaca, the Turkish mediator, at the palace.\n\n" +
			"Helena Marsh is a senior fellow at the Northgate Centre and writes on sea lanes.\n",
		"c-factbox.md": "# The handover in brief\n\nPublished 10 June 2029\n\n" +
			"The delay: the International Atomic Energy Agency's deputy director general for nuclear safety, Ines Calderón-Varga, pushed the date back to June 8 after inspectors found mines.\n\n" +
			"In charge: the administration, headed by Ines Calderón-Varga, 61, a Uruguayan physicist from Montevideo.\n",
	})
	for _, tt := range []struct{ q, first string }{
		{"who is selim karaca", "The talks opened under Ambassador Selim Karaca"},
		{"who is helena marsh", "Helena Marsh is a senior fellow"},
		// Her age between her name and what she is.
		{"who is ines calderon varga", "In charge"},
	} {
		a, err := e.Ask(context.Background(), tt.q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Kind != KindPerson || len(a.Passages) == 0 || !strings.HasPrefix(a.Passages[0].Text, tt.first) {
			t.Errorf("%q: kind %s, passages %+v; want the first to open %q", tt.q, a.Kind, a.Passages, tt.first)
		}
	}
}

// A question the articles ask (an interviewer's, a headline's) is not
// the answer: the answer to it ranks above it, though the question holds
// the member's words as well.
func TestAQuestionInTheArticlesRanksBelowItsAnswer(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"interview.txt": "Mayor of a front-line town\n\nPublished 20 December 2025\n\n" +
			"Q: The leaders in Berlin spoke a lot about guarantees for Ukraine's security. Does that mean anything in Prybrezhne?\n\n" +
			"A: People here want the shelling to stop before anything else.\n\n" +
			"Halyna Kovalenko has led the military administration of Prybrezhne, a town of 9,000 people twenty kilometres from the front line in the Zaporizhzhia region, since 2023.\n",
	})
	a, err := e.Ask(context.Background(), "where is prybrezhne", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "twenty kilometres from the front line") {
		t.Errorf("passages %+v; want the one placing Prybrezhne first", a.Passages)
	}
}

// Someone described in words most of which the articles use, the others
// everyday words ("ex" for a broker they call an insurance broker), is
// looked for in the passages, not declined as someone they never name; a
// description with a nationality they never use is no one they name.
func TestDescriptionMostlyInTheArticlesIsSearched(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"premiums.txt": "Premiums fall\n\nPublished 13 July 2028\n\n" +
			"War-risk premiums for ships using the corridor have halved since April, according to an insurance broker in Oslo and two underwriters in London.\n\n" +
			"Ukrainian Foreign Minister Andrii Koval said the lists were final.\n",
	})
	for _, tt := range []struct {
		q        string
		answered bool
	}{
		{"what did the ex insurance broker say about premiums for ships", true},
		{"what did the polish foreign minister say", false},
	} {
		a, err := e.Ask(context.Background(), tt.q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Answered() && a.SpeakerStatus != SpeakerUnknown; got != tt.answered {
			t.Errorf("%q: answered %v (status %q, %d passages), want %v", tt.q, got, a.SpeakerStatus, len(a.Passages), tt.answered)
		}
	}
}

// A deputy's title does not answer for the title: "the ukrainian fm" is
// never the first deputy foreign minister, though she is the only
// Ukrainian the articles give a foreign minister's title; "the deputy
// fm" is her.
func TestDeputyIsNotTheTitle(t *testing.T) {
	text := `Title: Signed in Varna
Outlet: Wire
Date: 2031-05-03

"This is not peace, but it is the first brick of a house," said Ukraine's First Deputy Foreign Minister Larysa Demchuk, who led the delegation.

Foreign Minister Bohdan Lysenko said in Kyiv that territory was never discussed. "We did not sign away a single metre of land," Lysenko said.
`
	e := engineOfFiles(t, map[string]string{"varna.txt": text})
	a, err := e.Ask(context.Background(), "what did the ukrainian fm say abt land", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker == "Larysa Demchuk" || slices.ContainsFunc(a.Quotes, func(q Quote) bool { return q.Speaker == "Larysa Demchuk" }) {
		t.Errorf("\"the ukrainian fm\" answered with the first deputy foreign minister: %s, %+v", a.Speaker, a.Quotes)
	}
	checkSpeakers(t, e, []speakerCase{{"what did the deputy fm say", "Larysa Demchuk", "This is not peace"}})
}

// "The un guy" is someone of the UN: the one a title before their name
// says is ("The UN's under-secretary-general for humanitarian affairs,
// Miguel Arráez, said"), never someone a passage names apart from where
// it mentions the UN.
func TestGuyOfABodyStandsByIt(t *testing.T) {
	text := `Title: Who wins from the corridor
Outlet: Review
Date: 2031-05-04

The weak point is enforcement. The joint navigation centre in Istanbul will have 80 inspectors, 20 each from Ukraine, Russia, Turkey and the UN, but no power to stop a missile. Elif Sahin calls it "a smoke alarm, not a fire brigade."

The UN's under-secretary-general for humanitarian affairs, Miguel Arraez, said the corridor could carry enough grain to bring down bread prices. "Today they can breathe a little," Arraez said.
`
	e := engineOfFiles(t, map[string]string{"corridor.txt": text})
	checkSpeakers(t, e, []speakerCase{{"did the un guy say anything abt bread prices", "Miguel Arraez", "Today they can breathe a little"}})
}

// A description with no title of its own that two people's titles fit
// ("the foreign affairs official": Finland's Minister for Foreign Affairs
// and Canada's deputy minister at the Department of Foreign Affairs) is no
// one: which is no guess to make.
func TestDescriptionTwoTitlesFit(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"helsinki.txt": `Title: Donors meet in Helsinki
Outlet: Wire
Date: 2032-05-27

"Finland will stay the course for the plant's workers," said the Minister for Foreign Affairs of Finland, Aino Lehtikuusi.
`,
		"committee.txt": `Standing Committee on Foreign Affairs
Evidence, 25 May 2032

Witnesses:
Ms Genevieve Arsenault, Assistant Deputy Minister, Department of Foreign Affairs

The Chair (Ms Patricia Lindqvist): I call this meeting to order. Ms Arsenault, you have five minutes.

Ms Genevieve Arsenault (Assistant Deputy Minister, Department of Foreign Affairs): Thank you, Madam Chair. About 2,400 former plant workers have registered to return.
`})
	a, err := e.Ask(context.Background(), "what did the foreign affairs official say about the workers", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "" {
		t.Errorf("\"the foreign affairs official\" answered as %s, one of two who fit", a.Speaker)
	}
}

// "starmer on reconstruction": of the passages naming him, the one on
// reconstruction comes first, not the shortest one that names him.
func TestPersonsPassagesOnTheSubjectFirst(t *testing.T) {
	doc := &corpus.Document{ID: "w.txt", Title: "Donors meet", Outlet: "Wire", Date: "2027-02-10",
		Passages: []corpus.Passage{
			{Text: "Starmer, asked whether Starmer's team would fly, said Starmer flies.", Paragraph: 1},
			{Text: "Starmer was asked about the weather in London and said it was grey.", Paragraph: 2},
			{Text: "British Prime Minister Keir Starmer, who announced a 500 million pound UK contribution on Wednesday evening, struck a similar note. Reconstruction cannot wait for the last shot to be fired, he said in a statement, and every school rebuilt is a reason for a family to come home.", Paragraph: 3},
			{Text: "The donors' conference on reconstruction opened in Warsaw with pledges from 30 countries.", Paragraph: 4},
			{Text: "Reconstruction of the grid comes first, the Polish minister said.", Paragraph: 5},
			{Text: "Reconstruction money will flow through the World Bank.", Paragraph: 6},
		}}
	e := engineOf(t, &corpus.Corpus{Documents: []*corpus.Document{doc}, People: []corpus.Person{
		{Name: "Keir Starmer", Role: "British Prime Minister", Aliases: []string{"starmer"}, Mentions: 3},
	}})
	a := ask(t, e, "starmer on reconstruction")
	if !strings.Contains(firstText(a), "Reconstruction cannot wait") {
		t.Errorf("first passage %q; want his words on reconstruction", firstText(a))
	}
}

// Asked who a columnist is, the line saying so comes first, then their own
// words; asked what they said, their words come first and the line keeps
// a place.
func TestColumnistWhoIsFirst(t *testing.T) {
	dir := t.TempDir()
	col := "OPINION\n\nGeneva built a fence. Now Kyiv must make sure nobody climbs it.\n\nBy Marko Shevchuk\n\nMarko Shevchuk was Ukraine's Minister of Foreign Affairs from 2041 to 2045. He now teaches international law.\n\nPublished 22 March 2050\n\n" +
		"I have sat in rooms like the ones in Geneva, and I know the silence when a mediator comes back.\n\n" +
		"Let me begin with what deserves praise: the delegation kept the talks narrow.\n\n" +
		"First, the penalty. There is none. A protocol without a penalty is a promise with a good lawyer.\n\n" +
		"Second, the deadline. Forty-five days is too short, and everyone in Geneva knows it.\n\n" +
		"Third, the money. Every euro must come with a guarantee that the plant returns.\n\n" +
		"My advice to the government is simple. Take the win and prepare for Istanbul.\n"
	if err := os.WriteFile(filepath.Join(dir, "col.txt"), []byte(col), 0o644); err != nil {
		t.Fatal(err)
	}
	e := engineOfDir(t, dir)
	a := ask(t, e, "who is marko shevchuk")
	if !strings.HasPrefix(firstText(a), "Marko Shevchuk was Ukraine's Minister") || !strings.HasPrefix(Render(a).Text(), "Who Marko Shevchuk is") {
		t.Errorf("who is: first passage %q, intro %q; want the line saying who he is first", firstText(a), strings.SplitN(Render(a).Text(), "\n", 2)[0])
	}
	a = ask(t, e, "what did marko shevchuk say about the penalty")
	if !strings.Contains(firstText(a), "promise with a good lawyer") {
		t.Errorf("said: first passage %q; want his words on the penalty", firstText(a))
	}
}

// A title alone ("the captain") is the one person holding it when no one
// else does; with two holders ("the minister" of two ministers) it is
// no one's, and the words are searched.
func TestTitleAloneOfItsOneHolder(t *testing.T) {
	page := "Ships leave Odesa\n\n" +
		"On the bridge stood Serhiy Lytvyn, 54, who has commanded the ship for six years. \"You don't forget how to sail. You forget how to sleep,\" the captain said by phone.\n\n" +
		"Foreign Minister Anna Kowalczyk said the corridor would stay open. \"Every ship that leaves is a promise kept,\" she said.\n\n" +
		"Defence Minister Petro Havryliuk said the navy would escort the convoy. \"We will be there at every mile,\" he said.\n"
	e := engineOfFiles(t, map[string]string{"ships.txt": page})
	checkSpeakers(t, e, []speakerCase{{"what did the captain say abt sleep", "Serhiy Lytvyn", "You don't forget how to sail"}})
	checkAnswerers(t, e, map[string]string{"what did the minister say": ""})
}

// Asked who did something ("who headed kyivs team in riyadh"), the
// passage saying they did it comes before one that only names the team
// and the place around them.
func TestWhoDidItSaysTheDeedFirst(t *testing.T) {
	page := "Riyadh round opens\n\n" +
		"Oksana Hrytsenko arrived in Riyadh on Monday with Kyiv's team of twelve for the Riyadh round, and Kyiv's team went straight to the Riyadh venue.\n\n" +
		"Kyiv's team was headed by Deputy Foreign Minister Oksana Hrytsenko, who has negotiated with Moscow before. \"We came to work,\" she said.\n\n" +
		"The Russian side arrived a day later.\n"
	e := engineOfFiles(t, map[string]string{"riyadh.txt": page})
	a := ask(t, e, "who headed kyivs team in riyadh")
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "was headed by") {
		t.Errorf("passages %q; want the one saying she headed the team first", passageTexts(a))
	}
}

// Someone described, then what their words were about, with no word
// between ("ukrainian negotiator red line quote"): their words on it,
// when their words do speak to it; a description running on into words
// none of theirs speak to is not cut short on a guess.
func TestDescribedThenSubject(t *testing.T) {
	e := engineOfDir(t, "testdata/corpus43")
	checkSpeakers(t, e, []speakerCase{{"ukrainian negotiator red line quote", "Iryna Bondarenko", "Ukraine will not allow armed foreign officers"}})
	checkAnswerers(t, e, map[string]string{"ukrainian negotiator football transfer quote": ""})
}

// A director of something no one is titled director of is whoever heads
// it: "the upu director" is the official who runs the UPU's postal
// operations; "the agency's exec director", where the articles title
// someone so, is still that person.
func TestDirectorOfWhatSomeoneHeads(t *testing.T) {
	page := "Post crosses the line\n\n" +
		"Every parcel was x-rayed by inspectors from the Universal Postal Union (UPU). Dr Ines Barreto, the Portuguese official who runs the UPU's humanitarian postal operations, said the first exchange had gone \"more smoothly than any of us dared to write in the plan\".\n\n" +
		"Hana Novak, a spokeswoman for the railway, said the trains would run on Fridays. \"Tickets go on sale on Monday,\" she said.\n"
	e := engineOfFiles(t, map[string]string{"post.txt": page})
	checkAnswerers(t, e, map[string]string{
		"what did the upu director say about the first exchange": "Ines Barreto",
		"what did the railway director say":                      "",
	})
}

// "The russian official" on a subject, where two Russians are quoted, is
// the one whose words are on it: not the general quoted on the talks
// for what the governor of an occupied district said about the shelling.
func TestOneOfANationsOfficialsOnTheSubject(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"plant.txt": "Chlorine plant talks\n\nPublished 20 March 2061\n\n" +
			"The talks were co-chaired by Austria. Colonel Petro Hnatiuk headed the Ukrainian delegation; Major General Arkady Samsonov led the Russian one.\n\n" +
			"When Hnatiuk asked that the inspectors say who fired, \"We did not come to Vienna to be put on trial,\" came the reply from Samsonov.\n\n" +
			"Viktor Grebnev, the Moscow-appointed head of the occupied part of the district, told Russian state television that Ukrainian units had shelled the plant \"to manufacture a chemical incident for Western cameras\".\n",
	})
	checkSpeakers(t, e, []speakerCase{
		{"what does the russian official claim abt who shelled it", "Viktor Grebnev", "to manufacture a chemical incident"},
		{"what did the russian official say about being put on trial", "Arkady Samsonov", "We did not come to Vienna"},
	})
}

// A word for what someone does that is too rare for the frequency list
// ("agronomist") still calls a person: "what did the agronomist say" is
// the one the articles call that, and "hnatiuk the agronomist" is that
// Hnatiuk, not the colonel of the same name.
func TestRareWordForAPerson(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"farm.txt": "Farm hour\n\nPublished 12 June 2074\n\n" +
			"Colonel Taras Hnatiuk, who led the Ukrainian delegation, said the minefield maps were \"the most useful thing to come out of the talks\".\n\n" +
			"A field cleared of mines is not a field ready to crop. Lesia Hnatiuk, agronomist at the Nyva Pivdnia cooperative, explains: \"My advice is spring barley or sunflower now, and winter wheat only from mid-September.\"\n",
	})
	checkSpeakers(t, e, []speakerCase{
		{"what did the agronomist say", "Lesia Hnatiuk", "My advice is spring barley"},
		{"what did hnatiuk the agronomist say abt wat to plant", "Lesia Hnatiuk", "My advice is spring barley"},
	})
}

// "marchuk the village head": of two Marchuks, the one the words after
// "the" describe, as the question asks; never the other one.
func TestSurnameThenWhichOfThem(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"village.txt": "Evacuation\n\nPublished 14 May 2071\n\n" +
			"Dr Olena Marchuk, who runs the district hospital, said the wards were full. \"We have no beds left for anyone,\" she said.\n\n" +
			"In Ternivka, village head Vasyl Marchuk spent two days at the gate. \"Eleven people said no at first. By the last evening it was three,\" Marchuk said.\n",
	})
	checkSpeakers(t, e, []speakerCase{
		{"wat did marchuk the village head say abt ppl refusing to leave", "Vasyl Marchuk", "Eleven people said no"},
		{"marchuk the village head quote", "Vasyl Marchuk", "Eleven people said no"},
		{"what did marchuk the doctor say", "Olena Marchuk", "We have no beds left"},
	})
}
