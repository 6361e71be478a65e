package corpus

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// Zelensky (one outlet) and Zelenskyy (another) are one person, with all
// spellings as aliases; someone only mentioned has no quotes.
func TestPeopleAcrossDocuments(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt": {Data: []byte("First\n\nUkraine's President Volodymyr Zelensky spoke in Berlin with Chancellor Friedrich Merz. \"We need clear security guarantees to prevent another invasion,\" Zelensky emphasized.\n")},
		"b.txt": {Data: []byte("Second\n\nUkrainian President Volodymyr Zelenskyy was upbeat after the meeting in the German capital. \"Security guarantees must be as strong as Article 5,\" Zelenskyy said.\n")},
	}
	c, err := LoadFS(fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var speakers []string
	for _, d := range c.Documents {
		for _, q := range d.Quotes {
			speakers = append(speakers, q.Speaker)
		}
	}
	if len(speakers) != 2 || speakers[0] != speakers[1] {
		t.Fatalf("speakers = %q, want one speaker for both spellings", speakers)
	}
	people := map[string]Person{}
	for _, p := range c.People {
		people[p.Name] = p
	}
	z, ok := people[speakers[0]]
	if !ok {
		t.Fatalf("speaker %q not in People %+v", speakers[0], c.People)
	}
	if z.Quotes != 2 || z.Mentions != 2 {
		t.Errorf("%s: quotes %d, mentions %d; want 2, 2", z.Name, z.Quotes, z.Mentions)
	}
	for _, a := range []string{"zelensky", "zelenskyy", "zelenskiy"} {
		if !contains(z.Aliases, a) {
			t.Errorf("%s aliases %q lack %q", z.Name, z.Aliases, a)
		}
	}
	m, ok := people["Friedrich Merz"]
	if !ok || m.Quotes != 0 || m.Mentions != 1 || !contains(m.Aliases, "merz") {
		t.Errorf("Friedrich Merz = %+v, ok %v; want mentioned once, never quoted, alias merz", m, ok)
	}
}

func TestHardWrappedTextIsJoined(t *testing.T) {
	d := parseTxt(t, "Wrapped article\n\nThe negotiators met again in Geneva on Tuesday, working from a draft\nthat has shrunk from 28 points to about 20, officials said.\n")
	want := "The negotiators met again in Geneva on Tuesday, working from a draft that has shrunk from 28 points to about 20, officials said."
	if len(d.Passages) != 1 || d.Passages[0].Text != want {
		t.Errorf("passages = %q, want one: %q", passageTexts(d), want)
	}
}

// Across documents, a person's role is the cleanest of the titles the
// articles give: "German Chancellor" over "Germany's Chancellor".
func TestPeopleRolesAcrossDocuments(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt": {Data: []byte("First\n\nEuropean leaders, including Germany's Chancellor Friedrich Merz and the UK's Prime Minister Keir Starmer, backed the plan.\n")},
		"b.txt": {Data: []byte("Second\n\nAt a joint press conference, German Chancellor Friedrich Merz and Zelenskyy were upbeat.\n\nJared Kushner, the son-in-law of US President Donald Trump, took part in the talks.\n")},
	}
	c, err := LoadFS(fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"Friedrich Merz": "German Chancellor",
		"Keir Starmer":   "UK Prime Minister",
		"Donald Trump":   "US President",
	}
	got := map[string]string{}
	for _, p := range c.People {
		got[p.Name] = p.Role
	}
	for name, role := range want {
		if got[name] != role {
			t.Errorf("%s role = %q, want %q (people %q)", name, got[name], role, got)
		}
	}
}

