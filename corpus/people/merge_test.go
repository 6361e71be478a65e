package people_test

import (
	"reflect"
	"slices"
	"testing"

	"github.com/talksbot/talksbot/corpus/people"
)

// TestMergeGroups: merging the documents with only the people and
// speakers of one group left in them gives that group's people, and the
// names its speakers are filed under, as merging the whole documents
// does — what lets an update merge again only the groups a change names.
func TestMergeGroups(t *testing.T) {
	lx := people.Default()
	p := func(name, role string, age int) people.Person {
		return people.Person{Name: name, Role: role, Roles: []string{role}, Age: age, Quotes: 1, Mentions: 2}
	}
	q := func(name, role string) people.Quote { return people.Quote{Speaker: name, Role: role} }
	docs := []people.DocumentPeople{
		{People: []people.Person{p("Kovalenko", "minister", 0), p("Dmitry Peskov", "Kremlin spokesman", 0)},
			Quotes: []people.Quote{q("Kovalenko", "minister"), q("Dmitry Peskov", "Kremlin spokesman")}},
		{People: []people.Person{p("Oleksandr Kovalenko", "energy minister", 54), p("Zelenskiy", "president", 0)},
			Quotes: []people.Quote{q("Oleksandr Kovalenko", "energy minister")}},
		{People: []people.Person{p("Peskov", "spokesman", 0), p("Volodymyr Zelensky", "Ukrainian President", 0)},
			Quotes: []people.Quote{q("Peskov", "spokesman"), q("Zelenskiy", "president")}},
		{People: []people.Person{p("Iryna Kovalenko", "deputy mayor", 0), p("Kovalenko", "minister", 55)},
			Quotes: []people.Quote{q("Kovalenko", "")}},
	}
	all, canonical := lx.Merge(docs)
	names := map[string]bool{}
	for _, d := range docs {
		for _, x := range d.People {
			names[x.Name] = true
		}
		for _, x := range d.Quotes {
			names[x.Speaker] = true
		}
	}
	groups := map[string]bool{}
	for n := range names {
		groups[lx.MergeGroup(n)] = true
	}
	if len(groups) != 3 {
		t.Fatalf("groups %v, want kovalenko, peskov, zelensky", groups)
	}
	for g := range groups {
		var only []people.DocumentPeople
		for _, d := range docs {
			var o people.DocumentPeople
			for _, x := range d.People {
				if lx.MergeGroup(x.Name) == g {
					o.People = append(o.People, x)
				}
			}
			for _, x := range d.Quotes {
				if lx.MergeGroup(x.Speaker) == g {
					o.Quotes = append(o.Quotes, x)
				}
			}
			only = append(only, o)
		}
		got, gotCanonical := lx.Merge(only)
		var want []people.Person
		for _, x := range all {
			if lx.MergeGroup(x.Name) == g {
				want = append(want, x)
			}
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("group %q merged alone:\n got %+v\nwant %+v", g, got, want)
		}
		for i, d := range docs {
			for _, x := range d.Quotes {
				if n := x.Speaker; lx.MergeGroup(n) == g && gotCanonical(i, n) != canonical(i, n) {
					t.Errorf("%q of document %d filed under %q merged alone, %q with the rest", n, i, gotCanonical(i, n), canonical(i, n))
				}
			}
		}
	}
}

