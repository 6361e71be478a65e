package index

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Members call people by their given name ("what did oksana say"): it is
// the one person's who has it, even where a forum user's handle holds it
// in lower case ("u/oksana_fan_account"); with two of that name it is
// neither's.
func TestGivenNameAlone(t *testing.T) {
	wire := "Deal reached on the plant zone\n\nGENEVA, March 18 (Wire) - Ukraine and Russia agreed a demilitarised zone around the plant on Friday.\n\n\"We spoke for forty minutes and agreed on nothing but the coffee,\" said Oksana Hrytsenko, Ukraine's chief negotiator.\n\nThe Russian side was led by Viktor Lebedev, a deputy foreign minister.\n"
	forum := "# r/ukraine: Geneva deal thread\n\nPosted by u/oksana_fan_account, 302 points: she did well in there. Forty minutes with Lebedev and no walkout. Ping @oksana_watch for the clip.\n"
	other := "Second negotiator speaks\n\nKYIV, March 19 (Wire) - \"The zone is only a start,\" said Oksana Melnyk, an adviser to the energy ministry.\n"
	write := func(dir string, files map[string]string) string {
		for name, text := range files {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return dir
	}
	one := engineOfDir(t, write(t.TempDir(), map[string]string{"wire.txt": wire, "forum.md": forum}))
	if a := ask(t, one, "what did oksana say"); a.Speaker != "Oksana Hrytsenko" || len(a.Quotes) == 0 {
		t.Errorf("one Oksana: speaker %q with %d quotes, want Oksana Hrytsenko quoted", a.Speaker, len(a.Quotes))
	}
	// A surname in a dotted handle ("@o.hrytsenko") is no word the
	// articles write in lower case either: "did hrytsenko …" asks her.
	post := liveBlogPage(t)
	withPost := engineOfDir(t, write(t.TempDir(), map[string]string{"wire.txt": wire, "post.html": post}))
	if a := ask(t, withPost, "did hrytsenko confirm the coffee"); a.Speaker != "Oksana Hrytsenko" {
		t.Errorf("a dotted handle: speaker %q, want Oksana Hrytsenko", a.Speaker)
	}
	two := engineOfDir(t, write(t.TempDir(), map[string]string{"wire.txt": wire, "forum.md": forum, "other.txt": other}))
	if a := ask(t, two, "what did oksana say"); a.Speaker != "" {
		t.Errorf("two Oksanas: speaker %q, want neither", a.Speaker)
	}
}

// A familiar form of a given name ("sasha", "olya", "pasha") is the one person
// whose given name it shortens, asked what they said or who they are,
// even where the articles write the short form themselves; with two
// whose names it shortens, or someone called by it in full, it is not
// a guess between them.
func TestFamiliarFormOfGivenName(t *testing.T) {
	wire := "Corridor deal signed\n\nISTANBUL, March 2 (Wire) - \"Thirty-one ships are waiting in Chornomorsk,\" said Oleksandr Hrytsenko, Ukraine's deputy infrastructure minister. Hrytsenko, known in Odesa simply as Sasha, led the delegation.\n\n\"The teachers will go back first,\" said Olha Marchuk, a history teacher from Dibrivka.\n\n\"I counted every bus,\" said Sergeant Pavel Voronek, who crossed the bridge on the seventh.\n"
	other := "Port reopens\n\nODESA, March 3 (Wire) - \"The cranes need ten weeks,\" said Aleksandra Bondar, the harbour master.\n"
	named := "Convoy sails\n\nODESA, March 4 (Wire) - \"We sail at dawn,\" said Sasha Petrenko, a ship's cook.\n"
	one := engineOfFiles(t, map[string]string{"wire.txt": wire})
	for _, tt := range []struct{ q, speaker string }{
		{"what did sasha say", "Oleksandr Hrytsenko"},
		{"who is sasha", "Oleksandr Hrytsenko"},
		{"what did olya say", "Olha Marchuk"},
		// "pasha", a title too (an Ottoman governor's), is Pavel's
		{"who is pasha", "Pavel Voronek"},
	} {
		if a := ask(t, one, tt.q); a.Speaker != tt.speaker {
			t.Errorf("%q: speaker %q, want %s", tt.q, a.Speaker, tt.speaker)
		}
	}
	two := engineOfFiles(t, map[string]string{"wire.txt": wire, "other.txt": other})
	if a := ask(t, two, "what did sasha say"); a.Speaker != "" {
		t.Errorf("an Oleksandr and an Aleksandra: speaker %q, want neither", a.Speaker)
	}
	sasha := engineOfFiles(t, map[string]string{"wire.txt": wire, "named.txt": named})
	if a := ask(t, sasha, "what did sasha say"); a.Speaker != "Sasha Petrenko" {
		t.Errorf("with a Sasha: speaker %q, want Sasha Petrenko", a.Speaker)
	}
}

// A nickname an article gives ("whom colleagues call Kati") is the
// person's: "who is kati" is Katalin Fehérvári, and what another article
// has "Kati Fehérvári" say is hers, under her name.
func TestNicknameAnArticleGives(t *testing.T) {
	wire := "Train deal signed\n\nGENEVA, March 12 (Wire) - \"Timetables are a kind of trust,\" said Ambassador Katalin Fehérvári, the OSCE envoy who chaired the talks.\n\nFehérvári, a former railway lawyer from Debrecen whom colleagues call Kati, said the text had been rewritten 31 times.\n"
	show := "Crossing Lines\n\nPRESENTER: With me is Sir Adrian Whitcombe, a former diplomat.\n\nWHITCOMBE: A pilot is designed to find the wrong seals. I worked with Kati Fehérvári in Vienna for six years, and she once told me, \"Read the railway timetable, not the communiqué.\" I would take that.\n"
	e := engineOfFiles(t, map[string]string{"wire.txt": wire, "show.txt": show})
	if a := ask(t, e, "who is kati"); a.Speaker != "Katalin Fehérvári" {
		t.Errorf("who is kati: speaker %q, want Katalin Fehérvári", a.Speaker)
	}
	a := ask(t, e, "what did kati fehervari say about the timetable")
	if a.Speaker != "Katalin Fehérvári" {
		t.Fatalf("speaker %q, want Katalin Fehérvári", a.Speaker)
	}
	told := false
	for _, q := range a.Quotes {
		told = told || strings.HasPrefix(q.Text, "Read the railway timetable")
	}
	if !told {
		t.Errorf("what she told Whitcombe is not among her words: %+v", a.Quotes)
	}
}

// A full name with its possessive typed without the apostrophe ("whats
// ines carvalhos job") is the person's; so is a familiar form of the
// given name ("dani", of Danilo; "kaz", of Kasimir).
func TestFullNamePossessiveWithoutApostrophe(t *testing.T) {
	wire := "Dam deal renewed\n\nDAMSKOY, Aug 29 (Wire) - \"Both sides kept to the schedule,\" said Ines Carvalho, the Irish mediator who brokered the agreement.\n\n\"The gate will hold this season,\" said Danilo Marek, chief engineer of the dam.\n\n\"I will drive again on Thursday,\" said Kasimir Dunavel, whose truck went through the ice.\n"
	e := engineOfFiles(t, map[string]string{"wire.txt": wire})
	askedAs(t, e, []struct{ q, who string }{
		{"whats ines carvalhos job", "Ines Carvalho"},
		{"who is dani", "Danilo Marek"},
		{"what did kaz say", "Kasimir Dunavel"},
	})
}
