package index

import (
	"context"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/talksbot/talksbot/corpus"
)

func TestParseQuoteQuestion(t *testing.T) {
	tests := []struct {
		q          string
		who, about string
		ok         bool
	}{
		{"what did Peskov say", "Peskov", "", true},
		// A time after the one fronted says when, not who they are.
		{"and matusz after the mortars, what did he say", "matusz", "the mortars", true},
		{"the mayor during the blackout, what did she say", "mayor", "the blackout", true},
		{"What did the Kremlin spokesman say about security guarantees?", "Kremlin spokesman", "security guarantees", true},
		{"what has Zelenskyy said on NATO", "Zelenskyy", "NATO", true},
		{"Peskov’s remarks on the truce", "Peskov", "the truce", true},
		{"quotes from Claudia Major", "Claudia Major", "", true},
		{"any quotes from savenko?", "savenko", "", true},
		{"did Merz say anything about a ceasefire", "Merz", "a ceasefire", true},
		{"how did the Kremlin react to the statement", "Kremlin", "the statement", true},
		{"what Stewart said about Article 5", "Stewart", "Article 5", true},
		{"what did the italian fm promise in kyiv", "italian fm", "in kyiv", true},
		{"what does the french general think the force is for", "french general", "the force is for", true},
		{"how did the turkish mediator describe the deal", "turkish mediator", "the deal", true},
		{"the icrc guy in istanbul what did they say", "icrc guy in istanbul", "", true},
		{"and if the timetable slips? what did aydin say", "aydin", "and if the timetable slips", true},
		// The question before says what about, with where they said it.
		{"russia paying into the fund? what did voronin tell le monde", "voronin", "russia paying into the fund le monde", true},
		// A dash sets the sentence apart as a question mark does.
		{"amsler was asked if the interest belongs to russias central bank - what did she say", "amsler was asked if the interest belongs to russias central bank", "amsler was asked if the interest belongs to russias central bank", true},
		// "it" as all a question's subject is the sentence before.
		{"is it a treaty? what did the osce envoy call it", "osce envoy", "is it a treaty", true},
		{"the think tank guy ritter, what is his take on the reassurance force", "think tank guy ritter", "the reassurance force", true},
		// After "the", "state" and "think" are nouns, not the verb.
		{"what did the state dept spox say about the date", "state dept spox", "the date", true},
		// Nor is a verb that is a noun before a title: "state secretary".
		{"what did the german state secretary say about paying", "german state secretary", "paying", true},
		{"what did peskov state about the visit", "peskov", "the visit", true},
		{"what did the think tank lady say about the observers", "think tank lady", "the observers", true},
		// Nor is "think" in "think tank" anywhere in who.
		{"what did the warsaw think tank analyst tell meridian", "warsaw think tank analyst", "meridian", true},
		// What about, past a comma; "are … saying".
		{"what else did the chief negotiator add, smth about the first page", "chief negotiator", "the first page", true},
		{"what are kremlin officials saying about the deal", "kremlin officials", "the deal", true},
		// Whether someone said something: their words on it.
		{"did hauswirth say if the two delegation heads met", "hauswirth", "the two delegation heads met", true},
		{"and did she say when the reactors would restart", "she", "the reactors would restart", true},
		// "tell" before a word for a body is the verb, after a title or
		// a name ("the colonel", "zelenko"); "state" after "the" is not.
		{"what did the colonel tell parliament abt the message", "colonel", "parliament abt the message", true},
		{"what did zelenko tell parliament", "zelenko", "parliament", true},
		{"what did the state dept spox say", "state dept spox", "", true},
		// Words said again and again (questions.yaml going_on_verbs),
		// by any speech verb's -ing form; not "what is the union
		// telling boats to do", no question of words.
		{"what did pelin keep telling the conductor when he had chest pain", "pelin", "the conductor when he had chest pain", true},
		{"what is the union telling boats to do", "", "", false},
		// Whether someone said anything at all, however they are
		// described, and where or when.
		{"did the teacher who got freed say anything", "teacher who got freed", "", true},
		{"did stral himself say anything at the donor thing", "stral", "at the donor thing", true},
		// The person first, past a comma, then "how did she …".
		{"the malta minister in the press release, how did she say the deal has to work", "malta minister in the press release", "the deal has to work", true},
		// Not "and" as anyone: "how did he …" opens the question, and
		// "he" is who (the person answered about before).
		{"and how did he say moscow would hit back", "he", "moscow would hit back", true},
		{"major savchuk said what", "major savchuk", "", true},
		{"peskov said what exactly about the truce", "peskov", "the truce", true},
		// A request closing the question; what the person was doing is
		// what about.
		{"krasnodar depository director defending the move, any quote?", "krasnodar depository director", "the move", true},
		{"who said what about the dam", "", "", false},
		// A word saying how the question is asked is no part of who.
		{"what did the lawmaker actually say in parliament", "lawmaker", "in parliament", true},
		{"and what does she actually want out of the talks", "she", "out of the talks", true},
		// A sentence only asking for the words themselves closes the
		// question; the question before it says whose.
		{"did meireles ever say anything about the list of names? quote pls", "meireles", "the list of names", true},
		// Words describing a quote, or saying one exists, call no one.
		{"theres a quote about operators being cold or warm, what was it", "", "", false},
		{"exact words", "", "", false},
		// A question for a person is none for someone's words, whoever
		// it names; "who" inside a speaker opens a clause.
		{"who translated the tkachuk interview", "", "", false},
		{"what did the official who led the talks say", "official who led the talks", "", true},
		{"security guarantees", "", "", false},
		{"what is Article 5", "", "", false},
		{"what did the talks achieve", "", "", false},
		{"Who took part in the talks in Berlin?", "", "", false},
		{"what did the many many people from all over the world say", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			in, ok := parseQuoteQuestion(tt.q)
			if ok != tt.ok || in.who != tt.who || in.about != tt.about {
				t.Errorf("got (%q, %q, %v), want (%q, %q, %v)", in.who, in.about, ok, tt.who, tt.about, tt.ok)
			}
		})
	}
}