// Someone called by two surnames in one article ("Ambassador Tavares
// Lima") and by their full name in another is one person, quoted under
// the full name; two longer names ending so leave the short one open.
func TestMergeCompoundSurname(t *testing.T) {
	lx := people.Default()
	p := func(name string) people.Person {
		return people.Person{Name: name, Role: "ambassador", Roles: []string{"ambassador"}, Quotes: 1, Mentions: 1}
	}
	q := func(name string) people.Quote {
		return people.Quote{Speaker: name, Text: "Three weeks, not three months."}
	}
	tests := []struct {
		docs [][]string // each document's people
		want []string   // the merged people's names
	}{
		{[][]string{{"Rodrigo Tavares Lima"}, {"Tavares Lima"}}, []string{"Rodrigo Tavares Lima"}},
		{[][]string{{"Tavares Lima"}, {"Rodrigo Tavares Lima", "Recep Tayyip Erdogan"}, {"Tayyip Erdogan"}},
			[]string{"Recep Tayyip Erdogan", "Rodrigo Tavares Lima"}},
		{[][]string{{"Ana Maria Lima"}, {"Rosa Maria Lima"}, {"Maria Lima"}},
			[]string{"Ana Maria Lima", "Maria Lima", "Rosa Maria Lima"}},
	}
	for _, tt := range tests {
		var docs []people.DocumentPeople
		for _, names := range tt.docs {
			var d people.DocumentPeople
			for _, n := range names {
				d.People = append(d.People, p(n))
				d.Quotes = append(d.Quotes, q(n))
			}
			docs = append(docs, d)
		}
		all, canonical := lx.Merge(docs)
		var got []string
		for _, x := range all {
			got = append(got, x.Name)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%v: merged %q, want %q", tt.docs, got, tt.want)
		}
		if len(tt.want) < 3 {
			if c := canonical(len(tt.docs)-1, tt.docs[len(tt.docs)-1][0]); !slices.Contains(tt.want, c) {
				t.Errorf("%v: %q's quotes filed under %q", tt.docs, tt.docs[len(tt.docs)-1][0], c)
			}
		}
	}
}

// A bare surname two full names share joins the one whose title it is
// given ("Judge Kovalenko" is Judge Taras Kovalenko, not Cllr Iryna
// Kovalenko); with no title, or a title both hold, it stays apart.
func TestMergeBareSurnameByTitle(t *testing.T) {
	lx := people.Default()
	p := func(name, role string) people.Person {
		return people.Person{Name: name, Role: role, Roles: []string{role}, Mentions: 1}
	}
	docs := []people.DocumentPeople{
		{People: []people.Person{p("Taras Kovalenko", "Judge"), p("Iryna Kovalenko", "Cllr")}},
		{People: []people.Person{p("Kovalenko", "Judge")}},
	}
	_, canonical := lx.Merge(docs)
	if got := canonical(1, "Kovalenko"); got != "Taras Kovalenko" {
		t.Errorf("Judge Kovalenko filed under %q, want Taras Kovalenko", got)
	}
	docs[1].People[0].Role, docs[1].People[0].Roles = "", nil
	if _, canonical := lx.Merge(docs); canonical(1, "Kovalenko") != "Kovalenko" {
		t.Errorf("a bare Kovalenko with no title filed under %q, want apart", canonical(1, "Kovalenko"))
	}
	docs[0].People[1].Role, docs[0].People[1].Roles = "Judge", []string{"Judge"}
	docs[1].People[0].Role, docs[1].People[0].Roles = "Judge", []string{"Judge"}
	if _, canonical := lx.Merge(docs); canonical(1, "Kovalenko") != "Kovalenko" {
		t.Errorf("Judge Kovalenko, of two judges Kovalenko, filed under %q, want apart", canonical(1, "Kovalenko"))
	}
}

// A bare surname the text gives a gender ("Chief Bondar says her crews
// …") joins the one full name of that surname and gender; of two
// people of that gender, or with no gender given, it stays apart.
func TestMergeBareSurnameByGender(t *testing.T) {
	lx := people.Default()
	p := func(name string, g people.Gender) people.Person {
		return people.Person{Name: name, Gender: g, Mentions: 1}
	}
	docs := []people.DocumentPeople{
		{People: []people.Person{p("Bondar", people.Female), p("Yurii Bondar", people.Male)}},
		{People: []people.Person{p("Oksana Bondar", people.Female)}},
	}
	if _, canonical := lx.Merge(docs); canonical(0, "Bondar") != "Oksana Bondar" {
		t.Errorf("a woman named Bondar filed under %q, want Oksana Bondar", canonical(0, "Bondar"))
	}
	docs[0].People[0].Gender = people.Unknown
	if _, canonical := lx.Merge(docs); canonical(0, "Bondar") != "Bondar" {
		t.Errorf("a Bondar of no gender filed under %q, want apart", canonical(0, "Bondar"))
	}
	docs[0].People[0].Gender = people.Female
	docs[1].People = append(docs[1].People, p("Iryna Bondar", people.Female))
	if _, canonical := lx.Merge(docs); canonical(0, "Bondar") != "Bondar" {
		t.Errorf("a woman named Bondar, of two women Bondar, filed under %q, want apart", canonical(0, "Bondar"))
	}
}

