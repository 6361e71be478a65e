package corpus

import (
	"slices"
	"strings"
	"testing"
)

// A letters page: a writer signing with who they are and where they
// write from ("Viktor Sabo, retired dam engineer, Kavic") is a line of
// text, not a label dropped with the next letter's headline; an editor's
// note that says what the paper got wrong is a correction, kept under
// its own heading, since it says what is true.
func TestLettersPageSignaturesAndEditorsCorrection(t *testing.T) {
	text := `THE ALTHEIM COURIER – LETTERS
Wednesday, 16 June 2077

----------------------------------------------------------------------
"A dam that fails gives no warning at all"

As a Veldran who spent 34 years working on dams, may I offer your readers another view?

The engineers who opened those gates did not flood the town. The rain did.

Viktor Sabo, retired dam engineer, Kavic

----------------------------------------------------------------------
"Shame on the scroll-and-share crowd"

On Sunday morning I counted four posts claiming the dam had burst. It had not.

Tomas Benes, Hostin

----------------------------------------------------------------------
EDITOR'S NOTE: In Monday's edition we wrongly described Bogdan Ilic as the mayor of Dolna Brena. He is the mayor of Hostin.
`
	d, texts := loadOne(t, "letters.txt", text)
	if !slices.Contains(texts, "Viktor Sabo, retired dam engineer, Kavic") {
		t.Errorf("passages %q; want the signature with the writer's trade", texts)
	}
	i := slices.IndexFunc(texts, func(s string) bool { return strings.Contains(s, "wrongly described Bogdan Ilic") })
	if i < 0 {
		t.Fatalf("passages %q; want the editor's correction", texts)
	}
	if s := d.Passages[i].Section; s != "Correction" {
		t.Errorf("the editor's correction is under %q, want Correction", s)
	}
}

// A letter signed by a name the lexicon does not know, its surname an
// everyday word ("Ida Marsh, Orn", "Walter Brisk, Kessling"), is still
// its writer's, when the letter opens with a salutation ("Sir, …"); a
// headline in capitals between letters signs nothing.
func TestLetterSignedWithAnUnknownName(t *testing.T) {
	text := `THE VALDMAR HERALD
LETTERS TO THE EDITOR
Tuesday 19 April 2078 | Page 22

Write to: Letters Editor, The Valdmar Herald, 40 Harbour Street, Valdmar. Please include your full name and town.

----------------------------------------

ONE SIGNATURE AT A TIME

Sir, Your report on Saturday said the referendum petition had "over 400,000" signatures. The organisers say 410,000, and I am one of them. I signed not because I want the war back.

Ida Marsh, Orn

----------------------------------------

THE NUMBER 9 BUS

Sir, For the third week running, the number 9 bus from Kessling to the hospital has failed to appear on a Sunday morning.

Walter Brisk, Kessling

----------------------------------------

The Herald welcomes letters on any subject.
`
	d, _ := loadOne(t, "letters.txt", text)
	whose := map[string]string{}
	for _, q := range d.Quotes {
		whose[q.Text[:min(len(q.Text), 30)]] = q.Speaker
	}
	for start, want := range map[string]string{
		"Your report on Saturday said t": "Ida Marsh",
		"For the third week running, th": "Walter Brisk",
	} {
		if whose[start] != want {
			t.Errorf("the letter opening %q is %q's, want %s's (quotes %v)", start, whose[start], want, whose)
		}
	}
}