// handBuilt is a corpus where two people share a surname and another
// shares a role, to check that names resolve to the right person and that
// nobody is given someone else's words.
func handBuilt() *corpus.Corpus {
	doc := &corpus.Document{
		ID: "a.txt", Title: "Talks", Outlet: "Wire", Date: "2026-01-02",
		Passages: []corpus.Passage{
			{Text: `"We will sign nothing under pressure," said foreign minister Anna Koval.`, Paragraph: 1},
			{Text: `Her brother Ivan Koval, a farmer, was not at the talks.`, Paragraph: 2},
			{Text: `"The grain ships will sail on Monday," port director Oleh Marchuk said.`, Paragraph: 3},
			{Text: `Defence minister Petra Lind said the drones had been shot down. "Our skies are safer," Lind said.`, Paragraph: 4},
		},
		Quotes: []corpus.Quote{
			{Speaker: "Anna Koval", Role: "foreign minister", Text: "We will sign nothing under pressure,", Paragraph: 1},
			{Speaker: "Oleh Marchuk", Role: "port director", Text: "The grain ships will sail on Monday,", Paragraph: 3},
			{Speaker: "Petra Lind", Role: "defence minister", Text: "Our skies are safer,", Paragraph: 4},
		},
	}
	return &corpus.Corpus{
		Documents: []*corpus.Document{doc},
		People: []corpus.Person{
			{Name: "Anna Koval", Role: "foreign minister", Aliases: []string{"koval", "kovalj"}, Quotes: 1, Mentions: 1},
			{Name: "Ivan Koval", Role: "farmer", Aliases: []string{"koval"}, Mentions: 1},
			{Name: "Oleh Marchuk", Role: "port director", Aliases: []string{"marchuk", "oleg marchuk"}, Quotes: 1, Mentions: 1},
			{Name: "Petra Lind", Role: "defence minister", Aliases: []string{"lind"}, Quotes: 1, Mentions: 1},
		},
	}
}

