package people

import (
	"slices"
	"testing"
)

// A writer's other word for someone just named ("Marchenko … the baker
// said") credits them and becomes a role to ask by; the same words
// crediting someone else stay no one's.
func TestEpithetForSomeoneJustNamed(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		quote string // the quotation's words
		want  string // its speaker; "" for no one
	}{
		{
			name: "the subject of the sentence before",
			paras: []string{
				"Olena Marchenko, 54, has run a small bakery near Freedom Square since 2009.",
				"Back at the bakery, Marchenko handed a customer a loaf still warm from the oven. \"People need bread whether there is a war or not,\" the baker said.",
			},
			quote: "People need bread", want: "Olena Marchenko",
		},
		{
			name:  "the one named is no subject",
			paras: []string{"Police arrested Serhiy Petrenko on Monday. \"He is innocent and the court will see that very soon,\" the lawyer said."},
			quote: "He is innocent", want: "",
		},
		{
			name: "the subject of the paragraph before, the quotation opening the next",
			paras: []string{
				"Olena Marchenko, 54, has run a small bakery near Freedom Square since 2009.",
				"\"People need bread whether there is a war or not,\" the baker said.",
			},
			quote: "People need bread", want: "Olena Marchenko",
		},
		{
			name: "the one the paragraph before names is no subject",
			paras: []string{
				"Police arrested Serhiy Petrenko on Monday.",
				"\"He is innocent and the court will see that very soon,\" the lawyer said.",
			},
			quote: "He is innocent", want: "",
		},
		{
			name:  "the word brought in someone unnamed",
			paras: []string{"Olena Marchenko handed a customer a loaf. \"Thank you, I will come back for another one tomorrow,\" the customer said."},
			quote: "Thank you", want: "",
		},
		{
			name:  "two people named",
			paras: []string{"Olena Marchenko and Iryna Tkachenko argued all week. \"Nobody has asked us what we are ready to give up,\" the teacher said."},
			quote: "Nobody has asked us", want: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs, d := analyse(paras(tt.paras...))
			q := quoteHolding(t, qs, tt.quote)
			if q.Speaker != tt.want {
				t.Errorf("%q credited to %q, want %q", tt.quote, q.Speaker, tt.want)
			}
			if tt.want != "" && !slices.Contains(rolesOf(d)[tt.want], "baker") {
				t.Errorf("%s's roles %q, want the baker among them", tt.want, rolesOf(d)[tt.want])
			}
		})
	}
}

// A live blog's entry read as one paragraph names several people in
// turn: "the farmer said" after Mykola Savchuk's sentence is his, though
// the entry named Iryna Kovalchuk first, and someone named only as an
// owner ("Kovalchuk's team") does not stand in his way. Named second in
// his sentence, he is no subject.
func TestEpithetInALongParagraph(t *testing.T) {
	text := `Iryna Kovalchuk, a field manager with the Fenix Demining Group, spoke to us by video from a field near Izium. "People want a date. I give them a map," she said. Mykola Savchuk, whose farm borders the field where Kovalchuk's team was working, has not planted wheat since 2022. "I just want to drive my tractor without praying first," the farmer said.`
	qs, _ := analyse(paras(text))
	if q := quoteHolding(t, qs, "I just want to drive"); q.Speaker != "Mykola Savchuk" {
		t.Errorf("the farmer's words credited to %q, want Mykola Savchuk", q.Speaker)
	}
	other := `Iryna Kovalchuk, a field manager with the Fenix Demining Group, spoke to us by video. Police later questioned Mykola Savchuk about the field. "I just want to drive my tractor without praying first," the farmer said.`
	qs, _ = analyse(paras(other))
	if q := quoteHolding(t, qs, "I just want to drive"); q.Speaker != "" {
		t.Errorf("Savchuk is no subject: the farmer's words credited to %q, want no one", q.Speaker)
	}
}

// quotesBy maps each quotation's text to its speaker.
func quotesBy(qs []Quote) map[string]string {
	out := map[string]string{}
	for _, q := range qs {
		out[q.Text] = q.Speaker
	}
	return out
}