// A bare surname whose titles are all of another kind than those of the
// one full name of that surname stays apart: "Captain Bondar" is not
// Halyna Bondar, a nurse; "Dr Bondar" may be anyone of that name.
func TestMergeBareSurnameOfAnotherKind(t *testing.T) {
	lx := people.Default()
	p := func(name, role string) people.Person {
		return people.Person{Name: name, Role: role, Roles: []string{role}, Mentions: 1}
	}
	docs := []people.DocumentPeople{
		{People: []people.Person{p("Bondar", "Captain")}},
		{People: []people.Person{p("Halyna Bondar", "head nurse")}},
	}
	if _, canonical := lx.Merge(docs); canonical(0, "Bondar") != "Bondar" {
		t.Errorf("Captain Bondar filed under %q, want apart from the nurse", canonical(0, "Bondar"))
	}
	docs[0].People[0].Role, docs[0].People[0].Roles = "Dr", []string{"Dr"}
	if _, canonical := lx.Merge(docs); canonical(0, "Bondar") != "Halyna Bondar" {
		t.Errorf("Dr Bondar filed under %q, want Halyna Bondar", canonical(0, "Bondar"))
	}
	docs[0].People[0].Role, docs[0].People[0].Roles = "head nurse", []string{"head nurse"}
	if _, canonical := lx.Merge(docs); canonical(0, "Bondar") != "Halyna Bondar" {
		t.Errorf("nurse Bondar filed under %q, want Halyna Bondar", canonical(0, "Bondar"))
	}
}

// Two people of one surname, each called by it bare in another article
// ("Captain Bondar … his" in one, "the nurse, Mrs Bondar" in the next),
// are each the one their own article's title and pronouns point to: the
// captain's words are not filed under the nurse's name because another
// article calls her Bondar too.
func TestMergeBareSurnamePerArticle(t *testing.T) {
	lx := people.Default()
	p := func(name, role string, g people.Gender) people.Person {
		return people.Person{Name: name, Role: role, Roles: []string{role}, Gender: g, Mentions: 1}
	}
	docs := []people.DocumentPeople{
		{People: []people.Person{p("Bondar", "Captain", people.Male)}},
		{People: []people.Person{p("Halyna Bondar", "head nurse", people.Female), p("Mykola Bondar", "", people.Male)}},
		{People: []people.Person{p("Bondar", "nurse", people.Female)}},
	}
	all, canonical := lx.Merge(docs)
	if got := canonical(0, "Bondar"); got != "Mykola Bondar" {
		t.Errorf("Captain Bondar, a man, filed under %q, want Mykola Bondar", got)
	}
	if got := canonical(2, "Bondar"); got != "Halyna Bondar" {
		t.Errorf("the nurse Mrs Bondar filed under %q, want Halyna Bondar", got)
	}
	for _, x := range all {
		if x.Name == "Halyna Bondar" && slices.Contains(x.Roles, "Captain") {
			t.Errorf("Halyna Bondar merged with the captain's title: %+v", x)
		}
	}
	docs[0].People[0].Gender = people.Unknown
	if _, canonical := lx.Merge(docs); canonical(0, "Bondar") != "Bondar" {
		t.Errorf("Captain Bondar of no gender filed under %q, want apart", canonical(0, "Bondar"))
	}
}