func TestQuoteQuestions(t *testing.T) {
	e, err := Build(context.Background(), BuildOptions{Corpus: handBuilt()})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	tests := []struct {
		q       string
		speaker string
		status  SpeakerStatus
		quotes  []string
	}{
		{"what did Anna Koval say", "Anna Koval", SpeakerQuoted, []string{"We will sign nothing under pressure"}},
		{"what did Ivan Koval say", "Ivan Koval", SpeakerNotQuoted, nil},
		{"what did Koval say", "Anna Koval", SpeakerQuoted, []string{"We will sign nothing under pressure"}},
		{"what did Oleg Marchuk say", "Oleh Marchuk", SpeakerQuoted, []string{"The grain ships will sail on Monday"}},
		{"what did marchuck say", "Oleh Marchuk", SpeakerQuoted, []string{"The grain ships will sail on Monday"}},
		{"what did the port director say", "Oleh Marchuk", SpeakerQuoted, []string{"The grain ships will sail on Monday"}},
		{"what did the defense minister say", "Petra Lind", SpeakerQuoted, []string{"Our skies are safer"}},
		{"what did the foreign minister say", "Anna Koval", SpeakerQuoted, []string{"We will sign nothing under pressure"}},
		{"what did Lind say about drones", "Petra Lind", SpeakerQuoted, []string{"Our skies are safer"}},
		{"lind was asked if the skies over the country are any safer now - what did she say", "Petra Lind", SpeakerQuoted, []string{"Our skies are safer"}},
		{"what did Mikhail Fedorov say", "", SpeakerUnknown, nil},
		{"what did the farmer say", "Ivan Koval", SpeakerNotQuoted, nil},
		// A yes-no question about a named person's view asks for their words.
		{"does anna koval agree to sign under pressure?", "Anna Koval", SpeakerQuoted, []string{"We will sign nothing under pressure"}},
		{"is marchuk sure the grain ships will sail", "Oleh Marchuk", SpeakerQuoted, []string{"The grain ships will sail on Monday"}},
		{"does marchuk buy that the grain ships will sail", "Oleh Marchuk", SpeakerQuoted, []string{"The grain ships will sail on Monday"}},
		// What someone gives in words: a date, a figure.
		{"did marchuk give a date for the grain ships", "Oleh Marchuk", SpeakerQuoted, []string{"The grain ships will sail on Monday"}},
		{"has marchuk promised the grain ships will sail", "Oleh Marchuk", SpeakerQuoted, []string{"The grain ships will sail on Monday"}},
		// So does one asking a named person's view or reasons.
		{"what does marchuk expect for the grain ships", "Oleh Marchuk", SpeakerQuoted, []string{"The grain ships will sail on Monday"}},
		{"why does anna koval refuse to sign under pressure", "Anna Koval", SpeakerQuoted, []string{"We will sign nothing under pressure"}},
		// So does one about someone described.
		{"did the port director say the grain ships will sail", "Oleh Marchuk", SpeakerQuoted, []string{"The grain ships will sail on Monday"}},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			a, err := e.Ask(context.Background(), tt.q, AskOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Speaker != tt.speaker || a.SpeakerStatus != tt.status {
				t.Fatalf("speaker %q (%s), want %q (%s)", a.Speaker, a.SpeakerStatus, tt.speaker, tt.status)
			}
			if len(a.Quotes) != len(tt.quotes) {
				t.Fatalf("%d quotes, want %d: %+v", len(a.Quotes), len(tt.quotes), a.Quotes)
			}
			for i, q := range a.Quotes {
				if q.Speaker != tt.speaker || !strings.HasPrefix(q.Text, tt.quotes[i]) {
					t.Errorf("quote %d: %q by %q", i, q.Text, q.Speaker)
				}
				if strings.HasSuffix(q.Text, ",") {
					t.Errorf("quote keeps the comma of its sentence: %q", q.Text)
				}
			}
			if tt.status == SpeakerNotQuoted && len(a.Passages) == 0 {
				t.Error("no passages shown for a person mentioned but not quoted")
			}
			if tt.status == SpeakerUnknown && (a.Answered() || !strings.Contains(Render(a).Intro, "Mikhail Fedorov")) {
				t.Errorf("unknown person: answered %v, intro %q", a.Answered(), Render(a).Intro)
			}
		})
	}
}