// "The chief" is the Chief Fire Officer the text named, a word opening
// his title; not a Deputy Chief, who is second to a chief.
func TestTheChiefOpensTheTitle(t *testing.T) {
	got := quotesBy(first(analyse(paras(
		`Chief Fire Officer Pavel Dorn has led the crews of the valley for thirty years.`,
		`"We fought with one hand tied until the planes came," the chief said.`,
	))))
	if s := got["We fought with one hand tied until the planes came,"]; s != "Pavel Dorn" {
		t.Errorf("the chief's words by %q, want Pavel Dorn", s)
	}
	got = quotesBy(first(analyse(paras(
		`Deputy Chief Constable Maria Hale spoke to the families on Monday.`,
		`"Nobody leaves the cordon tonight," the chief said.`,
	))))
	if s := got["Nobody leaves the cordon tonight,"]; s != "" {
		t.Errorf("the chief's words by %q, the deputy chief: want no one", s)
	}
}

// A paragraph opening with a word for what someone is by their life
// ("The veteran says …") goes on with the one person the paragraph
// before quoted; a title there ("The minister says …") is not them.
func TestOpeningLifeWordIsTheOneJustQuoted(t *testing.T) {
	got := quotesBy(first(analyse(paras(
		`Chief Fire Officer Pavel Dorn has led the crews of the valley for thirty years.`,
		`"We fought with one hand tied until the planes came," the chief said.`,
		`The veteran says the real work was done on foot. "Every metre we cut, somebody walked first with a detector," he said.`,
		`Olena Bondar, a farmer from Osenik, lost her barn. "We saved the cows," she said.`,
		`The minister says the money will come. "Every farm will be paid," he said.`,
	))))
	if s := got["Every metre we cut, somebody walked first with a detector,"]; s != "Pavel Dorn" {
		t.Errorf("the veteran's words by %q, want Pavel Dorn", s)
	}
	if s := got["Every farm will be paid,"]; s == "Olena Bondar" {
		t.Errorf("an unnamed minister's words given to the farmer quoted before")
	}
}

func first(qs []Quote, _ *Document) []Quote { return qs }

// A paragraph opening with a kind of what the text has called the one
// person the paragraph before names ("Dr Teodor Brannik" / "The surgeon,
// who …, told us": a surgeon is a doctor, person_nouns.tsv) goes on
// with them; not a kind of something else ("The pilot …" after a
// doctor).
func TestOpeningKindOfTheirTitle(t *testing.T) {
	got := quotesBy(first(analyse(paras(
		`Dr Teodor Brannik, who runs the trauma ward at the field hospital, refused to let the exchange start in list order.`,
		`The surgeon, who has operated on soldiers from both banks, told us the row lasted "about forty minutes, which is a long time".`,
		`Dr Ilse Marek, who runs the clinic at the airfield, stayed on the bridge until noon.`,
		`The pilot, who has flown the route since May, told us the crossing took "about forty minutes, which felt like a day".`,
	))))
	if s := got["about forty minutes, which is a long time"]; s != "Teodor Brannik" {
		t.Errorf("the surgeon's words by %q, want Teodor Brannik", s)
	}
	if s := got["about forty minutes, which felt like a day"]; s != "" {
		t.Errorf("an unnamed pilot's words given to %q", s)
	}
}

// "the retired nurse": what someone is by their life (words.tsv
// lifemod) says nothing of which nurse, and the words before the noun
// may push the quotation further back than "the nurse" would.
func TestEpithetOfWhatSomeoneWas(t *testing.T) {
	qs, d := analyse(paras(
		"Lidiia Hnatiuk, 68, worked for thirty-one years in the plant's medical unit.",
		"\"I used to check the pressure of men who ran reactors,\" the retired nurse said.",
	))
	if q := quoteHolding(t, qs, "I used to check"); q.Speaker != "Lidiia Hnatiuk" {
		t.Errorf("credited to %q, want Lidiia Hnatiuk", q.Speaker)
	}
	if !slices.Contains(rolesOf(d)["Lidiia Hnatiuk"], "retired nurse") {
		t.Errorf("roles %q, want the retired nurse among them", rolesOf(d)["Lidiia Hnatiuk"])
	}
}