// A given name the lexicon does not know that shortens the one other
// given name of a surname ("Bodo" of Bogdan) is that person's familiar
// name across articles, and so is a familiar form ("Lena" of Olena) or a
// tail of four letters or more ("Mila" of Ludmila, not "Ana" of Oksana);
// not when both are named in one article (Mila and Ludmila Varos), nor
// when the articles give them two genders, nor when both are given names
// in their own right that neither shortens ("Mark", "Markus").
func TestMergeShortenedGivenName(t *testing.T) {
	lx := people.Default()
	p := func(name string, g people.Gender) people.Person {
		return people.Person{Name: name, Gender: g, Quotes: 1, Mentions: 1}
	}
	docs := []people.DocumentPeople{
		{People: []people.Person{p("Bodo Lirac", people.Unknown), p("Marek Halas", people.Male), p("Maro Halas", people.Male)}},
		{People: []people.Person{p("Bogdan Lirac", people.Male), p("Ilona Vasko", people.Female)}},
		{People: []people.Person{p("Ilvo Vasko", people.Male), p("Mark Petrov", people.Male)}},
		{People: []people.Person{p("Markus Petrov", people.Male), p("Mila Sarec", people.Female), p("Lena Oskel", people.Female)}},
		{People: []people.Person{p("Ludmila Sarec", people.Female), p("Olena Oskel", people.Female), p("Ana Dubec", people.Female)}},
		{People: []people.Person{p("Oksana Dubec", people.Female), p("Mila Varos", people.Female), p("Ludmila Varos", people.Female)}},
		{People: []people.Person{p("Tomo Kranjc", people.Male)}},
		{People: []people.Person{p("Tomaž Kranjc", people.Male)}},
	}
	all, canonical := lx.Merge(docs)
	var names []string
	for _, x := range all {
		names = append(names, x.Name)
	}
	want := []string{"Ana Dubec", "Bogdan Lirac", "Ilona Vasko", "Ilvo Vasko", "Ludmila Sarec", "Ludmila Varos", "Marek Halas", "Mark Petrov", "Markus Petrov", "Maro Halas", "Mila Varos", "Oksana Dubec", "Olena Oskel", "Tomaž Kranjc"}
	if !slices.Equal(names, want) {
		t.Errorf("people %q, want %q", names, want)
	}
	if got := canonical(0, "Bodo Lirac"); got != "Bogdan Lirac" {
		t.Errorf("Bodo Lirac filed under %q, want Bogdan Lirac", got)
	}
	// A familiar form (diminutives.tsv) and a given name's tail are
	// short forms too, each a given name of its own.
	if got := canonical(3, "Mila Sarec"); got != "Ludmila Sarec" {
		t.Errorf("Mila Sarec filed under %q, want Ludmila Sarec", got)
	}
	if got := canonical(3, "Lena Oskel"); got != "Olena Oskel" {
		t.Errorf("Lena Oskel filed under %q, want Olena Oskel", got)
	}
	if got := canonical(6, "Tomo Kranjc"); got != "Tomaž Kranjc" {
		t.Errorf("Tomo Kranjc filed under %q, want Tomaž Kranjc", got)
	}
}

// One person spelt with a letter more in another article's given name
// ("Dimitar Kosich" of a live blog, the wire's "Dmitar Kosic"; "Theodor"
// and "Teodor Brask") is one person, filed under the spelling more
// articles use. Two given names a letter apart of two genders ("Daniel",
// "Daniela Marr") are two people, and so are two spellings named in one
// article.
func TestMergeGivenNameOneLetterMore(t *testing.T) {
	lx := people.Default()
	p := func(name string, g people.Gender) people.Person {
		return people.Person{Name: name, Gender: g, Quotes: 1, Mentions: 1}
	}
	q := func(name string) people.Quote { return people.Quote{Speaker: name} }
	docs := []people.DocumentPeople{
		{People: []people.Person{p("Dmitar Kosic", people.Male), p("Teodor Brask", people.Male), p("Daniel Marr", people.Male)}, Quotes: []people.Quote{q("Dmitar Kosic")}},
		{People: []people.Person{p("Dmitar Kosic", people.Male), p("Teodor Brask", people.Male)}, Quotes: []people.Quote{q("Dmitar Kosic")}},
		{People: []people.Person{p("Dimitar Kosich", people.Male), p("Theodor Brask", people.Male), p("Daniela Marr", people.Female)}, Quotes: []people.Quote{q("Dimitar Kosich")}},
		{People: []people.Person{p("Karin Alsted", people.Female), p("Karina Alsted", people.Female)}},
	}
	_, canonical := lx.Merge(docs)
	checkFiled(t, canonical, []filed{
		{2, "Dimitar Kosich", "Dmitar Kosic"},
		{2, "Theodor Brask", "Teodor Brask"},
		{2, "Daniela Marr", "Daniela Marr"},
		{3, "Karina Alsted", "Karina Alsted"},
	})
}