func TestQuoteByName(t *testing.T) {
	e, err := Build(context.Background(), BuildOptions{Corpus: handBuilt()})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	a, err := e.Quote(context.Background(), "Lind", "", AskOptions{})
	if err != nil || a.Speaker != "Petra Lind" || len(a.Quotes) != 1 {
		t.Fatalf("Quote(Lind) = %+v, %v", a, err)
	}
	if _, err := e.Quote(context.Background(), " ", "", AskOptions{}); err != ErrEmptyQuestion {
		t.Errorf("Quote with no speaker: %v, want ErrEmptyQuestion", err)
	}
	e.Close()
	if _, err := e.Ask(context.Background(), "what did Lind say", AskOptions{}); err != ErrClosed {
		t.Errorf("after Close: %v, want ErrClosed", err)
	}
}

// FuzzAsk feeds arbitrary questions to the engine: it must answer or
// refuse an empty question, never panic, and never attribute a quote to
// anyone but the resolved speaker.
func FuzzAsk(f *testing.F) {
	for _, s := range []string{
		"what did Peskov say", "what did the Kremlin spokesman say about security guarantees",
		"Peskov’s remarks on", "security garantees", "", "?!", "what did  say", "quotes from",
		"what did the the the say", "\x00\xff", "wHaT DiD zElEnSkYy SaY???", "ÄÖÜ é ß ç",
		"what did " + strings.Repeat("a", 300) + " say",
	} {
		f.Add(s)
	}
	e, err := Build(context.Background(), BuildOptions{Corpus: embedded(f)})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		a, err := e.Ask(context.Background(), q, AskOptions{})
		if err == ErrEmptyQuestion {
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		for _, quote := range a.Quotes {
			if quote.Speaker != a.Speaker {
				t.Fatalf("%q: quote by %q in an answer about %q", q, quote.Speaker, a.Speaker)
			}
		}
		for _, p := range a.Passages {
			if strings.ReplaceAll(p.Highlight, "**", "") != strings.ReplaceAll(p.Text, "**", "") || !utf8.ValidString(p.Highlight) {
				t.Fatalf("%q: highlight changed the text: %q", q, p.Highlight)
			}
		}
	})
}

// FuzzParseEval: a relevance file is user input to `talksbot eval`.
func FuzzParseEval(f *testing.F) {
	for _, s := range []string{
		"- q: what did Peskov say\n  speaker: Dmitry Peskov\n  quotes: [\"We want peace\"]\n",
		"- q: who won\n  no_answer: true\n",
		"- q: x\n", "", "[]", "- {q: 1, expect: [a, b]}", "- q: [\n", "- q: x\n  typo: 1\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		cases, err := ParseEval([]byte(s))
		if err != nil {
			return
		}
		for _, c := range cases {
			if strings.TrimSpace(c.Question) == "" {
				t.Fatalf("accepted a case without a question: %+v", c)
			}
		}
	})
}

func TestParsePersonQuestion(t *testing.T) {
	tests := []struct {
		q, who string
		ok     bool
	}{
		{"who is Claudia Major?", "Claudia Major", true},
		{"Who's Peskov", "Peskov", true},
		{"tell me about Peskov", "Peskov", true},
		{"what do we know about Susan Stewart?", "Susan Stewart", true},
		{"tell me more about the major hurdle", "the major hurdle", true},
		{"umerov who", "umerov", true},
		{"kallas, who is that?", "kallas", true},
		{"nadia el amrani is who", "nadia el amrani", true},
		{"who exactly is pavel ignatov", "pavel ignatov", true},
		{"who is sarsenbayeva exactly", "sarsenbayeva", true},
		{"who's olya again", "olya", true},
		{"who is the plant director, background?", "the plant director", true},
		{"who's dr mensah - bio pls", "dr mensah", true},
		{"the guy who signed", "", false},
		{"what is the major hurdle", "", false},
		{"security guarantees", "", false},
		{"what did Peskov say", "", false},
		// Who does something, not who someone is.
		{"who is mediating the pow swaps", "", false},
		{"who is paying for the mission?", "", false},
		{"who is sterling ross", "sterling ross", true},
		// What someone is, asked by what they do.
		{"what does thomas reily do", "thomas reily", true},
		{"whats okafor's job", "okafor", true},
		// The name first, then what they do.
		{"larysa dovzenko wat does she do", "larysa dovzenko", true},
		{"haruki tanabe, whats his job?", "haruki tanabe", true},
		{"serhiy marchenko - what role", "serhiy marchenko", true},
		{"the deal what does it do", "", false},
		{"the ceasefire, what is the deadline", "", false},
		// A second question about the person after it.
		{"who is tomasz wielgosz and where does he work", "tomasz wielgosz", true},
		{"who is sanna halonen, is she related to the un general", "sanna halonen", true},
		{"whats the name of the saudi minister", "the saudi minister", true},
		{"what is the deal", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			who, ok := parsePersonQuestion(tt.q)
			if ok != tt.ok || who != tt.who {
				t.Errorf("got (%q, %v), want (%q, %v)", who, ok, tt.who, tt.ok)
			}
		})
	}
}