// peopleOf loads fsys and returns the corpus with its people by name.
func peopleOf(t *testing.T, fsys fstest.MapFS) (*Corpus, map[string]Person) {
	t.Helper()
	c, err := LoadFS(fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Person{}
	for _, p := range c.People {
		got[p.Name] = p
	}
	return c, got
}

// Two people of one surname stay two across the corpus, and a bare
// surname joins the one full name that has it.
func TestPeopleOfOneSurname(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt": {Data: []byte("First\n\nOlena Koval runs a bakery. \"We bake whatever happens in Berlin,\" she said.\n\nHer son, Andriy Koval, serves in a drone unit. \"A line on a map stops no one,\" he said.\n")},
		"b.txt": {Data: []byte("Second\n\nMarkus Reisner, an Austrian colonel, was skeptical.\n")},
		"c.txt": {Data: []byte("Third\n\n\"We must hope these guarantees are serious,\" said Reisner.\n")},
	}
	c, got := peopleOf(t, fsys)
	for _, name := range []string{"Olena Koval", "Andriy Koval", "Markus Reisner"} {
		if _, ok := got[name]; !ok {
			t.Errorf("%s missing from %v", name, c.People)
		}
	}
	if p := got["Markus Reisner"]; p.Quotes != 1 {
		t.Errorf("Reisner's quote from c.txt not joined to Markus Reisner: %+v", c.People)
	}
	if got["Olena Koval"].Gender != "female" || got["Andriy Koval"].Gender != "male" {
		t.Errorf("genders %q, %q", got["Olena Koval"].Gender, got["Andriy Koval"].Gender)
	}
}

// A record's field naming someone with their title ("Member: Oleh
// Marchuk, MP (…)" over a written question), left out of the passages
// as a label, still introduces them: "the mp marchuk" is him, not the
// doctor of that surname another file quotes.
func TestRecordFieldNamesSomeone(t *testing.T) {
	fsys := fstest.MapFS{
		"wq.txt":   {Data: []byte("VERKHOVNA RADA OF UKRAINE\nWRITTEN QUESTIONS AND ANSWERS\n\nQuestion reference: WQ-2075/0412\nMember: Oleh Marchuk, MP (single-member constituency No. 51, Kalynivsk)\nAddressed to: Minister of Energy\n\nQUESTION\n\nTo ask the Minister of Energy what steps the Ministry is taking to secure heat supply to Kalynivsk.\n\nANSWER\n\nThe Ministry has ordered a second fuel convoy, which will leave on 2 February.\n")},
		"news.txt": {Data: []byte("Hospital counts the cold\n\nDr Olena Marchuk, head of the emergency department, said on Friday: \"People come to us with blue lips and tell us they are fine.\"\n")},
	}
	c, got := peopleOf(t, fsys)
	if p, ok := got["Oleh Marchuk"]; !ok || !slices.Contains(p.Roles, "MP") {
		t.Errorf("Oleh Marchuk, MP, not among the people: %+v", c.People)
	}
	if p := got["Olena Marchuk"]; slices.Contains(p.Roles, "MP") {
		t.Errorf("the doctor was made an MP: %+v", p)
	}
}

// A court report's head names the judge with her title ("Presiding:
// Judge Corin Basta"), a label left out of the passages; "Judge Basta
// said" below is her, one person, not a second called "Basta".
func TestRecordFieldTitledName(t *testing.T) {
	fsys := fstest.MapFS{
		"court.txt": {Data: []byte("HOLLIN DISTRICT COURT\nCourt report - criminal division\nWednesday, 23 June 2077\n\nCase: State v. Rafael Kostin\nPresiding: Judge Corin Basta\nFor the prosecution: Emil Varga, deputy regional prosecutor\n\nTHE RULING\n\nJudge Basta said the gravity of the charge created a risk that he would leave the country. \"The court has heard enough to hold him for thirty days,\" she said.\n")},
	}
	c, got := peopleOf(t, fsys)
	if _, ok := got["Corin Basta"]; !ok {
		t.Errorf("Corin Basta not among the people: %+v", c.People)
	}
	if _, ok := got["Basta"]; ok {
		t.Errorf("a second person \"Basta\": %+v", c.People)
	}
}

// A record's field may give the title after the name in lower case, as
// court reports write it ("For the prosecution: Emil Varga, deputy
// regional prosecutor"): he is introduced all the same, and the words
// "Varga told the court" brings in below are his, under his title.
func TestRecordFieldLowerCaseTitle(t *testing.T) {
	fsys := fstest.MapFS{
		"court.txt": {Data: []byte("HOLLIN DISTRICT COURT\nCourt report - criminal division\nWednesday, 23 June 2077\n\nCase: State v. Rafael Kostin\nFor the prosecution: Emil Varga, deputy regional prosecutor\nFor the defence: Natalia Pirvu\n\nTHE HEARING\n\nVarga told the court that customs officers found the components on 17 June. He said the two thermal camera modules \"have no place on a crop sprayer\".\n")},
	}
	c, got := peopleOf(t, fsys)
	p, ok := got["Emil Varga"]
	if !ok || !slices.Contains(p.Roles, "deputy regional prosecutor") {
		t.Fatalf("Emil Varga, deputy regional prosecutor, not among the people: %+v", c.People)
	}
	for _, d := range c.Documents {
		for _, q := range d.Quotes {
			if strings.Contains(q.Text, "crop sprayer") && q.Speaker != "Emil Varga" {
				t.Errorf("%q credited to %q, want Emil Varga", q.Text, q.Speaker)
			}
		}
	}
}