// So too a surname spelt with one letter more ("Teodor Alvaine" of a radio
// bulletin, the wire's "Teodor Alvane") or the way another language
// writes its v ("Ilya Dorskoff" of a live blog, "Ilya Dorskov"): one
// person, under the spelling more articles use. A surname a letter apart
// of another given name ("Marta Alvaine") is someone else, and so are two
// spellings named in one article.
func TestMergeSurnameSpeltApart(t *testing.T) {
	lx := people.Default()
	p := func(name string) people.Person {
		return people.Person{Name: name, Gender: people.Male, Quotes: 1, Mentions: 1}
	}
	docs := []people.DocumentPeople{
		{People: []people.Person{p("Teodor Alvane"), p("Ilya Dorskov"), p("Piotr Lasken")}},
		{People: []people.Person{p("Teodor Alvane"), p("Ilya Dorskov")}},
		{People: []people.Person{p("Teodor Alvaine"), p("Ilya Dorskoff"), p("Marta Alvaine")}},
		{People: []people.Person{p("Piotr Lasken"), p("Piotr Laskien")}},
	}
	_, canonical := lx.Merge(docs)
	checkFiled(t, canonical, []filed{
		{2, "Teodor Alvaine", "Teodor Alvane"},
		{2, "Ilya Dorskoff", "Ilya Dorskov"},
		{2, "Marta Alvaine", "Marta Alvaine"},
		{3, "Piotr Laskien", "Piotr Laskien"},
	})
}

// filed is a name as one document writes it and the name it is filed
// under across documents.
type filed struct {
	doc        int
	name, want string
}

// checkFiled checks where Merge files each name (canonical).
func checkFiled(t *testing.T, canonical func(doc int, name string) string, cases []filed) {
	t.Helper()
	for _, c := range cases {
		if got := canonical(c.doc, c.name); got != c.want {
			t.Errorf("%q of document %d filed under %q, want %q", c.name, c.doc, got, c.want)
		}
	}
}

// A given name ending in e in one article and in a in another ("Sabine
// Korrel" of the interview, the television's "Sabina Korell"), of one
// surname, is one person; not a pair one article names together, nor
// two of known genders ("Paolo", "Paola" differ by other letters).
func TestMergeGivenNameFinalVowel(t *testing.T) {
	lx := people.Default()
	p := func(name string, g people.Gender) people.Person {
		return people.Person{Name: name, Gender: g, Quotes: 1, Mentions: 1}
	}
	docs := []people.DocumentPeople{
		{People: []people.Person{p("Sabine Korrel", people.Female), p("Helene Varga", people.Female)}},
		{People: []people.Person{p("Sabine Korrel", people.Female)}},
		{People: []people.Person{p("Sabina Korell", people.Female)}},
		{People: []people.Person{p("Helena Varga", people.Female), p("Helene Varga", people.Female)}},
	}
	_, canonical := lx.Merge(docs)
	checkFiled(t, canonical, []filed{
		{2, "Sabina Korell", "Sabine Korrel"},
		{3, "Helena Varga", "Helena Varga"},
	})
}