// A question naming a known person is answered about that person: their
// quotes and only passages that name them — not passages that merely use
// their surname as a word ("a major hurdle"). Words that name no one, or
// only a role, are searched as before.
func TestPersonQuestions(t *testing.T) {
	e, err := Build(context.Background(), BuildOptions{Corpus: embedded(t)})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	tests := []struct {
		q       string
		speaker string // "" for a search
		named   string // every passage names the person so
		first   string // the first passage contains this
	}{
		{"who is Claudia Major?", "Claudia Major", "Major", "Claudia Major"},
		{"who is major", "Claudia Major", "Major", "Claudia Major"},
		{"who is Susan Stewart", "Susan Stewart", "Stewart", "Susan Stewart"},
		{"tell me about Peskov", "Dmitry Peskov", "Peskov", "Dmitry Peskov"},
		{"tell me about peskof", "Dmitry Peskov", "Peskov", "Dmitry Peskov"},
		{"who is Merz", "Friedrich Merz", "Merz", "Friedrich Merz"},
		{"what is the major hurdle", "", "", "major hurdle"},
		{"tell me about the major hurdle", "", "", "major hurdle"},
		{"tell me about security", "", "", "security"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			a, err := e.Ask(context.Background(), tt.q, AskOptions{Limit: 10})
			if err != nil {
				t.Fatal(err)
			}
			if a.Speaker != tt.speaker {
				t.Fatalf("speaker %q, want %q", a.Speaker, tt.speaker)
			}
			if tt.speaker != "" && a.Kind != KindPerson {
				t.Errorf("kind %q, want %q", a.Kind, KindPerson)
			}
			for _, q := range a.Quotes {
				if q.Speaker != tt.speaker {
					t.Errorf("quote by %q in an answer about %q", q.Speaker, tt.speaker)
				}
			}
			if len(a.Passages) == 0 {
				t.Fatal("no passages")
			}
			if !strings.Contains(a.Passages[0].Text, tt.first) {
				t.Errorf("first passage %q does not contain %q", a.Passages[0].Text, tt.first)
			}
			for _, p := range a.Passages {
				if tt.named != "" && !strings.Contains(p.Text, tt.named) {
					t.Errorf("passage does not name %s: %q", tt.named, p.Text)
				}
			}
		})
	}
}

