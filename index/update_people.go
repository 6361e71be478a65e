package index

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/corpus/people"
)

// redoPeople merges the people again and files the quote records of the
// documents built under their speakers' merged names. Only the groups
// (corpus.Reader.MergeGroup) the files changed name, or named, are
// merged again, over those groups' people and speakers in every cast; the
// people of the other groups stay as they were. A document not read whose
// speakers are now filed under another name is read again. With all, or
// when the people so merged would not sort as a whole merge sorts them
// (two of one name), every group is merged again.
func (u *folderUpdate) redoPeople(all bool) error {
	for p, doc := range u.docs {
		x := u.entry(p)
		c := corpus.CastOf(doc)
		x.People, x.Quotes, x.Reported = doc.People, c.Quotes, nil
		for _, q := range doc.Reported {
			x.Reported = append(x.Reported, q.Speaker)
		}
	}
	groups := map[string]string{}
	group := func(name string) string {
		g, ok := groups[name]
		if !ok {
			g = u.r.MergeGroup(name)
			groups[name] = g
		}
		return g
	}
	changed := map[string]bool{} // the groups merged again
	var alone []string           // names of one word among them
	mark := func(name string) {
		changed[group(name)] = true
		switch f := strings.Fields(name); len(f) {
		case 1:
			alone = append(alone, name)
		default:
			// "Yosyp Melnyk": a "Yosyp" alone elsewhere may be he (a
			// given name alone joins the one full name with it, across
			// surname groups).
			changed[group(f[0])] = true
		}
	}
	addNames := func(x *rawEntry) {
		for _, p := range x.People {
			mark(p.Name)
		}
		for _, q := range x.Quotes {
			if q.Name != "" {
				mark(q.Name)
			}
		}
		for _, s := range x.Reported {
			if s != "" {
				mark(s)
			}
		}
	}
	if !all {
		for _, p := range u.changedPaths() {
			if old := u.oldEntry(p); old != nil && old.Skip == "" {
				if err := old.load(u.rawTable); err != nil {
					return fmt.Errorf("%w: %v", errFullRebuild, err)
				}
				addNames(old)
			}
		}
		for p := range u.docs {
			addNames(u.entry(p))
		}
		// "Yosyp" alone: the full names with that given name, which it
		// may join, are merged again with it.
		for _, a := range alone {
			k := people.Key(a)
			for _, p := range u.data.People {
				for _, n := range append([]string{p.Name}, p.Aliases...) {
					if f := strings.Fields(n); len(f) >= 2 && people.Key(f[0]) == k {
						changed[group(p.Name)] = true
					}
				}
			}
		}
	}
	in := func(name string) bool { return all || name != "" && changed[group(name)] }
	// in for a string of RAW's table, by its number.
	inRef := make([]int8, len(u.rawTable))
	refIn := func(ref int) bool {
		if ref >= len(u.rawTable) {
			return false
		}
		if inRef[ref] == 0 {
			inRef[ref] = 2
			if in(u.rawTable[ref]) {
				inRef[ref] = 1
			}
		}
		return inRef[ref] == 1
	}

	// The casts, in document order, with only the people and speakers of
	// the groups merged again; the documents not read naming a speaker of
	// those groups.
	casts := make([]corpus.Cast, 0, len(u.raw))
	castAt := map[string]int{} // each file's cast, by its path
	var named []*rawEntry
	for i := range u.raw {
		x := &u.raw[i]
		if x.Skip != "" {
			continue
		}
		var c corpus.Cast
		speaks := false
		if !x.lazy {
			for _, p := range x.People {
				if in(p.Name) {
					c.People = append(c.People, p)
				}
			}
			for _, q := range x.Quotes {
				if in(q.Name) {
					c.Quotes = append(c.Quotes, q)
				}
			}
			speaks = len(c.Quotes) > 0 || slices.ContainsFunc(x.Reported, in)
		} else {
			d := x.field(atPeople, u.rawTable)
			n := d.int()
			for j := 0; j < n && d.err == nil; j++ {
				at := d.b
				d.uint() // its length
				name := d.int()
				d.b = at
				if refIn(name) {
					c.People = append(c.People, d.person())
				} else {
					d.skipPerson()
				}
			}
			n = d.int()
			for j := 0; j < n && d.err == nil; j++ {
				name, role := d.int(), d.int()
				if refIn(name) {
					c.Quotes = append(c.Quotes, corpus.Speaker{Name: u.rawTable[name], Role: u.rawTable[role]})
				}
			}
			n = d.int()
			for j := 0; j < n && d.err == nil; j++ {
				if refIn(d.int()) {
					speaks = true
				}
			}
			speaks = speaks || len(c.Quotes) > 0
			if d.err != nil {
				return fmt.Errorf("%w: %v", errFullRebuild, d.err)
			}
		}
		castAt[x.Path] = len(casts)
		casts = append(casts, c)
		if speaks && u.docs[x.Path] == nil {
			named = append(named, x)
		}
	}
	merged, canonicalIn := u.r.MergePeople(casts)
	// canonical is the name a speaker of x's is filed under.
	canonical := func(x *rawEntry) func(string) string {
		at := castAt[x.Path]
		return func(name string) string { return canonicalIn(at, name) }
	}
	casts = nil
	people := merged
	if !all {
		people = make([]corpus.Person, 0, len(u.data.People)+len(merged))
		for _, p := range u.data.People {
			if !changed[group(p.Name)] {
				people = append(people, p)
			}
		}
		people = append(people, merged...)
		slices.SortFunc(people, func(a, b corpus.Person) int { return cmpString(a.Name, b.Name) })
		for i := 1; i < len(people); i++ {
			if people[i].Name == people[i-1].Name {
				return u.redoPeople(true)
			}
		}
	}
	u.data.People = people

	// Filed under another name now: the document's quote records change.
	// Its page, paragraphs and cast are as before.
	var again []*rawEntry
	var kept []rawEntry
	for _, x := range named {
		// A document naming a well-known speaker is one of tens of
		// thousands: most file their quotes as before, which its bytes
		// tell without decoding it.
		if x.lazy {
			same, err := x.sameFinal(u.rawTable, refIn, canonical(x))
			if err != nil {
				return fmt.Errorf("%w: %v", errFullRebuild, err)
			}
			if same {
				continue
			}
		}
		if err := x.load(u.rawTable); err != nil {
			return fmt.Errorf("%w: %v", errFullRebuild, err)
		}
		final := finalSpeakers(x, in, canonical(x))
		if !slices.Equal(final, x.Final) {
			again = append(again, x)
			kept = append(kept, *x)
		}
	}
	for _, x := range again {
		if err := u.readPage(x); err != nil {
			return err
		}
	}
	u.buildAll(again)
	for i, x := range again {
		doc := u.docs[x.Path]
		if doc == nil {
			continue
		}
		k := &kept[i]
		drops := make([]corpus.Drop, len(k.Drops))
		for j, at := range k.Drops {
			// Only Document.Skipped names the other article, and the
			// index keeps none of it.
			drops[j] = corpus.Drop{Index: at, Other: "another article"}
		}
		corpus.DropParagraphs(doc, drops)
		x.Keys, x.Drops, x.People, x.Quotes, x.Reported = k.Keys, k.Drops, k.People, k.Quotes, k.Reported
	}

	// Every document built files its quotes under the merged names: those
	// of the groups merged again anew, the others as before.
	for p, doc := range u.docs {
		x := u.entry(p)
		var before []string
		if i := slices.IndexFunc(again, func(y *rawEntry) bool { return y == x }); i >= 0 {
			before = kept[i].Final
		}
		if err := renameAt(doc, before, in, canonical(x)); err != nil {
			return err
		}
		x.setRecords(doc)
	}
	return nil
}