// A surname spelt with one letter other than the first changed ("Aurel
// Benedec" of a newsletter, the long read's "Aurel Benedek"), or with
// the s a German spelling writes for z ("Pavel Drosdan", "Pavel
// Drozdan"), of a given name spelt alike, is one person; not two
// spellings one article names together, nor a surname whose first letter
// differs.
func TestMergeSurnameOneLetterOff(t *testing.T) {
	lx := people.Default()
	p := func(name string) people.Person {
		return people.Person{Name: name, Gender: people.Male, Quotes: 1, Mentions: 1}
	}
	docs := []people.DocumentPeople{
		{People: []people.Person{p("Aurel Benedek"), p("Pavel Drozdan"), p("Oskar Velinov")}},
		{People: []people.Person{p("Aurel Benedek"), p("Pavel Drozdan")}},
		{People: []people.Person{p("Aurel Benedec"), p("Pavel Drosdan"), p("Oskar Kelinov")}},
		{People: []people.Person{p("Anton Kessler"), p("Anton Kessner")}},
	}
	_, canonical := lx.Merge(docs)
	checkFiled(t, canonical, []filed{
		{2, "Aurel Benedec", "Aurel Benedek"},
		{2, "Pavel Drosdan", "Pavel Drozdan"},
		{2, "Oskar Kelinov", "Oskar Kelinov"},
		{3, "Anton Kessner", "Anton Kessner"},
	})
}

// A given name whose hard c another article writes k ("Oscar Vrell" of
// a local site, "Oskar Vrell" of the others) is one person, filed under
// the spelling more articles use; two such spellings one article names
// are two people.
func TestMergeGivenNameHardC(t *testing.T) {
	lx := people.Default()
	p := func(name string) people.Person {
		return people.Person{Name: name, Gender: people.Male, Quotes: 1, Mentions: 1}
	}
	docs := []people.DocumentPeople{
		{People: []people.Person{p("Oskar Vrell")}},
		{People: []people.Person{p("Oskar Vrell")}},
		{People: []people.Person{p("Oscar Vrell")}},
		{People: []people.Person{p("Marcus Lind"), p("Markus Lind")}},
	}
	_, canonical := lx.Merge(docs)
	checkFiled(t, canonical, []filed{
		{2, "Oscar Vrell", "Oskar Vrell"},
		{3, "Marcus Lind", "Marcus Lind"},
		{3, "Markus Lind", "Markus Lind"},
	})
}

// A surname opening with a hard c that another outlet writes k ("Aurel
// Kastaine" of a feed, "Aurel Castaine" of the reports) is one person's,
// of a given name spelt alike; a c that stands for ch ("Chalin") or is
// soft ("Celan") is no k, and two spellings one article names stay two
// people.
func TestMergeSurnameHardC(t *testing.T) {
	lx := people.Default()
	p := func(name string) people.Person {
		return people.Person{Name: name, Gender: people.Male, Quotes: 1, Mentions: 1}
	}
	docs := []people.DocumentPeople{
		{People: []people.Person{p("Aurel Castaine")}},
		{People: []people.Person{p("Aurel Castaine")}},
		{People: []people.Person{p("Aurel Kastaine")}},
		{People: []people.Person{p("Pavel Chalin")}},
		{People: []people.Person{p("Pavel Kalin")}},
		{People: []people.Person{p("Ivo Celan")}},
		{People: []people.Person{p("Ivo Kelan")}},
		{People: []people.Person{p("Marek Corda"), p("Marek Korda")}},
	}
	_, canonical := lx.Merge(docs)
	checkFiled(t, canonical, []filed{
		{2, "Aurel Kastaine", "Aurel Castaine"},
		{3, "Pavel Chalin", "Pavel Chalin"},
		{4, "Pavel Kalin", "Pavel Kalin"},
		{5, "Ivo Celan", "Ivo Celan"},
		{6, "Ivo Kelan", "Ivo Kelan"},
		{7, "Marek Corda", "Marek Corda"},
		{7, "Marek Korda", "Marek Korda"},
	})
}
