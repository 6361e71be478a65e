package corpus

import (
	"testing"
	"testing/fstest"
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

// Two people of one surname stay two across the corpus, and a bare
// surname joins the one full name that has it.
func TestPeopleOfOneSurname(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt": {Data: []byte("First\n\nOlena Koval runs a bakery. \"We bake whatever happens in Berlin,\" she said.\n\nHer son, Andriy Koval, serves in a drone unit. \"A line on a map stops no one,\" he said.\n")},
		"b.txt": {Data: []byte("Second\n\nMarkus Reisner, an Austrian colonel, was skeptical.\n")},
		"c.txt": {Data: []byte("Third\n\n\"We must hope these guarantees are serious,\" said Reisner.\n")},
	}
	c, err := LoadFS(fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Person{}
	for _, p := range c.People {
		got[p.Name] = p
	}
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
