package people

import "testing"

// A given name the lists give as a man's ("Hollis") is a woman's where
// the text says "she" of her, twice and never "he": "he said" after an
// unnamed builder is then never hers. A possessive after a name ("Dmytro
// Levchuk sat at the next console for six of her eleven years") may be
// anyone's, and makes no woman of him.
func TestGenderFromTheTextsPronouns(t *testing.T) {
	qs, d := analyse(paras(
		`An audit says otherwise. Hollis Brandt, a forensic accountant hired by the audit committee, finished her review in January.`,
		`Brandt told the committee in a closed session on 14 March that payments had gone to 14 companies. She said that four of them shared a single office address.`,
		`Brandt, 52, declined to comment, saying through the committee secretary that she could not discuss a report that had not been published.`,
		`A builder in Ulvik, who asked not to be named, described how one payment was made. "I delivered eleven pumps of forty," he said.`,
		`Oksana Hrytsenko studied mathematics in Kharkiv. Dmytro Levchuk sat at the next console for six of her eleven years there. Levchuk says her pencil lines became corridor C1.`,
	))
	for _, q := range qs {
		if q.Text == "I delivered eleven pumps of forty," && q.Speaker != "" {
			t.Errorf("the builder's words are %s's", q.Speaker)
		}
	}
	for _, p := range d.People(nil) {
		switch p.Name {
		case "Hollis Brandt":
			if p.Gender != Female {
				t.Errorf("Hollis Brandt is %v, want a woman", p.Gender)
			}
		case "Dmytro Levchuk":
			if p.Gender != Male {
				t.Errorf("Dmytro Levchuk is %v, want a man", p.Gender)
			}
		}
	}
}

// "The Union of Orla Veterans", though "Orla" is a given name, is a body
// whose members are veterans, no person called Orla Veterans; "City
// Hall" after a mayor's title is a building, no one's name; and a body
// names things as a person does ("The Dravenian foreign ministry called
// the vote "…"", "welcomed the vote as "…"").
func TestBodiesNamedAndNaming(t *testing.T) {
	qs, d := analyse(paras(
		`The Union of Orla Veterans, led by Viktor Amsel, held a protest outside Parliament during the vote.`,
		`The Dravenian foreign ministry called the vote "a belated acceptance of reality".`,
		`Dravenia's foreign ministry welcomed the vote as "a long overdue step".`,
		`Its foreign ministry described the vote as "theatre staged for the donors".`,
		`19:30 Reception hosted by the Mayor of Lysse, City Hall (invitation only)`,
	))
	for _, p := range d.People(nil) {
		if p.Name == "Orla Veterans" || p.Name == "City Hall" {
			t.Errorf("a body read as a person: %+v", p)
		}
	}
	roles := map[string]string{}
	for _, q := range qs {
		roles[q.Text] = q.Speaker + "|" + q.Role
	}
	for text, want := range map[string]string{
		"a belated acceptance of reality": "|Dravenian foreign ministry",
		"a long overdue step":             "|Dravenia's foreign ministry",
		"theatre staged for the donors":   "|",
	} {
		if roles[text] != want {
			t.Errorf("%q is %q's, want %q's", text, roles[text], want)
		}
	}
}

// What a name's apposition may not be read as: a clause about someone's
// own thing ("his deputy, Nadia Orsolan, sat in his chair"), words to
// someone addressed ("Tereza, please tell your dad"); and where a
// listener writes from ends with its sentence ("from Tereza in Kessling.
// She writes:").
func TestRolesNotReadFromClauses(t *testing.T) {
	_, d := analyse(paras(
		`The finance minister had already flown home, so his deputy, Nadia Orsolan, sat in his chair. She told me, "Yours was the only speech nobody checked their phone during."`,
		`JONAH: Listener question time. This is from Tereza in Kessling. She writes: "My dad says the shelling starts again on Monday. Is he right?"`,
		`MIKA: Tereza, please tell your dad, gently, no. The president has fifteen days to sign.`,
	))
	for _, p := range d.People(nil) {
		for _, r := range p.Roles {
			switch {
			case p.Name == "Nadia Orsolan" && r != "deputy":
				t.Errorf("Nadia Orsolan's titles %q; want deputy alone", p.Roles)
			case p.Name == "Tereza" && r != "from Kessling":
				t.Errorf("Tereza's titles %q; want from Kessling alone", p.Roles)
			}
		}
	}
}