// A person named with what the articles say they are — a role, an
// organisation, a place they work — is that person, in a said question
// and in a bare one: "georgetown prof ellison on congress", "foreign
// ministry spokeswoman voloshyna".
func TestNameWithDescription(t *testing.T) {
	doc := &corpus.Document{ID: "d.txt", Title: "Guarantees", Outlet: "Wire", Date: "2025-12-17",
		Passages: []corpus.Passage{
			{Text: `"Congress will not pay for a promise it never voted on," said Margaret Ellison, a former official who now teaches at Georgetown.`, Paragraph: 1},
			{Text: `Iryna Voloshyna, the spokeswoman for Ukraine's foreign ministry, said: "We do not negotiate through the media."`, Paragraph: 2},
			{Text: `New sanctions were announced on Friday.`, Paragraph: 3},
		},
		Quotes: []corpus.Quote{
			{Speaker: "Margaret Ellison", Text: "Congress will not pay for a promise it never voted on,", Paragraph: 1},
			{Speaker: "Iryna Voloshyna", Text: "We do not negotiate through the media.", Paragraph: 2},
		},
	}
	c := &corpus.Corpus{Documents: []*corpus.Document{doc}, People: []corpus.Person{
		{Name: "Margaret Ellison", Role: "former official who now teaches at Georgetown", Aliases: []string{"ellison"}, Quotes: 1, Mentions: 1},
		{Name: "Iryna Voloshyna", Role: "spokeswoman for Ukraine's foreign ministry", Aliases: []string{"voloshyna"}, Quotes: 1, Mentions: 1},
	}}
	e := engineOf(t, c)
	for _, tt := range []struct{ q, speaker, quote string }{
		{"georgetown prof ellison on congress", "Margaret Ellison", "Congress will not pay"},
		{"foreign ministry spokeswoman voloshyna", "Iryna Voloshyna", "We do not negotiate"},
		{"sanctions and ellison", "", ""},
	} {
		t.Run(tt.q, func(t *testing.T) {
			a, err := e.Ask(context.Background(), tt.q, AskOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Speaker != tt.speaker {
				t.Fatalf("speaker %q, want %q", a.Speaker, tt.speaker)
			}
			if tt.quote != "" && (len(a.Quotes) == 0 || !strings.HasPrefix(a.Quotes[0].Text, tt.quote)) {
				t.Errorf("quotes %+v, want one starting %q", a.Quotes, tt.quote)
			}
		})
	}
}

// A yes-no question about what a named person did, not what they think
// or said, is not read as asking for their words.
func TestYesNoAboutADeedIsNoQuoteQuestion(t *testing.T) {
	e, err := Build(context.Background(), BuildOptions{Corpus: handBuilt()})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	for _, q := range []string{"did marchuk meet the pope in november", "is marchuk sure the grain ships will sail", "why was marchuk ok with the ships sailing on monday"} {
		a, err := e.Ask(context.Background(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if quote := a.Kind == KindQuote; quote != (strings.Contains(q, "sure") || strings.Contains(q, " ok ")) {
			t.Errorf("%q: read as a quote question: %v", q, quote)
		}
	}
}

// "why did X …" asks X's reasons, in X's words; "why is X …" asks a fact
// about X, searched.
func TestAsksWhyTheyDid(t *testing.T) {
	for q, want := range map[string]bool{
		"why did hrytsenko quit teaching":  true,
		"why does the mayor want buses":    true,
		"why is maksym a grade behind":     false,
		"why was the second transfer late": false,
		"what did hrytsenko say":           false,
	} {
		if got := asksWhyTheyDid(q); got != want {
			t.Errorf("asksWhyTheyDid(%q) = %v, want %v", q, got, want)
		}
	}
}

// A noun closing a question ("… deadline", "… venue") asks when or where
// of a thing, but after someone named and "on" it is what they are asked
// about: their words on it.
func TestNamedOnTheDeadline(t *testing.T) {
	e := engineOf(t, embedded(t))
	tests := []struct {
		q       string
		kind    asks
		speaker string
	}{
		{"peskov on the deadline", asksSaid, "Dmitry Peskov"},
		{"zelensky about the talks venue", asksSaid, "Volodymyr Zelensky"},
		{"talks deadline", asksWhen, ""},
		{"berlin talks venue?", asksWhere, ""},
		{"berlin talks date?", asksWhen, ""},
		{"berlin talks cost?", asksHowMany, ""},
		// "how long", "how much" after someone named and "on": what
		// they are asked about, not the question's kind.
		{"peskov on how long the talks could take", asksSaid, "Dmitry Peskov"},
		{"merz on how much europe will pay", asksSaid, "Friedrich Merz"},
		{"how long will peskov wait", asksHowMany, ""},
	}
	for _, tt := range tests {
		in := e.understand(tt.q)
		if in.kind != tt.kind {
			t.Errorf("%q: kind %q, want %q", tt.q, in.kind, tt.kind)
			continue
		}
		if tt.speaker == "" {
			continue
		}
		if a := ask(t, e, tt.q); a.Speaker != tt.speaker {
			t.Errorf("%q: answered for %q, want %q", tt.q, a.Speaker, tt.speaker)
		}
	}
}

// A sentence naming someone and what about, then "what did she say",
// asks their words on that ("norwegian ombudswoman on consent?? what did
// she say"): their quote on consent first, not the words naming them.
func TestNamedThenPronounAsksOnTheSubject(t *testing.T) {
	wire := `Children cross at Vilna Hora
Northline
2060-03-16

Solveig Haugland, Norway's children's ombudswoman, chairs the verification panel. "Nobody pays me for the panel. The Norwegian government pays my travel," Haugland said.

On the Vatican protocol, Haugland was firm. "Consent is not a signature on a form. It is a conversation with a child," she said.

"The buses left Sumy at nine and nobody was left behind," Haugland added.
`
	e := engineOfFiles(t, map[string]string{"wire.txt": wire})
	a, err := e.Ask(context.Background(), "norwegian ombudswoman on consent?? what did she say", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Solveig Haugland" || len(a.Quotes) == 0 || !strings.HasPrefix(a.Quotes[0].Text, "Consent is not a signature") {
		t.Errorf("speaker %q, quotes %+v; want Haugland's words on consent first", a.Speaker, a.Quotes)
	}
}

// In a transcript, an answer to a question naming someone speaks of
// them without naming them ("JONAS: Was the nuncio involved? Archbishop
// Wierzbicki?" / "HAUGLAND: He organised a great deal behind the
// scenes"): asked about them, that answer is among the passages.
func TestAnswerToAQuestionNamingThem(t *testing.T) {
	pod := `THE BACK CHANNEL — Episode 212

[00:00:08] JONAS: And I'm Jonas. Today's guest is Solveig Haugland, Norway's children's ombudswoman.

[00:00:15] HAUGLAND: Thank you. It is nice to be somewhere without a simultaneous interpreter.

[00:13:20] JONAS: Was the nuncio involved? Archbishop Wierzbicki?

[00:13:24] HAUGLAND: He organised a great deal behind the scenes, the rooms, the translators, the cars. You will not find him in any photograph.

[00:14:02] JONAS: And the money?

[00:14:05] HAUGLAND: Qatar pays for the buses and the escorts, and for the grandparents' travel.
`
	e := engineOfFiles(t, map[string]string{"pod.txt": pod})
	a, err := e.Ask(context.Background(), "what did archbishop wierzbicki do at the vatican", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Tomasz Wierzbicki" && !strings.Contains(a.Speaker, "Wierzbicki") {
		t.Fatalf("speaker %q, want Wierzbicki", a.Speaker)
	}
	if !slices.ContainsFunc(a.Passages, func(p Passage) bool { return strings.Contains(p.Text, "He organised a great deal") }) {
		t.Errorf("passages %v, want the answer about him", firstText(a))
	}
	if slices.ContainsFunc(a.Passages, func(p Passage) bool { return strings.Contains(p.Text, "Qatar pays") }) {
		t.Errorf("passages %v hold an answer to a question not naming him", firstText(a))
	}
}

// "How does a kid get on the list" asks how it goes for anyone: not the
// words of the one child the articles quote.
func TestHowForAnyone(t *testing.T) {
	wire := `Children cross at Vilna Hora
Northline
2060-03-16

"I want to see my dog," said Nadia Karimova, a child of nine from Kherson.

To get on the verified list, a child's name is checked against the parent's documents and a DNA test; only when all three agree is the child verified.
`
	e := engineOfFiles(t, map[string]string{"wire.txt": wire})
	for _, q := range []string{"how does a kid get on the verified list", "how does a child get on the verified list"} {
		a, err := e.Ask(context.Background(), q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Speaker != "" || len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "only when all three agree") {
			t.Errorf("%q: speaker %q, passages %v; want the passage on the list, no one's words", q, a.Speaker, firstText(a))
		}
	}
}

// A question closing on "date" asks when: "baku round date" is answered by
// the passage giving the round's date first, not by one on the round.
func TestClosingOnDateAsksWhen(t *testing.T) {
	e := engineOfDir(t, "testdata/corpus9")
	a := ask(t, e, "baku round date")
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "due to open in Baku on Nov. 18") {
		t.Errorf("baku round date: passages %q; want the one giving the date first", passageTexts(a))
	}
}

// A question closing on "amount", "cost" or "number" asks how much or how
// many: "eu pledge amount" is answered by the passage giving the sum.
func TestClosingOnAmountAsksHowMuch(t *testing.T) {
	e := engineOfDir(t, "testdata/corpus16")
	a := ask(t, e, "eu pledge amount")
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "EUR 1.05 billion") {
		t.Errorf("eu pledge amount: passages %q; want the one giving the sum first", passageTexts(a))
	}
}