// finalSpeakers are the names x's quote records (direct, then reported)
// are filed under: by canonical for the names in the groups merged again,
// as before for the others.
func finalSpeakers(x *rawEntry, in func(string) bool, canonical func(string) string) []string {
	var out []string
	name := func(j int, s string) string {
		switch {
		case s == "":
			return ""
		case in(s):
			return canonical(s)
		case j < len(x.Final):
			return x.Final[j]
		}
		return s
	}
	for _, q := range x.Quotes {
		out = append(out, name(len(out), q.Name))
	}
	for _, s := range x.Reported {
		out = append(out, name(len(out), s))
	}
	return out
}

// sameFinal reports whether a lazy entry's quote records are filed
// under the names finalSpeakers gives them (in: whether a name of the
// table, by its number, is of the groups merged again), reading its
// bytes.
func (x *rawEntry) sameFinal(table []string, in func(ref int) bool, canonical func(string) string) (bool, error) {
	final := rawDec{dec: dec{b: x.encFinal}, table: table}
	n := final.int()
	j := 0
	// record checks the next record, of the speaker numbered ref: filed
	// under no one, or by canonical, or as before (always the same).
	same := true
	record := func(ref int) {
		if j >= n {
			same = false
			return
		}
		was := final.int()
		if ref >= len(table) || was >= len(table) {
			final.err = errCorrupt
			return
		}
		switch name := table[ref]; {
		case name == "":
			same = same && table[was] == ""
		case in(ref):
			same = same && table[was] == canonical(name)
		}
		j++
	}
	d := x.field(atQuotes, table)
	for k, m := 0, d.int(); k < m && d.err == nil && final.err == nil; k++ {
		record(d.int())
		d.int() // role
	}
	r := x.field(atReported, table)
	for k, m := 0, r.int(); k < m && r.err == nil && final.err == nil; k++ {
		record(r.int())
	}
	if err := errors.Join(d.err, r.err, final.err); err != nil {
		return false, errCorrupt
	}
	return same && j == n, nil
}

// renameAt files doc's quotations and reported speech under their
// speakers' merged names: by canonical for the names of the groups merged
// again, and as before (before: the names they were filed under, in
// order) for the others. A document read anew has only names of the
// groups merged again.
func renameAt(doc *corpus.Document, before []string, in func(string) bool, canonical func(string) string) error {
	j := 0
	for _, qs := range [][]corpus.Quote{doc.Quotes, doc.Reported} {
		for i, q := range qs {
			switch {
			case q.Speaker == "":
			case in(q.Speaker):
				qs[i].Speaker = canonical(q.Speaker)
			case j < len(before):
				qs[i].Speaker = before[j]
			default:
				return fmt.Errorf("%w: %s: no name before for %q", errFullRebuild, doc.ID, q.Speaker)
			}
			j++
		}
	}
	return nil
}