// Two people of one surname, each called by it bare in another article,
// are each the one their own article points to: "Captain Bondar told us
// it was his fourteenth trip" is the man of that name, and the letter's
// "the nurse, Mrs Bondar" the nurse. The listener a teller addresses
// ("told him") says nothing of the teller.
func TestBareSurnameOfEachArticle(t *testing.T) {
	fsys := fstest.MapFS{
		"a_live.txt":   {Data: []byte("Ferry day\n\nCaptain Bondar told us it was his fourteenth trip across since dawn. \"My hands remember this river,\" he said.\n")},
		"b_essay.txt":  {Data: []byte("Faces of the crossing\n\nMykola Bondar, 61, has skippered the ferry for 26 years. He lost his deckhand in 2072.\n\nHalyna Bondar, head nurse at the district hospital, ran the first-aid tent. \"Most of them did not drink since yesterday,\" she said.\n")},
		"c_letter.txt": {Data: []byte("Letters\n\nThe nurse, Mrs Bondar, sat me down on a bench. \"The pension will wait for you; your heart will not,\" she told me.\n")},
	}
	c, got := peopleOf(t, fsys)
	speaker := func(text string) string {
		for _, d := range c.Documents {
			for _, q := range d.Quotes {
				if strings.Contains(q.Text, text) {
					return q.Speaker
				}
			}
		}
		return ""
	}
	if s := speaker("My hands remember"); s != "Mykola Bondar" {
		t.Errorf("the captain's words filed under %q, want Mykola Bondar", s)
	}
	if s := speaker("The pension will wait"); s != "Halyna Bondar" {
		t.Errorf("the nurse's words filed under %q, want Halyna Bondar", s)
	}
	if p := got["Halyna Bondar"]; slices.Contains(p.Roles, "Captain") {
		t.Errorf("the nurse given the captain's title: %+v", p)
	}

	fsys["a_live.txt"] = &fstest.MapFile{Data: []byte("Ferry day\n\nCaptain Bondar told him the crossing was closed. \"My hands remember this river,\" Bondar said.\n")}
	c, _ = peopleOf(t, fsys)
	if s := speaker("My hands remember"); s == "Mykola Bondar" || s == "Halyna Bondar" {
		t.Errorf("a Bondar of no gender given (\"told him\") filed under %q, want apart", s)
	}
}

// A file whose reading runs over its budget is skipped with the reason;
// the rest loads. (The budget here is a nanosecond, so the outcome does
// not depend on the machine: the big file is checked against it, the
// small one finishes before its first check.)
func TestReadBudgetSkipsAFile(t *testing.T) {
	fsys := fstest.MapFS{
		"small.txt": {Data: []byte("Small\n\n\"We want peace, not a pause,\" said Kremlin spokesman Dmitry Peskov.\n")},
		"big.txt":   {Data: oneParagraph(200 << 10)},
	}
	c, err := LoadFS(fsys, Options{ReadBudget: time.Nanosecond})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Documents) != 1 || c.Documents[0].ID != "small.txt" {
		t.Fatalf("documents %v, want small.txt only", c.Documents)
	}
	if len(c.Skipped) != 1 || c.Skipped[0].Path != "big.txt" || !strings.Contains(c.Skipped[0].Reason, "took too long") {
		t.Errorf("skipped %+v, want big.txt with the reason", c.Skipped)
	}
}

// A corpus's people.yaml adds people, titles and speech verbs with one
// line each: no Go edit. A bad one is reported and the built-in list used.
func TestCorpusPeopleFile(t *testing.T) {
	article := "Talks\n\n\"The line will hold through the winter,\" deadpanned Inspector Karl Brandt.\n\n\"Nobody here trusts the promises,\" Brandt deadpanned again.\n\nThe depot is run by Castellan Jan Olsen, who spoke briefly.\n"
	with := func(extra string) *Corpus {
		fsys := fstest.MapFS{"a.txt": {Data: []byte(article)}}
		if extra != "" {
			fsys[PeopleFile] = &fstest.MapFile{Data: []byte(extra)}
		}
		c, err := LoadFS(fsys, Options{})
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	roleOf := func(c *Corpus, name string) string {
		for _, p := range c.People {
			if p.Name == name {
				return p.Role
			}
		}
		return "(absent)"
	}
	base := with("")
	if n := len(base.Documents[0].Quotes); n != 2 || base.Documents[0].Quotes[0].Speaker != "" {
		t.Fatalf("without people.yaml: %+v (deadpanned is no speech verb yet)", base.Documents[0].Quotes)
	}
	if r := roleOf(base, "Jan Olsen"); r != "" {
		t.Fatalf("without people.yaml Jan Olsen's role is %q (castellan is no title yet)", r)
	}
	c := with(`
speech_verbs:
  - {form: deadpanned, kind: say, flags: [that]}
titles:
  - {word: castellan, kind: noun}
people:
  - {name: Karl Brandt, gender: male, role: Inspector of the Army, organisation: Bundeswehr, aliases: [Carl Brandt]}
`)
	if len(c.Skipped) != 0 {
		t.Fatalf("skipped %+v", c.Skipped)
	}
	for _, q := range c.Documents[0].Quotes {
		if q.Speaker != "Karl Brandt" {
			t.Errorf("quote %q by %q, want Karl Brandt", q.Text, q.Speaker)
		}
	}
	var brandt Person
	for _, p := range c.People {
		if p.Name == "Karl Brandt" {
			brandt = p
		}
	}
	if brandt.Gender != "male" || !contains(brandt.Aliases, "carl brandt") || !contains(brandt.Organisations, "Bundeswehr") {
		t.Errorf("Karl Brandt = %+v, want gender, alias and organisation from people.yaml", brandt)
	}
	if r := roleOf(c, "Jan Olsen"); r != "Castellan" {
		t.Errorf("Jan Olsen's role with the new title = %q, want Castellan", r)
	}
	bad := with("people:\n  - nme: typo\n")
	if len(bad.Skipped) != 1 || bad.Skipped[0].Path != PeopleFile || len(bad.Documents) != 1 {
		t.Errorf("a bad people.yaml: skipped %+v, documents %d", bad.Skipped, len(bad.Documents))
	}
}

// The people an article credits — its author, the reporters and editors
// of its credit lines — are listed with what the credit makes them, though
// its text never names them; a desk or an outlet in a credit is no one.
func TestCreditedPeople(t *testing.T) {
	text := `Prisoner swap talks gather pace
By Marta Kowal, Northline
December 18, 2025

Mediators are shuttling between Kyiv and Moscow with lists of names, officials said.

Northline Press writers Ivan Rudenko in Moscow and Sarah Kim in Washington contributed to this report.

Reporting by Tomasz Lis; Editing by Peter Ames
`
	c, err := LoadFS(fstest.MapFS{"swap.txt": {Data: []byte(text)}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, p := range c.People {
		got[p.Name] = p.Role
	}
	for name, role := range map[string]string{
		"Marta Kowal": "writer for Northline", "Ivan Rudenko": "correspondent for Northline",
		"Sarah Kim": "correspondent for Northline", "Tomasz Lis": "reporter for Northline", "Peter Ames": "editor for Northline",
	} {
		if got[name] != role {
			t.Errorf("%s: role %q, want %q (people %v)", name, got[name], role, got)
		}
	}
	if len(got) != 5 {
		t.Errorf("people %v, want the five credited", got)
	}
}

// A byline's name is its author's whatever given name it has ("Sofiia",
// a spelling the lexicon lacks; "Sofia", a city too); a desk's is no one.
func TestBylineNamesAnyGivenName(t *testing.T) {
	for _, tt := range []struct{ byline, want string }{
		{"By Sofiia Tkach, Kharkiv", "Sofiia Tkach"},
		{"By Sofia Brandt", "Sofia Brandt"},
		{"By Courier Staff", ""},
	} {
		text := "Children come home\n" + tt.byline + "\nApril 18, 2034\n\nTwo hundred and twelve children crossed at Hoptivka, officials said.\n"
		c, err := LoadFS(fstest.MapFS{"a.txt": {Data: []byte(text)}}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, p := range c.People {
			names = append(names, p.Name)
		}
		if tt.want == "" && len(names) > 0 || tt.want != "" && (len(names) != 1 || names[0] != tt.want) {
			t.Errorf("%q: people %v, want %q", tt.byline, names, tt.want)
		}
	}
}

// Each credited person keeps where they are credited: the article and
// the line as printed, merged over articles, at most MaxCredits.
func TestCreditedPeopleKeepTheirCredits(t *testing.T) {
	fsys := fstest.MapFS{}
	for i, day := range []string{"14", "15", "16", "17", "18"} {
		fsys[fmt.Sprintf("swap%d.txt", i)] = &fstest.MapFile{Data: []byte(`Prisoner swap talks, day ` + day + `
By Marta Kowal, Northline
December ` + day + `, 2025

Mediators are shuttling between Kyiv and Moscow with lists of names, officials said on day ` + day + `.

Northline Press writers Ivan Rudenko in Moscow and Sarah Kim in Washington contributed to this report.
`)}
	}
	c, err := LoadFS(fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range c.People {
		if p.Name != "Sarah Kim" {
			continue
		}
		if len(p.Credits) != MaxCredits {
			t.Fatalf("Sarah Kim credited %d times, want %d: %+v", len(p.Credits), MaxCredits, p.Credits)
		}
		c0 := p.Credits[0]
		if c0.Doc != "swap0.txt" || c0.Outlet != "Northline" || c0.Line != "Northline Press writers Ivan Rudenko in Moscow and Sarah Kim in Washington contributed to this report." {
			t.Errorf("first credit %+v", c0)
		}
		return
	}
	t.Fatal("Sarah Kim is not among the people")
}

// A capital is no person where a brief's words make it look like one
// ("the Baku understandings", under "Zaporizhzhia after Baku"):
// Azerbaijan's capital is in the nationalities data with its country, as
// Moscow is with Russia's.
func TestCapitalIsNoPerson(t *testing.T) {
	text := "# Zaporizhzhia after Baku: five conditions for a nuclear safety perimeter that works\n\n**Policy Brief No. 3/2028 | Vienna, 27 January 2028**\n\n**Dr Tobias Brandauer**, Senior Fellow, Nuclear Security Programme, Kahlenberg Institute for Security Policy, Vienna\n\n## Executive summary\n\nThe fourth round of Russia-Ukraine talks, which closed in Baku on 22 January 2028, produced the first written commitments on the Zaporizhzhia Nuclear Power Plant (ZNPP) since the plant was seized in March 2022. The so-called Baku understandings expand the team of the International Atomic Energy Agency (IAEA) on site, promise to restore a key high-voltage line and create a technical working group in Vienna. They leave the hardest questions, ownership and operation, untouched.\n"
	c, err := LoadFS(fstest.MapFS{"brief.md": {Data: []byte(text)}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range c.People {
		if p.Name == "Baku" {
			t.Errorf("a capital taken for a person: %+v", p)
		}
	}
}

// A newsletter's sign-off (a name alone, then a title) credits its
// writer: "who is nadia ostrowska" is answered with what she is. So does
// a commentary's, signed with a dash and an honorific over a title that
// opens with the words qualifying it ("— Dr Kateryna Lysenko" / "Senior
// Fellow, …").
func TestSignOffCreditsItsWriter(t *testing.T) {
	for _, tt := range []struct{ signed, name, role string }{
		{"Nadia Ostrowska\nEditor, The Ceasefire Desk", "Nadia Ostrowska", "Editor, The Ceasefire Desk"},
		{"— Dr Kateryna Lysenko\nSenior Fellow, Centre for Eastern European Mediation", "Kateryna Lysenko", "Senior Fellow, Centre for Eastern European Mediation"},
	} {
		text := `From: The Ceasefire Desk <desk@ceasefiredesk.example>
Subject: Week one at Zaporizhzhia
Date: April 12, 2030

Russian units completed their pullback from the plant on Thursday.

That's all for this week. See you next Friday.

` + tt.signed + `

Unsubscribe | Update your preferences
`
		c, err := LoadFS(fstest.MapFS{"digest.txt": {Data: []byte(text)}}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, p := range c.People {
			if p.Name == tt.name {
				found = true
				if p.Role != tt.role {
					t.Errorf("%s's role %q, want the sign-off's title", tt.name, p.Role)
				}
			}
		}
		if !found {
			t.Errorf("the sign-off's writer %s is not among the people: %+v", tt.name, c.People)
		}
	}
}

// Transcribed voice notes, each under a "From:" line naming its sender
// with no address and a few fields, are the senders' words: the
// first-person note under each is theirs, the fields ("Village:
// Verbivka") and the page's closing note are no one's.
func TestVoiceNotesUnderFromLines(t *testing.T) {
	text := `READER VOICE NOTES
Project: Voices from the strip

==================================================

From: Vira Shevchuk
Village: Verbivka
Duration: 1:52

Good evening, it's Vira from Verbivka. I was the first one through the gate this morning. My hands are still shaking, but from the engine.

==================================================

From: Anatoly Zuyev
Village: Nova Dolyna
Duration: 2:40

This is Anatoly Zuyev, the other side. I want to say something about the crossing: three hours in a queue at five in the morning.

==================================================

[End of batch. 2 notes. Audio files archived under project code SUKHA-VN-07.]
`
	d, err := ParseFile("notes.txt", []byte(text), nil)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"Good evening, it's Vira": "Vira Shevchuk", "This is Anatoly Zuyev": "Anatoly Zuyev"}
	got := map[string]bool{}
	for _, q := range d.Quotes {
		for start, who := range want {
			if strings.HasPrefix(q.Text, start) {
				got[start] = true
				if q.Speaker != who {
					t.Errorf("%q… by %q, want %s", start, q.Speaker, who)
				}
			}
		}
		if strings.Contains(q.Text, "Verbivka") && !strings.HasPrefix(q.Text, "Good evening") || strings.Contains(q.Text, "End of batch") {
			t.Errorf("%q given to %q", q.Text, q.Speaker)
		}
	}
	for start := range want {
		if !got[start] {
			t.Errorf("the note %q… is no one's quote: %+v", start, d.Quotes)
		}
	}
}

// A quotation boxed between rules in Markdown has its credit on the line
// above the closing rule, which Markdown reads as a heading: a line
// opening with a dash credits the quotation, and its speaker is who it
// names. A letters page's signatures ("Olena Hrytsak, Vinnytsia") under
// each letter are kept, so the writer is someone the corpus names, with
// where they write from.
func TestBoxedCreditAndSignedLetters(t *testing.T) {
	release := "# Thirty-seven children safe in Doha\n\nThe Ministry confirms that all 37 children are safe.\n\n" +
		"> ---\n> **\"Every child who comes home will be met by a psychologist, a doctor and a social worker.\"**\n>\n> — Oksana Tkach, spokesperson for the Ministry of Reintegration of Ukraine\n> ---\n\n" +
		"The Ministry has set up a support programme for returning children.\n"
	letters := "Title: Letters: our children are not a bargaining chip\nOutlet: Podillia Courier\nDate: 29 January 2028\n\n" +
		"Here is a selection of your letters.\n\nTHE LIST MUST COME ON TIME\n\n" +
		"So when I read that Russia has promised a full list of our deported children by 15 February, I did not celebrate.\n\n" +
		"Olena Hrytsak, Vinnytsia\n\nA GOOD DAY ON THE BORDER\n\n" +
		"On Wednesday my brother-in-law came home in the exchange. I want to thank everyone who made it possible.\n\n" +
		"Mykola Shevchuk, Zhmerynka\n"
	c, err := LoadFS(fstest.MapFS{"release.md": {Data: []byte(release)}, "letters.txt": {Data: []byte(letters)}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var quoted bool
	for _, d := range c.Documents {
		for _, q := range d.Quotes {
			if strings.HasPrefix(q.Text, "Every child who comes home") {
				quoted = q.Speaker == "Oksana Tkach"
			}
		}
	}
	if !quoted {
		t.Error("the boxed quotation is not Oksana Tkach's")
	}
	roles := map[string]string{}
	for _, p := range c.People {
		roles[p.Name] = p.Role
	}
	for name, want := range map[string]string{"Olena Hrytsak": "from Vinnytsia", "Mykola Shevchuk": "from Zhmerynka"} {
		if roles[name] != want {
			t.Errorf("%s: role %q, want %q (people %v)", name, roles[name], want, roles)
		}
	}
}

// A committee record's turn with the member's constituency in brackets
// is a turn, however short: "Ms Naomi Tesfaye (Winnipeg Riverside, NDP):
// Will any Canadian staff be armed?" is her question, not a heading over
// the witness's answer.
func TestShortTurnWithABracketedLabel(t *testing.T) {
	text := "Standing Committee on Foreign Affairs\nEvidence\nMarch 3, 2032\n\n" +
		"Ms Naomi Tesfaye (Winnipeg Riverside, NDP): What about the Ukrainian workers? Many of these people were forced out. Who is looking after them?\n\n" +
		"Ms Geneviève Arsenault (Assistant Deputy Minister, Department of Foreign Affairs): About 2,400 former plant employees have registered with the programme.\n\n" +
		"Ms Naomi Tesfaye (Winnipeg Riverside, NDP): Will any Canadian staff be armed?\n\n" +
		"Col Darren Okafor (Commander-designate, Canadian Monitoring Contingent): No. Nobody in the mission is armed.\n"
	c, err := LoadFS(fstest.MapFS{"committee.txt": {Data: []byte(text)}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, q := range c.Documents[0].Quotes {
		if q.Speaker == "Naomi Tesfaye" {
			got = append(got, q.Text)
		}
	}
	if len(got) != 2 || got[1] != "Will any Canadian staff be armed?" {
		t.Errorf("Naomi Tesfaye's quotes %q, want her two questions", got)
	}
	for _, p := range c.Documents[0].Passages {
		if strings.HasPrefix(p.Section, "Ms Naomi Tesfaye") {
			t.Errorf("a turn read as a heading over %q", p.Text)
		}
	}
}

// A title closing with a place and a date ("Briefing by Foreign Ministry
// Spokeswoman Alevtina Sorokina, Moscow, March 18, 2043") gives the
// article its place when no dateline does; a place the people lexicon
// does not know as a country's, or a title with no date after it, gives
// none.
func TestTitlePlace(t *testing.T) {
	for title, want := range map[string]string{
		"Briefing by Foreign Ministry Spokeswoman Alevtina Sorokina, Moscow, March 18, 2043": "Moscow",
		"Statement by the Ministry, Kyiv, 17 July 2028":                                      "Kyiv",
		"Briefing by the spokeswoman, Moscow":                                                "",
		"Talks resume, Lugano Palace, March 18, 2043":                                        "",
		"Peace talks in Geneva, Switzerland":                                                 "",
	} {
		if got := titlePlace(title); got != want {
			t.Errorf("%q: place %q, want %q", title, got, want)
		}
	}
}

// A briefing's head names its speaker on a line of its own ("by the
// Spokesperson of the Ministry, Daryna Solovei"), left out of the
// passages; her answers below are labelled by surname alone. They are
// hers. And a broadcast label's bracket saying how a clip is given
// ("VASHCHENKO (INTERPRETED):") is no part he plays, nor a constituency.
func TestHeadLinesNameTheLabelledSpeakers(t *testing.T) {
	d := parseTxt(t, `MINISTRY OF FOREIGN AFFAIRS OF UKRAINE
Press Service

TRANSCRIPT OF THE DAILY BRIEFING
by the Spokesperson of the Ministry, Daryna Solovei

Kyiv, Monday, 27 April 2048, 12:00

SOLOVEI: Good afternoon, colleagues. Before your questions, three points about the exchange.

QUESTION 1 (Ukrinform): When can we expect the second stage of the exchange?

SOLOVEI: I understand the impatience, and I share it. A date becomes a promise only when both lists are agreed.

VASHCHENKO (INTERPRETED): Today is not the end of it. It is the first step for the families.
`)
	who := map[string]int{}
	for _, q := range d.Quotes {
		who[q.Speaker]++
	}
	if who["Daryna Solovei"] != 2 {
		t.Errorf("quotes by speaker %v, want Daryna Solovei's two answers", who)
	}
	// "the Ministry" of her title is the one the masthead names.
	for _, p := range d.People {
		if p.Name == "Daryna Solovei" && !slices.Contains(p.Roles, "Spokesperson of the Ministry of Foreign Affairs of Ukraine") {
			t.Errorf("Daryna Solovei: roles %q lack the ministry the masthead names", p.Roles)
		}
	}
	for _, p := range d.People {
		for _, r := range p.Roles {
			if strings.Contains(r, "INTERPRETED") {
				t.Errorf("%s: role %q from a clip's stage cue", p.Name, r)
			}
		}
	}
	// The spokesman named on the line under a briefing's title, read as
	// a byline's role: "MR. HALVORSEN:" is him.
	d = parseTxt(t, `U.S. DEPARTMENT OF STATE
DEPARTMENT PRESS BRIEFING
Daniel Halvorsen, Deputy Department Spokesperson
Washington, D.C.
Tuesday, May 4, 2027

MR. HALVORSEN: Good afternoon, everybody. Two things at the top before your questions today.

QUESTION: Is the date of the signing agreed?

MR. HALVORSEN: The date is the date. We are planning for a ceremony, not a fallback.
`)
	who = map[string]int{}
	for _, q := range d.Quotes {
		who[q.Speaker]++
	}
	if who["Daniel Halvorsen"] != 2 {
		t.Errorf("quotes by speaker %v, want Daniel Halvorsen's two answers", who)
	}
}

// A title held no longer reads as lists of people write it: "former
// Ukrainian Minister of Foreign Affairs", not "Ukrainian former …".
func TestFormerTitleReadsPlain(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt": {Data: []byte("Column\n\nMarko Shevchuk was Ukraine's Minister of Foreign Affairs from 2041 to 2045. He now teaches law.\n")},
	}
	c, err := LoadFS(fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range c.People {
		if p.Name == "Marko Shevchuk" && p.Role != "former Ukrainian Minister of Foreign Affairs" {
			t.Errorf("role %q, want former Ukrainian Minister of Foreign Affairs", p.Role)
		}
	}
}

// A reporter's byline is the line that credits them with an article, not
// a photo credit of theirs in a caption the page printed first: "who
// wrote it" cites the byline.
func TestCreditIsTheBylineNotAPhotoCredit(t *testing.T) {
	doc := &Document{ID: "nikopol.html", Title: "Water returns to Nikopol", Author: "Olena Tkachuk", Skipped: []string{
		whyCaption + ": A woman fills a kettle in Nikopol on Monday evening. Photo: Olena Tkachuk / The Dnipro Courier",
		"outside the article: By Olena Tkachuk in Nikopol · Tuesday 23 June 2037, 07:10",
	}}
	ps := creditedPeople(doc, defaultLexicon())
	if len(ps) != 1 || len(ps[0].Credits) != 1 {
		t.Fatalf("people %+v, want Olena Tkachuk credited once", ps)
	}
	if got := ps[0].Credits[0].Line; got != "By Olena Tkachuk in Nikopol · Tuesday 23 June 2037, 07:10" {
		t.Errorf("credit line %q, want the byline", got)
	}
	// Only a caption credits her: it is the line there is.
	doc.Skipped = doc.Skipped[:1]
	if ps := creditedPeople(doc, defaultLexicon()); len(ps) != 1 || !strings.Contains(ps[0].Credits[0].Line, "Photo: Olena Tkachuk") {
		t.Errorf("people %+v, want the caption's credit", ps)
	}
}

// A country the articles invent is no person when its people's
// adjective closes a sentence ("Merevia says it was Kharaskan."): "who
// runs the coordination centre" never answers "Kharask".
func TestCountryAdjectiveBeforeAFullStop(t *testing.T) {
	text := `THE STRAIT TONIGHT
TRANSCRIPT - produced from the live broadcast

PRESENTER: Good evening. Four days before Kharask says it will pull its inspectors out of Pelk Roads, the grain corridor is still open. First, this is what Kharask's Defence Ministry said yesterday.

PRESENTER: Kharask says the mine was Merevian. Merevia says it was Kharaskan. Who is right?

SELIN OKAFOR-BRANDT: Mines don't carry passports. What matters is that the lane is swept before the next ship sails.
`
	d, _ := loadOne(t, "transcript.txt", text)
	for _, p := range d.People {
		if p.Name == "Kharask" {
			t.Errorf("the country Kharask read as a person: %+v", d.People)
		}
	}
}
